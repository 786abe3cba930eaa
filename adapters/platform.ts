// The port every chat platform implements (style.md: start, stop, send; reminders use `send`), and
// the descriptor each platform's folder exports (adapters/<name>/index.ts): its name, its
// environment variables with their checks, which of them turn it on, and how its adapter is made.
// The composition root lists the descriptors (adapters/platforms.ts) and knows nothing else of them.
import { z } from 'zod';
import type { Assistant } from '../src/assistant.js';
import { configProblems, readEnv } from '../src/config.js';
import type { Logger } from '../src/log.js';
import type { Metrics } from '../src/metrics.js';
import type { SendMeta } from '../src/reminders/scheduler.js';
import type { EventStore } from '../src/store/port.js';

/** The one store call an adapter makes itself; everything else goes through the assistant or the inbox. */
export type SeenEvents = Pick<EventStore, 'rememberEvent'>;

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
  /**
   * For /readyz: 'ok', or why the platform is not usable now ('disconnected', 'starting'...).
   * May ask the platform (LINE's bot info); /readyz waits 2 s at most for it.
   */
  status?(): string | Promise<string>;
  /**
   * Delivers an answer that is not a reply (a reminder) to a conversation id such as 'slack:user:U1'.
   * `meta.idempotencyKey` lets a platform that can (Discord's nonce) drop a reminder re-sent after a crash.
   */
  send(conversation: string, answer: Answer, meta?: SendMeta): Promise<void>;
}

/** What every adapter is given: reminders are read and changed through the assistant, as in a chat. */
export interface PlatformDeps {
  assistant: Assistant;
  /** Seen-event keys (retry deduplication outside the inbox, e.g. Socket Mode): nothing else of the store. */
  seenEvents: SeenEvents;
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

/**
 * A chat platform as the composition root sees it. Made with `definePlatform`, which keeps the
 * types of its variables and options inside the platform's folder.
 */
export interface PlatformDescriptor<Name extends string = string> {
  /** The conversation-id prefix, the label in metrics and logs, and the key in /readyz. */
  readonly name: Name;
  /** Every environment variable this platform reads (each one is in .env.example). */
  readonly variables: readonly string[];
  /** Setting any of these turns the platform on (named when nothing is configured). */
  readonly enabledBy: readonly string[];
  /** Reads its variables: off, its problems (each "VARIABLE message"), or what starts it. */
  configure(env: NodeJS.ProcessEnv): PlatformSetup;
}

export type PlatformSetup =
  | { state: 'off' }
  | { state: 'invalid'; problems: string[] }
  | {
      state: 'on';
      /** A one-line summary for the start-up log: the mode and paths, never a secret. */
      summary: string;
      /** Builds the adapter, loading the platform's SDK only now (its own bundle chunk). */
      create(deps: PlatformDeps): Promise<PlatformAdapter>;
    };

export interface PlatformDefinition<Name extends string, Shape extends z.ZodRawShape, Options> {
  name: Name;
  /** The variables and their checks (src/config.ts has the common helpers). */
  env: Shape;
  /** Setting any of these turns the platform on; the first is the one named to a newcomer. */
  enabledBy: readonly [keyof Shape & string, ...(keyof Shape & string)[]];
  /** Checks between variables when the platform is on (one requires another): [variable, message]. */
  requires?(env: z.output<z.ZodObject<Shape>>): Array<[keyof Shape & string, string]>;
  /** The adapter's options from the checked variables. */
  options(env: z.output<z.ZodObject<Shape>>): Options;
  summary(options: Options): string;
  /** Builds the adapter; import the SDK dynamically here, so that it loads only when configured. */
  create(options: Options, deps: PlatformDeps): Promise<PlatformAdapter>;
}

export interface TypedPlatformDescriptor<Name extends string, Options> extends PlatformDescriptor<Name> {
  /** Its options, undefined when it is off; a ConfigError naming each problem (scripts such as discord:deploy). */
  read(env: NodeJS.ProcessEnv): Options | undefined;
}

/** A descriptor from a platform's typed definition. */
export function definePlatform<Name extends string, Shape extends z.ZodRawShape, Options>(
  definition: PlatformDefinition<Name, Shape, Options>,
): TypedPlatformDescriptor<Name, Options> {
  const schema = z.object(definition.env);
  const isOn = (env: NodeJS.ProcessEnv) =>
    definition.enabledBy.some((variable) => (env[variable] ?? '').trim() !== '');
  /** Off: undefined; else its options or its problems. Malformed values are problems either way. */
  const parse = (env: NodeJS.ProcessEnv): { options: Options } | { problems: string[] } | undefined => {
    const read = readEnv(schema, env);
    if (!read.ok) return { problems: read.problems };
    if (!isOn(env)) return undefined;
    const missing = definition.requires?.(read.value) ?? [];
    if (missing.length > 0) return { problems: missing.map(([variable, why]) => `${variable} ${why}`) };
    return { options: definition.options(read.value) };
  };
  return {
    name: definition.name,
    variables: Object.keys(definition.env),
    enabledBy: definition.enabledBy,
    configure(env) {
      const parsed = parse(env);
      if (!parsed) return { state: 'off' };
      if ('problems' in parsed) return { state: 'invalid', problems: parsed.problems };
      const { options } = parsed;
      return {
        state: 'on',
        summary: definition.summary(options),
        create: (deps) => definition.create(options, deps),
      };
    },
    read(env) {
      const parsed = parse(env);
      if (parsed && 'problems' in parsed) throw configProblems(parsed.problems);
      return parsed?.options;
    },
  };
}
