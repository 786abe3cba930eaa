// The one contract every Store implementation passes (SQLite and PostgreSQL run the same
// tests: store.sqlite.test.ts, store.postgres.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlannedDelivery } from '../../src/reminders/plan.js';
import { normalizeSubscriptionInput } from '../../src/reminders/subscription.js';
import type { Store } from '../../src/store/port.js';
import { portContracts } from './store-contract-ports.js';
import { type StoreHarness, subscribe } from './support/harness.js';

const T0 = new Date('2026-12-01T00:00:00Z'); // 09:00 in Tokyo
const MIN = 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

function planned(subscriptionId: string, dueDate: string, leadDays: number, sendAt: Date): PlannedDelivery {
  return { subscriptionId, dueDate, leadDays, sendAt };
}

export function storeContract(harness: StoreHarness): void {
  describe(`Store contract: ${harness.label}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await harness.fresh();
    });
    afterEach(async () => {
      await harness.cleanup();
    });

    describe('migrations', () => {
      it('run once: opening the same database again (even concurrently) applies nothing twice', async () => {
        const [a, b] = await Promise.all([harness.again(), harness.again()]);
        const sub = await subscribe(a, T0);
        expect((await b.getSubscriptionById(sub.id))?.userId).toBe(sub.userId);
      });
    });

    describe('subscriptions', () => {
      it('creates one subscription per platform and user, and subscribing again changes it', async () => {
        const first = await subscribe(store, T0, { userId: 'u1', method: 'store' });
        expect(first).toMatchObject({
          userId: 'u1',
          method: 'store',
          leadDays: [3, 0],
          sendHour: 9,
          active: true,
        });
        expect(first.createdAt).toEqual(T0);
        const changed = await subscribe(store, at(MIN), {
          userId: 'u1',
          method: 'auto_debit',
          leadDays: [0, 5],
          quietHours: { start: 22, end: 7 },
          lang: 'en',
        });
        expect(changed.id).toBe(first.id);
        expect(changed).toMatchObject({
          method: 'auto_debit',
          leadDays: [5, 0],
          quietHours: { start: 22, end: 7 },
        });
        expect(changed.createdAt).toEqual(T0);
        expect(changed.updatedAt).toEqual(at(MIN));
        const other = await subscribe(store, T0, { userId: 'u1', platform: 'slack' });
        expect(other.id).not.toBe(first.id);
        expect(await store.getSubscription('console', 'u1')).toEqual(changed);
        expect(await store.getSubscriptionById(first.id)).toEqual(changed);
        expect(await store.getSubscription('console', 'nobody')).toBeUndefined();
      });

      it('deactivates, cancelling pending reminders; subscribing again reactivates', async () => {
        const sub = await subscribe(store, T0, { userId: 'u2' });
        await store.insertPlanned([planned(sub.id, '2026-12-10', 3, at(MIN))], T0);
        const stopped = await store.deactivateSubscription('console', 'u2', at(MIN));
        expect(stopped?.active).toBe(false);
        expect(await store.listUpcoming('console', 'u2', 10)).toEqual([]);
        expect(
          await store.claimDue({
            workerId: 'w',
            now: at(10 * MIN),
            leaseMs: MIN,
            limit: 10,
            today: '2026-12-01',
          }),
        ).toEqual([]);
        expect(await store.deactivateSubscription('console', 'nobody', T0)).toBeUndefined();
        const again = await subscribe(store, at(2 * MIN), { userId: 'u2' });
        expect(again).toMatchObject({ id: sub.id, active: true });
        // The cancelled plan is gone, so planning can create that reminder again.
        expect(await store.insertPlanned([planned(sub.id, '2026-12-10', 3, at(3 * MIN))], at(2 * MIN))).toBe(
          1,
        );
      });

      it('drops reminders planned for old settings, but not when only the language changes', async () => {
        const sub = await subscribe(store, T0, { userId: 'u3' });
        await store.insertPlanned([planned(sub.id, '2026-12-10', 3, at(MIN))], T0);
        await subscribe(store, T0, { userId: 'u3', lang: 'en', destination: 'console:elsewhere' });
        expect(await store.listUpcoming('console', 'u3', 10)).toHaveLength(1);
        await subscribe(store, T0, { userId: 'u3', lang: 'en', leadDays: [1] });
        expect(await store.listUpcoming('console', 'u3', 10)).toHaveLength(0);
      });

      it('lists active subscriptions in pages by id', async () => {
        const ids: string[] = [];
        for (let i = 0; i < 7; i++) ids.push((await subscribe(store, T0)).id);
        await store.deactivateSubscription(
          'console',
          (await store.getSubscriptionById(ids[0] as string))?.userId ?? '',
          T0,
        );
        const seen: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = await store.listActiveSubscriptions(after, 3);
          seen.push(...page.map((s) => s.id));
          if (page.length < 3) break;
          after = page[page.length - 1]?.id;
        }
        expect(seen).toEqual(ids.slice(1).sort());
      });
    });

    describe('deliveries', () => {
      it('inserts each (subscription, deadline, lead) once', async () => {
        const sub = await subscribe(store, T0);
        const rows = [
          planned(sub.id, '2026-12-10', 3, at(MIN)),
          planned(sub.id, '2026-12-10', 0, at(2 * MIN)),
        ];
        expect(await store.insertPlanned(rows, T0)).toBe(2);
        expect(await store.insertPlanned([...rows, planned(sub.id, '2027-01-10', 3, at(3 * MIN))], T0)).toBe(
          1,
        );
        expect(await store.insertPlanned([], T0)).toBe(0);
        const upcoming = await store.listUpcoming('console', sub.userId, 10);
        expect(upcoming.map((d) => [d.dueDate, d.leadDays, d.status, d.origin])).toEqual([
          ['2026-12-10', 3, 'pending', 'plan'],
          ['2026-12-10', 0, 'pending', 'plan'],
          ['2027-01-10', 3, 'pending', 'plan'],
        ]);
        expect(upcoming[0]?.sendAt).toEqual(at(MIN));
        expect(upcoming[0]?.nextAttemptAt).toEqual(at(MIN));
      });

      it('never plans a paid deadline, or for an inactive subscription', async () => {
        const sub = await subscribe(store, T0, { userId: 'payer' });
        expect(await store.markPaid(sub.id, '2026-12-10', T0)).toEqual({ newlyPaid: true, cancelled: 0 });
        expect(await store.insertPlanned([planned(sub.id, '2026-12-10', 3, at(MIN))], T0)).toBe(0);
        await store.deactivateSubscription('console', 'payer', T0);
        expect(await store.insertPlanned([planned(sub.id, '2027-01-10', 3, at(MIN))], T0)).toBe(0);
        expect(await store.listPaidDeadlines([sub.id, 'other'], '2026-12-01')).toEqual([
          [sub.id, '2026-12-10'],
        ]);
        expect(await store.listPaidDeadlines([sub.id], '2026-12-11')).toEqual([]);
        expect(await store.listPaidDeadlines([], '2026-12-01')).toEqual([]);
      });

      it('claims due deliveries with a lease that only its worker can settle, and that expires', async () => {
        const sub = await subscribe(store, T0);
        await store.insertPlanned(
          [planned(sub.id, '2026-12-10', 3, at(0)), planned(sub.id, '2026-12-10', 0, at(60 * MIN))],
          T0,
        );
        const request = { now: at(MIN), leaseMs: 5 * MIN, limit: 10, today: '2026-12-01' };
        const claimed = await store.claimDue({ ...request, workerId: 'a' });
        expect(claimed).toHaveLength(1);
        const [first] = claimed;
        expect(first?.delivery).toMatchObject({ leadDays: 3, leaseOwner: 'a', status: 'pending' });
        expect(first?.delivery.leaseUntil).toEqual(at(6 * MIN));
        expect(first?.subscription).toEqual(sub);
        expect(await store.claimDue({ ...request, workerId: 'b' })).toEqual([]);
        const id = first?.delivery.id as string;
        expect(
          await store.markFailed(
            id,
            'b',
            { error: 'x', nextAttemptAt: at(0), countsAsAttempt: true },
            at(MIN),
          ),
        ).toBe(false);
        expect(await store.release(id, 'b', at(0), at(MIN))).toBe(false);
        // The lease expires: another worker takes it over.
        const taken = await store.claimDue({ ...request, now: at(6 * MIN), workerId: 'b' });
        expect(taken.map((c) => c.delivery.id)).toEqual([id]);
        expect(await store.markSent(id, at(7 * MIN), false)).toBe(true);
        expect(await store.markSent(id, at(8 * MIN), false)).toBe(false);
        const sent = await store.getDelivery(id);
        expect(sent).toMatchObject({ status: 'sent', late: false });
        expect(sent?.sentAt).toEqual(at(7 * MIN));
        expect(sent?.leaseOwner).toBeUndefined();
      });

      it('records failures: retries count attempts, rate limits do not, the last one stays visible as failed', async () => {
        const sub = await subscribe(store, T0, { userId: 'flaky' });
        await store.insertPlanned([planned(sub.id, '2026-12-10', 3, at(0))], T0);
        const claim = async (now: Date) =>
          (await store.claimDue({ workerId: 'w', now, leaseMs: MIN, limit: 1, today: '2026-12-01' }))[0]
            ?.delivery;
        const d1 = await claim(T0);
        const id = d1?.id as string;
        await store.markFailed(
          id,
          'w',
          { error: 'boom', nextAttemptAt: at(10 * MIN), countsAsAttempt: true },
          T0,
        );
        expect(await claim(at(5 * MIN))).toBeUndefined();
        const d2 = await claim(at(10 * MIN));
        expect(d2).toMatchObject({ attempts: 1, lastError: 'boom' });
        await store.markFailed(
          id,
          'w',
          { error: '429', nextAttemptAt: at(11 * MIN), countsAsAttempt: false },
          at(10 * MIN),
        );
        const d3 = await claim(at(11 * MIN));
        expect(d3).toMatchObject({ attempts: 1, lastError: '429' });
        await store.markFailed(
          id,
          'w',
          { error: 'gave up', nextAttemptAt: null, countsAsAttempt: true },
          at(11 * MIN),
        );
        expect(await claim(at(100 * MIN))).toBeUndefined();
        const recent = await store.listRecent('console', 'flaky', 5);
        expect(recent).toHaveLength(1);
        expect(recent[0]).toMatchObject({ status: 'failed', attempts: 2, lastError: 'gave up' });
      });

      it('marks a delivery undeliverable: its subscription stops, with a notice taken once', async () => {
        const sub = await subscribe(store, T0, { userId: 'blocked' });
        const other = await subscribe(store, T0, { userId: 'fine' });
        await store.insertPlanned(
          [
            planned(sub.id, '2026-12-10', 3, at(0)),
            planned(sub.id, '2026-12-10', 0, at(MIN)),
            planned(sub.id, '2027-01-10', 3, at(2 * MIN)),
            planned(other.id, '2026-12-10', 3, at(0)),
          ],
          T0,
        );
        const request = { workerId: 'w', now: T0, leaseMs: MIN, limit: 10, today: '2026-12-01' };
        const [claimed] = (await store.claimDue(request)).filter((c) => c.subscription.id === sub.id);
        const id = claimed?.delivery.id as string;
        expect(await store.markUndeliverable(id, 'intruder', 'nope', at(1000))).toBe(false);
        expect(await store.markUndeliverable(id, 'w', 'discord 50007: Cannot send messages', at(1000))).toBe(
          true,
        );
        expect(await store.markUndeliverable(id, 'w', 'again', at(2000))).toBe(false);
        expect(await store.getDelivery(id)).toMatchObject({
          status: 'undeliverable',
          attempts: 1,
          lastError: 'discord 50007: Cannot send messages',
        });
        expect((await store.listRecent('console', 'blocked', 5)).map((d) => d.status)).toEqual([
          'undeliverable',
        ]);
        expect(await store.listUpcoming('console', 'blocked', 5)).toEqual([]);
        expect((await store.getSubscription('console', 'blocked'))?.active).toBe(false);
        expect(await store.listUpcoming('console', 'fine', 5)).toHaveLength(1);
        expect((await store.getSubscription('console', 'fine'))?.active).toBe(true);

        expect(await store.takeDeliveryNotice('console', 'blocked')).toEqual({
          kind: 'undeliverable',
          reason: 'discord 50007: Cannot send messages',
          at: at(1000),
          dueDate: '2026-12-10',
          cancelled: 2,
        });
        expect(await store.takeDeliveryNotice('console', 'blocked')).toBeUndefined();
        expect(await store.takeDeliveryNotice('console', 'fine')).toBeUndefined();
        expect(await store.takeDeliveryNotice('console', 'nobody')).toBeUndefined();
      });

      it('clears an untaken notice when the user subscribes again', async () => {
        const sub = await subscribe(store, T0, { userId: 'back' });
        await store.insertPlanned([planned(sub.id, '2026-12-10', 3, at(0))], T0);
        const [claimed] = await store.claimDue({
          workerId: 'w',
          now: T0,
          leaseMs: MIN,
          limit: 1,
          today: '2026-12-01',
        });
        await store.markUndeliverable(claimed?.delivery.id as string, 'w', 'slack cannot_dm_bot', T0);
        expect((await subscribe(store, at(MIN), { userId: 'back' })).active).toBe(true);
        expect(await store.takeDeliveryNotice('console', 'back')).toBeUndefined();
      });

      it('releases a claim unsent, claimable again from the given time', async () => {
        const sub = await subscribe(store, T0);
        await store.insertPlanned([planned(sub.id, '2026-12-10', 3, at(0))], T0);
        const [c] = await store.claimDue({
          workerId: 'w',
          now: T0,
          leaseMs: MIN,
          limit: 5,
          today: '2026-12-01',
        });
        expect(await store.release(c?.delivery.id as string, 'w', at(2000), T0)).toBe(true);
        expect(
          await store.claimDue({ workerId: 'x', now: at(1000), leaseMs: MIN, limit: 5, today: '2026-12-01' }),
        ).toEqual([]);
        expect(
          await store.claimDue({ workerId: 'x', now: at(2000), leaseMs: MIN, limit: 5, today: '2026-12-01' }),
        ).toHaveLength(1);
      });

      it('drops and counts deliveries whose deadline has passed, and never claims them', async () => {
        const sub = await subscribe(store, T0, { userId: 'away' });
        await store.insertPlanned(
          [
            planned(sub.id, '2026-12-10', 3, at(0)),
            planned(sub.id, '2026-12-10', 0, at(MIN)),
            planned(sub.id, '2026-12-20', 0, at(MIN)),
          ],
          T0,
        );
        const request = {
          workerId: 'w',
          now: at(20 * 24 * 60 * MIN),
          leaseMs: MIN,
          limit: 10,
          today: '2026-12-11',
        };
        const claimed = await store.claimDue(request);
        expect(claimed.map((c) => c.delivery.dueDate)).toEqual(['2026-12-20']);
        expect(await store.dropExpired('2026-12-11', request.now)).toBe(2);
        expect(await store.dropExpired('2026-12-11', request.now)).toBe(0);
        expect((await store.listRecent('console', 'away', 5)).map((d) => d.status)).toEqual([
          'dropped',
          'dropped',
        ]);
      });

      it('marks a deadline paid: pending reminders for it are cancelled and never claimed', async () => {
        const sub = await subscribe(store, T0, { userId: 'paid' });
        await store.insertPlanned(
          [
            planned(sub.id, '2026-12-10', 3, at(0)),
            planned(sub.id, '2026-12-10', 0, at(MIN)),
            planned(sub.id, '2027-01-10', 3, at(MIN)),
          ],
          T0,
        );
        expect(await store.markPaid(sub.id, '2026-12-10', T0)).toEqual({ newlyPaid: true, cancelled: 2 });
        expect(await store.markPaid(sub.id, '2026-12-10', T0)).toEqual({ newlyPaid: false, cancelled: 0 });
        const claimed = await store.claimDue({
          workerId: 'w',
          now: at(5 * MIN),
          leaseMs: MIN,
          limit: 10,
          today: '2026-12-01',
        });
        expect(claimed.map((c) => c.delivery.dueDate)).toEqual(['2027-01-10']);
      });

      it('never claims a paid deadline even when its row was planned concurrently', async () => {
        const sub = await subscribe(store, T0);
        await store.insertPlanned([planned(sub.id, '2026-12-10', 3, at(0))], T0);
        const [claimed] = await store.claimDue({
          workerId: 'w',
          now: T0,
          leaseMs: MIN,
          limit: 1,
          today: '2026-12-01',
        });
        await store.markPaid(sub.id, '2026-12-10', T0);
        await store.release(claimed?.delivery.id as string, 'w', T0, T0);
        expect(
          await store.claimDue({ workerId: 'w', now: at(MIN), leaseMs: MIN, limit: 1, today: '2026-12-01' }),
        ).toEqual([]);
      });

      it('schedules a snooze under the same uniqueness', async () => {
        const sub = await subscribe(store, T0);
        await store.insertPlanned([planned(sub.id, '2026-12-10', 0, at(MIN))], T0);
        const snoozed = await store.insertSnooze(planned(sub.id, '2026-12-10', 2, at(2 * MIN)), T0);
        expect(snoozed).toMatchObject({ origin: 'snooze', leadDays: 2, status: 'pending' });
        expect((await store.insertSnooze(planned(sub.id, '2026-12-10', 2, at(3 * MIN)), T0)).id).toBe(
          snoozed.id,
        );
        const existing = await store.insertSnooze(planned(sub.id, '2026-12-10', 0, at(MIN)), T0);
        expect(existing.origin).toBe('plan');
        expect(await store.getDelivery(snoozed.id)).toEqual(snoozed);
        expect(await store.getDelivery('999999')).toBeUndefined();
        expect(await store.getDelivery('not-a-number')).toBeUndefined();
      });

      it('marks many deliveries sent in one call, each once, whoever holds the lease', async () => {
        const sub = await subscribe(store, T0, { userId: 'many' });
        await store.insertPlanned(
          [5, 4, 3, 2].map((lead) => planned(sub.id, '2026-12-10', lead, at(5 - lead))),
          T0,
        );
        const claimed = await store.claimDue({
          workerId: 'w',
          now: at(3),
          leaseMs: MIN,
          limit: 10,
          today: '2026-12-01',
        });
        const ids = claimed.map((c) => c.delivery.id);
        expect(await store.markSent(ids[0] as string, T0, false)).toBe(true);
        expect(await store.markSentMany([...ids.slice(0, 3), 'not-a-number', '999999'], at(MIN), true)).toBe(
          2,
        );
        expect(await store.markSentMany([], at(MIN), true)).toBe(0);
        const recent = await store.listRecent('console', 'many', 10);
        expect(
          recent
            .map((d) => [d.leadDays, d.status, d.late, d.sentAt, d.leaseOwner])
            .sort((a, b) => Number(a[0]) - Number(b[0])),
        ).toEqual([
          [3, 'sent', true, at(MIN), undefined],
          [4, 'sent', true, at(MIN), undefined],
          [5, 'sent', false, T0, undefined],
        ]);
        expect((await store.listUpcoming('console', 'many', 10)).map((d) => d.leadDays)).toEqual([2]);
      });

      it('lists upcoming soonest first and recent latest first', async () => {
        const sub = await subscribe(store, T0, { userId: 'lister' });
        await store.insertPlanned(
          [1, 2, 3, 4].map((lead) => planned(sub.id, '2026-12-10', lead, at((5 - lead) * MIN))),
          T0,
        );
        const claimed = await store.claimDue({
          workerId: 'w',
          now: at(2 * MIN),
          leaseMs: MIN,
          limit: 10,
          today: '2026-12-01',
        });
        expect(claimed.map((c) => c.delivery.leadDays)).toEqual([4, 3]);
        await store.markSent(claimed[0]?.delivery.id as string, at(2 * MIN), false);
        await store.markSent(claimed[1]?.delivery.id as string, at(3 * MIN), true);
        expect((await store.listRecent('console', 'lister', 10)).map((d) => [d.leadDays, d.late])).toEqual([
          [3, true],
          [4, false],
        ]);
        expect((await store.listUpcoming('console', 'lister', 1)).map((d) => d.leadDays)).toEqual([2]);
      });

      it('gives concurrent workers disjoint claims', async () => {
        const subs = [];
        for (let i = 0; i < 20; i++) subs.push(await subscribe(store, T0));
        await store.insertPlanned(
          subs.flatMap((s) => [0, 1, 2, 3, 4].map((lead) => planned(s.id, '2026-12-10', lead, at(0)))),
          T0,
        );
        const other = await harness.again();
        const request = { now: at(MIN), leaseMs: MIN, limit: 15, today: '2026-12-01' };
        const batches = await Promise.all(
          [store, other, store, other, store, other, store, other].map((s, i) =>
            s.claimDue({ ...request, workerId: `w${i}` }),
          ),
        );
        const ids = batches.flat().map((c) => c.delivery.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(100);
      });
    });

    describe('rememberEvent', () => {
      it('is true the first time a key is seen, false within the ttl, true again after it', async () => {
        expect(await store.rememberEvent('slack:Ev1', MIN, T0)).toBe(true);
        expect(await store.rememberEvent('slack:Ev1', MIN, at(30_000))).toBe(false);
        const other = await harness.again();
        expect(await other.rememberEvent('slack:Ev1', MIN, at(59_000))).toBe(false);
        expect(await store.rememberEvent('slack:Ev2', MIN, T0)).toBe(true);
        expect(await other.rememberEvent('slack:Ev1', MIN, at(MIN))).toBe(true);
        const results = await Promise.all([
          store.rememberEvent('race', MIN, T0),
          other.rememberEvent('race', MIN, T0),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
      });
    });

    it('keeps instants to the millisecond', async () => {
      const sub = await store.upsertSubscription(
        normalizeSubscriptionInput({
          platform: 'discord',
          userId: 'ms',
          destination: 'discord:dm:1',
          method: 'postcard',
          lang: 'en',
        }),
        new Date('2026-12-01T00:00:00.123Z'),
      );
      expect(sub.createdAt.toISOString()).toBe('2026-12-01T00:00:00.123Z');
    });

    portContracts(() => store, harness);
  });
}
