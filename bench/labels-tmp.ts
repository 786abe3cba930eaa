import { intents } from '../intents/index.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';

const kb = defaultKnowledgeBase();
for (const i of intents) console.log(`${i.name}: ${i.label.en} / ${i.label.ja}`);
for (const t of kb.topics) console.log(`${t.id}: ${t.label.en} / ${t.label.ja}`);
