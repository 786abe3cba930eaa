import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/open.js';
import { storeContract } from './store-contract.js';
import { postgresHarness } from './support/harness.js';
import { dropSchema, noteSkippedPostgres, TEST_DATABASE_URL, uniqueSchema } from './support/pg.js';

noteSkippedPostgres();

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL (TEST_DATABASE_URL)', () => {
  storeContract(postgresHarness('contract'));

  describe('migrations when several processes start at once on an empty database', () => {
    const schema = uniqueSchema('migrate');
    afterAll(() => dropSchema(schema));

    it('apply each version exactly once (advisory lock)', async () => {
      const url = TEST_DATABASE_URL as string;
      const stores = await Promise.all(Array.from({ length: 4 }, () => openStore(url, { pgSchema: schema })));
      await Promise.all(stores.map((s) => s.close()));
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query(
          `SELECT version FROM ${schema}.schema_migrations ORDER BY version`,
        );
        expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      } finally {
        await client.end();
      }
    });

    it('names the problem when the database cannot be reached', async () => {
      await expect(
        openStore('postgres://nobody@127.0.0.1:1/none', { pgSchema: schema }),
      ).rejects.toMatchObject({
        code: 'STORE_UNAVAILABLE',
      });
    });
  });
});
