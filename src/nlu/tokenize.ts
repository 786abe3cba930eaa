// Features for intent scoring: Latin words, and for Japanese (which has no spaces) the character
// bigrams of every kana/kanji run, so that 支払い期限 and 支払期限 share 支払 and 期限.
//
// Intl.Segmenter was the first choice (ICU's dictionary, nothing to ship). Measured with
// bench/stages.ts it costs 2–5 µs per segment, about a quarter of `handle`, and its
// segmentation of compounds is inconsistent (支払い|期限 but 支払|期限, ばーこーど falls apart into
// single characters), so the bigrams had to be added anyway. Bigrams alone carry the same
// evidence at a fraction of the cost, so the hot path does not segment.

import { truncateForMatching } from './normalize.js';

/**
 * Bounds the work on a very long text: no question has more words than this, and as many
 * bigrams are kept.
 */
export const MAX_WORDS = 200;

// Kana, kanji, the long vowel mark and the iteration mark 々: the letters of a Japanese word.
const JAPANESE_RUN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々]+/gu;
// Latin letters and digits, with an inner apostrophe (don't): the words of English, and the
// Latin words inside Japanese text (atone, amazon, sms, 2026).
const WORD = /[\p{Script=Latin}\p{N}]+(?:['’][\p{Script=Latin}\p{N}]+)*/gu;

function regexWords(text: string): string[] {
  const found: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    if (found.length >= MAX_WORDS) break;
    found.push(word);
  }
  return found;
}

/** The Latin words of `text` in order (punctuation, spaces, kana and emoji dropped; the first MAX_WORDS), lowercased. */
export function words(text: string): string[] {
  return regexWords(truncateForMatching(text).toLowerCase());
}

/** Overlapping two-character pieces of every kana/kanji run (the first MAX_WORDS): 支払期限 → 支払, 払期, 期限. */
export function japaneseBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const [run] of truncateForMatching(text).matchAll(JAPANESE_RUN)) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) {
      if (bigrams.length >= MAX_WORDS) return bigrams;
      bigrams.push(`${chars[i]}${chars[i + 1]}`);
    }
  }
  return bigrams;
}

/**
 * Distinct features of an already normalised text, in order of first appearance: its Latin words
 * and the bigrams of its kana/kanji runs (text with no Japanese has none).
 */
export function tokenize(normalized: string): string[] {
  return [...new Set([...words(normalized), ...japaneseBigrams(normalized)])];
}
