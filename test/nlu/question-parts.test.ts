import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/nlu/normalize.js';
import { questionParts } from '../../src/nlu/question-parts.js';

const parts = (text: string) => questionParts(normalize(text));

describe('the questions of a message that asks several', () => {
  it('splits sentences that each ask something', () => {
    expect(
      parts('支払期限はいつになりますでしょうか。また、セブンイレブンでバーコード払いは可能でしょうか。'),
    ).toEqual([
      '支払期限はいつになりますでしょうか。',
      'また、せぶんいれぶんでばーこーど払いは可能でしょうか。',
    ]);
    expect(parts('My friend say I must pay before 10th but which month?? Also how much is the fee?')).toEqual(
      ['my friend say i must pay before 10th but which month?', 'also how much is the fee?'],
    );
  });

  it('is empty for one question, however many sentences tell the story', () => {
    expect(parts('I pay by postcard. When is the deadline?')).toEqual([]);
    expect(parts('期限はいつ？')).toEqual([]);
    expect(parts('お世話になっております。はがきの期限を教えてください。')).toEqual([]);
  });
});

describe('troubles told and sentences that lean on the one before (session 27)', () => {
  it('a trouble told with のに asks what to do about it', () => {
    expect(parts('返品したのに請求きてる。コンビニ払いなんだけど期限いつまで？')).toHaveLength(2);
  });

  it('「それが原因でしょうか？」 "is that why?" is no question of its own', () => {
    expect(
      parts('免許証を撮影して送ったのに「確認できませんでした」と返ってきました。それが原因でしょうか？'),
    ).toEqual([]);
    expect(parts('what is amazon pay? is it safe?')).toEqual([]);
  });
});

describe('items numbered with circled numbers (session 36)', () => {
  it('「質問です！①…②…」 asks each item', () => {
    expect(questionParts(normalize('質問です！①コンビニ払いの期限 ②口座振替の手数料'))).toEqual([
      'こんびに払いの期限',
      '口座振替の手数料',
    ]);
  });
});
