// Where the prefilter (prefilter.ts) marks a character or a pair of neighbouring characters in
// its table: a module that imports nothing, so that the bundler writes these numbers into the
// per-character loop that marks a text (see feature-hash.ts); in prefilter.ts they were module
// variables, read at every character. Keep imports out of this file.

/** The table has 2^TABLE_BITS slots. */
export const TABLE_BITS = 12;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

export function charSlot(code: number): number {
  return (Math.imul(code, 0x9e3779b1) >>> (32 - TABLE_BITS)) & TABLE_MASK;
}

export function pairSlot(first: number, second: number): number {
  return (Math.imul((first << 16) ^ second ^ 0x5bd1e995, 0x85ebca6b) >>> (32 - TABLE_BITS)) & TABLE_MASK;
}
