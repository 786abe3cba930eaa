// POST /line/webhook: the signature is checked over the raw bytes (base64 HMAC-SHA256 keyed with
// the channel secret); each event the bot acts on is written to the durable inbox (a redelivery,
// same webhookEventId, is recognised there and dropped) before LINE gets its 200; the answers
// then run from the inbox's queue. Any body, however malformed, gets an answer, never an exception.
import { createHash } from 'node:crypto';
import { validateSignature } from '@line/bot-sdk';
import type { Inbox } from '../inbox.js';
import type { HttpRequest, HttpResponse, HttpRoute, Logger } from '../platform.js';
import { type BotIdentity, type LineTurn, parseWebhookBody, toTurn } from './events.js';

export const WEBHOOK_PATH = '/line/webhook';

export interface WebhookOptions {
  channelSecret: string;
  inbox: Inbox;
  log: Logger;
  /** Who the bot is, as far as known (the body's `destination` fills in its user id). */
  bot: () => BotIdentity;
}

const json = (status: number, body: object): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

export function createWebhookRoute({ channelSecret, inbox, log, bot }: WebhookOptions): HttpRoute {
  return {
    method: 'POST',
    path: WEBHOOK_PATH,
    async handle(request: HttpRequest) {
      if (!signedByLine(request, channelSecret)) {
        log.warn('line webhook refused: bad signature');
        return json(401, { message: 'invalid signature' });
      }
      const body = parseWebhookBody(request.body);
      if (!body) return json(400, { message: 'the body is not a LINE webhook' });
      // `events: []` is LINE's connectivity check ("Verify" in the console): nothing to do.
      const identity = { ...bot(), ...(body.destination ? { userId: body.destination } : {}) };
      // In order: one request's events are often one chat's consecutive messages.
      for (const event of body.events) {
        const turn = toTurn(event, identity);
        if (turn) await inbox.accept('line', inboxKey(turn), turn);
      }
      return json(200, {});
    },
  };
}

/** The inbox key: the webhook event id (a redelivery has the same one), else the turn's own hash. */
export function inboxKey(turn: LineTurn): string {
  const id = turn.eventId ?? createHash('sha256').update(JSON.stringify(turn)).digest('base64url');
  return `line:${id}`;
}

function signedByLine(request: HttpRequest, channelSecret: string): boolean {
  const signature = request.headers['x-line-signature'];
  if (typeof signature !== 'string' || signature === '') return false;
  return validateSignature(request.body, channelSecret, signature);
}
