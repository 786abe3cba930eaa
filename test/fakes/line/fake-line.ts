// A local fake of the LINE Messaging API on 127.0.0.1, for end-to-end tests: it answers the calls
// the bot makes as LINE does (reply tokens that work once and for a minute, push with retry keys
// and 409 on a repeat, a monthly quota, bot info, profiles, the loading indicator), refuses what
// LINE would refuse (validate.ts), records everything, and drives the bot's webhook with signed
// requests carrying the events a LINE user's actions produce.
//
//   const line = await FakeLine.start();               // LINE_API_URL = line.apiUrl
//   ...start the bot with LINE_CHANNEL_SECRET = line.channelSecret, LINE_CHANNEL_ACCESS_TOKEN = line.channelAccessToken
//   line.webhookUrl = 'http://127.0.0.1:<port>/line/webhook';
//   const event = line.text(hanako, 'コンビニ払いの期限は？');
//   await line.deliver(event);
//   const reply = await line.replyTo(event);
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Json, messageProblems } from './validate.js';

export type { Json } from './validate.js';

export interface FakeUser {
  userId: string;
  displayName: string;
  /** The profile's language ('ja', 'en', …); absent when the user has not shared it. */
  language?: string;
}

/** Where an event happens: the user's one-to-one chat (default), a group (C…) or a room (R…). */
export type FakeChat =
  | { type: 'user' }
  | { type: 'group'; groupId: string }
  | { type: 'room'; roomId: string };

export interface RecordedReply {
  replyToken: string;
  /** The chat the token belongs to: where LINE shows the reply. */
  chatId: string;
  /** The event the token came with. */
  eventId: string;
  messages: Json[];
  at: number;
}

export interface RecordedPush {
  to: string;
  retryKey?: string;
  messages: Json[];
  at: number;
}

export interface Refusal {
  endpoint: Endpoint;
  status: number;
  body: Json;
  request: unknown;
}

export type Endpoint = 'reply' | 'push' | 'info' | 'profile' | 'loading';

export interface Failure {
  status: number;
  message: string;
}

export const QUOTA_EXHAUSTED: Failure = { status: 429, message: 'You have reached your monthly limit.' };
export const SERVER_ERROR: Failure = { status: 500, message: 'Internal server error' };

export interface FakeLineOptions {
  channelSecret?: string;
  channelAccessToken?: string;
  /** Messages the channel may push this month (default: unlimited). */
  monthlyQuota?: number;
  /** How long a reply token works (LINE: one minute). */
  replyTokenTtlMs?: number;
}

interface IssuedToken {
  chatId: string;
  eventId: string;
  issuedAt: number;
  used: boolean;
}

/** A LINE-style id: a prefix letter (U user, C group, R room) and 32 hex digits. */
export function lineId(prefix: 'U' | 'C' | 'R'): string {
  return `${prefix}${randomBytes(16).toString('hex')}`;
}

/** Webhook event ids are ULIDs: 26 characters of Crockford base32. */
function ulid(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return Array.from(randomBytes(26), (b) => alphabet[b % 32]).join('');
}

/** `x-line-signature`: base64 HMAC-SHA256 of the raw body, keyed with the channel secret. */
export function signBody(body: string | Buffer, channelSecret: string): string {
  return createHmac('sha256', channelSecret).update(body).digest('base64');
}

export class FakeLine {
  readonly channelSecret: string;
  readonly channelAccessToken: string;
  readonly bot = { userId: lineId('U'), basicId: '@123abcde', displayName: 'atone-bot' };
  readonly replies: RecordedReply[] = [];
  readonly pushes: RecordedPush[] = [];
  readonly refusals: Refusal[] = [];
  readonly loading: Array<{ chatId: string; loadingSeconds: number }> = [];
  /** Calls per endpoint, refused ones included. */
  readonly calls: Record<Endpoint, number> = { reply: 0, push: 0, info: 0, profile: 0, loading: 0 };
  /** The bot's webhook, e.g. http://127.0.0.1:3000/line/webhook. */
  webhookUrl = '';
  monthlyQuota: number;
  private pushedThisMonth = 0;
  private readonly users = new Map<string, FakeUser>();
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly acceptedRetryKeys = new Map<string, string>();
  private readonly failures = new Map<Endpoint, Failure[]>();
  private readonly pushFailures = new Map<string, Failure>();
  private readonly replyTokenTtlMs: number;
  private readonly server: Server;
  private port = 0;
  private requestCounter = 0;

  private constructor(options: FakeLineOptions) {
    this.channelSecret = options.channelSecret ?? randomBytes(16).toString('hex');
    this.channelAccessToken = options.channelAccessToken ?? `fake-${randomBytes(24).toString('base64url')}`;
    this.monthlyQuota = options.monthlyQuota ?? Number.POSITIVE_INFINITY;
    this.replyTokenTtlMs = options.replyTokenTtlMs ?? 60_000;
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  static async start(options: FakeLineOptions = {}): Promise<FakeLine> {
    const fake = new FakeLine(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** LINE_API_URL: scheme, host and port. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- users and failures ----

  /** A user who has added the bot as a friend (their profile is known to LINE). */
  user(displayName: string, language?: string): FakeUser {
    const user = { userId: lineId('U'), displayName, ...(language ? { language } : {}) };
    this.users.set(user.userId, user);
    return user;
  }

  /** The next `times` calls to `endpoint` fail as described, then it answers normally again. */
  failNext(endpoint: Endpoint, failure: Failure, times = 1): void {
    const queue = this.failures.get(endpoint) ?? [];
    for (let i = 0; i < times; i++) queue.push(failure);
    this.failures.set(endpoint, queue);
  }

  /** Every push to `to` fails as described (until cleared with `undefined`). */
  failPushesTo(to: string, failure: Failure | undefined): void {
    if (failure) this.pushFailures.set(to, failure);
    else this.pushFailures.delete(to);
  }

  /** Makes a token unusable, as a minute's wait would. */
  expireReplyToken(token: string): void {
    const issued = this.tokens.get(token);
    if (issued) issued.issuedAt = 0;
  }

  // ---- events, as the bot's webhook receives them ----

  /** A text message from `user`; in a group or room, `mention: true` mentions the bot first. */
  text(
    user: FakeUser,
    text: string,
    { chat = { type: 'user' }, mention = false }: { chat?: FakeChat; mention?: boolean } = {},
  ): Json {
    const tag = `@${this.bot.displayName}`;
    const full = mention ? `${tag} ${text}` : text;
    return this.event(user, chat, {
      type: 'message',
      message: {
        id: String(Date.now()) + String(++this.requestCounter),
        type: 'text',
        text: full,
        quoteToken: `q-${randomBytes(8).toString('hex')}`,
        ...(mention
          ? {
              mention: {
                mentionees: [
                  { index: 0, length: tag.length, type: 'user', userId: this.bot.userId, isSelf: true },
                ],
              },
            }
          : {}),
      },
    });
  }

  sticker(user: FakeUser, chat: FakeChat = { type: 'user' }): Json {
    return this.event(user, chat, {
      type: 'message',
      message: { id: String(++this.requestCounter), type: 'sticker', packageId: '446', stickerId: '1988' },
    });
  }

  /** The tap of a postback button (`action` as the bot sent it, from a reply, push or quick reply). */
  postback(user: FakeUser, action: Json, chat: FakeChat = { type: 'user' }): Json {
    return this.event(user, chat, { type: 'postback', postback: { data: action.data } });
  }

  follow(user: FakeUser): Json {
    return this.event(user, { type: 'user' }, { type: 'follow', follow: { isUnblocked: false } });
  }

  /** Blocking the bot: no reply token. */
  unfollow(user: FakeUser): Json {
    return this.event(user, { type: 'user' }, { type: 'unfollow' }, { replyToken: false });
  }

  /** The bot added to a group. */
  join(chat: FakeChat): Json {
    return this.event(undefined, chat, { type: 'join' });
  }

  /** The same event again, as LINE redelivers it. */
  redelivery(event: Json): Json {
    return { ...event, deliveryContext: { isRedelivery: true } };
  }

  private event(
    user: FakeUser | undefined,
    chat: FakeChat,
    body: Json,
    { replyToken = true }: { replyToken?: boolean } = {},
  ): Json {
    const source =
      chat.type === 'user'
        ? { type: 'user', userId: user?.userId }
        : chat.type === 'group'
          ? { type: 'group', groupId: chat.groupId, ...(user ? { userId: user.userId } : {}) }
          : { type: 'room', roomId: chat.roomId, ...(user ? { userId: user.userId } : {}) };
    const webhookEventId = ulid();
    const chatId =
      chat.type === 'user' ? (user?.userId ?? '') : chat.type === 'group' ? chat.groupId : chat.roomId;
    const token = replyToken ? randomBytes(16).toString('hex') : undefined;
    if (token) this.tokens.set(token, { chatId, eventId: webhookEventId, issuedAt: Date.now(), used: false });
    return {
      ...body,
      mode: 'active',
      timestamp: Date.now(),
      source,
      webhookEventId,
      deliveryContext: { isRedelivery: false },
      ...(token ? { replyToken: token } : {}),
    };
  }

  /** POSTs the events to the bot's webhook, signed as LINE signs them (or with `signature`). */
  async deliver(
    events: Json | Json[],
    options: { signature?: string | null; rawBody?: string } = {},
  ): Promise<{ status: number; body: string }> {
    if (!this.webhookUrl) throw new Error('fake line: set webhookUrl first');
    const body =
      options.rawBody ??
      JSON.stringify({ destination: this.bot.userId, events: Array.isArray(events) ? events : [events] });
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'LineBotWebhook/2.0',
    };
    const signature =
      options.signature === undefined ? signBody(body, this.channelSecret) : options.signature;
    if (signature !== null) headers['x-line-signature'] = signature;
    const response = await fetch(this.webhookUrl, { method: 'POST', headers, body });
    return { status: response.status, body: await response.text() };
  }

  // ---- what the bot sent ----

  /** The replies sent with this event's reply token (normally one). */
  repliesTo(event: Json): RecordedReply[] {
    return this.replies.filter((r) => r.replyToken === event.replyToken);
  }

  /** Waits for the reply to `event` (or for a push to its chat that stood in for an expired token). */
  replyTo(event: Json, timeoutMs = 15_000): Promise<RecordedReply> {
    return this.waitFor(
      () => this.repliesTo(event)[0],
      timeoutMs,
      `a reply to event ${String(event.webhookEventId)}`,
    );
  }

  pushesTo(to: string): RecordedPush[] {
    return this.pushes.filter((p) => p.to === to);
  }

  async waitFor<T>(probe: () => T | undefined | false, timeoutMs = 15_000, what = 'a condition'): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > until) throw new Error(`fake line: timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  // ---- the Messaging API ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const requestId = `fake-${++this.requestCounter}`;
    const send = (status: number, body: Json, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'x-line-request-id': requestId,
        ...headers,
      });
      res.end(JSON.stringify(body));
    };
    const endpoint = endpointOf(req.method ?? 'GET', url.pathname);
    if (!endpoint) return send(404, { message: 'Not found' });
    this.calls[endpoint]++;
    const refuse = (status: number, body: Json, headers?: Record<string, string>) => {
      this.refusals.push({ endpoint, status, body, request: parse(raw) });
      send(status, body, headers);
    };
    if (req.headers.authorization !== `Bearer ${this.channelAccessToken}`)
      return refuse(401, {
        message: 'Authentication failed. Confirm that the access token in the authorization header is valid.',
      });
    const failure = this.failures.get(endpoint)?.shift();
    if (failure) return refuse(failure.status, { message: failure.message });
    const body = parse(raw) as Json | undefined;

    switch (endpoint) {
      case 'info':
        return send(200, { ...this.bot, chatMode: 'bot', markAsReadMode: 'auto' });
      case 'profile': {
        const user = this.users.get(decodeURIComponent(url.pathname.split('/').pop() ?? ''));
        return user
          ? send(200, { ...user, pictureUrl: 'https://profile.line-scdn.net/fake' })
          : refuse(404, { message: 'Not found' });
      }
      case 'loading': {
        const seconds = body?.loadingSeconds ?? 20;
        const chatId = body?.chatId;
        if (typeof chatId !== 'string' || !chatId.startsWith('U'))
          return refuse(400, { message: 'The property, chatId, in the request body is invalid' });
        if (typeof seconds !== 'number' || seconds < 5 || seconds > 60 || seconds % 5 !== 0)
          return refuse(400, { message: 'The property, loadingSeconds, in the request body is invalid' });
        this.loading.push({ chatId, loadingSeconds: seconds });
        return send(202, {});
      }
      case 'reply': {
        const problems = messageProblems(body?.messages);
        if (problems.length)
          return refuse(400, { message: 'The request body has 1 error(s)', details: problems });
        const token = typeof body?.replyToken === 'string' ? body.replyToken : '';
        const issued = this.tokens.get(token);
        if (!issued || issued.used || Date.now() - issued.issuedAt > this.replyTokenTtlMs)
          return refuse(400, { message: 'Invalid reply token' });
        issued.used = true;
        const messages = body?.messages as Json[];
        this.replies.push({
          replyToken: token,
          chatId: issued.chatId,
          eventId: issued.eventId,
          messages,
          at: Date.now(),
        });
        return send(200, { sentMessages: messages.map(() => ({ id: String(++this.requestCounter) })) });
      }
      case 'push': {
        const problems = messageProblems(body?.messages);
        if (problems.length)
          return refuse(400, { message: 'The request body has 1 error(s)', details: problems });
        const to = body?.to;
        if (typeof to !== 'string' || !/^[UCR][0-9a-f]{32}$/.test(to))
          return refuse(400, { message: 'The property, to, in the request body is invalid' });
        const retryKey = req.headers['x-line-retry-key'];
        if (retryKey !== undefined && (typeof retryKey !== 'string' || !UUID.test(retryKey)))
          return refuse(400, { message: 'The value of the X-Line-Retry-Key header is invalid' });
        const accepted = typeof retryKey === 'string' ? this.acceptedRetryKeys.get(retryKey) : undefined;
        if (accepted)
          return refuse(
            409,
            { message: 'The retry key is already accepted', sentMessages: [] },
            { 'x-line-accepted-request-id': accepted },
          );
        const userFailure = this.pushFailures.get(to);
        if (userFailure) return refuse(userFailure.status, { message: userFailure.message });
        const messages = body?.messages as Json[];
        if (this.pushedThisMonth + messages.length > this.monthlyQuota)
          return refuse(QUOTA_EXHAUSTED.status, { message: QUOTA_EXHAUSTED.message });
        this.pushedThisMonth += messages.length;
        if (typeof retryKey === 'string') this.acceptedRetryKeys.set(retryKey, requestId);
        this.pushes.push({
          to,
          ...(typeof retryKey === 'string' ? { retryKey } : {}),
          messages,
          at: Date.now(),
        });
        return send(200, { sentMessages: messages.map(() => ({ id: String(++this.requestCounter) })) });
      }
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function endpointOf(method: string, path: string): Endpoint | undefined {
  if (method === 'GET' && path === '/v2/bot/info') return 'info';
  if (method === 'GET' && /^\/v2\/bot\/profile\/[^/]+$/.test(path)) return 'profile';
  if (method === 'POST' && path === '/v2/bot/chat/loading/start') return 'loading';
  if (method === 'POST' && path === '/v2/bot/message/reply') return 'reply';
  if (method === 'POST' && path === '/v2/bot/message/push') return 'push';
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parse(raw: string): unknown {
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return raw;
  }
}
