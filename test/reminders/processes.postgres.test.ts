import { describe } from 'vitest';
import { processSuite } from './processes.js';
import { postgresHarness } from './support/harness.js';
import { noteSkippedPostgres, TEST_DATABASE_URL } from './support/pg.js';

noteSkippedPostgres();

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL (TEST_DATABASE_URL)', () => {
  processSuite(postgresHarness('processes'));
});
