import { intents } from '../intents/index.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { regexAnchors } from '../src/nlu/anchors.js';
import { matcherCues, normalizePatternSource } from '../src/nlu/cues.js';
import { topicIntents } from '../src/topics/topic-intents.js';

const cues = matcherCues([...intents, ...topicIntents(defaultKnowledgeBase())]);
let none = 0,
  total = 0;
for (const p of cues) {
  const src = typeof p === 'string' ? p : normalizePatternSource(p.source);
  const a = regexAnchors(src);
  if (!a) {
    none++;
    console.log('NONE', src.slice(0, 120));
  } else total += a.length;
  if (process.env.V) console.log(src.slice(0, 60), '=>', a?.slice(0, 12));
}
console.log('cues', cues.length, 'unanchored', none, 'anchors', total);
const short = new Map<string, number>();
for (const p of cues) {
  const src = typeof p === 'string' ? p : normalizePatternSource(p.source);
  for (const a of regexAnchors(src) ?? []) if (a.length <= 2) short.set(a, (short.get(a) ?? 0) + 1);
}
console.log('short anchors', short.size, [...short.keys()].join(' '));
