// Reminder engine benchmark: planning time and memory for 100,000 and 1,000,000 subscriptions,
// and claim → send → mark throughput on SQLite and (when a URL is set) PostgreSQL.
// Called by the bench runner as `benchReminders()`; alone: `node --expose-gc scripts/run.mjs bench/reminders-main.ts`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { METHOD_IDS } from '../src/domain/methods.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { type PlannableSubscription, planDeliveries } from '../src/reminders/plan.js';
import { createScheduler } from '../src/reminders/scheduler.js';
import { normalizeSubscriptionInput } from '../src/reminders/subscription.js';
import { openStore } from '../src/store/open.js';
import type { ReminderStore } from '../src/store/port.js';

const kb = defaultKnowledgeBase();
const NOW = new Date('2026-12-01T00:00:00Z');

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Subscriptions spread over the settings people pick: every method, a few lead sets and hours. */
function syntheticSubscriptions(count: number): PlannableSubscription[] {
  const leadSets = [[3, 0], [7, 3, 0], [1], [5, 1, 0]];
  const quiet = [undefined, undefined, { start: 22, end: 8 }];
  const updatedAt = new Date('2026-11-01T00:00:00Z');
  const subs: PlannableSubscription[] = new Array(count);
  for (let i = 0; i < count; i++) {
    subs[i] = {
      id: `sub-${i.toString(36).padStart(8, '0')}`,
      method: METHOD_IDS[i % METHOD_IDS.length] as PlannableSubscription['method'],
      leadDays: leadSets[i % leadSets.length] as number[],
      sendHour: 7 + (i % 5) * 3,
      quietHours: quiet[i % quiet.length],
      active: true,
      updatedAt,
    };
  }
  return subs;
}

async function benchPlanning(count: number): Promise<Record<string, string | number>> {
  const subs = syntheticSubscriptions(count);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const plans = planDeliveries(subs, kb, NOW, 31);
  const ms = performance.now() - started;
  const heapAfter = process.memoryUsage().heapUsed;
  const label = count >= 1_000_000 ? `${count / 1_000_000}M` : `${count / 1000}k`;
  return {
    [`plan ${label} subscriptions: ms`]: Math.round(ms),
    [`plan ${label} subscriptions: deliveries`]: plans.length,
    [`plan ${label} subscriptions: heap delta MB`]: Math.round((heapAfter - heapBefore) / 1e6),
  };
}

/** Claim → send (a no-op platform) → mark, `count` due deliveries to distinct destinations. */
export async function benchThroughput(
  label: string,
  store: ReminderStore,
  count: number,
  /** Runs after the rows are in and before the clock starts (PostgreSQL: ANALYZE). */
  settle: () => Promise<void> = async () => {},
): Promise<Record<string, string | number>> {
  const subs = [];
  for (let i = 0; i < count / 2; i++) {
    subs.push(
      await store.upsertSubscription(
        normalizeSubscriptionInput({
          platform: 'console',
          userId: `bench-${i}`,
          destination: `console:bench-${i}`,
          method: 'store',
          lang: 'ja',
        }),
        new Date(NOW.getTime() - 86_400_000),
      ),
    );
  }
  const planned = subs.flatMap((s) => [
    { subscriptionId: s.id, dueDate: '2026-12-10', leadDays: 3, sendAt: NOW },
    { subscriptionId: s.id, dueDate: '2026-12-10', leadDays: 0, sendAt: new Date(NOW.getTime() - 1000) },
  ]);
  const insertStarted = performance.now();
  await store.insertPlanned(planned, NOW);
  const insertMs = performance.now() - insertStarted;
  await settle();
  let sent = 0;
  const scheduler = createScheduler({
    store,
    kb,
    now: () => NOW,
    send: async () => {
      sent++;
    },
    workerId: 'bench',
    batchSize: 500,
    concurrency: 8,
    // Both reminders of a user go to one destination: pacing is measured in the tests, not here.
    paceMs: 0,
    planIntervalMs: 24 * 60 * 60_000,
    onError: () => {},
  });
  // The first tick takes this interval's planning turn (nothing to plan: the rows are in); it
  // also sends its batch, which the rate below leaves out.
  await scheduler.tick();
  const sentBefore = sent;
  const started = performance.now();
  for (;;) {
    const report = await scheduler.tick();
    if (report.claimed === 0) break;
  }
  const ms = performance.now() - started;
  return {
    [`${label}: insert planned rows/s`]: Math.round(planned.length / (insertMs / 1000)),
    [`${label}: claim+send+mark deliveries/s`]: Math.round((sent - sentBefore) / (ms / 1000)),
    [`${label}: delivered`]: sent,
  };
}

export async function benchReminders(): Promise<Record<string, string | number>> {
  const results: Record<string, string | number> = {};
  Object.assign(results, await benchPlanning(100_000));
  collectGarbage();
  Object.assign(results, await benchPlanning(1_000_000));
  collectGarbage();

  const dir = mkdtempSync(join(tmpdir(), 'atone-bench-'));
  const sqlite = await openStore(`sqlite:${join(dir, 'bench.db')}`);
  try {
    Object.assign(results, await benchThroughput('SQLite', sqlite, 20_000));
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const pgUrl = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find(
    (u) => u && /^postgres(ql)?:/.test(u),
  );
  if (!pgUrl) {
    results.PostgreSQL = 'skipped: set TEST_DATABASE_URL or DATABASE_URL to a postgres:// URL';
    return results;
  }
  const schema = `atone_bench_${randomBytes(4).toString('hex')}`;
  const postgres = await openStore(pgUrl, { pgSchema: schema, pgPoolSize: 10 });
  try {
    // Measured with the planner's statistics in place, as autovacuum keeps them within a minute
    // of a bulk insert: the first minute of a brand-new database is not the steady state.
    const analyze = async () => {
      const client = new pg.Client({ connectionString: pgUrl, options: `-c search_path=${schema}` });
      await client.connect();
      await client.query('ANALYZE');
      await client.end();
    };
    Object.assign(results, await benchThroughput('PostgreSQL', postgres, 20_000, analyze));
  } finally {
    await postgres.close();
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
  return results;
}
