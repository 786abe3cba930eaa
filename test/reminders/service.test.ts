import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReminderService, type ReminderService } from '../../src/reminders/service.js';
import { parseDatabaseUrl } from '../../src/store/database-url.js';
import { openStore } from '../../src/store/open.js';
import type { ReminderStore } from '../../src/store/port.js';
import { type FakeClock, fakeClock } from './support/clock.js';
import { kb } from './support/kb.js';

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

describe('DATABASE_URL', () => {
  it('chooses the store, and names the variable and the accepted forms when it cannot', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: 'sqlite', path: './data/atone-bot.db' });
    expect(parseDatabaseUrl('')).toEqual({ kind: 'sqlite', path: './data/atone-bot.db' });
    expect(parseDatabaseUrl('sqlite:/var/lib/bot.db')).toEqual({ kind: 'sqlite', path: '/var/lib/bot.db' });
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
