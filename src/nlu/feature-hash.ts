// The hashing behind the matcher's features (features.ts) and cues (cues.ts), and the numbers
// their per-character loops use, in a module that imports nothing. The bundler (esbuild) writes
// a module's constants into the code that uses them only when that module imports nothing;
// otherwise each stays a module variable, which the loops read and check at every use (in
// features.ts, a third of extracting a question's features). Keep imports out of this file.

/** Only this many characters are scanned: a question never needs more, and it bounds the work. */
export const MAX_FEATURE_CHARS = 600;

// Kinds keep an n-gram from colliding with a word of the same letters.
export const KIND_CHAR = 0x1000_0000;
export const KIND_WORD = 0x2000_0000;
export const KIND_STEM = 0x2100_0000;
export const STEM_LENGTH = 5;
export const KIND_WORD_PAIR = 0x3000_0000;
export const KIND_SLOT = 0x4000_0000;
export const KIND_CUE = 0x5000_0000;

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export const SPACE = 0x20;
export const DIGIT_ZERO = 0x30;

export function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The final avalanche of MurmurHash3: nearby inputs get unrelated hashes. Never 0 (0 marks an empty slot). */
export function finish(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/**
 * What a feature counts for (see features.ts, textFeatureValue): each cue and slot a fixed
 * amount, since a cue that matches or a date that is given means as much in a long question as
 * in a short one.
 */
export const CUE_FEATURE_VALUE = 0.35;
export const SLOT_FEATURE_VALUE = 0.7;
