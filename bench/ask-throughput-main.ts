// The end-to-end CLI benchmark alone: node scripts/run.mjs bench/ask-throughput-main.ts
// Over the same questions as bench/core-main.ts (QUESTION_SETS).
import { benchAskThroughput } from './ask-throughput.js';
import { QUESTION_SETS, readQuestions } from './core.js';

const texts = QUESTION_SETS.flatMap(readQuestions).map((q) => q.text);
const r = await benchAskThroughput(texts);
console.log(
  `ask --jsonl, ${r.questions.toLocaleString('en-US')} questions: atone-bot ${r.atoneMarginalUs.toFixed(1)} µs/question marginal (${(r.atoneTotalMs / 1000).toFixed(1)} s in all), nlp.js ${r.nlpMarginalUs.toFixed(1)} µs (${(r.nlpTotalMs / 1000).toFixed(1)} s): ${(r.nlpMarginalUs / r.atoneMarginalUs).toFixed(1)}×`,
);
