// The scheduler against a real (in-memory SQLite) store, a fake clock and a fake platform:
// time moves by assignment, nothing sleeps.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeAction } from '../../src/actions.js';
import { PermanentSendError, RateLimitError, UndeliverableError } from '../../src/reminders/errors.js';
import {
  createScheduler,
  type Scheduler,
  type SchedulerOptions,
  type SendFn,
  type TickReport,
} from '../../src/reminders/scheduler.js';
import { createReminderService, type ReminderService } from '../../src/reminders/service.js';
import type { SubscriptionInput } from '../../src/reminders/subscription.js';
import { openStore } from '../../src/store/open.js';
import type { ReminderStore, Store } from '../../src/store/port.js';
import { type FakeClock, fakeClock, manualTimer } from './support/clock.js';
import { kb } from './support/kb.js';
import { type FakePlatform, fakePlatform } from './support/platform.js';

/** An instant given as Tokyo wall-clock time. */
const jst = (isoLocal: string) => new Date(`${isoLocal}+09:00`);

const ME = { platform: 'console', userId: 'me' } as const;
const input = (overrides: Partial<SubscriptionInput> = {}): SubscriptionInput => ({
  ...ME,
  destination: 'console:local',
  method: 'store',
  lang: 'ja',
  ...overrides,
});

let store: Store;
let clock: FakeClock;
let platform: FakePlatform;
let service: ReminderService;
let scheduler: Scheduler;

function makeScheduler(options: Partial<SchedulerOptions> = {}): Scheduler {
  return createScheduler({
    store,
    kb,
    now: clock.now,
    send: platform.send,
    workerId: 'test-worker',
    onError: () => {},
    ...options,
  });
}

beforeEach(async () => {
  store = await openStore('sqlite::memory:');
  clock = fakeClock(jst('2026-12-01T09:00'));
  platform = fakePlatform();
  service = createReminderService({ store, kb, now: clock.now });
  scheduler = makeScheduler();
});

afterEach(async () => {
  await scheduler.stop();
  await store.close();
});

const texts = () => platform.sent.map((m) => m.answer.text);

describe('a reminder arrives once, and stops once paid', () => {
  it('subscribe, move the clock, one reminder, mark paid, no more for that deadline', async () => {
    const { subscription, upcoming } = await service.subscribe(input());
    expect(upcoming.map((d) => [d.dueDate, d.leadDays, d.sendAt])).toEqual([
      ['2026-12-10', 3, jst('2026-12-07T09:00')],
      ['2026-12-10', 0, jst('2026-12-10T09:00')],
    ]);
    expect((await scheduler.tick()).sent).toBe(0);

    clock.set(jst('2026-12-07T09:00'));
    const report = await scheduler.tick();
    expect(report).toMatchObject({ sent: 1, late: 0, failed: 0 });
    expect(platform.sent).toHaveLength(1);
    const [message] = platform.sent;
    expect(message?.destination).toBe('console:local');
    expect(message?.answer.text).toContain('2026年12月10日（木）');
    expect(message?.answer.text).toContain('あと3日');
    expect(message?.meta.idempotencyKey).toBe(`atone-reminder:${subscription.id}:2026-12-10:3`);
    clock.advance(60_000);
    expect((await scheduler.tick()).sent).toBe(0);

    const paid = message?.answer.actions?.find((a) => a.id.startsWith('reminder.paid:'));
    const paidAction = decodeAction(paid?.id ?? '');
    if (paidAction?.kind !== 'paid') throw new Error(`not a Paid button: ${paid?.id}`);
    expect(await service.performAction(paidAction, ME)).toMatchObject({
      kind: 'paid',
      ok: true,
      cancelled: 1,
    });
    clock.set(jst('2026-12-10T09:00'));
    await scheduler.planNow();
    expect((await scheduler.tick()).sent).toBe(0);
    clock.set(jst('2026-12-10T18:00'));
    expect((await scheduler.tick()).sent).toBe(0);
    expect(platform.sent).toHaveLength(1);

    // The next month's deadline is reminded as usual.
    clock.set(jst('2027-01-07T09:00'));
    expect(await scheduler.tick()).toMatchObject({ sent: 1, planned: 2 });
    expect(platform.sent[1]?.answer.text).toContain('2027年1月10日（日）');
    expect((await service.recent('console', 'me', 5)).map((d) => d.dueDate)).toEqual([
      '2027-01-10',
      '2026-12-10',
    ]);
  });

  it('snoozes a reminder to tomorrow morning', async () => {
    await service.subscribe(input({ sendHour: 8 }));
    clock.set(jst('2026-12-07T08:00'));
    await scheduler.tick();
    const snoozeId = decodeAction(
      platform.sent[0]?.answer.actions?.find((a) => a.id.startsWith('reminder.snooze:'))?.id ?? '',
    );
    if (snoozeId?.kind !== 'snooze') throw new Error('no Snooze button');
    clock.set(jst('2026-12-07T12:30'));
    const snoozed = await service.performAction(snoozeId, ME);
    expect(snoozed).toMatchObject({ kind: 'snooze', ok: true });
    if (snoozed.kind === 'snooze' && snoozed.ok)
      expect(snoozed.delivery.sendAt).toEqual(jst('2026-12-08T08:00'));
    // Snoozing twice is still one reminder tomorrow.
    await service.performAction(snoozeId, ME);
    clock.set(jst('2026-12-08T07:59'));
    expect((await scheduler.tick()).sent).toBe(0);
    clock.set(jst('2026-12-08T08:00'));
    expect((await scheduler.tick()).sent).toBe(1);
    expect(platform.sent[1]?.answer.text).toContain('あと2日');
    clock.set(jst('2026-12-10T08:00'));
    await scheduler.tick();
    // On the deadline day there is no "tomorrow" button, and snoozing says why.
    const last = platform.sent[2];
    expect(last?.answer.text).toContain('今日が');
    expect(last?.answer.actions?.map((a) => a.id.split(':')[0])).toEqual(['reminder.paid']);
    expect(await service.snooze(last?.meta.deliveryId ?? '')).toEqual({ ok: false, reason: 'no_tomorrow' });
  });

  it('snoozes in words (snoozeNext): the next unpaid deadline, tomorrow at the send hour, sent once', async () => {
    await service.subscribe(input({ sendHour: 20 }));
    clock.set(jst('2026-12-05T12:00'));
    const snoozed = await service.snoozeNext('console', 'me');
    expect(snoozed).toMatchObject({ ok: true });
    if (snoozed.ok)
      expect(snoozed.delivery).toMatchObject({ dueDate: '2026-12-10', sendAt: jst('2026-12-06T20:00') });
    expect(await service.snoozeNext('console', 'me')).toMatchObject({ ok: true });
    clock.set(jst('2026-12-06T20:00'));
    expect((await scheduler.tick()).sent).toBe(1);
    // Once the deadline is paid, the one after it: weeks ahead, nothing to send tomorrow.
    await service.markPaid(snoozed.ok ? snoozed.subscription.id : '', '2026-12-10');
    clock.set(jst('2026-12-07T12:00'));
    expect(await service.snoozeNext('console', 'me')).toEqual({ ok: false, reason: 'too_early' });
    clock.set(jst('2027-01-02T12:00'));
    const after = await service.snoozeNext('console', 'me');
    expect(after.ok && after.delivery.dueDate).toBe('2027-01-10');
    expect(await service.snoozeNext('console', 'nobody')).toEqual({ ok: false, reason: 'not_found' });
  });
});

describe('after downtime', () => {
  it('sends a reminder whose deadline has not passed, marked late', async () => {
    await service.subscribe(input());
    await service.subscribe({ ...input(), userId: 'en-user', destination: 'console:en', lang: 'en' });
    clock.set(jst('2026-12-09T12:00'));
    const report = await scheduler.tick();
    expect(report).toMatchObject({ sent: 2, late: 2, dropped: 0 });
    const ja = platform.sent.find((m) => m.destination === 'console:local');
    const en = platform.sent.find((m) => m.destination === 'console:en');
    expect(ja?.answer.text.startsWith('遅れてのお知らせ')).toBe(true);
    expect(ja?.answer.text).toContain('2026年12月7日（月）9:00');
    expect(en?.answer.text.startsWith('Late notice')).toBe(true);
    expect(ja?.meta.late).toBe(true);
    expect((await service.recent('console', 'me', 1))[0]?.late).toBe(true);
  });

  it('drops and counts reminders whose deadline has passed', async () => {
    await service.subscribe(input());
    clock.set(jst('2026-12-11T00:00'));
    const report = await scheduler.tick();
    expect(report).toMatchObject({ sent: 0, dropped: 2 });
    expect(platform.sent).toHaveLength(0);
    expect((await service.recent('console', 'me', 5)).map((d) => d.status)).toEqual(['dropped', 'dropped']);
  });

  it('is not late when sent a few minutes after its time', async () => {
    await service.subscribe(input());
    clock.set(jst('2026-12-07T09:10'));
    expect(await scheduler.tick()).toMatchObject({ sent: 1, late: 0 });
    expect(texts()[0]?.startsWith('atone')).toBe(true);
  });
});

describe('failures', () => {
  it('honours Retry-After without counting it as a failed attempt', async () => {
    await service.subscribe(input());
    clock.set(jst('2026-12-07T09:00'));
    platform.failNext(new RateLimitError(30_000), new RateLimitError(30_000));
    expect(await scheduler.tick()).toMatchObject({ sent: 0, rateLimited: 1 });
    clock.advance(29_999);
    expect((await scheduler.tick()).claimed).toBe(0);
    clock.advance(1);
    expect(await scheduler.tick()).toMatchObject({ rateLimited: 1 });
    clock.advance(30_000);
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    const [sent] = await service.recent('console', 'me', 1);
    expect(sent).toMatchObject({ status: 'sent', attempts: 0 });
  });

  it('retries with exponential backoff, then keeps the reminder visible as failed', async () => {
    scheduler = makeScheduler({ backoff: { baseMs: 1_000, maxMs: 3_000, maxAttempts: 4 } });
    await service.subscribe(input());
    clock.set(jst('2026-12-07T09:00'));
    platform.failNext(...Array.from({ length: 10 }, () => new Error('platform down')));
    const reports: TickReport[] = [];
    const retryAt: number[] = [];
    for (let i = 0; i < 4; i++) {
      reports.push(await scheduler.tick());
      const [pending] = await service.upcoming('console', 'me', 1);
      retryAt.push((pending?.nextAttemptAt.getTime() ?? 0) - clock.now().getTime());
      clock.advance(3_000);
    }
    expect(reports.map((r) => [r.retried, r.failed])).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    // 1 s, 2 s, 3 s (capped); after the 4th failure the next pending one is the deadline-day reminder.
    expect(retryAt.slice(0, 3)).toEqual([1_000, 2_000, 3_000]);
    const [failed] = await service.recent('console', 'me', 1);
    expect(failed).toMatchObject({ status: 'failed', attempts: 4, lastError: 'platform down', leadDays: 3 });
    clock.advance(60 * 60_000);
    expect((await scheduler.tick()).claimed).toBe(0);
  });

  it('stops the reminders of a user the platform will never reach, and leaves them a notice', async () => {
    await service.subscribe(input({ leadDays: [3, 0] }));
    await service.subscribe(input({ userId: 'other', destination: 'console:other' }));
    clock.set(jst('2026-12-07T09:00'));
    // Plan at this hour first, so that the reminders cancelled below can be counted.
    await scheduler.planNow();
    const planned = (await service.upcoming('console', 'me', 50)).length;
    platform.failNext(new UndeliverableError('discord 50007: Cannot send messages to this user'));
    expect(await scheduler.tick()).toMatchObject({ claimed: 2, undeliverable: 1, sent: 1, retried: 0 });
    expect(platform.sent.map((m) => m.destination)).toEqual(['console:other']);
    const [failed] = await service.recent('console', 'me', 5);
    expect(failed).toMatchObject({
      status: 'undeliverable',
      dueDate: '2026-12-10',
      lastError: 'discord 50007: Cannot send messages to this user',
    });
    expect(await service.upcoming('console', 'me')).toEqual([]);
    expect((await service.get('console', 'me'))?.active).toBe(false);
    // Nothing more is planned or tried for them.
    await scheduler.planNow();
    clock.set(jst('2026-12-10T09:00'));
    expect(await scheduler.tick()).toMatchObject({ sent: 1, undeliverable: 0 });
    expect(platform.sent.map((m) => m.destination)).toEqual(['console:other', 'console:other']);
    // The next time they write, they are told once.
    expect(await service.takeDeliveryNotice('console', 'me')).toEqual({
      kind: 'undeliverable',
      reason: 'discord 50007: Cannot send messages to this user',
      at: jst('2026-12-07T09:00'),
      dueDate: '2026-12-10',
      cancelled: planned - 1,
    });
    expect(await service.takeDeliveryNotice('console', 'me')).toBeUndefined();
    expect(await service.takeDeliveryNotice('console', 'other')).toBeUndefined();
    // Asking again starts them afresh.
    const again = await service.subscribe(input());
    expect(again.subscription.active).toBe(true);
    expect(again.upcoming.length).toBeGreaterThan(0);
  });

  it('does not try the other reminders of an unreachable user in the same batch', async () => {
    await service.subscribe(input({ leadDays: [3, 2] }));
    // Both reminders fall due together after downtime.
    clock.set(jst('2026-12-08T12:00'));
    await scheduler.planNow();
    const planned = (await service.upcoming('console', 'me', 50)).length;
    platform.failNext(new UndeliverableError('slack cannot_dm_bot'));
    scheduler = makeScheduler({ concurrency: 1, paceMs: 0 });
    expect(await scheduler.tick()).toMatchObject({ claimed: 2, undeliverable: 1, sent: 0, released: 0 });
    expect(platform.sent).toEqual([]);
    expect((await service.recent('console', 'me', 5)).map((d) => d.status)).toEqual(['undeliverable']);
    expect(await service.takeDeliveryNotice('console', 'me')).toMatchObject({ cancelled: planned - 1 });
  });

  it('fails a reminder at once when retrying cannot help, and goes on with the others', async () => {
    await service.subscribe(input());
    clock.set(jst('2026-12-07T09:00'));
    platform.failNext(new PermanentSendError('line 429: monthly message quota exhausted'));
    expect(await scheduler.tick()).toMatchObject({ failed: 1, retried: 0, undeliverable: 0 });
    const [failed] = await service.recent('console', 'me', 1);
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'line 429: monthly message quota exhausted',
    });
    clock.advance(60 * 60_000);
    expect((await scheduler.tick()).claimed).toBe(0);
    expect((await service.get('console', 'me'))?.active).toBe(true);
    clock.set(jst('2026-12-10T09:00'));
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect(await service.takeDeliveryNotice('console', 'me')).toBeUndefined();
  });

  it('takes over a delivery whose worker died once its lease expires', async () => {
    scheduler = makeScheduler({ leaseMs: 60_000 });
    await service.subscribe(input());
    clock.set(jst('2026-12-07T09:00'));
    const stolen = await store.claimDue({
      workerId: 'killed',
      now: clock.now(),
      leaseMs: 60_000,
      limit: 10,
      today: '2026-12-07',
    });
    expect(stolen).toHaveLength(1);
    expect((await scheduler.tick()).sent).toBe(0);
    clock.advance(60_000);
    expect((await scheduler.tick()).sent).toBe(1);
  });

  it('gives a claim back instead of starting a send the lease may not cover', async () => {
    // Each send takes 35 s of a 40 s lease; no send starts in the last 10 s of a lease.
    platform = fakePlatform(() => clock.advance(35_000));
    scheduler = makeScheduler({ leaseMs: 40_000, concurrency: 1, paceMs: 0, send: platform.send });
    for (const user of ['a', 'b', 'c'])
      await service.subscribe(input({ userId: user, destination: `console:${user}` }));
    clock.set(jst('2026-12-07T09:00'));
    const report = await scheduler.tick();
    expect(report).toMatchObject({ claimed: 3, sent: 1, released: 2 });
    expect((await scheduler.tick()).sent).toBe(1);
  });
});

describe('pacing', () => {
  const threeOnOneChannel = async () => {
    for (const user of ['a', 'b', 'c'])
      await service.subscribe(input({ userId: user, destination: 'slack:T1:C1' }));
    clock.set(jst('2026-12-07T09:00'));
  };

  it('sends at most one message per second to one destination', async () => {
    await threeOnOneChannel();
    expect(await scheduler.tick()).toMatchObject({ sent: 1, deferred: 2 });
    clock.advance(999);
    expect(await scheduler.tick()).toMatchObject({ sent: 0, claimed: 0 });
    clock.advance(1);
    expect(await scheduler.tick()).toMatchObject({ sent: 1, deferred: 1 });
    clock.advance(1_000);
    expect(await scheduler.tick()).toMatchObject({ sent: 1, deferred: 0 });
  });

  it('is configurable', async () => {
    scheduler = makeScheduler({ paceMs: 0 });
    await threeOnOneChannel();
    expect(await scheduler.tick()).toMatchObject({ sent: 3 });
  });

  it('holds a rate-limited destination back for the others in the batch', async () => {
    scheduler = makeScheduler({ paceMs: 0, concurrency: 1 });
    await threeOnOneChannel();
    platform.failNext(new RateLimitError(5_000));
    expect(await scheduler.tick()).toMatchObject({ rateLimited: 1, deferred: 2, sent: 0 });
    clock.advance(5_000);
    expect(await scheduler.tick()).toMatchObject({ sent: 3 });
  });
});

describe('marking sent', () => {
  /** Lets the event loop turn until `condition` holds (no clock, no sleep). */
  async function until(condition: () => Promise<boolean>): Promise<void> {
    for (let turn = 0; turn < 100; turn++) {
      if (await condition()) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error('condition never held');
  }
  const statusOf = async (userId: string) => (await store.listRecent('console', userId, 1))[0]?.status;

  it('marks a reminder sent as soon as its send returns, while slower sends go on', async () => {
    const held = new Map<string, () => void>();
    const send: SendFn = (destination) => new Promise<void>((resolve) => held.set(destination, resolve));
    scheduler = makeScheduler({ send, concurrency: 3, paceMs: 0 });
    for (const user of ['a', 'b', 'c'])
      await service.subscribe(input({ userId: user, destination: `console:${user}` }));
    clock.set(jst('2026-12-07T09:00'));
    const ticking = scheduler.tick();
    await until(async () => held.size === 3);
    held.get('console:b')?.();
    await until(async () => (await statusOf('b')) === 'sent');
    expect(await statusOf('a')).toBeUndefined();
    expect((await store.listUpcoming('console', 'a', 1))[0]?.leaseOwner).toBe('test-worker');
    held.get('console:a')?.();
    held.get('console:c')?.();
    expect(await ticking).toMatchObject({ claimed: 3, sent: 3 });
    expect(await statusOf('c')).toBe('sent');
  });

  it('writes the marks of sends that finish together in one statement', async () => {
    const statements: number[] = [];
    const counting: ReminderStore = Object.create(store);
    counting.markSentMany = (ids, sentAt, late) => {
      statements.push(ids.length);
      return store.markSentMany(ids, sentAt, late);
    };
    scheduler = makeScheduler({ store: counting, concurrency: 4, paceMs: 0 });
    for (let i = 0; i < 12; i++)
      await service.subscribe(input({ userId: `u${i}`, destination: `console:u${i}` }));
    clock.set(jst('2026-12-07T09:00'));
    expect(await scheduler.tick()).toMatchObject({ claimed: 12, sent: 12 });
    expect(statements.reduce((a, b) => a + b, 0)).toBe(12);
    expect(statements.length).toBeLessThan(12);
    for (let i = 0; i < 12; i++) expect(await statusOf(`u${i}`)).toBe('sent');
  });

  it('counts a reminder whose mark cannot be written as not sent, and reports the error', async () => {
    const errors: string[] = [];
    const failing: ReminderStore = Object.create(store);
    failing.markSentMany = async () => {
      throw new Error('database gone');
    };
    scheduler = makeScheduler({ store: failing, onError: (_e, context) => errors.push(context) });
    await service.subscribe(input());
    clock.set(jst('2026-12-07T09:00'));
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, sent: 0 });
    expect(platform.sent).toHaveLength(1);
    expect(errors).toEqual([expect.stringContaining('marking reminder')]);
  });
});

describe('retention', () => {
  const DAY = 24 * 60 * 60_000;
  const record = (at: Date, normalized: string) =>
    store.recordUnanswered({
      at,
      platform: 'slack',
      lang: 'en',
      kind: 'fallback',
      intent: 'fallback',
      confidence: 0.1,
      text: normalized,
      normalized,
      userHash: 'h',
    });

  it('purges old unanswered records, expired conversations and event keys once per interval', async () => {
    scheduler = makeScheduler({ retention: { store, policy: { unansweredDays: 30, inboxKeyHours: 24 } } });
    const now = clock.now();
    await record(new Date(now.getTime() - 31 * DAY), 'too old');
    await record(new Date(now.getTime() - 29 * DAY), 'kept');
    const key = (channelId: string) => ({ platform: 'slack' as const, userId: 'U1', channelId });
    await store.saveConversation(key('gone'), { a: 1 }, new Date(now.getTime() - 1), now);
    await store.saveConversation(key('live'), { a: 2 }, new Date(now.getTime() + 60_000), now);
    await store.rememberEvent('slack:Ev-old', 60_000, new Date(now.getTime() - 120_000));

    expect((await scheduler.tick()).purged).toBe(3);
    expect((await store.topUnanswered(new Date(0), 10)).map((g) => g.normalized)).toEqual(['kept']);
    expect(await store.loadConversation(key('live'), now)).toEqual({ a: 2 });
    expect((await scheduler.tick()).purged).toBe(0);
    // A day later, the next pass takes what has aged out since.
    clock.advance(DAY + 1);
    await record(clock.now(), 'new');
    expect((await scheduler.tick()).purged).toBeGreaterThanOrEqual(2);
    expect((await store.topUnanswered(new Date(0), 10)).map((g) => g.normalized)).toEqual(['new']);
  });

  it('never holds reminders back when housekeeping fails', async () => {
    const errors: string[] = [];
    const failing = {
      purgeUnanswered: async () => {
        throw new Error('disk full');
      },
      purgeExpired: store.purgeExpired.bind(store),
    };
    scheduler = makeScheduler({
      retention: { store: failing },
      onError: (_e, context) => errors.push(context),
    });
    await service.subscribe(input());
    clock.set(jst('2026-12-07T09:00'));
    expect(await scheduler.tick()).toMatchObject({ sent: 1, purged: 0 });
    expect(errors).toEqual(['retention']);
  });
});

describe('start and stop', () => {
  it('ticks on the injected timer, never overlapping, and stops', async () => {
    const timer = manualTimer();
    const reports: TickReport[] = [];
    let ticked: () => void = () => {};
    scheduler = makeScheduler({
      timer,
      intervalMs: 5_000,
      onTick: (r) => {
        reports.push(r);
        ticked();
      },
    });
    await service.subscribe(input());
    clock.set(jst('2026-12-07T09:00'));
    scheduler.start();
    scheduler.start();
    expect(timer.pending.map((p) => p.ms)).toEqual([0]);
    let done = new Promise<void>((resolve) => {
      ticked = resolve;
    });
    timer.fire();
    await done;
    expect(reports[0]?.sent).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(timer.pending.map((p) => p.ms)).toEqual([5_000]);
    done = new Promise<void>((resolve) => {
      ticked = resolve;
    });
    timer.fire();
    await done;
    expect(reports).toHaveLength(2);
    await scheduler.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(timer.pending).toEqual([]);
  });
});
