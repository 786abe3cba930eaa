// The port every chat platform implements (style.md: start, stop, send). Reminders use `send`.
import type { Assistant } from '../src/assistant.js';
import type { Logger } from '../src/log.js';
import type { Metrics } from '../src/metrics.js';
import type { SendMeta } from '../src/reminders/scheduler.js';
import type { EventStore } from '../src/store/port.js';
import type { Answer } from '../src/types.js';
import type { Inbox } from './inbox.js';

export type { Logger } from '../src/log.js';

export interface PlatformAdapter {
  /** The prefix of the conversation ids this adapter delivers to ('slack', 'discord', 'line', 'console'). */
  readonly platform: string;
  /** HTTP endpoints this adapter serves on the shared PORT beside /healthz, /readyz and /metrics. */
  readonly routes?: readonly HttpRoute[];
  /** Connects (checking the credentials); a refused one throws a ConfigError naming the variable. */
  start(): Promise<void>;
  /**
   * Stops taking work and finishes what is in flight, by `deadline` (ms since the epoch) at the
   * latest; then disconnects.
   */
  stop(deadline?: number): Promise<void>;
  /** For /readyz: 'ok', or why the platform is not usable now ('disconnected', 'starting'...). */
  status?(): string;
  /**
   * Delivers an answer that is not a reply (a reminder) to a conversation id such as 'slack:user:U1'.
   * `meta.idempotencyKey` lets a platform that can (Discord's nonce) drop a reminder re-sent after a crash.
   */
  send(conversation: string, answer: Answer, meta?: SendMeta): Promise<void>;
}

/** What every adapter is given: reminders are read and changed through the assistant, as in a chat. */
export interface PlatformDeps {
  assistant: Assistant;
  /** Seen-event keys (retry deduplication outside the inbox, e.g. Socket Mode). */
  store: EventStore;
  /** Webhook events are written here before they are acknowledged (see inbox.ts). */
  inbox: Inbox;
  now: () => Date;
  log: Logger;
  metrics: Metrics;
}

/** A request as an HTTP route sees it: the raw body bytes (signatures are computed over them). */
export interface HttpRequest {
  method: string;
  /** The path and query, e.g. '/line/webhook'. */
  url: string;
  /** Lower-case header names, as node:http gives them. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Buffer;
}

export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One endpoint on the shared HTTP server (a webhook); the server reads the body and writes the response. */
export interface HttpRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(request: HttpRequest): Promise<HttpResponse>;
}
