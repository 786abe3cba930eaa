import { describe, expect, it } from 'vitest';
import { ask } from '../helpers/ask.js';

describe('amazon intents', () => {
  it('says no to atone and to gift cards, and points to Paidy', () => {
    const answer = ask('アマゾンギフト券をatoneで買える？');
    expect(answer.intent).toBe('amazon');
    expect(answer.text).toMatch(/^いいえ。Amazonギフトカード/);
    expect(answer.text).toMatch(/ペイディ/);
  });

  it('lists what Amazon accepts and that cash on delivery ended', () => {
    const answer = ask('Amazonで代引きはできる？');
    expect(answer.intent).toBe('amazon_payment_methods');
    expect(answer.text).toMatch(/2024年6月6日で終了/);
  });

  it('Paidy or PayPay on Amazon gets a yes about them, not a no about atone', () => {
    for (const [text, yes] of [
      ['Can I pay on Amazon with Paidy?', /^Yes: Amazon takes あと払い \(Paidy\)\./],
      ['AmazonでPayPay使える？', /^はい、PayPayはAmazonで使えます。/],
    ] as const) {
      const answer = ask(text);
      expect(answer.intent).toBe('amazon_payment_methods');
      expect(answer.text).toMatch(yes);
    }
    // Named with atone, the question is still about atone.
    expect(ask('Amazonでatoneとペイディどっちが使える？').text).toMatch(/^いいえ。/);
  });
});
