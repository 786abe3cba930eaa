// Where `handle`'s time goes, stage by stage, over the benchmark's questions (bench/core.ts
// QUESTION_SETS): node scripts/run.mjs bench/stages.ts
//
// Each stage runs over every question in turn (as `handle` meets them: a different question each
// time, not one question repeated) and reports the mean per question, the best of several
// passes, in CPU time: on a shared machine that is steadier than the clock. The stages overlap
// (understand includes slots and the model; the model includes features and the cue scan).

import { intents } from '../intents/index.js';
import { createBot } from '../src/bot.js';
import { tokyoToday } from '../src/domain/dates.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { createCueScanner, matcherCues } from '../src/nlu/cues.js';
import { createFeatureBuffer, extractFeatures } from '../src/nlu/features.js';
import { detectLang } from '../src/nlu/language.js';
import { loadModel } from '../src/nlu/model.js';
import trainedModel from '../src/nlu/model.json' with { type: 'json' };
import { normalize } from '../src/nlu/normalize.js';
import { extractSlots } from '../src/nlu/slots.js';
import { correctSpelling } from '../src/nlu/spelling.js';
import { topicIntents } from '../src/topics/topic-intents.js';
import type { Message } from '../src/types.js';
import { QUESTION_SETS, readQuestions } from './core.js';

const questions = QUESTION_SETS.flatMap(readQuestions);
const messages: Message[] = questions.map((q) => ({
  platform: 'cli',
  userId: 'u',
  channelId: 'c',
  text: q.text,
  receivedAt: new Date(q.now),
}));
const bot = createBot();
const normalized = questions.map((q) => normalize(q.text));
const todays = messages.map((m) => tokyoToday(m.receivedAt));
const understood = messages.map((m) => bot.understand(m));

const WARM_UP_ROUNDS = 30;
const ROUNDS = 20;
const PASSES = 7;

function time(name: string, run: (i: number) => unknown): void {
  for (let r = 0; r < WARM_UP_ROUNDS; r++) for (let i = 0; i < questions.length; i++) run(i);
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < PASSES; pass++) {
    const start = process.cpuUsage();
    for (let r = 0; r < ROUNDS; r++) for (let i = 0; i < questions.length; i++) run(i);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / (ROUNDS * questions.length));
  }
  console.log(`${name.padEnd(16)} ${best.toFixed(1)} µs`);
}

const at = <T>(list: readonly T[], i: number) => list[i] as T;

time('normalize', (i) => normalize(at(questions, i).text));
time('spelling', (i) => correctSpelling(at(normalized, i)));
time('detectLang', (i) => detectLang(at(questions, i).text));
time('tokyoToday', (i) => tokyoToday(at(messages, i).receivedAt));
time('slots', (i) => extractSlots(at(questions, i).text, at(todays, i), at(normalized, i)));

const model = loadModel(trainedModel);
const cues = createCueScanner(matcherCues([...intents, ...topicIntents(defaultKnowledgeBase())]));
const buffer = createFeatureBuffer();
const hashes = new Uint32Array(4096);
const read = (i: number) => at(understood, i);
time('cue scan', (i) => cues.scan(read(i).normalized, hashes, 0));
time('features', (i) => extractFeatures(read(i).normalized, read(i).slots, buffer));
time('features+cues', (i) => extractFeatures(read(i).normalized, read(i).slots, buffer, cues));
time('model', (i) => model.probabilities(read(i).normalized, read(i).slots, cues));

time('understand', (i) => bot.understand(at(messages, i)));
time('answer', (i) => bot.answer(read(i)));
time('handle', (i) => bot.handle(at(messages, i)));
