import { describe, expect, it } from 'vitest';
import { formatDate, formatDaysLeft, formatMonth, formatYen } from '../../src/domain/format.js';

describe('formatDate', () => {
  it('writes the weekday in each language', () => {
    expect(formatDate({ year: 2026, month: 12, day: 10 }, 'ja')).toBe('2026年12月10日（木）');
    expect(formatDate({ year: 2026, month: 12, day: 10 }, 'en')).toBe('Thursday, 10 December 2026');
    expect(formatDate({ year: 2026, month: 12, day: 28 }, 'ja')).toBe('2026年12月28日（月）');
    expect(formatDate({ year: 2027, month: 1, day: 3 }, 'en')).toBe('Sunday, 3 January 2027');
    expect(formatDate({ year: 2027, month: 3, day: 27 }, 'ja')).toBe('2027年3月27日（土）');
  });
});

describe('formatMonth', () => {
  it('names the month', () => {
    expect(formatMonth({ year: 2026, month: 11 }, 'ja')).toBe('2026年11月');
    expect(formatMonth({ year: 2026, month: 11 }, 'en')).toBe('November 2026');
    expect(formatMonth({ year: 2027, month: 1 }, 'en')).toBe('January 2027');
  });
});

describe('formatYen', () => {
  it('writes amounts with thousands separators', () => {
    expect(formatYen(209, 'ja')).toBe('209円');
    expect(formatYen(209, 'en')).toBe('209 yen');
    expect(formatYen(0, 'ja')).toBe('0円');
    expect(formatYen(1000, 'ja')).toBe('1,000円');
    expect(formatYen(1234567, 'en')).toBe('1,234,567 yen');
  });
});

describe('formatDaysLeft', () => {
  it.each([
    [3, 'あと3日', 'in 3 days'],
    [2, 'あと2日', 'in 2 days'],
    [1, '明日', 'tomorrow'],
    [0, '今日', 'today'],
    [-1, '昨日過ぎています', 'yesterday'],
    [-2, '2日前に過ぎています', '2 days ago'],
    [-30, '30日前に過ぎています', '30 days ago'],
  ])('%i days', (days, ja, en) => {
    expect(formatDaysLeft(days, 'ja')).toBe(ja);
    expect(formatDaysLeft(days, 'en')).toBe(en);
  });
});
