// The bot's own speed: questions per second and p50/p99 of `handle`, against nlp.js (node-nlp)
// trained on the same examples as our matcher (src/nlu/training/inputs.ts: every intent's and
// topic's, the blind paraphrases, ours and the out-of-scope ones), both scored on the same questions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createBot } from '../src/bot.js';
import { detectLang } from '../src/nlu/language.js';
import { trainingTexts } from '../src/nlu/training/inputs.js';
import type { Message } from '../src/types.js';

interface Question {
  text: string;
  now: string;
  intent: string;
}

/** The labelled questions the matching benchmarks answer: the team's dev set and our fixtures. */
export const QUESTION_SETS = [
  '../shared/eval/dev.jsonl',
  'test/fixtures/heldout.jsonl',
  'test/fixtures/blind.jsonl',
  'test/fixtures/blind-2.jsonl',
  'test/fixtures/blind-3.jsonl',
];

export function readQuestions(path: string): Question[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Question);
}

export interface Timing {
  accuracy: number;
  perSecond: number;
  p50us: number;
  p99us: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Times `answer` over the questions `rounds` times after a warm-up; accuracy from the first round. */
async function measure(
  questions: Question[],
  rounds: number,
  answer: (q: Question) => string | Promise<string>,
): Promise<Timing> {
  let correct = 0;
  for (const q of questions) if ((await answer(q)) === q.intent) correct++;
  const samples: number[] = [];
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const t0 = process.hrtime.bigint();
      await answer(q);
      samples.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  samples.sort((a, b) => a - b);
  return {
    accuracy: correct / questions.length,
    perSecond: samples.length / seconds,
    p50us: percentile(samples, 50),
    p99us: percentile(samples, 99),
  };
}

export async function benchBot(questions: Question[]): Promise<Timing> {
  const bot = createBot();
  const message = (q: Question): Message => ({
    platform: 'cli',
    userId: 'u',
    channelId: 'c',
    text: q.text,
    receivedAt: new Date(q.now),
  });
  const prepared = questions.map((q) => ({ q, m: message(q) }));
  const byText = new Map(prepared.map(({ q, m }) => [q, m]));
  return measure(questions, 200, (q) => bot.handle(byText.get(q) as Message).intent);
}

/** What the benchmarks use of nlp.js's NlpManager. */
export interface NlpJs {
  addDocument(lang: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(langOrText: string, text?: string): Promise<{ intent: string; score: number }>;
  export(minified: boolean): string;
}

/** nlp.js trained on the very examples our matcher is trained on, and how long training took. */
export async function trainNlpJs(): Promise<{ manager: NlpJs; trainMs: number }> {
  const require = createRequire(import.meta.url);
  const { NlpManager } = require('node-nlp') as { NlpManager: new (options: object) => NlpJs };
  const manager = new NlpManager({
    languages: ['ja', 'en'],
    nlu: { log: false },
    autoSave: false,
    autoLoad: false,
  });
  // nlp.js warns of every example its stemmer reduces to nothing ("contains only stop words"):
  // nothing about the benchmark, and it buried the tables, so those lines alone are dropped.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('contains only stop words')) warn(...args);
  };
  try {
    for (const { label, text } of trainingTexts('.')) manager.addDocument(detectLang(text), text, label);
    const t0 = performance.now();
    await manager.train();
    return { manager, trainMs: performance.now() - t0 };
  } finally {
    console.warn = warn;
  }
}

export async function benchNlpJs(
  questions: Question[],
): Promise<{ guessing: Timing; told: Timing; trainMs: number }> {
  const { manager, trainMs } = await trainNlpJs();
  const answer = (lang: string | undefined, text: string) =>
    (lang ? manager.process(lang, text) : manager.process(text)).then((result) =>
      !result.intent || result.intent === 'None' ? 'fallback' : result.intent,
    );
  // As nlp.js is used by default (it guesses the language itself), and given our language
  // detection, which it needs: its own guess takes short Japanese for Chinese.
  const guessing = await measure(questions, 20, (q) => answer(undefined, q.text));
  const told = await measure(questions, 20, (q) => answer(detectLang(q.text), q.text));
  return { guessing, told, trainMs };
}
