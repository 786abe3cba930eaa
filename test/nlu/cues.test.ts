// The cue scan (src/nlu/cues.ts) skips regex runs by what its one pass finds: literals that are a
// match, parts a match requires. A cue's feature must stay exactly "one of its anchors occurs
// and its regex matches": the trained model's cue weights mean that.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intents } from '../../intents/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import { regexAnchors } from '../../src/nlu/anchors.js';
import {
  type CuePattern,
  createCueScanner,
  cueHash,
  cueSource,
  matcherCues,
  planScan,
} from '../../src/nlu/cues.js';
import { regexLiterals, topLevelAlternatives } from '../../src/nlu/literals.js';
import { normalize } from '../../src/nlu/normalize.js';
import { botCueSources, CUE_PLAN_PATH } from '../../src/nlu/training/inputs.js';
import { topicIntents } from '../../src/topics/topic-intents.js';

function jsonlTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(`${dir}/${name}`, 'utf8').trim().split('\n'))
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** The scan as it was first written: the feature of each cue whose anchor occurs, by its regex. */
function reference(patterns: readonly CuePattern[]): (text: string) => number[] {
  const cues = [...new Set(patterns.map(cueSource))].map((s) => ({
    anchors: regexAnchors(s),
    regex: new RegExp(s),
    hash: cueHash(s),
  }));
  return (text) =>
    cues.flatMap(({ anchors, regex, hash }) =>
      (!anchors || anchors.some((a) => text.includes(a))) && regex.test(text) ? [hash] : [],
    );
}

describe('regexLiterals', () => {
  const texts = (s: string) => regexLiterals(s)?.map((l) => l.text);

  it('spells out optional characters, groups, alternatives and listed classes', () => {
    expect(texts('締め?切|しめきり')).toEqual(['締め切', '締切', 'しめきり']);
    expect(texts('(支払|払い)(方法|方)')).toEqual(['支払方法', '支払方', '払い方法', '払い方']);
    expect(texts('in[- ]store')).toEqual(['in-store', 'in store']);
    expect(texts("didn'?t pay\\?")).toEqual(["didn't pay?", 'didnt pay?']);
  });

  it('keeps \\b, ^ and $ as conditions at the ends, and drops what can never match', () => {
    expect(regexLiterals('\\bdue\\b')).toEqual([
      { text: 'due', atStart: false, atEnd: false, boundaryBefore: true, boundaryAfter: true },
    ]);
    expect(regexLiterals('^(help|\\?)$')?.every((l) => l.atStart && l.atEnd)).toBe(true);
    // \b between two letters never holds: only "pay" is left.
    expect(texts('pay(\\bment)?')).toEqual(['pay']);
  });

  it('gives no answer for what it does not read exactly', () => {
    for (const s of ['a.{0,5}b', '\\d+月', '[a-z]x', '[^x]y', 'a+', '(?<!x)y', 'a|', '\\bx?\\b', 'a{2}'])
      expect(regexLiterals(s), s).toBeUndefined();
  });
});

describe('topLevelAlternatives', () => {
  it('splits only at the top level', () => {
    expect(topLevelAlternatives('a|(b|c)d|[|]|\\|')).toEqual(['a', '(b|c)d', '[|]', '\\|']);
  });
});

describe('createCueScanner', () => {
  const patterns = matcherCues([...intents, ...topicIntents(defaultKnowledgeBase())]);
  const scanner = createCueScanner(patterns);
  const expected = reference(patterns);
  const hashesOf = (text: string) => {
    const out = new Uint32Array(4096);
    return [...out.subarray(0, scanner.scan(text, out, 0))];
  };

  it('finds exactly the cues whose anchor occurs and whose regex matches, on every example and question', () => {
    const texts = [...jsonlTexts('src/nlu/training'), ...jsonlTexts('test/fixtures')].flatMap((text) => {
      const normalized = normalize(text);
      // Pieces too: a cue's literal at the very start or end of a text, a word cut in two.
      return [normalized, normalized.slice(0, 7), normalized.slice(-9), normalized.slice(3, 20)];
    });
    const differ = texts.filter((text) => hashesOf(text).join() !== expected(text).join());
    expect(differ).toEqual([]);
  });
});

describe('the cue scanner plan (src/nlu/cue-plan.json)', () => {
  it("is the plan of the bot's cues, which the bot starts from (else: npm run build)", () => {
    const shipped: unknown = JSON.parse(readFileSync(CUE_PLAN_PATH, 'utf8'));
    expect(shipped, 'cues changed: run `npm run build`').toEqual(planScan(botCueSources()));
  });
});
