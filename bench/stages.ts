// A profile of `handle` by stage, to see where the time goes: node scripts/run.mjs bench/stages.ts
import { readFileSync } from 'node:fs';
import { createBot } from '../src/bot.js';
import { createFeatureBuffer, extractFeatures } from '../src/nlu/features.js';
import { detectLang } from '../src/nlu/language.js';
import { loadModel } from '../src/nlu/model.js';
import trainedModel from '../src/nlu/model.json' with { type: 'json' };
import { normalize } from '../src/nlu/normalize.js';
import { extractSlots } from '../src/nlu/slots.js';

const questions = readFileSync('../shared/eval/dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line).text as string);
const today = { year: 2026, month: 11, day: 27 };
const bot = createBot();
const now = new Date('2026-11-27T10:00:00+09:00');
const normalized = questions.map(normalize);

function time(name: string, run: (i: number) => unknown): void {
  for (let r = 0; r < 100; r++) for (let i = 0; i < questions.length; i++) run(i);
  const rounds = 400;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (let i = 0; i < questions.length; i++) run(i);
  console.log(
    `${name.padEnd(14)} ${(((performance.now() - t0) * 1000) / (rounds * questions.length)).toFixed(1)} µs`,
  );
}

time('normalize', (i) => normalize(questions[i] as string));
time('detectLang', (i) => detectLang(questions[i] as string));
time('extractSlots', (i) => extractSlots(questions[i] as string, today));
const model = loadModel(trainedModel);
const buffer = createFeatureBuffer();
time('features', (i) => extractFeatures(normalized[i] as string, {}, buffer));
time('model', (i) => model.probabilities(normalized[i] as string, {}));
time('handle', (i) =>
  bot.handle(
    { platform: 'cli', userId: 'u', channelId: 'c', text: questions[i] as string, receivedAt: now },
    now,
  ),
);
