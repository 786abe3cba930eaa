import { describe, expect, it } from 'vitest';
import { MAX_MATCH_CHARS, normalize, toHiragana, truncateForMatching } from '../../src/nlu/normalize.js';

describe('normalize', () => {
  it.each([
    ['ＡＴＯＮＥ', 'atone'],
    ['Atone', 'atone'],
    ['ATONE払い', 'atone払い'],
    ['アトネ', 'atone'],
    ['あとね', 'atone'],
    ['ｱﾄﾈで払う', 'atoneで払う'],
    ['Amazonでアトネ払いはできる？', 'amazonでatone払いはできる?'],
  ])('maps every spelling of atone to one token: %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('folds full width to ASCII (NFKC)', () => {
    expect(normalize('１１月１５日')).toBe('11月15日');
    expect(normalize('Ｐａｙ－ｅａｓｙ')).toBe('pay-easy');
  });

  it('folds katakana (full and half width) to hiragana', () => {
    expect(normalize('バーコード')).toBe('ばーこーど');
    expect(normalize('ﾊﾞｰｺｰﾄﾞ')).toBe('ばーこーど');
    expect(normalize('コンビニ')).toBe(normalize('こんびに'));
  });

  it('keeps the counters ヶ and ヵ, which are not kana in 3ヶ月', () => {
    expect(normalize('3ヶ月')).toBe('3ヶ月');
  });

  it('lowercases', () => {
    expect(normalize('When Is My Payment DUE?')).toBe('when is my payment due?');
  });

  it('removes zero-width and bidi characters, even inside a word', () => {
    expect(normalize('ato\u200Bne')).toBe('atone');
    expect(normalize('\uFEFF\u200E期限\u200D')).toBe('期限');
  });

  it('turns control characters into spaces and collapses whitespace', () => {
    expect(normalize('  支払い\n\t期限\u3000は  ')).toBe('支払い 期限 は');
    expect(normalize('a\u0000b')).toBe('a b');
  });

  it('replaces lone surrogates', () => {
    expect(normalize('a\uD800b')).toBe('a\uFFFDb');
  });

  it('caps the text it returns', () => {
    expect(normalize('あ'.repeat(40_000)).length).toBe(MAX_MATCH_CHARS);
    expect(normalize('ﷺ'.repeat(40_000)).length).toBeLessThanOrEqual(MAX_MATCH_CHARS);
  });

  it('is idempotent on ordinary text', () => {
    for (const text of ['ＡＴＯＮＥで１１月に買った', 'ｱﾄﾈ  ﾊﾞｰｺｰﾄﾞ', 'İstanbul ß ﬁ']) {
      expect(normalize(normalize(text))).toBe(normalize(text));
    }
  });
});

describe('toHiragana', () => {
  it('folds katakana and leaves the rest alone', () => {
    expect(toHiragana('カタカナとabc漢字ー')).toBe('かたかなとabc漢字ー');
    expect(toHiragana('ヴ')).toBe('ゔ');
  });
});

describe('truncateForMatching', () => {
  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😀`;
    expect(truncateForMatching(text, 10)).toBe('a'.repeat(9));
    expect(truncateForMatching('short', 10)).toBe('short');
  });
});

describe('domain words typed in kana', () => {
  it('reads them as the kanji the matcher knows, and leaves other words be', () => {
    expect(normalize('本人かくにんのやりかたおしえて')).toBe('本人確認のやり方おしえて');
    expect(normalize('まいつき請求されてる')).toBe('毎月請求されてる');
    expect(normalize('しはらいきげんは？')).toBe('支払い期限は?');
    expect(normalize('ごきげんいかが')).toBe('ごきげんいかが');
  });
});

describe('dates typed in kana', () => {
  it('reads 「2がつのぶん」 and 「15にち」 as the month, the share and the day', () => {
    expect(normalize('2がつのぶんは？')).toBe('2月の分は?');
    expect(normalize('3がつ15にちにかった')).toBe('3月15日にかった');
    expect(normalize('まいにち')).toBe('まいにち');
  });
});

describe('chat markup', () => {
  it.each([
    ['@atone-bot unsub me from all deadline pings :no_bell:', 'unsub me from all deadline pings'],
    ['/atone what can u do :thinking_face:', 'what can u do'],
    ['@a @b hi', 'hi'],
  ])('%j reads as %j, and normalising again changes nothing', (text, plain) => {
    expect(normalize(text)).toBe(plain);
    expect(normalize(normalize(text))).toBe(plain);
  });
  it.each(['@-@-', '@x', '10:30', '9:00に送って'])('leaves %j as it is', (text) => {
    expect(normalize(normalize(text))).toBe(normalize(text));
    expect(normalize(text)).toContain(text.slice(0, 2).toLowerCase());
  });
});

describe('circled numbers (session 36)', () => {
  it('「①1日に買った」 keeps the item apart from the date (NFKC alone makes it 11日)', () => {
    expect(normalize('①1日に買った')).toBe('(1) 1日に買った');
    expect(normalize(normalize('①1日に買った'))).toBe(normalize('①1日に買った'));
  });
});
