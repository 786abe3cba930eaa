import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toIsoDate, tokyoInstant, tokyoToday } from '../../src/domain/dates.js';
import { methodById } from '../../src/domain/knowledge-base.js';
import { METHOD_IDS } from '../../src/domain/methods.js';
import {
  DAY_MS,
  deadlinesBetween,
  nextUnpaidDeadline,
  type PlannableSubscription,
  paidKey,
  planDeliveries,
  quietAdjusted,
  snoozeTarget,
} from '../../src/reminders/plan.js';
import { kb } from './support/kb.js';

const DEC_1 = new Date('2026-12-01T00:00:00Z'); // 09:00 Tokyo
/** 09:00 Tokyo on an ISO day. */
const tokyo = (iso: string, hour = 9) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return tokyoInstant({ year, month, day }, hour);
};

function sub(overrides: Partial<PlannableSubscription> = {}): PlannableSubscription {
  return {
    id: 'sub-1',
    method: 'store',
    leadDays: [3, 0],
    sendHour: 9,
    active: true,
    updatedAt: new Date('2026-11-01T00:00:00Z'),
    ...overrides,
  };
}

const brief = (plans: ReturnType<typeof planDeliveries>) =>
  plans.map((p) => `${p.subscriptionId} ${p.dueDate} -${p.leadDays} ${p.sendAt.toISOString()}`);

describe('deadlines come from the domain, never from a fixed interval', () => {
  it('moves the 27th auto-debit to the next bank business day (Sunday 2026-12-27 → Monday 12-28)', () => {
    const plans = planDeliveries([sub({ method: 'auto_debit' })], kb, DEC_1, 31);
    expect(brief(plans)).toEqual([
      `sub-1 2026-12-28 -3 ${tokyo('2026-12-25').toISOString()}`,
      `sub-1 2026-12-28 -0 ${tokyo('2026-12-28').toISOString()}`,
    ]);
  });

  it('follows a moved deadline into the next month (Saturday 2027-02-27 → Monday 03-01)', () => {
    const due = deadlinesBetween(
      methodById(kb, 'auto_debit'),
      { year: 2027, month: 2, day: 20 },
      { year: 2027, month: 3, day: 31 },
    );
    expect(due.map((d) => toIsoDate(d.due))).toEqual(['2027-03-01', '2027-03-29']);
    expect(due[0]?.billingMonth).toEqual({ year: 2027, month: 2 });
  });

  it('never moves the 10th or the 20th, even on a weekend', () => {
    // 2027-01-10 is a Sunday and 2027-03-20 a national holiday (春分の日, a Saturday).
    const from = { year: 2027, month: 1, day: 1 };
    const to = { year: 2027, month: 3, day: 31 };
    expect(deadlinesBetween(methodById(kb, 'store'), from, to).map((d) => toIsoDate(d.due))).toEqual([
      '2027-01-10',
      '2027-02-10',
      '2027-03-10',
    ]);
    expect(deadlinesBetween(methodById(kb, 'postcard'), from, to).map((d) => toIsoDate(d.due))).toEqual([
      '2027-01-20',
      '2027-02-20',
      '2027-03-20',
    ]);
  });

  it('plans each lead time before each deadline within the horizon, for every method', () => {
    const subs = METHOD_IDS.map((method, i) => sub({ id: `s${i}`, method, leadDays: [7, 3, 1, 0] }));
    const plans = planDeliveries(subs, kb, DEC_1, 62);
    const dues = [...new Set(plans.map((p) => `${p.subscriptionId} ${p.dueDate}`))];
    expect(dues).toEqual([
      's0 2026-12-10',
      's0 2027-01-10',
      's1 2026-12-10',
      's1 2027-01-10',
      's2 2026-12-20',
      's2 2027-01-20',
      's3 2026-12-28',
      's3 2027-01-27',
    ]);
    expect(
      plans.filter((p) => p.subscriptionId === 's3' && p.dueDate === '2027-01-27').map((p) => p.leadDays),
    ).toEqual([7, 3, 1, 0]);
  });

  it('stops at the horizon', () => {
    // 31 days from 12-01 09:00 ends 2027-01-01 09:00: of January's reminders only the one
    // 14 days ahead (12-27) falls inside; 12-10 minus 14 days is already past.
    const plans = planDeliveries([sub({ leadDays: [14, 0], updatedAt: DEC_1 })], kb, DEC_1, 31);
    expect(brief(plans)).toEqual([
      `sub-1 2026-12-10 -0 ${tokyo('2026-12-10').toISOString()}`,
      `sub-1 2027-01-10 -14 ${tokyo('2026-12-27').toISOString()}`,
    ]);
    const later = planDeliveries([sub({ leadDays: [14, 0] })], kb, new Date('2026-12-20T00:00:00Z'), 31);
    expect(later.map((p) => `${p.dueDate} -${p.leadDays}`)).toEqual(['2027-01-10 -14', '2027-01-10 -0']);
  });
});

describe('what is owed', () => {
  it('plans nothing before the subscription (or its last change), but catches up on reminders missed since', () => {
    const subscribedDec8 = sub({ updatedAt: new Date('2026-12-08T00:00:00Z') });
    const dec8 = planDeliveries([subscribedDec8], kb, new Date('2026-12-08T00:00:00Z'), 31);
    expect(dec8.map((p) => `${p.dueDate} -${p.leadDays}`)).toEqual(['2026-12-10 -0', '2027-01-10 -3']);
    // Subscribed on 12-01, the bot down until 12-09: the 3-days-before reminder is still owed (late).
    const down = planDeliveries([sub()], kb, new Date('2026-12-09T03:00:00Z'), 20);
    expect(down.map((p) => `${p.dueDate} -${p.leadDays}`)).toEqual(['2026-12-10 -3', '2026-12-10 -0']);
    // After the deadline day nothing is owed for it any more.
    expect(planDeliveries([sub()], kb, new Date('2026-12-10T15:00:00Z'), 20)).toEqual([]);
  });

  it('skips paid deadlines and inactive subscriptions', () => {
    const subs = [sub({ id: 'paid' }), sub({ id: 'unpaid' }), sub({ id: 'off', active: false })];
    const plans = planDeliveries(subs, kb, DEC_1, 31, { paid: new Set([paidKey('paid', '2026-12-10')]) });
    expect(plans.map((p) => p.subscriptionId)).toEqual(['unpaid', 'unpaid']);
  });
});

describe('subscribing just before a deadline (QA report 1, item 3)', () => {
  /** What subscribing (or changing the settings) at `when` plans: the settings' updatedAt is `when`. */
  const plannedAt = (when: string, overrides: Partial<PlannableSubscription> = {}) => {
    const now = new Date(when);
    return planDeliveries([sub({ updatedAt: now, ...overrides })], kb, now, 35).map(
      (p) => `${p.dueDate} -${p.leadDays} ${toIsoDate(tokyoToday(p.sendAt))}`,
    );
  };

  it('plans the reminders of the imminent deadline whose time is still ahead, and no catch-up for the rest', () => {
    // 12/08: 3 days before 12/10 was yesterday; the day-of reminder is still ahead.
    expect(plannedAt('2026-12-08T10:00:00+09:00', { leadDays: [3] })).toEqual(['2027-01-10 -3 2027-01-07']);
    expect(plannedAt('2026-12-08T10:00:00+09:00')).toEqual([
      '2026-12-10 -0 2026-12-10',
      '2027-01-10 -3 2027-01-07',
      '2027-01-10 -0 2027-01-10',
    ]);
    // On the deadline day: before 9:00 the day-of reminder still comes, after it nothing for today.
    expect(plannedAt('2026-12-10T08:00:00+09:00')[0]).toBe('2026-12-10 -0 2026-12-10');
    expect(plannedAt('2026-12-10T10:00:00+09:00')[0]).toBe('2027-01-10 -3 2027-01-07');
    // The debit of Monday 12/28 (the 27th is a Sunday): too late for 3 days before, not for the day before.
    expect(plannedAt('2026-12-26T10:00:00+09:00', { method: 'auto_debit', leadDays: [3] })[0]).toBe(
      '2027-01-27 -3 2027-01-24',
    );
    expect(plannedAt('2026-12-26T10:00:00+09:00', { method: 'auto_debit', leadDays: [1] })[0]).toBe(
      '2026-12-28 -1 2026-12-27',
    );
  });

  it('treats a change of settings like a new subscription: what is still ahead under the new settings', () => {
    // Subscribed in November for 3 days before; on 12/08 the day of is added, on 12/10 at 8:00
    // the hour moves to 7:00 (already past) and at 8:30 to 20:00 (still ahead).
    expect(plannedAt('2026-12-08T10:00:00+09:00', { leadDays: [3, 0] })[0]).toBe('2026-12-10 -0 2026-12-10');
    expect(plannedAt('2026-12-10T08:00:00+09:00', { sendHour: 7 })[0]).toBe('2027-01-10 -3 2027-01-07');
    expect(plannedAt('2026-12-10T08:30:00+09:00', { sendHour: 20 })[0]).toBe('2026-12-10 -0 2026-12-10');
  });

  it('knows the next deadline to pay: today’s included, paid ones skipped, a moved debit moved', () => {
    const store = methodById(kb, 'store');
    const next = (when: string, paid: string[] = [], rule = store) =>
      toIsoDate(nextUnpaidDeadline(rule, new Date(when), new Set(paid)).due);
    expect(next('2026-12-10T23:59:00+09:00')).toBe('2026-12-10');
    expect(next('2026-12-11T00:00:00+09:00')).toBe('2027-01-10');
    expect(next('2026-12-08T10:00:00+09:00', ['2026-12-10'])).toBe('2027-01-10');
    expect(next('2026-12-08T10:00:00+09:00', ['2026-12-10', '2027-01-10'])).toBe('2027-02-10');
    expect(next('2026-12-26T10:00:00+09:00', [], methodById(kb, 'auto_debit'))).toBe('2026-12-28');
  });
});

describe('quiet hours', () => {
  const due = { year: 2026, month: 12, day: 10 };

  it('moves a send inside quiet hours to their end', () => {
    expect(quietAdjusted({ date: due, hour: 7 }, due, { start: 22, end: 8 })).toEqual({ date: due, hour: 8 });
    expect(quietAdjusted({ date: due, hour: 9 }, due, { start: 8, end: 12 })).toEqual({
      date: due,
      hour: 12,
    });
    const dayBefore = addDays(due, -1);
    expect(quietAdjusted({ date: dayBefore, hour: 23 }, due, { start: 22, end: 8 })).toEqual({
      date: due,
      hour: 8,
    });
    expect(quietAdjusted({ date: due, hour: 21 }, due, { start: 22, end: 8 })).toEqual({
      date: due,
      hour: 21,
    });
  });

  it('moves earlier instead when the end of quiet hours is after the deadline day', () => {
    expect(quietAdjusted({ date: due, hour: 23 }, due, { start: 22, end: 8 })).toEqual({
      date: due,
      hour: 21,
    });
    const plans = planDeliveries([sub({ sendHour: 23, quietHours: { start: 22, end: 8 } })], kb, DEC_1, 31);
    expect(brief(plans)).toEqual([
      `sub-1 2026-12-10 -3 ${tokyo('2026-12-08', 8).toISOString()}`,
      `sub-1 2026-12-10 -0 ${tokyo('2026-12-10', 21).toISOString()}`,
    ]);
  });

  it('sends two lead times that land on one instant once, as the nearer one', () => {
    // Quiet 10:00–09:00 leaves only 09:00: lead 1 moves to the deadline day's 09:00, lead 0 too.
    const plans = planDeliveries(
      [sub({ leadDays: [1, 0], sendHour: 12, quietHours: { start: 10, end: 9 } })],
      kb,
      DEC_1,
      31,
    );
    expect(brief(plans)).toEqual([`sub-1 2026-12-10 -0 ${tokyo('2026-12-10', 9).toISOString()}`]);
  });

  it('holds for any settings: never in quiet hours, never after the deadline day, never before the subscription', () => {
    const hour = fc.integer({ min: 0, max: 23 });
    fc.assert(
      fc.property(
        fc.constantFrom(...METHOD_IDS),
        fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 5 }),
        hour,
        fc.option(fc.tuple(hour, hour).filter(([a, b]) => a !== b)),
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 0, max: 40 }),
        (method, leadDays, sendHour, quiet, startDay, sinceDays) => {
          const now = new Date(Date.UTC(2026, 0, 1) + startDay * DAY_MS + 3_600_000 * 5);
          const quietHours = quiet ? { start: quiet[0], end: quiet[1] } : undefined;
          const updatedAt = new Date(now.getTime() - sinceDays * DAY_MS);
          const s = sub({
            method,
            leadDays: leadDays.sort((a, b) => b - a),
            sendHour,
            quietHours,
            updatedAt,
          });
          const horizonEnd = now.getTime() + 35 * DAY_MS;
          for (const p of planDeliveries([s], kb, now, 35)) {
            const sendDay = toIsoDate(tokyoToday(p.sendAt));
            expect(sendDay <= p.dueDate).toBe(true);
            expect(p.dueDate >= toIsoDate(tokyoToday(now))).toBe(true);
            expect(p.sendAt.getTime()).toBeLessThan(horizonEnd);
            expect(p.sendAt.getTime()).toBeGreaterThanOrEqual(updatedAt.getTime());
            const h = (p.sendAt.getUTCHours() + 9) % 24;
            if (quietHours) {
              const inQuiet =
                quietHours.start < quietHours.end
                  ? h >= quietHours.start && h < quietHours.end
                  : h >= quietHours.start || h < quietHours.end;
              expect(inQuiet).toBe(false);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('snooze target', () => {
  it('is tomorrow at the send hour, keyed by its days before the deadline', () => {
    const target = snoozeTarget({ sendHour: 9 }, '2026-12-10', new Date('2026-12-07T05:00:00Z'));
    expect(target).toEqual({ leadDays: 2, sendAt: tokyo('2026-12-08') });
  });
  it('does not exist on the deadline day', () => {
    expect(snoozeTarget({ sendHour: 9 }, '2026-12-10', new Date('2026-12-10T01:00:00Z'))).toBeUndefined();
  });
});
