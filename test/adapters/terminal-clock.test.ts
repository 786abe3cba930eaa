import { describe, expect, it } from 'vitest';
import { japanClock, parseClockTime } from '../../adapters/terminal-clock.js';

const at = (text: string) => {
  const parsed = parseClockTime(text);
  return parsed.ok ? parsed.at.toISOString() : parsed.reason;
};

describe('the terminal clock (/time)', () => {
  it('reads Japan time by default, and explicit offsets', () => {
    expect(at('2026-12-25T09:00')).toBe('2026-12-25T00:00:00.000Z');
    expect(at('2026-12-25 09:00:30')).toBe('2026-12-25T00:00:30.000Z');
    expect(at('2026-12-25T09:00+09:00')).toBe('2026-12-25T00:00:00.000Z');
    expect(at('2026-12-25T00:00Z')).toBe('2026-12-25T00:00:00.000Z');
    expect(at('2026-12-24T16:00-0800')).toBe('2026-12-25T00:00:00.000Z');
    expect(at('2026-12-25')).toBe('2026-12-24T15:00:00.000Z');
  });

  it('refuses impossible dates and times instead of rolling them over', () => {
    expect(at('2026-02-30T09:00+09:00')).toMatch(/2026-02-30 is not a day of the calendar/);
    expect(at('2025-02-29')).toMatch(/not a day of the calendar/);
    expect(at('2028-02-29')).toBe('2028-02-28T15:00:00.000Z');
    expect(at('2026-12-25T24:00')).toMatch(/not a time of day/);
    expect(at('2026-12-25T09:00+15:00')).toMatch(/not a UTC offset/);
    expect(at('tomorrow')).toMatch(/usage: \/time/);
  });

  it('shows an instant in Japan time, in both languages', () => {
    expect(japanClock(new Date('2026-12-25T00:00:00Z'))).toEqual({
      ja: '2026年12月25日（金）9:00',
      en: 'Friday, 25 December 2026, 9:00',
    });
  });
});
