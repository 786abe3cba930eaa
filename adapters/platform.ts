// The port every chat platform implements (style.md: start, stop, send). Reminders use `send`.
import type { Assistant } from '../src/assistant.js';
import type { SendMeta } from '../src/reminders/scheduler.js';
import type { ReminderService } from '../src/reminders/service.js';
import type { ReminderStore } from '../src/store/port.js';
import type { Answer } from '../src/types.js';

export interface PlatformAdapter {
  /** The prefix of the conversation ids this adapter delivers to ('slack', 'discord', 'line', 'console'). */
  readonly platform: string;
  /** HTTP endpoints this adapter serves on the shared PORT beside /healthz, /readyz and /metrics. */
  readonly routes?: readonly HttpRoute[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Delivers an answer that is not a reply (a reminder) to a conversation id such as 'slack:user:U1'.
   * `meta.idempotencyKey` lets a platform that can (Discord's nonce) drop a reminder re-sent after a crash.
   */
  send(conversation: string, answer: Answer, meta?: SendMeta): Promise<void>;
}

/** What every adapter is given: the core, the reminder service and the store (for event dedupe). */
export interface PlatformDeps {
  assistant: Assistant;
  reminders: ReminderService;
  store: ReminderStore;
  now: () => Date;
  log: Logger;
}

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** Logs one JSON line per event on stderr; never pass a secret in `context`. */
export const consoleLogger: Logger = {
  info: (message, context) => console.error(JSON.stringify({ level: 'info', message, ...context })),
  error: (message, context) => console.error(JSON.stringify({ level: 'error', message, ...context })),
};

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
