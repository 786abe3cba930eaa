// Intent and topic matching: the trained model's calibrated probabilities (model.ts), read with
// the bot's contract: below a threshold the answer is fallback, a runner-up nearly as likely is
// offered as "did you mean", and a question visibly about atone gets its best guess at a lower bar.
// `fallback` is a class of its own, trained on out-of-scope questions: it wins outright when the
// question is about something else.
import type { AnswerIntent } from '../types.js';
import type { CueScanner } from './cues.js';
import type { Model } from './model.js';
import { ATONE_TOKEN } from './normalize.js';
import type { Slots } from './slots.js';
import { subjectSplits } from './subjects.js';

/** Below this probability no class is convincing enough: answer with fallback. */
const THRESHOLD = 0.3;
/**
 * When the question is visibly about atone (it names atone, a payment method, Amazon, a shop
 * count…), the best guess beats "I can't answer that": a lower bar, still above noise.
 */
const IN_DOMAIN_THRESHOLD = 0.15;
/** For a question visibly about atone, the out-of-scope class needs this much to win. */
const IN_DOMAIN_FALLBACK = 0.6;
/** A runner-up this close to the best, and at least this likely, is offered too ("did you mean"). */
const CLOSE_MARGIN = 0.15;
const ALTERNATIVE_MIN = 0.2;
/**
 * Each part of a two-subject question must read this clearly on its own: a cut inside a word
 * (「あ」+「ばらい」) or a fragment without a subject reads as noise or as a weak guess.
 */
const PART_CONFIDENT = 0.5;
/**
 * A bare word the model reads this surely has its meaning settled by the examples (「手数料」,
 * 「支払い方法」 is the list of methods); below it, a word several classes are about is ambiguous.
 */
const SETTLED = 0.8;

export interface Classification {
  intent: AnswerIntent;
  /** The probability that the answer is the right one (calibrated on held-out folds). */
  confidence: number;
  /** A close runner-up worth offering as "did you mean". */
  alternative?: AnswerIntent;
}

export interface Classifier {
  /** `inDomain`: the question visibly concerns atone, so a weaker best guess is still answered. */
  classify(normalized: string, slots: Slots, inDomain?: boolean): Classification;
  /** Of `among`, the class the model finds likeliest for the text (however unlikely all are). */
  likeliest(normalized: string, slots: Slots, among: readonly AnswerIntent[]): AnswerIntent | undefined;
}

const TRAILING_PUNCTUATION = /[?？。!！.]+$/u;
const LETTERS_ONLY = /^[\p{L}\p{N}]+$/u;

/**
 * The one word a message consists of (「Amazon」, "amazon?"), or undefined when it says more.
 * atone itself is the bot's whole domain, not a subject that tells classes apart.
 */
function bareSubject(normalized: string): string | undefined {
  const word = normalized.replace(TRAILING_PUNCTUATION, '').trim();
  if (word.length < 2 || word === ATONE_TOKEN || !LETTERS_ONLY.test(word)) return undefined;
  return word;
}

/** How many characters at the end of `text` bareSubject's first step takes off (/[?？。!！.]+$/). */
function trailingPunctuation(text: string): number {
  let n = 0;
  while (n < text.length && '?？。!！.'.includes(text.charAt(text.length - 1 - n))) n++;
  return n;
}

/** White space as String.prototype.trim sees it (ECMAScript's WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const round = (p: number) => Math.round(p * 1000) / 1000;

/**
 * The characters at `i` and `i + 1` of `text` hashed to a bit of a 2^PAIR_BITS-bit set (see
 * labelPairs). As a number in a Set, a pair after a kanji was past the small-integer range: each
 * lookup boxed it and hashed a double.
 */
const PAIR_BITS = 15;
const pairBit = (text: string, i: number) =>
  Math.imul((text.charCodeAt(i) << 16) ^ text.charCodeAt(i + 1), 0x9e3779b1) >>> (32 - PAIR_BITS);

/**
 * A classifier over `model`'s classes that the bot can answer (`known`): a class the model has
 * and the bot does not (a topic removed from a test's knowledge base) is never chosen.
 */
export function createClassifier(
  model: Model,
  known: ReadonlySet<string>,
  cues?: CueScanner,
  labels: ReadonlyMap<string, readonly string[]> = new Map(),
): Classifier {
  const fallback = model.classes.indexOf('fallback');
  let longestLabel = 0;
  for (const names of labels.values())
    for (const label of names) longestLabel = Math.max(longestLabel, label.length);
  // Every label in one text (a line each; a normalised text has no line break): a subject is in
  // some label only if it is in this, one search that turns most short questions away.
  const allLabels = [...labels.values()].flat().join('\n');
  // Every pair of neighbouring characters in a label: a subject has only such pairs, and most
  // short questions have one that is none, found before the search through every label.
  // (A bit set of their hashes: two pairs may share a bit, which only lets a text through to the
  // search, which decides.)
  const labelPairs = new Uint32Array(1 << (PAIR_BITS - 5));
  for (const names of labels.values())
    for (const label of names)
      for (let i = 0; i + 1 < label.length; i++) {
        const bit = pairBit(label, i);
        labelPairs[bit >>> 5] = (labelPairs[bit >>> 5] as number) | (1 << (bit & 31));
      }
  /** `text` occurs in some label (allLabels.includes, the pairs ruling most texts out first). */
  function inSomeLabel(text: string): boolean {
    for (let i = 0; i + 1 < text.length; i++) {
      const bit = pairBit(text, i);
      if ((((labelPairs[bit >>> 5] as number) >>> (bit & 31)) & 1) === 0) return false;
    }
    return allLabels.includes(text);
  }
  const usable = model.classes.map((name, i) => i !== fallback && known.has(name));

  function classifyWhole(normalized: string, slots: Slots, inDomain: boolean): Classification {
    const p = model.probabilities(normalized, slots, cues);
    let best = -1;
    let second = -1;
    for (let k = 0; k < p.length; k++) {
      if (!usable[k]) continue;
      const pk = p[k] as number;
      if (best < 0 || pk > (p[best] as number)) {
        second = best;
        best = k;
      } else if (second < 0 || pk > (p[second] as number)) second = k;
    }
    const pBest = best < 0 ? 0 : (p[best] as number);
    const pFallback = fallback < 0 ? 0 : (p[fallback] as number);
    const threshold = inDomain ? IN_DOMAIN_THRESHOLD : THRESHOLD;
    // A question that names atone, a method or Amazon is about atone: the out-of-scope class
    // must be more than the likeliest to turn it away ("hagaki de harau kigen wa?").
    const outOfScope = inDomain ? pFallback >= IN_DOMAIN_FALLBACK : pFallback > pBest;
    if (best < 0 || pBest < threshold || outOfScope)
      return { intent: 'fallback', confidence: round(Math.max(pFallback, 1 - pBest)) };
    const pSecond = second < 0 ? 0 : (p[second] as number);
    const close = pSecond >= ALTERNATIVE_MIN && pBest - pSecond < CLOSE_MARGIN;
    // Field by field rather than with a conditional spread (a copy through the runtime), in the same order.
    const reading: Classification = { intent: model.classes[best] as AnswerIntent, confidence: round(pBest) };
    if (close) reading.alternative = model.classes[second] as AnswerIntent;
    return reading;
  }

  /**
   * Two subjects joined (「支払い方法と手数料」): when the parts read confidently as two different
   * classes, the answer is the whole question's reading if it is one of them (else the first
   * part's), and the other part's class is offered as "did you mean". Its confidence is half the
   * part's: the answer covers one of the two things asked, so the turn is a close call.
   */
  function twoSubjects(normalized: string, slots: Slots, whole: Classification): Classification | undefined {
    for (const [first, second] of subjectSplits(normalized)) {
      const a = classifyWhole(first, slots, false);
      if (a.intent === 'fallback' || a.confidence < PART_CONFIDENT) continue;
      const b = classifyWhole(second, slots, false);
      if (b.intent === 'fallback' || b.confidence < PART_CONFIDENT || b.intent === a.intent) continue;
      const [answered, other] = whole.intent === b.intent ? [b, a] : [a, b];
      return {
        intent: answered.intent,
        confidence: round(answered.confidence / 2),
        alternative: other.intent,
      };
    }
    return undefined;
  }

  /**
   * A bare subject, nothing asked (「Amazon」): when it is what two or more classes are about (their
   * labels name it), each is a reading, and the model cannot know which was meant. The bot is
   * about atone, so the reading whose label also names atone ("atone on Amazon") is answered, else
   * the model's likeliest of them; the likeliest other is offered. Half the confidence: one of two.
   * Only while the model is unsure (below SETTLED): its examples may have settled the word.
   */
  function loneSubject(normalized: string, slots: Slots): Classification | undefined {
    // A subject is found in a label: a text longer than every label once bareSubject has taken
    // its final punctuation off, and with no space at either end to trim, is none (most
    // questions: this spares bareSubject's two regexes).
    const end = normalized.length - trailingPunctuation(normalized);
    if (end > longestLabel && !isSpace(normalized.charCodeAt(0)) && !isSpace(normalized.charCodeAt(end - 1)))
      return undefined;
    // What bareSubject would read, without its regexes (most short Japanese questions are
    // letters only, and the Unicode test cost more than the rest of this).
    if (!inSomeLabel(normalized.slice(0, end).trim())) return undefined;
    const subject = bareSubject(normalized);
    if (!subject) return undefined;
    const about = model.classes.filter(
      (name, k) => usable[k] && labels.get(name)?.some((label) => label.includes(subject)),
    );
    if (about.length < 2) return undefined;
    const p = model.probabilities(normalized, slots, cues);
    if (Math.max(...about.map((name) => p[model.classes.indexOf(name)] as number)) >= SETTLED)
      return undefined;
    const likelier = (a: string, b: string) =>
      (p[model.classes.indexOf(b)] as number) - (p[model.classes.indexOf(a)] as number);
    const ranked = [...about].sort(likelier);
    const answered =
      ranked.find((name) => labels.get(name)?.some((label) => label.includes(ATONE_TOKEN))) ??
      (ranked[0] as string);
    const other = ranked.find((name) => name !== answered) as string;
    return { intent: answered as AnswerIntent, confidence: 0.5, alternative: other as AnswerIntent };
  }

  return {
    likeliest(normalized, slots, among) {
      const p = model.probabilities(normalized, slots, cues);
      let best: AnswerIntent | undefined;
      let most = -1;
      for (const name of among) {
        const k = model.classes.indexOf(name);
        if (k >= 0 && (p[k] as number) > most) [best, most] = [name, p[k] as number];
      }
      return best;
    },
    classify(normalized, slots, inDomain = false) {
      const lone = loneSubject(normalized, slots);
      if (lone) return lone;
      const whole = classifyWhole(normalized, slots, inDomain);
      return twoSubjects(normalized, slots, whole) ?? whole;
    },
  };
}
