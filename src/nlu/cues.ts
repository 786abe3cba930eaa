// Hand-written cues as features of the trained matcher: a cue is a pattern a person wrote for an
// intent or topic (期限|いつまで, "what is atone"), and whether it matches is one more feature. Its
// weight, for every class, is learnt with the others: cues carry knowledge the examples may lack
// (a regex generalises over wordings), without a second, hand-weighted scoring system.
//
// Testing every cue's regex on every question cost 70 µs for 235 cues (and one combined regex
// of them all was slower still: most cues start with a group or a wildcard, so it tried every
// alternative at every position). Instead each cue's literal anchors (anchors.ts: strings one of
// which any match contains) are indexed by their first two characters, one pass over the text
// finds which anchors occur, and only those cues' regexes run: about 16 of 235 per question. Training computes the features with
// this same scanner, so the model learns exactly what it will see.
import { regexAnchors } from './anchors.js';
import { FNV_OFFSET, finish, step } from './features.js';
import { toHiragana } from './normalize.js';

/** A cue as intents and topics write it: a regular expression, or a plain string to find. */
export type CuePattern = RegExp | string;

export interface CueScanner {
  /** Writes the feature hash of every cue that matches `normalized` into `out` from `at`; returns the new end. */
  scan(normalized: string, out: Uint32Array, at: number): number;
  readonly size: number;
}

const KIND_CUE = 0x5000_0000;

/** A cue's feature: the hash of its normalised source, so the same cue is the same feature wherever it is listed. */
function cueHash(source: string): number {
  let h = step(FNV_OFFSET, KIND_CUE);
  for (let i = 0; i < source.length; i++) h = step(h, source.charCodeAt(i));
  return finish(h);
}

/** The regex source of a cue over the normalised text. */
function cueSource(pattern: CuePattern): string {
  if (typeof pattern === 'string')
    return toHiragana(pattern.toLowerCase()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return normalizePatternSource(pattern.source);
}

/**
 * The cues the matcher scans for, in the bot's order of classes (intents, then topics). The bot
 * and the trainer (training/inputs.ts) both take them from here, so that training sees what the
 * bot sees.
 */
export function matcherCues(classes: readonly { cues: readonly CuePattern[] }[]): CuePattern[] {
  return classes.flatMap((c) => c.cues);
}

/** An anchor found by its first two characters: the rest to compare, and the cues it stands for. */
interface Anchor {
  rest: string;
  cues: number[];
}

// What a character may start (heads, below): an anchor of one character, or of two or more.
const STARTS_SINGLE = 1;
const STARTS_PAIR = 2;

/**
 * A cue whose source is literal text or literals joined by |, with nothing else a regex reads
 * specially: its anchors are its alternatives, so one found is a match and its regex need not run.
 */
const LITERAL_ALTERNATION = /^[^\\^$.*+?()[\]{}|]+(?:\|[^\\^$.*+?()[\]{}|]+)*$/;

export function createCueScanner(patterns: readonly CuePattern[]): CueScanner {
  // The same cue listed twice (or by two classes) is one feature.
  const sources = [...new Set(patterns.map(cueSource))];
  const regexes = sources.map((source) => new RegExp(source));
  const hashes = sources.map(cueHash);
  const literal = Uint8Array.from(sources, (source) => (LITERAL_ALTERNATION.test(source) ? 1 : 0));
  // Every anchor of every cue, by its first two characters (one-character anchors by their
  // only one): at each position of the text, one or two lookups. Cues without anchors are
  // tested every time.
  const byPair = new Map<number, Anchor[]>();
  const bySingle = new Map<number, number[]>();
  const always: number[] = [];
  sources.forEach((source, cue) => {
    const anchors = regexAnchors(source);
    if (!anchors) {
      always.push(cue);
      return;
    }
    for (const anchor of anchors) {
      if (anchor.length === 1) {
        const list = bySingle.get(anchor.charCodeAt(0)) ?? [];
        if (!list.includes(cue)) list.push(cue);
        bySingle.set(anchor.charCodeAt(0), list);
        continue;
      }
      const pair = (anchor.charCodeAt(0) << 16) | anchor.charCodeAt(1);
      const list = byPair.get(pair) ?? [];
      const rest = anchor.slice(2);
      const same = list.find((a) => a.rest === rest);
      if (same) {
        if (!same.cues.includes(cue)) same.cues.push(cue);
      } else list.push({ rest, cues: [cue] });
      byPair.set(pair, list);
    }
  });
  // The scan asks, for each character of the text, what it may start: a Map lookup per
  // character was most of the scan's own time. `heads` answers by the character's code (a
  // UTF-16 unit), and only then are the single's list or the pair's table consulted.
  const heads = new Uint8Array(0x10000);
  for (const code of bySingle.keys()) heads[code] = (heads[code] as number) | STARTS_SINGLE;
  for (const pair of byPair.keys()) heads[pair >>> 16] = (heads[pair >>> 16] as number) | STARTS_PAIR;
  const singles: (readonly number[])[] = [];
  const singleAt = new Int32Array(0x10000).fill(-1);
  for (const [code, cues] of bySingle) singleAt[code] = singles.push(cues) - 1;
  const pairs = pairTable(byPair);
  const candidate = new Uint8Array(sources.length);

  return {
    size: sources.length,
    scan(normalized, out, at) {
      for (const cue of always) candidate[cue] = 1;
      // Which cues have an anchor in the text.
      const length = normalized.length;
      let next = length > 0 ? normalized.charCodeAt(0) : 0;
      for (let i = 0; i < length; i++) {
        const code = next;
        next = i + 1 < length ? normalized.charCodeAt(i + 1) : 0;
        const head = heads[code] as number;
        if (head === 0) continue;
        if (head & STARTS_SINGLE)
          for (const cue of singles[singleAt[code] as number] as number[]) candidate[cue] = 1;
        if (!(head & STARTS_PAIR)) continue;
        const anchors = pairs.get((code << 16) | next);
        if (!anchors) continue;
        for (const anchor of anchors) {
          if (continues(normalized, i + 2, anchor.rest)) for (const cue of anchor.cues) candidate[cue] = 1;
        }
      }
      // Those cues' regexes, in a fixed order; the marks are cleared for the next question.
      let n = at;
      for (let cue = 0; cue < sources.length; cue++) {
        if (candidate[cue] === 0) continue;
        candidate[cue] = 0;
        // Bounded by the buffer: a pathological paste cannot overrun it.
        if ((literal[cue] === 1 || (regexes[cue] as RegExp).test(normalized)) && n < out.length - 32)
          out[n++] = hashes[cue] as number;
      }
      return n;
    },
  };
}

/** `text` has `rest` at `from`: startsWith, compared here code by code (the builtin's call cost more than the comparison). */
function continues(text: string, from: number, rest: string): boolean {
  const length = rest.length;
  if (from + length > text.length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(from + k) !== rest.charCodeAt(k)) return false;
  return true;
}

/** The pairs' anchors in an open-addressing table over typed arrays: a lookup is a multiply and a probe or two. */
function pairTable(byPair: ReadonlyMap<number, Anchor[]>): { get(pair: number): Anchor[] | undefined } {
  let size = 1;
  while (size < byPair.size * 4) size <<= 1;
  const shift = 32 - Math.log2(size);
  const mask = size - 1;
  const keys = new Int32Array(size);
  const values: Anchor[][] = [];
  const slots = new Int32Array(size);
  // A pair's first character is never 0 (anchors come from cue sources), so 0 marks an empty slot.
  const home = (pair: number) => Math.imul(pair, 0x9e3779b1) >>> shift;
  for (const [pair, anchors] of byPair) {
    let i = home(pair);
    while (keys[i] !== 0) i = (i + 1) & mask;
    keys[i] = pair;
    slots[i] = values.push(anchors) - 1;
  }
  return {
    get(pair) {
      for (let i = home(pair); ; i = (i + 1) & mask) {
        const key = keys[i] as number;
        if (key === pair) return values[slots[i] as number];
        if (key === 0) return undefined;
      }
    },
  };
}

/**
 * Cues are written as people write (コンビニ, Amazon); the text they meet is normalised. Apply the
 * same folding to the pattern (lower case, hiragana), except inside escapes such as \D or \S whose
 * case is meaningful. Not NFKC: it would turn a literal ？ into the quantifier ?, so patterns
 * spell punctuation and digits in ASCII, as the normalised text has them.
 */
export function normalizePatternSource(source: string): string {
  return decodeNonAsciiEscapes(source)
    .split(/(\\.)/u)
    .map((part) => (part.startsWith('\\') ? part : toHiragana(part.toLowerCase())))
    .join('');
}

/**
 * The bundle writes every non-ASCII character of a regex as `\uXXXX` (scripts/build.mjs,
 * `asciiOnly`): turn those back into characters, or a cue written in katakana would stay katakana
 * in the bundle and never meet the hiragana of the normalised text. An escape preceded by an odd
 * number of backslashes is a literal backslash and `u`, and stays.
 */
function decodeNonAsciiEscapes(source: string): string {
  return source.replace(/(\\*)\\u([0-9a-fA-F]{4})/g, (match, slashes: string, hex: string) => {
    const code = Number.parseInt(hex, 16);
    return slashes.length % 2 === 0 && code >= 0x80 ? slashes + String.fromCharCode(code) : match;
  });
}
