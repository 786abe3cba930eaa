import { createFeatureBuffer, extractFeatures } from '../src/nlu/features.js';
import trainedModel from '../src/nlu/model.json' with { type: 'json' };
import { normalize } from '../src/nlu/normalize.js';
import { readQuestions } from './core.js';

const qs = ['../shared/eval/dev.jsonl', 'test/fixtures/heldout.jsonl', 'test/fixtures/blind.jsonl']
  .flatMap(readQuestions)
  .map((q) => normalize(q.text));
const m = trainedModel;
const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));
const keys = new Uint32Array(b64(m.keys).buffer);
const lengths = b64(m.lengths);
const starts = new Uint32Array(lengths.length + 1);
lengths.forEach((l, r) => {
  starts[r + 1] = starts[r]! + l;
});
let size = 1;
while (size < keys.length * 2) size <<= 1;
const mask = size - 1;
const sk = new Int32Array(size),
  sr = new Int32Array(size);
keys.forEach((k, r) => {
  let i = k & mask;
  while (sk[i] !== 0) i = (i + 1) & mask;
  sk[i] = k | 0;
  sr[i] = r;
});
const buf = createFeatureBuffer();
let probes = 0,
  entries = 0,
  found = 0,
  feats = 0;
const all = qs.map((q) => {
  const n = extractFeatures(q, {}, buf);
  return buf.hashes.slice(0, n);
});
for (const hs of all)
  for (const h0 of hs) {
    feats++;
    const h = h0 | 0;
    let i = h & mask;
    let k = sk[i]!;
    while (k !== 0 && k !== h) {
      i = (i + 1) & mask;
      k = sk[i]!;
      probes++;
    }
    if (k === 0) continue;
    found++;
    const row = sr[i]!;
    entries += starts[row + 1]! - starts[row]!;
  }
console.log(
  'per question: features',
  (feats / qs.length).toFixed(1),
  'found',
  (found / qs.length).toFixed(1),
  'extra probes',
  (probes / qs.length).toFixed(1),
  'entries',
  (entries / qs.length).toFixed(1),
);
