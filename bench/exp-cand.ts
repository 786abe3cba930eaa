import { intents } from '../intents/index.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { createCueScanner, matcherCues } from '../src/nlu/cues.js';
import { normalize } from '../src/nlu/normalize.js';
import { topicIntents } from '../src/topics/topic-intents.js';
import { readQuestions } from './core.js';

const qs = ['../shared/eval/dev.jsonl', 'test/fixtures/heldout.jsonl', 'test/fixtures/blind.jsonl']
  .flatMap(readQuestions)
  .map((q) => normalize(q.text));
const cues = createCueScanner(matcherCues([...intents, ...topicIntents(defaultKnowledgeBase())]));
const out = new Uint32Array(4000);
const test = RegExp.prototype.test;
let calls = 0;
let hits = 0;
const per = new Map<string, number>();
RegExp.prototype.test = function (s: string) {
  calls++;
  per.set(this.source.slice(0, 50), (per.get(this.source.slice(0, 50)) ?? 0) + 1);
  return test.call(this, s);
};
for (const q of qs) hits += cues.scan(q, out, 0);
RegExp.prototype.test = test;
console.log('tests/question', (calls / qs.length).toFixed(1), 'hits/question', (hits / qs.length).toFixed(1));
console.log([...per].sort((a, b) => b[1] - a[1]).slice(0, 12));
const t0 = performance.now();
for (let r = 0; r < 20; r++) for (const q of qs) cues.scan(q, out, 0);
console.log((((performance.now() - t0) * 1000) / 20 / qs.length).toFixed(1), 'µs scan');
