// An adapter in this process, given what `npm start` gives it (adapters/serve.ts): the core on an
// in-memory store, the durable inbox, Prometheus metrics, a log kept in memory; its routes served
// by the shared HTTP server on a free port. Tests can wrap the assistant (to make it fail or wait).
import { createCore } from '../../../adapters/core.js';
import { createPrometheusMetrics, type PrometheusMetrics } from '../../../adapters/http/prometheus.js';
import { createHttpServer, type HttpServer } from '../../../adapters/http/server.js';
import { createInbox, type Inbox } from '../../../adapters/inbox.js';
import type { PlatformAdapter, PlatformDeps } from '../../../adapters/platform.js';
import type { Assistant } from '../../../src/assistant.js';
import { createBot } from '../../../src/bot.js';
import { defaultKnowledgeBase } from '../../../src/knowledge.js';
import type { Logger } from '../../../src/log.js';
import { openStore } from '../../../src/store/open.js';
import type { Store } from '../../../src/store/port.js';

export interface LogLine extends Record<string, unknown> {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

export interface Harness {
  deps: PlatformDeps;
  store: Store;
  metrics: PrometheusMetrics;
  inbox: Inbox;
  logs: LogLine[];
  /** Serves the adapter's routes on 127.0.0.1; resolves with the base URL (http://127.0.0.1:port). */
  serve(adapter: PlatformAdapter): Promise<string>;
  close(): Promise<void>;
}

export async function createHarness(
  options: { assistant?: (real: Assistant) => Assistant } = {},
): Promise<Harness> {
  const store = await openStore('sqlite::memory:');
  const kb = defaultKnowledgeBase();
  const now = () => new Date();
  const metrics = createPrometheusMetrics();
  const logs: LogLine[] = [];
  const line =
    (level: LogLine['level']) =>
    (message: string, context?: Record<string, unknown>): void => {
      logs.push({ ...context, level, message });
    };
  const log: Logger = { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
  const core = createCore(store, {
    bot: createBot({ kb }),
    kb,
    now,
    metrics,
    log,
    userHashKey: 'contract-test-hash-key',
  });
  const inbox = createInbox({ store, workerId: 'test', log, metrics, now, soleProcess: true });
  const assistant = options.assistant ? options.assistant(core.assistant) : core.assistant;
  const deps: PlatformDeps = { assistant, seenEvents: store, inbox, now, log, metrics };
  const servers: HttpServer[] = [];

  return {
    deps,
    store,
    metrics,
    inbox,
    logs,
    async serve(adapter) {
      const server = createHttpServer({
        port: 0,
        host: '127.0.0.1',
        routes: adapter.routes ?? [],
        readiness: async () => ({ ready: true, checks: {} }),
        metrics: () => metrics.render(),
        log,
      });
      servers.push(server);
      return `http://127.0.0.1:${await server.start()}`;
    },
    async close() {
      await Promise.all(servers.map((server) => server.close()));
      await inbox.stop(Date.now() + 2_000);
      await store.close();
    },
  };
}
