// `npm start`, the composition root (it lives in adapters/ because it picks them): reads the
// configuration, opens the store, starts the reminder scheduler, then runs the terminal chat (no
// platform token set) or the configured platforms. Behaves the same whatever NODE_ENV is.
import { randomUUID } from 'node:crypto';
import { createAssistant } from '../src/assistant.js';
import { createBot } from '../src/bot.js';
import { type Config, ConfigError, configuredPlatforms, describeConfig, loadConfig } from '../src/config.js';
import { KnowledgeBaseError } from '../src/domain/knowledge-base.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { ReminderError } from '../src/reminders/errors.js';
import { createScheduler } from '../src/reminders/scheduler.js';
import { createReminderService } from '../src/reminders/service.js';
import { openStore } from '../src/store/open.js';
import { createConsoleAdapter } from './console/console-adapter.js';
import { consoleLogger, type PlatformAdapter, type PlatformDeps } from './platform.js';

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
    // TEMPORARY listenPort: until the shared HTTP server serves every adapter's routes.
    adapters.push(createLineAdapter(config.line, deps, { listenPort: config.line.port }));
  }
  return adapters;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const kb = defaultKnowledgeBase();
  const bot = createBot({ kb });
  const store = await openStore(config.databaseUrl);
  // The terminal may move its clock (/time) to try reminders; platforms always use the real one.
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  const reminders = createReminderService({ store, kb, now });
  const assistant = createAssistant({ bot, reminders, kb, now });
  const log = consoleLogger;
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

  const adapters: PlatformAdapter[] =
    configuredPlatforms(config).length > 0
      ? await platformAdapters(config, { assistant, reminders, store, now, log })
      : [
          createConsoleAdapter({
            assistant,
            input: process.stdin,
            output: process.stdout,
            interactive,
            now,
            setClock: (at) => {
              offsetMs = at.getTime() - Date.now();
            },
          }),
        ];

  const scheduler = createScheduler({
    store,
    kb,
    now,
    workerId: randomUUID(),
    // Only interactive terminals and platforms deliver: a piped run answers and exits.
    planning: true,
    send: async (destination, answer, meta) => {
      const adapter = adapters.find((a) => destination.startsWith(`${a.platform}:`));
      if (!adapter) throw new Error(`no adapter delivers to ${destination.split(':')[0]}`);
      await adapter.send(destination, answer, meta);
    },
    onError: (error, context) => log.error('reminder scheduler', { context, error: String(error) }),
  });

  const shutdown = async () => {
    await scheduler.stop();
    await Promise.all(adapters.map((a) => a.stop()));
    await store.close();
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(0)));

  if (configuredPlatforms(config).length > 0) {
    log.info('starting', { platforms: describeConfig(config) });
    await Promise.all(adapters.map((a) => a.start()));
    scheduler.start();
    return;
  }
  if (interactive) scheduler.start();
  await adapters[0]?.start();
  await shutdown();
}

main().catch((error: unknown) => {
  // Expected start-up failures get their message alone; anything else its stack too.
  const expected =
    error instanceof ConfigError || error instanceof KnowledgeBaseError || error instanceof ReminderError;
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
