// The knowledge base the bot ships with. Bundled as data (esbuild and vitest both read JSON
// imports) and validated at start, so a bad edit stops the bot with a message naming the entry.

import { type KnowledgeBase, parseKnowledgeBase } from './domain/knowledge-base.js';
import raw from './domain/knowledge-base.json' with { type: 'json' };

let cached: KnowledgeBase | undefined;

/** The validated knowledge base; parsed once per process. */
export function defaultKnowledgeBase(): KnowledgeBase {
  cached ??= parseKnowledgeBase(raw);
  return cached;
}
