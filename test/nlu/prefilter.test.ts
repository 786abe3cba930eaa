// The regex prefilter (src/nlu/prefilter.ts) may only ever spare a regex that would not match.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/nlu/normalize.js';
import { textFilter } from '../../src/nlu/prefilter.js';

const texts = readdirSync('src/nlu/training')
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) => readFileSync(`src/nlu/training/${name}`, 'utf8').trim().split('\n'))
  .map((line) => normalize((JSON.parse(line) as { text: string }).text));

describe('textFilter', () => {
  it('passes every text the regex matches in', () => {
    const regexes = [
      /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
      /(?<=(?:bought|purchased)(?:\s+[a-z]+){0,3}\s+)(\d{1,2}|an?)\s+(day|week)s?\s+(?:before|earlier)(?![a-z])/,
      /(?:買|購入|注文|使|利用)(?:っ|し)?た(?!ら)|\b(?:bought|purchased|used|paid for)\b/,
      /(午前|午後|朝|夜)?\s*(\d{1,2})\s*時(?!間)/,
      /期限|いつまで|\bdue\b|deadline/,
    ];
    for (const regex of regexes) {
      const filter = textFilter(regex);
      expect(filter, regex.source).toBeDefined();
      const missed = texts.filter((text) => regex.test(text) && !filter?.(text));
      expect(missed, regex.source).toEqual([]);
    }
  });

  it('turns texts away that lack a mandatory part', () => {
    const filter = textFilter(/(payment|order).{0,25}(fail|error)/);
    expect(filter?.('the payment failed')).toBe(true);
    expect(filter?.('the payment went through')).toBe(false);
    expect(filter?.('it failed')).toBe(false);
    // A lookbehind that must match is a part too.
    expect(textFilter(/(?<=bought )\d+/)?.('sold 3')).toBe(false);
  });

  it('reads a non-ASCII character written as an escape, as the bundles write them', () => {
    const filter = textFilter(/\u524d\u65e5|\\u5f53/);
    expect(filter?.('前日に')).toBe(true);
    expect(filter?.('前に')).toBe(false);
    // An escaped backslash followed by "u5f53" is that text, not 当.
    expect(filter?.('\\u5f53')).toBe(true);
    expect(filter?.('当日')).toBe(false);
  });

  it('has none where a literal could match something else, or some alternative has no literal', () => {
    expect(textFilter(/deadline/i)).toBeUndefined();
    expect(textFilter(/\p{Script=Han}期限/u)).toBeUndefined();
    expect(textFilter(/期限|\d+/)).toBeUndefined();
  });
});
