import { describe, expect, it } from 'vitest';
import { autocompleteChoices } from '../../../adapters/discord/autocomplete.js';

const now = new Date('2026-11-28T12:00:00+09:00');

describe('autocompleteChoices', () => {
  it('reads a typed purchase date and offers it as a day and as its month', () => {
    expect(autocompleteChoices({ name: 'purchased', value: '11/15' }, 'ja', now)).toEqual([
      { name: '2026年11月15日（日）', value: '2026-11-15' },
      { name: '2026年11月分', value: '2026-11' },
    ]);
    expect(autocompleteChoices({ name: 'purchased', value: '11/15' }, 'en-US', now)[0]).toEqual({
      name: 'Sunday, 15 November 2026',
      value: '2026-11-15',
    });
    expect(autocompleteChoices({ name: 'last_used', value: '先月' }, 'en-US', now)).toEqual([
      { name: '2026年10月分', value: '2026-10' },
    ]);
  });

  it('offers today, this month and last month before anything is typed', () => {
    expect(autocompleteChoices({ name: 'purchased', value: '' }, 'ja', now).map((c) => c.value)).toEqual([
      '2026-11-28',
      '2026-11',
      '2026-10',
    ]);
  });

  it('offers nothing for an impossible or unreadable date (the answer explains it)', () => {
    expect(autocompleteChoices({ name: 'purchased', value: '2/30' }, 'ja', now)).toEqual([]);
    expect(autocompleteChoices({ name: 'purchased', value: 'zzz' }, 'ja', now)).toEqual([]);
  });

  it('suggests example questions containing what is typed, in its language, within Discord limits', () => {
    const ja = autocompleteChoices({ name: 'question', value: 'コンビニ' }, 'en-US', now);
    expect(ja.length).toBeGreaterThan(0);
    expect(ja.every((c) => /コンビニ/.test(c.name) && c.value === c.name)).toBe(true);
    const en = autocompleteChoices({ name: 'question', value: 'amazon' }, 'ja', now);
    expect(en.every((c) => /amazon/i.test(c.name))).toBe(true);
    const start = autocompleteChoices({ name: 'question', value: '' }, 'ja', now);
    expect(start.length).toBeGreaterThan(5);
    expect(start.length).toBeLessThanOrEqual(25);
    expect(start.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
  });

  it('has nothing for an option it does not complete', () => {
    expect(autocompleteChoices({ name: 'shops', value: '3' }, 'ja', now)).toEqual([]);
  });
});
