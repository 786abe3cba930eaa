// Requests as Slack sends them to the bot's /slack/events: signed with the signing secret
// (`v0=` + hex HMAC-SHA256 of `v0:${timestamp}:${raw body}`), events as JSON, slash commands and
// interactive payloads as `application/x-www-form-urlencoded` exactly (Bolt compares the
// Content-Type as a whole: with a charset suffix it parses JSON and answers 400).
import { createHmac } from 'node:crypto';

export interface SlackEndpoint {
  /** http://127.0.0.1:<port>/slack/events */
  url: string;
  signingSecret: string;
}

export interface SendOptions {
  /** Seconds since the epoch; default now. Older than 5 minutes is refused by Bolt. */
  timestamp?: number;
  /** Overrides the computed signature (forgeries). */
  signature?: string;
  /** X-Slack-Retry-Num (and X-Slack-Retry-Reason http_timeout). */
  retryNum?: number;
}

export interface SlackReply {
  status: number;
  body: string;
  /** Time from sending to the complete response: Slack's view of the ack. */
  ms: number;
}

export function signature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postSigned(
  endpoint: SlackEndpoint,
  body: string,
  contentType: string,
  options: SendOptions = {},
): Promise<SlackReply> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? signature(endpoint.signingSecret, timestamp, body),
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = performance.now();
  const response = await fetch(endpoint.url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, body: text, ms: performance.now() - started };
}

/** An Events API delivery (event_callback, url_verification). */
export function sendEvent(
  endpoint: SlackEndpoint,
  envelope: object,
  options?: SendOptions,
): Promise<SlackReply> {
  return postSigned(endpoint, JSON.stringify(envelope), 'application/json', options);
}

/** A slash command: its fields form-encoded. */
export function sendCommand(
  endpoint: SlackEndpoint,
  fields: Record<string, string>,
  options?: SendOptions,
): Promise<SlackReply> {
  return postSigned(
    endpoint,
    new URLSearchParams(fields).toString(),
    'application/x-www-form-urlencoded',
    options,
  );
}

/** An interactive payload (block_actions): `payload=<JSON>` form-encoded. */
export function sendInteraction(
  endpoint: SlackEndpoint,
  payload: object,
  options?: SendOptions,
): Promise<SlackReply> {
  return postSigned(
    endpoint,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
    options,
  );
}
