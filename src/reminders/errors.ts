// Coded errors of the reminder engine. Expected outcomes (already paid, nothing to snooze) are
// results, not errors; these are for bad input and bad configuration.

export type ReminderErrorCode =
  | 'REMINDER_INPUT_INVALID'
  | 'DATABASE_URL_INVALID'
  | 'STORE_FAILED'
  | 'STORE_UNAVAILABLE';

export class ReminderError extends Error {
  constructor(
    message: string,
    readonly code: ReminderErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ReminderError';
  }
}

/**
 * What an adapter's `send` throws when the platform rate-limited it (HTTP 429 with
 * Retry-After). The scheduler only looks at `retryAfterMs`, so any error carrying it works too.
 */
export class RateLimitError extends Error {
  constructor(
    readonly retryAfterMs: number,
    message = `rate limited, retry after ${retryAfterMs} ms`,
  ) {
    super(message);
    this.name = 'RateLimitError';
  }
}

/** The Retry-After an error carries, or undefined for an ordinary failure. */
export function retryAfterOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('retryAfterMs' in error)) return undefined;
  const value = (error as { retryAfterMs: unknown }).retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * What an adapter's `send` throws when the platform will never deliver to this destination: the
 * user blocked the bot or cannot be messaged (Discord 50007, Slack `cannot_dm_bot` /
 * `user_not_found`, LINE after an unfollow). The scheduler marks the reminder undeliverable,
 * stops the subscription's reminders and leaves the user a notice for the next time they write.
 */
export class UndeliverableError extends Error {
  readonly code = 'UNDELIVERABLE';

  constructor(readonly reason: string) {
    super(`undeliverable: ${reason}`);
    this.name = 'UndeliverableError';
  }
}

/**
 * What an adapter's `send` throws when trying again will not help for a long time (LINE's
 * monthly message quota, a 429 that will not clear this month): the reminder fails at once
 * with the reason instead of being retried for hours.
 */
export class PermanentSendError extends Error {
  readonly code = 'SEND_FAILED_PERMANENTLY';

  constructor(readonly reason: string) {
    super(`failed for good: ${reason}`);
    this.name = 'PermanentSendError';
  }
}

/** How a send failure is to be handled: by its class, or by the `code` such an error carries. */
export function sendFailureOf(
  error: unknown,
): { kind: 'undeliverable' | 'permanent'; reason: string } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, reason, message } = error as { code?: unknown; reason?: unknown; message?: unknown };
  const why = typeof reason === 'string' ? reason : String(message ?? code);
  if (code === 'UNDELIVERABLE') return { kind: 'undeliverable', reason: why };
  if (code === 'SEND_FAILED_PERMANENTLY') return { kind: 'permanent', reason: why };
  return undefined;
}
