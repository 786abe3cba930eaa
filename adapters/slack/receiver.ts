// Slack's requests in HTTP mode, received by us rather than by Bolt's HTTPReceiver, so that each
// one is checked completely and written to the durable inbox before Slack gets its 200:
//   - signature: v0 HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret, compared
//     in constant time; a timestamp more than 5 minutes off, in the past or the future: 401;
//   - body: JSON or form-encoded as Slack sends it, and an object (a `null`, an array or a string
//     gets 400 at once; Bolt 5.1 crashed on a signed `null`);
//   - url_verification answers its challenge, ssl_check is answered unsigned and ignored;
//   - everything else goes to the inbox (a redelivery is recognised there by its key) and is
//     acknowledged at once with an empty 200; the listeners then run from the inbox's queue,
//     their `ack()` a no-op, and an event left by a crash runs again from the inbox.
// Socket Mode keeps events the same way, on Bolt's own Socket Mode client (`keepSocketModeEvents`).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { App, Receiver, SocketModeReceiver } from '@slack/bolt';
import type { Inbox } from '../inbox.js';
import type { HttpRequest, HttpResponse, HttpRoute } from '../platform.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/** Slack's own rule: a request more than 5 minutes old is refused; we refuse the future too. */
const MAX_CLOCK_SKEW_S = 5 * 60;

/** What the inbox keeps of a Slack request: enough to run it again after a crash. */
export interface SlackInboxPayload {
  body: Record<string, unknown>;
  retryNum?: number;
  retryReason?: string;
}

export type Checked = { ok: true; body: Record<string, unknown> } | { ok: false; response: HttpResponse };

const reject = (status: number, error: string): Checked => ({
  ok: false,
  response: { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error }) },
});

const header = (request: HttpRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** Checks the signature and the clock, then parses the body into an object; pure but for `nowS`. */
export function checkSlackRequest(request: HttpRequest, signingSecret: string, nowS: number): Checked {
  const raw = request.body.toString('utf8');
  const type = (header(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded' && new URLSearchParams(raw).get('ssl_check') === '1')
    return { ok: true, body: { ssl_check: '1' } };

  const timestamp = Number(header(request, 'x-slack-request-timestamp'));
  const signature = header(request, 'x-slack-signature') ?? '';
  if (!Number.isInteger(timestamp) || Math.abs(nowS - timestamp) > MAX_CLOCK_SKEW_S)
    return reject(401, 'stale or missing X-Slack-Request-Timestamp');
  const expected = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${raw}`).digest('hex')}`;
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected)))
    return reject(401, 'bad signature');

  let parsed: unknown;
  try {
    if (type === 'application/json') parsed = JSON.parse(raw);
    else if (type === 'application/x-www-form-urlencoded') {
      const form = new URLSearchParams(raw);
      const payload = form.get('payload');
      parsed = payload !== null ? JSON.parse(payload) : Object.fromEntries(form);
    } else return reject(415, 'expected application/json or application/x-www-form-urlencoded');
  } catch {
    return reject(400, 'the body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return reject(400, 'the body must be a JSON object');
  return { ok: true, body: parsed as Record<string, unknown> };
}

/**
 * Whose conversation a request belongs to (team, channel, user), so that the inbox answers one
 * user's messages in a channel in the order they were sent: events, commands and interactions.
 */
export function slackConversation(payload: unknown): string | undefined {
  const body = (payload as Partial<SlackInboxPayload> | null)?.body;
  if (!body) return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const field = (object: unknown, name: string) =>
    typeof object === 'object' && object !== null
      ? text((object as Record<string, unknown>)[name])
      : undefined;
  const event = body.event;
  const team = text(body.team_id) ?? field(body.team, 'id') ?? '';
  const channel =
    field(event, 'channel') ?? text(body.channel_id) ?? field(body.channel, 'id') ?? field(event, 'tab');
  const user = field(event, 'user') ?? text(body.user_id) ?? field(body.user, 'id');
  if (!user) return undefined;
  return `${team}:${channel ?? ''}:${user}`;
}

/**
 * The inbox key: the event id for the Events API, the trigger id for commands and interactions
 * (unique per invocation), else a hash of the body.
 */
export function inboxKey(body: Record<string, unknown>): string {
  const id =
    (typeof body.event_id === 'string' && body.event_id) ||
    (typeof body.trigger_id === 'string' && body.trigger_id) ||
    createHash('sha256').update(JSON.stringify(body)).digest('base64url');
  return `slack:${id}`;
}

export interface SlackReceiverOptions {
  signingSecret: string;
  inbox: Inbox;
  /** Seconds since the epoch (tests move it). */
  nowS?: () => number;
}

/** Bolt's side of the receiver (init, start, stop) and the route the shared HTTP server serves. */
export class SlackHttpReceiver implements Receiver {
  readonly route: HttpRoute;
  private app: App | undefined;

  constructor(private readonly options: SlackReceiverOptions) {
    this.route = { method: 'POST', path: SLACK_EVENTS_PATH, handle: (request) => this.receive(request) };
    options.inbox.handle(
      'slack',
      (payload, replay) => {
        if (!this.app) throw new Error('the Slack receiver was not initialised by Bolt');
        return dispatch(this.app, payload as SlackInboxPayload, replay);
      },
      slackConversation,
    );
  }

  init(app: App): void {
    this.app = app;
  }

  // The shared HTTP server listens; Bolt's start and stop have nothing to do.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  private async receive(request: HttpRequest): Promise<HttpResponse> {
    const nowS = this.options.nowS?.() ?? Math.floor(Date.now() / 1000);
    const checked = checkSlackRequest(request, this.options.signingSecret, nowS);
    if (!checked.ok) return checked.response;
    const { body } = checked;
    if (body.ssl_check) return { status: 200 };
    if (body.type === 'url_verification')
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ challenge: body.challenge }),
      };
    const retryNum = Number(header(request, 'x-slack-retry-num'));
    const retryReason = header(request, 'x-slack-retry-reason');
    const payload: SlackInboxPayload = {
      body,
      ...(Number.isInteger(retryNum) ? { retryNum } : {}),
      ...(retryReason ? { retryReason } : {}),
    };
    await this.options.inbox.accept('slack', inboxKey(body), payload);
    return { status: 200 };
  }
}

/** Runs Bolt's middleware and listeners for one request; Bolt's error handler answers failures. */
function dispatch(
  app: App,
  { body, retryNum, retryReason }: SlackInboxPayload,
  replay: boolean,
): Promise<void> {
  return app.processEvent({
    body,
    ack: async () => {},
    ...(retryNum !== undefined ? { retryNum } : {}),
    ...(retryReason !== undefined ? { retryReason } : {}),
    customProperties: { replay },
  });
}

/**
 * Socket Mode: every envelope is written to the inbox before it is acknowledged over the socket,
 * and answered from the inbox's queue, as in HTTP mode. Replaces the receiver's own handling,
 * which acknowledges events before anything is kept.
 */
export function keepSocketModeEvents(receiver: SocketModeReceiver, app: App, inbox: Inbox): void {
  inbox.handle(
    'slack',
    (payload, replay) => dispatch(app, payload as SlackInboxPayload, replay),
    slackConversation,
  );
  receiver.client.removeAllListeners('slack_event');
  receiver.client.on(
    'slack_event',
    async ({
      ack,
      body,
      retry_num,
      retry_reason,
    }: {
      ack: () => Promise<void>;
      body: unknown;
      retry_num?: number;
      retry_reason?: string;
    }) => {
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return ack();
      const payload: SlackInboxPayload = {
        body: body as Record<string, unknown>,
        ...(typeof retry_num === 'number' ? { retryNum: retry_num } : {}),
        ...(retry_reason ? { retryReason: retry_reason } : {}),
      };
      await inbox.accept('slack', inboxKey(payload.body), payload);
      await ack();
    },
  );
}
