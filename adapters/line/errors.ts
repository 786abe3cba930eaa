// What a failed reminder push throws, so that the scheduler does the right thing with it. The
// scheduler tells these apart by `code` and reads `reason` (the store builder's
// UndeliverableError and PermanentSendError in src/reminders/errors.ts carry the same two): until
// those classes are on main, these two carry the codes themselves, and then extend them.

/**
 * The channel's monthly message quota is used up (LINE's 429 "You have reached your monthly
 * limit."): nothing more can be pushed until the month turns, so the delivery fails now, with
 * this reason, instead of being retried for hours.
 */
export class LineQuotaExhaustedError extends Error {
  readonly code = 'SEND_FAILED_PERMANENTLY';
  constructor(readonly reason: string) {
    super(`failed for good: ${reason}`);
    this.name = 'LineQuotaExhaustedError';
  }
}

/**
 * LINE will never take this push as it is: the destination is not a chat of this channel (no
 * such user, group or room) or the message breaks a rule. `undeliverable` says which: the
 * scheduler then stops that user's reminders, or fails only this one.
 */
export class LinePushRefusedError extends Error {
  readonly code: 'UNDELIVERABLE' | 'SEND_FAILED_PERMANENTLY';
  constructor(
    readonly reason: string,
    readonly undeliverable: boolean,
  ) {
    super(`${undeliverable ? 'undeliverable' : 'failed for good'}: ${reason}`);
    this.name = 'LinePushRefusedError';
    this.code = undeliverable ? 'UNDELIVERABLE' : 'SEND_FAILED_PERMANENTLY';
  }
}
