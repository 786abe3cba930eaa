// Intent scoring. Two kinds of evidence add up: hand-written cues (precise, explainable) and the
// similarity to the intents' example questions (catches phrasings nobody wrote a cue for).
// A softmax over the scores, with "fallback" as a competitor at the threshold, gives a confidence
// that means something: a question no intent explains well goes to fallback.
import type { Cue, IntentDefinition } from '../intent.js';
import type { IntentName } from '../types.js';
import { normalize, toHiragana } from './normalize.js';
import type { Slots } from './slots.js';
import { tokenize } from './tokenize.js';

/** Below this score no intent is convincing enough: answer with fallback. */
const THRESHOLD = 1.2;
/** How much the best example similarity (0..1) weighs against the cues. */
const SIMILARITY_WEIGHT = 2;
/** Two intents whose scores are closer than this are offered together ("did you mean"). */
const CLOSE_MARGIN = 0.4;
const SOFTMAX_TEMPERATURE = 0.6;

export interface IntentScore {
  intent: IntentName;
  score: number;
}

export interface Classification {
  intent: IntentName;
  confidence: number;
  /** A close runner-up worth offering as "did you mean". */
  alternative?: IntentName;
  /** Every intent's score, best first (for debugging and tests). */
  scores: IntentScore[];
}

export interface Classifier {
  classify(normalized: string, slots: Slots): Classification;
}

type Matcher = (text: string) => boolean;

export function createClassifier(intents: readonly IntentDefinition[]): Classifier {
  const cues = intents.map((intent) => intent.cues.map(compileCue));
  const examples = createExampleIndex(intents);

  return {
    classify(normalized, slots) {
      const similarity = examples.similarity(normalized);
      const scores: IntentScore[] = intents.map((intent, i) => {
        let score = SIMILARITY_WEIGHT * (similarity.get(intent.name) ?? 0);
        for (const [matches, weight] of cues[i] ?? []) if (matches(normalized)) score += weight;
        if (intent.boost) score += intent.boost(slots, normalized);
        return { intent: intent.name, score };
      });
      scores.sort((a, b) => b.score - a.score);
      return decide(scores);
    },
  };
}

function decide(scores: IntentScore[]): Classification {
  const [best, second] = scores;
  const confidence = softmaxShare(best?.score ?? 0, scores);
  if (!best || best.score < THRESHOLD || best.intent === 'fallback') {
    return { intent: 'fallback', confidence: softmaxShare(THRESHOLD, scores), scores };
  }
  const close = second && second.intent !== 'fallback' && second.score >= THRESHOLD && best.score - second.score < CLOSE_MARGIN;
  return { intent: best.intent, confidence, scores, ...(close ? { alternative: second.intent } : {}) };
}

/** The share of `score` in a softmax over every intent plus a fallback competitor at the threshold. */
function softmaxShare(score: number, scores: IntentScore[]): number {
  const top = Math.max(score, THRESHOLD, ...scores.map((s) => s.score));
  let sum = Math.exp((THRESHOLD - top) / SOFTMAX_TEMPERATURE);
  for (const s of scores) if (s.intent !== 'fallback') sum += Math.exp((s.score - top) / SOFTMAX_TEMPERATURE);
  return Math.round((Math.exp((score - top) / SOFTMAX_TEMPERATURE) / sum) * 1000) / 1000;
}

function compileCue([pattern, weight]: Cue): readonly [Matcher, number] {
  if (typeof pattern === 'string') {
    const needle = normalize(pattern);
    return [(text) => text.includes(needle), weight];
  }
  const regex = new RegExp(normalizePatternSource(pattern.source), pattern.flags.replace('g', ''));
  return [(text) => regex.test(text), weight];
}

/**
 * Cues are written as people write (コンビニ, Amazon); the text they meet is normalised. Apply the
 * same folding to the pattern (lower case, hiragana), except inside escapes such as \D or \S whose
 * case is meaningful. Not NFKC: it would turn a literal ？ into the quantifier ?, so patterns
 * spell punctuation and digits in ASCII, as the normalised text has them.
 */
export function normalizePatternSource(source: string): string {
  return source
    .split(/(\\.)/u)
    .map((part) => (part.startsWith('\\') ? part : toHiragana(part.toLowerCase())))
    .join('');
}

/** A tiny TF-IDF nearest-neighbour index over the example questions. */
function createExampleIndex(intents: readonly IntentDefinition[]) {
  const docs: { intent: IntentName; features: string[] }[] = [];
  for (const intent of intents) {
    for (const example of [...intent.examples.ja, ...intent.examples.en]) {
      docs.push({ intent: intent.name, features: tokenize(normalize(example)) });
    }
  }
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) for (const f of doc.features) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const idf = new Map([...documentFrequency].map(([f, n]) => [f, Math.log(1 + docs.length / n)]));
  // A feature no example has still counts towards the query's length (it makes the match weaker).
  const unseenIdf = Math.log(1 + docs.length / 0.5);

  // Inverted index: feature → the documents containing it, with the feature's normalised weight.
  const postings = new Map<string, { doc: number; weight: number }[]>();
  docs.forEach((doc, index) => {
    const norm = Math.hypot(...doc.features.map((f) => idf.get(f) ?? 0)) || 1;
    for (const f of doc.features) {
      const list = postings.get(f) ?? [];
      list.push({ doc: index, weight: (idf.get(f) ?? 0) / norm });
      postings.set(f, list);
    }
  });
  const dot = new Float64Array(docs.length);

  return {
    /** For each intent, the cosine similarity of the best-matching example (0..1). */
    similarity(normalized: string): Map<IntentName, number> {
      const features = tokenize(normalized);
      let squares = 0;
      for (const f of features) squares += (idf.get(f) ?? unseenIdf) ** 2;
      const norm = Math.sqrt(squares) || 1;
      const touched: number[] = [];
      for (const f of features) {
        const list = postings.get(f);
        if (!list) continue;
        const weight = (idf.get(f) ?? 0) / norm;
        for (const posting of list) {
          if (dot[posting.doc] === 0) touched.push(posting.doc);
          dot[posting.doc] = (dot[posting.doc] ?? 0) + posting.weight * weight;
        }
      }
      const best = new Map<IntentName, number>();
      for (const doc of touched) {
        const intent = (docs[doc] as { intent: IntentName }).intent;
        const value = dot[doc] as number;
        if (value > (best.get(intent) ?? 0)) best.set(intent, value);
        dot[doc] = 0;
      }
      return best;
    },
  };
}
