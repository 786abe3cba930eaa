// `npm start`, the composition root (it lives in adapters/ because it picks them): reads `.env`
// and the configuration, opens the store, then runs the configured platforms (serve.ts) or, with
// none, the terminal chat (terminal.ts). Behaves the same whatever NODE_ENV is. A failed start is
// one line on stderr naming what to fix, and exit code 1.
import { randomBytes } from 'node:crypto';
import { createBot } from '../src/bot.js';
import { type Config, hasPlatform, loadConfig, PLATFORM_VARIABLES } from '../src/config.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { createLogger, type Logger } from '../src/log.js';
import { noMetrics } from '../src/metrics.js';
import { openStore } from '../src/store/open.js';
import { createPrometheusMetrics } from './http/prometheus.js';
import type { PlatformAdapter, PlatformDeps } from './platform.js';
import { serve } from './serve.js';
import { describeStartupError, loadDotEnv } from './startup.js';
import { runTerminal } from './terminal.js';

async function platformAdapters(config: Config, deps: PlatformDeps): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (config.slack) {
    const { createSlackAdapter } = await import('./slack/slack-adapter.js');
    adapters.push(createSlackAdapter(config.slack, deps));
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('./discord/discord-adapter.js');
    adapters.push(createDiscordAdapter(config.discord, deps));
  }
  if (config.line) {
    const { createLineAdapter } = await import('./line/line-adapter.js');
    adapters.push(createLineAdapter(config.line, deps));
  }
  return adapters;
}

let config: Config | undefined;
let log: Logger | undefined;

async function main(): Promise<void> {
  loadDotEnv();
  config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  log = logger;
  keepRunningOnStrayErrors(logger);
  const kb = defaultKnowledgeBase();
  const bot = createBot({ kb });
  const store = await openStore(config.databaseUrl);
  // USER_HASH_KEY, else the installation's own random key, made once and kept in the store.
  const userHashKey =
    config.userHashKey ?? (await store.setting('user_hash_key', randomBytes(32).toString('hex')));
  if (!hasPlatform(config)) {
    await runTerminal({
      store,
      kb,
      bot,
      log: logger,
      metrics: noMetrics,
      platformVariables: PLATFORM_VARIABLES,
      userHashKey,
    });
    await store.close();
    return;
  }
  const settings = config;
  await serve({
    config: settings,
    store,
    kb,
    bot,
    log: logger,
    userHashKey,
    metrics: createPrometheusMetrics(),
    adapters: (deps) => platformAdapters(settings, deps),
  });
}

/**
 * No stray error ends a running bot (an emitter without an 'error' listener deep in a driver,
 * a forgotten promise): it is logged, and the turn or connection it belonged to is lost, not
 * every conversation.
 */
function keepRunningOnStrayErrors(logger: Logger): void {
  process.on('uncaughtException', (error) => logger.error('uncaught exception (kept running)', { error }));
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection (kept running)', { error }));
}

main().catch((error: unknown) => {
  const { line, expected } = describeStartupError(error, {
    ...(config?.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(config ? { port: config.port } : {}),
  });
  console.error(line);
  if (!expected) log?.error('start-up failed', { error });
  process.exit(1);
});
