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
  console.log(row([`nlp.js (node-nlp, trained ${Math.round(nlp.trainMs)} ms)`, nlp.accuracy * 100, nlp.perSecond, nlp.p50us, nlp.p99us]));
  console.log(`\nspeed-up (p50): ${(nlp.p50us / bot.p50us).toFixed(0)}×, (throughput): ${(bot.perSecond / nlp.perSecond).toFixed(0)}×`);
  console.log(`cold start to first answer: npm start's command ${coldNpm.toFixed(0)} ms (includes the esbuild step), prebuilt bundle ${coldBundle.toFixed(0)} ms`);
  console.log(`RSS after the bot's run: ${rss.toFixed(0)} MB`);
}

await main();
