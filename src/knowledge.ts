// The knowledge base the bot ships with: facts, methods, campaigns and routes
// (domain/knowledge-base.json) and the FAQ topics (domain/topics.json, kept apart because it is
// mostly example questions). Bundled as data (esbuild and vitest both read JSON imports) and
// validated at start, so a bad edit stops the bot with a message naming the entry.

import { type KnowledgeBase, parseKnowledgeBase } from './domain/knowledge-base.js';
import raw from './domain/knowledge-base.json' with { type: 'json' };
import topics from './domain/topics.json' with { type: 'json' };

/** The shipped data as one object, before validation (tests break copies of it). */
export function rawKnowledgeBase(): unknown {
  return { ...raw, topics: topics.topics };
}

let cached: KnowledgeBase | undefined;

/** The validated knowledge base; parsed once per process. */
export function defaultKnowledgeBase(): KnowledgeBase {
  cached ??= parseKnowledgeBase(rawKnowledgeBase());
  return cached;
}
