// PostgreSQL faults: connections killed by the server (pg_terminate_backend, as a restart or a
// failover does) while subscriptions are saved, in this process and in a child process. Nothing
// crashes, every failure is a coded StoreError, and the pool recovers by itself.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeSubscriptionInput } from '../../src/reminders/subscription.js';
import { isStoreError } from '../../src/store/errors.js';
import { openStore } from '../../src/store/open.js';
import { bundleWorker, startWorker, type WorkerBundle } from './support/child.js';
import { dropSchema, noteSkippedPostgres, TEST_DATABASE_URL, uniqueSchema } from './support/pg.js';

noteSkippedPostgres();

const KILL = 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1';

/** The test URL with an application name of its own, by which its connections are found and killed. */
function namedUrl(): { url: string; app: string } {
  const app = `atone_fault_${randomBytes(4).toString('hex')}`;
  const base = TEST_DATABASE_URL as string;
  return { url: `${base}${base.includes('?') ? '&' : '?'}application_name=${app}`, app };
}

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL store under connection faults', () => {
  const schemas: string[] = [];
  const freshSchema = () => {
    const schema = uniqueSchema('faults');
    schemas.push(schema);
    return schema;
  };
  let killer: pg.Client;
  let bundle: WorkerBundle | undefined;

  beforeAll(async () => {
    killer = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await killer.connect();
  });
  afterAll(async () => {
    await killer.end();
    bundle?.cleanup();
    for (const schema of schemas) await dropSchema(schema);
  });

  it('keeps saving while its connections are killed, in this process', async () => {
    const { url, app } = namedUrl();
    const backgroundErrors: Error[] = [];
    const store = await openStore(url, {
      pgSchema: freshSchema(),
      onConnectionError: (error) => backgroundErrors.push(error),
    });
    const kills: Array<Promise<number>> = [];
    const failures: string[] = [];
    const savedUsers = new Set<string>();
    let saved = 0;
    for (let attempt = 0; saved < 150 && attempt < 750; attempt++) {
      // Every fifth save, kill every connection of the store without waiting: the kill lands
      // in the middle of this save or of the next ones.
      if (attempt % 5 === 0) kills.push(killer.query(KILL, [app]).then((r) => r.rowCount ?? 0));
      try {
        const userId = `u${attempt % 20}`;
        await store.upsertSubscription(
          normalizeSubscriptionInput({
            platform: 'slack',
            userId,
            destination: `slack:T1:D${attempt % 20}`,
            method: attempt % 2 === 0 ? 'postcard' : 'barcode',
            lang: 'en',
          }),
          new Date(),
        );
        savedUsers.add(userId);
        saved++;
      } catch (error) {
        expect(isStoreError(error)).toBe(true);
        failures.push((error as { code: string }).code);
      }
    }
    const killed = (await Promise.all(kills)).reduce((a, b) => a + b, 0);
    expect(killed).toBeGreaterThan(0);
    expect(saved).toBe(150);
    expect(new Set(failures)).toEqual(new Set(failures.length > 0 ? ['STORE_UNAVAILABLE'] : []));
    // The pool replaced what was killed: the store answers, reads and writes.
    await expect(store.ping()).resolves.toBeUndefined();
    const stored = (await store.listActiveSubscriptions(undefined, 100)).map((s) => s.userId);
    // A save whose answer was lost with its connection may have committed: never fewer.
    expect(stored).toEqual(expect.arrayContaining([...savedUsers]));
    await store.close();
    // Connections that died between queries were reported for the logs, not thrown.
    for (const error of backgroundErrors) expect(error).toBeInstanceOf(Error);
    console.info(
      `killed ${killed}, failed saves ${failures.length}, background errors ${backgroundErrors.length}`,
    );
  }, 60_000);

  it('keeps saving while its connections are killed, in a child process that must not crash', async () => {
    bundle = await bundleWorker('store-saver');
    const { url, app } = namedUrl();
    const kills: Array<Promise<number>> = [];
    let result: { saved: number; failures: Record<string, number> } | undefined;
    let subscriptions: number | undefined;
    const run = startWorker(bundle, { DATABASE_URL: url, PG_SCHEMA: freshSchema(), SAVES: '200' }, (line) => {
      if (line.startsWith('saved ')) kills.push(killer.query(KILL, [app]).then((r) => r.rowCount ?? 0));
      if (line.startsWith('finished ')) {
        result = JSON.parse(line.slice('finished '.length));
        // Once every kill has landed, the child checks that its store answers again.
        void Promise.all(kills).then(() => run.child.stdin?.write('go\n'));
      }
      if (line.startsWith('done ')) subscriptions = Number(line.slice('done '.length));
    });
    const exit = await run.exited;
    expect(exit.stderr).toBe('');
    expect(exit.code).toBe(0);
    expect(result?.saved).toBe(200);
    expect(subscriptions).toBeGreaterThan(0);
    expect(Object.keys(result?.failures ?? {}).filter((code) => code !== 'STORE_UNAVAILABLE')).toEqual([]);
    expect((await Promise.all(kills)).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  }, 60_000);
});
