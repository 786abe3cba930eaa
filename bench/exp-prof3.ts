import { intents } from '../intents/index.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { createCueScanner, matcherCues } from '../src/nlu/cues.js';
import { loadModel } from '../src/nlu/model.js';
import trainedModel from '../src/nlu/model.json' with { type: 'json' };
import { normalize } from '../src/nlu/normalize.js';
import { extractSlots } from '../src/nlu/slots.js';
import { topicIntents } from '../src/topics/topic-intents.js';
import { readQuestions } from './core.js';

const texts = ['../shared/eval/dev.jsonl', 'test/fixtures/heldout.jsonl', 'test/fixtures/blind.jsonl']
  .flatMap(readQuestions)
  .map((q) => q.text);
const qs = texts.map(normalize);
const slots = texts.map((t) => extractSlots(t, { year: 2026, month: 11, day: 28 }));
const cues = createCueScanner(matcherCues([...intents, ...topicIntents(defaultKnowledgeBase())]));
const model = loadModel(trainedModel);
const mode = process.env.MODE ?? 'plain';
const empty = {};
for (let r = 0; r < 4; r++) {
  const t0 = performance.now();
  for (let k = 0; k < 20; k++)
    for (let i = 0; i < qs.length; i++)
      model.probabilities(
        qs[i]!,
        mode.includes('slots') ? slots[i]! : empty,
        mode.includes('cues') ? cues : undefined,
      );
  console.log(mode, (((performance.now() - t0) * 1000) / (20 * qs.length)).toFixed(2), 'µs');
}
