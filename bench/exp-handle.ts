import { createBot } from '../src/bot.js';
import { readQuestions } from './core.js';

const qs = [
  '../shared/eval/dev.jsonl',
  'test/fixtures/heldout.jsonl',
  'test/fixtures/blind.jsonl',
  'test/fixtures/blind-2.jsonl',
  'test/fixtures/blind-3.jsonl',
].flatMap(readQuestions);
const bot = createBot();
const ms = qs.map((q) => ({
  platform: 'cli' as const,
  userId: 'u',
  channelId: 'c',
  text: q.text,
  receivedAt: new Date(q.now),
}));
for (let r = 0; r < Number(process.env.R ?? 5); r++) {
  const t0 = performance.now();
  for (const m of ms) bot.handle(m);
  console.log((((performance.now() - t0) * 1000) / ms.length).toFixed(1), 'µs/question');
}
