// Intent and topic matching: the trained model's calibrated probabilities (model.ts), read with
// the bot's contract: below a threshold the answer is fallback, a runner-up nearly as likely is
// offered as "did you mean", and a question visibly about atone gets its best guess at a lower bar.
// `fallback` is a class of its own, trained on out-of-scope questions: it wins outright when the
// question is about something else.
import type { AnswerIntent } from '../types.js';
import type { CueScanner } from './cues.js';
import type { Model } from './model.js';
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
}

const round = (p: number) => Math.round(p * 1000) / 1000;

/**
 * A classifier over `model`'s classes that the bot can answer (`known`): a class the model has
 * and the bot does not (a topic removed from a test's knowledge base) is never chosen.
 */
export function createClassifier(model: Model, known: ReadonlySet<string>, cues?: CueScanner): Classifier {
  const fallback = model.classes.indexOf('fallback');
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
    return {
      intent: model.classes[best] as AnswerIntent,
      confidence: round(pBest),
      ...(close ? { alternative: model.classes[second] as AnswerIntent } : {}),
    };
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

  return {
    classify(normalized, slots, inDomain = false) {
      const whole = classifyWhole(normalized, slots, inDomain);
      return twoSubjects(normalized, slots, whole) ?? whole;
    },
  };
}
