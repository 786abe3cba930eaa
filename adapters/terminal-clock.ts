// The terminal's `/time` command: the time typed, read strictly (an impossible date such as
// 2026-02-30 is refused, not rolled over into March), and shown back in Japan time. Pure.
import { TZDate } from '@date-fns/tz';
import { isValidDate, TOKYO, tokyoInstant, tokyoToday } from '../src/domain/dates.js';
import { formatDate } from '../src/domain/format.js';

const CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export const CLOCK_USAGE =
  'usage: /time 2026-12-25T09:00 (Japan time), /time 2026-12-25T00:00Z (another offset), /time now';

/** The instant typed, or why not. Without an offset the time is Japan time; a bare date is its midnight. */
export function parseClockTime(text: string): { ok: true; at: Date } | { ok: false; reason: string } {
  const match = CLOCK.exec(text.trim());
  if (!match) return { ok: false, reason: `"${text.slice(0, 40)}" is not a date-time. ${CLOCK_USAGE}` };
  const [, y = '', mo = '', d = '', h = '00', mi = '00', s = '00', zone] = match;
  const date = { year: Number(y), month: Number(mo), day: Number(d) };
  const [hour, minute, second] = [Number(h), Number(mi), Number(s)];
  if (!isValidDate(date.year, date.month, date.day))
    return { ok: false, reason: `${y}-${mo}-${d} is not a day of the calendar.` };
  if (hour > 23 || minute > 59 || second > 59)
    return { ok: false, reason: `${h}:${mi}:${s} is not a time of day.` };
  if (!zone) return { ok: true, at: new Date(tokyoInstant(date, hour, minute).getTime() + second * 1000) };
  const offset = zone.toUpperCase() === 'Z' ? '+00:00' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const [offsetHours = 0, offsetMinutes = 0] = offset.slice(1).split(':').map(Number);
  if (offsetHours > 14 || offsetMinutes > 59) return { ok: false, reason: `${zone} is not a UTC offset.` };
  return { ok: true, at: new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`) };
}

/** 「2026年12月25日（金）9:00」 / "Friday, 25 December 2026, 9:00", Japan time. */
export function japanClock(at: Date): { ja: string; en: string } {
  const local = new TZDate(at.getTime(), TOKYO);
  const clock = `${local.getHours()}:${String(local.getMinutes()).padStart(2, '0')}`;
  const day = tokyoToday(at);
  return { ja: `${formatDate(day, 'ja')}${clock}`, en: `${formatDate(day, 'en')}, ${clock}` };
}
