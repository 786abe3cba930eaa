// Opening the store that DATABASE_URL names. Its own module, so that the port (port.ts) imports
// no implementation and each driver is loaded only when chosen.
import { parseDatabaseUrl } from './database-url.js';
import type { OpenStoreOptions, Store } from './port.js';

/**
 * Opens the store `DATABASE_URL` names and brings its schema up to date:
 * unset → SQLite at ./data/atone-bot.db; `sqlite:/path/file.db` or `sqlite::memory:`;
 * `postgres://…` or `postgresql://…` → PostgreSQL. Anything else throws a ReminderError.
 */
export async function openStore(databaseUrl?: string, options: OpenStoreOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.kind === 'sqlite') {
    const { openSqliteStore } = await import('./sqlite.js');
    return openSqliteStore(target.path);
  }
  const { openPostgresStore } = await import('./postgres.js');
  return openPostgresStore(target.url, options);
}
