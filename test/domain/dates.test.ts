import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  isValidDate,
  monthOf,
  parseIsoDate,
  toIsoDate,
  tokyoInstant,
  tokyoToday,
  weekdayOf,
} from '../../src/domain/dates.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('the test machine', () => {
  it('runs in a zone other than Tokyo, so that a missing conversion shows', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(new Date('2026-11-27T00:00:00Z').getTimezoneOffset()).not.toBe(-540);
  });
});

describe('tokyoToday', () => {
  it('gives the Tokyo calendar day, not the machine day', () => {
    // 15:00 UTC is midnight in Tokyo (UTC+9, no DST); Los Angeles is still on the 26th.
    expect(tokyoToday(new Date('2026-11-26T15:00:00Z'))).toEqual(d(2026, 11, 27));
    expect(tokyoToday(new Date('2026-11-26T14:59:59.999Z'))).toEqual(d(2026, 11, 26));
    expect(tokyoToday(new Date('2026-12-31T15:00:00Z'))).toEqual(d(2027, 1, 1));
  });

  it('is not fooled by US daylight saving changes', () => {
    expect(tokyoToday(new Date('2026-03-08T10:00:00Z'))).toEqual(d(2026, 3, 8));
    expect(tokyoToday(new Date('2026-11-01T15:30:00Z'))).toEqual(d(2026, 11, 2));
  });

  it('rejects an invalid Date', () => {
    expect(() => tokyoToday(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('tokyoInstant', () => {
  it('is the instant of a Tokyo wall-clock time', () => {
    expect(tokyoInstant(d(2026, 12, 10), 9).toISOString()).toBe('2026-12-10T00:00:00.000Z');
    expect(tokyoInstant(d(2026, 12, 10), 0, 30).toISOString()).toBe('2026-12-09T15:30:00.000Z');
    expect(tokyoInstant(d(2027, 1, 1), 8, 5).toISOString()).toBe('2026-12-31T23:05:00.000Z');
  });

  it('round-trips with tokyoToday for every hour', () => {
    for (let hour = 0; hour < 24; hour++) {
      expect(tokyoToday(tokyoInstant(d(2026, 3, 8), hour, 59))).toEqual(d(2026, 3, 8));
    }
  });

  it('rejects impossible dates and times', () => {
    expect(() => tokyoInstant(d(2026, 2, 29), 9)).toThrow(RangeError);
    expect(() => tokyoInstant(d(2026, 2, 1), 24)).toThrow(RangeError);
    expect(() => tokyoInstant(d(2026, 2, 1), 9, 60)).toThrow(RangeError);
  });

  it('agrees with @date-fns/tz before and after the fixed UTC+9 (since 1952)', () => {
    // Japan's daylight saving time (1948–1951) included: there, the time zone database decides.
    for (const year of [1948, 1950, 1951, 1952, 1970, 2026, 2099]) {
      for (let month = 1; month <= 12; month++) {
        const expected = new TZDate(year, month - 1, 15, 7, 30, 'Asia/Tokyo').getTime();
        expect(tokyoInstant(d(year, month, 15), 7, 30).getTime()).toBe(expected);
        expect(tokyoToday(new Date(expected))).toEqual(d(year, month, 15));
      }
    }
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays(d(2026, 12, 27), 1)).toEqual(d(2026, 12, 28));
    expect(addDays(d(2026, 12, 31), 1)).toEqual(d(2027, 1, 1));
    expect(addDays(d(2027, 1, 1), -1)).toEqual(d(2026, 12, 31));
    expect(addDays(d(2027, 2, 27), 2)).toEqual(d(2027, 3, 1));
    expect(addDays(d(2028, 2, 27), 2)).toEqual(d(2028, 2, 29));
    expect(addDays(d(2100, 2, 28), 1)).toEqual(d(2100, 3, 1));
    expect(addDays(d(2000, 2, 28), 1)).toEqual(d(2000, 2, 29));
    expect(addDays(d(2026, 1, 1), 365)).toEqual(d(2027, 1, 1));
    expect(addDays(d(2026, 5, 5), 0)).toEqual(d(2026, 5, 5));
  });

  it('agrees with UTC Date arithmetic over a wide range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -40_000, max: 40_000 }),
        fc.integer({ min: -1_000, max: 1_000 }),
        (epochDay, n) => {
          const start = new Date(epochDay * 86_400_000);
          const end = new Date((epochDay + n) * 86_400_000);
          const from = d(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate());
          expect(addDays(from, n)).toEqual(d(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()));
          expect(daysBetween(from, addDays(from, n))).toBe(n);
          expect(weekdayOf(from)).toBe(start.getUTCDay());
        },
      ),
    );
  });
});

describe('addMonths', () => {
  it('wraps around years in both directions', () => {
    expect(addMonths({ year: 2026, month: 11 }, 1)).toEqual({ year: 2026, month: 12 });
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(addMonths({ year: 2026, month: 1 }, -13)).toEqual({ year: 2024, month: 12 });
    expect(addMonths({ year: 2026, month: 6 }, 25)).toEqual({ year: 2028, month: 7 });
    expect(addMonths({ year: 2026, month: 6 }, 0)).toEqual({ year: 2026, month: 6 });
  });
});

describe('compareDates and daysBetween', () => {
  it('order days', () => {
    expect(compareDates(d(2023, 11, 30), d(2023, 12, 1))).toBeLessThan(0);
    expect(compareDates(d(2024, 1, 1), d(2023, 12, 31))).toBeGreaterThan(0);
    expect(compareDates(d(2026, 12, 10), d(2026, 12, 10))).toBe(0);
    expect(compareDates(d(2026, 2, 1), d(2026, 1, 31))).toBeGreaterThan(0);
  });

  it('count calendar days, positive when the second day is later', () => {
    expect(daysBetween(d(2026, 12, 7), d(2026, 12, 10))).toBe(3);
    expect(daysBetween(d(2026, 12, 10), d(2026, 12, 7))).toBe(-3);
    expect(daysBetween(d(2026, 12, 31), d(2027, 1, 1))).toBe(1);
    expect(daysBetween(d(2028, 1, 1), d(2029, 1, 1))).toBe(366);
  });
});

describe('weekdayOf', () => {
  it('knows the days the domain mentions (0 = Sunday)', () => {
    expect(weekdayOf(d(2026, 12, 10))).toBe(4); // Thursday
    expect(weekdayOf(d(2026, 12, 27))).toBe(0); // Sunday
    expect(weekdayOf(d(2027, 3, 27))).toBe(6); // Saturday
    expect(weekdayOf(d(1970, 1, 1))).toBe(4);
    expect(weekdayOf(d(1969, 12, 31))).toBe(3);
  });
});

describe('isValidDate', () => {
  it('follows the Gregorian leap years', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2024, 2, 30)).toBe(false);
    expect(isValidDate(2026, 4, 31)).toBe(false);
    expect(isValidDate(2026, 12, 31)).toBe(true);
  });

  it('rejects out-of-range and fractional parts', () => {
    expect(isValidDate(2026, 0, 1)).toBe(false);
    expect(isValidDate(2026, 13, 1)).toBe(false);
    expect(isValidDate(2026, 1, 0)).toBe(false);
    expect(isValidDate(2026, 1, 1.5)).toBe(false);
    expect(isValidDate(Number.NaN, 1, 1)).toBe(false);
  });
});

describe('toIsoDate / parseIsoDate', () => {
  it('write and read YYYY-MM-DD', () => {
    expect(toIsoDate(d(2026, 1, 5))).toBe('2026-01-05');
    expect(parseIsoDate('2026-12-28')).toEqual(d(2026, 12, 28));
  });

  it('refuse other shapes and days that do not exist', () => {
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-5',
      '2026/01/05',
      ' 2026-01-05',
      '2026-01-05T00:00',
      '',
    ]) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
  });

  it('round-trip', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const day = d(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
          expect(parseIsoDate(toIsoDate(day))).toEqual(day);
          expect(toIsoDate(day)).toBe(date.toISOString().slice(0, 10));
        },
      ),
    );
  });
});

describe('monthOf', () => {
  it('drops the day', () => {
    expect(monthOf(d(2026, 11, 15))).toEqual({ year: 2026, month: 11 });
  });
});
