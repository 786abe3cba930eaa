// Japanese bank business days (銀行営業日), the days on which an automatic bank debit
// (口座振替) can run: not a Saturday or Sunday, not a national holiday (国民の祝日, including
// 振替休日 and 国民の休日), and not 12/31–1/3, when Japanese banks close for the new year
// although only 1/1 is a national holiday (domain.md, "Payment methods", auto_debit row).
import holidayJp from '@holiday-jp/holiday_jp';
import type { Lang } from '../types.js';
import type { PlainDate } from './calendar.js';
import { addDays, toIsoDate, weekdayOf } from './dates.js';

interface HolidayEntry {
  name: string;
  name_en: string;
}

// The library's own `isHoliday` scans every key on each call (~170 µs) and formats Date
// arguments in the machine's local zone; a Map keyed by 'YYYY-MM-DD' built once at load
// (~1,300 entries, ~2 ms) answers in well under a microsecond and never sees a Date.
const HOLIDAYS: ReadonlyMap<string, HolidayEntry> = new Map(
  Object.entries(holidayJp.holidays as Readonly<Record<string, HolidayEntry>>),
);

/**
 * The years the holiday table knows (1970–2050 in @holiday-jp/holiday_jp 2.5). Outside them no
 * national holiday is known, so a weekday would wrongly count as a business day.
 */
export const HOLIDAY_YEARS: { readonly first: number; readonly last: number } = (() => {
  const years = [...HOLIDAYS.keys()].map((iso) => Number(iso.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
})();

export type NonBusinessReason = 'weekend' | 'holiday' | 'year_end';

export function isWeekend(d: PlainDate): boolean {
  const weekday = weekdayOf(d);
  return weekday === 0 || weekday === 6;
}

export function isNationalHoliday(d: PlainDate): boolean {
  return HOLIDAYS.has(toIsoDate(d));
}

/** 12/31, 1/1, 1/2, 1/3: banks are closed (年末年始休業) whatever the weekday. */
export function isYearEndClosure(d: PlainDate): boolean {
  return (d.month === 12 && d.day === 31) || (d.month === 1 && d.day <= 3);
}

/**
 * Why `d` is not a bank business day, or undefined when it is one. When several reasons hold,
 * the one a user sees first wins: a weekend, then a named holiday, then the year-end closure.
 */
export function nonBusinessReason(d: PlainDate): NonBusinessReason | undefined {
  if (isWeekend(d)) return 'weekend';
  if (isNationalHoliday(d)) return 'holiday';
  if (isYearEndClosure(d)) return 'year_end';
  return undefined;
}

export function isBankBusinessDay(d: PlainDate): boolean {
  return nonBusinessReason(d) === undefined;
}

/** `d` itself when it is a bank business day, else the first one after it. */
export function nextBankBusinessDay(d: PlainDate): PlainDate {
  let day = d;
  // The longest run of closed days is about a week (Golden Week, the new year), so this
  // loop is short; the bound only guards against a corrupted holiday table.
  for (let i = 0; i < 60; i++) {
    if (isBankBusinessDay(day)) return day;
    day = addDays(day, 1);
  }
  throw new Error(`no bank business day within 60 days of ${toIsoDate(d)}`);
}

/**
 * The national holiday's name ('勤労感謝の日' / 'Labor Thanksgiving Day'), to explain why a date
 * moved; undefined when `d` is not a national holiday. The library names a substitute holiday
 * '文化の日 振替休日' in Japanese but only 'Holiday in lieu' in English.
 */
export function holidayName(d: PlainDate, lang: Lang): string | undefined {
  const entry = HOLIDAYS.get(toIsoDate(d));
  if (!entry) return undefined;
  return lang === 'ja' ? entry.name : entry.name_en;
}
