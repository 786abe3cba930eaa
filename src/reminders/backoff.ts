// When to try a failed send again. Exponential, capped, and bounded in attempts: after the last
// one the delivery is kept as `failed` (listed to the user and counted), never silently dropped.

export interface BackoffPolicy {
  /** The wait after the first failure. */
  baseMs: number;
  /** The longest wait between two attempts. */
  maxMs: number;
  /** Failed attempts after which the scheduler gives up. */
  maxAttempts: number;
}

/** 30 s, 1 min, 2 min, … capped at 1 h; 10 attempts span about four hours. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, maxMs: 60 * 60_000, maxAttempts: 10 };

/**
 * The wait before the next attempt after `failedAttempts` failures (1 for the first), or
 * undefined when it is time to give up. Deterministic: no jitter, because deliveries are spread
 * over many destinations already and tests can then state exact times.
 */
export function backoffDelay(
  failedAttempts: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number | undefined {
  if (failedAttempts >= policy.maxAttempts) return undefined;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
}
