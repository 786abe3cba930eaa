// Opening stores for tests: a fresh SQLite file or a fresh PostgreSQL schema per test, plus a
// second handle on the same database for concurrency and migration tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plansOutdated } from '../../../src/reminders/service.js';
import {
  normalizeSubscriptionInput,
  type Subscription,
  type SubscriptionInput,
} from '../../../src/reminders/subscription.js';
import { openStore } from '../../../src/store/open.js';
import type { ReminderStore, Store } from '../../../src/store/port.js';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from './pg.js';

export interface StoreHarness {
  readonly label: string;
  /** A new, empty store; every store opened is closed by cleanup(). */
  fresh(): Promise<Store>;
  /** Another handle on the database of the last fresh() (another process, in effect). */
  again(): Promise<Store>;
  /** What a child process needs to open the same database: DATABASE_URL and the PG schema. */
  target(): { databaseUrl: string; pgSchema?: string };
  cleanup(): Promise<void>;
}

export function sqliteHarness(): StoreHarness {
  const dirs: string[] = [];
  const opened: Store[] = [];
  let file = '';
  return {
    label: 'SQLite',
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'atone-reminders-'));
      dirs.push(dir);
      file = join(dir, 'nested', 'bot.db');
      const store = await openStore(`sqlite:${file}`);
      opened.push(store);
      return store;
    },
    async again() {
      const store = await openStore(`sqlite:${file}`);
      opened.push(store);
      return store;
    },
    target: () => ({ databaseUrl: `sqlite:${file}` }),
    async cleanup() {
      for (const store of opened.splice(0)) await store.close();
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postgresHarness(label: string): StoreHarness {
  const schemas: string[] = [];
  const opened: Store[] = [];
  let schema = '';
  const url = TEST_DATABASE_URL ?? 'postgres://unset';
  return {
    label: 'PostgreSQL',
    async fresh() {
      schema = uniqueSchema(label);
      schemas.push(schema);
      const store = await openStore(url, { pgSchema: schema });
      opened.push(store);
      return store;
    },
    async again() {
      const store = await openStore(url, { pgSchema: schema });
      opened.push(store);
      return store;
    },
    target: () => ({ databaseUrl: url, pgSchema: schema }),
    async cleanup() {
      for (const store of opened.splice(0)) await store.close();
      for (const s of schemas.splice(0)) await dropSchema(s);
    },
  };
}

let userCounter = 0;

/** A subscription with defaults for everything a test does not care about. */
export async function subscribe(
  store: ReminderStore,
  now: Date,
  overrides: Partial<SubscriptionInput> = {},
): Promise<Subscription> {
  userCounter++;
  return store.upsertSubscription(
    normalizeSubscriptionInput({
      platform: 'console',
      userId: `user-${userCounter}`,
      destination: `console:user-${userCounter}`,
      method: 'store',
      lang: 'ja',
      ...overrides,
    }),
    now,
    plansOutdated,
  );
}
