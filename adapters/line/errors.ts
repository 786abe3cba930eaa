// What a failed reminder push throws, so that the scheduler does the right thing with it.
// TEMPORARY names: the store builder is adding shared "undeliverable" and "do not retry" error
// classes to src/reminders/; these two become (or extend) them when they land. Until then the
// scheduler retries them with its bounded backoff (10 attempts over about four hours), each retry
// costing one refused request and no message.

/**
 * The channel's monthly message quota is used up (LINE's 429 "You have reached your monthly
 * limit."): nothing more can be pushed until the month turns, so the delivery should fail now,
 * with this reason, instead of being retried all month.
 */
export class LineQuotaExhaustedError extends Error {
  readonly doNotRetry = true;
  constructor(message = 'LINE monthly push message quota exhausted') {
    super(message);
    this.name = 'LineQuotaExhaustedError';
  }
}

/** LINE refused the push for good (400/403/404: no such user, a blocked bot, a bad id). */
export class LineUndeliverableError extends Error {
  readonly doNotRetry = true;
  constructor(message: string) {
    super(message);
    this.name = 'LineUndeliverableError';
  }
}
