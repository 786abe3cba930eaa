// The real knowledge base, as the bot loads it.
import { defaultKnowledgeBase } from '../../../src/knowledge.js';

export const kb = defaultKnowledgeBase();
