// The failed push the scheduler must not retry for hours has a name of its own, so that logs and
// the delivery's reason say what happened. Other refusals use the scheduler's classes as they are
// (UndeliverableError, PermanentSendError in src/reminders/errors.ts).
import { PermanentSendError } from '../../src/reminders/errors.js';

/**
 * The channel's monthly message quota is used up (LINE's 429 "You have reached your monthly
 * limit."): nothing more can be pushed until the month turns, so the delivery fails now, with
 * this reason, instead of being retried all month.
 */
export class LineQuotaExhaustedError extends PermanentSendError {
  constructor(reason: string) {
    super(reason);
    this.name = 'LineQuotaExhaustedError';
  }
}
