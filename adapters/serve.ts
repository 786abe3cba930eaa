// `npm start` with platforms configured: the adapters, the shared HTTP server on PORT (health,
// readiness, metrics, webhooks), the durable inbox, and the reminder scheduler with the store's
// retention pass, until SIGTERM or SIGINT. Then: stop taking work, finish what is in flight
// (10 s at most), release what is held, close the store, exit 0.
import { randomUUID } from 'node:crypto';
import type { Config } from '../src/config.js';
import type { Logger } from '../src/log.js';
import { createScheduler, type TickReport } from '../src/reminders/scheduler.js';
import { describeDatabase } from '../src/store/database-url.js';
import type { Store } from '../src/store/port.js';
import { type CoreParts, createCore } from './core.js';
import type { PrometheusMetrics } from './http/prometheus.js';
import { createHttpServer, type Readiness } from './http/server.js';
import { createInbox } from './inbox.js';
import type { PlatformAdapter, PlatformDeps } from './platform.js';
import type { ConfiguredPlatform } from './platforms.js';

export interface ServeOptions extends Omit<CoreParts, 'now' | 'metrics' | 'userHashKey'> {
  /** The key of the user hash in unanswered records (USER_HASH_KEY, or the installation's own). */
  userHashKey: string;
  config: Config;
  store: Store;
  log: Logger;
  metrics: PrometheusMetrics;
  /** The configured platforms, in the composition root's order. */
  platforms: readonly ConfiguredPlatform[];
}

/** How long a shutdown may take before the process exits anyway. */
const SHUTDOWN_MS = 10_000;
/** /readyz waits this long for the database before calling it down. */
const PING_TIMEOUT_MS = 2_000;

export async function serve(options: ServeOptions): Promise<void> {
  const { config, store, log, metrics } = options;
  const now = () => new Date();
  const core = createCore(store, { ...options, now });
  const workerId = randomUUID();
  const inbox = createInbox({ store, workerId, log, metrics, now, soleProcess: store.kind === 'sqlite' });
  // A narrow port: the assistant (reminders included), the inbox and the seen-event keys; never the store.
  const seenEvents = { rememberEvent: store.rememberEvent.bind(store) };
  const deps: PlatformDeps = { assistant: core.assistant, seenEvents, inbox, now, log, metrics };
  const adapters: PlatformAdapter[] = [];
  for (const platform of options.platforms) adapters.push(await platform.create(deps));

  const scheduler = createScheduler({
    store,
    kb: options.kb,
    now,
    workerId,
    send: async (destination, answer, meta) => {
      const adapter = adapters.find((a) => destination.startsWith(`${a.platform}:`));
      if (!adapter) throw new Error(`no adapter delivers to ${destination.split(':')[0]}`);
      await adapter.send(destination, answer, meta);
    },
    onError: (error, context) => log.error('reminder scheduler', { context, error }),
    onTick: (report) => countTick(metrics, report),
    // Hourly, by one instance of those sharing the database. Inbox keys are kept a day: LINE may
    // redeliver for longer than Slack retries (5 minutes).
    retention: { store, policy: { unansweredDays: config.unansweredRetentionDays, inboxKeyHours: 24 } },
  });

  let stopping = false;
  const http = createHttpServer({
    port: config.port,
    routes: adapters.flatMap((a) => a.routes ?? []),
    readiness: () => readiness(store, adapters, stopping),
    metrics: () => metrics.render(),
    log,
  });

  for (const adapter of adapters) await adapter.start();
  inbox.start();
  scheduler.start();
  const port = await http.start();
  log.info('ready', {
    port,
    store: describeDatabase(options.config.databaseUrl),
    platforms: options.platforms.map((p) => p.summary),
    startupMs: Math.round(performance.now()),
  });

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const deadline = Date.now() + SHUTDOWN_MS;
    // Whatever happens below, the process ends: a hung close must not keep it alive.
    setTimeout(() => {
      log.warn('shutdown took too long; exiting');
      process.exit(0);
    }, SHUTDOWN_MS + 2_000).unref();
    log.info('stopping', { signal });
    const began = Date.now();
    // The port stays open while draining: 503 to new requests, /readyz says stopping.
    http.drain();
    const [inboxLeft] = await Promise.all([inbox.stop(deadline), before(deadline, scheduler.stop())]);
    await http.close();
    await Promise.all(adapters.map((a) => a.stop(deadline)));
    await store.close().catch((error: unknown) => log.warn('store close failed', { error }));
    log.info('stopped', { signal, drainMs: Date.now() - began, unanswered: inboxLeft.released });
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

async function readiness(
  store: Store,
  adapters: readonly PlatformAdapter[],
  stopping: boolean,
): Promise<Readiness> {
  const checks: Record<string, string> = {};
  checks.store = await before(Date.now() + PING_TIMEOUT_MS, store.ping()).then(
    (answered) => (answered ? 'ok' : `no answer within ${PING_TIMEOUT_MS} ms`),
    (error: unknown) => `unavailable: ${String((error as Error).message ?? error).slice(0, 200)}`,
  );
  const platformChecks = await Promise.all(
    adapters.map(async (adapter): Promise<[string, string]> => {
      let result = 'ok';
      const status = Promise.resolve(adapter.status?.() ?? 'ok').then(
        (value) => {
          result = value;
        },
        (error: unknown) => {
          result = `check failed: ${String((error as Error).message ?? error).slice(0, 200)}`;
        },
      );
      if (!(await before(Date.now() + PING_TIMEOUT_MS, status)))
        result = `no answer within ${PING_TIMEOUT_MS} ms`;
      return [adapter.platform, result];
    }),
  );
  for (const [platform, result] of platformChecks) checks[platform] = result;
  if (stopping) checks.process = 'stopping';
  return { ready: Object.values(checks).every((check) => check === 'ok'), checks };
}

/** True when `promise` settles by `deadline`, false when the deadline comes first. */
async function before(deadline: number, promise: Promise<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

const TICK_OUTCOMES: ReadonlyArray<[keyof TickReport, string]> = [
  ['planned', 'planned'],
  ['sent', 'sent'],
  ['late', 'late'],
  ['dropped', 'dropped'],
  ['failed', 'failed'],
  ['retried', 'retried'],
  ['rateLimited', 'rate_limited'],
  ['undeliverable', 'undeliverable'],
];

function countTick(metrics: PrometheusMetrics, report: TickReport): void {
  for (const [field, outcome] of TICK_OUTCOMES) {
    const value = report[field];
    if (typeof value === 'number' && value > 0) metrics.count('reminders', { outcome }, value);
  }
  if (report.purged > 0) metrics.count('retentionPurged', {}, report.purged);
}
