// The store's coded errors. A caller that catches a StoreError knows the database failed (not
// the user's input) and answers with an apology; `/readyz` reports STORE_UNAVAILABLE as not ready.
import { ReminderError } from '../reminders/errors.js';

/**
 * STORE_UNAVAILABLE  the database cannot be used now: unreachable, connection lost, closed,
 *                    read-only, locked, full, corrupt. Worth retrying later.
 * STORE_FAILED       anything else the database refused (a bug, most likely).
 */
export type StoreErrorCode = 'STORE_UNAVAILABLE' | 'STORE_FAILED';

/** A ReminderError, so that start-up reports it like every other configuration problem. */
export class StoreError extends ReminderError {
  declare readonly code: StoreErrorCode;

  constructor(message: string, code: StoreErrorCode, options?: { cause?: unknown }) {
    super(message, code, options);
    this.name = 'StoreError';
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}
