// The PostgreSQL store (pg): for several bot processes sharing one database. Deliveries are
// leased with `FOR UPDATE SKIP LOCKED`, so concurrent workers each take different rows without
// waiting on one another, and a lease that expires (its worker died) makes the row claimable
// again. Migrations take a transaction-scoped advisory lock, so processes that start together
// apply each migration once.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MethodId } from '../domain/methods.js';
import { ReminderError } from '../reminders/errors.js';
import type { PlannedDelivery } from '../reminders/plan.js';
import { changesPlanning, type Subscription, type SubscriptionSettings } from '../reminders/subscription.js';
import type { Lang, Platform } from '../types.js';
import {
  DELIVERY_COLUMNS,
  JOINED_DELIVERY_COLUMNS,
  JOINED_SUBSCRIPTION_COLUMNS,
  PURGE_EVERY,
  SUBSCRIPTION_COLUMNS,
} from './columns.js';
import { pendingMigrations } from './migrations.js';
import type {
  ClaimedDelivery,
  ClaimRequest,
  ConversationKey,
  Delivery,
  DeliveryOrigin,
  DeliveryStatus,
  FailureUpdate,
  ForgetResult,
  InboxEvent,
  MarkPaidResult,
  OpenStoreOptions,
  PurgeResult,
  Store,
  UnansweredGroup,
  UnansweredRecord,
} from './port.js';
import {
  byReceipt,
  encodeJson,
  INBOX_COLUMNS,
  type InboxRow,
  toInboxEvent,
  toUnansweredGroup,
  UNANSWERED_COLUMNS,
  type UnansweredGroupRow,
  unansweredValues,
} from './rows.js';

interface SubscriptionRow {
  id: string;
  platform: string;
  user_id: string;
  destination: string;
  method: string;
  lead_days: number[];
  send_hour: number;
  quiet_start: number | null;
  quiet_end: number | null;
  lang: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

interface DeliveryRow {
  id: string;
  subscription_id: string;
  due_date: string;
  lead_days: number;
  origin: string;
  send_at: Date;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  lease_owner: string | null;
  lease_until: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  late: boolean;
  updated_at: Date;
}

/** Rows per INSERT … SELECT FROM unnest(…): large enough to amortise a round trip. */
const INSERT_CHUNK = 5000;

function toSubscription(row: SubscriptionRow): Subscription {
  const sub: Subscription = {
    id: row.id,
    platform: row.platform as Platform,
    userId: row.user_id,
    destination: row.destination,
    method: row.method as MethodId,
    leadDays: row.lead_days,
    sendHour: row.send_hour,
    lang: row.lang as Lang,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.quiet_start !== null && row.quiet_end !== null)
    sub.quietHours = { start: row.quiet_start, end: row.quiet_end };
  return sub;
}

function toDelivery(row: DeliveryRow): Delivery {
  const delivery: Delivery = {
    id: String(row.id),
    subscriptionId: row.subscription_id,
    dueDate: row.due_date,
    leadDays: row.lead_days,
    origin: row.origin as DeliveryOrigin,
    sendAt: row.send_at,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    late: row.late,
    updatedAt: row.updated_at,
  };
  if (row.last_error !== null) delivery.lastError = row.last_error;
  if (row.sent_at !== null) delivery.sentAt = row.sent_at;
  if (row.lease_owner !== null) delivery.leaseOwner = row.lease_owner;
  if (row.lease_until !== null) delivery.leaseUntil = row.lease_until;
  return delivery;
}

function toClaimed(row: Record<string, unknown>): ClaimedDelivery {
  const sub: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (key.startsWith('s_')) sub[key.slice(2)] = value;
  return {
    delivery: toDelivery(row as unknown as DeliveryRow),
    subscription: toSubscription(sub as unknown as SubscriptionRow),
  };
}

/** A decimal id from the port, or null for anything else (matches no row, never a cast error). */
function rowId(id: string): string | null {
  return /^\d{1,19}$/.test(id) ? id : null;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgresStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const schema = options.pgSchema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new ReminderError(`invalid PostgreSQL schema name "${schema}"`, 'DATABASE_URL_INVALID');
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.pgPoolSize ?? 5,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection (a database restart) emits 'error' on the pool; without
  // a listener that would crash the process. The next query reports the problem to its caller.
  pool.on('error', () => {});
  try {
    await migrate(pool, schema);
  } catch (error) {
    await pool.end().catch(() => {});
    throw new ReminderError(`PostgreSQL store could not start: ${(error as Error).message}`, 'STORE_FAILED', {
      cause: error,
    });
  }
  return new PostgresStore(pool);
}

async function migrate(pool: pg.Pool, schema: string | undefined): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // One lock per schema: processes starting together wait here, and the second one then sees
    // every migration applied. The lock ends with the transaction, even if the process dies.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `atone-bot:migrations:${schema ?? 'default'}`,
    ]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    for (const migration of pendingMigrations(new Set(rows.map((r) => r.version)))) {
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    await client.query('COMMIT');
    client.release();
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    client.release(true);
    throw error;
  }
}

class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private eventCalls = 0;
  private closed = false;

  constructor(private readonly pool: pg.Pool) {}

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      // A client whose transaction failed oddly is not trusted back into the pool.
      client.release(true);
      throw error;
    }
  }

  async upsertSubscription(settings: SubscriptionSettings, now: Date): Promise<Subscription> {
    const values = [
      settings.destination,
      settings.method,
      settings.leadDays,
      settings.sendHour,
      settings.quietHours?.start ?? null,
      settings.quietHours?.end ?? null,
      settings.lang,
      now,
    ];
    return this.transaction(async (client) => {
      // Insert first: two concurrent first subscriptions of one user then meet on the unique
      // key instead of both inserting.
      const inserted = await client.query<SubscriptionRow>(
        `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS})
         VALUES ($9, $10, $11, $1, $2, $3, $4, $5, $6, $7, TRUE, $8, $8)
         ON CONFLICT (platform, user_id) DO NOTHING
         RETURNING ${SUBSCRIPTION_COLUMNS}`,
        [...values, randomUUID(), settings.platform, settings.userId],
      );
      if (inserted.rows[0]) return toSubscription(inserted.rows[0]);
      const current = await client.query<SubscriptionRow>(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = $1 AND user_id = $2 FOR UPDATE`,
        [settings.platform, settings.userId],
      );
      const existing = toSubscription(current.rows[0] as SubscriptionRow);
      const updated = await client.query<SubscriptionRow>(
        `UPDATE subscriptions SET destination = $1, method = $2, lead_days = $3, send_hour = $4,
           quiet_start = $5, quiet_end = $6, lang = $7, active = TRUE, updated_at = $8
         WHERE id = $9 RETURNING ${SUBSCRIPTION_COLUMNS}`,
        [...values, existing.id],
      );
      if (!existing.active || changesPlanning(existing, settings)) {
        // Same rule as SQLite: old plans go, a row being sent right now stays.
        await client.query(
          `DELETE FROM deliveries WHERE subscription_id = $1 AND status IN ('pending', 'cancelled')
             AND (lease_until IS NULL OR lease_until <= $2)`,
          [existing.id, now],
        );
      }
      return toSubscription(updated.rows[0] as SubscriptionRow);
    });
  }

  async getSubscription(platform: Platform, userId: string): Promise<Subscription | undefined> {
    const { rows } = await this.pool.query<SubscriptionRow>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = $1 AND user_id = $2`,
      [platform, userId],
    );
    return rows[0] && toSubscription(rows[0]);
  }

  async getSubscriptionById(id: string): Promise<Subscription | undefined> {
    const { rows } = await this.pool.query<SubscriptionRow>(
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
    return this.transaction(async (client) => {
      const { rows } = await client.query<SubscriptionRow>(
        `UPDATE subscriptions SET active = FALSE, updated_at = $3 WHERE platform = $1 AND user_id = $2
         RETURNING ${SUBSCRIPTION_COLUMNS}`,
        [platform, userId, now],
      );
      if (!rows[0]) return undefined;
      await client.query(
        `UPDATE deliveries SET status = 'cancelled', lease_owner = NULL, lease_until = NULL, updated_at = $2
         WHERE subscription_id = $1 AND status = 'pending'`,
        [rows[0].id, now],
      );
      return toSubscription(rows[0]);
    });
  }

  async listActiveSubscriptions(afterId: string | undefined, limit: number): Promise<Subscription[]> {
    const { rows } = await this.pool.query<SubscriptionRow>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE active AND id > $1 ORDER BY id LIMIT $2`,
      [afterId ?? '', limit],
    );
    return rows.map(toSubscription);
  }

  async listPaidDeadlines(
    subscriptionIds: readonly string[],
    fromDue: string,
  ): Promise<Array<[string, string]>> {
    if (subscriptionIds.length === 0) return [];
    const { rows } = await this.pool.query<{ subscription_id: string; due_date: string }>(
      `SELECT subscription_id, due_date FROM paid_deadlines WHERE subscription_id = ANY($1::text[]) AND due_date >= $2`,
      [subscriptionIds, fromDue],
    );
    return rows.map((r) => [r.subscription_id, r.due_date]);
  }

  private async insertRows(
    queryable: pg.Pool | pg.PoolClient,
    planned: readonly PlannedDelivery[],
    origin: DeliveryOrigin,
    now: Date,
  ): Promise<number> {
    let inserted = 0;
    for (let start = 0; start < planned.length; start += INSERT_CHUNK) {
      const chunk = planned.slice(start, start + INSERT_CHUNK);
      const result = await queryable.query(
        `INSERT INTO deliveries (subscription_id, due_date, lead_days, origin, send_at, next_attempt_at, created_at, updated_at)
         SELECT t.sub, t.due, t.lead, $5, t.send_at, t.send_at, $6, $6
         FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[]) AS t (sub, due, lead, send_at)
         WHERE EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = t.sub AND s.active)
           AND NOT EXISTS (SELECT 1 FROM paid_deadlines p WHERE p.subscription_id = t.sub AND p.due_date = t.due)
         ON CONFLICT (subscription_id, due_date, lead_days) DO NOTHING`,
        [
          chunk.map((p) => p.subscriptionId),
          chunk.map((p) => p.dueDate),
          chunk.map((p) => p.leadDays),
          chunk.map((p) => p.sendAt.toISOString()),
          origin,
          now,
        ],
      );
      inserted += result.rowCount ?? 0;
    }
    return inserted;
  }

  async insertPlanned(planned: readonly PlannedDelivery[], now: Date): Promise<number> {
    return this.insertRows(this.pool, planned, 'plan', now);
  }

  async insertSnooze(planned: PlannedDelivery, now: Date): Promise<Delivery> {
    return this.transaction(async (client) => {
      await this.insertRows(client, [planned], 'snooze', now);
      const { rows } = await client.query<DeliveryRow>(
        `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE subscription_id = $1 AND due_date = $2 AND lead_days = $3`,
        [planned.subscriptionId, planned.dueDate, planned.leadDays],
      );
      if (!rows[0]) throw new Error('snooze refused: the subscription is inactive or the deadline paid');
      return toDelivery(rows[0]);
    });
  }

  async dropExpired(today: string, now: Date): Promise<number> {
    const result = await this.pool.query(
      `UPDATE deliveries SET status = 'dropped', updated_at = $2
       WHERE status = 'pending' AND due_date < $1 AND (lease_until IS NULL OR lease_until <= $2)`,
      [today, now],
    );
    return result.rowCount ?? 0;
  }

  async claimDue(request: ClaimRequest): Promise<ClaimedDelivery[]> {
    // One statement, so no explicit transaction: the CTE locks the picked rows (skipping rows
    // another worker is locking at this moment) and the UPDATE leases them before commit.
    const { rows } = await this.pool.query(
      `WITH picked AS (
         SELECT d.id FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= $2
           AND (d.lease_until IS NULL OR d.lease_until <= $2)
           AND s.active AND d.due_date >= $4
           AND NOT EXISTS (SELECT 1 FROM paid_deadlines p
                           WHERE p.subscription_id = d.subscription_id AND p.due_date = d.due_date)
         ORDER BY d.next_attempt_at, d.id
         LIMIT $5
         FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE deliveries d SET lease_owner = $1, lease_until = $3, updated_at = $2
       FROM picked, subscriptions s
       WHERE d.id = picked.id AND s.id = d.subscription_id
       RETURNING ${JOINED_DELIVERY_COLUMNS}, ${JOINED_SUBSCRIPTION_COLUMNS}`,
      [
        request.workerId,
        request.now,
        new Date(request.now.getTime() + request.leaseMs),
        request.today,
        request.limit,
      ],
    );
    return rows
      .map(toClaimed)
      .sort(
        (a, b) =>
          a.delivery.nextAttemptAt.getTime() - b.delivery.nextAttemptAt.getTime() ||
          Number(a.delivery.id) - Number(b.delivery.id),
      );
  }

  async markSent(id: string, sentAt: Date, late: boolean): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE deliveries SET status = 'sent', sent_at = $2, late = $3, lease_owner = NULL, lease_until = NULL, updated_at = $2
       WHERE id = $1 AND status <> 'sent'`,
      [rowId(id), sentAt, late],
    );
    return result.rowCount === 1;
  }

  async markFailed(id: string, workerId: string, failure: FailureUpdate, now: Date): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE deliveries SET status = $3, attempts = attempts + $4, last_error = $5,
         next_attempt_at = COALESCE($6, next_attempt_at), lease_owner = NULL, lease_until = NULL, updated_at = $7
       WHERE id = $1 AND lease_owner = $2 AND status = 'pending'`,
      [
        rowId(id),
        workerId,
        failure.nextAttemptAt === null ? 'failed' : 'pending',
        failure.countsAsAttempt ? 1 : 0,
        failure.error.slice(0, 1000),
        failure.nextAttemptAt,
        now,
      ],
    );
    return result.rowCount === 1;
  }

  async release(id: string, workerId: string, nextAttemptAt: Date, now: Date): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE deliveries SET next_attempt_at = $3, lease_owner = NULL, lease_until = NULL, updated_at = $4
       WHERE id = $1 AND lease_owner = $2 AND status = 'pending'`,
      [rowId(id), workerId, nextAttemptAt, now],
    );
    return result.rowCount === 1;
  }

  async markPaid(subscriptionId: string, dueDate: string, now: Date): Promise<MarkPaidResult> {
    return this.transaction(async (client) => {
      const paid = await client.query(
        `INSERT INTO paid_deadlines (subscription_id, due_date, paid_at) VALUES ($1, $2, $3)
         ON CONFLICT (subscription_id, due_date) DO NOTHING`,
        [subscriptionId, dueDate, now],
      );
      const cancelled = await client.query(
        `UPDATE deliveries SET status = 'cancelled', updated_at = $3
         WHERE subscription_id = $1 AND due_date = $2 AND status = 'pending'`,
        [subscriptionId, dueDate, now],
      );
      return { newlyPaid: paid.rowCount === 1, cancelled: cancelled.rowCount ?? 0 };
    });
  }

  async getDelivery(id: string): Promise<Delivery | undefined> {
    const { rows } = await this.pool.query<DeliveryRow>(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = $1`,
      [rowId(id)],
    );
    return rows[0] && toDelivery(rows[0]);
  }

  async listUpcoming(platform: Platform, userId: string, limit: number): Promise<Delivery[]> {
    const { rows } = await this.pool.query<DeliveryRow>(
      `SELECT ${JOINED_DELIVERY_COLUMNS} FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
       WHERE s.platform = $1 AND s.user_id = $2 AND d.status = 'pending'
       ORDER BY d.next_attempt_at, d.id LIMIT $3`,
      [platform, userId, limit],
    );
    return rows.map(toDelivery);
  }

  async listRecent(platform: Platform, userId: string, limit: number): Promise<Delivery[]> {
    const { rows } = await this.pool.query<DeliveryRow>(
      `SELECT ${JOINED_DELIVERY_COLUMNS} FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
       WHERE s.platform = $1 AND s.user_id = $2 AND d.status IN ('sent', 'failed', 'dropped')
       ORDER BY COALESCE(d.sent_at, d.updated_at) DESC, d.id DESC LIMIT $3`,
      [platform, userId, limit],
    );
    return rows.map(toDelivery);
  }

  async rememberEvent(key: string, ttlMs: number, now: Date): Promise<boolean> {
    if (++this.eventCalls % PURGE_EVERY === 0) {
      await this.pool.query('DELETE FROM seen_events WHERE expires_at <= $1', [now]);
    }
    const { rows } = await this.pool.query(
      `INSERT INTO seen_events (key, expires_at) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE seen_events.expires_at <= $3
       RETURNING key`,
      [key, new Date(now.getTime() + ttlMs), now],
    );
    return rows.length === 1;
  }

  async loadConversation(key: ConversationKey, now: Date): Promise<unknown | undefined> {
    const { rows } = await this.pool.query<{ state: string }>(
      `SELECT state FROM conversations
       WHERE platform = $1 AND user_id = $2 AND channel_id = $3 AND expires_at > $4`,
      [key.platform, key.userId, key.channelId, now],
    );
    return rows[0] && JSON.parse(rows[0].state);
  }

  async saveConversation(key: ConversationKey, state: unknown, expiresAt: Date, now: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO conversations (platform, user_id, channel_id, state, expires_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (platform, user_id, channel_id) DO UPDATE SET
         state = EXCLUDED.state, expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at`,
      [key.platform, key.userId, key.channelId, encodeJson(state), expiresAt, now],
    );
  }

  async deleteConversation(key: ConversationKey): Promise<void> {
    await this.pool.query(
      'DELETE FROM conversations WHERE platform = $1 AND user_id = $2 AND channel_id = $3',
      [key.platform, key.userId, key.channelId],
    );
  }

  async recordUnanswered(record: UnansweredRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO unanswered (${UNANSWERED_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [record.at, ...unansweredValues(record)],
    );
  }

  async topUnanswered(since: Date, limit: number): Promise<UnansweredGroup[]> {
    // COLLATE "C": ties are broken in code-point order, as SQLite does.
    const { rows } = await this.pool.query<UnansweredGroupRow>(
      `SELECT normalized, (array_agg(text ORDER BY at DESC, id DESC))[1] AS example, max(at) AS last_at,
         count(*) AS count, array_agg(DISTINCT kind) AS kinds, array_agg(DISTINCT intent) AS intents
       FROM unanswered WHERE at >= $1
       GROUP BY normalized
       ORDER BY count DESC, last_at DESC, normalized COLLATE "C"
       LIMIT $2`,
      [since, limit],
    );
    return rows.map(toUnansweredGroup);
  }

  async purgeUnanswered(before: Date): Promise<number> {
    return (await this.pool.query('DELETE FROM unanswered WHERE at < $1', [before])).rowCount ?? 0;
  }

  async enqueueEvent(
    event: Omit<InboxEvent, 'attempts'>,
    workerId: string,
    leaseMs: number,
  ): Promise<boolean> {
    const result = await this.pool.query(
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
    return result.rowCount === 1;
  }

  async claimEvents(workerId: string, now: Date, leaseMs: number, limit: number): Promise<InboxEvent[]> {
    const { rows } = await this.pool.query<InboxRow>(
      `WITH picked AS (
         SELECT key FROM inbox
         WHERE status = 'pending' AND (lease_until IS NULL OR lease_until <= $2)
         ORDER BY received_at, key COLLATE "C"
         LIMIT $4
         FOR UPDATE SKIP LOCKED
       )
       UPDATE inbox i SET lease_owner = $1, lease_until = $3, attempts = i.attempts + 1
       FROM picked WHERE i.key = picked.key
       RETURNING ${INBOX_COLUMNS.split(', ')
         .map((c) => `i.${c}`)
         .join(', ')}`,
      [workerId, now, new Date(now.getTime() + leaseMs), limit],
    );
    return rows.map(toInboxEvent).sort(byReceipt);
  }

  async completeEvent(key: string): Promise<void> {
    await this.pool.query(
      `UPDATE inbox SET status = 'done', payload = NULL, lease_owner = NULL, lease_until = NULL
       WHERE key = $1 AND status = 'pending'`,
      [key],
    );
  }

  async dropStaleEvents(before: Date): Promise<number> {
    const result = await this.pool.query(
      `UPDATE inbox SET status = 'dropped', payload = NULL, lease_owner = NULL, lease_until = NULL
       WHERE status = 'pending' AND received_at < $1`,
      [before],
    );
    return result.rowCount ?? 0;
  }

  async forgetUser(platform: Platform, userId: string, userHash: string): Promise<ForgetResult> {
    return this.transaction(async (client) => {
      const result: ForgetResult = { subscriptions: 0, deliveries: 0, conversations: 0, unanswered: 0 };
      const { rows } = await client.query<{ id: string }>(
        'SELECT id FROM subscriptions WHERE platform = $1 AND user_id = $2 FOR UPDATE',
        [platform, userId],
      );
      const id = rows[0]?.id;
      if (id !== undefined) {
        result.deliveries =
          (await client.query('DELETE FROM deliveries WHERE subscription_id = $1', [id])).rowCount ?? 0;
        await client.query('DELETE FROM paid_deadlines WHERE subscription_id = $1', [id]);
        result.subscriptions =
          (await client.query('DELETE FROM subscriptions WHERE id = $1', [id])).rowCount ?? 0;
      }
      result.conversations =
        (
          await client.query('DELETE FROM conversations WHERE platform = $1 AND user_id = $2', [
            platform,
            userId,
          ])
        ).rowCount ?? 0;
      result.unanswered =
        (await client.query('DELETE FROM unanswered WHERE user_hash = $1', [userHash])).rowCount ?? 0;
      return result;
    });
  }

  async purgeExpired(now: Date, inboxBefore: Date): Promise<PurgeResult> {
    const count = async (sql: string, value: Date) => (await this.pool.query(sql, [value])).rowCount ?? 0;
    return {
      conversations: await count('DELETE FROM conversations WHERE expires_at <= $1', now),
      seenEvents: await count('DELETE FROM seen_events WHERE expires_at <= $1', now),
      inboxEvents: await count(
        `DELETE FROM inbox WHERE status <> 'pending' AND received_at < $1`,
        inboxBefore,
      ),
    };
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    // pg throws when a pool is ended twice; closing is idempotent here.
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
