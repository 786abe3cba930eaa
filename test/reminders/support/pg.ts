// PostgreSQL for tests: on only when TEST_DATABASE_URL is set, and each test file in a schema of
// its own (dropped afterwards), so that files running in parallel never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export const PG_SKIP_NOTE =
  'PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them.';

export function noteSkippedPostgres(): void {
  if (!TEST_DATABASE_URL) console.info(PG_SKIP_NOTE);
}

/** A fresh schema name (not yet created: the store creates it when opened with it). */
export function uniqueSchema(label: string): string {
  return `atone_test_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  if (!TEST_DATABASE_URL) return;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
