// Small helpers on PlainDate and YearMonth (Tokyo calendar days and months).
//
// An instant (`Date`) becomes a Tokyo calendar day exactly once, in `tokyoToday`, and a Tokyo
// wall-clock time becomes an instant exactly once, in `tokyoInstant`; both use Tokyo's offset
// (tokyoOffsetMs: UTC+9 since 1952, @date-fns/tz before) so that the machine's time zone never matters. Everything else is integer
// arithmetic on calendar days (proleptic Gregorian), which has no time zone at all: no `Date`,
// no DST, no midnight to get wrong.
import { TZDate, tzOffset } from '@date-fns/tz';
import type { PlainDate, YearMonth } from './calendar.js';

/** Every calendar rule of atone is a rule of Japan's calendar. */
export const TOKYO = 'Asia/Tokyo';

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The Tokyo calendar day an instant falls on. Throws on an invalid Date rather than returning NaN days. */
export function tokyoToday(now: Date): PlainDate {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError('tokyoToday: invalid Date');
  return fromEpochDay(Math.floor((time + tokyoOffsetMs(time)) / DAY_MS));
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const offsetByHour = new Map<number, number>();

/**
 * Japan's clocks have kept UTC+9 since its last daylight saving time ended, in September 1951:
 * from 1952 on, Tokyo's offset is this constant (what @date-fns/tz says of every hour since).
 */
const TOKYO_OFFSET_MS = 9 * HOUR_MS;
const FIXED_OFFSET_SINCE = Date.UTC(1952, 0, 1);

/**
 * Tokyo's UTC offset at an instant: TOKYO_OFFSET_MS since 1952 (every message, every deadline),
 * and before then from @date-fns/tz. Looking that up costs microseconds (Intl underneath), so it
 * is remembered per UTC hour: offsets change on hour boundaries only.
 */
function tokyoOffsetMs(time: number): number {
  if (time >= FIXED_OFFSET_SINCE) return TOKYO_OFFSET_MS;
  const hour = Math.floor(time / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = tzOffset(TOKYO, new Date(time)) * 60_000;
    // A bounded cache: a long-running process sees a few thousand hours a year.
    if (offsetByHour.size > 10_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The instant at which Tokyo's wall clock shows `hour:minute` on day `d` (for reminders). */
export function tokyoInstant(d: PlainDate, hour: number, minute = 0): Date {
  if (!isValidDate(d.year, d.month, d.day))
    throw new RangeError(`tokyoInstant: invalid date ${JSON.stringify(d)}`);
  if (
    !Number.isInteger(hour) ||
    hour < 0 ||
    hour > 23 ||
    !Number.isInteger(minute) ||
    minute < 0 ||
    minute > 59
  ) {
    throw new RangeError(`tokyoInstant: invalid time ${hour}:${minute}`);
  }
  // The wall-clock time read as UTC, less Tokyo's offset: exact wherever the offset is the same
  // a day either side (every day since 1951). Near a change, or for a year Date reads as 19xx,
  // TZDate decides (building one asked Intl for offsets several times: a tenth of a deadline answer).
  const wall = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  const offset = tokyoOffsetMs(wall);
  if (
    d.year >= 100 &&
    tokyoOffsetMs(wall - offset - DAY_MS) === offset &&
    tokyoOffsetMs(wall - offset + DAY_MS) === offset
  )
    return new Date(wall - offset);
  return new Date(new TZDate(d.year, d.month - 1, d.day, hour, minute, TOKYO).getTime());
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar day: 2024-02-29 yes, 2023-02-29 and 2024-02-30 no. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Days since 1970-01-01 (Howard Hinnant's days_from_civil): a plain integer, so adding days,
 * counting days and finding weekdays need no Date object and no time zone.
 */
function toEpochDay(d: PlainDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (d.month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + d.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromEpochDay(epochDay: number): PlainDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** `d` plus `n` calendar days (`n` may be negative). */
export function addDays(d: PlainDate, n: number): PlainDate {
  return fromEpochDay(toEpochDay(d) + n);
}

/** `ym` plus `n` months: December + 1 is January of the next year. */
export function addMonths(ym: YearMonth, n: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + n;
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}

/** Negative when `a` is before `b`, 0 when the same day, positive when after (usable with Array#sort). */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function sameDate(a: PlainDate, b: PlainDate): boolean {
  return compareDates(a, b) === 0;
}

/** Negative when `a` is before `b`, 0 when the same month, positive when after. */
export function compareMonths(a: YearMonth, b: YearMonth): number {
  return a.year - b.year || a.month - b.month;
}

/** Calendar days from `a` to `b`: positive when `b` is later (2026-12-07 → 2026-12-10 is 3). */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. 1970-01-01 was a Thursday. */
export function weekdayOf(d: PlainDate): Weekday {
  return ((((toEpochDay(d) + 4) % 7) + 7) % 7) as Weekday;
}

export function monthOf(d: PlainDate): YearMonth {
  return { year: d.year, month: d.month };
}

/** The month numbered `month` (1–12) this year if it is not over yet, else next year's. */
export function nextMonthNamed(month: number, today: PlainDate): YearMonth {
  return { year: month >= today.month ? today.year : today.year + 1, month };
}

export function firstDayOf(ym: YearMonth): PlainDate {
  return { year: ym.year, month: ym.month, day: 1 };
}

export function lastDayOf(ym: YearMonth): PlainDate {
  return { year: ym.year, month: ym.month, day: daysInMonth(ym.year, ym.month) };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD', the form the knowledge base and the holiday table use. */
export function toIsoDate(d: PlainDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** 'YYYY-MM'. */
export function toIsoMonth(ym: YearMonth): string {
  return `${pad(ym.year, 4)}-${pad(ym.month, 2)}`;
}

/** Parses exactly 'YYYY-MM-DD'; undefined for any other shape or for a day that does not exist. */
export function parseIsoDate(s: string): PlainDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}
