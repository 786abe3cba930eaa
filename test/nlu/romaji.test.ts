import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.js';
import { detectLang } from '../../src/nlu/language.js';
import { normalize } from '../../src/nlu/normalize.js';
import { fromRomajiSentence } from '../../src/nlu/romaji.js';

const ask = (text: string) =>
  createBot().handle({
    platform: 'cli',
    userId: 'u',
    channelId: 'c',
    text,
    receivedAt: new Date('2026-11-28T10:00:00+09:00'),
  });

describe('Japanese typed in romaji', () => {
  it.each([
    ['konbini no kigen wa itsu?', 'こんびにの期限はいつ?'],
    ['kouza furikae no tesuuryou', '口座振替の手数料'],
    ['3gatsu ni katta bun', '3月に買った分'],
    ['honnin kakunin no yarikata oshiete', '本人確認のやり方教えて'],
    ['rimaindaa ichiran misete', 'りまいんだー一覧見せて'],
    ['zenjitsu no yoru 8ji ni kaete', '前日の夜8時に変えて'],
    ['asa 7 ji ni shite', '朝 7 時にして'],
    ['tesuuryou?', '手数料?'],
  ])('reads %j as the Japanese it spells', (text, japanese) => {
    expect(normalize(text)).toBe(japanese);
  });

  it.each([
    'When is the konbini deadline?',
    'Is konbini ok?',
    'konbini?',
    'hagaki',
    'no',
    'to do',
    'Can I use atone on Amazon?',
    'no constructor to do',
  ])('leaves English with a romaji word or two as it is: %j', (text) => {
    expect(fromRomajiSentence(text.toLowerCase())).toBe(text.toLowerCase());
    expect(detectLang(text)).toBe('en');
  });

  it('answers in Japanese, with the method and the topic read from the romaji', () => {
    const fee = ask('kouza furikae no tesuuryou');
    expect(fee).toMatchObject({ intent: 'fees', lang: 'ja' });
    expect(fee.text).toContain('無料');
    const due = ask('hagaki de harau kigen wa itsu?');
    expect(due).toMatchObject({ intent: 'deadline', lang: 'ja' });
    expect(due.text).toContain('2026年12月20日');
    expect(ask('amazon de atone tsukaeru?')).toMatchObject({ intent: 'amazon', lang: 'ja' });
  });

  it('keeps a hyphenated name whole: "7-eleven de haraeru?" asks which shops take which way', () => {
    expect(fromRomajiSentence('7-eleven de haraeru?')).toBe('7-eleven で払える?');
    expect(ask('7-eleven de haraeru?')).toMatchObject({ intent: 'convenience_store_chains', lang: 'ja' });
  });

  it('is idempotent, as every normalisation must be', () => {
    for (const text of ['konbini no kigen wa itsu?', 'entai shitara dou naru?']) {
      expect(normalize(normalize(text))).toBe(normalize(text));
    }
  });
});
