// The column lists both stores read and write, in one place so that the two schemas cannot drift.

export const SUBSCRIPTION_COLUMNS =
  'id, platform, user_id, destination, method, lead_days, send_hour, quiet_start, quiet_end, lang, active, created_at, updated_at';

export const DELIVERY_COLUMNS =
  'id, subscription_id, due_date, lead_days, origin, send_at, status, attempts, next_attempt_at, lease_owner, lease_until, last_error, sent_at, late, updated_at';

/** Subscription columns prefixed `s_`, for joins with deliveries (`d`). */
export const JOINED_SUBSCRIPTION_COLUMNS = SUBSCRIPTION_COLUMNS.split(', ')
  .map((c) => `s.${c} AS s_${c}`)
  .join(', ');

export const JOINED_DELIVERY_COLUMNS = DELIVERY_COLUMNS.split(', ')
  .map((c) => `d.${c}`)
  .join(', ');

/** How often rememberEvent also deletes expired keys, so the table stays small without a job. */
export const PURGE_EVERY = 256;
