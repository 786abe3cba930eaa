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

  it('atone through Amazon Pay: no, since Amazon Pay pays with what the Amazon account holds', () => {
    const ja = ask('Amazon Payでatone払いできる？');
    expect(ja.intent).toBe('amazon');
    expect(ja.text).toMatch(/^いいえ。atoneはAmazonの支払い方法にないため、Amazon Payでは選べません。/);
    expect(ask('can I pay with atone through amazon pay at other shops?').text).toMatch(
      /^No\. .*Amazon Pay cannot/,
    );
    // "Amazon pay later" and "Amazon payment options" do not name Amazon Pay.
    expect(ask('amazon pay later options').text).not.toMatch(/Amazon Pay (lets|cannot)/);
    expect(ask('amazon payment options').text).not.toMatch(/Amazon Pay lets/);
  });
});
