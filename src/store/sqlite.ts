// The SQLite store (better-sqlite3): the default, for one bot process, or a few on one machine.
// better-sqlite3 is synchronous; the port is async so that PostgreSQL fits the same interface.
// Claims run in an IMMEDIATE transaction, which takes SQLite's write lock at BEGIN, so two
// processes on one file can never lease the same delivery.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { MethodId } from '../domain/methods.js';
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
  lead_days: string;
  send_hour: number;
  quiet_start: number | null;
  quiet_end: number | null;
  lang: string;
  active: number;
  created_at: number;
  updated_at: number;
}

interface DeliveryRow {
  id: number;
  subscription_id: string;
  due_date: string;
  lead_days: number;
  origin: string;
  send_at: number;
  status: string;
  attempts: number;
  next_attempt_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  last_error: string | null;
  sent_at: number | null;
  late: number;
  updated_at: number;
}

function toSubscription(row: SubscriptionRow): Subscription {
  const sub: Subscription = {
    id: row.id,
    platform: row.platform as Platform,
    userId: row.user_id,
    destination: row.destination,
    method: row.method as MethodId,
    leadDays: JSON.parse(row.lead_days) as number[],
    sendHour: row.send_hour,
    lang: row.lang as Lang,
    active: row.active === 1,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
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
    sendAt: new Date(row.send_at),
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: new Date(row.next_attempt_at),
    late: row.late === 1,
    updatedAt: new Date(row.updated_at),
  };
  if (row.last_error !== null) delivery.lastError = row.last_error;
  if (row.sent_at !== null) delivery.sentAt = new Date(row.sent_at);
  if (row.lease_owner !== null) delivery.leaseOwner = row.lease_owner;
  if (row.lease_until !== null) delivery.leaseUntil = new Date(row.lease_until);
  return delivery;
}

/** Splits a joined row (delivery columns + `s_` subscription columns) in two. */
function toClaimed(row: Record<string, unknown>): ClaimedDelivery {
  const sub: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (key.startsWith('s_')) sub[key.slice(2)] = value;
  return {
    delivery: toDelivery(row as unknown as DeliveryRow),
    subscription: toSubscription(sub as unknown as SubscriptionRow),
  };
}

/** A decimal id from the port, or NaN for anything else (so that it matches no row). */
function rowId(id: string): number {
  return /^\d{1,15}$/.test(id) ? Number(id) : Number.NaN;
}

export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL lets readers run beside the one writer; NORMAL sync is crash-safe for the process (an
  // OS crash can lose the last commits: a lost "sent" mark means a re-send, a lost plan is
  // re-planned, so no reminder is lost either way). busy_timeout makes a second process wait
  // for the write lock instead of failing.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return new SqliteStore(db);
}

function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
    const applied = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
        (r) => r.version,
      ),
    );
    for (const migration of pendingMigrations(applied)) {
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        Date.now(),
      );
    }
  }).immediate();
}

class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private eventCalls = 0;
  private readonly statements;
  private readonly prepared = new Map<string, Database.Statement>();

  /** A prepared statement, compiled once per SQL text. */
  private sql(text: string): Database.Statement {
    let statement = this.prepared.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.prepared.set(text, statement);
    }
    return statement;
  }

  constructor(private readonly db: Database.Database) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      subscriptionByUser: prepare(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = ? AND user_id = ?`,
      ),
      subscriptionById: prepare(`SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE id = ?`),
      insertPlanned: prepare(`
        INSERT INTO deliveries (subscription_id, due_date, lead_days, origin, send_at, next_attempt_at, created_at, updated_at)
        SELECT @sub, @due, @lead, @origin, @sendAt, @sendAt, @now, @now
        WHERE EXISTS (SELECT 1 FROM subscriptions WHERE id = @sub AND active = 1)
          AND NOT EXISTS (SELECT 1 FROM paid_deadlines WHERE subscription_id = @sub AND due_date = @due)
        ON CONFLICT (subscription_id, due_date, lead_days) DO NOTHING`),
      deliveryByKey: prepare(
        `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE subscription_id = ? AND due_date = ? AND lead_days = ?`,
      ),
      deliveryById: prepare(`SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = ?`),
    };
  }

  async upsertSubscription(settings: SubscriptionSettings, now: Date): Promise<Subscription> {
    const nowMs = now.getTime();
    const run = this.db.transaction((): Subscription => {
      const existingRow = this.statements.subscriptionByUser.get(settings.platform, settings.userId) as
        | SubscriptionRow
        | undefined;
      const values = {
        destination: settings.destination,
        method: settings.method,
        leadDays: JSON.stringify(settings.leadDays),
        sendHour: settings.sendHour,
        quietStart: settings.quietHours?.start ?? null,
        quietEnd: settings.quietHours?.end ?? null,
        lang: settings.lang,
        now: nowMs,
      };
      if (!existingRow) {
        const id = randomUUID();
        this.sql(
          `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS}) VALUES
             (@id, @platform, @userId, @destination, @method, @leadDays, @sendHour, @quietStart, @quietEnd, @lang, 1, @now, @now)`,
        ).run({ ...values, id, platform: settings.platform, userId: settings.userId });
        return toSubscription(this.statements.subscriptionById.get(id) as SubscriptionRow);
      }
      const existing = toSubscription(existingRow);
      this.sql(
        `UPDATE subscriptions SET destination = @destination, method = @method, lead_days = @leadDays,
             send_hour = @sendHour, quiet_start = @quietStart, quiet_end = @quietEnd, lang = @lang,
             active = 1, updated_at = @now
           WHERE id = @id`,
      ).run({ ...values, id: existing.id });
      if (!existing.active || changesPlanning(existing, settings)) {
        // Reminders planned for the old settings go; planning recreates them for the new ones.
        // A leased row is being sent right now: it stays, and its key keeps it from doubling.
        this.sql(
          `DELETE FROM deliveries WHERE subscription_id = ? AND status IN ('pending', 'cancelled')
               AND (lease_until IS NULL OR lease_until <= ?)`,
        ).run(existing.id, nowMs);
      }
      return toSubscription(this.statements.subscriptionById.get(existing.id) as SubscriptionRow);
    });
    return run.immediate();
  }

  async getSubscription(platform: Platform, userId: string): Promise<Subscription | undefined> {
    const row = this.statements.subscriptionByUser.get(platform, userId) as SubscriptionRow | undefined;
    return row && toSubscription(row);
  }

  async getSubscriptionById(id: string): Promise<Subscription | undefined> {
    const row = this.statements.subscriptionById.get(id) as SubscriptionRow | undefined;
    return row && toSubscription(row);
  }

  async deactivateSubscription(
    platform: Platform,
    userId: string,
    now: Date,
  ): Promise<Subscription | undefined> {
    const run = this.db.transaction((): Subscription | undefined => {
      const row = this.statements.subscriptionByUser.get(platform, userId) as SubscriptionRow | undefined;
      if (!row) return undefined;
      this.sql('UPDATE subscriptions SET active = 0, updated_at = ? WHERE id = ?').run(now.getTime(), row.id);
      this.sql(
        `UPDATE deliveries SET status = 'cancelled', lease_owner = NULL, lease_until = NULL, updated_at = ?
           WHERE subscription_id = ? AND status = 'pending'`,
      ).run(now.getTime(), row.id);
      return toSubscription(this.statements.subscriptionById.get(row.id) as SubscriptionRow);
    });
    return run.immediate();
  }

  async listActiveSubscriptions(afterId: string | undefined, limit: number): Promise<Subscription[]> {
    const rows = this.sql(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE active = 1 AND id > ? ORDER BY id LIMIT ?`,
    ).all(afterId ?? '', limit) as SubscriptionRow[];
    return rows.map(toSubscription);
  }

  async listPaidDeadlines(
    subscriptionIds: readonly string[],
    fromDue: string,
  ): Promise<Array<[string, string]>> {
    if (subscriptionIds.length === 0) return [];
    const rows = this.sql(
      `SELECT subscription_id, due_date FROM paid_deadlines
         WHERE subscription_id IN (SELECT value FROM json_each(?)) AND due_date >= ?`,
    ).all(JSON.stringify(subscriptionIds), fromDue) as Array<{ subscription_id: string; due_date: string }>;
    return rows.map((r) => [r.subscription_id, r.due_date]);
  }

  async insertPlanned(planned: readonly PlannedDelivery[], now: Date): Promise<number> {
    const insert = this.statements.insertPlanned;
    const nowMs = now.getTime();
    const run = this.db.transaction((): number => {
      let inserted = 0;
      for (const p of planned) {
        inserted += insert.run({
          sub: p.subscriptionId,
          due: p.dueDate,
          lead: p.leadDays,
          origin: 'plan',
          sendAt: p.sendAt.getTime(),
          now: nowMs,
        }).changes;
      }
      return inserted;
    });
    return run.immediate();
  }

  async insertSnooze(planned: PlannedDelivery, now: Date): Promise<Delivery> {
    const run = this.db.transaction((): Delivery => {
      this.statements.insertPlanned.run({
        sub: planned.subscriptionId,
        due: planned.dueDate,
        lead: planned.leadDays,
        origin: 'snooze',
        sendAt: planned.sendAt.getTime(),
        now: now.getTime(),
      });
      const row = this.statements.deliveryByKey.get(
        planned.subscriptionId,
        planned.dueDate,
        planned.leadDays,
      ) as DeliveryRow | undefined;
      if (!row) throw new Error('snooze refused: the subscription is inactive or the deadline paid');
      return toDelivery(row);
    });
    return run.immediate();
  }

  async dropExpired(today: string, now: Date): Promise<number> {
    const nowMs = now.getTime();
    return this.sql(
      `UPDATE deliveries SET status = 'dropped', updated_at = ?
         WHERE status = 'pending' AND due_date < ? AND (lease_until IS NULL OR lease_until <= ?)`,
    ).run(nowMs, today, nowMs).changes;
  }

  async claimDue(request: ClaimRequest): Promise<ClaimedDelivery[]> {
    const nowMs = request.now.getTime();
    const run = this.db.transaction((): ClaimedDelivery[] => {
      const ids = this.sql(
        `UPDATE deliveries SET lease_owner = ?, lease_until = ?, updated_at = ?
           WHERE id IN (
             SELECT d.id FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
             WHERE d.status = 'pending' AND d.next_attempt_at <= ?
               AND (d.lease_until IS NULL OR d.lease_until <= ?)
               AND s.active = 1 AND d.due_date >= ?
               AND NOT EXISTS (SELECT 1 FROM paid_deadlines p
                               WHERE p.subscription_id = d.subscription_id AND p.due_date = d.due_date)
             ORDER BY d.next_attempt_at, d.id
             LIMIT ?)
           RETURNING id`,
      ).all(
        request.workerId,
        nowMs + request.leaseMs,
        nowMs,
        nowMs,
        nowMs,
        request.today,
        request.limit,
      ) as Array<{
        id: number;
      }>;
      if (ids.length === 0) return [];
      const rows = this.sql(
        `SELECT ${JOINED_DELIVERY_COLUMNS}, ${JOINED_SUBSCRIPTION_COLUMNS}
           FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
           WHERE d.id IN (SELECT value FROM json_each(?))
           ORDER BY d.next_attempt_at, d.id`,
      ).all(JSON.stringify(ids.map((r) => r.id))) as Array<Record<string, unknown>>;
      return rows.map(toClaimed);
    });
    return run.immediate();
  }

  async markSent(id: string, sentAt: Date, late: boolean): Promise<boolean> {
    const ms = sentAt.getTime();
    return (
      this.sql(
        `UPDATE deliveries SET status = 'sent', sent_at = ?, late = ?, lease_owner = NULL, lease_until = NULL, updated_at = ?
           WHERE id = ? AND status <> 'sent'`,
      ).run(ms, late ? 1 : 0, ms, rowId(id)).changes === 1
    );
  }

  async markFailed(id: string, workerId: string, failure: FailureUpdate, now: Date): Promise<boolean> {
    const giveUp = failure.nextAttemptAt === null;
    return (
      this.sql(
        `UPDATE deliveries SET status = ?, attempts = attempts + ?, last_error = ?,
             next_attempt_at = COALESCE(?, next_attempt_at), lease_owner = NULL, lease_until = NULL, updated_at = ?
           WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
      ).run(
        giveUp ? 'failed' : 'pending',
        failure.countsAsAttempt ? 1 : 0,
        failure.error.slice(0, 1000),
        failure.nextAttemptAt?.getTime() ?? null,
        now.getTime(),
        rowId(id),
        workerId,
      ).changes === 1
    );
  }

  async release(id: string, workerId: string, nextAttemptAt: Date, now: Date): Promise<boolean> {
    return (
      this.sql(
        `UPDATE deliveries SET next_attempt_at = ?, lease_owner = NULL, lease_until = NULL, updated_at = ?
           WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
      ).run(nextAttemptAt.getTime(), now.getTime(), rowId(id), workerId).changes === 1
    );
  }

  async markPaid(subscriptionId: string, dueDate: string, now: Date): Promise<MarkPaidResult> {
    const nowMs = now.getTime();
    const run = this.db.transaction((): MarkPaidResult => {
      const newlyPaid =
        this.sql(
          `INSERT INTO paid_deadlines (subscription_id, due_date, paid_at) VALUES (?, ?, ?)
             ON CONFLICT (subscription_id, due_date) DO NOTHING`,
        ).run(subscriptionId, dueDate, nowMs).changes === 1;
      const cancelled = this.sql(
        `UPDATE deliveries SET status = 'cancelled', updated_at = ?
           WHERE subscription_id = ? AND due_date = ? AND status = 'pending'`,
      ).run(nowMs, subscriptionId, dueDate).changes;
      return { newlyPaid, cancelled };
    });
    return run.immediate();
  }

  async getDelivery(id: string): Promise<Delivery | undefined> {
    const row = this.statements.deliveryById.get(rowId(id)) as DeliveryRow | undefined;
    return row && toDelivery(row);
  }

  async listUpcoming(platform: Platform, userId: string, limit: number): Promise<Delivery[]> {
    const rows = this.sql(
      `SELECT ${JOINED_DELIVERY_COLUMNS} FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
         WHERE s.platform = ? AND s.user_id = ? AND d.status = 'pending'
         ORDER BY d.next_attempt_at, d.id LIMIT ?`,
    ).all(platform, userId, limit) as DeliveryRow[];
    return rows.map(toDelivery);
  }

  async listRecent(platform: Platform, userId: string, limit: number): Promise<Delivery[]> {
    const rows = this.sql(
      `SELECT ${JOINED_DELIVERY_COLUMNS} FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
         WHERE s.platform = ? AND s.user_id = ? AND d.status IN ('sent', 'failed', 'dropped')
         ORDER BY COALESCE(d.sent_at, d.updated_at) DESC, d.id DESC LIMIT ?`,
    ).all(platform, userId, limit) as DeliveryRow[];
    return rows.map(toDelivery);
  }

  async rememberEvent(key: string, ttlMs: number, now: Date): Promise<boolean> {
    const nowMs = now.getTime();
    if (++this.eventCalls % PURGE_EVERY === 0) {
      this.sql('DELETE FROM seen_events WHERE expires_at <= ?').run(nowMs);
    }
    // A key seen before but expired counts as new: the upsert only updates an expired row, and
    // RETURNING yields a row exactly when something was written.
    const row = this.sql(
      `INSERT INTO seen_events (key, expires_at) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_events.expires_at <= ?
         RETURNING key`,
    ).get(key, nowMs + ttlMs, nowMs);
    return row !== undefined;
  }

  async loadConversation(key: ConversationKey, now: Date): Promise<unknown | undefined> {
    const row = this.sql(
      `SELECT state FROM conversations
         WHERE platform = ? AND user_id = ? AND channel_id = ? AND expires_at > ?`,
    ).get(key.platform, key.userId, key.channelId, now.getTime()) as { state: string } | undefined;
    return row && JSON.parse(row.state);
  }

  async saveConversation(key: ConversationKey, state: unknown, expiresAt: Date, now: Date): Promise<void> {
    this.sql(
      `INSERT INTO conversations (platform, user_id, channel_id, state, expires_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (platform, user_id, channel_id) DO UPDATE SET
           state = excluded.state, expires_at = excluded.expires_at, updated_at = excluded.updated_at`,
    ).run(key.platform, key.userId, key.channelId, encodeJson(state), expiresAt.getTime(), now.getTime());
  }

  async deleteConversation(key: ConversationKey): Promise<void> {
    this.sql('DELETE FROM conversations WHERE platform = ? AND user_id = ? AND channel_id = ?').run(
      key.platform,
      key.userId,
      key.channelId,
    );
  }

  async recordUnanswered(record: UnansweredRecord): Promise<void> {
    this.sql(`INSERT INTO unanswered (${UNANSWERED_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      record.at.getTime(),
      ...unansweredValues(record),
    );
  }

  async topUnanswered(since: Date, limit: number): Promise<UnansweredGroup[]> {
    // With exactly one max() in the query, SQLite takes the bare column `text` from the row that
    // has it: the latest wording.
    const rows = this.sql(
      `SELECT normalized, text AS example, max(at) AS last_at, count(*) AS count,
           json_group_array(DISTINCT kind) AS kinds, json_group_array(DISTINCT intent) AS intents
         FROM unanswered WHERE at >= ?
         GROUP BY normalized
         ORDER BY count DESC, last_at DESC, normalized
         LIMIT ?`,
    ).all(since.getTime(), limit) as UnansweredGroupRow[];
    return rows.map(toUnansweredGroup);
  }

  async purgeUnanswered(before: Date): Promise<number> {
    return this.sql('DELETE FROM unanswered WHERE at < ?').run(before.getTime()).changes;
  }

  async enqueueEvent(
    event: Omit<InboxEvent, 'attempts'>,
    workerId: string,
    leaseMs: number,
  ): Promise<boolean> {
    const receivedMs = event.receivedAt.getTime();
    return (
      this.sql(
        `INSERT INTO inbox (key, platform, payload, received_at, lease_owner, lease_until)
           VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
      ).run(event.key, event.platform, encodeJson(event.payload), receivedMs, workerId, receivedMs + leaseMs)
        .changes === 1
    );
  }

  async claimEvents(workerId: string, now: Date, leaseMs: number, limit: number): Promise<InboxEvent[]> {
    const nowMs = now.getTime();
    const rows = this.sql(
      `UPDATE inbox SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
         WHERE key IN (
           SELECT key FROM inbox
           WHERE status = 'pending' AND (lease_until IS NULL OR lease_until <= ?)
           ORDER BY received_at, key LIMIT ?)
         RETURNING ${INBOX_COLUMNS}`,
    ).all(workerId, nowMs + leaseMs, nowMs, limit) as InboxRow[];
    return rows.map(toInboxEvent).sort(byReceipt);
  }

  async completeEvent(key: string): Promise<void> {
    this.sql(
      `UPDATE inbox SET status = 'done', payload = NULL, lease_owner = NULL, lease_until = NULL
         WHERE key = ? AND status = 'pending'`,
    ).run(key);
  }

  async dropStaleEvents(before: Date): Promise<number> {
    return this.sql(
      `UPDATE inbox SET status = 'dropped', payload = NULL, lease_owner = NULL, lease_until = NULL
         WHERE status = 'pending' AND received_at < ?`,
    ).run(before.getTime()).changes;
  }

  async forgetUser(platform: Platform, userId: string, userHash: string): Promise<ForgetResult> {
    const run = this.db.transaction((): ForgetResult => {
      const result: ForgetResult = { subscriptions: 0, deliveries: 0, conversations: 0, unanswered: 0 };
      const sub = this.statements.subscriptionByUser.get(platform, userId) as SubscriptionRow | undefined;
      if (sub) {
        result.deliveries = this.sql('DELETE FROM deliveries WHERE subscription_id = ?').run(sub.id).changes;
        this.sql('DELETE FROM paid_deadlines WHERE subscription_id = ?').run(sub.id);
        result.subscriptions = this.sql('DELETE FROM subscriptions WHERE id = ?').run(sub.id).changes;
      }
      result.conversations = this.sql('DELETE FROM conversations WHERE platform = ? AND user_id = ?').run(
        platform,
        userId,
      ).changes;
      result.unanswered = this.sql('DELETE FROM unanswered WHERE user_hash = ?').run(userHash).changes;
      return result;
    });
    return run.immediate();
  }

  async purgeExpired(now: Date, inboxBefore: Date): Promise<PurgeResult> {
    const nowMs = now.getTime();
    return {
      conversations: this.sql('DELETE FROM conversations WHERE expires_at <= ?').run(nowMs).changes,
      seenEvents: this.sql('DELETE FROM seen_events WHERE expires_at <= ?').run(nowMs).changes,
      inboxEvents: this.sql(`DELETE FROM inbox WHERE status <> 'pending' AND received_at < ?`).run(
        inboxBefore.getTime(),
      ).changes,
    };
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
