// Discord's failures, as this adapter reports them (its one error describer): a short text safe
// to log (discord.js errors carry the request, which holds the token: never logged), whether an
// error is Discord's, and what a start-up or reminder failure means.
import { redactSecrets } from '../../src/log.js';
import { UndeliverableError } from '../../src/reminders/errors.js';
import { networkFailure } from '../failure.js';

interface DiscordErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
}

/** An error's name and message (API errors carry Discord's code there), masked of any token. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const network = networkFailure(error);
  return redactSecrets(network && !text.includes(network) ? `${text} (${network})` : text).slice(0, 500);
}

/** A REST error of discord.js (`DiscordAPIError[50007]`, `HTTPError`, `RateLimitError`). */
export function isDiscordApiError(error: unknown): boolean {
  const name = (error as DiscordErrorShape | null)?.name;
  return typeof name === 'string' && /^(DiscordAPIError|HTTPError|RateLimitError)/.test(name);
}

/** Discord's JSON error code (50007: cannot send messages to this user), when it gave one. */
export function discordErrorCode(error: unknown): number | undefined {
  const code = (error as DiscordErrorShape | null)?.code;
  return isDiscordApiError(error) && typeof code === 'number' ? code : undefined;
}

/** 50007: cannot send messages to this user (DMs closed, no shared server, blocked); 10013: unknown user. */
const UNDELIVERABLE_CODES = new Set([50007, 10013]);

/**
 * What a failed reminder send throws: an UndeliverableError when Discord will never deliver to
 * that user (the scheduler stops their reminders and tells them next time), else the error as
 * it is (discord.js has already waited out 429s and retried 5xx).
 */
export function toSendError(error: unknown): unknown {
  const code = discordErrorCode(error);
  return code !== undefined && UNDELIVERABLE_CODES.has(code)
    ? new UndeliverableError(`Discord refused the DM (${code}): ${describeError(error)}`)
    : error;
}
