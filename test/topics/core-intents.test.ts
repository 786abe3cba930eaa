// No topic steals a core intent's question: every labelled question of the dev set and the
// fixtures that belongs to one of the 17 intents is still answered by an intent, never by a topic.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import { INTENT_NAMES } from '../../src/types.js';
import { ask } from '../helpers/ask.js';
import { readLabelled } from '../helpers/eval.js';

const topicIds = new Set(defaultKnowledgeBase().topics.map((t) => t.id));

// Questions a topic answers on purpose, with why. The brief: "when does my limit come back after
// paying" is limit_recovery; this fixture asks exactly that (its answer still gives 2〜3営業日).
const BY_DESIGN = new Map([['支払ったら利用枠ってすぐ戻る？', 'limit_recovery']]);

const sets = [
  '../shared/eval/dev.jsonl',
  'test/fixtures/heldout.jsonl',
  'test/fixtures/blind.jsonl',
  'test/fixtures/blind-2.jsonl',
  'test/fixtures/blind-3.jsonl',
].filter((path) => existsSync(path));

// The matcher is a trained model, not a list of rules: on our older fixtures (labelled before
// the topics existed) it may give a few core questions to a neighbouring topic. The dev set must
// keep every one; each fixture set at most 1 % (the misses are printed).
const TOLERANCE = 0.01;

describe.each(sets)('%s', (path) => {
  it('keeps every core intent’s question with an intent', () => {
    const core = readLabelled(path).filter((q) => (INTENT_NAMES as readonly string[]).includes(q.intent));
    const stolen = core
      .map((q) => ({ q, got: ask(q.text, q.now).intent }))
      .filter(({ q, got }) => topicIds.has(got) && BY_DESIGN.get(q.text) !== got)
      .map(({ q, got }) => `${q.id} ${q.intent} → ${got}: ${q.text}`);
    if (path.endsWith('dev.jsonl')) expect(stolen).toEqual([]);
    else expect(stolen.length, stolen.join('\n')).toBeLessThanOrEqual(Math.floor(core.length * TOLERANCE));
  });
});
