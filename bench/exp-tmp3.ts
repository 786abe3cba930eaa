import { createBot } from '../src/bot.js';
import { loadModel } from '../src/nlu/model.js';
import { featurizeAll, trainingTexts } from '../src/nlu/training/inputs.js';
import { DEFAULT_PARAMETERS, train } from '../src/nlu/training/train.js';
import { readLabelled, score } from '../test/helpers/eval.js';

const ex = featurizeAll(trainingTexts('.'));
const sets = [
  '../shared/eval/dev.jsonl',
  'test/fixtures/heldout.jsonl',
  'test/fixtures/blind.jsonl',
  'test/fixtures/blind-2.jsonl',
  'test/fixtures/blind-3.jsonl',
  ...(process.env.SETS ? process.env.SETS.split(',') : []),
];
for (const spec of (process.env.GRID ?? '{}').split(';')) {
  const p = { ...DEFAULT_PARAMETERS, folds: 0, ...JSON.parse(spec) };
  const t0 = performance.now();
  const { model } = train(ex, p, { featureVersion: 1, inputsHash: '' });
  const ms = Math.round(performance.now() - t0);
  const bot = createBot({ model: loadModel(model) });
  const out = [];
  let all = 0,
    n = 0;
  for (const f of sets) {
    const qs = readLabelled(f);
    const r = score(qs, bot);
    out.push(
      `${f.split('/').pop()?.replace('.jsonl', '')} ${r.intentPct.toFixed(1)}/${r.checksPct.toFixed(1)}`,
    );
    all += r.intentPct * qs.length;
    n += qs.length;
    if (process.env.V) console.log(r.misses.filter((m) => m.includes('intent want')).join('\n'));
  }
  console.log(
    spec,
    `ALL ${(all / n).toFixed(1)} |`,
    out.join(' | '),
    `(${Buffer.from(model.entryWeight, 'base64').length} w, ${ms} ms)`,
  );
}
