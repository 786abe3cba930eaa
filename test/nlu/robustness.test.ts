// Property tests: every text function accepts any string (empty, emoji, zero-width, RTL, lone
// surrogates, SQL, 40,000 characters) without throwing and returns well-formed results.
// No timings here: speed is measured in the benchmarks.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intents } from '../../intents/index.js';
import type { PlainDate } from '../../src/domain/calendar.js';
import { METHOD_IDS } from '../../src/domain/methods.js';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import { createCueScanner, matcherCues } from '../../src/nlu/cues.js';
import { createFeatureBuffer, extractFeatures } from '../../src/nlu/features.js';
import { detectLang } from '../../src/nlu/language.js';
import { MAX_MATCH_CHARS, normalize } from '../../src/nlu/normalize.js';
import { extractSlots } from '../../src/nlu/slots.js';
import { topicIntents } from '../../src/topics/topic-intents.js';

const LONG = 40_000;
// Every intent's and topic's cue, as the bot scans them.
const cues = createCueScanner(matcherCues([...intents, ...topicIntents(defaultKnowledgeBase())]));

// Pieces that exercise the matchers' edges: keywords, digits, separators, invisible and RTL text.
const FRAGMENTS = [
  '2026',
  '年',
  '月',
  '日',
  '2',
  '29',
  '30',
  '31',
  '13',
  '/',
  '-',
  '.',
  ' ',
  '前',
  'まで',
  '分',
  '店舗',
  '週間',
  'november',
  'may',
  'feb',
  '15th',
  'of',
  'last month',
  'yesterday',
  'days before',
  'shops',
  'アトネ',
  'ｱﾄﾈ',
  'ＡＴＯＮＥ',
  'コンビニ',
  'はがき',
  'debit card',
  'direct debit',
  'paypay',
  'amazon',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u202E',
  '\u0000',
  '\uD800',
  '\uDC00',
  '😀',
  '👨‍👩‍👧',
  'ﷺ',
  'مرحبا',
  'שלום',
  "'; DROP TABLE users; --",
  '%',
  '\\',
  '$&',
  '(?:',
  '\n',
  '\u3000',
];

const strings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'grapheme-composite' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...FRAGMENTS), maxLength: 30 }),
);

const longStrings = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1 }),
    fc.string({ unit: fc.constantFrom(...FRAGMENTS), minLength: 1 }),
  )
  .map((piece) => piece.repeat(Math.ceil(LONG / piece.length)).slice(0, LONG));

const days = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d): PlainDate => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

function isRealDay({ year, month, day }: PlainDate): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkAll(text: string, today: PlainDate): void {
  const normalized = normalize(text);
  expect(normalized.length).toBeLessThanOrEqual(MAX_MATCH_CHARS);
  expect(normalize(normalized)).toBe(normalized);
  expect(normalized).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);

  expect(['ja', 'en']).toContain(detectLang(text));
  expect(['ja', 'en']).toContain(detectLang(text, 'en-US'));

  const slots = extractSlots(text, today);
  const buffer = createFeatureBuffer();
  const count = extractFeatures(normalized, slots, buffer, cues);
  expect(count).toBeLessThanOrEqual(buffer.hashes.length);
  expect(buffer.hashes.subarray(0, count).every((hash) => hash !== 0)).toBe(true);

  if (slots.date?.kind === 'day') expect(isRealDay(slots.date.date)).toBe(true);
  if (slots.date?.kind === 'month') expect(slots.date.month.month).toBeGreaterThanOrEqual(1);
  if (slots.date?.kind === 'month') expect(slots.date.month.month).toBeLessThanOrEqual(12);
  if (slots.date) expect(slots.invalidDate).toBeUndefined();
  if (slots.method) expect(METHOD_IDS).toContain(slots.method);
  for (const count of [slots.shops, slots.daysBefore]) {
    if (count !== undefined) expect(Number.isInteger(count) && count >= 0).toBe(true);
  }
}

describe('robustness', () => {
  it('never throws and returns well-formed values on any string', () => {
    fc.assert(
      fc.property(strings, days, (text, today) => checkAll(text, today)),
      { numRuns: 500 },
    );
  });

  it('handles 40,000-character strings', () => {
    fc.assert(
      fc.property(longStrings, days, (text, today) => checkAll(text, today)),
      { numRuns: 20 },
    );
  });

  it.each([
    '',
    ' ',
    '\u200B\u200C\u200D\uFEFF',
    '\u202Eenota\u202C',
    'مرحبا بالعالم',
    'שלום עולם 2/30',
    '😀'.repeat(LONG / 2),
    '\uD800'.repeat(LONG),
    'あ'.repeat(LONG),
    '2026年11月15日'.repeat(LONG / 11),
    "SELECT * FROM payments WHERE due_date = '2026-12-10'; DROP TABLE users; --",
    "' OR 1=1 --",
    `${'x'.repeat(LONG - 10)}2月30日`,
  ])('handles %j', (text) => {
    expect(() => checkAll(text, { year: 2026, month: 11, day: 27 })).not.toThrow();
  });
});
