// SQLite faults: a closed database, a file that is not a database, a path that cannot be a
// directory, a read-only database. Each is a coded StoreError the caller can apologise for.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeSubscriptionInput } from '../../src/reminders/subscription.js';
import { openStore } from '../../src/store/open.js';
import { storeError } from '../../src/store/sqlite.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atone-faults-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const unavailable = { name: 'StoreError', code: 'STORE_UNAVAILABLE' };

describe('SQLite store faults', () => {
  it('answers every call on a closed database with STORE_UNAVAILABLE', async () => {
    const store = await openStore(`sqlite:${join(dir, 'bot.db')}`);
    await store.close();
    const settings = normalizeSubscriptionInput({
      platform: 'console',
      userId: 'u',
      destination: 'console:u',
      method: 'store',
      lang: 'ja',
    });
    const now = new Date();
    await expect(store.ping()).rejects.toMatchObject(unavailable);
    await expect(store.getSubscription('console', 'u')).rejects.toMatchObject(unavailable);
    await expect(store.upsertSubscription(settings, now)).rejects.toMatchObject(unavailable);
    await expect(
      store.claimDue({ workerId: 'w', now, leaseMs: 1000, limit: 1, today: '2026-12-01' }),
    ).rejects.toMatchObject(unavailable);
    await expect(
      store.saveConversation({ platform: 'console', userId: 'u', channelId: 'c' }, {}, now, now),
    ).rejects.toMatchObject(unavailable);
    await store.close();
  });

  it('refuses to open a file that is not a database, naming it', async () => {
    const file = join(dir, 'notes.db');
    writeFileSync(file, 'these are not the pages you are looking for'.repeat(100));
    await expect(openStore(`sqlite:${file}`)).rejects.toMatchObject({
      ...unavailable,
      message: expect.stringContaining(file),
    });
  });

  it('refuses a path whose folder cannot be created, naming it', async () => {
    const blocker = join(dir, 'file');
    writeFileSync(blocker, '');
    const path = join(blocker, 'bot.db');
    await expect(openStore(`sqlite:${path}`)).rejects.toMatchObject({
      ...unavailable,
      message: expect.stringMatching(/DATABASE_URL/),
    });
  });

  it('reports a write to a read-only database as STORE_UNAVAILABLE, a refused statement as STORE_FAILED', () => {
    const file = join(dir, 'ro.db');
    new Database(file).exec('CREATE TABLE t (x UNIQUE)').close();
    const readOnly = new Database(file, { readonly: true });
    let error: unknown;
    try {
      readOnly.prepare('INSERT INTO t VALUES (1)').run();
    } catch (caught) {
      error = caught;
    }
    readOnly.close();
    expect(storeError(error)).toMatchObject(unavailable);

    const writable = new Database(file);
    writable.prepare('INSERT INTO t VALUES (1)').run();
    try {
      writable.prepare('INSERT INTO t VALUES (1)').run();
    } catch (caught) {
      error = caught;
    }
    writable.close();
    expect(storeError(error)).toMatchObject({ name: 'StoreError', code: 'STORE_FAILED' });
  });
});
