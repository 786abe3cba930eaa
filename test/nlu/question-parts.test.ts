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
