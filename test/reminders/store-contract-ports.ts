// The contract of the store's other ports (conversation state, unanswered turns, the event
// inbox, forget-me, retention), part of the one contract both stores pass (store-contract.ts).
import { describe, expect, it } from 'vitest';
import type { ConversationKey, Store, UnansweredRecord } from '../../src/store/port.js';
import { type StoreHarness, subscribe } from './support/harness.js';

const T0 = new Date('2026-12-01T00:00:00Z');
const MIN = 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

function unanswered(overrides: Partial<UnansweredRecord>): UnansweredRecord {
  return {
    at: T0,
    platform: 'slack',
    lang: 'ja',
    kind: 'fallback',
    intent: 'fallback',
    confidence: 0.2,
    text: '天気は？',
    normalized: '天気は',
    userHash: 'hash-x',
    ...overrides,
  };
}

export function portContracts(current: () => Store, harness: StoreHarness): void {
  describe('conversation state', () => {
    const key: ConversationKey = { platform: 'slack', userId: 'U1', channelId: 'D1' };

    it('keeps the state until it expires, across instances', async () => {
      const store = current();
      expect(await store.loadConversation(key, T0)).toBeUndefined();
      const state = {
        last: { intent: 'deadline', slots: { method: 'konbini' } },
        open: null,
        note: 'は\u0000い',
      };
      await store.saveConversation(key, state, at(10 * MIN), T0);
      expect(await store.loadConversation(key, at(5 * MIN))).toEqual(state);
      const other = await harness.again();
      expect(await other.loadConversation(key, at(10 * MIN))).toBeUndefined();
      expect(await other.loadConversation(key, at(10 * MIN - 1))).toEqual(state);
      expect(await store.loadConversation({ ...key, channelId: 'C9' }, T0)).toBeUndefined();
      expect(await store.loadConversation({ ...key, platform: 'discord' }, T0)).toBeUndefined();
    });

    it('replaces the state and its expiry; deletes one conversation only', async () => {
      const store = current();
      const elsewhere = { ...key, channelId: 'C2' };
      await store.saveConversation(key, { n: 1 }, at(MIN), T0);
      await store.saveConversation(elsewhere, 'plain string', at(MIN), T0);
      await store.saveConversation(key, [1, 2, 3], at(20 * MIN), at(30_000));
      expect(await store.loadConversation(key, at(15 * MIN))).toEqual([1, 2, 3]);
      await store.deleteConversation(key);
      await store.deleteConversation({ ...key, userId: 'nobody' });
      expect(await store.loadConversation(key, T0)).toBeUndefined();
      expect(await store.loadConversation(elsewhere, T0)).toBe('plain string');
      await expect(store.saveConversation(key, undefined, at(MIN), T0)).rejects.toThrow();
    });
  });

  describe('unanswered turns', () => {
    it('groups by normalised text, most asked first, with the latest wording, kinds and intents', async () => {
      const store = current();
      await store.recordUnanswered(unanswered({ at: at(1), text: '天気は?', normalized: '天気は' }));
      await store.recordUnanswered(
        unanswered({
          at: at(3),
          text: '天気は？？',
          normalized: '天気は',
          kind: 'low_confidence',
          intent: 'about',
        }),
      );
      await store.recordUnanswered(
        unanswered({ at: at(2), text: 'Paidy?', normalized: 'paidy', lang: 'en' }),
      );
      await store.recordUnanswered(
        unanswered({ at: at(5), text: 'refund', normalized: 'refund', kind: 'handoff' }),
      );
      await store.recordUnanswered(unanswered({ at: at(-MIN), text: 'old', normalized: 'old' }));
      await store.recordUnanswered(unanswered({ at: at(-MIN), text: 'old', normalized: 'old' }));
      await store.recordUnanswered(unanswered({ at: at(-MIN), text: 'old', normalized: 'old' }));

      const groups = await store.topUnanswered(T0, 10);
      expect(groups).toEqual([
        {
          normalized: '天気は',
          example: '天気は？？',
          count: 2,
          lastAt: at(3),
          kinds: ['fallback', 'low_confidence'],
          intents: ['about', 'fallback'],
        },
        {
          normalized: 'refund',
          example: 'refund',
          count: 1,
          lastAt: at(5),
          kinds: ['handoff'],
          intents: ['fallback'],
        },
        {
          normalized: 'paidy',
          example: 'Paidy?',
          count: 1,
          lastAt: at(2),
          kinds: ['fallback'],
          intents: ['fallback'],
        },
      ]);
      expect((await store.topUnanswered(T0, 1)).map((g) => g.normalized)).toEqual(['天気は']);
      expect((await store.topUnanswered(at(-MIN), 1)).map((g) => g.normalized)).toEqual(['old']);
    });

    it('purges records older than the retention, and keeps text without NUL', async () => {
      const store = current();
      await store.recordUnanswered(unanswered({ at: at(-2 * MIN), normalized: 'a' }));
      await store.recordUnanswered(unanswered({ at: at(-MIN), normalized: 'b' }));
      await store.recordUnanswered(unanswered({ at: T0, text: 'x\u0000y', normalized: 'x\u0000y' }));
      expect(await store.purgeUnanswered(at(-MIN))).toBe(1);
      expect(await store.purgeUnanswered(at(-MIN))).toBe(0);
      const groups = await store.topUnanswered(at(-10 * MIN), 10);
      expect(groups.map((g) => g.normalized).sort()).toEqual(['b', 'xy']);
      expect(groups.find((g) => g.normalized === 'xy')?.example).toBe('xy');
    });
  });

  describe('event inbox', () => {
    const event = (key: string, receivedAt = T0) => ({
      key,
      platform: 'slack' as const,
      payload: { type: 'message', text: 'こんにちは', nested: [1, { a: null }] },
      receivedAt,
    });

    it('enqueues once: a redelivery is refused, whether the event is pending, answered or dropped', async () => {
      const store = current();
      expect(await store.enqueueEvent(event('Ev1'), 'w1', MIN)).toBe(true);
      expect(await store.enqueueEvent(event('Ev1', at(1000)), 'w2', MIN)).toBe(false);
      await store.completeEvent('Ev1');
      expect(await store.enqueueEvent(event('Ev1', at(2000)), 'w2', MIN)).toBe(false);
      await store.enqueueEvent(event('Ev2', at(-10 * MIN)), 'w1', MIN);
      expect(await store.dropStaleEvents(at(-5 * MIN))).toBe(1);
      expect(await store.enqueueEvent(event('Ev2', at(3000)), 'w2', MIN)).toBe(false);
      expect(await store.claimEvents('w3', at(60 * MIN), MIN, 10)).toEqual([]);
    });

    it('claims only events whose lease expired, oldest first, and never answered ones', async () => {
      const store = current();
      await store.enqueueEvent(event('b', at(1)), 'dead', MIN);
      await store.enqueueEvent(event('a', at(1)), 'dead', MIN);
      await store.enqueueEvent(event('c', T0), 'dead', MIN);
      await store.enqueueEvent(event('live', at(30_000)), 'alive', MIN);
      expect(await store.claimEvents('w', at(MIN - 1), MIN, 10)).toEqual([]);
      const claimed = await store.claimEvents('w', at(MIN + 1), 5 * MIN, 2);
      expect(claimed.map((e) => e.key)).toEqual(['c', 'a']);
      expect(claimed[0]).toEqual({ ...event('c', T0), attempts: 2 });
      // Leased to w now: nobody else takes them until that lease expires too.
      expect((await store.claimEvents('x', at(2 * MIN), MIN, 10)).map((e) => e.key)).toEqual(['b', 'live']);
      await store.completeEvent('c');
      const again = await store.claimEvents('y', at(10 * MIN), MIN, 10);
      expect(again.map((e) => [e.key, e.attempts])).toEqual([
        ['a', 3],
        ['b', 3],
        ['live', 3],
      ]);
    });

    it('renews and gives back only the leases a worker holds', async () => {
      const store = current();
      await store.enqueueEvent(event('mine'), 'w', MIN);
      await store.enqueueEvent(event('theirs'), 'other', MIN);
      await store.enqueueEvent(event('done'), 'w', MIN);
      await store.completeEvent('done');
      // Renewed at T0 + 50 s for another minute: still held at T0 + 100 s, when the unrenewed one is not.
      expect(await store.renewEvents('w', ['mine', 'theirs', 'done'], at(50_000), MIN)).toBe(1);
      expect((await store.claimEvents('x', at(100_000), MIN, 10)).map((e) => e.key)).toEqual(['theirs']);
      expect(await store.claimEvents('x', at(100_000), MIN, 10)).toEqual([]);
      // Given back unstarted: claimable at once, and the taking not counted as an attempt.
      expect(await store.releaseEvents('x', ['mine', 'theirs'], false)).toBe(1);
      expect((await store.claimEvents('y', at(100_001), MIN, 10)).map((e) => [e.key, e.attempts])).toEqual([
        ['theirs', 2],
      ]);
      // Given back after it was started: counted.
      expect(await store.releaseEvents('y', ['theirs'], true)).toBe(1);
      expect((await store.claimEvents('z', at(100_002), MIN, 10)).map((e) => [e.key, e.attempts])).toEqual([
        ['theirs', 3],
      ]);
      expect(await store.renewEvents('w', [], at(0), MIN)).toBe(0);
      expect(await store.releaseEvents('w', [], true)).toBe(0);
    });

    it('gives concurrent claimers disjoint events', async () => {
      const store = current();
      for (let i = 0; i < 30; i++) await store.enqueueEvent(event(`e${i}`, at(i)), 'dead', 1);
      const other = await harness.again();
      const batches = await Promise.all(
        [store, other, store, other].map((s, i) => s.claimEvents(`w${i}`, at(MIN), MIN, 10)),
      );
      const keys = batches.flat().map((e) => e.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(30);
    });

    it('drops stale events unanswered and counts them, leaving answered ones alone', async () => {
      const store = current();
      await store.enqueueEvent(event('old1', at(-20 * MIN)), 'w', MIN);
      await store.enqueueEvent(event('old2', at(-20 * MIN)), 'w', MIN);
      await store.enqueueEvent(event('done', at(-20 * MIN)), 'w', MIN);
      await store.enqueueEvent(event('new', at(-MIN)), 'w', MIN);
      await store.completeEvent('done');
      expect(await store.dropStaleEvents(at(-5 * MIN))).toBe(2);
      expect(await store.dropStaleEvents(at(-5 * MIN))).toBe(0);
      expect((await store.claimEvents('w2', at(10 * MIN), MIN, 10)).map((e) => e.key)).toEqual(['new']);
    });
  });

  describe('retention', () => {
    it('purges expired conversation state, seen events and old inbox keys, and nothing live', async () => {
      const store = current();
      const key = (channelId: string): ConversationKey => ({ platform: 'discord', userId: 'u', channelId });
      await store.saveConversation(key('gone'), 1, at(MIN), T0);
      await store.saveConversation(key('kept'), 2, at(20 * MIN), T0);
      await store.rememberEvent('seen-old', MIN, T0);
      await store.rememberEvent('seen-new', 20 * MIN, T0);
      await store.enqueueEvent({ key: 'done', platform: 'line', payload: {}, receivedAt: T0 }, 'w', MIN);
      await store.completeEvent('done');
      await store.enqueueEvent({ key: 'pending', platform: 'line', payload: {}, receivedAt: T0 }, 'w', MIN);
      await store.enqueueEvent(
        { key: 'recent', platform: 'line', payload: {}, receivedAt: at(9 * MIN) },
        'w',
        MIN,
      );
      await store.completeEvent('recent');

      expect(await store.purgeExpired(at(10 * MIN), at(5 * MIN))).toEqual({
        conversations: 1,
        seenEvents: 1,
        inboxEvents: 1,
      });
      expect(await store.loadConversation(key('kept'), at(10 * MIN))).toBe(2);
      expect(await store.rememberEvent('seen-new', MIN, at(10 * MIN))).toBe(false);
      // The purged key is new again; the others are still recognised.
      expect(
        await store.enqueueEvent(
          { key: 'done', platform: 'line', payload: {}, receivedAt: at(10 * MIN) },
          'w',
          MIN,
        ),
      ).toBe(true);
      expect(
        await store.enqueueEvent(
          { key: 'pending', platform: 'line', payload: {}, receivedAt: at(10 * MIN) },
          'w',
          MIN,
        ),
      ).toBe(false);
      expect(
        await store.enqueueEvent(
          { key: 'recent', platform: 'line', payload: {}, receivedAt: at(10 * MIN) },
          'w',
          MIN,
        ),
      ).toBe(false);
    });
  });

  describe('forgetUser', () => {
    async function seedUser(store: Store, platform: 'console' | 'slack', userId: string, hash: string) {
      const sub = await subscribe(store, T0, { platform, userId });
      await store.insertPlanned(
        [
          { subscriptionId: sub.id, dueDate: '2026-12-10', leadDays: 3, sendAt: at(0) },
          { subscriptionId: sub.id, dueDate: '2026-12-10', leadDays: 0, sendAt: at(MIN) },
          { subscriptionId: sub.id, dueDate: '2027-01-10', leadDays: 3, sendAt: at(2 * MIN) },
        ],
        T0,
      );
      const [claimed] = await store.claimDue({
        workerId: 'w',
        now: T0,
        leaseMs: MIN,
        limit: 1,
        today: '2026-12-01',
      });
      await store.markSent(claimed?.delivery.id as string, T0, false);
      await store.markPaid(sub.id, '2027-01-10', T0);
      for (const channelId of ['dm', 'channel'])
        await store.saveConversation({ platform, userId, channelId }, { who: userId }, at(10 * MIN), T0);
      await store.recordUnanswered(unanswered({ userHash: hash, normalized: `q-${userId}` }));
      await store.recordUnanswered(unanswered({ userHash: hash, normalized: `q-${userId}`, at: at(1) }));
      return sub;
    }

    it("removes exactly one user's subscription, deliveries, paid deadlines, conversations and unanswered records", async () => {
      const store = current();
      const alice = await seedUser(store, 'console', 'alice', 'hash-alice');
      const bob = await seedUser(store, 'console', 'bob', 'hash-bob');
      // The same user id on another platform is another person.
      const slackAlice = await seedUser(store, 'slack', 'alice', 'hash-slack-alice');

      expect(await store.forgetUser('console', 'alice', 'hash-alice')).toEqual({
        subscriptions: 1,
        deliveries: 3,
        conversations: 2,
        unanswered: 2,
      });
      expect(await store.getSubscription('console', 'alice')).toBeUndefined();
      expect(await store.getSubscriptionById(alice.id)).toBeUndefined();
      expect(await store.listRecent('console', 'alice', 10)).toEqual([]);
      expect(await store.listPaidDeadlines([alice.id], '2026-01-01')).toEqual([]);
      expect(
        await store.loadConversation({ platform: 'console', userId: 'alice', channelId: 'dm' }, T0),
      ).toBeUndefined();

      for (const [sub, platform, userId] of [
        [bob, 'console', 'bob'],
        [slackAlice, 'slack', 'alice'],
      ] as const) {
        expect(await store.getSubscription(platform, userId)).toEqual(sub);
        expect(await store.listUpcoming(platform, userId, 10)).toHaveLength(1);
        expect(await store.listRecent(platform, userId, 10)).toHaveLength(1);
        expect(await store.listPaidDeadlines([sub.id], '2026-01-01')).toEqual([[sub.id, '2027-01-10']]);
        expect(await store.loadConversation({ platform, userId, channelId: 'channel' }, T0)).toEqual({
          who: userId,
        });
      }
      expect((await store.topUnanswered(at(-MIN), 10)).map((g) => [g.normalized, g.count])).toEqual([
        ['q-alice', 2],
        ['q-bob', 2],
      ]);

      expect(await store.forgetUser('console', 'alice', 'hash-alice')).toEqual({
        subscriptions: 0,
        deliveries: 0,
        conversations: 0,
        unanswered: 0,
      });
      // Subscribing again starts afresh: no paid deadline is remembered.
      const again = await subscribe(store, at(MIN), { userId: 'alice' });
      expect(again.id).not.toBe(alice.id);
      expect(
        await store.insertPlanned(
          [{ subscriptionId: again.id, dueDate: '2027-01-10', leadDays: 3, sendAt: at(2 * MIN) }],
          at(MIN),
        ),
      ).toBe(1);
    });
  });

  describe('settings', () => {
    it('keeps the first value stored, for every instance, even when they start together', async () => {
      const store = current();
      const other = await harness.again();
      const [a, b] = await Promise.all([
        store.setting('user-hash-key', 'aaa'),
        other.setting('user-hash-key', 'bbb'),
      ]);
      expect(a).toBe(b);
      expect(await store.setting('user-hash-key', 'ccc')).toBe(a);
      expect(await store.setting('other', 'x')).toBe('x');
      await store.forgetUser('console', 'anyone', 'hash');
      expect(await other.setting('user-hash-key', 'ddd')).toBe(a);
    });
  });

  describe('ping', () => {
    it('answers while open and fails once closed', async () => {
      const store = await harness.again();
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
    });
  });
}
