import { describe, expect, it } from 'vitest';
import { detectLang, langFromLocale } from '../../src/nlu/language.js';

describe('detectLang', () => {
  it.each([
    ['支払い期限はいつ？', 'ja'],
    ['ヘルプ', 'ja'],
    ['ｱﾄﾈ', 'ja'],
    ['漢字', 'ja'],
    ['atoneについて教えて', 'ja'],
    ['What is アトネ?', 'ja'],
    ['When is the 口座振替 date?', 'en'],
    ['Can I use d払い on Amazon?', 'en'],
    ['atoneの支払い方法を教えて please', 'ja'],
    ['When is my atone payment due?', 'en'],
    // Full-width Latin letters come from a Japanese input method.
    ['ＡＴＯＮＥ', 'ja'],
    ['Amazon　atone', 'ja'],
    ['help me with my atone bill', 'en'],
    // A Japanese message the user saw, quoted whole in an English sentence.
    ['my atone got suspended, the app says お客様のご利用を停止しています', 'en'],
    ['I get this error: 不正な画面遷移です', 'en'],
    [
      "My app says 'お客様のご利用を停止しています'. I missed the Jan 10 konbini deadline, when can I use it again?",
      'en',
    ],
    ['アプリに error: 不正な画面遷移 って出た、どうすれば', 'ja'],
    ['アプリに「お客様のご利用を停止しています」と出る', 'ja'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
    // The locale never overrides the script of the text.
    expect(detectLang(text, lang === 'ja' ? 'en-US' : 'ja')).toBe(lang);
  });

  it.each(['', '   ', '👍', '😀🎉', '12/15', '?!', '\u200B'])('falls back to the locale for %j', (text) => {
    expect(detectLang(text)).toBe('ja');
    expect(detectLang(text, 'en-US')).toBe('en');
    expect(detectLang(text, 'en-GB')).toBe('en');
    expect(detectLang(text, 'ja')).toBe('ja');
  });

  it.each(['help', '/help', '/reminders', '/whatever'])(
    'answers the lone command %s in the chat’s language',
    (text) => {
      expect(detectLang(text, 'ja')).toBe('ja');
      expect(detectLang(text, 'en-US')).toBe('en');
      // With nothing to go by, Latin letters still mean English.
      expect(detectLang(text)).toBe('en');
    },
  );
});

describe('langFromLocale', () => {
  it.each([
    [undefined, 'ja'],
    ['', 'ja'],
    ['ja', 'ja'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['fr', 'ja'],
  ] as const)('%s → %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});
