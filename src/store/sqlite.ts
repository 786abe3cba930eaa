// The SQLite store (better-sqlite3): the default, for one bot process, or a few on one machine.
// Transactions begin IMMEDIATE, which takes SQLite's write lock at BEGIN, so two processes on one
// file can never lease the same delivery. better-sqlite3 is synchronous while a transaction's
// work is async, so within one process transactions run one at a time and every statement waits
// for the one in progress: otherwise a statement could land inside another's transaction, or a
// second connection of this process could block the thread on a lock that only this thread can
// release.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { PlannedDelivery } from '../reminders/plan.js';
import { StoreError } from './errors.js';
import { pendingMigrations } from './migrations.js';
import type {
  ClaimedDelivery,
  ClaimRequest,
  DeliveryOrigin,
  InboxEvent,
  Store,
  UnansweredGroup,
} from './port.js';
import {
  byNextAttempt,
  byReceipt,
  INBOX_COLUMNS,
  type InboxRow,
  JOINED_DELIVERY_COLUMNS,
  JOINED_SUBSCRIPTION_COLUMNS,
  toClaimed,
  toInboxEvent,
  toUnansweredGroup,
  type UnansweredGroupRow,
} from './rows.js';
import type { QueryResult, Sql, SqlDatabase } from './sql.js';
import { SqlStore } from './sql-store.js';

/** Rows per INSERT … SELECT FROM json_each(…). */
const INSERT_CHUNK = 5000;

export function openSqliteStore(path: string): Store {
  let db: Database.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    // WAL lets readers run beside the one writer; NORMAL sync is crash-safe for the process (an
    // OS crash can lose the last commits: a lost "sent" mark means a re-send, a lost plan is
    // re-planned, so no reminder is lost either way). busy_timeout makes a second process wait
    // for the write lock instead of failing.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    db?.close();
    throw new StoreError(
      `SQLite database ${path} (DATABASE_URL) could not be opened: ${(error as Error).message}`,
      'STORE_UNAVAILABLE',
      { cause: error },
    );
  }
  return new SqliteStore(new SqliteDatabase(db));
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

class SqliteStore extends SqlStore {
  readonly kind = 'sqlite' as const;
  protected readonly forUpdate = '';

  protected inList(column: string, param: string): string {
    // The driver passes a list as JSON text.
    return `${column} IN (SELECT value FROM json_each(${param}))`;
  }

  protected async insertRows(
    sql: Sql,
    planned: readonly PlannedDelivery[],
    origin: DeliveryOrigin,
    now: Date,
  ): Promise<number> {
    // Many rows per statement, passed as one JSON array of [subscription, due, lead, send_at].
    let inserted = 0;
    for (let start = 0; start < planned.length; start += INSERT_CHUNK) {
      const rows = planned
        .slice(start, start + INSERT_CHUNK)
        .map((p) => [p.subscriptionId, p.dueDate, p.leadDays, p.sendAt.getTime()]);
      const { changes } = await sql.query(
        `INSERT INTO deliveries (subscription_id, due_date, lead_days, origin, send_at, next_attempt_at, created_at, updated_at)
         SELECT t.value ->> 0, t.value ->> 1, t.value ->> 2, $2, t.value ->> 3, t.value ->> 3, $3, $3
         FROM json_each($1) AS t
         WHERE EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = t.value ->> 0 AND s.active = TRUE)
           AND NOT EXISTS (SELECT 1 FROM paid_deadlines p
                           WHERE p.subscription_id = t.value ->> 0 AND p.due_date = t.value ->> 1)
         ON CONFLICT (subscription_id, due_date, lead_days) DO NOTHING`,
        [rows, origin, now],
      );
      inserted += changes;
    }
    return inserted;
  }

  async claimDue(request: ClaimRequest): Promise<ClaimedDelivery[]> {
    // SQLite's RETURNING cannot name the joined subscription, so the claim is two statements in
    // one IMMEDIATE transaction: lease, then read what was leased.
    return this.db.transaction(async (tx) => {
      const leased = await tx.query<{ id: number }>(
        `UPDATE deliveries SET lease_owner = $1, lease_until = $2, updated_at = $3
         WHERE id IN (
           SELECT d.id FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
           WHERE d.status = 'pending' AND d.next_attempt_at <= $3
             AND (d.lease_until IS NULL OR d.lease_until <= $3)
             AND s.active = TRUE AND d.due_date >= $4
             AND NOT EXISTS (SELECT 1 FROM paid_deadlines p
                             WHERE p.subscription_id = d.subscription_id AND p.due_date = d.due_date)
           ORDER BY d.next_attempt_at, d.id
           LIMIT $5)
         RETURNING id`,
        [
          request.workerId,
          new Date(request.now.getTime() + request.leaseMs),
          request.now,
          request.today,
          request.limit,
        ],
      );
      if (leased.rows.length === 0) return [];
      const { rows } = await tx.query(
        `SELECT ${JOINED_DELIVERY_COLUMNS}, ${JOINED_SUBSCRIPTION_COLUMNS}
         FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
         WHERE ${this.inList('d.id', '$1')}`,
        [leased.rows.map((r) => r.id)],
      );
      return rows.map(toClaimed).sort(byNextAttempt);
    });
  }

  async claimEvents(workerId: string, now: Date, leaseMs: number, limit: number): Promise<InboxEvent[]> {
    const { rows } = await this.db.query<InboxRow>(
      `UPDATE inbox SET lease_owner = $1, lease_until = $2, attempts = attempts + 1
       WHERE key IN (
         SELECT key FROM inbox
         WHERE status = 'pending' AND (lease_until IS NULL OR lease_until <= $3)
         ORDER BY received_at, key LIMIT $4)
       RETURNING ${INBOX_COLUMNS}`,
      [workerId, new Date(now.getTime() + leaseMs), now, limit],
    );
    return rows.map(toInboxEvent).sort(byReceipt);
  }

  async topUnanswered(since: Date, limit: number): Promise<UnansweredGroup[]> {
    // With exactly one max() in the query, SQLite takes the bare column `text` from the row that
    // has it: the latest wording.
    const { rows } = await this.db.query<UnansweredGroupRow>(
      `SELECT normalized, text AS example, max(at) AS last_at, count(*) AS count,
         json_group_array(DISTINCT kind) AS kinds, json_group_array(DISTINCT intent) AS intents
       FROM unanswered WHERE at >= $1
       GROUP BY normalized
       ORDER BY count DESC, last_at DESC, normalized
       LIMIT $2`,
      [since, limit],
    );
    return rows.map(toUnansweredGroup);
  }
}

/** Error codes that mean the database cannot be used now (as opposed to a refused statement). */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|READONLY|IOERR|CORRUPT|NOTADB|FULL|CANTOPEN|PERM|AUTH|PROTOCOL)/;

/** A driver error as the store reports it (exported for the fault tests). */
export function storeError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  const message = (error as Error).message ?? String(error);
  const unavailable =
    (typeof code === 'string' && UNAVAILABLE.test(code)) || /database connection is not open/.test(message);
  return new StoreError(
    `SQLite ${unavailable ? 'is unavailable' : 'refused a statement'}: ${message}`,
    unavailable ? 'STORE_UNAVAILABLE' : 'STORE_FAILED',
    { cause: error },
  );
}

/** JavaScript values as SQLite binds them: instants as epoch ms, booleans as 0/1, lists as JSON. */
function bindable(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return JSON.stringify(value);
  return value ?? null;
}

interface Prepared {
  statement: Database.Statement;
  /** For each `?` in order, the index of the `$n` parameter it stands for. */
  order: number[];
}

/** Settles when the transaction in progress in this process ends; undefined when none is. */
let busy: Promise<void> | undefined;

class SqliteDatabase implements SqlDatabase {
  private readonly prepared = new Map<string, Prepared>();
  private readonly direct: Sql = { query: async (text, params) => this.run(text, params) };

  constructor(private readonly db: Database.Database) {}

  async query<R>(text: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    while (busy) await busy;
    return this.run<R>(text, params);
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    while (busy) await busy;
    // Nothing else runs between the check above and setting `busy` below (no await between).
    const done = (async () => {
      this.run('BEGIN IMMEDIATE');
      try {
        const result = await work(this.direct);
        this.run('COMMIT');
        return result;
      } catch (error) {
        if (this.db.open && this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    })();
    const ended = done.then(
      () => undefined,
      () => undefined,
    );
    busy = ended;
    void ended.then(() => {
      if (busy === ended) busy = undefined;
    });
    return done;
  }

  async close(): Promise<void> {
    while (busy) await busy;
    if (this.db.open) this.db.close();
  }

  /** Runs one statement now, `$n` placeholders rewritten to SQLite's `?`. */
  private run<R>(text: string, params: readonly unknown[] = []): QueryResult<R> {
    try {
      let prepared = this.prepared.get(text);
      if (!prepared) {
        const order: number[] = [];
        const sql = text.replace(/\$(\d+)/g, (_, n: string) => {
          order.push(Number(n) - 1);
          return '?';
        });
        prepared = { statement: this.db.prepare(sql), order };
        this.prepared.set(text, prepared);
      }
      const values = prepared.order.map((i) => bindable(params[i]));
      if (prepared.statement.reader) {
        const rows = prepared.statement.all(...values) as R[];
        return { rows, changes: rows.length };
      }
      return { rows: [], changes: prepared.statement.run(...values).changes };
    } catch (error) {
      throw storeError(error);
    }
  }
}
