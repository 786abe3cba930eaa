// Features for intent scoring. Intl.Segmenter gives words in both languages with no dictionary to
// ship; Japanese compounds are segmented inconsistently (支払い|期限 but 支払|期限, and a folded
// katakana loanword like ばーこーど falls apart into single characters), so Japanese runs also
// yield character bigrams that two spellings of the same compound share.

import type { Lang } from '../types.js';
import { truncateForMatching } from './normalize.js';

// Built once: constructing a segmenter costs far more than using one.
const SEGMENTERS: Record<Lang, Intl.Segmenter> = {
  ja: new Intl.Segmenter('ja', { granularity: 'word' }),
  en: new Intl.Segmenter('en', { granularity: 'word' }),
};

// Kana, kanji, the long vowel mark and the iteration mark 々: the letters of a Japanese word.
const JAPANESE_RUN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々]+/gu;

/** The word-like segments of `text` (punctuation, spaces and emoji dropped), lowercased. */
export function words(text: string, lang: Lang): string[] {
  const found: string[] = [];
  for (const segment of SEGMENTERS[lang].segment(text)) {
    if (segment.isWordLike) found.push(segment.segment.toLowerCase());
  }
  return found;
}

/** Overlapping two-character pieces of every kana/kanji run: 支払期限 → 支払, 払期, 期限. */
export function japaneseBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const [run] of text.matchAll(JAPANESE_RUN)) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) bigrams.push(`${chars[i]}${chars[i + 1]}`);
  }
  return bigrams;
}

/**
 * Distinct features of an already normalised text, in order of first appearance: its words and,
 * for Japanese, the bigrams of its kana/kanji runs (a word and an identical bigram are one feature).
 */
export function tokenize(normalized: string, lang: Lang): string[] {
  const text = truncateForMatching(normalized);
  const features = words(text, lang);
  if (lang === 'ja') features.push(...japaneseBigrams(text.toLowerCase()));
  return [...new Set(features)];
}
