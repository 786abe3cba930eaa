// Slack's failures, as this adapter reports them (its one error describer): a short description
// safe to log (never a token, never a whole request), whether an error is Slack's, and the error
// a reminder send throws so that the scheduler waits out a 429's Retry-After
// (src/reminders/errors.ts).
import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import { redactSecrets } from '../../src/log.js';
import { RateLimitError, UndeliverableError } from '../../src/reminders/errors.js';
import type { Logger } from '../platform.js';

/** Anything that looks like a Slack token, masked wherever it might appear in a message. */
export const redactTokens = redactSecrets;

/** An error of Slack's Web API client (a refusal, an HTTP or network failure, a rate limit). */
export function isSlackApiError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('slack_webapi_');
}

/** Refusals after which posting in the same place fails too: no apology is attempted there. */
const CANNOT_POST = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'account_inactive',
  'invalid_auth',
  'token_revoked',
  'missing_scope',
  'restricted_action',
  'cannot_dm_bot',
  'user_not_found',
]);

/** True when Slack refused in a way that also refuses an apology posted to the same conversation. */
export function cannotPostThere(error: unknown): boolean {
  const e = error as SlackErrorShape | null;
  if (e?.code === 'slack_webapi_rate_limited_error') return true;
  return e?.code === 'slack_webapi_platform_error' && CANNOT_POST.has(String(e.data?.error));
}

/**
 * A failure that may pass by itself: Slack answered 5xx, or could not be reached (the client
 * retried already). Then the turn is tried again later from the inbox rather than given up.
 */
export function isTransient(error: unknown): boolean {
  const e = error as SlackErrorShape | null;
  if (e?.code === 'slack_webapi_request_error') return true;
  return e?.code === 'slack_webapi_http_error' && typeof e.statusCode === 'number' && e.statusCode >= 500;
}

interface SlackErrorShape {
  code?: unknown;
  data?: { error?: unknown };
  statusCode?: unknown;
  retryAfter?: unknown;
  message?: unknown;
}

/** `{code, error, status, message}` of a Web API, HTTP, rate-limit or respond() error, for a log line. */
export function describeError(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { message: redactTokens(String(error)) };
  const e = error as SlackErrorShape;
  return {
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.data?.error === 'string' ? { error: e.data.error } : {}),
    ...(typeof e.statusCode === 'number' ? { status: e.statusCode } : {}),
    ...(typeof e.retryAfter === 'number' ? { retryAfterS: e.retryAfter } : {}),
    message: redactTokens(String(e.message ?? error)).slice(0, 500),
  };
}

/** Refusals that will not change on a retry: the user cannot be sent a DM by this bot. */
const UNDELIVERABLE = new Set(['cannot_dm_bot', 'user_not_found']);

/**
 * What a failed reminder send throws: a RateLimitError with Slack's Retry-After for a 429 (the
 * WebClient that sends reminders rejects rate-limited calls instead of waiting, see
 * slack-adapter.ts), an UndeliverableError when Slack will never deliver to that user (the
 * scheduler stops their reminders and tells them next time), else an Error with a short reason,
 * which the scheduler retries.
 */
export function toSendError(error: unknown, method: string): Error {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SlackErrorShape;
  if (e.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number') {
    return new RateLimitError(
      e.retryAfter * 1000,
      `Slack ${method} rate limited: retry after ${e.retryAfter} s`,
    );
  }
  const reason = typeof e.data?.error === 'string' ? e.data.error : describeError(error).message;
  if (e.code === 'slack_webapi_platform_error' && UNDELIVERABLE.has(String(reason)))
    return new UndeliverableError(`Slack ${method}: ${String(reason)}`);
  return new Error(`Slack ${method} failed: ${String(reason)}`);
}

/**
 * Bolt's and the WebClient's logger, written to the project's JSON log. Debug lines are dropped
 * (they hold request bodies); everything else is redacted of tokens.
 */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) => redactTokens(parts.map(show).join(' ')).slice(0, 1000);
  return {
    debug: () => {},
    info: (...parts) => log.info(text(parts), { source: 'slack' }),
    warn: (...parts) => log.warn(text(parts), { source: 'slack' }),
    error: (...parts) => log.error(text(parts), { source: 'slack' }),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

function show(part: unknown): string {
  if (part instanceof Error) return part.message;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}
