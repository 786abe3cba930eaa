import { describe, expect, it } from 'vitest';
import { correctSpelling, oneEditApart } from '../../src/nlu/spelling.js';

describe('correctSpelling', () => {
  it.each([
    ['deadlien for paying at 7-eleven', 'deadline for paying at 7-eleven'],
    ['remnider please', 'reminder please'],
    ['campain points', 'campaign points'],
    ['paymnet due', 'payment due'],
    ['and if i buy tommorow?', 'and if i buy tomorrow?'],
    ['bought 2moro', 'bought tomorrow'],
  ])('%s → %s', (input, output) => {
    expect(correctSpelling(input)).toBe(output);
  });

  it('leaves real words, short words and Japanese alone', () => {
    for (const text of [
      'change the charge',
      'when is it due',
      'weather tomorrow',
      '支払い期限はいつ',
      'points',
    ]) {
      expect(correctSpelling(text)).toBe(text);
    }
  });

  it('counts one edit exactly', () => {
    expect(oneEditApart('deadline', 'deadlien')).toBe(true);
    expect(oneEditApart('deadline', 'dedline')).toBe(true);
    expect(oneEditApart('deadline', 'deadlines')).toBe(true);
    expect(oneEditApart('deadline', 'deedlien')).toBe(false);
    expect(oneEditApart('deadline', 'deadline')).toBe(false);
  });
});

describe('inflections', () => {
  it('are not typos', () => {
    expect(correctSpelling('what alerts are scheduled')).toBe('what alerts are scheduled');
    expect(correctSpelling('it reminds me')).toBe('it reminds me');
  });
});

describe('chat shorthand', () => {
  it('spells out "b4" standing alone, and nothing inside other words', () => {
    expect(correctSpelling('remind me 3 days b4')).toBe('remind me 3 days before');
    expect(correctSpelling('b4 the deadline')).toBe('before the deadline');
    expect(correctSpelling('1 day befor at 7')).toBe('1 day before at 7');
    expect(correctSpelling('code b4f2 and ab4')).toBe('code b4f2 and ab4');
  });
});
