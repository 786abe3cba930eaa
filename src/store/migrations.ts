// Versioned schema migrations, one entry per version, each written for both databases. They
// run at start (openStore), in order, each once: the applied versions are kept in
// `schema_migrations`. Never edit an entry that has shipped; add a new version instead.
//
// Both schemas keep dates as 'YYYY-MM-DD' text (a Tokyo calendar day, compared as text) so that
// no driver converts them through the machine's time zone. SQLite keeps instants as epoch
// milliseconds, PostgreSQL as timestamptz.

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions, deliveries, paid deadlines, seen events',
    sqlite: `
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        user_id TEXT NOT NULL,
        destination TEXT NOT NULL,
        method TEXT NOT NULL,
        lead_days TEXT NOT NULL,
        send_hour INTEGER NOT NULL,
        quiet_start INTEGER,
        quiet_end INTEGER,
        lang TEXT NOT NULL,
        active INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (platform, user_id)
      );
      -- AUTOINCREMENT: a delivery id is never reused, because a snooze button carries it.
      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
        due_date TEXT NOT NULL,
        lead_days INTEGER NOT NULL,
        origin TEXT NOT NULL DEFAULT 'plan',
        send_at INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_owner TEXT,
        lease_until INTEGER,
        last_error TEXT,
        sent_at INTEGER,
        late INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (subscription_id, due_date, lead_days)
      );
      CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';
      CREATE INDEX deliveries_by_subscription ON deliveries (subscription_id, send_at);
      CREATE TABLE paid_deadlines (
        subscription_id TEXT NOT NULL,
        due_date TEXT NOT NULL,
        paid_at INTEGER NOT NULL,
        PRIMARY KEY (subscription_id, due_date)
      );
      CREATE TABLE seen_events (
        key TEXT PRIMARY KEY,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX seen_events_expiry ON seen_events (expires_at);
    `,
    postgres: `
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        user_id TEXT NOT NULL,
        destination TEXT NOT NULL,
        method TEXT NOT NULL,
        lead_days INTEGER[] NOT NULL,
        send_hour INTEGER NOT NULL,
        quiet_start INTEGER,
        quiet_end INTEGER,
        lang TEXT NOT NULL,
        active BOOLEAN NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        UNIQUE (platform, user_id)
      );
      CREATE TABLE deliveries (
        id BIGSERIAL PRIMARY KEY,
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
        due_date TEXT NOT NULL CHECK (due_date ~ '^\\d{4}-\\d{2}-\\d{2}$'),
        lead_days INTEGER NOT NULL,
        origin TEXT NOT NULL DEFAULT 'plan',
        send_at TIMESTAMPTZ NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TIMESTAMPTZ NOT NULL,
        lease_owner TEXT,
        lease_until TIMESTAMPTZ,
        last_error TEXT,
        sent_at TIMESTAMPTZ,
        late BOOLEAN NOT NULL DEFAULT FALSE,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        UNIQUE (subscription_id, due_date, lead_days)
      );
      CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';
      CREATE INDEX deliveries_by_subscription ON deliveries (subscription_id, send_at);
      CREATE TABLE paid_deadlines (
        subscription_id TEXT NOT NULL,
        due_date TEXT NOT NULL,
        paid_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (subscription_id, due_date)
      );
      CREATE TABLE seen_events (
        key TEXT PRIMARY KEY,
        expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX seen_events_expiry ON seen_events (expires_at);
    `,
  },
  {
    version: 2,
    name: 'conversation state, unanswered turns, event inbox',
    // JSON is kept as text in both databases: the state and the payload go back to the program
    // exactly as written (jsonb would reorder keys and refuse \u0000). An inbox row is 'pending'
    // until it is answered ('done') or given up ('dropped'); the key outlives the payload so that
    // a late redelivery is still recognised.
    sqlite: `
      CREATE TABLE conversations (
        platform TEXT NOT NULL,
        user_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        state TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (platform, user_id, channel_id)
      );
      CREATE INDEX conversations_expiry ON conversations (expires_at);
      CREATE TABLE unanswered (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        platform TEXT NOT NULL,
        lang TEXT NOT NULL,
        kind TEXT NOT NULL,
        intent TEXT NOT NULL,
        confidence REAL NOT NULL,
        text TEXT NOT NULL,
        normalized TEXT NOT NULL,
        user_hash TEXT NOT NULL
      );
      CREATE INDEX unanswered_at ON unanswered (at);
      CREATE INDEX unanswered_user ON unanswered (user_hash);
      CREATE TABLE inbox (
        key TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        payload TEXT,
        received_at INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        lease_owner TEXT,
        lease_until INTEGER,
        attempts INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX inbox_received ON inbox (received_at);
    `,
    postgres: `
      CREATE TABLE conversations (
        platform TEXT NOT NULL,
        user_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        state TEXT NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (platform, user_id, channel_id)
      );
      CREATE INDEX conversations_expiry ON conversations (expires_at);
      CREATE TABLE unanswered (
        id BIGSERIAL PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL,
        platform TEXT NOT NULL,
        lang TEXT NOT NULL,
        kind TEXT NOT NULL,
        intent TEXT NOT NULL,
        confidence DOUBLE PRECISION NOT NULL,
        text TEXT NOT NULL,
        normalized TEXT NOT NULL,
        user_hash TEXT NOT NULL
      );
      CREATE INDEX unanswered_at ON unanswered (at);
      CREATE INDEX unanswered_user ON unanswered (user_hash);
      CREATE TABLE inbox (
        key TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        payload TEXT,
        received_at TIMESTAMPTZ NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        lease_owner TEXT,
        lease_until TIMESTAMPTZ,
        attempts INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX inbox_received ON inbox (received_at);
    `,
  },
  {
    version: 3,
    name: 'indexes for claiming and dropping pending deliveries',
    // The claim reads pending rows in (next_attempt_at, id) order: with both in the index it
    // stops after LIMIT rows instead of sorting every due row. dropExpired looks for pending rows
    // of past deadlines, which without an index meant reading every delivery on every tick.
    sqlite: `
      DROP INDEX deliveries_due;
      CREATE INDEX deliveries_claim ON deliveries (next_attempt_at, id) WHERE status = 'pending';
      CREATE INDEX deliveries_pending_due ON deliveries (due_date) WHERE status = 'pending';
    `,
    postgres: `
      DROP INDEX deliveries_due;
      CREATE INDEX deliveries_claim ON deliveries (next_attempt_at, id) WHERE status = 'pending';
      CREATE INDEX deliveries_pending_due ON deliveries (due_date) WHERE status = 'pending';
    `,
  },
  {
    version: 4,
    name: 'delivery notice on subscriptions',
    // JSON text: what stopped the subscription's reminders without the user asking (a platform
    // that will never deliver to them), until the conversation layer tells them.
    sqlite: 'ALTER TABLE subscriptions ADD COLUMN delivery_notice TEXT;',
    postgres: 'ALTER TABLE subscriptions ADD COLUMN delivery_notice TEXT;',
  },
  {
    version: 5,
    name: 'installation settings',
    sqlite: 'CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);',
    postgres: 'CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);',
  },
];

/** The migrations not yet applied, in order. */
export function pendingMigrations(applied: ReadonlySet<number>): Migration[] {
  return MIGRATIONS.filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
}
