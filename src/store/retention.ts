// How long the bot keeps what is not a user's own reminder settings: the unanswered-turn records
// (for the operator's report), short-lived conversation state, event keys kept to recognise a
// platform's retries. One pass deletes everything past its time.
import type { Store } from './port.js';

export interface RetentionPolicy {
  /** Days an unanswered-turn record is kept (UNANSWERED_RETENTION_DAYS; default 30). */
  unansweredDays: number;
  /** Hours the key of an answered or given-up inbox event is kept, to recognise late redeliveries (default 24). */
  inboxKeyHours: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { unansweredDays: 30, inboxKeyHours: 24 };

export type RetentionStore = Pick<Store, 'purgeUnanswered' | 'purgeExpired'>;

export interface RetentionReport {
  unanswered: number;
  conversations: number;
  seenEvents: number;
  inboxEvents: number;
}

const HOUR_MS = 60 * 60_000;

/** Deletes everything kept past its time at `now`; returns how many rows of each kind went. */
export async function purgeExpiredData(
  store: RetentionStore,
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<RetentionReport> {
  const unanswered = await store.purgeUnanswered(
    new Date(now.getTime() - policy.unansweredDays * 24 * HOUR_MS),
  );
  const expired = await store.purgeExpired(now, new Date(now.getTime() - policy.inboxKeyHours * HOUR_MS));
  return { unanswered, ...expired };
}
