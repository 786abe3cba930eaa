// Hand-written cues as features of the trained matcher: a cue is a pattern a person wrote for an
// intent or topic (期限|いつまで, "what is atone"), and whether it matches is one more feature. Its
// weight, for every class, is learnt with the others: cues carry knowledge the examples may lack
// (a regex generalises over wordings), without a second, hand-weighted scoring system.
//
// Testing every cue's regex on every question cost 70 µs for 235 cues (and one combined regex
// of them all was slower still: most cues start with a group or a wildcard, so it tried every
// alternative at every position). Instead one pass over the text (through a trie, Aho–Corasick,
// trie.ts) finds the strings the cues need: each cue's anchors (anchors.ts: strings
// one of which any match contains), the literals its simple alternatives stand for
// (literals.ts: 締め?切 is 締切 or 締め切), and the parts its other alternatives require. A cue
// is tried only when an anchor occurs; a literal found is a match; the regex runs only when
// neither settles it, about once in two questions. Training computes the features with this
// same scanner, so the model learns exactly what it will see.
import { regexAnchors, regexRequirement } from './anchors.js';
import builtPlan from './cue-plan.json' with { type: 'json' };
import { FNV_OFFSET, finish, KIND_CUE, step } from './feature-hash.js';
import { isRegexWordCode, type Literal, regexLiterals, topLevelAlternatives } from './literals.js';
import { toHiragana } from './normalize.js';
import {
  AT_END,
  AT_START,
  CONDITIONS_MASK,
  LENGTH_SHIFT,
  NEEDLE,
  NEEDLE_MARKS,
  NEEDLE_MARKS_END,
  NEEDLE_SCANNED,
  NEEDLE_SHAPE,
  NO_WORD_AFTER,
  NO_WORD_BEFORE,
  WORD_AFTER,
  WORD_BEFORE,
} from './scan-layout.js';
import { RECORD_STRINGS, ROOT, Trie } from './trie.js';

/** A cue as intents and topics write it: a regular expression, or a plain string to find. */
export type CuePattern = RegExp | string;

export interface CueScanner {
  /** Writes the feature hash of every cue that matches `normalized` into `out` from `at`; returns the new end. */
  scan(normalized: string, out: Uint32Array, at: number): number;
  readonly size: number;
}

/** A cue's feature: the hash of its normalised source, so the same cue is the same feature wherever it is listed. */
export function cueHash(source: string): number {
  let h = step(FNV_OFFSET, KIND_CUE);
  for (let i = 0; i < source.length; i++) h = step(h, source.charCodeAt(i));
  return finish(h);
}

/** The regex source of a cue over the normalised text. */
export function cueSource(pattern: CuePattern): string {
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

// What must hold where a needle is found (AT_START…, scan-layout.ts): a literal's assertions.
function conditionsOf(literal: Literal): number {
  const first = isRegexWordCode(literal.text.charCodeAt(0));
  const last = isRegexWordCode(literal.text.charCodeAt(literal.text.length - 1));
  return (
    (literal.atStart ? AT_START : 0) |
    (literal.atEnd ? AT_END : 0) |
    (literal.boundaryBefore ? (first ? NO_WORD_BEFORE : WORD_BEFORE) : 0) |
    (literal.boundaryAfter ? (last ? NO_WORD_AFTER : WORD_AFTER) : 0)
  );
}

/** `conditions` hold for a needle found in `text` from `start` to `end`. */
function holds(conditions: number, text: string, start: number, end: number): boolean {
  if (conditions === 0) return true;
  if (conditions & AT_START && start !== 0) return false;
  if (conditions & AT_END && end !== text.length) return false;
  if (conditions & (WORD_BEFORE | NO_WORD_BEFORE)) {
    const word = start > 0 && isRegexWordCode(text.charCodeAt(start - 1));
    if (word !== ((conditions & WORD_BEFORE) !== 0)) return false;
  }
  if (conditions & (WORD_AFTER | NO_WORD_AFTER)) {
    const word = end < text.length && isRegexWordCode(text.charCodeAt(end));
    if (word !== ((conditions & WORD_AFTER) !== 0)) return false;
  }
  return true;
}

/**
 * Every string the cues need found, each once, and the marks it sets where it is found (see
 * Scanner): a cue's anchors (the cue is tried only when one of them occurs), its
 * literals (one found is a match), the parts its regex requires.
 */
class Needles {
  readonly texts: string[] = [];
  readonly conditions: number[] = [];
  readonly marks: number[][] = [];
  private readonly ids = new Map<string, number>();

  /** `text`, found where `conditions` hold, sets `mark`. */
  add(text: string, conditions: number, mark: number): void {
    const key = `${conditions}:${text}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.texts.push(text) - 1;
      this.conditions.push(conditions);
      this.marks.push([]);
      this.ids.set(key, id);
    }
    const marks = this.marks[id] as number[];
    if (!marks.includes(mark)) marks.push(mark);
  }
}

/**
 * How a cue is decided once one of its anchors is found. The alternatives of its regex that are
 * literals (literals.ts) are found by the scan: one of them found is a match. Only when none is,
 * and the others are not all literals, does the regex run, and only if the text has every part
 * of one of those others (anchors.ts, regexRequirement). Each step only skips a regex run whose
 * answer is known: a cue's feature is still "an anchor occurs and the regex matches".
 */
interface Decision {
  /** Every alternative is literal: without a literal found, no match. */
  literal: boolean;
  /** For each alternative that is not, the marks of its parts; undefined when one has none. */
  requirement?: readonly (readonly number[])[];
  regex: RegExp;
}

/**
 * What a scanner is made of, worked out from the cues' sources alone: the needles its trie finds
 * (each with its conditions and the marks it sets) and how each cue is decided. Reading every
 * regex (anchors.ts, literals.ts) is most of the cost of building a scanner, a tenth of a second
 * or more, so the build writes the plan of the bot's own cues (cue-plan.json, see
 * training/train-model.ts) and a scanner for those same sources starts from it.
 */
export interface ScanPlan {
  /** The distinct cue sources, in order: cue c is sources[c]. */
  sources: string[];
  needles: string[];
  /** For each needle, what must hold where it is found (AT_START…). */
  conditions: number[];
  /** For each needle, the marks it sets. */
  marks: number[][];
  /** For each cue, `Decision` without its regex (built from the source). */
  decisions: { literal: boolean; requirement?: number[][] }[];
  /** The cues without anchors: tried every time. */
  always: number[];
  /** How many marks the requirements' parts use (after the cues' 2 × sources.length). */
  parts: number;
}

/** The plan of a scanner for `sources` (distinct, as cueSource gives them). */
export function planScan(sources: readonly string[]): ScanPlan {
  const size = sources.length;
  // A scan stamps marks, each a number: cue c's is c (an anchor of it occurs), its literals'
  // size + c (one of them occurs), and the parts of regexes' requirements follow.
  let parts = 0;
  const needles = new Needles();
  const always: number[] = [];
  const decisions = sources.map((source, cue) => {
    const anchors = regexAnchors(source);
    if (anchors) for (const anchor of anchors) needles.add(anchor, 0, cue);
    else always.push(cue);
    const others: string[] = [];
    for (const alternative of topLevelAlternatives(source)) {
      const literals = regexLiterals(alternative);
      if (literals)
        for (const literal of literals) needles.add(literal.text, conditionsOf(literal), size + cue);
      else others.push(alternative);
    }
    const requirements = others.map(regexRequirement);
    const requirement = requirements.every((r) => r !== undefined)
      ? requirements.flat().map((alternative) =>
          alternative.map((part) => {
            const mark = 2 * size + parts++;
            for (const text of part) needles.add(text, 0, mark);
            return mark;
          }),
        )
      : undefined;
    return { literal: others.length === 0, ...(requirement ? { requirement } : {}) };
  });
  return {
    sources: [...sources],
    needles: needles.texts,
    conditions: needles.conditions,
    marks: needles.marks,
    decisions,
    always,
    parts,
  };
}

/** The same sources in the same order. */
function sameSources(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((source, i) => source === b[i]);
}

// A scanner (the trie above all) still takes tens of milliseconds to build from its plan: every
// bot of a process scanning for the same cues shares one. A scan keeps no state between calls
// that its result depends on, so sharing is safe. A few cue sets are kept (tests vary them).
const scanners = new Map<string, Scanner>();
const KEPT_SCANNERS = 8;

export function createCueScanner(patterns: readonly CuePattern[]): CueScanner {
  // The same cue listed twice (or by two classes) is one feature.
  const sources = [...new Set(patterns.map(cueSource))];
  const key = sources.join('\u0000');
  let scanner = scanners.get(key);
  if (!scanner) {
    const built = builtPlan as ScanPlan;
    scanner = new Scanner(sameSources(built.sources, sources) ? built : planScan(sources));
    if (scanners.size >= KEPT_SCANNERS) scanners.delete(scanners.keys().next().value as string);
    scanners.set(key, scanner);
  }
  return scanner;
}

class Scanner implements CueScanner {
  readonly size: number;
  private readonly hashes: readonly number[];
  private readonly decisions: readonly Decision[];
  /** Cues without anchors: tried every time. */
  private readonly always: readonly number[];
  private readonly trie: Trie;
  /**
   * What the scan needs of needle i, side by side (NEEDLE fields from 4i): whether it was found
   * in the text being scanned, its conditions and length (where it starts, once the scan finds
   * where it ends), and the range of `marks` it sets. Four arrays were four cache misses for
   * each needle found, at most characters of a question.
   */
  private readonly needles: Int32Array;
  private readonly marks: Int32Array;
  // marked[i] === scanned: mark i was set in the text being scanned (no clearing between texts).
  private readonly marked: Uint32Array;
  private scanned = 0;
  // The cues with an anchor in the text being scanned, as they are found: only those are
  // decided, rather than a pass over every cue for the few whose anchor occurs.
  private readonly candidates: Int32Array;
  private candidateCount = 0;

  constructor(plan: ScanPlan) {
    const { sources } = plan;
    this.size = sources.length;
    this.hashes = sources.map(cueHash);
    this.decisions = plan.decisions.map(({ literal, requirement }, cue) => ({
      literal,
      requirement,
      regex: new RegExp(sources[cue] as string),
    }));
    this.always = plan.always;
    this.trie = new Trie(plan.needles);
    this.needles = new Int32Array(plan.needles.length * NEEDLE);
    let markEnd = 0;
    plan.needles.forEach((needle, id) => {
      const at = id * NEEDLE;
      this.needles[at + NEEDLE_SHAPE] = (plan.conditions[id] as number) | (needle.length << LENGTH_SHIFT);
      this.needles[at + NEEDLE_MARKS] = markEnd;
      markEnd += (plan.marks[id] as number[]).length;
      this.needles[at + NEEDLE_MARKS_END] = markEnd;
    });
    this.marks = Int32Array.from(plan.marks.flat());
    this.marked = new Uint32Array(2 * this.size + plan.parts);
    this.candidates = new Int32Array(this.size);
  }

  scan(normalized: string, out: Uint32Array, at: number): number {
    if (++this.scanned === 0xffff_ffff) {
      for (let at = NEEDLE_SCANNED; at < this.needles.length; at += NEEDLE) this.needles[at] = 0;
      this.marked.fill(0);
      this.scanned = 1;
    }
    this.candidateCount = 0;
    for (const cue of this.always) this.mark(cue);
    // Which needles occur in the text: one pass through the trie, each character read once, and
    // at each the needles that end there (where they start is known from their lengths).
    const { trie, needles } = this;
    const scanned = this.scanned | 0;
    const records = trie.records;
    const length = normalized.length;
    let node = ROOT;
    for (let j = 0; j < length; j++) {
      node = trie.step(node, normalized.charCodeAt(j));
      for (let r = trie.firstRecord(node); r >= 0; r = records[r + 1] as number) {
        const end = r + RECORD_STRINGS + (records[r] as number);
        for (let e = r + RECORD_STRINGS; e < end; e++) {
          const at = (records[e] as number) * NEEDLE;
          const shape = needles[at + NEEDLE_SHAPE] as number;
          if (
            needles[at + NEEDLE_SCANNED] !== scanned &&
            holds(shape & CONDITIONS_MASK, normalized, j + 1 - (shape >>> LENGTH_SHIFT), j + 1)
          )
            this.setMarks(at);
        }
      }
    }
    // The cues with an anchor in it, decided in a fixed order (the cues' own).
    const { candidates } = this;
    const count = this.candidateCount;
    sortInPlace(candidates, count);
    let n = at;
    for (let c = 0; c < count; c++) {
      const cue = candidates[c] as number;
      // Bounded by the buffer: a pathological paste cannot overrun it.
      if (this.matches(cue, normalized) && n < out.length - 32) out[n++] = this.hashes[cue] as number;
    }
    return n;
  }

  /** The needle whose fields start at `at` (in `needles`) is found: it sets its marks. */
  private setMarks(at: number): void {
    const { needles } = this;
    needles[at + NEEDLE_SCANNED] = this.scanned | 0;
    const end = needles[at + NEEDLE_MARKS_END] as number;
    for (let m = needles[at + NEEDLE_MARKS] as number; m < end; m++) this.mark(this.marks[m] as number);
  }

  /** Sets mark `m`; a cue's own mark (m < size: an anchor of it occurs) makes it a candidate. */
  private mark(m: number): void {
    if (this.marked[m] === this.scanned) return;
    this.marked[m] = this.scanned;
    if (m < this.size) this.candidates[this.candidateCount++] = m;
  }

  /** Cue `cue`, one of whose anchors occurs, matches `text`. */
  private matches(cue: number, text: string): boolean {
    const decision = this.decisions[cue] as Decision;
    if (this.marked[this.size + cue] === this.scanned) return true;
    if (decision.literal) return false;
    if (decision.requirement && !this.meets(decision.requirement)) return false;
    return decision.regex.test(text);
  }

  /** Every part of one of the alternatives is found. */
  private meets(requirement: readonly (readonly number[])[]): boolean {
    for (const alternative of requirement) {
      let all = true;
      for (const part of alternative) {
        if (this.marked[part] !== this.scanned) {
          // One part missing rules this alternative out: the next one may still be met.
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }
}

/** Sorts `values[0, n)` in place, by insertion: a question has a handful of candidate cues. */
function sortInPlace(values: Int32Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const value = values[i] as number;
    let j = i - 1;
    for (; j >= 0 && (values[j] as number) > value; j--) values[j + 1] = values[j] as number;
    values[j + 1] = value;
  }
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
