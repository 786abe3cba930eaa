import { intents } from '../intents/index.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { createCueScanner, matcherCues } from '../src/nlu/cues.js';
import { createFeatureBuffer, extractFeatures } from '../src/nlu/features.js';
import { loadModel } from '../src/nlu/model.js';
import trainedModel from '../src/nlu/model.json' with { type: 'json' };
import { normalize } from '../src/nlu/normalize.js';
import { topicIntents } from '../src/topics/topic-intents.js';
import { readQuestions } from './core.js';

const qs = [
  '../shared/eval/dev.jsonl',
  'test/fixtures/heldout.jsonl',
  'test/fixtures/blind.jsonl',
  'test/fixtures/blind-2.jsonl',
  'test/fixtures/blind-3.jsonl',
]
  .flatMap(readQuestions)
  .map((q) => normalize(q.text));
const model = loadModel(trainedModel);
const cues = createCueScanner(matcherCues([...intents, ...topicIntents(defaultKnowledgeBase())]));
const b = createFeatureBuffer();
let feats = 0;
for (const q of qs) feats += extractFeatures(q, {}, b, cues);
console.log('features/question', (feats / qs.length).toFixed(1));
const time = (name: string, f: (q: string) => unknown) => {
  const t0 = performance.now();
  for (let k = 0; k < 20; k++) for (const q of qs) f(q);
  console.log(name, (((performance.now() - t0) * 1000) / (20 * qs.length)).toFixed(2), 'µs');
};
for (let r = 0; r < 3; r++) {
  time('features', (q) => extractFeatures(q, {}, b));
  time('features+cues', (q) => extractFeatures(q, {}, b, cues));
  time('cues', (q) => cues.scan(q, b.hashes, 0));
  time('model (no cues)', (q) => model.probabilities(q, {}));
  time('model', (q) => model.probabilities(q, {}, cues));
}
for (const q of ['a', 'いつ', 'when is the atone bill due', qs[300] as string]) {
  extractFeatures(q, {}, b);
  const n = b.count;
  const t0 = performance.now();
  for (let k = 0; k < 100000; k++) model.probabilities(q, {});
  const t1 = performance.now();
  for (let k = 0; k < 100000; k++) extractFeatures(q, {}, b);
  console.log(
    JSON.stringify(q).slice(0, 40),
    n,
    'features',
    ((t1 - t0) * 10).toFixed(2),
    'µs model',
    ((performance.now() - t1) * 10).toFixed(2),
    'µs features',
  );
}
