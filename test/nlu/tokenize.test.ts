import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/nlu/normalize.js';
import { japaneseBigrams, MAX_WORDS, tokenize, words } from '../../src/nlu/tokenize.js';

const tokens = (text: string) => tokenize(normalize(text));

describe('tokenize', () => {
  it('splits English into lowercased words, dropping punctuation', () => {
    expect(tokens('When is my atone payment due?')).toEqual(['when', 'is', 'my', 'atone', 'payment', 'due']);
    expect(tokenize("Don't PAY-easy 2026-11-15")).toEqual(["don't", 'pay', 'easy', '2026', '11', '15']);
  });

  it('keeps the Latin words inside Japanese text and cuts the Japanese into bigrams', () => {
    expect(tokens('atoneで後払い')).toEqual(['atone', 'で後', '後払', '払い']);
    expect(words(normalize('支払い期限はいつ？'))).toEqual([]);
  });

  it('lets two spellings of a compound share features through bigrams', () => {
    const a = tokens('支払期限');
    const b = tokens('支払い期限');
    expect(a).toEqual(expect.arrayContaining(['支払', '期限']));
    expect(b).toEqual(expect.arrayContaining(['支払', '期限']));
  });

  it('gives folded katakana loanwords their bigrams', () => {
    expect(tokens('バーコード')).toEqual(expect.arrayContaining(['ばー', 'ーこ', 'こー', 'ーど']));
  });

  it('never duplicates a feature', () => {
    expect(tokens('期限 期限')).toEqual(['期限']);
    expect(tokens('due due')).toEqual(['due']);
  });

  it('drops emoji and spaces', () => {
    expect(tokens('👍 😀')).toEqual([]);
    expect(tokens('')).toEqual([]);
  });

  it('caps the work on long texts', () => {
    expect(words('word '.repeat(10_000))).toHaveLength(MAX_WORDS);
    expect(japaneseBigrams('あい'.repeat(10_000)).length).toBeLessThanOrEqual(MAX_WORDS);
  });
});
