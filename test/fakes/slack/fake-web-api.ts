// A fake of Slack's Web API on 127.0.0.1, for end-to-end tests and the bench: it answers the
// methods the bot calls as Slack does (200 JSON with `ok`), records every call, serves the
// response_url of the payloads it hands out, and can be told to fail: a 429 with Retry-After,
// or an `ok: false` error. Point the bot at it with SLACK_API_URL = `fake.apiUrl`.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** `chat.postMessage`, …, or `response_url` for a post to a response URL. */
  method: string;
  /** Form fields with JSON values (blocks, view) parsed, or the JSON body of a response_url post. */
  params: Record<string, unknown>;
  /** The Authorization header as sent. */
  authorization?: string;
  /** For response_url posts: the id in the URL. */
  responseId?: string;
  /** What the fake answered (a posted message's `ts` is there). */
  reply?: Record<string, unknown>;
  at: number;
}

export type Failure = { status: 429; retryAfterS: number } | { error: string } | { status: 500 };

export const FAKE_IDENTITY = {
  team_id: 'T0ATONE',
  team: 'atone-test',
  user_id: 'U0BOT',
  user: 'atone-bot',
  bot_id: 'B0BOT',
} as const;

export interface FakeSlackApi {
  /** The Web API base URL, with its trailing slash. */
  apiUrl: string;
  /** A response_url on this fake; posts to it are recorded as method `response_url`. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** The next `times` calls of `method` fail as described (then it answers normally again). */
  failNext(method: string, failure: Failure, times?: number): void;
  /** Every call of `method` is answered `ms` after it arrived (recorded at once: Slack has it); 0 ends that. */
  slowDown(method: string, ms: number): void;
  /** Resolves with the first truthy value of `probe` (which may be async), polling; rejects after `timeoutMs`. */
  waitFor<T>(
    probe: () => T | undefined | false | Promise<T | undefined | false>,
    timeoutMs?: number,
    what?: string,
  ): Promise<T>;
  close(): Promise<void>;
}

export interface FakeSlackApiOptions {
  /** What apps.connections.open returns as the Socket Mode WebSocket URL (see fake-socket-mode.ts). */
  socketModeUrl?: string;
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, Failure[]>();
  const delays = new Map<string, number>();
  let tsCounter = 0;
  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++tsCounter).padStart(6, '0')}`;

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const response = /^\/response\/([^/]+)$/.exec(url.pathname);
    const method = response ? 'response_url' : url.pathname.replace(/^\/api\//, '');
    const failure = failures.get(method)?.shift();
    if (failure && 'status' in failure) {
      if (failure.status === 429)
        return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfterS) });
      return send(500, { ok: false, error: 'internal_error' });
    }
    const params = response ? parseJson(raw) : parseForm(raw, req.headers['content-type']);
    const reply = failure
      ? { ok: false, error: failure.error }
      : response
        ? { ok: true }
        : answer(method, params, nextTs, options);
    calls.push({
      method,
      params,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(response ? { responseId: response[1] } : {}),
      reply,
      at: Date.now(),
    });
    const delay = delays.get(method) ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    send(200, reply);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext(method, failure, times = 1) {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(failure);
      failures.set(method, queue);
    },
    slowDown(method, ms) {
      delays.set(method, ms);
    },
    async waitFor(probe, timeoutMs = 5_000, what = 'a matching Slack call') {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > until)
          throw new Error(
            `timed out after ${timeoutMs} ms waiting for ${what}; calls: ${calls
              .slice(-20)
              .map((c) => c.method)
              .join(', ')}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Minimal replies shaped as Slack's (see ../shared/platform-protocols.md). */
function answer(
  method: string,
  params: Record<string, unknown>,
  nextTs: () => string,
  options: FakeSlackApiOptions,
): Record<string, unknown> {
  switch (method) {
    case 'apps.connections.open':
      return options.socketModeUrl
        ? { ok: true, url: options.socketModeUrl }
        : { ok: false, error: 'invalid_auth' };
    case 'auth.test':
      return {
        ok: true,
        url: 'https://atone-test.slack.com/',
        ...FAKE_IDENTITY,
        is_enterprise_install: false,
      };
    case 'chat.postMessage': {
      const ts = nextTs();
      const message = {
        type: 'message',
        user: FAKE_IDENTITY.user_id,
        bot_id: FAKE_IDENTITY.bot_id,
        text: params.text,
        blocks: params.blocks,
        ts,
      };
      return {
        ok: true,
        channel: params.channel,
        ts,
        message: params.thread_ts ? { ...message, thread_ts: params.thread_ts } : message,
      };
    }
    case 'chat.postEphemeral':
      return { ok: true, message_ts: nextTs() };
    case 'chat.update':
      return { ok: true, channel: params.channel, ts: params.ts, text: params.text };
    case 'conversations.open':
      return { ok: true, channel: { id: `D${String(params.users ?? 'X').split(',')[0]}` } };
    case 'views.publish':
      return { ok: true, view: { id: 'V0HOME', type: 'home', ...(params.view as object) } };
    default:
      return { ok: true };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): Record<string, unknown> {
  const value = tryJson(raw);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : { raw };
}

function tryJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The WebClient posts form fields and JSON-encodes nested values (blocks, view). */
function parseForm(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return parseJson(raw);
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? (tryJson(value) ?? value) : value;
  }
  return params;
}
