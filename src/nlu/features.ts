// The matcher's features: what the trained model (src/nlu/model.ts) sees of a question. Computed
// the same way at training time (src/nlu/training/) and for every question, so they live here once.
//
// - character n-grams (1–3) of the Japanese in the normalised text: Japanese has no spaces, and
//   n-grams of the hiragana-folded text catch 支払期限 / 支払い期限 / しはらいきげん alike, typos
//   and dialect endings;
// - Latin words and word pairs ("pay with", "debit card"), and the first five letters of a
//   longer word ("retur" for returned and returns);
// - the hand-written cues of intents and topics that match (cues.ts);
// - a few slot-derived features: a date, each payment method, Amazon, a shop count, a lead time,
//   an hour, another service, a tense: what a question mentions, however it is phrased.
//
// Every feature is a 32-bit hash computed from character codes, with no string built: the model
// stores the hashes it was trained on (an interned vocabulary without the strings) and looks each
// question's hashes up in an open-addressing table. Digits are folded to 0 ("11月15日" and "3月2日"
// share 0月0日): the value of a date is the slots' business, its presence is a feature.
import type { CueScanner } from './cues.js';
import {
  DIGIT_ZERO,
  FNV_OFFSET,
  finish,
  KIND_CHAR,
  KIND_SLOT,
  KIND_STEM,
  KIND_WORD,
  KIND_WORD_PAIR,
  MAX_FEATURE_CHARS,
  SPACE,
  STEM_LENGTH,
  step,
} from './feature-hash.js';
import { ATONE_TOKEN } from './normalize.js';
import type { Slots } from './slots.js';

/** Bumped whenever the features change meaning: the model records it, and a mismatch is stale. */
export const FEATURE_VERSION = 6;

export {
  CUE_FEATURE_VALUE,
  FNV_OFFSET,
  finish,
  MAX_FEATURE_CHARS,
  SLOT_FEATURE_VALUE,
  step,
} from './feature-hash.js';

/** The hash of a named feature (slots): computed once, at load. */
function named(name: string): number {
  let h = step(FNV_OFFSET, KIND_SLOT);
  for (let i = 0; i < name.length; i++) h = step(h, name.charCodeAt(i));
  return finish(h);
}

/** Kana, kanji and the long vowel mark: characters that are words, or most of one, on their own. */
function isJapaneseLetter(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || code === 0x3005;
}

/** Latin letters (with accents), digits and an apostrophe inside a word: what English words are made of. */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xdf && code <= 0x24f);
}

function fold(code: number): number {
  if (code >= 0x30 && code <= 0x39) return DIGIT_ZERO;
  // Every kind of white space is one separator (the normalised text has single spaces already).
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000) return SPACE;
  return code;
}

const SLOT_FEATURES = {
  date: named('date'),
  month: named('date:month'),
  invalidDate: named('date:invalid'),
  severalDates: named('dates'),
  future: named('tense:future'),
  past: named('tense:past'),
  method: named('method'),
  severalMethods: named('methods'),
  shops: named('shops'),
  daysBefore: named('days-before'),
  hour: named('hour'),
  quietHours: named('quiet-hours'),
  otherService: named('other-service'),
  amazon: named('amazon'),
  atone: named('atone'),
};
const METHOD_FEATURES = new Map<string, number>();
function methodFeature(method: string): number {
  let hash = METHOD_FEATURES.get(method);
  if (hash === undefined) {
    hash = named(`method:${method}`);
    METHOD_FEATURES.set(method, hash);
  }
  return hash;
}

/** The features of a question: hashes into `out` (from 0), and how many were written. */
export interface FeatureBuffer {
  hashes: Uint32Array;
  /** hashes[0, textCount) are the text's n-grams and words, then its cues up to `cueEnd`, then its slots up to `count`. */
  textCount: number;
  cueEnd: number;
  count: number;
}

/**
 * What a feature counts for: each of the text's n-grams and words 1/√(how many there are), so that
 * a long question is not more certain than a short one; each cue and slot a fixed amount
 * (CUE_FEATURE_VALUE, SLOT_FEATURE_VALUE), since a cue that matches or a date that is given means
 * as much in a long question as in a short one. Without this, one slot among sixty n-grams would
 * need a huge weight to count.
 */
export function textFeatureValue(textCount: number): number {
  return textCount > 0 ? 1 / Math.sqrt(textCount) : 0;
}

/** A buffer large enough for any question (3 n-grams and 2 word features per character, cues, and the slots). */
export function createFeatureBuffer(): FeatureBuffer {
  return { hashes: new Uint32Array(MAX_FEATURE_CHARS * 6 + 64), textCount: 0, cueEnd: 0, count: 0 };
}

/**
 * Writes the features of `normalized` (the bot's normalised, spell-corrected text) and `slots`
 * into `buffer`. The text's features are distinct: a repeated word counts once. They are sorted
 * unless `ordered` is false: training hashes them (inputs.ts), so their order must not change;
 * the model only sums their weights, in integers, which no order changes, and spares the sort.
 */
export function extractFeatures(
  normalized: string,
  slots: Slots,
  buffer: FeatureBuffer,
  cues?: CueScanner,
  ordered = true,
): number {
  const out = buffer.hashes;
  let n = 0;
  const length = Math.min(normalized.length, MAX_FEATURE_CHARS);

  // Character n-grams over the text padded with a space at each end, so that a word's first and
  // last characters make n-grams of their own (" in" starts a word, "ng " ends one).
  let c1 = SPACE; // the character before the current one
  let c2 = SPACE; // the one before that
  // Words: the hash of the current word, and of the previous one for pairs.
  let word = 0;
  let wordLength = 0;
  let stem = 0;
  let previousWord = 0;
  let mentionsAtone = false;
  for (let i = 0; i <= length; i++) {
    let c0 = i < length ? fold(normalized.charCodeAt(i)) : SPACE;
    // The brand name, in nearly every question, is one feature (below), not five n-grams and a
    // word: in a short question those outweighed the words that say what is asked.
    if (c0 === 0x61 && normalized.startsWith(ATONE_TOKEN, i)) {
      c0 = SPACE;
      i += ATONE_TOKEN.length - 1;
      mentionsAtone = true;
    }
    if (isJapaneseLetter(c0)) out[n++] = finish(step(step(FNV_OFFSET, KIND_CHAR | 1), c0));
    // Only n-grams that touch Japanese: English is read by its words and word pairs (the typos
    // that matter are corrected before, spelling.ts), which is as accurate with a third of the
    // features of a long English question.
    if (!(c0 === SPACE && c1 === SPACE) && (c0 >= 0x3000 || c1 >= 0x3000 || c2 >= 0x3000)) {
      out[n++] = finish(step(step(step(FNV_OFFSET, KIND_CHAR | 2), c1), c0));
      if (i > 0) out[n++] = finish(step(step(step(step(FNV_OFFSET, KIND_CHAR | 3), c2), c1), c0));
    }
    c2 = c1;
    c1 = c0;

    const inWord =
      isWordCode(c0) ||
      (c0 === 0x27 && wordLength > 0 && i + 1 < length && isWordCode(normalized.charCodeAt(i + 1)));
    if (inWord) {
      word = step(wordLength === 0 ? step(FNV_OFFSET, KIND_WORD) : word, c0);
      wordLength++;
      if (wordLength === STEM_LENGTH) stem = word;
    } else if (wordLength > 0) {
      // A longer word also counts by its first letters: returned/returns/return, billed/billing.
      if (wordLength > STEM_LENGTH) out[n++] = finish(step(stem, KIND_STEM));
      const hash = finish(word);
      out[n++] = hash;
      if (previousWord !== 0)
        out[n++] = finish(step(step(step(FNV_OFFSET, KIND_WORD_PAIR), previousWord), hash));
      previousWord = hash;
      wordLength = 0;
    } else if (c0 !== SPACE) {
      // Japanese or punctuation between two Latin words: they are not a pair.
      previousWord = 0;
    }
  }

  // Each n-gram and word counts once: a pasted e-mail repeating one line forty times must not
  // outweigh the question before it (it read as a reminder request and set one).
  n = uniqueInPlace(out, n);
  if (ordered) sortInPlace(out, n);
  buffer.textCount = n;
  if (cues) n = cues.scan(normalized.length > length ? normalized.slice(0, length) : normalized, out, n);
  buffer.cueEnd = n;
  if (mentionsAtone) out[n++] = SLOT_FEATURES.atone;
  n = writeSlotFeatures(slots, out, n);
  buffer.count = n;
  return n;
}

/**
 * The features of `slots` into `out` from `at`, always in the order below; returns the new end.
 * A Slots object has one of hundreds of shapes (which slots a question has, in the order they
 * were found), so reading its fields by name made each of these tests a lookup in the engine's
 * megamorphic cache, most of them for slots the question does not have. Its own keys, a
 * handful, are read once instead, and the same tests made on what they hold.
 */
function writeSlotFeatures(slots: Slots, out: Uint32Array, at: number): number {
  let date: Slots['date'];
  let invalidDate: Slots['invalidDate'];
  let dates: Slots['dates'];
  let tense: Slots['tense'];
  let method: Slots['method'];
  let methods: Slots['methods'];
  let shops: Slots['shops'];
  let daysBefore: Slots['daysBefore'];
  let hour: Slots['hour'];
  let quietHours: Slots['quietHours'];
  let otherService: Slots['otherService'];
  let amazon: Slots['amazon'];
  let described = false;
  for (const key in slots) {
    const value = slots[key as keyof Slots];
    switch (key) {
      case 'date':
        date = value as Slots['date'];
        break;
      case 'invalidDate':
        invalidDate = value as Slots['invalidDate'];
        break;
      case 'dates':
        dates = value as Slots['dates'];
        break;
      case 'tense':
        tense = value as Slots['tense'];
        break;
      case 'method':
        method = value as Slots['method'];
        break;
      case 'methods':
        methods = value as Slots['methods'];
        break;
      case 'shops':
        shops = value as Slots['shops'];
        break;
      case 'daysBefore':
        daysBefore = value as Slots['daysBefore'];
        break;
      case 'hour':
        hour = value as Slots['hour'];
        break;
      case 'quietHours':
        quietHours = value as Slots['quietHours'];
        break;
      case 'otherService':
        otherService = value as Slots['otherService'];
        break;
      case 'amazon':
        amazon = value as Slots['amazon'];
        break;
      // (A way to pay described, not named: no method to the matcher, which learned them by name.)
      case 'methodDescribed':
        described = true;
        break;
    }
  }
  if (described) method = undefined;
  const s = SLOT_FEATURES;
  let n = at;
  if (date) out[n++] = date.kind === 'month' ? s.month : s.date;
  if (invalidDate) out[n++] = s.invalidDate;
  if (dates) out[n++] = s.severalDates;
  if (tense === 'future') out[n++] = s.future;
  if (tense === 'past') out[n++] = s.past;
  if (method) {
    out[n++] = s.method;
    out[n++] = methodFeature(method);
  }
  if (methods) out[n++] = s.severalMethods;
  if (shops !== undefined) out[n++] = s.shops;
  if (daysBefore !== undefined) out[n++] = s.daysBefore;
  if (hour !== undefined) out[n++] = s.hour;
  if (quietHours) out[n++] = s.quietHours;
  if (otherService) out[n++] = s.otherService;
  if (amazon) out[n++] = s.amazon;
  return n;
}

// The features already seen in the current text: open addressing over their hashes (never 0),
// a slot being a hash and the number of the text it was seen in, so that nothing is cleared
// between texts. Sorting to find repeats cost more than extracting the features. Most questions
// have a hundred features or so: they use a small table (8 KB), which stays in the cache between
// questions, where the large one (64 KB) had a line to fetch back for nearly every feature.
// Which table is used changes nothing but the time: either finds exactly the repeats.
interface SeenTable {
  /** Slot count minus one (a power of two minus one). */
  mask: number;
  slots: Uint32Array;
  textNumber: number;
}
function seenTable(slotCount: number): SeenTable {
  return { mask: slotCount - 1, slots: new Uint32Array(slotCount * 2), textNumber: 0 };
}
// The large table is over twice the most text features a question has (MAX_FEATURE_CHARS * 6);
// the small one four times the features it takes.
const SMALL_TABLE_MOST = 256;
const smallSeen = seenTable(1024);
const largeSeen = seenTable(8192);

/** Keeps the first of each value of `hashes[0, n)`, in order; returns how many remain. */
function uniqueInPlace(hashes: Uint32Array, n: number): number {
  const table = n <= SMALL_TABLE_MOST ? smallSeen : largeSeen;
  const { mask, slots: seen } = table;
  if (++table.textNumber === 0xffff_ffff) {
    seen.fill(0);
    table.textNumber = 1;
  }
  const textNumber = table.textNumber;
  let kept = 0;
  for (let f = 0; f < n; f++) {
    const hash = hashes[f] as number;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      if (seen[i * 2 + 1] !== textNumber) {
        seen[i * 2] = hash;
        seen[i * 2 + 1] = textNumber;
        hashes[kept++] = hash;
        break;
      }
      if (seen[i * 2] === hash) break;
    }
  }
  return kept;
}

/** Sorts `hashes[0, n)`: by insertion when short (most questions), where the builtin's call cost more. */
function sortInPlace(hashes: Uint32Array, n: number): void {
  if (n > 64) {
    hashes.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const value = hashes[i] as number;
    let j = i - 1;
    for (; j >= 0 && (hashes[j] as number) > value; j--) hashes[j + 1] = hashes[j] as number;
    hashes[j + 1] = value;
  }
}
