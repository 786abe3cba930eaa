// Subscribing and planning are one unit on PostgreSQL (QA report 1, item 9): a connection
// killed between saving a subscription and planning its reminders keeps neither; under
// repeated kills no active subscription is ever left with nothing scheduled; and when only the
// answer to COMMIT is lost, a user whose subscription was saved is told that it was.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDeliveries } from '../../src/reminders/plan.js';
import { createReminderService } from '../../src/reminders/service.js';
import { normalizeSubscriptionInput } from '../../src/reminders/subscription.js';
import { isStoreError } from '../../src/store/errors.js';
import { openStore } from '../../src/store/open.js';
import type { SubscriptionPlanning } from '../../src/store/port.js';
import { startCommitCutter } from './support/commit-cutter.js';
import { kb } from './support/kb.js';
import { dropSchema, noteSkippedPostgres, TEST_DATABASE_URL, uniqueSchema } from './support/pg.js';

noteSkippedPostgres();

const KILL = 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1';
const ALIVE = 'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1';
/** Monday 2026-12-07 10:00 in Tokyo: the 12/10 deadline's day-of reminder is still ahead. */
const NOW = new Date('2026-12-07T01:00:00Z');

function withApp(base: string, app: string): string {
  return `${base}${base.includes('?') ? '&' : '?'}application_name=${app}`;
}

const input = (userId: string, method: 'store' | 'postcard' | 'auto_debit' = 'store') => ({
  platform: 'slack' as const,
  userId,
  destination: `slack:user:${userId}`,
  method,
  lang: 'ja' as const,
});

describe.skipIf(!TEST_DATABASE_URL)('subscribing and planning as one unit (PostgreSQL)', () => {
  const schemas: string[] = [];
  const freshSchema = () => {
    const schema = uniqueSchema('subscribe');
    schemas.push(schema);
    return schema;
  };
  let killer: pg.Client;

  /** Kills every connection of `app` and waits until the server has let them go. */
  async function killAll(app: string): Promise<number> {
    const killed = (await killer.query(KILL, [app])).rowCount ?? 0;
    while ((await killer.query<{ n: number }>(ALIVE, [app])).rows[0]?.n) await sleep(5);
    return killed;
  }

  beforeAll(async () => {
    killer = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await killer.connect();
  });
  afterAll(async () => {
    await killer.end();
    for (const schema of schemas) await dropSchema(schema);
  });

  it('keeps neither the subscription nor a change when the connection is killed between saving and planning', async () => {
    const app = `atone_sub_${randomBytes(4).toString('hex')}`;
    const store = await openStore(withApp(TEST_DATABASE_URL as string, app), {
      pgSchema: freshSchema(),
      onConnectionError: () => {},
    });
    let kills = 0;
    const planning = (killFirst: boolean): SubscriptionPlanning => ({
      plansOutdated: () => true,
      today: '2026-12-07',
      upcomingLimit: 10,
      // Runs inside the transaction, after the subscription row was written and before its
      // reminders are: the kill lands exactly between the two steps.
      plan: async (subscription) => {
        if (killFirst) kills += await killAll(app);
        return planDeliveries([subscription], kb, NOW, 35);
      },
    });
    const settings = normalizeSubscriptionInput(input('U1'));
    const failed = store.saveSubscription(settings, NOW, planning(true));
    await expect(failed).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(kills).toBeGreaterThan(0);
    expect(await store.getSubscription('slack', 'U1')).toBeUndefined();

    const saved = await store.saveSubscription(settings, NOW, planning(false));
    // 10:00 on 12/07: the 3-days-before reminder of 12/10 was due at 9:00, before the subscription.
    expect(saved.upcoming.map((d) => `${d.dueDate} -${d.leadDays}`)).toEqual([
      '2026-12-10 -0',
      '2027-01-10 -3',
      '2027-01-10 -0',
    ]);
    // A change killed the same way leaves the previous settings and their reminders as they were.
    const later = new Date(NOW.getTime() + 60_000);
    await expect(
      store.saveSubscription({ ...settings, method: 'postcard' }, later, planning(true)),
    ).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((await store.getSubscription('slack', 'U1'))?.method).toBe('store');
    expect(await store.listUpcoming('slack', 'U1', 10)).toEqual(saved.upcoming);
    await store.close();
  }, 30_000);

  it('never leaves an active subscription with nothing scheduled while connections are killed', async () => {
    const app = `atone_sub_${randomBytes(4).toString('hex')}`;
    const schema = freshSchema();
    const store = await openStore(withApp(TEST_DATABASE_URL as string, app), {
      pgSchema: schema,
      onConnectionError: () => {},
    });
    const service = createReminderService({ store, kb, now: () => NOW });
    const users = Array.from({ length: 60 }, (_, i) => `U${i}`);
    const methods = ['store', 'postcard', 'auto_debit'] as const;
    const kills: Array<Promise<number>> = [];
    const outcomes = await Promise.allSettled(
      users.map(async (user, i) => {
        // Every third request fires a kill without waiting for it: it lands in the middle of
        // this subscription or of others in flight.
        if (i % 3 === 0) kills.push(killer.query(KILL, [app]).then((r) => r.rowCount ?? 0));
        return service.subscribe(input(user, methods[i % 3]));
      }),
    );
    expect((await Promise.all(kills)).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        expect(isStoreError(outcome.reason)).toBe(true);
        continue;
      }
      // What the user is told is what was kept.
      const { subscription, upcoming } = outcome.value;
      expect(upcoming.length).toBeGreaterThan(0);
      expect(await store.listUpcoming('slack', subscription.userId, 10)).toEqual(upcoming);
    }
    const orphans = await killer.query(
      `SELECT s.user_id FROM ${schema}.subscriptions s WHERE s.active AND NOT EXISTS (
         SELECT 1 FROM ${schema}.deliveries d WHERE d.subscription_id = s.id AND d.status = 'pending')`,
    );
    expect(orphans.rows).toEqual([]);
    const kept = await killer.query(`SELECT count(*)::int AS n FROM ${schema}.subscriptions`);
    console.info(
      `subscribed ${outcomes.filter((o) => o.status === 'fulfilled').length} of ${users.length}, kept ${kept.rows[0]?.n}, none without reminders`,
    );
    await store.close();
  }, 60_000);

  it('tells a user whose subscription was saved that it was, when the answer to COMMIT is lost', async () => {
    const target = new URL(TEST_DATABASE_URL as string);
    const cutter = await startCommitCutter({ host: target.hostname, port: Number(target.port || 5432) });
    target.host = `127.0.0.1:${cutter.port}`;
    const store = await openStore(target.toString(), {
      pgSchema: freshSchema(),
      onConnectionError: () => {},
    });
    try {
      // The store alone reports the failure it saw, although the save committed ...
      cutter.armNextCommit();
      await expect(
        store.saveSubscription(normalizeSubscriptionInput(input('U1')), NOW, {
          plansOutdated: () => true,
          today: '2026-12-07',
          upcomingLimit: 10,
          plan: (subscription) => planDeliveries([subscription], kb, NOW, 35),
        }),
      ).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect((await store.getSubscription('slack', 'U1'))?.active).toBe(true);

      // ... and the service looks before it says so: the saved subscription is reported as saved.
      const service = createReminderService({ store, kb, now: () => NOW });
      cutter.armNextCommit();
      const result = await service.subscribe(input('U2', 'auto_debit'));
      expect(cutter.cuts).toBe(2);
      expect(result.subscription).toMatchObject({ userId: 'U2', method: 'auto_debit', active: true });
      expect(result.next).toMatchObject({ dueDate: '2026-12-28', daysLeft: 21 });
      expect(result.upcoming.map((d) => `${d.dueDate} -${d.leadDays}`)).toEqual([
        '2026-12-28 -3',
        '2026-12-28 -0',
      ]);
      expect(await store.listUpcoming('slack', 'U2', 10)).toEqual(result.upcoming);
    } finally {
      await store.close();
      await cutter.close();
    }
  }, 30_000);
});
