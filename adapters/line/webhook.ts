// POST /line/webhook: the signature is checked over the raw bytes (base64 HMAC-SHA256 keyed with
// the channel secret), the request is answered 200 at once, and its events are handled after
// the response is written. Any body, however malformed, gets an answer, never an exception.
import { validateSignature } from '@line/bot-sdk';
import type { HttpRequest, HttpResponse, HttpRoute, Logger } from '../platform.js';
import { parseWebhookBody, type WebhookBody } from './events.js';

export const WEBHOOK_PATH = '/line/webhook';

export interface WebhookOptions {
  channelSecret: string;
  log: Logger;
  /** Handles the events of one verified request; called after the request was answered. */
  onEvents(body: WebhookBody): void;
}

const json = (status: number, body: object): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

export function createWebhookRoute({ channelSecret, log, onEvents }: WebhookOptions): HttpRoute {
  return {
    method: 'POST',
    path: WEBHOOK_PATH,
    async handle(request: HttpRequest) {
      if (!signedByLine(request, channelSecret)) {
        log.info('line webhook refused: bad signature');
        return json(401, { message: 'invalid signature' });
      }
      const body = parseWebhookBody(request.body);
      if (!body) return json(400, { message: 'the body is not a LINE webhook' });
      // `events: []` is LINE's connectivity check ("Verify" in the console): nothing to do.
      if (body.events.length > 0) setImmediate(() => onEvents(body));
      return json(200, {});
    },
  };
}

function signedByLine(request: HttpRequest, channelSecret: string): boolean {
  const signature = request.headers['x-line-signature'];
  if (typeof signature !== 'string' || signature === '') return false;
  return validateSignature(request.body, channelSecret, signature);
}
