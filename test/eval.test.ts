// The labelled questions: the team's dev set (../shared/eval/dev.jsonl) and two sets of our own,
// each written by someone who had not read the intents (test/fixtures/heldout.jsonl, blind.jsonl,
// blind-2.jsonl, blind-3.jsonl; their first scores, before anything was changed for them, are in the README).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabelled, score } from './helpers/eval.js';

const sets = [
  { name: 'shared dev questions', path: '../shared/eval/dev.jsonl' },
  { name: 'held-out questions', path: 'test/fixtures/heldout.jsonl' },
  { name: 'blind questions', path: 'test/fixtures/blind.jsonl' },
  { name: 'second blind questions', path: 'test/fixtures/blind-2.jsonl' },
  { name: 'third blind questions', path: 'test/fixtures/blind-3.jsonl' },
];

describe.each(sets)('$name', ({ path }) => {
  it.runIf(existsSync(path))('reaches 95 % intent accuracy and 95 % of the answer checks', () => {
    const result = score(readLabelled(path));
    if (result.intentPct < 95 || result.checksPct < 95) console.log(result.misses.join('\n'));
    expect(result.intentPct).toBeGreaterThanOrEqual(95);
    expect(result.checksPct).toBeGreaterThanOrEqual(95);
  });
});
