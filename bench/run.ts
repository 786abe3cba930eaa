// `npm run bench`: speed and memory, printed as a table (the figures go into the README).
import { existsSync } from 'node:fs';
import { benchBot, benchNlpJs, readQuestions } from './core.js';
import { timeToFirstAnswer } from './start.js';

const DEV = '../shared/eval/dev.jsonl';
const HELDOUT = 'test/fixtures/heldout.jsonl';

function row(cells: (string | number)[]): string {
  return `| ${cells.map((c) => (typeof c === 'number' ? c.toLocaleString('en-US', { maximumFractionDigits: 1 }) : c)).join(' | ')} |`;
}

async function main(): Promise<void> {
  const sets = [DEV, HELDOUT].filter((path) => existsSync(path));
  const questions = sets.flatMap(readQuestions);
  console.log(`questions: ${questions.length} (${sets.join(', ')})\n`);

  const coldNpm = await timeToFirstAnswer('node', ['scripts/run.mjs', 'adapters/main.ts']);
  const coldBundle = await timeToFirstAnswer('node', ['dist/main/main.mjs']);

  const bot = await benchBot(questions);
  const rss = process.memoryUsage().rss / 2 ** 20;
  const nlp = await benchNlpJs(questions);

  console.log(row(['matcher', 'intent accuracy %', 'questions/s', 'p50 µs', 'p99 µs']));
  console.log(row(['---', '---', '---', '---', '---']));
  console.log(row(['atone-bot handle()', bot.accuracy * 100, bot.perSecond, bot.p50us, bot.p99us]));
  for (const [name, t] of [
    ['nlp.js, default (guesses the language)', nlp.guessing],
    ['nlp.js, told the language', nlp.told],
  ] as const) {
    console.log(row([name, t.accuracy * 100, t.perSecond, t.p50us, t.p99us]));
  }
  console.log(`\nnlp.js trained in ${Math.round(nlp.trainMs)} ms on the same ${'examples'} from intents/`);
  for (const [name, t] of [
    ['default', nlp.guessing],
    ['told the language', nlp.told],
  ] as const) {
    console.log(`speed-up over nlp.js ${name}: p50 ${(t.p50us / bot.p50us).toFixed(1)}×, p99 ${(t.p99us / bot.p99us).toFixed(1)}×, throughput ${(bot.perSecond / t.perSecond).toFixed(1)}×`);
  }
  console.log(`cold start to first answer: npm start's command ${coldNpm.toFixed(0)} ms (includes the esbuild step), prebuilt bundle ${coldBundle.toFixed(0)} ms`);
  console.log(`RSS after the bot's run: ${rss.toFixed(0)} MB`);
}

await main();
