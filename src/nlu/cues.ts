// Hand-written cues as features of the trained matcher: a cue is a pattern a person wrote for an
// intent or topic (期限|いつまで, "what is atone"), and whether it matches is one more feature. Its
// weight, for every class, is learnt with the others: cues carry knowledge the examples may lack
// (a regex generalises over wordings), without a second, hand-weighted scoring system.
//
// Every cue is found in one scan of one combined regular expression (a cue per capture group),
// not one regex after another: the cost barely grows with the number of cues. After each match
// the scan resumes one character later, so cues that overlap are found too; of several cues that
// match at the same position only the first is seen. That is part of the feature's definition:
// training computes the features with this same scanner, so the model learns what it will see.
import { toHiragana } from './normalize.js';

/** A cue as intents and topics write it: a regular expression, or a plain string to find. */
export type CuePattern = RegExp | string;

export interface CueScanner {
  /** Writes the feature hash of every cue that matches `normalized` into `out` from `at`; returns the new end. */
  scan(normalized: string, out: Uint32Array, at: number): number;
  readonly size: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const KIND_CUE = 0x5000_0000;

/** A cue's feature: the hash of its normalised source, so the same cue is the same feature wherever it is listed. */
function cueHash(source: string): number {
  let h = Math.imul(FNV_OFFSET ^ KIND_CUE, FNV_PRIME);
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), FNV_PRIME);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/** The regex source of a cue over the normalised text. */
function cueSource(pattern: CuePattern): string {
  if (typeof pattern === 'string')
    return toHiragana(pattern.toLowerCase()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return normalizePatternSource(pattern.source);
}

/** How many capture groups a regex source has. */
function groupCount(source: string): number {
  return (new RegExp(`${source}|`).exec('') as RegExpExecArray).length - 1;
}

/**
 * The cues the matcher scans for, in the bot's order of classes (intents, then topics). The bot
 * and the trainer (training/inputs.ts) both take them from here, so that training sees what the
 * bot sees.
 */
export function matcherCues(classes: readonly { cues: readonly CuePattern[] }[]): CuePattern[] {
  return classes.flatMap((c) => c.cues);
}

export function createCueScanner(patterns: readonly CuePattern[]): CueScanner {
  // The same cue listed twice (or by two classes) is one feature.
  const sources = [...new Set(patterns.map(cueSource))];
  if (sources.length === 0) return { scan: (_text, _out, at) => at, size: 0 };
  // groupOf[i]: the capture group that wraps cue i in the combined regex.
  const groupOf: number[] = [];
  let group = 1;
  for (const source of sources) {
    groupOf.push(group);
    group += 1 + groupCount(source);
  }
  const combined = new RegExp(sources.map((source) => `(${source})`).join('|'), 'g');
  const hashes = sources.map(cueHash);
  return {
    size: sources.length,
    scan(normalized, out, at) {
      let n = at;
      combined.lastIndex = 0;
      for (let match = combined.exec(normalized); match; match = combined.exec(normalized)) {
        for (let i = 0; i < groupOf.length; i++) {
          if (match[groupOf[i] as number] !== undefined) {
            // Bounded by the buffer: a pathological paste cannot overrun it.
            if (n < out.length - 32) out[n++] = hashes[i] as number;
            break;
          }
        }
        combined.lastIndex = match.index + 1;
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
