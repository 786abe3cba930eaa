// Cues are folded to hiragana like the text they meet, also when the bundle has written their
// non-ASCII characters as \uXXXX escapes (scripts/build.mjs keeps bundles ASCII).
import { describe, expect, it } from 'vitest';
import { normalizePatternSource } from '../../src/nlu/cues.js';

describe('normalizePatternSource', () => {
  it('folds katakana to hiragana', () => {
    expect(normalizePatternSource('コンビニ|Amazon')).toBe('こんびに|amazon');
  });

  it('folds katakana written as \\u escapes, as the bundle writes them', () => {
    const bundled = String.raw`\u30b3\u30f3\u30d3\u30cb\u6255`;
    expect(normalizePatternSource(bundled)).toBe('こんびに払');
    expect(new RegExp(normalizePatternSource(bundled)).test('こんびに払いの期限')).toBe(true);
  });

  it('keeps escapes that are not characters of the pattern', () => {
    expect(normalizePatternSource(String.raw`\d+\S\\u30b3`)).toBe(String.raw`\d+\S\\u30b3`);
    expect(normalizePatternSource(String.raw`\u0041`)).toBe(String.raw`\u0041`);
  });
});
