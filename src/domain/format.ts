// How dates, months, amounts and day counts read in each language. Pure and written out by
// hand rather than through Intl, so that the output never depends on the ICU data a runtime
// ships or on the machine's locale.
import type { Lang } from '../types.js';
import type { PlainDate, YearMonth } from './calendar.js';
import { daysInMonth, weekdayOf } from './dates.js';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// A day reads the same every time, and answers name the same few (this month's and next month's
// deadlines): each written once per language, keyed by the day's number.
const DATE_CACHE_LIMIT = 10_000;
const writtenDates: Record<Lang, Map<number, string>> = { ja: new Map(), en: new Map() };

/**
 * How many days a month has, said beside an impossible day in it: ja `11月は30日までです`, en
 * `November has only 30 days` (February with its year: whether it has a 29th depends on it).
 */
export function formatMonthLength({ year, month }: YearMonth, lang: Lang): string {
  const days = daysInMonth(year, month);
  const feb = month === 2;
  return lang === 'ja'
    ? `${feb ? `${year}年` : ''}${month}月は${days}日までです`
    : `${MONTHS_EN[month - 1]}${feb ? ` ${year}` : ''} has only ${days} days`;
}

/** ja `2026年12月10日（木）`, en `Thursday, 10 December 2026`. */
/** 「月曜日」 / "Monday". */
export function formatWeekday(d: PlainDate, lang: Lang): string {
  const weekday = weekdayOf(d);
  return lang === 'ja' ? `${WEEKDAYS_JA[weekday]}曜日` : WEEKDAYS_EN[weekday];
}

export function formatDate(d: PlainDate, lang: Lang): string {
  const key = dayKey(d);
  const dates = writtenDates[lang];
  let text = key === undefined ? undefined : dates.get(key);
  if (text === undefined) {
    text = writeDate(d, lang);
    if (key !== undefined) {
      if (dates.size >= DATE_CACHE_LIMIT) dates.clear();
      dates.set(key, text);
    }
  }
  return text;
}

/** One number per calendar day; undefined for a day outside the calendar's range (not cached). */
function dayKey({ year, month, day }: PlainDate): number | undefined {
  const inRange =
    Number.isInteger(year) &&
    year >= 0 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= 31;
  return inRange ? (year * 12 + month - 1) * 31 + day - 1 : undefined;
}

function writeDate(d: PlainDate, lang: Lang): string {
  const weekday = weekdayOf(d);
  if (lang === 'ja') return `${d.year}年${d.month}月${d.day}日（${WEEKDAYS_JA[weekday]}）`;
  return `${WEEKDAYS_EN[weekday]}, ${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
}

/** A day of a month, no year: ja `12月10日`, en `10 December`. */
export function formatMonthDay(month: number, day: number, lang: Lang): string {
  return lang === 'ja' ? `${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]}`;
}

/** ja `2026年11月`, en `November 2026`. */
export function formatMonth(ym: YearMonth, lang: Lang): string {
  return lang === 'ja' ? `${ym.year}年${ym.month}月` : `${MONTHS_EN[ym.month - 1]} ${ym.year}`;
}

/** Months from `first` to `last`: ja `2025年3月〜5月`, en `March–May 2025` (the year twice when it changes). */
export function formatMonthSpan(first: YearMonth, last: YearMonth, lang: Lang): string {
  const sameYear = first.year === last.year;
  if (lang === 'ja')
    return `${formatMonth(first, lang)}〜${sameYear ? `${last.month}月` : formatMonth(last, lang)}`;
  return `${sameYear ? MONTHS_EN[first.month - 1] : formatMonth(first, lang)}–${formatMonth(last, lang)}`;
}

/** Thousands separated by commas, as both Japanese and English write yen. */
function groupDigits(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** ja `209円`, en `209 yen` (`1,000円`, `1,000 yen`). */
export function formatYen(n: number, lang: Lang): string {
  return lang === 'ja' ? `${groupDigits(n)}円` : `${groupDigits(n)} yen`;
}

/**
 * Days until a deadline, as from deadlineStatus: ja 「あと3日」「明日」「今日」「昨日過ぎています」
 * 「2日前に過ぎています」; en "in 3 days", "tomorrow", "today", "yesterday", "2 days ago".
 */
export function formatDaysLeft(days: number, lang: Lang): string {
  if (lang === 'ja') {
    if (days === 0) return '今日';
    if (days === 1) return '明日';
    if (days === -1) return '昨日過ぎています';
    return days > 0 ? `あと${days}日` : `${-days}日前に過ぎています`;
  }
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
