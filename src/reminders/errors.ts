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
