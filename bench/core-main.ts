// Matching and answering alone, against nlp.js: node scripts/run.mjs bench/core-main.ts
import { benchBot, benchNlpJs, QUESTION_SETS, readQuestions } from './core.js';

const questions = QUESTION_SETS.flatMap(readQuestions);
const bot = await benchBot(questions);
const nlp = await benchNlpJs(questions);
for (const [name, t] of [
  ['atone-bot handle', bot],
  ['nlp.js default', nlp.guessing],
  ['nlp.js told the language', nlp.told],
] as const)
  console.log(
    `${name}: ${(t.accuracy * 100).toFixed(1)} %, ${Math.round(t.perSecond)}/s, p50 ${t.p50us.toFixed(0)} µs, p99 ${t.p99us.toFixed(0)} µs`,
  );
console.log(
  `${questions.length} questions; speed-up over nlp.js told the language: p50 ${(nlp.told.p50us / bot.p50us).toFixed(1)}×, throughput ${(bot.perSecond / nlp.told.perSecond).toFixed(1)}×`,
);
