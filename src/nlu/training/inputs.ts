// What the matcher is trained on, read the way the bot reads a question (normalised, spell-
// corrected, slots extracted), and a hash of it all: model.json records the hash, and a model
// whose hash differs from the inputs' is stale (scripts/build.mjs retrains; a test fails).
//
// The examples: every intent's (intents/*.ts), every knowledge-base topic's (src/domain/topics.json),
// the blind paraphrases (blind.jsonl) and the out-of-scope questions (fallback.jsonl); see README.md.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intents } from '../../../intents/index.js';
import { isOtherServiceQuestion } from '../../bot.js';
import { defaultKnowledgeBase } from '../../knowledge.js';
import { topicIntents } from '../../topics/topic-intents.js';
import { type CuePattern, type CueScanner, createCueScanner, cueSource, matcherCues } from '../cues.js';
import { withoutDeclinedHelp } from '../declined.js';
import { createFeatureBuffer, extractFeatures, FEATURE_VERSION } from '../features.js';
import { normalize } from '../normalize.js';
import { extractSlots } from '../slots.js';
import { correctSpelling } from '../spelling.js';
import { DEFAULT_PARAMETERS, type FeaturizedExample, type TrainingParameters } from './train.js';

/** Where the training files are, from the project root. */
export const TRAINING_DIR = 'src/nlu/training';
export const MODEL_PATH = 'src/nlu/model.json';
export const CUE_PLAN_PATH = 'src/nlu/cue-plan.json';
/** Every `.jsonl` file there is read, in name order: adding examples is adding a file or lines. */
function jsonlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
}

/**
 * Slots need a today (relative dates, years): a fixed one, so that training does not depend on
 * the day it runs. Only which slots are present matters to the features, not their values.
 */
const TRAINING_TODAY = { year: 2026, month: 11, day: 28 };

export interface LabelledText {
  label: string;
  text: string;
}

function readJsonl(path: string): LabelledText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const { label, text } = JSON.parse(line) as Partial<LabelledText>;
      if (typeof label !== 'string' || typeof text !== 'string')
        throw new Error(`${path}:${i + 1}: a line needs "label" and "text"`);
      return { label, text };
    });
}

/** Every labelled example, in a fixed order; labels that are neither an intent nor a topic stop training. */
export function trainingTexts(root: string): LabelledText[] {
  const kb = defaultKnowledgeBase();
  const fromCode: LabelledText[] = [
    ...intents.flatMap((intent) =>
      [...intent.examples.ja, ...intent.examples.en].map((text) => ({ label: intent.name, text })),
    ),
    ...kb.topics.flatMap((topic) =>
      [...topic.examples.ja, ...topic.examples.en].map((text) => ({ label: topic.id, text })),
    ),
  ];
  const dir = join(root, TRAINING_DIR);
  const fromFiles = jsonlFiles(dir).flatMap((name) => readJsonl(join(dir, name)));
  const known = new Set([...intents.map((i) => i.name), ...kb.topics.map((t) => t.id)]);
  for (const { label, text } of fromFiles)
    if (!known.has(label)) throw new Error(`training example with an unknown label "${label}": ${text}`);
  return [...fromCode, ...fromFiles];
}

/** The cues the bot scans for (src/bot.ts, `matcherCues`), with the shipped knowledge base's topics. */
function botCues(): CuePattern[] {
  return matcherCues([...intents, ...topicIntents(defaultKnowledgeBase())]);
}

export function trainingCues(): CueScanner {
  return createCueScanner(botCues());
}

/** The bot's distinct cue sources, in order: what cue-plan.json is the plan of (cues.ts, planScan). */
export function botCueSources(): string[] {
  return [...new Set(botCues().map(cueSource))];
}

/** The features of one text, exactly as the bot computes them for a question. */
export function featurize(
  text: string,
  cues: CueScanner = trainingCues(),
): { hashes: Uint32Array; textCount: number; cueEnd: number } {
  const normalized = correctSpelling(normalize(text, true));
  const slots = extractSlots(text, TRAINING_TODAY, normalized, true);
  // Read as the bot reads it (src/bot.ts): without reminders turned down on the way.
  const asked = withoutDeclinedHelp(normalized, true);
  const buffer = createFeatureBuffer();
  const count = extractFeatures(asked, slots, buffer, cues);
  return { hashes: buffer.hashes.slice(0, count), textCount: buffer.textCount, cueEnd: buffer.cueEnd };
}

/**
 * The examples as features, without those the bot answers by rule before the matcher reads them
 * (another service named: src/bot.ts): the model learns from the questions it will be asked, and
 * "Paidyの支払い期限は？" does not teach it that 支払い期限 is out of scope.
 */
export function featurizeAll(texts: readonly LabelledText[]): FeaturizedExample[] {
  const cues = trainingCues();
  return texts
    .map((example) => ({ ...example, normalized: correctSpelling(normalize(example.text, true)) }))
    .filter(
      ({ text, normalized }) => !isOtherServiceQuestion(extractSlots(text, TRAINING_TODAY, normalized, true)),
    )
    .map(({ label, text }) => ({ label, ...featurize(text, cues) }));
}

/**
 * What the model depends on: the features of every example (so a change in normalisation, slots
 * or features counts, not only in the texts), their labels, and the training parameters.
 */
export function inputsHash(
  examples: readonly FeaturizedExample[],
  parameters: TrainingParameters = DEFAULT_PARAMETERS,
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ featureVersion: FEATURE_VERSION, parameters }));
  for (const { label, hashes, textCount, cueEnd } of examples) {
    hash.update(`${label}\u0000${textCount}\u0000${cueEnd}`);
    hash.update(new Uint8Array(hashes.buffer, hashes.byteOffset, hashes.byteLength));
  }
  return hash.digest('hex').slice(0, 16);
}
