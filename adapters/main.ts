// `npm start`, the composition root (it lives in adapters/ because it picks them): reads `.env`
// and the configuration (the common variables and each platform's, platforms.ts), opens the
// store, then runs the configured platforms (serve.ts) or, with none, the terminal chat
// (terminal.ts). It names no platform: they are the list in platforms.ts. Behaves the same whatever NODE_ENV is. A failed start is
// one line on stderr naming what to fix, and exit code 1.
import { randomBytes } from 'node:crypto';
import { createBot } from '../src/bot.js';
import type { Config } from '../src/config.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { createLogger, type Logger } from '../src/log.js';
import { noMetrics } from '../src/metrics.js';
import { openStore } from '../src/store/open.js';
import { createPrometheusMetrics } from './http/prometheus.js';
import { platformSwitches, readSettings } from './platforms.js';
import { serve } from './serve.js';
import { describeStartupError, loadDotEnv } from './startup.js';
import { runTerminal } from './terminal.js';

let config: Config | undefined;
let log: Logger | undefined;

async function main(): Promise<void> {
  loadDotEnv();
  const settings = readSettings();
  config = settings.config;
  const logger = createLogger({ level: config.logLevel });
  log = logger;
  keepRunningOnStrayErrors(logger);
  const kb = defaultKnowledgeBase();
  const bot = createBot({ kb });
  const store = await openStore(config.databaseUrl);
  // USER_HASH_KEY, else the installation's own random key, made once and kept in the store.
  const userHashKey =
    config.userHashKey ?? (await store.setting('user_hash_key', randomBytes(32).toString('hex')));
  if (settings.platforms.length === 0) {
    await runTerminal({
      store,
      kb,
      bot,
      log: logger,
      metrics: noMetrics,
      platformVariables: platformSwitches(),
      userHashKey,
    });
    await store.close();
    return;
  }
  await serve({
    config,
    store,
    kb,
    bot,
    log: logger,
    userHashKey,
    metrics: createPrometheusMetrics(),
    platforms: settings.platforms,
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
  // Node's warnings (pg's about sslmode, for one) as log lines, not multi-line text amid the JSON.
  process.removeAllListeners('warning');
  process.on('warning', (warning) =>
    logger.warn('node warning', { name: warning.name, detail: warning.message.replace(/\s+/g, ' ') }),
  );
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
