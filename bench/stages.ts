import { readFileSync } from 'node:fs';
import { intents } from '../intents/index.js';
import { createBot } from '../src/bot.js';
import { createClassifier } from '../src/nlu/classifier.js';
import { detectLang } from '../src/nlu/language.js';
import { normalize } from '../src/nlu/normalize.js';
import { extractSlots } from '../src/nlu/slots.js';
import { tokenize } from '../src/nlu/tokenize.js';
const qs = readFileSync('../shared/eval/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
const today = { year: 2026, month: 11, day: 27 };
const clf = createClassifier(intents.filter((i) => i.name !== 'fallback'));
const bot = createBot();
const now = new Date('2026-11-27T10:00:00+09:00');
function time(name: string, f: (q: string) => unknown) {
  for (let i = 0; i < 50; i++) for (const q of qs) f(q);
  const t0 = performance.now();
  const N = 200;
  for (let i = 0; i < N; i++) for (const q of qs) f(q);
  console.log(name, ((performance.now() - t0) * 1000 / (N * qs.length)).toFixed(1), 'µs');
}
time('normalize', normalize);
time('detectLang', (q) => detectLang(q));
time('tokenize', (q) => tokenize(normalize(q)));
time('extractSlots', (q) => extractSlots(q, today));
time('classify', (q) => clf.classify(normalize(q), {}));
time('handle', (q) => bot.handle({ platform: 'cli', userId: 'u', channelId: 'c', text: q, receivedAt: now }, now));
