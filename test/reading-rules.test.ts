// The reading rules (src/reading-rules.ts) and the conversation's readings of a turn test their
// patterns against normalised text (src/nlu/normalize.ts): katakana folded to hiragana, full-width
// to ASCII, lower case, kana spellings of domain words as kanji. A pattern spelled otherwise never
// matches: 「ハガキ」 beside 「はがき」 was dead, and so were three patterns once, written in katakana.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/nlu/normalize.js';
import { correctReading, READING_RULES, type ReadingInput } from '../src/reading-rules.js';

/** The modules whose patterns only ever meet normalised text. */
const MODULES = ['src/reading-rules.ts', 'src/conversation/reading.ts', 'src/conversation/follow-ups.ts'];

/** Every regular expression literal of a module, with its line. */
function patternsOf(path: string): { pattern: RegExp; line: number }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { pattern: RegExp; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const slash = text.lastIndexOf('/');
      found.push({
        pattern: new RegExp(text.slice(1, slash), text.slice(slash + 1)),
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A character as normalize leaves it: ASCII lower case, the rest as normalize folds it. */
function folded(char: string): string {
  return char < '\u0080' ? char.toLowerCase() : normalize(char);
}

/**
 * The parts of a pattern that normalised text never has: characters normalize changes (katakana,
 * full-width, upper case) outside escapes (\S, \p{L}), and inside a character class only when
 * the class lacks their normalised form ([?？] and [.…] are fine); and kana words normalize
 * spells otherwise (きげん is 期限, あとね is atone).
 */
function deadParts({ source, flags }: RegExp): string[] {
  const ignoreCase = flags.includes('i');
  const plain = source
    // A non-ASCII character written as an escape is still that character.
    .replace(/\\u([0-9a-fA-F]{4})/g, (written, hex: string) =>
      Number.parseInt(hex, 16) > 0x7f ? String.fromCharCode(Number.parseInt(hex, 16)) : written,
    )
    // Escapes and group names are no text to match.
    .replace(/\\(?:[pPu]\{[^}]*\}|k<[^>]*>|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/g, '\u0000')
    .replace(/\(\?<(?![=!])[^>]*>/g, '(');
  const dead: string[] = [];
  let inClass = false;
  let classStart = 0;
  for (let i = 0; i < plain.length; i++) {
    const char = plain.charAt(i);
    if (!inClass && char === '[') {
      inClass = true;
      classStart = i;
      continue;
    }
    if (inClass && char === ']') {
      inClass = false;
      continue;
    }
    const form = folded(char);
    if (form === char || (ignoreCase && form === char.toLowerCase())) continue;
    const members = inClass ? plain.slice(classStart, plain.indexOf(']', i) + 1) : '';
    if (!inClass || ![...form].every((c) => members.includes(c))) dead.push(char);
  }
  for (const run of plain.match(/[\u3041-\u3096ー]+/g) ?? []) if (normalize(run) !== run) dead.push(run);
  return dead;
}

describe('patterns tested on normalised text', () => {
  it.each(MODULES)('%s has none that can never match', (path) => {
    const patterns = patternsOf(path);
    expect(patterns.length).toBeGreaterThan(0);
    const dead = patterns.flatMap(({ pattern, line }) => {
      const parts = deadParts(pattern);
      return parts.length ? [`${path}:${line} ${parts.join(' ')}`] : [];
    });
    expect(dead).toEqual([]);
  });

  it('finds what normalize changes', () => {
    expect(deadParts(/請求書|はがき|ハガキ/)).toEqual(['ハ', 'ガ', 'キ']);
    expect(deadParts(/(?<![a-z])Bill(?![a-z])/)).toEqual(['B']);
    expect(deadParts(/(?<![a-z])Bill(?![a-z])/i)).toEqual([]);
    expect(deadParts(/期限？/)).toEqual(['？']);
    expect(deadParts(/[?？]|\S+|\p{Lu}/u)).toEqual([]);
    expect(deadParts(/[？]/)).toEqual(['？']);
    expect(deadParts(/[.…]|…/)).toEqual(['…']);
    expect(deadParts(/\u30cf\u30ac\u30ad/)).toEqual(['ハ', 'ガ', 'キ']);
    expect(deadParts(/きげん|ごきげん|あとねで/)).toEqual(['きげん', 'あとねで']);
  });
});

describe('correctReading', () => {
  const input = (given: Partial<ReadingInput>): ReadingInput => ({
    intent: 'fees',
    confidence: 0.7,
    normalized: '',
    slots: {},
    now: new Date('2026-11-28T01:00:00Z'),
    today: { year: 2026, month: 11, day: 28 },
    has: () => true,
    dueDates: () => [],
    readWithoutFacts: () => ({ intent: 'fees', confidence: 0.5 }),
    readLastAsk: () => undefined,
    ...given,
  });

  it('keeps the reading, and its runner-up, when no rule applies', () => {
    expect(correctReading(input({ alternative: 'deadline' }))).toEqual({
      intent: 'fees',
      confidence: 0.7,
      alternative: 'deadline',
    });
  });

  it('takes the first rule that applies, without the runner-up', () => {
    // 「夜10時から朝7時は通知しないで」 read as stopping the reminders: the quiet-hours rule's reading.
    const reading = correctReading(
      input({
        intent: 'reminder_unsubscribe',
        alternative: 'deadline',
        slots: { quietHours: { start: 22, end: 7 } },
      }),
    );
    expect(reading).toEqual({ intent: 'reminder_subscribe', confidence: 0.7 });
  });

  it('gives each rule a why', () => {
    for (const rule of READING_RULES) expect(rule.why).not.toBe('');
  });
});
