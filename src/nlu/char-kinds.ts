// The kinds of character a text contains, as bits: the slot rules (slots.ts) skip a regex whose
// every match needs a kind the text lacks. A module that imports nothing, so that the bundler
// writes these numbers into the code that tests them (see feature-hash.ts): in slots.ts they
// were module variables, read at every character and every rule. Keep imports out of this file.
//
// LATIN is any ASCII letter, either case, so that it over-approximates every [a-z] and \b-word
// of the rules. ENGLISH is an ASCII letter other than a, t, o, n and e: a Japanese question that
// names atone has Latin letters, but none of these, and English rules whose every match has a
// word with another letter (day, week, a month name, shops, the, am/pm…) cannot match it.
export const DIGIT = 1;
export const LATIN = 2;
export const NON_ASCII = 4;
export const ENGLISH = 8;
const ALL_KINDS = DIGIT | LATIN | NON_ASCII | ENGLISH;

/**
 * The letters of atone (a, e, n, o, t), as bits from a (lower case: an upper-case one counts as
 * ENGLISH, which only runs more rules). Written out: a computed value would not be inlined.
 */
const ATONE_LETTERS = (1 << 0) | (1 << 4) | (1 << 13) | (1 << 14) | (1 << 19);

/** Which kinds of character occur in `text`: one pass, stopping once every kind has. */
export function charKinds(text: string): number {
  let kinds = 0;
  for (let i = 0; i < text.length && kinds !== ALL_KINDS; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) kinds |= NON_ASCII;
    else if (code >= 0x30 && code <= 0x39) kinds |= DIGIT;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      kinds |= LATIN;
      if (code < 0x61 || !((ATONE_LETTERS >> (code - 0x61)) & 1)) kinds |= ENGLISH;
    }
  }
  return kinds;
}
