import { readFileSync } from 'node:fs';
import { createFeatureBuffer, extractFeatures } from '../src/nlu/features.js';
import { loadModel } from '../src/nlu/model.js';
import trainedModel from '../src/nlu/model.json' with { type: 'json' };
import { normalize } from '../src/nlu/normalize.js';

const qs = readFileSync('../shared/eval/dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => normalize(JSON.parse(l).text));
const model = loadModel(trainedModel);
const b = createFeatureBuffer();
for (let r = 0; r < 4; r++) {
  let t0 = performance.now();
  for (let k = 0; k < 2000; k++) for (const q of qs) model.probabilities(q, {});
  const a = ((performance.now() - t0) * 1000) / (2000 * qs.length);
  t0 = performance.now();
  for (let k = 0; k < 2000; k++) for (const q of qs) extractFeatures(q, {}, b);
  const f = ((performance.now() - t0) * 1000) / (2000 * qs.length);
  console.log('model', a.toFixed(2), 'features', f.toFixed(2));
}
