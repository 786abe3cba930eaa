// The free-text date options (`purchased`, `last_used`): read with the core's own slot extractor,
// so that "11/15", "先月", "Nov 15th" or an autocomplete value ("2026-11-15") mean here exactly
// what they mean in a chat message; the question shown with the answer writes them canonically.
import type { PlainDate, YearMonth } from '../../src/domain/calendar.js';
import { addMonths, toIsoDate, toIsoMonth, tokyoToday } from '../../src/domain/dates.js';
import { formatDate, formatMonth } from '../../src/domain/format.js';
import { extractSlots } from '../../src/nlu/slots.js';
import type { Lang } from '../../src/types.js';

export type DateOption =
  | { kind: 'day'; date: PlainDate }
  | { kind: 'month'; month: YearMonth }
  /** A date that does not exist ("2/30"): the core explains it. */
  | { kind: 'invalid'; source: string }
  /** No date in the text at all. */
  | { kind: 'unreadable' };

export function readDateOption(text: string, now: Date): DateOption {
  const slots = extractSlots(text, tokyoToday(now));
  if (slots.date?.kind === 'day') return { kind: 'day', date: slots.date.date };
  if (slots.date?.kind === 'month') return { kind: 'month', month: slots.date.month };
  if (slots.invalidDate) return { kind: 'invalid', source: slots.invalidDate };
  return { kind: 'unreadable' };
}

/**
 * The date as the question shown carries it: ISO (2026-11-15, 2026-11), the same in either
 * language, with no letters to sway language detection.
 */
export function datePhrase(option: Exclude<DateOption, { kind: 'unreadable' }>): string {
  if (option.kind === 'invalid') return option.source;
  return option.kind === 'month' ? toIsoMonth(option.month) : toIsoDate(option.date);
}

export interface DateChoice {
  /** Shown in the list: 2026年11月15日（日） / Sunday, 15 November 2026. */
  name: string;
  /** Sent back as the option's value: 2026-11-15 or 2026-11. */
  value: string;
}

/** Autocomplete for a date option: what the typed text means, or common picks when nothing is typed yet. */
export function dateChoices(typed: string, lang: Lang, now: Date): DateChoice[] {
  const today = tokyoToday(now);
  if (typed.trim() === '') {
    const thisMonth: YearMonth = { year: today.year, month: today.month };
    return [
      dayChoice(today, lang),
      monthChoice(thisMonth, lang),
      monthChoice(addMonths(thisMonth, -1), lang),
    ];
  }
  const option = readDateOption(typed, now);
  if (option.kind === 'day') return [dayChoice(option.date, lang), monthChoice(option.date, lang)];
  if (option.kind === 'month') return [monthChoice(option.month, lang)];
  // Nothing to offer for an impossible or unreadable date: the user may still send it, and the
  // answer says what is wrong with it.
  return [];
}

function dayChoice(date: PlainDate, lang: Lang): DateChoice {
  return { name: formatDate(date, lang), value: toIsoDate(date) };
}

function monthChoice(month: YearMonth, lang: Lang): DateChoice {
  const ym = { year: month.year, month: month.month };
  const name = lang === 'ja' ? `${formatMonth(ym, 'ja')}分` : `${formatMonth(ym, 'en')} (whole month)`;
  return { name, value: toIsoMonth(ym) };
}
