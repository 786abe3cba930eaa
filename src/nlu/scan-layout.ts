// The numbers of the cue scan's per-character loop (cues.ts), in a module that imports nothing:
// the bundler (esbuild) writes a module's constants into the code that uses them only when that
// module imports nothing (see feature-hash.ts); in cues.ts they were module variables, read and
// checked at every needle found. Keep imports out of this file.

// What must hold where a needle is found: a literal's assertions (literals.ts), \b read as the
// word-ness of the character on the other side, since the needle's own end character is known.
export const AT_START = 1;
export const AT_END = 2;
export const WORD_BEFORE = 4;
export const NO_WORD_BEFORE = 8;
export const WORD_AFTER = 16;
export const NO_WORD_AFTER = 32;

// A needle's fields in the scanner's `needles` (NEEDLE numbers each).
export const NEEDLE = 4;
export const NEEDLE_SCANNED = 0;
/** Its conditions (AT_START…) in the low 8 bits, its length above. */
export const NEEDLE_SHAPE = 1;
export const NEEDLE_MARKS = 2;
export const NEEDLE_MARKS_END = 3;
export const LENGTH_SHIFT = 8;
export const CONDITIONS_MASK = 0xff;
