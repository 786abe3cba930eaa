import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/reminders/scheduler.js';
import { createReminderService, type ReminderService } from '../../src/reminders/service.js';
import { normalizeSubscriptionInput, type SubscriptionInput } from '../../src/reminders/subscription.js';
import { describeDatabase, parseDatabaseUrl } from '../../src/store/database-url.js';
import { openStore } from '../../src/store/open.js';
import type { ReminderStore } from '../../src/store/port.js';
import { type FakeClock, fakeClock } from './support/clock.js';
import { kb } from './support/kb.js';
import { fakePlatform } from './support/platform.js';

const jst = (isoLocal: string) => new Date(`${isoLocal}+09:00`);

let store: ReminderStore;
let clock: FakeClock;
let service: ReminderService;

beforeEach(async () => {
  store = await openStore('sqlite::memory:');
  clock = fakeClock(jst('2026-12-01T09:00'));
  service = createReminderService({ store, kb, now: clock.now });
});
afterEach(() => store.close());

const base = { platform: 'discord', userId: 'u1', destination: 'discord:dm:1', lang: 'en' } as const;

describe('the reminder service', () => {
  it('subscribes with defaults, changes on a second subscribe, and unsubscribes', async () => {
    const first = await service.subscribe({ ...base, method: 'postcard' });
    expect(first.subscription).toMatchObject({
      leadDays: [3, 0],
      sendHour: 9,
      method: 'postcard',
      active: true,
    });
    expect(first.upcoming.map((d) => d.dueDate)).toEqual(['2026-12-20', '2026-12-20']);
    const changed = await service.subscribe({ ...base, method: 'auto_debit', leadDays: [1], sendHour: 20 });
    expect(changed.subscription.id).toBe(first.subscription.id);
    expect(changed.upcoming.map((d) => [d.dueDate, d.leadDays, d.sendAt])).toEqual([
      ['2026-12-28', 1, jst('2026-12-27T20:00')],
    ]);
    expect((await service.get('discord', 'u1'))?.method).toBe('auto_debit');
    expect((await service.unsubscribe('discord', 'u1'))?.active).toBe(false);
    expect(await service.upcoming('discord', 'u1')).toEqual([]);
    expect(await service.unsubscribe('discord', 'nobody')).toBeUndefined();
  });

  it('rejects bad settings with a message naming the field', async () => {
    await expect(service.subscribe({ ...base, method: 'store', leadDays: [30] })).rejects.toThrow(
      /leadDays\.0/,
    );
    await expect(service.subscribe({ ...base, method: 'store', sendHour: 24 })).rejects.toThrow(/sendHour/);
    await expect(
      service.subscribe({ ...base, method: 'store', quietHours: { start: 5, end: 5 } }),
    ).rejects.toThrow(/quietHours/);
    await expect(service.subscribe({ ...base, method: 'paypay' as never })).rejects.toMatchObject({
      code: 'REMINDER_INPUT_INVALID',
    });
  });

  it('marks a deadline paid once, and says when it already was', async () => {
    const { subscription } = await service.subscribe({ ...base, method: 'store' });
    expect(await service.markPaid(subscription.id, '2026-12-10')).toMatchObject({
      ok: true,
      alreadyPaid: false,
      cancelled: 2,
    });
    expect(await service.markPaid(subscription.id, '2026-12-10')).toMatchObject({
      ok: true,
      alreadyPaid: true,
      cancelled: 0,
    });
    expect(await service.markPaid(subscription.id, '2026-13-10')).toEqual({
      ok: false,
      reason: 'invalid_date',
    });
    expect(await service.markPaid('nope', '2026-12-10')).toEqual({ ok: false, reason: 'not_found' });
    // Subscribing again does not bring a paid deadline back.
    const again = await service.subscribe({ ...base, method: 'store', leadDays: [2] });
    expect(again.upcoming).toEqual([]);
  });

  it('lets only the subscriber use a reminder’s buttons', async () => {
    const { subscription, upcoming } = await service.subscribe({ ...base, method: 'store' });
    const stranger = { platform: 'discord', userId: 'u2' } as const;
    expect(
      await service.performAction(
        { kind: 'paid', subscriptionId: subscription.id, due: '2026-12-10' },
        stranger,
      ),
    ).toEqual({
      kind: 'unknown',
      ok: false,
      reason: 'not_yours',
    });
    expect(
      await service.performAction({ kind: 'snooze', deliveryId: upcoming[0]?.id ?? '' }, stranger),
    ).toMatchObject({
      reason: 'not_yours',
    });
    expect(await service.performAction({ kind: 'snooze', deliveryId: '999' }, base)).toMatchObject({
      kind: 'snooze',
      reason: 'not_found',
    });
  });

  it('refuses to snooze past the deadline, a paid deadline or a cancelled subscription', async () => {
    const { subscription, upcoming } = await service.subscribe({ ...base, method: 'store' });
    const id = upcoming[0]?.id ?? '';
    clock.set(jst('2026-12-11T09:00'));
    expect(await service.snooze(id)).toEqual({ ok: false, reason: 'deadline_passed' });
    clock.set(jst('2026-12-08T09:00'));
    await service.markPaid(subscription.id, '2026-12-10');
    expect(await service.snooze(id)).toEqual({ ok: false, reason: 'paid' });
    await service.unsubscribe('discord', 'u1');
    expect(await service.snooze(id)).toEqual({ ok: false, reason: 'inactive' });
  });
});

describe('the next deadline, told with every subscription (QA report 1, item 3)', () => {
  const next = async (when: string, input: Partial<SubscriptionInput>, userId = when) => {
    clock.set(jst(when));
    const result = await service.subscribe({ ...base, userId, method: 'store', ...input });
    return {
      dueDate: result.next.dueDate,
      daysLeft: result.next.daysLeft,
      reminders: result.next.reminders.map((d) => `-${d.leadDays} ${d.sendAt.toISOString()}`),
      first: result.upcoming[0]?.dueDate,
    };
  };

  it('names the imminent deadline with its days left, and the reminders still to come for it', async () => {
    expect(await next('2026-12-08T10:00', { leadDays: [3] })).toEqual({
      dueDate: '2026-12-10',
      daysLeft: 2,
      reminders: [],
      first: '2027-01-10',
    });
    expect(await next('2026-12-08T10:00', { leadDays: [3, 0] })).toEqual({
      dueDate: '2026-12-10',
      daysLeft: 2,
      reminders: [`-0 ${jst('2026-12-10T09:00').toISOString()}`],
      first: '2026-12-10',
    });
    expect(await next('2026-12-10T10:00', { leadDays: [3, 0] })).toMatchObject({
      dueDate: '2026-12-10',
      daysLeft: 0,
      reminders: [],
    });
    expect(await next('2026-12-26T10:00', { method: 'auto_debit', leadDays: [3] })).toMatchObject({
      dueDate: '2026-12-28',
      daysLeft: 2,
      reminders: [],
      first: '2027-01-27',
    });
  });

  it('never promises a reminder already sent: changing the hour after it went out plans nothing again', async () => {
    const platform = fakePlatform();
    const scheduler = createScheduler({ store, kb, now: clock.now, send: platform.send, workerId: 'w' });
    await next('2026-12-08T10:00', { leadDays: [3, 0] }, 'me');
    clock.set(jst('2026-12-10T09:00'));
    await scheduler.tick();
    expect(platform.sent).toHaveLength(1);
    // At 10:00 the user moves the hour to 20:00: today's reminder at 20:00 would be the same
    // reminder (deadline, day of) again, so it is not planned, and not promised.
    expect(await next('2026-12-10T10:00', { leadDays: [3, 0], sendHour: 20 }, 'me')).toMatchObject({
      dueDate: '2026-12-10',
      daysLeft: 0,
      reminders: [],
    });
    clock.set(jst('2026-12-10T20:00'));
    await scheduler.tick();
    expect(platform.sent).toHaveLength(1);
  });

  it('skips a deadline marked paid, and says what the list says', async () => {
    const { subscription } = await service.subscribe({ ...base, method: 'store' });
    await service.markPaid(subscription.id, '2026-12-10');
    expect(await next('2026-12-08T10:00', {}, 'u1')).toMatchObject({ dueDate: '2027-01-10', daysLeft: 33 });
    const said = await service.nextDeadline(subscription);
    expect(said).toMatchObject({ dueDate: '2027-01-10', daysLeft: 33 });
    expect(said.reminders.map((d) => d.leadDays)).toEqual([3, 0]);
  });
});

describe('subscribing is one unit with planning (QA report 1, item 9)', () => {
  it('keeps no subscription when planning fails between the two steps', async () => {
    const settings = normalizeSubscriptionInput({ ...base, method: 'store' });
    const planning = {
      plansOutdated: () => true,
      today: '2026-12-01',
      upcomingLimit: 10,
      plan: () => {
        throw new Error('the process died here');
      },
    };
    await expect(store.saveSubscription(settings, clock.now(), planning)).rejects.toThrow(/died/);
    expect(await store.getSubscription('discord', 'u1')).toBeUndefined();
    // A change that fails the same way leaves the previous settings and their reminders as they were.
    await service.subscribe({ ...base, method: 'store' });
    const before = await service.upcoming('discord', 'u1', 10);
    await expect(
      store.saveSubscription({ ...settings, method: 'postcard' }, clock.now(), planning),
    ).rejects.toThrow(/died/);
    expect((await store.getSubscription('discord', 'u1'))?.method).toBe('store');
    expect(await service.upcoming('discord', 'u1', 10)).toEqual(before);
  });
});

describe('DATABASE_URL', () => {
  it('chooses the store, and names the variable and the accepted forms when it cannot', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: 'sqlite', path: './data/atone-bot.db' });
    expect(parseDatabaseUrl('')).toEqual({ kind: 'sqlite', path: './data/atone-bot.db' });
    expect(parseDatabaseUrl('sqlite:/var/lib/bot.db')).toEqual({ kind: 'sqlite', path: '/var/lib/bot.db' });
    // The operator's log says where the store is, never who logs in to it.
    expect(describeDatabase('sqlite:/var/lib/bot.db')).toBe('sqlite:/var/lib/bot.db');
    expect(describeDatabase('postgres://bot:s3cret@db.internal:5432/atone')).toBe(
      'postgres://db.internal:5432/atone',
    );
    expect(parseDatabaseUrl('sqlite:///var/lib/bot.db')).toEqual({ kind: 'sqlite', path: '/var/lib/bot.db' });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
    expect(parseDatabaseUrl('postgres://u@h/db')).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(parseDatabaseUrl('postgresql://u@h/db').kind).toBe('postgres');
    expect(() => parseDatabaseUrl('mysql://root:secret@h/db')).toThrow(
      /DATABASE_URL .*sqlite:\/path\/file\.db.*postgres:\/\//,
    );
    expect(() => parseDatabaseUrl('mysql://root:secret@h/db')).not.toThrow(/secret/);
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/DATABASE_URL/);
  });

  it('opens a SQLite file in WAL mode, creating its directory', async () => {
    const { mkdtempSync, existsSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'atone-wal-'));
    const file = join(dir, 'a', 'b', 'bot.db');
    const fileStore = await openStore(`sqlite:${file}`);
    await fileStore.rememberEvent('x', 1000, new Date());
    expect(existsSync(`${file}-wal`)).toBe(true);
    await fileStore.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
