import { benchBot, benchNlpJs, readQuestions } from './core.js';

const qs = [
  '../shared/eval/dev.jsonl',
  'test/fixtures/heldout.jsonl',
  'test/fixtures/blind.jsonl',
  'test/fixtures/blind-2.jsonl',
  'test/fixtures/blind-3.jsonl',
].flatMap(readQuestions);
const b = await benchBot(qs);
console.log('bot', b);
if (!process.env.NONLP) {
  const n = await benchNlpJs(qs);
  console.log('nlp', n);
}
