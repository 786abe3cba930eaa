import { readFileSync } from 'node:fs';
import { createFeatureBuffer, extractFeatures } from '../src/nlu/features.js';
import { normalize } from '../src/nlu/normalize.js';

const qs = readFileSync('../shared/eval/dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => normalize(JSON.parse(l).text));
const b = createFeatureBuffer();
let tot = 0;
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (let k = 0; k < 2000; k++) for (const q of qs) tot += extractFeatures(q, {}, b);
  console.log(
    (((performance.now() - t0) * 1000) / (2000 * qs.length)).toFixed(2),
    'µs',
    tot / (6000 * qs.length),
  );
}
