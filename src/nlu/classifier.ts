// Intent scoring. Two kinds of evidence add up: hand-written cues (precise, explainable) and the
// similarity to the intents' example questions (catches phrasings nobody wrote a cue for).
// A softmax over the scores, with "fallback" as a competitor at the threshold, gives a confidence
// that means something: a question no intent explains well goes to fallback.
import type { Cue, IntentDefinition } from '../intent.js';
import type { AnswerIntent } from '../types.js';
import { normalize, toHiragana } from './normalize.js';
import type { Slots } from './slots.js';
import { tokenize } from './tokenize.js';

/** Below this score no intent is convincing enough: answer with fallback. */
const THRESHOLD = 1.2;
/**
 * When the question is visibly about atone (it names atone, a payment method, Amazon, a shop
 * count…), the best guess beats "I can't answer that": a lower bar, still above noise.
 */
const IN_DOMAIN_THRESHOLD = 0.35;
/** How much the best example similarity (0..1) weighs against the cues. */
const SIMILARITY_WEIGHT = 2;
/** Two intents whose scores are closer than this are offered together ("did you mean"). */
const CLOSE_MARGIN = 0.4;
const SOFTMAX_TEMPERATURE = 0.6;

export interface IntentScore {
  intent: AnswerIntent;
  score: number;
}

export interface Classification {
  intent: AnswerIntent;
  confidence: number;
  /** A close runner-up worth offering as "did you mean". */
  alternative?: AnswerIntent;
  /** Every intent's score, best first (for debugging and tests). */
  scores: IntentScore[];
}

export interface Classifier {
  /** `inDomain`: the question visibly concerns atone, so a weaker best guess is still answered. */
  classify(normalized: string, slots: Slots, inDomain?: boolean): Classification;
}

type Matcher = (text: string) => boolean;

/**
 * What the matcher needs of a class: a name, example questions in both languages, and optional
 * cues and slot boost. Intents are classes; so are knowledge-base topics (src/topics/classes.ts:
 * the topic id, its examples and its data cues, no boost).
 */
export type MatchClass = Pick<IntentDefinition, 'name' | 'examples' | 'cues' | 'boost'>;

export function createClassifier(intents: readonly MatchClass[]): Classifier {
  const cues = intents.map((intent) => intent.cues.map(compileCue));
  const examples = createExampleIndex(intents);

  return {
    classify(normalized, slots, inDomain = false) {
      const threshold = inDomain ? IN_DOMAIN_THRESHOLD : THRESHOLD;
      const scores: IntentScore[] = intents.map((intent, i) => {
        let score = 0;
        for (const [matches, weight] of cues[i] ?? []) if (matches(normalized)) score += weight;
        if (intent.boost) score += intent.boost(slots, normalized);
        return { intent: intent.name, score };
      });
      // The similarity adds at most SIMILARITY_WEIGHT to any intent: when the cues alone put the
      // best intent further ahead than that, it cannot change the outcome and is not computed.
      const [first, second] = [...scores].sort((a, b) => b.score - a.score);
      const decisive =
        first &&
        first.score >= threshold &&
        first.score - (second?.score ?? 0) > SIMILARITY_WEIGHT + CLOSE_MARGIN;
      if (!decisive) {
        const similarity = examples.similarity(normalized);
        scores.forEach((s, i) => {
          s.score += SIMILARITY_WEIGHT * (similarity[i] ?? 0);
        });
      }
      scores.sort((a, b) => b.score - a.score);
      return decide(scores, threshold);
    },
  };
}

function decide(scores: IntentScore[], threshold: number): Classification {
  const [best, second] = scores;
  const confidence = softmaxShare(best?.score ?? 0, scores, threshold);
  if (!best || best.score < threshold || best.intent === 'fallback') {
    return { intent: 'fallback', confidence: softmaxShare(threshold, scores, threshold), scores };
  }
  const close =
    second &&
    second.intent !== 'fallback' &&
    second.score >= threshold &&
    best.score - second.score < CLOSE_MARGIN;
  return { intent: best.intent, confidence, scores, ...(close ? { alternative: second.intent } : {}) };
}

/**
 * The share of `score` in a softmax over every class with some evidence plus a fallback
 * competitor at the threshold. Classes with no evidence at all (score 0 or below) do not compete:
 * otherwise every topic added to the knowledge base would lower the confidence of every answer.
 */
function softmaxShare(score: number, scores: IntentScore[], threshold: number): number {
  const top = Math.max(score, threshold, ...scores.map((s) => s.score));
  let sum = Math.exp((threshold - top) / SOFTMAX_TEMPERATURE);
  for (const s of scores)
    if (s.intent !== 'fallback' && s.score > 0) sum += Math.exp((s.score - top) / SOFTMAX_TEMPERATURE);
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

/**
 * TF-IDF centroids of each intent's examples (Rocchio): a query's cosine with each centroid. A
 * feature's posting list holds at most one entry per intent, so scoring a question touches a few
 * dozen numbers, whatever the number of examples.
 */
function createExampleIndex(intents: readonly MatchClass[]) {
  const examples = intents.map((intent) =>
    [...intent.examples.ja, ...intent.examples.en].map((e) => tokenize(normalize(e))),
  );
  const total = examples.reduce((sum, list) => sum + list.length, 0);
  const documentFrequency = new Map<string, number>();
  for (const list of examples)
    for (const features of list)
      for (const f of features) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const idf = new Map([...documentFrequency].map(([f, n]) => [f, Math.log(1 + total / n)]));
  // A feature no example has still lengthens the query (it makes every match weaker).
  const unseenIdf = Math.log(1 + total / 0.5);

  // Each intent's centroid: the mean of its examples' unit vectors, itself normalised. Postings
  // name the intent by its index in `intents`.
  const postings = new Map<string, { intent: number; weight: number }[]>();
  intents.forEach((_intent, i) => {
    const centroid = new Map<string, number>();
    for (const features of examples[i] ?? []) {
      const norm = Math.hypot(...features.map((f) => idf.get(f) ?? 0)) || 1;
      for (const f of features) centroid.set(f, (centroid.get(f) ?? 0) + (idf.get(f) ?? 0) / norm);
    }
    const norm = Math.hypot(...centroid.values()) || 1;
    for (const [f, weight] of centroid) {
      const list = postings.get(f) ?? [];
      list.push({ intent: i, weight: weight / norm });
      postings.set(f, list);
    }
  });

  return {
    /** The cosine similarity of the question with each intent's centroid (0..1), by intent index. */
    similarity(normalized: string): Float64Array {
      const features = tokenize(normalized);
      let squares = 0;
      for (const f of features) squares += (idf.get(f) ?? unseenIdf) ** 2;
      const norm = Math.sqrt(squares) || 1;
      const scores = new Float64Array(intents.length);
      for (const f of features) {
        const list = postings.get(f);
        if (!list) continue;
        const weight = (idf.get(f) ?? 0) / norm;
        for (const posting of list)
          scores[posting.intent] = (scores[posting.intent] ?? 0) + posting.weight * weight;
      }
      return scores;
    },
  };
}
