import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBankBusinessDay } from '../../src/domain/bank-days.js';
import type { PlainDate, YearMonth } from '../../src/domain/calendar.js';
import { addDays, compareDates, daysBetween, toIsoDate, tokyoInstant } from '../../src/domain/dates.js';
import {
  billingMonthOf,
  type DueRule,
  deadlineForBillingMonth,
  deadlineForPurchase,
  deadlineStatus,
  nextDeadline,
} from '../../src/domain/deadlines.js';
import { methodById, parseKnowledgeBase } from '../../src/domain/knowledge-base.js';
import { METHOD_IDS } from '../../src/domain/methods.js';

const kb = parseKnowledgeBase(
  JSON.parse(readFileSync(new URL('../../src/domain/knowledge-base.json', import.meta.url), 'utf8')),
);
const store = methodById(kb, 'store');
const barcode = methodById(kb, 'barcode');
const postcard = methodById(kb, 'postcard');
const autoDebit = methodById(kb, 'auto_debit');

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });
const ym = (year: number, month: number): YearMonth => ({ year, month });
const iso = (s: string): PlainDate => {
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  return d(year, month, day);
};
/** A moment on a Tokyo calendar day: noon unless said otherwise. */
const at = (s: string, hour = 12, minute = 0) => tokyoInstant(iso(s), hour, minute);

describe('the knowledge base rules', () => {
  it('are the ones the domain describes', () => {
    expect([store.dueDay, barcode.dueDay, postcard.dueDay, autoDebit.dueDay]).toEqual([10, 10, 20, 27]);
    expect(autoDebit.movesToNextBusinessDay).toBe(true);
    expect([store, barcode, postcard].every((m) => !m.movesToNextBusinessDay)).toBe(true);
  });
});

describe('billingMonthOf', () => {
  it('is the month after the purchase, December → January of the next year', () => {
    expect(billingMonthOf(d(2026, 11, 15))).toEqual(ym(2026, 12));
    expect(billingMonthOf(d(2026, 12, 31))).toEqual(ym(2027, 1));
    expect(billingMonthOf(ym(2026, 12))).toEqual(ym(2027, 1));
    expect(billingMonthOf(ym(2027, 1))).toEqual(ym(2027, 2));
  });
});

describe('the example in domain.md', () => {
  it('bought 2026-11-15: store 2026-12-10 (Thu), auto_debit 2026-12-27 (Sun) → 2026-12-28', () => {
    const byStore = deadlineForPurchase(store, d(2026, 11, 15));
    expect(byStore).toEqual({
      billingMonth: ym(2026, 12),
      usageMonth: ym(2026, 11),
      nominal: d(2026, 12, 10),
      due: d(2026, 12, 10),
      moved: false,
    });
    const byDebit = deadlineForPurchase(autoDebit, d(2026, 11, 15));
    expect(byDebit).toEqual({
      billingMonth: ym(2026, 12),
      usageMonth: ym(2026, 11),
      nominal: d(2026, 12, 27),
      due: d(2026, 12, 28),
      moved: true,
      reason: 'weekend',
    });
  });
});

// Usage month → auto-debit due day, worked out by hand from a calendar: the 27th of the
// following month, or the next bank business day when that 27th is a Saturday or Sunday.
// No 27th of 2026–2027 is a national holiday, and no shift reaches a holiday or 12/31.
const AUTO_DEBIT_2026_2027: Record<string, string> = {
  '2026-01': '2026-02-27', // Fri
  '2026-02': '2026-03-27', // Fri
  '2026-03': '2026-04-27', // Mon
  '2026-04': '2026-05-27', // Wed
  '2026-05': '2026-06-29', // 06-27 Sat → Mon
  '2026-06': '2026-07-27', // Mon
  '2026-07': '2026-08-27', // Thu
  '2026-08': '2026-09-28', // 09-27 Sun → Mon
  '2026-09': '2026-10-27', // Tue
  '2026-10': '2026-11-27', // Fri
  '2026-11': '2026-12-28', // 12-27 Sun → Mon (the domain's example)
  '2026-12': '2027-01-27', // Wed: December's usage is due in January of the next year
  '2027-01': '2027-03-01', // 02-27 Sat, 02-28 Sun → Mon 1 March: the deadline leaves its month
  '2027-02': '2027-03-29', // 03-27 Sat → Mon
  '2027-03': '2027-04-27', // Tue
  '2027-04': '2027-05-27', // Thu
  '2027-05': '2027-06-28', // 06-27 Sun → Mon
  '2027-06': '2027-07-27', // Tue
  '2027-07': '2027-08-27', // Fri
  '2027-08': '2027-09-27', // Mon
  '2027-09': '2027-10-27', // Wed
  '2027-10': '2027-11-29', // 11-27 Sat → Mon
  '2027-11': '2027-12-27', // Mon
  '2027-12': '2028-01-27', // Thu
};

const usageMonths = Object.keys(AUTO_DEBIT_2026_2027).map((key) => {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return {
    key,
    usage: ym(year, month),
    billing: ym(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1),
  };
});

describe('the deadline table for 2026–2027 usage', () => {
  it.each(usageMonths)('auto_debit, usage $key', ({ key, usage, billing }) => {
    const deadline = deadlineForPurchase(autoDebit, usage);
    expect(toIsoDate(deadline.due)).toBe(AUTO_DEBIT_2026_2027[key]);
    expect(deadline.nominal).toEqual(d(billing.year, billing.month, 27));
    expect(deadline.billingMonth).toEqual(billing);
    expect(deadline.usageMonth).toEqual(usage);
    expect(deadline.moved).toBe(deadline.due.day !== 27);
    expect(deadline.reason).toBe(deadline.moved ? 'weekend' : undefined);
  });

  it.each(usageMonths)(
    'store, barcode and postcard, usage $key: the 10th and the 20th, never moved',
    ({ usage, billing }) => {
      for (const [method, day] of [
        [store, 10],
        [barcode, 10],
        [postcard, 20],
      ] as const) {
        const deadline = deadlineForPurchase(method, usage);
        expect(deadline.due).toEqual(d(billing.year, billing.month, day));
        expect(deadline.nominal).toEqual(deadline.due);
        expect(deadline.moved).toBe(false);
        expect(deadline.reason).toBeUndefined();
      }
    },
  );

  it('lists exactly seven moved auto-debit deadlines', () => {
    const moved = usageMonths
      .filter(({ usage }) => deadlineForPurchase(autoDebit, usage).moved)
      .map(({ key }) => key);
    expect(moved).toEqual(['2026-05', '2026-08', '2026-11', '2027-01', '2027-02', '2027-05', '2027-10']);
  });

  it('keeps the 10th and the 20th on weekends and holidays (no source says they move)', () => {
    expect(deadlineForBillingMonth(store, ym(2026, 1)).due).toEqual(d(2026, 1, 10)); // Saturday
    expect(deadlineForBillingMonth(barcode, ym(2026, 5)).due).toEqual(d(2026, 5, 10)); // Sunday
    expect(deadlineForBillingMonth(postcard, ym(2026, 7)).due).toEqual(d(2026, 7, 20)); // 海の日
    expect(deadlineForBillingMonth(postcard, ym(2027, 9)).due).toEqual(d(2027, 9, 20)); // 敬老の日
    expect(deadlineForBillingMonth(store, ym(2028, 1)).due).toEqual(d(2028, 1, 10)); // 成人の日
  });
});

describe('moves for holidays and the new-year closure', () => {
  it('carries a 27th past a holiday that follows the weekend', () => {
    // 2024-04-27 Sat, 28 Sun, 29 Mon 昭和の日 → Tuesday 30th; the reason is the nominal day's.
    expect(deadlineForBillingMonth(autoDebit, ym(2024, 4))).toMatchObject({
      due: d(2024, 4, 30),
      moved: true,
      reason: 'weekend',
    });
  });

  it('applies the rule generally, for due days a reminder might use', () => {
    const on23rd: DueRule = { dueDay: 23, movesToNextBusinessDay: true };
    expect(deadlineForBillingMonth(on23rd, ym(2026, 11))).toMatchObject({
      due: d(2026, 11, 24),
      reason: 'holiday',
    }); // 勤労感謝の日
    const on2nd: DueRule = { dueDay: 2, movesToNextBusinessDay: true };
    // 2025-01-02 is a Thursday but banks are closed until 1/3 (Fri), then the weekend.
    expect(deadlineForBillingMonth(on2nd, ym(2025, 1))).toMatchObject({
      due: d(2025, 1, 6),
      reason: 'year_end',
    });
    expect(deadlineForBillingMonth({ dueDay: 2, movesToNextBusinessDay: false }, ym(2025, 1))).toMatchObject({
      due: d(2025, 1, 2),
      moved: false,
    });
  });

  it('clamps a due day a month does not have', () => {
    expect(deadlineForBillingMonth({ dueDay: 31, movesToNextBusinessDay: false }, ym(2027, 2)).due).toEqual(
      d(2027, 2, 28),
    );
  });
});

describe('nextDeadline', () => {
  it('is this month’s bill until its due day has passed, in Tokyo', () => {
    expect(nextDeadline(store, at('2026-12-01')).due).toEqual(d(2026, 12, 10));
    expect(nextDeadline(store, at('2026-12-10', 23, 59)).due).toEqual(d(2026, 12, 10));
    expect(nextDeadline(store, at('2026-12-11', 0, 0))).toMatchObject({
      due: d(2027, 1, 10),
      usageMonth: ym(2026, 12),
    });
    expect(nextDeadline(postcard, at('2026-12-20')).due).toEqual(d(2026, 12, 20));
    expect(nextDeadline(postcard, at('2026-12-21')).due).toEqual(d(2027, 1, 20));
  });

  it('keeps a moved deadline until the day it actually falls on', () => {
    expect(nextDeadline(autoDebit, at('2026-12-27')).due).toEqual(d(2026, 12, 28)); // the nominal Sunday
    expect(nextDeadline(autoDebit, at('2026-12-28')).due).toEqual(d(2026, 12, 28));
    expect(nextDeadline(autoDebit, at('2026-12-29'))).toMatchObject({
      due: d(2027, 1, 27),
      usageMonth: ym(2026, 12),
    });
  });

  it('uses Tokyo midnight, not the machine’s', () => {
    // 2026-12-28T15:00Z is midnight of the 29th in Tokyo but still the morning of the 28th in Los Angeles.
    expect(nextDeadline(autoDebit, new Date('2026-12-28T14:59:59Z')).due).toEqual(d(2026, 12, 28));
    expect(nextDeadline(autoDebit, new Date('2026-12-28T15:00:00Z')).due).toEqual(d(2027, 1, 27));
  });

  it('finds last month’s bill when its moved deadline fell into this month', () => {
    // January 2027 usage: 2027-02-27 is a Saturday, so the debit runs on Monday 1 March.
    expect(nextDeadline(autoDebit, at('2027-02-27'))).toMatchObject({
      billingMonth: ym(2027, 2),
      due: d(2027, 3, 1),
    });
    expect(nextDeadline(autoDebit, at('2027-03-01'))).toMatchObject({
      billingMonth: ym(2027, 2),
      due: d(2027, 3, 1),
    });
    expect(nextDeadline(autoDebit, at('2027-03-02'))).toMatchObject({
      billingMonth: ym(2027, 3),
      due: d(2027, 3, 29),
    });
  });

  it('crosses the year', () => {
    expect(nextDeadline(store, at('2026-12-31'))).toMatchObject({
      billingMonth: ym(2027, 1),
      usageMonth: ym(2026, 12),
      due: d(2027, 1, 10),
    });
  });

  it('is never in the past and never skips a deadline (every day of 2026–2027)', () => {
    for (const id of METHOD_IDS) {
      const rule = methodById(kb, id);
      for (let day = d(2026, 1, 1); day.year < 2028; day = addDays(day, 1)) {
        const next = nextDeadline(rule, tokyoInstant(day, 0));
        expect(compareDates(next.due, day)).toBeGreaterThanOrEqual(0);
        const previous = deadlineForBillingMonth(rule, {
          year: next.usageMonth.year,
          month: next.usageMonth.month,
        });
        expect(compareDates(previous.due, day)).toBeLessThan(0);
      }
    }
  });
});

describe('deadlineStatus', () => {
  const deadline = deadlineForPurchase(store, d(2026, 11, 15)); // due 2026-12-10

  it('counts Tokyo calendar days to the due day', () => {
    expect(deadlineStatus(deadline, at('2026-12-07'))).toEqual({ state: 'upcoming', days: 3 });
    expect(deadlineStatus(deadline, at('2026-12-09', 23, 59))).toEqual({ state: 'upcoming', days: 1 });
    expect(deadlineStatus(deadline, at('2026-12-10', 0, 0))).toEqual({ state: 'today', days: 0 });
    expect(deadlineStatus(deadline, at('2026-12-10', 23, 59))).toEqual({ state: 'today', days: 0 });
    expect(deadlineStatus(deadline, at('2026-12-11', 0, 0))).toEqual({ state: 'passed', days: -1 });
    expect(deadlineStatus(deadline, at('2026-12-12'))).toEqual({ state: 'passed', days: -2 });
  });

  it('uses the moved day for auto_debit', () => {
    const debit = deadlineForPurchase(autoDebit, d(2026, 11, 15));
    expect(deadlineStatus(debit, at('2026-12-27'))).toEqual({ state: 'upcoming', days: 1 });
    expect(deadlineStatus(debit, new Date('2026-12-27T15:00:00Z'))).toEqual({ state: 'today', days: 0 });
  });
});

describe('properties (purchases 2020–2035, every method)', () => {
  const purchases = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => d(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));

  it('a deadline is after the purchase, in the next month, on the rule’s day or the next bank business day', () => {
    fc.assert(
      fc.property(purchases, fc.constantFrom(...METHOD_IDS), (purchase, id) => {
        const rule = methodById(kb, id);
        const deadline = deadlineForPurchase(rule, purchase);
        const billing = billingMonthOf(purchase);
        expect(compareDates(deadline.due, purchase)).toBeGreaterThan(0);
        expect(deadline.nominal).toEqual(d(billing.year, billing.month, rule.dueDay));
        if (!rule.movesToNextBusinessDay) {
          expect(deadline.due).toEqual(deadline.nominal);
          return;
        }
        expect(isBankBusinessDay(deadline.due)).toBe(true);
        // At most Saturday + Sunday + a Monday holiday (2024-04-27 → 04-30).
        const shift = daysBetween(deadline.nominal, deadline.due);
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(3);
        for (let i = 0; i < shift; i++) expect(isBankBusinessDay(addDays(deadline.nominal, i))).toBe(false);
        // The 27th stays in its month, except in a February whose 27th is a Saturday and
        // which has no 29th (2021 and 2027 in this range): the debit then runs on 1 March.
        if (deadline.due.month !== billing.month) {
          expect(billing.month).toBe(2);
          expect(deadline.due).toEqual(d(billing.year, 3, 1));
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('the 27th leaves its month only in February 2021 and February 2027 (every month of 2020–2035)', () => {
    const leaving: string[] = [];
    for (let year = 2020; year <= 2035; year++) {
      for (let month = 1; month <= 12; month++) {
        const deadline = deadlineForBillingMonth(autoDebit, ym(year, month));
        expect(isBankBusinessDay(deadline.due)).toBe(true);
        if (deadline.due.month !== month)
          leaving.push(`${toIsoDate(deadline.nominal)} → ${toIsoDate(deadline.due)}`);
      }
    }
    expect(leaving).toEqual(['2021-02-27 → 2021-03-01', '2027-02-27 → 2027-03-01']);
  });
});
