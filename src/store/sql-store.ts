// The store, written once for both databases: every statement both SQLite and PostgreSQL run
// alike is here, with `$1` placeholders and plain values (the driver converts them, sql.ts).
// What differs is declared abstract and written out in sqlite.ts and postgres.ts, where it
// matters most: how deliveries and inbox events are claimed (PostgreSQL's
// `FOR UPDATE SKIP LOCKED`), batch inserts and the report's aggregates.
import { randomUUID } from 'node:crypto';
import type { PlannedDelivery } from '../reminders/plan.js';
import type { Subscription, SubscriptionSettings } from '../reminders/subscription.js';
import type { Platform } from '../types.js';
import type {
  ClaimedDelivery,
  ClaimRequest,
  ConversationKey,
  Delivery,
  DeliveryNotice,
  DeliveryOrigin,
  FailureUpdate,
  ForgetResult,
  InboxEvent,
  MarkPaidResult,
  PurgeResult,
  SavedSubscription,
  Store,
  SubscriptionPlanning,
  UnansweredGroup,
  UnansweredRecord,
} from './port.js';
import {
  DELIVERY_COLUMNS,
  type DeliveryRow,
  encodeJson,
  JOINED_DELIVERY_COLUMNS,
  rowId,
  SUBSCRIPTION_COLUMNS,
  type SubscriptionRow,
  settingsValues,
  toDelivery,
  toDeliveryNotice,
  toSubscription,
  UNANSWERED_COLUMNS,
  unansweredValues,
} from './rows.js';
import type { Sql, SqlDatabase } from './sql.js';

/** How often rememberEvent also deletes expired keys, so the table stays small without a job. */
const PURGE_EVERY = 256;

export abstract class SqlStore implements Store {
  abstract readonly kind: 'sqlite' | 'postgres';
  private eventCalls = 0;

  constructor(protected readonly db: SqlDatabase) {}

  // ---- what each database does its own way ----

  /** `column` is one of the values of list parameter `param` (text values or row ids). */
  protected abstract inList(column: string, param: string, type: 'text' | 'bigint'): string;
  /** Locks the rows a transaction reads before it writes them (SQLite locks the whole database at BEGIN). */
  protected abstract readonly forUpdate: string;
  /** Inserts deliveries, skipping existing keys, paid deadlines and inactive subscriptions; returns how many were new. */
  protected abstract insertRows(
    sql: Sql,
    planned: readonly PlannedDelivery[],
    origin: DeliveryOrigin,
    now: Date,
  ): Promise<number>;
  abstract claimDue(request: ClaimRequest): Promise<ClaimedDelivery[]>;
  abstract claimEvents(workerId: string, now: Date, leaseMs: number, limit: number): Promise<InboxEvent[]>;
  abstract topUnanswered(since: Date, limit: number): Promise<UnansweredGroup[]>;

  // ---- subscriptions ----

  async upsertSubscription(
    settings: SubscriptionSettings,
    now: Date,
    plansOutdated?: (previous: Subscription, next: SubscriptionSettings) => boolean,
  ): Promise<Subscription> {
    return this.db.transaction((tx) => this.upsertIn(tx, settings, now, plansOutdated));
  }

  async saveSubscription(
    settings: SubscriptionSettings,
    now: Date,
    planning: SubscriptionPlanning,
  ): Promise<SavedSubscription> {
    return this.db.transaction(async (tx) => {
      const subscription = await this.upsertIn(tx, settings, now, planning.plansOutdated);
      const paidRows = await tx.query<{ due_date: string }>(
        'SELECT due_date FROM paid_deadlines WHERE subscription_id = $1 AND due_date >= $2 ORDER BY due_date',
        [subscription.id, planning.today],
      );
      const paid = paidRows.rows.map((r) => r.due_date);
      const planned = await planning.plan(subscription, new Set(paid));
      if (planned.length > 0) await this.insertRows(tx, planned, 'plan', now);
      const { rows } = await tx.query<DeliveryRow>(
        `SELECT ${DELIVERY_COLUMNS} FROM deliveries
         WHERE subscription_id = $1 AND status = 'pending' AND due_date >= $2
         ORDER BY next_attempt_at, id LIMIT $3`,
        [subscription.id, planning.today, planning.upcomingLimit],
      );
      return { subscription, upcoming: rows.map(toDelivery), paid };
    });
  }

  private async upsertIn(
    tx: Sql,
    settings: SubscriptionSettings,
    now: Date,
    plansOutdated?: (previous: Subscription, next: SubscriptionSettings) => boolean,
  ): Promise<Subscription> {
    // Insert first: two concurrent first subscriptions of one user then meet on the unique
    // key instead of both inserting.
    const inserted = await tx.query<SubscriptionRow>(
      `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, TRUE, $11, $11)
       ON CONFLICT (platform, user_id) DO NOTHING
       RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [randomUUID(), settings.platform, settings.userId, ...settingsValues(settings), now],
    );
    if (inserted.rows[0]) return toSubscription(inserted.rows[0]);
    const current = await tx.query<SubscriptionRow>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = $1 AND user_id = $2${this.forUpdate}`,
      [settings.platform, settings.userId],
    );
    const previous = toSubscription(current.rows[0] as SubscriptionRow);
    const updated = await tx.query<SubscriptionRow>(
      `UPDATE subscriptions SET destination = $1, method = $2, lead_days = $3, send_hour = $4,
         quiet_start = $5, quiet_end = $6, lang = $7, active = TRUE, updated_at = $8, delivery_notice = NULL
       WHERE id = $9 RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [...settingsValues(settings), now, previous.id],
    );
    if (plansOutdated?.(previous, settings)) {
      // A leased row is being sent right now: it stays, and its key keeps it from doubling.
      await tx.query(
        `DELETE FROM deliveries WHERE subscription_id = $1 AND status IN ('pending', 'cancelled')
           AND (lease_until IS NULL OR lease_until <= $2)`,
        [previous.id, now],
      );
    }
    return toSubscription(updated.rows[0] as SubscriptionRow);
  }

  async getSubscription(platform: Platform, userId: string): Promise<Subscription | undefined> {
    const { rows } = await this.db.query<SubscriptionRow>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = $1 AND user_id = $2`,
      [platform, userId],
    );
    return rows[0] && toSubscription(rows[0]);
  }

  async getSubscriptionById(id: string): Promise<Subscription | undefined> {
    const { rows } = await this.db.query<SubscriptionRow>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE id = $1`,
      [id],
    );
    return rows[0] && toSubscription(rows[0]);
  }

  async deactivateSubscription(
    platform: Platform,
    userId: string,
    now: Date,
  ): Promise<Subscription | undefined> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<SubscriptionRow>(
        `UPDATE subscriptions SET active = FALSE, updated_at = $3 WHERE platform = $1 AND user_id = $2
         RETURNING ${SUBSCRIPTION_COLUMNS}`,
        [platform, userId, now],
      );
      if (!rows[0]) return undefined;
      await tx.query(
        `UPDATE deliveries SET status = 'cancelled', lease_owner = NULL, lease_until = NULL, updated_at = $2
         WHERE subscription_id = $1 AND status = 'pending'`,
        [rows[0].id, now],
      );
      return toSubscription(rows[0]);
    });
  }

  async listActiveSubscriptions(afterId: string | undefined, limit: number): Promise<Subscription[]> {
    const { rows } = await this.db.query<SubscriptionRow>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE active = TRUE AND id > $1 ORDER BY id LIMIT $2`,
      [afterId ?? '', limit],
    );
    return rows.map(toSubscription);
  }

  async listPaidDeadlines(
    subscriptionIds: readonly string[],
    fromDue: string,
  ): Promise<Array<[string, string]>> {
    if (subscriptionIds.length === 0) return [];
    const { rows } = await this.db.query<{ subscription_id: string; due_date: string }>(
      `SELECT subscription_id, due_date FROM paid_deadlines
       WHERE ${this.inList('subscription_id', '$1', 'text')} AND due_date >= $2`,
      [subscriptionIds, fromDue],
    );
    return rows.map((r) => [r.subscription_id, r.due_date]);
  }

  // ---- deliveries ----

  async insertPlanned(planned: readonly PlannedDelivery[], now: Date): Promise<number> {
    if (planned.length === 0) return 0;
    return this.db.transaction((tx) => this.insertRows(tx, planned, 'plan', now));
  }

  async insertSnooze(planned: PlannedDelivery, now: Date): Promise<Delivery> {
    return this.db.transaction(async (tx) => {
      await this.insertRows(tx, [planned], 'snooze', now);
      const { rows } = await tx.query<DeliveryRow>(
        `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE subscription_id = $1 AND due_date = $2 AND lead_days = $3`,
        [planned.subscriptionId, planned.dueDate, planned.leadDays],
      );
      if (!rows[0]) throw new Error('snooze refused: the subscription is inactive or the deadline paid');
      return toDelivery(rows[0]);
    });
  }

  async dropExpired(today: string, now: Date): Promise<number> {
    const { changes } = await this.db.query(
      `UPDATE deliveries SET status = 'dropped', updated_at = $2
       WHERE status = 'pending' AND due_date < $1 AND (lease_until IS NULL OR lease_until <= $2)`,
      [today, now],
    );
    return changes;
  }

  async markSent(id: string, sentAt: Date, late: boolean): Promise<boolean> {
    return (await this.markSentMany([id], sentAt, late)) === 1;
  }

  async markSentMany(ids: readonly string[], sentAt: Date, late: boolean): Promise<number> {
    const keys = ids.map(rowId).filter((key) => key !== undefined);
    if (keys.length === 0) return 0;
    const { changes } = await this.db.query(
      `UPDATE deliveries SET status = 'sent', sent_at = $2, late = $3, lease_owner = NULL, lease_until = NULL, updated_at = $2
       WHERE ${this.inList('id', '$1', 'bigint')} AND status <> 'sent'`,
      [keys, sentAt, late],
    );
    return changes;
  }

  async markFailed(id: string, workerId: string, failure: FailureUpdate, now: Date): Promise<boolean> {
    const key = rowId(id);
    if (key === undefined) return false;
    const { changes } = await this.db.query(
      `UPDATE deliveries SET status = $3, attempts = attempts + $4, last_error = $5,
         next_attempt_at = COALESCE($6, next_attempt_at), lease_owner = NULL, lease_until = NULL, updated_at = $7
       WHERE id = $1 AND lease_owner = $2 AND status = 'pending'`,
      [
        key,
        workerId,
        failure.nextAttemptAt === null ? 'failed' : 'pending',
        failure.countsAsAttempt ? 1 : 0,
        failure.error.slice(0, 1000),
        failure.nextAttemptAt,
        now,
      ],
    );
    return changes === 1;
  }

  async markUndeliverable(id: string, workerId: string, reason: string, now: Date): Promise<boolean> {
    const key = rowId(id);
    if (key === undefined) return false;
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ subscription_id: string; due_date: string }>(
        `UPDATE deliveries SET status = 'undeliverable', attempts = attempts + 1, last_error = $3,
           lease_owner = NULL, lease_until = NULL, updated_at = $4
         WHERE id = $1 AND lease_owner = $2 AND status = 'pending'
         RETURNING subscription_id, due_date`,
        [key, workerId, reason.slice(0, 1000), now],
      );
      const failed = rows[0];
      if (!failed) return false;
      const cancelled = await tx.query(
        `UPDATE deliveries SET status = 'cancelled', lease_owner = NULL, lease_until = NULL, updated_at = $2
         WHERE subscription_id = $1 AND status = 'pending'`,
        [failed.subscription_id, now],
      );
      const notice: DeliveryNotice = {
        kind: 'undeliverable',
        reason: reason.slice(0, 1000),
        at: now,
        dueDate: failed.due_date,
        cancelled: cancelled.changes,
      };
      await tx.query(
        'UPDATE subscriptions SET active = FALSE, updated_at = $2, delivery_notice = $3 WHERE id = $1',
        [failed.subscription_id, now, encodeJson(notice)],
      );
      return true;
    });
  }

  async takeDeliveryNotice(platform: Platform, userId: string): Promise<DeliveryNotice | undefined> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string; delivery_notice: string | null }>(
        `SELECT id, delivery_notice FROM subscriptions WHERE platform = $1 AND user_id = $2${this.forUpdate}`,
        [platform, userId],
      );
      const row = rows[0];
      if (!row?.delivery_notice) return undefined;
      await tx.query('UPDATE subscriptions SET delivery_notice = NULL WHERE id = $1', [row.id]);
      return toDeliveryNotice(row.delivery_notice);
    });
  }

  async release(id: string, workerId: string, nextAttemptAt: Date, now: Date): Promise<boolean> {
    const key = rowId(id);
    if (key === undefined) return false;
    const { changes } = await this.db.query(
      `UPDATE deliveries SET next_attempt_at = $3, lease_owner = NULL, lease_until = NULL, updated_at = $4
       WHERE id = $1 AND lease_owner = $2 AND status = 'pending'`,
      [key, workerId, nextAttemptAt, now],
    );
    return changes === 1;
  }

  async markPaid(subscriptionId: string, dueDate: string, now: Date): Promise<MarkPaidResult> {
    return this.db.transaction(async (tx) => {
      const paid = await tx.query(
        `INSERT INTO paid_deadlines (subscription_id, due_date, paid_at) VALUES ($1, $2, $3)
         ON CONFLICT (subscription_id, due_date) DO NOTHING`,
        [subscriptionId, dueDate, now],
      );
      const cancelled = await tx.query(
        `UPDATE deliveries SET status = 'cancelled', updated_at = $3
         WHERE subscription_id = $1 AND due_date = $2 AND status = 'pending'`,
        [subscriptionId, dueDate, now],
      );
      return { newlyPaid: paid.changes === 1, cancelled: cancelled.changes };
    });
  }

  async getDelivery(id: string): Promise<Delivery | undefined> {
    const key = rowId(id);
    if (key === undefined) return undefined;
    const { rows } = await this.db.query<DeliveryRow>(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = $1`,
      [key],
    );
    return rows[0] && toDelivery(rows[0]);
  }

  async listUpcoming(platform: Platform, userId: string, limit: number): Promise<Delivery[]> {
    const { rows } = await this.db.query<DeliveryRow>(
      `SELECT ${JOINED_DELIVERY_COLUMNS} FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
       WHERE s.platform = $1 AND s.user_id = $2 AND d.status = 'pending'
       ORDER BY d.next_attempt_at, d.id LIMIT $3`,
      [platform, userId, limit],
    );
    return rows.map(toDelivery);
  }

  async listRecent(platform: Platform, userId: string, limit: number): Promise<Delivery[]> {
    const { rows } = await this.db.query<DeliveryRow>(
      `SELECT ${JOINED_DELIVERY_COLUMNS} FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
       WHERE s.platform = $1 AND s.user_id = $2 AND d.status IN ('sent', 'failed', 'undeliverable', 'dropped')
       ORDER BY COALESCE(d.sent_at, d.updated_at) DESC, d.id DESC LIMIT $3`,
      [platform, userId, limit],
    );
    return rows.map(toDelivery);
  }

  // ---- events ----

  async rememberEvent(key: string, ttlMs: number, now: Date): Promise<boolean> {
    if (++this.eventCalls % PURGE_EVERY === 0) {
      await this.db.query('DELETE FROM seen_events WHERE expires_at <= $1', [now]);
    }
    // A key seen before but expired counts as new: the upsert only updates an expired row, and
    // RETURNING yields a row exactly when something was written.
    const { rows } = await this.db.query(
      `INSERT INTO seen_events (key, expires_at) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_events.expires_at <= $3
       RETURNING key`,
      [key, new Date(now.getTime() + ttlMs), now],
    );
    return rows.length === 1;
  }

  async enqueueEvent(
    event: Omit<InboxEvent, 'attempts'>,
    workerId: string,
    leaseMs: number,
  ): Promise<boolean> {
    const { changes } = await this.db.query(
      `INSERT INTO inbox (key, platform, payload, received_at, lease_owner, lease_until)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING`,
      [
        event.key,
        event.platform,
        encodeJson(event.payload),
        event.receivedAt,
        workerId,
        new Date(event.receivedAt.getTime() + leaseMs),
      ],
    );
    return changes === 1;
  }

  async renewEvents(workerId: string, keys: readonly string[], now: Date, leaseMs: number): Promise<number> {
    if (keys.length === 0) return 0;
    const { changes } = await this.db.query(
      `UPDATE inbox SET lease_until = $3
       WHERE ${this.inList('key', '$1', 'text')} AND lease_owner = $2 AND status = 'pending'`,
      [keys, workerId, new Date(now.getTime() + leaseMs)],
    );
    return changes;
  }

  async releaseEvents(
    workerId: string,
    keys: readonly string[],
    started: boolean,
    retryAt?: Date,
  ): Promise<number> {
    if (keys.length === 0) return 0;
    // An event given back before it was started was not attempted: the next claim counts it again.
    const { changes } = await this.db.query(
      `UPDATE inbox SET lease_owner = NULL, lease_until = $4,
         attempts = attempts - $3
       WHERE ${this.inList('key', '$1', 'text')} AND lease_owner = $2 AND status = 'pending'`,
      [keys, workerId, started ? 0 : 1, retryAt ?? null],
    );
    return changes;
  }

  async completeEvent(key: string): Promise<void> {
    await this.db.query(
      `UPDATE inbox SET status = 'done', payload = NULL, lease_owner = NULL, lease_until = NULL
       WHERE key = $1 AND status = 'pending'`,
      [key],
    );
  }

  async dropStaleEvents(before: Date): Promise<number> {
    const { changes } = await this.db.query(
      `UPDATE inbox SET status = 'dropped', payload = NULL, lease_owner = NULL, lease_until = NULL
       WHERE status = 'pending' AND received_at < $1`,
      [before],
    );
    return changes;
  }

  // ---- conversations and unanswered turns ----

  async loadConversation(key: ConversationKey, now: Date): Promise<unknown | undefined> {
    const { rows } = await this.db.query<{ state: string }>(
      `SELECT state FROM conversations
       WHERE platform = $1 AND user_id = $2 AND channel_id = $3 AND expires_at > $4`,
      [key.platform, key.userId, key.channelId, now],
    );
    return rows[0] && JSON.parse(rows[0].state);
  }

  async saveConversation(key: ConversationKey, state: unknown, expiresAt: Date, now: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO conversations (platform, user_id, channel_id, state, expires_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (platform, user_id, channel_id) DO UPDATE SET
         state = excluded.state, expires_at = excluded.expires_at, updated_at = excluded.updated_at`,
      [key.platform, key.userId, key.channelId, encodeJson(state), expiresAt, now],
    );
  }

  async deleteConversation(key: ConversationKey): Promise<void> {
    await this.db.query(
      'DELETE FROM conversations WHERE platform = $1 AND user_id = $2 AND channel_id = $3',
      [key.platform, key.userId, key.channelId],
    );
  }

  async recordUnanswered(record: UnansweredRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO unanswered (${UNANSWERED_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      unansweredValues(record),
    );
  }

  async purgeUnanswered(before: Date): Promise<number> {
    return (await this.db.query('DELETE FROM unanswered WHERE at < $1', [before])).changes;
  }

  // ---- the whole store ----

  async forgetUser(platform: Platform, userId: string, userHash: string): Promise<ForgetResult> {
    return this.db.transaction(async (tx) => {
      const count = async (text: string, params: unknown[]) => (await tx.query(text, params)).changes;
      const { rows } = await tx.query<{ id: string }>(
        `SELECT id FROM subscriptions WHERE platform = $1 AND user_id = $2${this.forUpdate}`,
        [platform, userId],
      );
      const id = rows[0]?.id;
      const result: ForgetResult = { subscriptions: 0, deliveries: 0, conversations: 0, unanswered: 0 };
      if (id !== undefined) {
        result.deliveries = await count('DELETE FROM deliveries WHERE subscription_id = $1', [id]);
        await count('DELETE FROM paid_deadlines WHERE subscription_id = $1', [id]);
        result.subscriptions = await count('DELETE FROM subscriptions WHERE id = $1', [id]);
      }
      result.conversations = await count('DELETE FROM conversations WHERE platform = $1 AND user_id = $2', [
        platform,
        userId,
      ]);
      result.unanswered = await count('DELETE FROM unanswered WHERE user_hash = $1', [userHash]);
      return result;
    });
  }

  async purgeExpired(now: Date, inboxBefore: Date): Promise<PurgeResult> {
    const count = async (text: string, at: Date) => (await this.db.query(text, [at])).changes;
    return {
      conversations: await count('DELETE FROM conversations WHERE expires_at <= $1', now),
      seenEvents: await count('DELETE FROM seen_events WHERE expires_at <= $1', now),
      inboxEvents: await count(
        `DELETE FROM inbox WHERE status <> 'pending' AND received_at < $1`,
        inboxBefore,
      ),
    };
  }

  async setting(name: string, initial: string): Promise<string> {
    // Insert-or-keep, then read: two instances starting together both read the first one's value.
    await this.db.query('INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      name,
      initial,
    ]);
    const { rows } = await this.db.query<{ value: string }>('SELECT value FROM settings WHERE name = $1', [
      name,
    ]);
    return (rows[0] as { value: string }).value;
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
