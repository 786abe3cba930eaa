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

export function createCueScanner(patterns: readonly CuePattern[]): CueScanner {
  // The same cue listed twice (or by two classes) is one feature.
  const sources = [...new Set(patterns.map(cueSource))];
  const regexes = sources.map((source) => new RegExp(source));
  const hashes = sources.map(cueHash);
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
        const singles = bySingle.get(code);
        if (singles) for (const cue of singles) candidate[cue] = 1;
        const anchors = byPair.get((code << 16) | next);
        if (!anchors) continue;
        for (const anchor of anchors) {
          if (anchor.rest.length === 0 || normalized.startsWith(anchor.rest, i + 2))
            for (const cue of anchor.cues) candidate[cue] = 1;
        }
      }
      // Those cues' regexes, in a fixed order; the marks are cleared for the next question.
      let n = at;
      for (let cue = 0; cue < sources.length; cue++) {
        if (candidate[cue] === 0) continue;
        candidate[cue] = 0;
        // Bounded by the buffer: a pathological paste cannot overrun it.
        if ((regexes[cue] as RegExp).test(normalized) && n < out.length - 32)
          out[n++] = hashes[cue] as number;
      }
      return n;
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
