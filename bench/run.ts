// `npm run bench`: speed and memory, printed as tables (the figures go into the README).
// TEST_DATABASE_URL (or DATABASE_URL) set to a postgres:// URL adds the PostgreSQL figures.
import { existsSync } from 'node:fs';
import { startCommand } from '../test/fakes/start-command.js';
import { benchAskThroughput } from './ask-throughput.js';
import { benchBot, benchNlpJs, QUESTION_SETS, readQuestions } from './core.js';
import { benchPlatformStart } from './platform-start.js';
import { benchReminders } from './reminders.js';
import { benchSlackAck } from './slack-ack.js';
import { peakRssAnswering, timeToFirstAnswer } from './start.js';

function row(cells: (string | number)[]): string {
  return `| ${cells.map((c) => (typeof c === 'number' ? c.toLocaleString('en-US', { maximumFractionDigits: 1 }) : c)).join(' | ')} |`;
}

async function main(): Promise<void> {
  const sets = QUESTION_SETS.filter((path) => existsSync(path));
  const questions = sets.flatMap(readQuestions);
  console.log(`## Matching and answering: ${questions.length} labelled questions (${sets.join(', ')})\n`);

  const bot = await benchBot(questions);
  const nlp = await benchNlpJs(questions);
  console.log(row(['', 'intent accuracy %', 'questions/s', 'p50 µs', 'p99 µs']));
  console.log(row(['---', '---', '---', '---', '---']));
  console.log(
    row([
      'atone-bot `handle` (matching and the full answer)',
      bot.accuracy * 100,
      bot.perSecond,
      bot.p50us,
      bot.p99us,
    ]),
  );
  console.log(
    row([
      'nlp.js, default (guesses the language)',
      nlp.guessing.accuracy * 100,
      nlp.guessing.perSecond,
      nlp.guessing.p50us,
      nlp.guessing.p99us,
    ]),
  );
  console.log(
    row([
      'nlp.js, told the language',
      nlp.told.accuracy * 100,
      nlp.told.perSecond,
      nlp.told.p50us,
      nlp.told.p99us,
    ]),
  );
  console.log(
    `\nnlp.js was trained on the same examples as our matcher (src/nlu/training/inputs.ts; ${Math.round(nlp.trainMs)} ms).`,
  );
  for (const [name, t] of [
    ['default', nlp.guessing],
    ['told the language', nlp.told],
  ] as const) {
    console.log(
      `speed-up over nlp.js ${name}: p50 ${(t.p50us / bot.p50us).toFixed(1)}×, p99 ${(t.p99us / bot.p99us).toFixed(1)}×, throughput ${(bot.perSecond / t.perSecond).toFixed(1)}×`,
    );
  }

  console.log('\n## End to end: ask --jsonl\n');
  const e2e = await benchAskThroughput(questions.map((q) => q.text));
  console.log(
    `${e2e.questions.toLocaleString('en-US')} questions: atone-bot ${e2e.atoneMarginalUs.toFixed(0)} µs a question (marginal: JSON, warm-up and the answer included; ${(e2e.atoneTotalMs / 1000).toFixed(1)} s in all), nlp.js ${e2e.nlpMarginalUs.toFixed(0)} µs (${(e2e.nlpTotalMs / 1000).toFixed(1)} s): ${(e2e.nlpMarginalUs / e2e.atoneMarginalUs).toFixed(1)}× faster`,
  );

  console.log('\n## Start-up and memory of the terminal bot\n');
  const [node, ...startArgs] = startCommand();
  const viaNpmStart = await timeToFirstAnswer(node as string, startArgs);
  const bundle = await timeToFirstAnswer('node', ['dist/main/main.mjs']);
  console.log(
    `cold start to first answer: ${viaNpmStart.toFixed(0)} ms through npm start's command (scripts/start.mjs, without npm itself), ${bundle.toFixed(0)} ms from the bundle directly`,
  );
  console.log(
    `peak RSS answering all ${questions.length} questions: ${peakRssAnswering(questions.map((q) => q.text)).toFixed(0)} MB`,
  );

  console.log('\n## Start-up and idle memory of the platform processes (median of 5)\n');
  for (const platform of ['slack', 'discord'] as const) {
    const r = await benchPlatformStart(platform);
    console.log(
      `${platform}: ready in ${r.startMs} ms (${r.startCpuMs} ms of CPU), idle RSS ${r.idleRssMb} MB`,
    );
  }

  console.log('\n## Slack: acknowledging 200 concurrent signed requests\n');
  const slack = await benchSlackAck();
  console.log(
    `p50 ${slack.p50ms.toFixed(0)} ms, p99 ${slack.p99ms.toFixed(0)} ms (${slack.requests} requests at once)`,
  );
  console.log(
    `spread over one second: p99 ${slack.spreadP99ms.toFixed(0)} ms; a bare node:http server, same burst: p99 ${slack.floorP99ms.toFixed(0)} ms`,
  );

  console.log('\n## Reminders\n');
  for (const [key, value] of Object.entries(await benchReminders())) console.log(`${key}: ${value}`);
}

await main();
