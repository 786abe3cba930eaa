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
];

/** The migrations not yet applied, in order. */
export function pendingMigrations(applied: ReadonlySet<number>): Migration[] {
  return MIGRATIONS.filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
}
