// The labelled questions: the team's dev set (../shared/eval/dev.jsonl) and our own held-out
// set written without looking at the intents (test/fixtures/heldout.jsonl).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabelled, score } from './helpers/eval.js';

const sets = [
  { name: 'shared dev questions', path: '../shared/eval/dev.jsonl' },
  { name: 'held-out questions', path: 'test/fixtures/heldout.jsonl' },
];

describe.each(sets)('$name', ({ path }) => {
  it.runIf(existsSync(path))('reaches 95 % intent accuracy and 95 % of the answer checks', () => {
    const result = score(readLabelled(path));
    if (result.intentPct < 95 || result.checksPct < 95) console.log(result.misses.join('\n'));
    expect(result.intentPct).toBeGreaterThanOrEqual(95);
    expect(result.checksPct).toBeGreaterThanOrEqual(95);
  });
});
