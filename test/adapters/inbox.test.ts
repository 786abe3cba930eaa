// The durable inbox (adapters/inbox.ts) on a real SQLite store: kept before the acknowledgement,
// each key answered once, a dead process's events answered by the next, stale ones dropped and
// counted, a poison event given up, and answers still given while the store is down.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInbox, type Inbox, type InboxOptions } from '../../adapters/inbox.js';
import { silentLogger } from '../../src/log.js';
import type { Metrics } from '../../src/metrics.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';

let store: Store;
let clock: number;
const counted: Array<[string, Record<string, string>, number]> = [];
const metrics: Metrics = {
  count: (metric, labels, by = 1) => void counted.push([metric, labels as Record<string, string>, by]),
  observe: () => {},
};

beforeEach(async () => {
  store = await openStore('sqlite::memory:');
  clock = Date.parse('2026-11-27T10:00:00Z');
  counted.length = 0;
});
afterEach(async () => store.close());

function inbox(overrides: Partial<InboxOptions> = {}): Inbox {
  return createInbox({
    store,
    workerId: 'w1',
    log: silentLogger,
    metrics,
    now: () => new Date(clock),
    soleProcess: false,
    intervalMs: 10,
    ...overrides,
  });
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done()).toBe(true);
};

describe('the inbox', () => {
  it('answers an accepted event once, and recognises its redelivery by key, answered or not', async () => {
    const answered: unknown[] = [];
    const box = inbox();
    box.handle('slack', async (payload) => void answered.push(payload));
    expect(await box.accept('slack', 'slack:Ev1', { n: 1 })).toBe('queued');
    expect(await box.accept('slack', 'slack:Ev1', { n: 1 })).toBe('duplicate');
    await until(() => answered.length === 1);
    expect(await box.accept('slack', 'slack:Ev1', { n: 1 })).toBe('duplicate');
    await box.stop(Date.now() + 1_000);
    expect(answered).toEqual([{ n: 1 }]);
    expect(counted.filter(([m]) => m === 'duplicateEvents')).toHaveLength(2);
  });

  it("answers a dead process's events: at once for a sole process, after the lease otherwise", async () => {
    // A process that took two events and died before answering them.
    await store.enqueueEvent(
      { key: 'slack:A', platform: 'slack', payload: 'a', receivedAt: new Date(clock) },
      'dead',
      30_000,
    );
    await store.enqueueEvent(
      { key: 'slack:B', platform: 'slack', payload: 'b', receivedAt: new Date(clock) },
      'dead',
      30_000,
    );
    const replayed: unknown[] = [];
    const shared = inbox({ workerId: 'w2' });
    shared.handle('slack', async (payload, replay) => void replayed.push([payload, replay]));
    shared.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(replayed).toEqual([]);
    await shared.stop(Date.now());

    const sole = inbox({ workerId: 'w3', soleProcess: true });
    sole.handle('slack', async (payload, replay) => void replayed.push([payload, replay]));
    sole.start();
    await until(() => replayed.length === 2);
    await sole.stop(Date.now() + 1_000);
    expect(replayed).toEqual([
      ['a', true],
      ['b', true],
    ]);
    expect(counted.filter(([m]) => m === 'inboxReplayed')).toHaveLength(2);
  });

  it('drops and counts events too old to answer', async () => {
    await store.enqueueEvent(
      { key: 'slack:OLD', platform: 'slack', payload: 'old', receivedAt: new Date(clock - 10 * 60_000) },
      'dead',
      30_000,
    );
    const replayed: unknown[] = [];
    const box = inbox({ soleProcess: true });
    box.handle('slack', async (payload) => void replayed.push(payload));
    box.start();
    await until(() => counted.some(([m]) => m === 'inboxStale'));
    await box.stop(Date.now());
    expect(replayed).toEqual([]);
    expect(counted.find(([m]) => m === 'inboxStale')).toEqual(['inboxStale', {}, 1]);
  });

  it('gives up an event that keeps killing the process', async () => {
    await store.enqueueEvent(
      { key: 'slack:POISON', platform: 'slack', payload: 'p', receivedAt: new Date(clock) },
      'a',
      1,
    );
    // Three more processes claimed it and died while answering it.
    for (const worker of ['b', 'c', 'd']) {
      clock += 10;
      await store.claimEvents(worker, new Date(clock), 1, 10);
    }
    clock += 10;
    const replayed: unknown[] = [];
    const box = inbox({ workerId: 'e' });
    box.handle('slack', async (payload) => void replayed.push(payload));
    box.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await box.stop(Date.now());
    expect(replayed).toEqual([]);
    expect(await store.claimEvents('f', new Date(clock + 60_000), 1, 10)).toEqual([]);
  });

  it('still answers when the store cannot keep the event', async () => {
    const answered: unknown[] = [];
    const box = inbox();
    box.handle('slack', async (payload) => void answered.push(payload));
    await store.close();
    expect(await box.accept('slack', 'slack:DOWN', 'x')).toBe('queued');
    await until(() => answered.length === 1);
    await box.stop(Date.now() + 1_000);
    store = await openStore('sqlite::memory:');
  });

  it("renews a slow turn's lease: another process never takes it over, and it is answered once", async () => {
    // Real time here: leases expire by the clock. The lease is 150 ms; the turn takes 800 ms.
    const realNow = () => new Date();
    const answered: string[] = [];
    const slow = inbox({ workerId: 'slow', leaseMs: 150, now: realNow });
    slow.handle('slack', async (payload) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      answered.push(`slow:${String(payload)}`);
    });
    slow.start();
    // Another process on the same database, looking for expired leases every 10 ms.
    const other = inbox({ workerId: 'other', leaseMs: 150, now: realNow });
    other.handle('slack', async (payload) => void answered.push(`other:${String(payload)}`));
    other.start();
    expect(await slow.accept('slack', 'slack:SLOW', 'turn')).toBe('queued');
    await until(() => answered.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.stop(Date.now());
    await slow.stop(Date.now() + 1_000);
    expect(answered).toEqual(['slow:turn']);
    // Without renewal the same lease is taken over: a process that died holding an event.
    await store.enqueueEvent(
      { key: 'slack:DEAD', platform: 'slack', payload: 'dead', receivedAt: new Date() },
      'dead-process',
      150,
    );
    const taker = inbox({ workerId: 'taker', leaseMs: 150, now: realNow });
    taker.handle('slack', async (payload) => void answered.push(`taker:${String(payload)}`));
    taker.start();
    await until(() => answered.includes('taker:dead'));
    await taker.stop(Date.now() + 1_000);
  });

  it("answers one conversation's events in order, one at a time, and other conversations alongside", async () => {
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const box = inbox({ concurrency: 4 });
    box.handle(
      'slack',
      async (payload) => {
        const { conversation, n } = payload as { conversation: string; n: number };
        running++;
        most = Math.max(most, running);
        log.push(`start ${conversation}${n}`);
        // Later events of a conversation are quicker: run in parallel, they would finish first.
        await new Promise((resolve) => setTimeout(resolve, 60 - n * 15));
        log.push(`end ${conversation}${n}`);
        running--;
      },
      (payload) => (payload as { conversation: string }).conversation,
    );
    for (let n = 0; n < 3; n++)
      for (const conversation of ['A', 'B'])
        await box.accept('slack', `slack:${conversation}${n}`, { conversation, n });
    await until(() => log.length === 12);
    await box.stop(Date.now() + 1_000);
    for (const conversation of ['A', 'B']) {
      const own = log.filter(
        (line) =>
          line.endsWith(`${conversation}0`) ||
          line.endsWith(`${conversation}1`) ||
          line.endsWith(`${conversation}2`),
      );
      expect(own).toEqual([0, 1, 2].flatMap((n) => [`start ${conversation}${n}`, `end ${conversation}${n}`]));
    }
    // A and B ran side by side.
    expect(most).toBe(2);
  });

  it('on stop, finishes what it can by the deadline and gives the rest back, unstarted ones not counted as attempts', async () => {
    const realNow = () => new Date();
    const answered: string[] = [];
    const first = inbox({ workerId: 'first', concurrency: 1, now: realNow });
    first.handle('slack', async (payload) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      answered.push(`first:${String(payload)}`);
    });
    first.start();
    for (const n of [1, 2, 3, 4, 5]) await first.accept('slack', `slack:S${n}`, `e${n}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Queued events are started until a second before the deadline: the first one, running then,
    // finishes; the four never started are given back.
    const left = await first.stop(Date.now() + 1_200);
    expect(answered).toEqual(['first:e1']);
    expect(left.released).toBe(4);
    // Given back at once (no lease to wait for), and not counted as attempts: taken once, by this probe.
    const rows = await store.claimEvents('probe', new Date(), 30_000, 10);
    expect(rows.map((row) => [row.key, row.attempts])).toEqual([
      ['slack:S2', 1],
      ['slack:S3', 1],
      ['slack:S4', 1],
      ['slack:S5', 1],
    ]);
  });

  it('gives back the lease of an event still running at the deadline, as attempted', async () => {
    const first = inbox({ workerId: 'first', now: () => new Date() });
    first.handle('slack', () => new Promise(() => {}));
    first.start();
    await first.accept('slack', 'slack:HUNG', 'h');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await first.stop(Date.now() + 200)).released).toBe(1);
    const rows = await store.claimEvents('probe', new Date(), 30_000, 10);
    expect(rows.map((row) => [row.key, row.attempts])).toEqual([['slack:HUNG', 2]]);
  });
});
