// Intent scoring. Two kinds of evidence add up: hand-written cues (precise, explainable) and the
// similarity to the intents' example questions (catches phrasings nobody wrote a cue for).
// A softmax over the scores, with "fallback" as a competitor at the threshold, gives a confidence
// that means something: a question no intent explains well goes to fallback.
import type { Cue, IntentDefinition } from '../intent.js';
import type { IntentName, Lang } from '../types.js';
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
  classify(normalized: string, lang: Lang, slots: Slots): Classification;
}

type Matcher = (text: string) => boolean;

export function createClassifier(intents: readonly IntentDefinition[]): Classifier {
  const cues = intents.map((intent) => intent.cues.map(compileCue));
  const examples = createExampleIndex(intents);

  return {
    classify(normalized, lang, slots) {
      const similarity = examples.similarity(normalized, lang);
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
  const docs: { intent: IntentName; lang: Lang; features: string[] }[] = [];
  for (const intent of intents) {
    for (const lang of ['ja', 'en'] as const) {
      for (const example of intent.examples[lang]) {
        docs.push({ intent: intent.name, lang, features: unique(tokenize(normalize(example), lang)) });
      }
    }
  }
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) for (const f of doc.features) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const idf = (feature: string) => Math.log(1 + docs.length / (documentFrequency.get(feature) ?? 0.5));

  // Inverted index: feature → the documents containing it with the feature's normalised weight.
  const postings = new Map<string, { doc: number; weight: number }[]>();
  docs.forEach((doc, index) => {
    const norm = Math.sqrt(doc.features.reduce((sum, f) => sum + idf(f) ** 2, 0)) || 1;
    for (const f of doc.features) {
      const list = postings.get(f) ?? [];
      list.push({ doc: index, weight: idf(f) / norm });
      postings.set(f, list);
    }
  });

  return {
    /** For each intent, the cosine similarity of the best-matching example (0..1). */
    similarity(normalized: string, lang: Lang): Map<IntentName, number> {
      const features = unique(tokenize(normalized, lang));
      const weights = features.map(idf);
      const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1;
      const dot = new Map<number, number>();
      features.forEach((f, i) => {
        for (const { doc, weight } of postings.get(f) ?? []) {
          dot.set(doc, (dot.get(doc) ?? 0) + (weight * (weights[i] ?? 0)) / norm);
        }
      });
      const best = new Map<IntentName, number>();
      for (const [doc, value] of dot) {
        const intent = docs[doc]?.intent;
        if (intent && value > (best.get(intent) ?? 0)) best.set(intent, value);
      }
      return best;
    },
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
