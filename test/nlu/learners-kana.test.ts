import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.js';
import { learnersKanji } from '../../src/nlu/learners-kana.js';
import { normalize } from '../../src/nlu/normalize.js';

const kanji = (text: string) => learnersKanji(normalize(text), text);

describe('a learner’s kana, read again in kanji', () => {
  it('writes atone’s words and counted units in kanji, and closes a learner’s spaces', () => {
    expect(kanji('わたし は はらう の を わすれました')).toBe('わたしは払うのを忘れました');
    expect(kanji('2023ねん 10がつ に つかいました')).toBe('2023年10月に使いました');
    expect(kanji('3にち まえ に おしえて')).toBe('3日前に教えて');
  });

  it('leaves alone what has a kanji, too little kana, or nothing to write', () => {
    expect(kanji('支払い期限はいつ？')).toBeUndefined();
    expect(kanji('はい')).toBeUndefined();
    expect(kanji('こんにちはげんきです')).toBeUndefined();
    expect(kanji('when is the deadline?')).toBeUndefined();
  });
});

describe('the bot keeps the surer reading of a learner’s kana', () => {
  const bot = createBot();
  const ask = (text: string, now = new Date('2027-03-01T10:00:00+09:00')) =>
    bot.handle({ platform: 'cli', userId: 'u', channelId: 'c', text, receivedAt: now });

  it('answers kana questions it could not read as typed', () => {
    expect(ask('わたし は はらう の を わすれました。 どう なります か').intent).toBe('late_payment');
    expect(ask('アトネ の おかね を はらう ほうほう は なに が ありますか').intent).toBe('payment_methods');
    expect(ask('4けんの おみせで つかったら なんポイント？').text).toMatch(/4店舗/);
  });

  it('reads a year and a month written in kana', () => {
    const answer = ask(
      '2023ねん 10がつ に さいご に アトネ を つかいました。 だいちゅうせん キャンペーン は だいじょうぶ ですか',
    );
    expect(answer.intent).toBe('campaign_eligibility');
    expect(answer.text).toMatch(/2023年10月/);
  });
});

describe('the reading in kanji is kept unless the one as typed is clearly surer', () => {
  it('「わたし は はらう の を わすれました」 alone is paying late', () => {
    const bot = createBot();
    const now = new Date('2027-03-01T10:00:00+09:00');
    const answer = bot.handle({
      platform: 'cli',
      userId: 'u',
      channelId: 'c',
      text: 'わたし は はらう の を わすれました',
      receivedAt: now,
    });
    expect(answer.intent).toBe('late_payment');
  });
});

describe('product names in kana stay whole', () => {
  it('「つどあとばらい」「よくげつばらい」 are the products, not 「払い」 inside them', () => {
    expect(kanji('つどあとばらい で かいました。 きげん は いつ？')).toBe(
      'つど後払いで買いました。 期限はいつ?',
    );
    expect(kanji('よくげつばらい なら きげん は？')).toBe('翌月払いなら期限は?');
  });
});
