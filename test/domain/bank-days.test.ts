import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_YEARS,
  holidayName,
  isBankBusinessDay,
  isNationalHoliday,
  nextBankBusinessDay,
  nonBusinessReason,
} from '../../src/domain/bank-days.js';
import { addDays } from '../../src/domain/dates.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('isBankBusinessDay', () => {
  it('is true on an ordinary weekday', () => {
    expect(isBankBusinessDay(d(2026, 12, 10))).toBe(true); // Thursday
    expect(isBankBusinessDay(d(2026, 12, 28))).toBe(true); // Monday
  });

  it('is false on Saturdays and Sundays', () => {
    expect(isBankBusinessDay(d(2026, 12, 26))).toBe(false);
    expect(isBankBusinessDay(d(2026, 12, 27))).toBe(false);
    expect(nonBusinessReason(d(2026, 12, 27))).toBe('weekend');
  });

  it('is false on national holidays, substitute holidays and citizens’ holidays', () => {
    expect(nonBusinessReason(d(2026, 11, 23))).toBe('holiday'); // 勤労感謝の日, Monday
    expect(nonBusinessReason(d(2026, 5, 6))).toBe('holiday'); // こどもの日 振替休日 (5/3 was a Sunday)
    expect(nonBusinessReason(d(2026, 9, 22))).toBe('holiday'); // 国民の休日 between 敬老の日 and 秋分の日
    expect(nonBusinessReason(d(2027, 3, 22))).toBe('holiday'); // 春分の日 振替休日 (3/21 is a Sunday)
    expect(nonBusinessReason(d(2024, 4, 29))).toBe('holiday'); // 昭和の日
  });

  it('is never true from 12/31 to 1/3, whatever the weekday', () => {
    for (let year = 2020; year <= 2035; year++) {
      for (const day of [d(year, 12, 31), d(year + 1, 1, 1), d(year + 1, 1, 2), d(year + 1, 1, 3)]) {
        expect(isBankBusinessDay(day), JSON.stringify(day)).toBe(false);
      }
      expect(isBankBusinessDay(nextBankBusinessDay(d(year, 12, 30)))).toBe(true);
    }
    // 2027-12-31 is a Friday and 2028-01-03 a Monday: closed for the new year, not for a holiday.
    expect(nonBusinessReason(d(2027, 12, 31))).toBe('year_end');
    expect(nonBusinessReason(d(2028, 1, 3))).toBe('year_end');
    expect(nonBusinessReason(d(2026, 1, 2))).toBe('year_end'); // Friday
  });

  it('reports a weekend before a holiday when both hold', () => {
    expect(nonBusinessReason(d(2026, 5, 3))).toBe('weekend'); // 憲法記念日 on a Sunday
    expect(nonBusinessReason(d(2027, 1, 1))).toBe('holiday'); // 元日, a Friday
  });
});

describe('nextBankBusinessDay', () => {
  it('returns the day itself when it is a business day', () => {
    expect(nextBankBusinessDay(d(2026, 12, 10))).toEqual(d(2026, 12, 10));
  });

  it('skips weekends, holidays and the new-year closure', () => {
    expect(nextBankBusinessDay(d(2026, 12, 27))).toEqual(d(2026, 12, 28));
    expect(nextBankBusinessDay(d(2027, 3, 27))).toEqual(d(2027, 3, 29));
    expect(nextBankBusinessDay(d(2024, 4, 27))).toEqual(d(2024, 4, 30)); // Sat, Sun, 昭和の日 Monday
    expect(nextBankBusinessDay(d(2026, 5, 2))).toEqual(d(2026, 5, 7)); // Golden Week
    expect(nextBankBusinessDay(d(2026, 12, 31))).toEqual(d(2027, 1, 4));
    expect(nextBankBusinessDay(d(2027, 12, 31))).toEqual(d(2028, 1, 4));
    expect(nextBankBusinessDay(d(2027, 2, 27))).toEqual(d(2027, 3, 1));
  });

  it('always lands on a business day, at most a week later (2020–2035)', () => {
    for (let day = d(2020, 1, 1); day.year <= 2035; day = addDays(day, 1)) {
      const next = nextBankBusinessDay(day);
      expect(isBankBusinessDay(next)).toBe(true);
      for (
        let between = day;
        between.year !== next.year || between.month !== next.month || between.day !== next.day;
        between = addDays(between, 1)
      ) {
        expect(isBankBusinessDay(between)).toBe(false);
      }
    }
  });
});

describe('holidayName', () => {
  it('names holidays in both languages', () => {
    expect(holidayName(d(2026, 11, 23), 'ja')).toBe('勤労感謝の日');
    expect(holidayName(d(2026, 11, 23), 'en')).toBe('Labor Thanksgiving Day');
    expect(holidayName(d(2024, 4, 29), 'ja')).toBe('昭和の日');
    expect(holidayName(d(2026, 5, 6), 'ja')).toContain('振替休日');
  });

  it('is undefined on other days, including the new-year closure after 1/1', () => {
    expect(holidayName(d(2026, 12, 27), 'ja')).toBeUndefined();
    expect(holidayName(d(2027, 1, 2), 'en')).toBeUndefined();
  });
});

describe('the holiday table', () => {
  it('covers the years the bot answers about', () => {
    expect(HOLIDAY_YEARS.first).toBeLessThanOrEqual(2020);
    expect(HOLIDAY_YEARS.last).toBeGreaterThanOrEqual(2035);
  });

  it('has no national holiday on a 27th, so a 27th moves only for a weekend', () => {
    for (let year = 2020; year <= 2035; year++) {
      for (let month = 1; month <= 12; month++) expect(isNationalHoliday(d(year, month, 27))).toBe(false);
    }
  });

  it('is cheap to query', () => {
    const start = performance.now();
    let open = 0;
    for (let day = d(2000, 1, 1), i = 0; i < 100_000; i++, day = addDays(day, 1))
      if (isBankBusinessDay(day)) open++;
    const elapsed = performance.now() - start;
    expect(open).toBeGreaterThan(60_000);
    // ~30 ms on a laptop; the library's own isHoliday scans every key and would take ~17 s.
    expect(elapsed).toBeLessThan(2_000);
  });
});
