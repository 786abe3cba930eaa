// The matcher's top classes for each argument: node scripts/run.mjs bench/top-main.ts "質問" ...
import { intents } from '../intents/index.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { createCueScanner, matcherCues } from '../src/nlu/cues.js';
import { loadModel } from '../src/nlu/model.js';
import trainedModel from '../src/nlu/model.json' with { type: 'json' };
import { normalize } from '../src/nlu/normalize.js';
import { extractSlots } from '../src/nlu/slots.js';
import { correctSpelling } from '../src/nlu/spelling.js';
import { topicIntents } from '../src/topics/topic-intents.js';

const model = loadModel(trainedModel);
const cues = createCueScanner(matcherCues([...intents, ...topicIntents(defaultKnowledgeBase())]));
for (const text of process.argv.slice(2)) {
  const normalized = correctSpelling(normalize(text));
  const p = model.probabilities(
    normalized,
    extractSlots(text, { year: 2026, month: 11, day: 28 }, normalized),
    cues,
  );
  const top = [...p]
    .map((v, i) => [model.classes[i], v] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  console.log(`${text} => ${top.map(([c, v]) => `${c} ${v.toFixed(3)}`).join(', ')}`);
}
