// The PostgreSQL store (pg): for several bot processes sharing one database. Deliveries and inbox
// events are leased with `FOR UPDATE SKIP LOCKED`, so concurrent workers each take different rows
// without waiting on one another, and a lease that expires (its worker died) makes the row
// claimable again. Migrations take a transaction-scoped advisory lock, so processes that start
// together apply each migration once.
//
// Faults: every client has an 'error' listener from the moment the pool creates it, so a
// connection the server kills never crashes the process; the pool drops dead clients and opens
// new ones by itself; every database failure reaches the caller as a StoreError.
import pg from 'pg';
import { ReminderError } from '../reminders/errors.js';
import type { PlannedDelivery } from '../reminders/plan.js';
import { StoreError } from './errors.js';
import { pendingMigrations } from './migrations.js';
import type {
  ClaimedDelivery,
  ClaimRequest,
  DeliveryOrigin,
  InboxEvent,
  OpenStoreOptions,
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
  prefixed,
  toClaimed,
  toInboxEvent,
  toUnansweredGroup,
  type UnansweredGroupRow,
} from './rows.js';
import type { QueryResult, Sql, SqlDatabase } from './sql.js';
import { SqlStore } from './sql-store.js';

/** Rows per INSERT … SELECT FROM unnest(…): large enough to amortise a round trip. */
const INSERT_CHUNK = 5000;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgresStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const schema = options.pgSchema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new ReminderError(`invalid PostgreSQL schema name "${schema}"`, 'DATABASE_URL_INVALID');
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.pgPoolSize ?? 5,
    // A database that does not answer fails a request in seconds instead of hanging it.
    connectionTimeoutMillis: 10_000,
    keepAlive: true,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const onConnectionError = options.onConnectionError ?? (() => {});
  // A client losing its connection (a database restart, pg_terminate_backend) emits 'error', and
  // an 'error' with no listener ends the process. The pool listens only while a client is idle
  // (and then drops it; the next query opens a new connection), so each client gets a listener
  // of its own as it is created, for its whole life: taken for a transaction, running a query,
  // or in between (a termination can arrive in the same packet as the ReadyForQuery that hands
  // a new client out, before its taker could listen).
  pool.on('connect', (client) => client.on('error', onConnectionError));
  // Idle clients' errors also reach the pool: their own listener has reported them already.
  pool.on('error', () => {});
  try {
    await migrate(pool, schema);
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError(
      `PostgreSQL (DATABASE_URL) could not be used: ${(error as Error).message}`,
      'STORE_UNAVAILABLE',
      { cause: error },
    );
  }
  return new PostgresStore(new PostgresDatabase(pool));
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

class PostgresStore extends SqlStore {
  readonly kind = 'postgres' as const;
  protected readonly forUpdate = ' FOR UPDATE';

  protected inList(column: string, param: string, type: 'text' | 'bigint'): string {
    return `${column} = ANY(${param}::${type}[])`;
  }

  protected async insertRows(
    sql: Sql,
    planned: readonly PlannedDelivery[],
    origin: DeliveryOrigin,
    now: Date,
  ): Promise<number> {
    let inserted = 0;
    for (let start = 0; start < planned.length; start += INSERT_CHUNK) {
      const chunk = planned.slice(start, start + INSERT_CHUNK);
      const { changes } = await sql.query(
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
      inserted += changes;
    }
    return inserted;
  }

  async claimDue(request: ClaimRequest): Promise<ClaimedDelivery[]> {
    // One statement, so no explicit transaction: the CTE locks the picked rows (skipping rows
    // another worker is locking at this moment) and the UPDATE leases them before commit.
    const { rows } = await this.db.query(
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
    return rows.map(toClaimed).sort(byNextAttempt);
  }

  async claimEvents(workerId: string, now: Date, leaseMs: number, limit: number): Promise<InboxEvent[]> {
    const { rows } = await this.db.query<InboxRow>(
      `WITH picked AS (
         SELECT key FROM inbox
         WHERE status = 'pending' AND (lease_until IS NULL OR lease_until <= $2)
         ORDER BY received_at, key COLLATE "C"
         LIMIT $4
         FOR UPDATE SKIP LOCKED
       )
       UPDATE inbox i SET lease_owner = $1, lease_until = $3, attempts = i.attempts + 1
       FROM picked WHERE i.key = picked.key
       RETURNING ${prefixed(INBOX_COLUMNS, 'i.')}`,
      [workerId, now, new Date(now.getTime() + leaseMs), limit],
    );
    return rows.map(toInboxEvent).sort(byReceipt);
  }

  async topUnanswered(since: Date, limit: number): Promise<UnansweredGroup[]> {
    // COLLATE "C": ties are broken in code-point order, as SQLite does.
    const { rows } = await this.db.query<UnansweredGroupRow>(
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
}

/** SQLSTATE classes that mean the database cannot be used now: connection, resources, shutdown, auth. */
const UNAVAILABLE_STATES = /^(08|53|57|28|3D)|^25006$/;

function storeError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  const message = (error as Error).message ?? String(error);
  // A five-character code is the server's SQLSTATE; anything else (ECONNREFUSED, a terminated
  // connection, an ended pool, a timeout) is the connection itself.
  const refused = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !UNAVAILABLE_STATES.test(code);
  return new StoreError(
    `PostgreSQL ${refused ? 'refused a statement' : 'is unavailable'}: ${message}`,
    refused ? 'STORE_FAILED' : 'STORE_UNAVAILABLE',
    { cause: error },
  );
}

async function run<R>(
  on: pg.Pool | pg.PoolClient,
  text: string,
  params: readonly unknown[],
): Promise<QueryResult<R>> {
  try {
    const result = await on.query(text, params as unknown[]);
    return { rows: result.rows as R[], changes: result.rowCount ?? 0 };
  } catch (error) {
    throw storeError(error);
  }
}

class PostgresDatabase implements SqlDatabase {
  private closed = false;

  constructor(private readonly pool: pg.Pool) {}

  async query<R>(text: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    try {
      return await run<R>(this.pool, text, params);
    } catch (error) {
      // An idle connection the server closed (a restart, a failover) fails the first query
      // that takes it. A read is tried once more, after the pool has had a turn to drop the
      // connections it has heard have died; a write is not, since it may have been applied.
      const isRead = /^\s*SELECT\b/i.test(text);
      if (this.closed || !isRead || (error as StoreError).code !== 'STORE_UNAVAILABLE') throw error;
      await new Promise((resolve) => setImmediate(resolve));
      return run<R>(this.pool, text, params);
    }
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw storeError(error);
    }
    const tx: Sql = { query: (text, params = []) => run(client, text, params) };
    try {
      await tx.query('BEGIN');
      const result = await work(tx);
      await tx.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      // A client whose transaction failed, perhaps with its connection, is not trusted back.
      client.release(true);
      throw error;
    }
  }

  async close(): Promise<void> {
    // pg throws when a pool is ended twice; closing is idempotent here.
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
