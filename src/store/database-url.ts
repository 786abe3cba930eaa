// DATABASE_URL → which store to open. Pure, so that a typo fails at start with a message that
// says what is accepted.
import { resolve } from 'node:path';
import { ReminderError } from '../reminders/errors.js';

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const DEFAULT_SQLITE_PATH = './data/atone-bot.db';

const ACCEPTED =
  'accepted forms: unset (SQLite at ./data/atone-bot.db), sqlite:/path/file.db, sqlite::memory:, postgres://user@host:5432/db or postgresql://…';

export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = url?.trim();
  if (!value) return { kind: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (value.startsWith('sqlite:')) {
    // sqlite:/abs/file.db, sqlite:relative/file.db, sqlite:///abs/file.db, sqlite::memory:
    let path = value.slice('sqlite:'.length);
    if (path.startsWith('//')) path = path.slice(2);
    if (!path)
      throw new ReminderError(
        `DATABASE_URL "${value}" names no SQLite file; ${ACCEPTED}`,
        'DATABASE_URL_INVALID',
      );
    return { kind: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\/./.test(value)) return { kind: 'postgres', url: value };
  throw new ReminderError(
    `DATABASE_URL "${redact(value)}" is not understood; ${ACCEPTED}`,
    'DATABASE_URL_INVALID',
  );
}

/**
 * Where the store is, for the operator's log: the SQLite file's absolute path (a typo in
 * DATABASE_URL shows there), or PostgreSQL's host, port and database (never user or password).
 */
export function describeDatabase(url: string | undefined): string {
  const target = parseDatabaseUrl(url);
  if (target.kind === 'sqlite')
    return target.path === ':memory:' ? 'sqlite::memory:' : `sqlite:${resolve(target.path)}`;
  try {
    const { hostname, port, pathname } = new URL(target.url);
    return `postgres://${hostname}${port ? `:${port}` : ''}${pathname}`;
  } catch {
    return 'postgres';
  }
}

/** Never echo a password back into logs. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
