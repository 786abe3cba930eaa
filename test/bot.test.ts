import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBot } from '../src/bot.js';
import type { Slots } from '../src/nlu/slots.js';
import { answeredBy, ask } from './helpers/ask.js';

describe('bot.handle', () => {
  it('answers in the language of the question', () => {
    expect(ask('支払い期限はいつ？').lang).toBe('ja');
    expect(ask('When is my payment due?').lang).toBe('en');
    // Nothing to tell by: the platform locale decides.
    expect(ask('👍', undefined, { locale: 'en-US' }).lang).toBe('en');
  });

  it('ends every factual answer with its source and the month it was checked (the day stays in sources)', () => {
    const answer = ask('はがき請求書の手数料は？');
    // (A day there would read like one of the answer's own dates: 「11月27日確認」 beside a debit on the 27th.)
    expect(answer.text).toMatch(/出典: .+（2026年11月確認） https:\/\//);
    expect(answer.text).not.toMatch(/11月27日/);
    expect(ask('postcard fee?').text).toMatch(/Source: .+ \(checked November 2026\) https:\/\//);
    expect(answer.sources?.[0]?.verifiedAt).toBe('2026-11-27');
  });

  it('never answers another service with atone facts', () => {
    for (const question of [
      'Paidyの支払い期限は？',
      '楽天カードの引き落とし日は？',
      'When is my PayPay bill due?',
      // Compared with atone's, the other service's own terms are still its own.
      "Is Paidy's due date also the 27th like atone's bank debit?",
    ]) {
      const answer = ask(question);
      expect(answer.intent).toBe('fallback');
      expect(answer.text).not.toMatch(/10日|20日|27日|10th|20th|27th/);
    }
  });

  it('says yes to Paidy on Amazon: Amazon lists it', () => {
    const answer = ask('AmazonでPaidyは使える？');
    expect(answer.intent).toBe('amazon_payment_methods');
    expect(answer.text).toMatch(/^はい、あと払い（ペイディ）はAmazonで使えます。/);
  });

  it('answers an empty message with help', () => {
    expect(ask('').intent).toBe('help');
    expect(ask('   \u200B ').intent).toBe('help');
  });

  it('offers both intents when two are close, and answers the best one', () => {
    const answer = ask('支払い方法と手数料');
    if (answer.actions?.some((a) => a.id.startsWith('ask:'))) {
      expect(answer.actions.filter((a) => a.id.startsWith('ask:'))).toHaveLength(2);
      expect(answer.text).toMatch(/もしかして/);
    }
    expect(['payment_methods', 'fees']).toContain(answer.intent);
  });

  it('honours an intent picked from a "did you mean" button', () => {
    expect(ask('支払い方法と手数料', undefined, { intent: 'fees' }).intent).toBe('fees');
  });

  it('gives a real confidence: high for a clear question, fallback for noise', () => {
    expect(ask('コンビニ払いの期限は？').confidence).toBeGreaterThan(0.7);
    const noise = ask('qwzx plorf');
    expect(noise.intent).toBe('fallback');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
        ),
        (text) => {
          const answer = ask(text);
          expect(answer.text.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers 40,000-character, emoji, zero-width, RTL and SQL-looking messages without echoing them', () => {
    const inputs = [
      'あ'.repeat(40_000),
      '🙂'.repeat(20_000),
      `コンビニ\u200B払いの\u200D期限`,
      'مرحبا متى موعد الدفع؟',
      "'; DROP TABLE subscriptions; -- 期限は？",
      `${'x'.repeat(39_990)} 期限は？`,
    ];
    for (const text of inputs) {
      const answer = ask(text);
      expect(answer.text.length).toBeLessThan(3_000);
    }
    expect(ask(`コンビニ\u200B払いの\u200D期限`).text).toMatch(/12月10日/);
  });
});

describe('an impossible date alone', () => {
  it('is a deadline question whose answer says the date does not exist', () => {
    const bot = createBot();
    for (const text of ['2月30日に買った', '2月30日', 'I bought something on Feb 30']) {
      const answer = bot.handle({
        platform: 'cli',
        userId: 'u',
        channelId: 'c',
        text,
        receivedAt: new Date('2026-11-28T10:00:00+09:00'),
      });
      expect(answer.intent, text).toBe('deadline');
      expect(answer.text, text).toMatch(/は存在しない日付です|is not a real date/);
    }
  });
});

describe('session 28: single questions from blind sets 162–164', () => {
  it('「期限きのうだった…今から払ったらどうなる？」 is paying late', async () => {
    const a = await ask(
      'コンビニ払いの期限きのうだった…今から払ったらどうなる？',
      '2026-12-11T09:00:00+09:00',
    );
    expect(a.intent).toBe('late_payment');
  });

  it('「楽天市場でアトネ払いってできる？」 asks where atone works, not paying in parts', async () => {
    expect((await ask('楽天市場でアトネ払いってできる？')).intent).toBe('where_to_use');
  });

  it('cash on delivery asked of Amazon says it ended', async () => {
    const a = await ask(
      "amazon still has cash on delivery right? i'll use that since atone doesn't work there",
    );
    expect(a.text).toMatch(/ended on 6 June 2024/);
  });

  it('"If I buy today vs tomorrow, does the konbini deadline change?" gives both, in calendar order', async () => {
    const a = await ask(
      'If I buy today vs tomorrow, does the konbini deadline change?',
      '2026-11-30T12:00:00+09:00',
    );
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(
      /Buying 30 November 2026: Thursday, 10 December 2026[\s\S]*Buying 1 December 2026: Sunday, 10 January 2027/,
    );
  });

  it('"Is it due November 10 or December 10?" puts both forward: neither is a purchase', async () => {
    const a = await ask(
      "I bought a rice cooker online on Oct 28. I'll pay at Lawson. Is it due November 10 or December 10?",
      '2026-11-30T10:00:00+09:00',
    );
    expect(a.text).not.toMatch(/Bought 10 December/);
  });
});

describe('session 28: single questions from blind sets 167–168', () => {
  it('"I don\'t have a bank account set up" names no method', () => {
    const a = ask(
      "My first atone order was Nov 20. How do I pay it and by when? I don't have a bank account set up.",
      '2026-11-30T10:00:00+09:00',
    );
    expect(a.text).not.toMatch(/^For November 2026 purchases paid by automatic bank debit/);
    expect(a.text).toMatch(/10 December 2026/);
  });

  it('another service named on the way to atone: 「Paidyは遅れたことあるけど、atoneで延滞したら」, 「Paidyみたいに分割払いってできる？」', () => {
    expect(ask('Paidyは遅れたことあるけど、atoneで延滞したらどうなるの？').intent).toBe('late_payment');
    expect(ask('Paidyみたいに分割払いってできる？').intent).toBe('installments_atone_plus');
    expect(ask('Paidyの分割ってできる？').intent).toBe('fallback');
  });

  it("「うちのアカウント止まってへん？」 is the user's own account", () => {
    expect(ask('うちのアカウント止まってへん？大丈夫？').handoff).toBe(true);
  });
});

describe('session 31: single questions from blind sets 221–224', () => {
  it('「10日過ぎてもうた」 with the konbini is a deadline gone by: what paying late means, not the next deadline', () => {
    const a = ask('やば、コンビニ払いなのに10日過ぎてもうた…', '2026-12-12T10:00:00+09:00');
    expect(a.intent).toBe('late_payment');
    expect(a.text).toMatch(/停止/);
  });

  it('romaji 「kaetai」: a change of method asked', () => {
    expect(ask('konbini barai kara barcode ni kaetai n dakedo doko de dekiru?').intent).toBe('change_method');
  });

  it('how to do the identity check, the app asking again, is no failure; 「通らねぇ」 is one', () => {
    expect(ask('how do i do this identity verification thing? the app keeps asking').intent).toBe(
      'identity_verification',
    );
    expect(ask('本人確認なんべんやっても通らねぇんだけど').intent).toBe('identity_verification_failed');
    expect(ask('本人確認のやり方は？').intent).toBe('identity_verification');
  });

  it('"is the postcard deadline still Dec 20?" is the deadline put forward: yes, for November\'s purchases', () => {
    const a = ask(
      'is the postcard deadline still Dec 20 even though I got nothing?',
      '2026-12-09T10:00:00+09:00',
    );
    expect(a.text).toMatch(/^Yes\. For November 2026 purchases paid by postcard bill/);
  });

  it('「どこで変更できますか」 asks where: no はい first', () => {
    expect(ask('どこで変更できますか').text).not.toMatch(/^はい/);
    expect(ask('支払い方法って変更できますか').text).toMatch(/^はい、/);
  });

  it('"should I keep retrying?" after the back-button error: no, and why (duplicate payments), in both languages', () => {
    expect(
      ask('got an error on the atone payment screen after I hit back, should I just keep retrying?').text,
    ).toMatch(/^No\.[^\n]*start again from the shop[^\n]*duplicate payments[^\n]*ご利用明細/);
    expect(ask('戻るボタン押したらエラー。何度もやり直していい？').text).toMatch(/^いいえ、[^\n]*二重決済/);
  });
});

describe('session 31: answers the writers of blind sets 221–224 found odd', () => {
  it('"what was the deadline and what happens now?" with it gone by says the consequences once', () => {
    const a = ask(
      'I forgot to pay for my November purchases at the convenience store. What was the deadline and what happens now?',
      '2026-12-14T10:00:00+09:00',
    );
    expect(a.text).toMatch(/10 December 2026\) has passed/);
    expect(a.text.match(/atone can be suspended/g)).toHaveLength(1);
  });

  it('"amazon have some pay later option?" without atone named: Amazon\'s own first, no "No."', () => {
    expect(ask('amazon have some pay later option?').text).toMatch(
      /^To pay later on Amazon, use Amazon's own/,
    );
    expect(ask('can I use atone on Amazon').text).toMatch(/^No\. /);
    expect(ask('Amazonでatoneの後払いできる？').text).toMatch(/^いいえ。/);
  });

  it('a date to come is no last use: 「年末年始に5つのお店で使ったら」 in January gives the points, not "a last use in December 2027"', () => {
    const a = ask(
      'ポイント祭りで年末年始に5つのお店でatone使ったら何ポイントもらえますか',
      '2027-01-05T10:00:00+09:00',
    );
    expect(a.text).toMatch(/500ポイント/);
    expect(a.text).not.toMatch(/2027年12月/);
  });

  it('"purchase was 3 dec. deadline pls": the purchase on 3 December, not a deadline put forward', () => {
    expect(
      ask('I pay with postcard invoice, purchase was 3 dec. deadline pls', '2026-12-05T21:30:00+09:00').text,
    ).toMatch(/20 January 2027/);
  });
});

describe('session 31: situations told in other words (blind set 226, tuning half)', () => {
  it.each([
    ['I used all my money in atone. after i pay when it comes back', 'limit_recovery'],
    ['I want buy a 80000 yen laptop but atone say too much. how make it bigger?', 'limit_increase'],
    ['it keep saying no after I send my zairyu card photo, 3 times now', 'identity_verification_failed'],
    ['does uniqlo online take it?', 'where_to_use'],
    ['muji site shows two atone buttons, which one is which', 'use_without_membership'],
    ['can i split the 60000 yen in some parts', 'installments_atone_plus'],
    ['i cant get in the app, it keep saying wrong', 'login_password'],
  ])('%s → %s', (question, intent) => {
    expect(ask(question).intent).toBe(intent);
  });
});

describe('session 31: single questions from blind sets 229–232 (tuning halves)', () => {
  it("「2月の引き落としって何日？」 asked in December is next February's debit (1 March: the 27th is a Saturday)", () => {
    expect(ask('2月の引き落としって何日？口座振替です', '2026-12-23T13:00:00+09:00').text).toMatch(
      /2027年3月1日（月）/,
    );
    expect(ask('11月の引き落としって何日？口座振替です', '2026-12-23T13:00:00+09:00').text).not.toMatch(
      /2027年11月/,
    );
  });

  it('a deadline asked of a bill paid at a chain is the deadline', () => {
    const a = ask(
      "I'm paying my December bill at 7-Eleven with the barcode. What's the last day?",
      '2026-12-20T10:00:00+09:00',
    );
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(/10 January 2027/);
  });

  it("the identity check's own answer says to type the building and room number", () => {
    expect(ask('コード決済したくて本人確認始めたんだけど、住所ってマンション名まで入れる？').text).toMatch(
      /建物名と部屋番号/,
    );
  });
});

describe('session 31: a deadline missed, told without its date', () => {
  it('「うっかり10日過ぎちゃった…コンビニ払い」 the day after: that deadline gone by, and pay now, first', () => {
    const a = ask('うっかり10日過ぎちゃった…コンビニ払いなんだけどどうなる？', '2026-12-11T07:50:00+09:00');
    expect(a.text).toMatch(
      /^2026年11月分のコンビニ端末・銀行ATM（Pay-easy）の期限（2026年12月10日（木））は、もう過ぎています/,
    );
    expect(a.text).toMatch(/すぐに払ってください/);
  });

  it('"forgot to pay at the konbini by the 10th" says so in English; "what happens if I pay late?" does not', () => {
    expect(
      ask('forgot to pay at the konbini by the 10th. what happens now?', '2026-12-11T08:00:00+09:00').text,
    ).toMatch(
      /^The convenience store terminal \/ bank ATM \(Pay-easy\) deadline for November 2026 purchases \(Thursday, 10 December 2026\) has passed/,
    );
    expect(ask('what happens if I pay late at the konbini?', '2026-12-11T08:00:00+09:00').text).not.toMatch(
      /has passed/,
    );
  });
});

describe('session 31: situations in other words (blind set 234, tuning half)', () => {
  it.each([
    ['前の家に紙が届いてるっぽい。大家さんから連絡きた', 'moved_or_wrong_member_bill'],
    ['someone bought stuff with my atone, it wasnt me or my family', 'fraud_report'],
    ['何回撮り直してもはじかれる', 'identity_verification_failed'],
    ['無印で『つど』ってやつ選んだけど、これいつまでに払うの？', 'use_without_membership'],
    ['the 4 digit thing never arrives on my phone so i cant checkout', 'sms_code_trouble'],
    ['メアド仕事用のにしたい', 'change_registered_info'],
    ['おばあちゃんのスマホに私の名前で登録してあげたい', 'family_or_shared_use'],
  ])('%s → %s', (question, intent) => {
    expect(ask(question).intent).toBe(intent);
  });

  it("a family member's purchase and registering in their name, asked together, get the whole answer", () => {
    const a = ask(
      "my kid bought stuff on my atone. can you cancel it? also is it ok to register under my wife's name?",
    );
    expect(a.text).toMatch(/between you and them/);
    expect(a.text).toMatch(/mobile number they use themselves/);
  });
});

describe('session 31: the bill asked about (blind sets 237–240)', () => {
  it('"when do i get the bill for december purchases?" is when it comes, by the 3rd business day', () => {
    const a = ask('when do i get the bill for december purchases?', '2026-12-20T10:00:00+09:00');
    expect(a.intent).toBe('billing_notice');
    expect(a.text).toMatch(/6 January 2027/);
  });

  it('「メールで来る？それとも郵送？」 says the postcard bill comes by post', () => {
    expect(ask('請求ってメールで来る？それとも郵送？').text).toMatch(/紙の請求書（はがき）が郵送で届きます/);
  });
});

describe('session 31: several asks in one message (blind set 239)', () => {
  it('"…installments with atone? also do i earn points?" answers both', () => {
    const a = ask('can i pay in installments with atone? also do i earn points?');
    expect(a.text).toMatch(/atone分割払い/);
    expect(a.text).toMatch(/NP points/);
  });

  it('three numbered asks (the debit, its fee, an empty account) are each answered', () => {
    const a = ask(
      '1) when is the direct debit for November? 2) is there a fee for direct debit? 3) what if my account is empty that day?',
      '2026-12-01T10:00:00+09:00',
    );
    expect(a.text).toMatch(/28 December 2026/);
    expect(a.text).toMatch(/Billing fee: free/);
    expect(a.text).toMatch(/atone can be suspended/);
  });
});

describe('session 31: a way to pay turned down in Tohoku words', () => {
  it('「おら口座振替でねぇよ、バーコードだ」 is the barcode only', () => {
    const a = ask('おら口座振替でねぇよ、バーコードだ。期限いつだべ？', '2026-11-30T10:00:00+09:00');
    expect(a.text).toMatch(/電子バーコード/);
    expect(a.text).not.toMatch(/口座振替）で払う場合/);
  });
});

describe('session 31: a child wanting atone of their own', () => {
  it.each([
    ['my daughter wants to use atone for her online shopping, can she?', 'minors_age'],
    ['my son is 15 and wants his own atone for games', 'minors_age'],
    ['my son bought games on my atone', 'family_or_shared_use'],
  ])('%s → %s', (question, intent) => {
    expect(ask(question).intent).toBe(intent);
  });
});

describe('session 32: situations in other words (blind sets 241–248, tuning halves)', () => {
  it('a way to pay described is that way: the paper slip, the paper that comes, the money leaving the account', () => {
    expect(
      ask('口座振替じゃなくて、紙で届くやつで払ってる。11月に買った分は？', '2026-11-20T10:00:00+09:00').text,
    ).toMatch(/^2026年11月分をはがき請求書で払う場合、期限は2026年12月20日/);
    expect(ask('my deadline is the 20th and the bill comes by mail. is there a fee for that?').text).toMatch(
      /^Yes\. The billing fee for postcard bill/,
    );
    const a = ask(
      'when does the money leave my account for what I buy this October?',
      '2027-10-02T10:00:00+09:00',
    );
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(/automatic bank debit[^\n]*Monday, 29 November 2027/);
  });

  it('a way described is no word the matcher reads it by: 「前の家に紙が届いてる」 stays a bill at the old address', () => {
    expect(ask('前の家に紙が届いてるっぽい。大家さんから連絡きた').intent).toBe('moved_or_wrong_member_bill');
  });

  it('a list with some deadlines gone by says only those passed, not "this deadline has passed"', () => {
    const a = ask('先月の分の期限は？', '2026-11-20T10:00:00+09:00');
    expect(a.text).toMatch(/過ぎている期限の分をまだ払っていなければ/);
    expect(a.text).not.toMatch(/この期限はもう過ぎています/);
  });

  it('refused at a till is a declined payment; a sign-up turned down is not', () => {
    expect(ask('my card got declined at the register thing').intent).toBe('payment_declined');
    expect(ask('お店のレジでアトネで払おうとしたら通らなかった。なんで？').intent).toBe('payment_declined');
  });

  it('a suspension told is the suspension, not a declined payment', () => {
    expect(ask("I can't use atone at all anymore, it just says I'm suspended").intent).toBe(
      'suspended_after_overdue',
    );
  });

  it('"I returned a dress but do I still owe money on it?" is the return, not the amount owed', () => {
    const a = ask('I returned a dress but do I still owe money on it?');
    expect(a.intent).toBe('cancel_return_refund');
    expect(a.text).toMatch(/offset/);
  });

  it('「払う紙がまだ来ない」 is a bill that has not come; "the bill never showed up this month" past its day too', () => {
    expect(ask('先月の買い物の払う紙がまだ来ないんだけど', '2026-12-14T10:00:00+09:00').intent).toBe(
      'bill_not_received',
    );
    expect(ask('the bill never showed up this month', '2026-12-09T10:00:00+09:00').intent).toBe(
      'bill_not_received',
    );
    // (Before the 3rd business day, it is not due yet.)
    expect(ask('the bill never showed up this month', '2026-12-02T10:00:00+09:00').intent).toBe(
      'billing_notice',
    );
  });

  it('"I\'d rather have it come out of my bank from now on. When does that start?" is a change of method', () => {
    expect(ask("I'd rather have it come out of my bank from now on. When does that start?").intent).toBe(
      'change_method',
    );
  });

  it('the fee after a change is the fees: the free debit beside the postcard', () => {
    const a = ask('はがきから口座振替に変えたら手数料は安くなる？');
    expect(a.intent).toBe('fees');
    expect(a.text).toMatch(/口座振替）: 無料\n• はがき請求書: 209円/);
  });

  it('"what is my current usage limit?" says where to see it (the limit question)', () => {
    expect(ask('Could you please tell me what my current usage limit is?').intent).toBe('limit_increase');
  });

  it('no points at one shop says what it takes: two shops', () => {
    expect(ask('1店舗だけだとポイントはもらえない？').text).toMatch(
      /1店舗ではポイントはもらえません。2店舗から300ポイントです。/,
    );
    expect(ask('do I get points for 1 shop?').text).toMatch(
      /1 shop earns no points\. From 2 shops it is 300 points\./,
    );
  });

  it('"what time do reminders get sent?" outside a chat says the hour they come at unless chosen', () => {
    expect(ask('What time do reminders get sent?').text).toMatch(/9:00[^\n]*Japan time/);
  });
});

describe('session 32: dates (blind set 243, tuning half)', () => {
  it('「明日は元日だけど、今日買ったら…」: tomorrow described, today the purchase', () => {
    const a = ask('明日は元日だけど、今日買ったらはがき払いの期限は？', '2026-12-31T22:00:00+09:00');
    expect(a.text).toMatch(/2027年1月20日/);
    expect(a.text).not.toMatch(/2月20日/);
  });

  it('"if I shop next month" is next month\'s purchases, not next month\'s bill', () => {
    const a = ask("What's the barcode payment deadline if I shop next month?", '2026-12-27T10:00:00+09:00');
    expect(a.text).toMatch(/10 February 2027/);
  });

  it('"the stuff I bought in May if the bank takes it" is May\'s purchases, by debit', () => {
    const a = ask('what about the stuff I bought in May if the bank takes it?', '2027-06-02T09:00:00+09:00');
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(/Monday, 28 June 2027/);
  });
});

describe('session 32: a request to be told, beside another question', () => {
  it('「今月いくら払えばいい？期限も知りたい」: where to see the amount, and the deadlines', () => {
    const a = ask('今月いくら払えばいい？期限も知りたい', '2026-12-30T10:00:00+09:00');
    expect(a.text).toMatch(/ご利用明細/);
    expect(a.text).toMatch(/2027年1月10日/);
  });
});

describe('session 32: what the writers of blind sets 241–248 found odd', () => {
  const slotsOf = (question: string, now?: string) => ask(question, now).slots as Slots;
  it('「一時停止」 is "for a while", no hour of 1', () => {
    expect(slotsOf('リマインダーを一時停止したい').hour).toBeUndefined();
    expect(slotsOf('夜九時に通知して').hour).toBe(21);
  });

  it('「一昨年の年末」 is December two years back, 「去年の年末」 last December', () => {
    const now = '2026-11-30T10:00:00+09:00';
    expect(slotsOf('一昨年の年末に最後に使った', now).date).toMatchObject({
      month: { year: 2024, month: 12 },
    });
    expect(slotsOf('去年の年末に最後に使った', now).date).toMatchObject({
      month: { year: 2025, month: 12 },
    });
  });

  it('a last use told in years ago is that year, as a whole', () => {
    const now = '2026-06-10T10:00:00+09:00';
    expect(ask('3年前に使ったきりなんだけどキャンペーン対象？', now).text).toMatch(
      /最後の利用が2023年1月〜12月なら/,
    );
    expect(slotsOf('I last used it two years ago, can I join the campaign?', now).date).toMatchObject({
      month: { year: 2024 },
      wholeYear: true,
    });
  });

  it('"Is there any way to pay later on Amazon?" leads with Amazon\'s own, not "No."', () => {
    expect(ask('Is there any way to pay later on Amazon?').text).toMatch(
      /^To pay later on Amazon, use Amazon's own/,
    );
  });
});

describe('session 32: blind sets 249–252 (tuning halves)', () => {
  it("a month not paid yet, told in keigo or English, is that month's deadlines (passed ones said so)", () => {
    const ja = ask(
      'お世話になっております。先月分をまだお支払いしておりません。今からでも支払えますでしょうか',
      '2026-09-15T10:00:00+09:00',
    );
    expect(ja.intent).toBe('deadline');
    expect(ja.text).toMatch(/過ぎている期限の分をまだ払っていなければ/);
    expect(ask("I still haven't paid last month's bill, what now?", '2026-09-15T10:00:00+09:00').intent).toBe(
      'deadline',
    );
  });

  it('「口座からやと」 (Kansai) is 「口座からだと」: the debit day', () => {
    const a = ask('今月の分、口座からやといつ引かれるん？', '2027-12-14T10:00:00+09:00');
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(/2028年1月27日/);
  });

  it('the amount owed is "everything else" (fallback), with the route; the bill\'s notice stays billing_notice', () => {
    const a = ask('How much do I owe this month?');
    expect(a.intent).toBe('fallback');
    expect(a.handoff).toBe(true);
    expect(a.text).toMatch(/ご利用明細/);
    expect(ask('私の今月の請求額いくら？').intent).toBe('fallback');
  });

  it('"how do I contact atone?" reports fallback (no contract name of its own), sent to atone', () => {
    const a = ask('how do I contact atone?');
    expect(a.intent).toBe('fallback');
    expect(a.topic).toBe('contact_atone');
    expect(a.text).toMatch(/contact form/);
  });

  it('「期限はいつで、どのコンビニで使える？」 answers both', () => {
    const a = ask(
      '5月分をバーコードで払う予定。期限はいつで、どのコンビニで使える？',
      '2026-06-03T08:00:00+09:00',
    );
    expect(a.text).toMatch(/2026年6月10日/);
    expect(a.text).toMatch(/ローソン/);
  });

  it('"Does Amazon take Merpay or Rakuten Pay? And Paidy?" answers Paidy too', () => {
    const a = ask('Does Amazon take Merpay or Rakuten Pay? And Paidy?');
    expect(a.text).toMatch(/楽天ペイ \(Rakuten Pay\) is not/);
    expect(a.text).toMatch(/Amazon's own あと払い \(Paidy\)/);
  });

  it('"which convenience store i can pay atone bill?" is which chains', () => {
    const a = ask('which convenience store i can pay atone bill?');
    expect(a.intent).toBe('convenience_store_chains');
    expect(a.text).toMatch(/Lawson/);
  });
});

describe('session 32: the last round (blind sets 257–260), kinds it showed', () => {
  it('"furikae" alone is the bank debit', () => {
    expect(ask('remind me 3 days before, i pay by furikae').slots).toMatchObject({ method: 'auto_debit' });
  });

  it('"Someone is buying things with my atone and it isn\'t me" is a misuse: the fraud form', () => {
    expect(ask("Someone is buying things with my atone and it isn't me").intent).toBe('fraud_report');
  });

  it('"was going to use direct debit but I\'ll pay at the konbini instead" is the konbini', () => {
    const a = ask(
      "was going to use direct debit but I'll pay at the konbini instead. when is the deadline for november?",
    );
    expect(a.text).toMatch(/convenience store terminal[^\n]*10 December 2026/);
  });
});

describe('session 33: blind sets 261–264 (tuning halves), kinds they showed', () => {
  it('「10月5日の分はコンビニ、11月5日の分は口座振替」: each date by its own way to pay', () => {
    const a = ask(
      '10月5日の分はコンビニ、11月5日の分は口座振替で払う予定。期限は？',
      '2026-11-28T10:00:00+09:00',
    );
    expect(a.text).toMatch(/10月5日に買った分（コンビニ端末[^\n]*2026年11月10日/);
    expect(a.text).toMatch(/11月5日に買った分（銀行口座からの自動振替[^\n]*2026年12月28日/);
    const en = ask(
      'bought on oct 5 paying at the konbini, and nov 5 with bank debit. deadlines?',
      '2026-11-28T10:00:00+09:00',
    );
    expect(en.text).toMatch(/Bought 5 October 2026 \(convenience store[^\n]*10 November 2026/);
    expect(en.text).toMatch(/Bought 5 November 2026 \(automatic bank debit[^\n]*28 December 2026/);
    // (One way for both: one answer for that way, as before.)
    expect(ask('10月5日と11月5日に買った。コンビニ払い', '2026-11-28T10:00:00+09:00').text).toMatch(
      /購入日ごとの支払い期限（コンビニ端末/,
    );
  });

  it('「期限って今月の10日？」 and 「来月10日払いでいい？」 put a due day forward, not a purchase', () => {
    const jan = ask('昨日コンビニ払いで買ったけど、期限って今月の10日？', '2027-01-01T09:00:00+09:00');
    expect(jan.slots).toMatchObject({ proposedDue: { day: 10, month: 1 } });
    expect(jan.text).toMatch(/^はい、2026年12月分[^\n]*2027年1月10日/);
    const feb = ask('今日中に買えば来月10日払いでいいんだよね？コンビニ', '2027-02-28T23:59:00+09:00');
    expect(feb.text).toMatch(/^はい、2027年2月分[^\n]*2027年3月10日/);
  });

  it("today's date asked is answered, in Japan's time, and is no deadline question", () => {
    const ja = ask('てか今日って何日だっけ？', '2027-08-01T12:00:00+09:00');
    expect(ja.intent).toBe('fallback');
    expect(ja.text).toMatch(/^今日は2027年8月1日（日）です（日本時間）。/);
    expect(ask('what day is it today?', '2027-09-20T09:00:00+09:00').text).toMatch(
      /^Today is Monday, 20 September 2027/,
    );
    expect(ask('今日って期限？', '2027-09-20T09:00:00+09:00').intent).toBe('deadline');
  });

  it('the Kansai 「してへん」 turns a way to pay down', () => {
    expect(
      ask('口座引き落としはしてへんねん、コンビニで払ってる。10月15日に買うたのいつまで？').slots,
    ).toMatchObject({
      method: 'store',
    });
  });

  it('"does this work on amazon?" is atone on Amazon', () => {
    expect(ask('by the way does this work on amazon?').intent).toBe('amazon');
    expect(ask('does paypay work on amazon?').intent).toBe('amazon_payment_methods');
  });

  it('"set one, 5 days before": "one" is the reminder, not a count', () => {
    expect((ask('ok actually do set one, 5 days before').slots as Slots).leadDays).toEqual([5]);
    expect((ask('remind me 1, 3 days before').slots as Slots).leadDays).toEqual([1, 3]);
  });
});

describe('session 33: blind sets 265–268 (tuning halves), situations in other words', () => {
  it.each([
    ['決済できませんって出る。先月の払い忘れてたからかな？', 'suspended_after_overdue'],
    [
      'Sorry my english. I was forget pay atone last month, now cannot use it. How to fix?',
      'suspended_after_overdue',
    ],
    ['how do i start using atone? just moved to japan', 'registration_requirements'],
    ['アトネの始め方を教えて', 'registration_requirements'],
    ['ネットじゃなくて、実際のお店でも使えますか', 'code_payment_in_store'],
    ['can I use at shops in person?', 'code_payment_in_store'],
    [
      'is there a fee for paying at the convenience store? i dont want extra charges on top of the late one',
      'fees',
    ],
    ['When exactly is the postcard bill due? I want to know so I can plan my reminder myself', 'deadline'],
    ['what time do the reminders usually arrive?', 'reminder_subscribe'],
    ['can u pause reminders for now', 'reminder_unsubscribe'],
    ['一旦リマインダー止めたい。来月またお願いするかも', 'reminder_unsubscribe'],
    ['先週払ったのに、まだ使える金額が0円のまま。いつになったら買い物できるの', 'limit_recovery'],
    ['i paid everything but it says i can use 0 yen. how long i need wait?', 'limit_recovery'],
    [
      '引っ越したばかりで、免許証の住所がまだ前のままなんですが、顔写真撮るやつが何回やっても通りません',
      'identity_verification_failed',
    ],
    ['アマゾンで孫へのプレゼントを買いたいのですが、このあとから払うものは使えますでしょうか', 'amazon'],
  ])('%s → %s', (text, intent) => {
    expect(answeredBy(ask(text))).toBe(intent);
  });

  it('「来とらん」 is 来ていない: the monthly mail not come, past its day, is a missing bill', () => {
    expect(
      ask('毎月来るはずのメールが今月まだ来とらんのやけど、大丈夫やろか', '2027-02-12T19:00:00+09:00').intent,
    ).toBe('bill_not_received');
  });

  it('"just moved" is no date moving; "does the debit get moved" still is', () => {
    expect(ask('does the debit get moved if the 27th is a sunday?').intent).toBe('deadline');
  });

  it("a date's weekday is answered; one that does not exist is said so", () => {
    expect(ask('2027年12月10日って何曜日？').text).toMatch(/^2027年12月10日は金曜日です。/);
    expect(ask('2027年2月29日って何曜日？').text).toMatch(
      /^「2027年2月29日」は存在しない日付です（2027年2月は28日までです）。/,
    );
    expect(ask('what day of the week is 12/31/2027?').text).toMatch(/^31 December 2027 is a Friday\./);
  });

  it('「9月払い？10月払い？」 are months paid in, not purchases; "is the debit the 27th of January?" is put forward', () => {
    const a = ask('8月末に買ったのって9月払い？10月払い？バーコードです', '2026-10-01T10:00:00+09:00');
    expect(a.text).toMatch(/^2026年8月分を電子バーコードで払う場合、期限は2026年9月10日/);
    const en = ask(
      'If I buy something on the 28th and pay by direct debit, is the debit the 27th of January?',
      '2026-12-20T10:00:00+09:00',
    );
    expect(en.slots).toMatchObject({ proposedDue: { day: 27, month: 1 } });
    expect(en.text).toMatch(/^Yes\. For December 2026 purchases[^\n]*27 January 2027/);
  });

  it('an hour asked with no method is said in the explanation', () => {
    expect(ask('期限の1週間前の夜9時にお知らせしてもらえますか').text).toMatch(
      /^支払い期限の7日前、21時（日本時間）に/,
    );
  });
});

describe('session 33: blind sets 269–272 (tuning halves)', () => {
  it.each([
    ['アトネの支払いをクレジットカードでしたいのですが、可能でしょうか。', 'payment_methods'],
    ['Is it possible to settle atone invoice using credit card?', 'payment_methods'],
    ['クレジットカードがなくても使える？', 'about'],
    ['アマゾンで買い物しただけなのにatoneから請求来てるんだけどなんで？', 'unrecognized_charge'],
    ['yo does amzn take atone', 'amazon'],
    ['てかAmazonで使えないってマジ？', 'amazon'],
    ['ペイペイで払いたいんだけど', 'payment_methods'],
    ['If I set up a reminder, what time would it arrive?', 'reminder_subscribe'],
    ["ok and when's that one taken out?", 'deadline'],
  ])('%s → %s', (text, intent) => {
    expect(answeredBy(ask(text))).toBe(intent);
  });

  it('the bill paid by card or PayPay: no, and the four ways', () => {
    expect(ask('Is it possible to settle atone invoice using credit card?').text).toMatch(
      /^No\. A credit card is not one of the ways/,
    );
    expect(ask('ペイペイで払いたいんだけど').text).toMatch(
      /^PayPayは atone 翌月払いの支払い方法にはありません/,
    );
    // (A shop that takes PayPay is PayPay's question.)
    expect(ask('PayPayで払える店ある？').intent).toBe('fallback');
  });
});

describe('session 33: the last round (blind sets 273–276), tuning halves', () => {
  it.each([
    [
      '孫が勝手に買い物したみたいで、請求が来てびっくりしてます。どうしたらいいでしょうか',
      'family_or_shared_use',
    ],
    [
      'My 10 year old bought stuff with my atone account without asking. Can atone cancel it?',
      'family_or_shared_use',
    ],
    ['アマゾンで払おうとしたら選ぶとこになかった', 'amazon'],
    ['Amazonで使えたっけ？', 'amazon'],
    ['Amazonじゃなくて楽天で使いたいんだけど、使える？', 'where_to_use'],
    ['アマゾンじゃなくて、普通のネットのお店で使いたいんだけど', 'where_to_use'],
    ['もう設定してあるのある？', 'reminder_list'],
  ])('%s → %s', (text, intent) => {
    expect(answeredBy(ask(text))).toBe(intent);
  });

  it('a way taken back ("scratch that", 「じゃなかった」, 「と申し上げましたが、誤りでした」) is not the way', () => {
    const at = (text: string) => (ask(text).slots as Slots).method;
    expect(
      at(
        'I said postcard earlier but scratch that, direct debit. March purchases — what day does it come out?',
      ),
    ).toBe('auto_debit');
    expect(at('はがき…じゃなかった、バーコードで払う')).toBe('barcode');
    expect(at('口座振替と申し上げましたが、誤りでした。コンビニです')).toBe('store');
    expect(at('はがきで払ってるけど、期限間違えた')).toBe('postcard');
    expect(at("I chose to pay at the convenience store because I don't have a Japanese bank account")).toBe(
      'store',
    );
  });
});

describe('session 33: blind sets 277–280 (tuning halves)', () => {
  it.each([
    ['Somebody log in my atone and buy things. What I do?', 'fraud_report'],
    ['身に覚えのない決済の通知が3件も…誰かにアカウント使われてる？', 'fraud_report'],
    ['住所ちゃんと入れてるのに何回やっても通らない。なんで？', 'identity_verification_failed'],
    ['do you guys send reminders automatically or do I have to ask?', 'reminder_subscribe'],
    ["and if the money isn't in my account that day?", 'late_payment'],
    ['期限近ぐなったら教えでけろ', 'reminder_subscribe'],
  ])('%s → %s', (text, intent) => {
    expect(answeredBy(ask(text))).toBe(intent);
  });

  it('"not at night though, morning 8am": the morning\'s hour', () => {
    expect((ask('remind me the day before, not at night though, morning 8am').slots as Slots).hour).toBe(8);
    expect((ask('the night before at 7').slots as Slots).hour).toBe(19);
  });
});

describe('session 34: a due day put forward with its month (and year) ahead', () => {
  it('「来年の1月10日ってコンビニ払いの期限？」 in November is checked against the bill due in January', () => {
    const now = '2026-11-28T10:00:00+09:00';
    for (const text of [
      '来年の1月10日ってコンビニ払いの期限？',
      '1月10日ってコンビニ払いの期限？',
      '2027年1月10日がコンビニ払いの期限で合ってる？',
    ]) {
      const a = ask(text, now);
      expect(a.slots).toMatchObject({ proposedDue: { day: 10, month: 1 } });
      expect(a.text).toMatch(/^はい、2026年12月分[^\n]*2027年1月10日/);
    }
    expect(ask('is the konbini deadline january 10 2027?', now).text).toMatch(
      /^Yes\. For December 2026 purchases[^\n]*10 January 2027/,
    );
    // A day that is not that bill's: no, and that bill's day.
    expect(ask('1月10日ってはがきの期限？', now).text).toMatch(/^いいえ、2026年12月分[^\n]*2027年1月20日/);
    // The next bill's day is checked against the next bill, as before; a purchase still asks when.
    expect(ask('期限って12月10日で合ってる？', now).text).toMatch(/^12月10日が期限なのは/);
    expect((ask('11月15日って、いつが期限？', now).slots as Slots).date).toMatchObject({ kind: 'day' });
  });
});

describe('session 34: blind sets 289–292 (tuning halves)', () => {
  it.each([
    [
      '今月ちょっとお金きついんやけど、払うの少し待ってもらえたりせえへん？',
      'late_payment',
      /^期限を延ばしてもらえるという情報はありません。/,
    ],
    [
      "money's tight this month, can i push my payment back a week?",
      'late_payment',
      /^No source says a deadline can be extended\./,
    ],
    ['はがぎ来ねぇんだども、どうすっぺ', 'bill_not_received', /届かなければ/],
    [
      'I switched from barcode to bank debit today, which bill does the bank pay?',
      'change_method',
      /applies from/,
    ],
    [
      'I used atone on dec 31 night, which month bill is it, Jan or Feb?',
      'deadline',
      /December 2026 purchases/,
    ],
    [
      'my konbini payment deadline was dec 10 and i forget. what happen now? extra fee?',
      'late_payment',
      /suspended/,
    ],
    [
      'can i pay at 7-eleven with the konbini number (pay-easy)? deadline soon',
      'convenience_store_chains',
      /^No\. At 7-Eleven/,
    ],
    ['amazn pay later options besides credit card??', 'amazon', /Paidy/],
    ['Amazonで使えないなら、atoneってどこで使えるの？', 'where_to_use', /お店/],
  ])('%s → %s', (text, intent, answer) => {
    const a = ask(text, '2026-12-31T10:00:00+09:00');
    expect(a.intent).toBe(intent);
    expect(a.text).toMatch(answer);
  });

  it('"points for 2 shops, and how many for 3?" answers both counts', () => {
    const a = ask('how many points for 2 shops, and how many for 3?');
    expect(a.text).toMatch(/2 shops earn 300 points/);
    expect(a.text).toMatch(/at 3 shops, 500 points/);
    expect((ask('2 shops and I am 25?').slots as Slots).otherShops).toBeUndefined();
  });

  it('"was the deadline yesterday?" on the 11th names the ways due on the 10th, gone by', () => {
    expect(ask('was the deadline yesterday?', '2026-12-11T10:00:00+09:00').text).toMatch(
      /^Thursday, 10 December 2026 was the deadline for convenience store[^\n]*app barcode[^\n]*\(yesterday\)/,
    );
    expect(ask('コンビニ払いの期限、昨日だった？', '2026-12-11T10:00:00+09:00').text).toMatch(
      /^はい、2026年11月分の期限は2026年12月10日（木）でした/,
    );
  });

  it("「今月と来月の引き落とし日は？」 gives both months' bills", () => {
    const a = ask(
      'furikae debit days: this month and next month? i heard 27 is sunday',
      '2026-12-15T10:00:00+09:00',
    );
    expect(a.text).toMatch(/The December 2026 bill: Monday, 28 December 2026/);
    expect(a.text).toMatch(/The January 2027 bill: Wednesday, 27 January 2027/);
    expect(ask('今月と来月の引き落とし日は？', '2026-12-15T10:00:00+09:00').text).toMatch(
      /^月ごとの支払い期限/,
    );
  });

  it('a way turned down without an apostrophe or in romaji is none', () => {
    expect((ask('i dont use konbini, i use furikae. bought dec 5, when?').slots as Slots).method).toBe(
      'auto_debit',
    );
    expect((ask("i don't use furikae").slots as Slots).method).toBeUndefined();
  });
});

describe('session 34: blind sets 293–296 (tuning halves)', () => {
  it.each([
    ['アマソンでつかえますか', 'amazon'],
    ['今日が期限の日！コンビニ払いって何時まで払える？', 'deadline'],
    ['チケットの公演中止になったけど、手数料も返ってくる？', 'cancel_return_refund'],
    ['アマゾンではなくて、普通の通販で使いたいのですが、使い方を教えてください', 'how_to_use'],
    ['このボットの使い方を教えて', 'help'],
    ['anyone up for ramen tonight lol 🍜', 'fallback'],
    ["Bill came on the 1st and I haven't paid. Konbini. How many days do I have left?", 'deadline'],
  ])('%s → %s', (text, intent) => {
    expect(ask(text, '2026-11-09T10:00:00+09:00').intent).toBe(intent);
  });

  it('what only the account shows is handed off: a payment gone through, the balance left', () => {
    for (const text of [
      '先月の分、ちゃんと払えてますかね？コンビニで払ったんだけど',
      'could you tell me what the remaining balance on my atone account is?',
    ]) {
      const a = ask(text, '2026-12-11T10:00:00+09:00');
      expect(a.handoff).toBe(true);
    }
  });

  it('"my November things" in December beside a purchase to come is this past November', () => {
    const a = ask(
      'I pay by postcard for my November things, due the 20th right? and what about stuff I buy on December 24?',
      '2026-12-18T10:00:00+09:00',
    );
    expect(a.text).toMatch(/Bought November 2026: Sunday, 20 December 2026/);
    expect(a.text).not.toMatch(/2027: Monday, 20 December 2027/);
  });
});

describe('session 34: the holiday season named is no purchase', () => {
  it("「年末年始ですが、口座振替の引き落としはいつ？12月に買い物したぶん」 is December's purchases alone", () => {
    const a = ask(
      '年末年始ですが、口座振替の引き落としはいつになりますか？12月に買い物したぶんです',
      '2026-12-30T21:00:00+09:00',
    );
    expect(a.text).toMatch(/2026年12月分を銀行口座からの自動振替[^\n]*2027年1月27日/);
    expect(a.text).not.toMatch(/2026年1月に買った分/);
    expect(
      (ask('年末年始に買い物したら期限は？', '2026-12-20T10:00:00+09:00').slots as Slots).dates,
    ).toHaveLength(2);
  });
});

describe('session 34: blind sets 301–304, kinds they showed', () => {
  it.each([
    ['Not asking about Amazon. Can I pay my atone bill at 7-Eleven?', 'convenience_store_chains'],
    ['ok forget Paidy. atone postcard due date for a Nov 30 purchase?', 'deadline'],
    ["someone's been using my atone without me knowing. will i get my money back?", 'fraud_report'],
    ['i returned the oct 2 one, do i still have to pay for it?', 'cancel_return_refund'],
    ['通知は止めないでください。いま何が設定されているか確認したいだけです', 'reminder_list'],
    ["I'm an exchange student in Tokyo. Can I use atone without a Japanese credit card?", 'about'],
    ['atoneで払った分の領収書って発行してもらえますか？', 'fallback'],
  ])('%s → %s', (text, intent) => {
    expect(ask(text).intent).toBe(intent);
  });

  it('"I didn\'t buy anything in October, only on Nov 12" is the November purchase alone', () => {
    const a = ask(
      "I didn't buy anything in October, only on Nov 12. Konbini. When do I pay?",
      '2026-11-25T10:00:00+09:00',
    );
    expect(a.text).toMatch(/^For November 2026 purchases[^\n]*10 December 2026/);
    expect((ask('口座振替にしないと無料にはならないってこと？').slots as Slots).method).toBe('auto_debit');
  });
});

describe('session 34: the last round (blind sets 305–308)', () => {
  it.each([
    ['remnd me abt the dedline plz, i use the postcrd', 'reminder_subscribe'],
    ['Can I get an extension? I get paid on the 30th', 'late_payment'],
    ["Does closing my account cancel any bill that's left?", 'withdrawal'],
    ['はがき払いのリマインドだけ消してもらえますか', 'reminder_unsubscribe'],
    ["remind me 3 days before, don't stop", 'reminder_subscribe'],
  ])('%s → %s', (text, intent) => {
    expect(ask(text).intent).toBe(intent);
  });
});

describe('session 35: blind sets 309–312', () => {
  it('「…期限いつ？あとリマインダーって設定できる？」 gets the deadline and how reminders are set', () => {
    const a = ask('先月買い物してはがきで払う予定なんだけど、期限いつ？あとリマインダーって設定できる？');
    expect(a.text).toMatch(/はがき請求書で払う場合、期限は/);
    expect(a.text).toMatch(/チャットでお知らせできます/);
  });
});

describe('session 35: the ways to pay turned down', () => {
  it.each([
    ["I don't have a bank account, how can I pay my atone bill?", ['auto_debit']],
    ['口座振替以外の払い方は？', ['auto_debit']],
    ['ways to pay other than the postcard?', ['postcard']],
    ['コンビニ払いじゃなくて口座振替で払いたい', ['store']],
  ])('%s turns down %j', (text, ways) => {
    expect((ask(text).slots as Slots).methodsTurnedDown).toEqual(ways);
  });

  it('「口座振替ないの？」 asks whether there is one: nothing turned down', () => {
    expect((ask('口座振替ないの？').slots as Slots).methodsTurnedDown).toBeUndefined();
  });
});

describe('session 35: reminders turned off, whatever else is said', () => {
  it('"I pay by direct debit automatically so … please turn them off" is a stop', () => {
    expect(
      ask(
        "I already pay by direct debit automatically so I don't need the reminder messages anymore, please turn them off",
      ).intent,
    ).toBe('reminder_unsubscribe');
  });
});

describe('session 35: blind sets 309–312 (tuning halves)', () => {
  it.each([
    [
      '先月の請求、完全に忘れてて、気づいたら今日もう15日で、コンビニ払いの期限の10日過ぎちゃってました…。今から払っても大丈夫？アプリ使えなくなったりする？',
      'late_payment',
    ],
    ['はがきから口座振替に変えたら、いつの請求から口座振替になる？', 'change_method'],
    ["I can't get the SMS code at checkout, what do I do? Should I send it to you?", 'sms_code_trouble'],
    ['私ってリマインダー登録してたっけ？', 'reminder_list'],
  ])('%s → %s', (text, intent) => {
    expect(ask(text, '2027-03-15T10:00:00+09:00').intent).toBe(intent);
  });

  it("「来月の口座振替、何日に落ちるとね？今月ちょっと使いすぎたけん」 is this month's purchases, debited next month", () => {
    const a = ask(
      '来月の口座振替、何日に落ちるとね？今月ちょっと使いすぎたけん残高入れとかんと',
      '2027-01-20T21:00:00+09:00',
    );
    expect(a.text).toMatch(/^2027年1月分を銀行口座からの自動振替（口座振替）で払う場合、期限は2027年3月1日/);
  });
});

describe('session 35: a switch of method supposed, and when it is paid', () => {
  it('"if I switch to direct debit now, when do I pay?" gives the first bill paid that way and its day', () => {
    const a = ask(
      'if I switch my payment method to direct debit now, when do I pay?',
      '2026-11-28T10:00:00+09:00',
    );
    expect(a.intent).toBe('change_method');
    expect(a.text).toMatch(
      /The first bill paid by automatic bank debit \(口座振替\) is then the December 2026 bill \(November 2026 purchases\), due Monday, 28 December 2026/,
    );
  });
});

describe('session 35: blind sets 313–316 (tuning halves)', () => {
  it('"let me know whether the September 20 deadline has been extended?" says it passed and does not move', () => {
    const a = ask(
      'Could you please let me know whether the postcard payment deadline of September 20 has been extended because of the Silver Week holidays? I have not paid yet.',
      '2026-09-22T10:00:00+09:00',
    );
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(
      /^August 2026 purchases were due on Sunday, 20 September 2026 \(2 days ago\): that deadline has passed/m,
    );
    const ja = ask('9月20日のはがきの期限って連休で延びた？まだ払ってない', '2026-09-22T10:00:00+09:00');
    expect(ja.text).toMatch(/^2026年8月分の期限2026年9月20日（日）は2日前に過ぎています/m);
  });

  it.each([
    [
      '1月15日に買ったやつ、コンビニ払いで…あ、ちがう、うちははがき請求書だった。期限いつ？',
      '2027-01-20T10:00:00+09:00',
      /2027年2月20日/,
    ],
    [
      '今日ポチったのと明日ポチる予定のやつ、コンビニ払いだと期限違う？',
      '2026-10-31T23:00:00+09:00',
      /2026年12月10日/,
    ],
    [
      'i use atone last time at 2023 dec 15. can i join point festival??',
      '2026-12-01T10:00:00+09:00',
      /15 December 2023/,
    ],
    ['はがきじゃない方で払う。4月3日に買ったやつはいつまで？', '2027-04-15T12:00:00+09:00', /2027年5月10日/],
  ])('%s', (text, now, expected) => {
    expect(ask(text, now).text).toMatch(expected);
  });

  it('「10月と11月に買った分、両方ともリマインドしてもらえる？」 asks for reminders', () => {
    expect(ask('10月と11月に買った分、両方ともリマインドしてもらえる？').intent).toBe('reminder_subscribe');
  });
});

describe('session 35: the last round (blind sets 317–320), tuning halves', () => {
  it.each([
    [
      '今日買ったらコンビニ払いの期限はいつ？明日買ったら？',
      '2026-11-30T10:00:00+09:00',
      [/2026年12月10日/, /2027年1月10日/],
    ],
    [
      '今月使った分と来月使う分、口座振替の日をそれぞれ教えて',
      '2027-07-31T10:00:00+09:00',
      [/2027年8月27日/, /2027年9月27日/],
    ],
    [
      'あけおめ！正月に買い物したんだけど、コンビニ払いっていつまで？',
      '2027-01-03T10:00:00+09:00',
      [/2027年2月10日/],
    ],
  ])('%s', (text, now, expected) => {
    const a = ask(text, now);
    for (const pattern of expected) expect(a.text).toMatch(pattern);
  });

  it.each([
    ['nani ga dekiru no? 🤖', 'help'],
    ['会社の経費精算でatoneの支払いの領収書が必要なんですが、発行できますか？', 'fallback'],
  ])('%s → %s', (text, intent) => {
    expect(ask(text).intent).toBe(intent);
  });
});

describe('session 35: no account is no bank debit, a paper bill missing is still the postcard', () => {
  it('「はがきがないんだけど期限いつ？」 keeps the postcard', () => {
    expect((ask('はがきがないんだけど期限いつ？').slots as Slots).method).toBe('postcard');
  });
});

describe('session 35: a deadline told missed is paying late, never a purchase', () => {
  it.each([
    [
      '1月10日のコンビニ払いの期限、過ぎちゃった',
      '2027-01-11T10:00:00+09:00',
      /2027年1月10日（日））は、もう過ぎています/,
    ],
    [
      'I forgot pay. deadline was 10 december, konbini',
      '2026-12-14T10:00:00+09:00',
      /Thursday, 10 December 2026\) has passed/,
    ],
  ])('%s', (text, now, expected) => {
    const a = ask(text, now);
    expect(a.intent).toBe('late_payment');
    expect(a.text).toMatch(expected);
  });
  it('「1月10日が期限でしたが失念しておりました」 is paying late', () => {
    expect(
      ask('1月10日が期限でしたが失念しておりました。どうすればよいでしょうか', '2027-01-11T10:00:00+09:00')
        .intent,
    ).toBe('late_payment');
  });
});

describe('session 35: the last round (blind sets 321–324), tuning halves', () => {
  it.each([
    ['バーコード払い 今日まで？', '2026-11-10T10:00:00+09:00', 'deadline'],
    ['/atone', '2026-11-10T10:00:00+09:00', 'help'],
    [
      "Stop the reminders — actually no, don't stop them, just change them to 2 days before.",
      '2026-11-10T10:00:00+09:00',
      'reminder_subscribe',
    ],
    ['12月分まだ払えてない。今日25日だけどまた手数料増える？', '2026-12-25T10:00:00+09:00', 'late_payment'],
    [
      'セブンでコンビニ端末払いしようとしたらできなかった。期限10日なのにどうしよ',
      '2026-11-10T10:00:00+09:00',
      'convenience_store_chains',
    ],
    [
      'Banks are closed from the 31st to the 3rd, right? Does that change the direct debit date for what I bought in December?',
      '2026-12-28T10:00:00+09:00',
      'deadline',
    ],
    ['口座振替で、今日引き落とされるのは何月分？', '2027-04-27T10:00:00+09:00', 'deadline'],
    ['次から忘れないように口座振替にしたい', '2027-01-12T10:00:00+09:00', 'change_method'],
  ])('%s → %s', (text, now, intent) => {
    expect(ask(text, now).intent).toBe(intent);
  });

  it('"kouza motte nai kara konbini de haraitai" is the konbini, no bank debit', () => {
    const slots = ask('kouza motte nai kara konbini de haraitai. kigen itsu?', '2026-12-27T10:00:00+09:00')
      .slots as Slots;
    expect(slots).toMatchObject({ method: 'store', methodsTurnedDown: ['auto_debit'] });
  });
});

describe('session 36: a day counted back from the deadline, asked as a date', () => {
  it('「はがきの期限の前日って何曜日？」 is the 19th, a Saturday (not the deadline’s own day)', () => {
    const a = ask('はがきの期限の前日って何曜日？');
    expect(a.text.split('\n')[0]).toMatch(/前日は、2026年12月19日（土）です/);
  });

  it('「期限の3日前って何日？」 gives that day for every way', () => {
    const a = ask('期限の3日前って何日？');
    expect(a.text).toMatch(/電子バーコードの期限（2026年12月10日（木））の3日前は、2026年12月7日（月）です/);
    expect(a.text).toMatch(/はがき請求書の期限（2026年12月20日（日））の3日前は、2026年12月17日（木）です/);
  });

  it('"what date is 2 days before the postcard deadline?" is a date, not a reminder offer', () => {
    const a = ask('what date is 2 days before the postcard deadline?');
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(/is Friday, 18 December 2026/);
  });

  it('"remind me 2 days before the postcard deadline" is still a reminder request', () => {
    expect(ask('remind me 2 days before the postcard deadline').intent).toBe('reminder_subscribe');
  });
});

describe('session 36: a change of method told as done on a day gone by', () => {
  it('"I changed … to direct debit on November 20", asked on 1 December: already this month’s bill', () => {
    const a = ask('I changed my payment method to direct debit on November 20', '2026-12-01T10:00:00+09:00');
    expect(a.intent).toBe('change_method');
    expect(a.text).toMatch(/applies from the December 2026 bill onwards, so it already applies now/);
    expect(a.text).toMatch(/due Monday, 28 December 2026/);
    expect(a.text).not.toMatch(/A change made today/);
  });

  it('「12月1日に口座振替に変えたらいつから？」 supposes a change: not one told done', () => {
    const a = ask('12月1日に口座振替に変えたらいつから？', '2026-12-01T10:00:00+09:00');
    expect(a.text).toMatch(/今日変更すると、2027年1月以降の請求から/);
  });
});

describe('session 36: blind sets 325–328', () => {
  it.each([
    ['はがきの〆切っていつ？', 'deadline', /はがき請求書で払う場合、期限は2026年12月20日/],
    ['りまいんだーせっていしたい', 'reminder_subscribe', /お知らせ/],
    ['3軒でつかったら何ポイントもらえるの', 'campaign_eligibility', /500/],
    ['Amazonの支払いってアトネ以外に何があるの？', 'amazon_payment_methods', /クレジットカード/],
    ['what else can I pay with on amazon besides atone?', 'amazon_payment_methods', /credit cards/],
  ])('%s → %s', (text, intent, answer) => {
    const a = ask(text);
    expect(a.intent).toBe(intent);
    expect(a.text).toMatch(answer);
  });

  it('「Amazonでアトネ以外の後払いってある？」 is still the pay-later there', () => {
    expect(ask('Amazonでアトネ以外の後払いってある？').intent).toBe('amazon');
  });

  it('"when is my May bill taken by direct debit?" is the bill of May: the 29th (the 27th a Saturday)', () => {
    const a = ask('when is my May bill taken by direct debit?', '2028-04-20T10:00:00+09:00');
    expect(a.text).toMatch(
      /For April 2028 purchases paid by automatic bank debit \(口座振替\), the deadline is Monday, 29 May 2028/,
    );
    expect((ask('i may pay late').slots as Slots).date).toBeUndefined();
  });

  it('"I pay that ten times?" of a fee just told is the fee per purchase', () => {
    expect(ask('so if I buy 10 things in a month with the postcard I pay that ten times?').intent).toBe(
      'fees',
    );
  });
});

describe('session 36: blind sets 325–328, the untouched halves’ kinds in other words', () => {
  it.each([
    ['はがきと口座振替ってどっちが安い？', 'fees', /口座振替）: 無料/],
    ['atoneって6回払いとかできる？', 'installments_atone_plus', /分割/],
    [
      'besides the postcard, how else can I pay?',
      'payment_methods',
      /^Besides postcard bill \(はがき請求書\), there are 3 ways to pay:/m,
    ],
    ['merry christmas!', 'fallback', /^Happy holidays! I'm atone-bot\./],
    ['あけましておめでとう', 'fallback', /^明けましておめでとうございます。atone-bot です。/],
  ])('%s → %s', (text, intent, answer) => {
    const a = ask(text);
    expect(a.intent).toBe(intent);
    expect(a.text).toMatch(answer);
  });

  it('a bill whose notice day is past says so, and when the next one comes', () => {
    const a = ask('When does the April bill come?', '2026-04-30T10:00:00+09:00');
    expect(a.text).toMatch(
      /That day has passed\. The next bill, for April 2026 purchases, is announced by the 3rd business day of May 2026 \(Friday, 8 May 2026\)\./,
    );
  });

  it('a debit day gone by is said to have been debited, if the balance was there (no "pay now")', () => {
    const a = ask('4月分の口座振替、いつ落ちた？', '2026-06-15T10:00:00+09:00');
    expect(a.text).toMatch(
      /この引き落とし日はもう過ぎています。残高が足りていれば、その日に登録口座から引き落とされています/,
    );
    expect(a.text).not.toMatch(/すぐに払ってください/);
  });

  it('a long story ending on what the ways to pay are is the ways to pay', () => {
    const a = ask(
      'hello, long story. I moved here last year and a friend got me into atone since I have no card. I bought a desk and a lamp with it. Then an email came that I could not read. so what are the ways to pay the bill?',
    );
    expect(a.intent).toBe('payment_methods');
  });
});

describe('session 36: blind sets 329–332', () => {
  it.each([
    ['リマインダ全部けして', 'reminder_unsubscribe', /通知を解除して/],
    ['もし届かなかったら？', 'bill_not_received', /問い合わせ|contact/],
    ['金額ってどこで見れる？', 'fallback', /「ご利用明細」で確認でき/],
    ['うちの利用上限っていまいくら残ってる？', 'limit_recovery', /このボットからは見えません/],
  ])('%s → %s', (text, intent, answer) => {
    const a = ask(text);
    expect(a.intent).toBe(intent);
    expect(a.text).toMatch(answer);
  });

  it('"amazon daibiki still ok" says first that cash on delivery ended', () => {
    expect(ask('amazon daibiki still ok').text.split('\n')[0]).toMatch(
      /^Cash on delivery \(代金引換\) ended on 6 June 2024/,
    );
  });

  it('"change hagaki to furikae" is a change to the bank debit', () => {
    expect((ask('change hagaki to furikae').slots as Slots).method).toBe('auto_debit');
  });

  it('"changed to hagaki today. dec bill already hagaki?" says which bill it applies from, first', () => {
    const a = ask('changed to hagaki today. dec bill already hagaki?', '2026-12-01T10:00:00+09:00');
    expect(a.intent).toBe('change_method');
    expect(a.text.split('\n')[0]).toMatch(
      /^A change made on Tuesday, 1 December 2026 applies from the January 2027 bill onwards; the December 2026 bill stays as it was\./,
    );
  });
});

describe('session 36: blind sets 333–336', () => {
  it('a miss told in keigo, 「…失念しておりました。延滞となった場合…」, is paying late', () => {
    const a = ask(
      '大変恐縮ですが、今月20日期限のはがき請求書の支払いを失念しておりました。延滞となった場合、どのような扱いになりますでしょうか。',
      '2027-02-26T10:00:00+09:00',
    );
    expect(a.intent).toBe('late_payment');
    expect(a.text).toMatch(/延滞事務手数料100円/);
  });

  it('「今月使った分、口座振替だと12月の何日に引き落とし？」 is December’s debit: the 29th (the 27th a Saturday)', () => {
    const a = ask('今月使った分、口座振替だと12月の何日に引き落とし？', '2025-11-20T10:00:00+09:00');
    expect(a.text).toMatch(
      /2025年11月分を銀行口座からの自動振替（口座振替）で払う場合、期限は2025年12月29日（月）/,
    );
  });

  it('「期限の1週間前っていつ？」 counts a week back', () => {
    const a = ask('今日買ったのをはがき払いにする。期限の1週間前っていつ？', '2027-03-31T23:59:00+09:00');
    expect(a.text).toMatch(/の7日前は、2027年4月13日（火）です/);
  });

  it('a date taken back in the same message is not a purchase: 「…すみません間違えました10月1日でした」, "oops no, it was feb 1st"', () => {
    expect(
      (ask('9月30日に買い物しました、すみません間違えました10月1日でした。口座振替だといつ？').slots as Slots)
        .dates,
    ).toBeUndefined();
    expect(
      (ask('bought it jan 31... oops no, it was feb 1st. paper bill. due when?').slots as Slots).date,
    ).toMatchObject({
      source: 'feb 1st',
    });
  });

  it.each([
    ['is there a fee when it’s auto debited from my bank', 'fees', /^No\. Paying by automatic bank debit/],
    ['can i pay my atone bill w/ paypay', 'payment_methods', /^No\. PayPay is not one of the ways/],
    ['just bought a tablet, like right now', 'deadline', /purchases, the deadline depends on how you pay/],
  ])('%s → %s', (text, intent, answer) => {
    const a = ask(text);
    expect(a.intent).toBe(intent);
    expect(a.text).toMatch(answer);
  });

  it('"…I just want to be sure: what’s the last day I can pay, and do I get charged any fee?" answers both', () => {
    const a = ask(
      "I bought sneakers on Oct 31 with the postcard invoice. I just want to be sure: what's the last day I can pay, and do I get charged any fee for the postcard?",
      '2026-11-05T18:40:00+09:00',
    );
    expect(a.text).toMatch(/the deadline is Friday, 20 November 2026/);
    expect(a.text).toMatch(/209 yen/);
  });
});

describe('session 36: the last round (blind sets 337–340), its kinds', () => {
  it.each([
    ['初めてネットショップでアトネ払い選んでみたいんですが、レジでの手順を教えてください', 'how_to_use'],
    ['口座振替の引き落とし、失敗してたみたい…', 'late_payment'],
    ['My direct debit failed yesterday - insufficient funds', 'late_payment'],
    ['Amazonでデビットカードだと、いつ引き落とされるんだっけ', 'amazon_payment_methods'],
    ['わかった、ありがと', 'fallback'],
  ])('%s → %s', (text, intent) => {
    expect(ask(text).intent).toBe(intent);
  });

  it('early in a month, before its 3rd business day, the bill on its way is last month’s', () => {
    expect(ask('請求メールっていつ届く？', '2027-01-02T10:00:00+09:00').text).toMatch(
      /たとえば2026年12月分は、2027年1月の第3営業日（2027年1月6日（水））までに/,
    );
  });

  it('"remind me that morning" is the day itself', () => {
    expect((ask('remind me that morning').slots as Slots).leadDays).toEqual([0]);
  });
});

describe('session 37: questions of blind sets 341–360, read as asked', () => {
  it.each([
    ['and tesuryo?', 'fees', '2026-11-28T10:00:00+09:00'],
    ['what is honnin kakunin, why i need it?', 'identity_verification', '2026-11-28T10:00:00+09:00'],
    [
      'what payment way atone have? i dont have bank account in japan yet',
      'payment_methods',
      '2026-11-28T10:00:00+09:00',
    ],
    ["what's konbini payment?", 'payment_methods', '2026-11-28T10:00:00+09:00'],
    [
      'SMSの認証コードがとどきません、、どうしたらいいですか',
      'sms_code_trouble',
      '2026-11-28T10:00:00+09:00',
    ],
    [
      'Can I use atone at 7-Eleven for shopping? not paying a bill, buying stuff',
      'code_payment_in_store',
      '2026-11-28T10:00:00+09:00',
    ],
    ['PayPayでアトネ払えへんの？', 'payment_methods', '2026-11-28T10:00:00+09:00'],
    ['Amazon Payでアトネの請求払える？', 'payment_methods', '2026-11-28T10:00:00+09:00'],
    ['アプリ専用カードをApple Payに登録できる？', 'app_card', '2026-11-28T10:00:00+09:00'],
    [
      'I bought something on Amazon with Paidy on Jan 5, when is it due?',
      'fallback',
      '2026-11-28T10:00:00+09:00',
    ],
    ['明日牛乳買うのリマインドして', 'fallback', '2026-11-28T10:00:00+09:00'],
    ['can you set an alarm to wake me up at 7am?', 'fallback', '2026-11-28T10:00:00+09:00'],
    [
      '二重で払っちゃったかも…11月10日期限の分。返ってくる？',
      'overpaid_or_double_paid',
      '2026-11-28T10:00:00+09:00',
    ],
    ['did i set a reminder for the jan 10 deadline?', 'reminder_list', '2027-01-08T10:00:00+09:00'],
  ])('%s → %s', (text, intent, now) => {
    expect(ask(text, now).intent).toBe(intent);
  });

  it('「2年前の11月が最後の利用」 asked in March 2025 is November 2023: the lottery', () => {
    const a = ask(
      '2年前の11月が最後の利用です。対象になるキャンペーンを教えてください',
      '2025-03-01T10:00:00+09:00',
    );
    expect(a.text).toMatch(/2023年11月/);
  });

  it('「2月に買うもの」 asked in December is next February: due 20 March 2027, not past', () => {
    const a = ask('2月に買うものはがきで払ったらいつまで？', '2026-12-28T10:00:00+09:00');
    expect(a.text).toMatch(/2027年3月20日/);
    expect(a.text).not.toMatch(/過ぎています/);
  });

  it('「口座振替ってきょう引き落とし？27日じゃないの？」 on 28 December: yes, today (27th is a Sunday)', () => {
    const a = ask('口座振替ってきょう引き落とし？27日じゃないの？', '2026-12-28T10:00:00+09:00');
    expect(a.text).toMatch(/^はい、2026年11月分/);
    expect(a.text).toMatch(/2026年12月28日（月）です（今日）/);
  });

  it('「はがき払い、昨日までだったよね？まだ払ってない」 says it passed and what being late means', () => {
    const a = ask('はがき払い、昨日までだったよね？まだ払ってない', '2026-01-21T10:00:00+09:00');
    expect(a.text).toMatch(/2026年1月20日（火）でした（1日前に過ぎています）/);
    expect(a.text).toMatch(/延滞事務手数料100円/);
  });

  it('「2月分 口座振替 引落し日と手数料」: the debit day (29 March, the 27th a Saturday) and the fee', () => {
    const a = ask('2月分 口座振替 引落し日と手数料', '2027-03-10T10:00:00+09:00');
    expect(a.text).toMatch(/2027年3月29日（月）/);
    expect(a.text).toMatch(/請求手数料: 無料/);
  });

  it('「コンビニの期限と手数料…あと口座振替なら何日？」 gives both ways, with their fees', () => {
    const a = ask('コンビニの期限と手数料おしえて〜 あと口座振替なら何日？', '2026-10-26T10:00:00+09:00');
    expect(a.text).toMatch(/コンビニ端末・銀行ATM（Pay-easy）: 2026年11月10日/);
    expect(a.text).toMatch(/請求手数料: .*209円/);
    expect(a.text).not.toMatch(/支払い方法を教えてもらえれば/);
  });

  it('"Dec 20 is a Sunday. If I pay my postcard bill on Monday the 21st…": late, the 20th is no purchase', () => {
    const a = ask(
      'Dec 20 is a Sunday. If I pay my postcard bill on Monday the 21st, is that still ok?',
      '2026-12-20T10:00:00+09:00',
    );
    expect(a.text).toMatch(/^Not in time: 21 December is after the deadline \(20 December\)/);
  });
});

describe('session 37: a setting that cannot be, asked without a chat', () => {
  it.each(['30日前にリマインドして', '毎月25時に通知して'])(
    '%s says the limits, and offers nothing',
    (text) => {
      const a = ask(text);
      expect(a.text).toMatch(/その設定はできません。お知らせは期限の当日から14日前まで/);
      expect(a.actions ?? []).toEqual([]);
    },
  );
});

describe('session 37: learners’ spellings (blind sets 363–364)', () => {
  it.each([
    ['デッドライン は？', 'deadline'],
    ['バーコード の フィー は いくら', 'fees'],
  ])('%s → %s', (text, intent) => {
    expect(ask(text).intent).toBe(intent);
  });

  it('"bought 13/05, konbini" is 13 May, written day first; "24/7 support" is no date', () => {
    expect(ask('bought 13/05, konbini', '2026-05-20T10:00:00+09:00').text).toMatch(/May 2026 purchases/);
    expect(ask('24/7 support', '2026-05-20T10:00:00+09:00').intent).not.toBe('deadline');
  });
});

describe('session 37: a deadline and a fee asked together', () => {
  it.each(['はがきの期限と手数料おしえて', 'はがき の 期限 と フィー おしえて'])(
    '%s gives the deadline and the fee',
    (text) => {
      const a = ask(text, '2028-03-01T10:00:00+09:00');
      expect(a.intent).toBe('deadline');
      expect(a.text).toMatch(/2028年3月20日/);
      expect(a.text).toMatch(/請求手数料: 209円/);
    },
  );
});

describe('session 38: courtesies at the end of a chat', () => {
  it.each(['来月もよろしく', 'また来月もよろしくね', 'ok see you next month'])(
    '%s is answered kindly',
    (text) => {
      const a = ask(text);
      expect(a.intent).toBe('fallback');
      expect(a.text).toMatch(/またいつでもどうぞ|Bye! Ask me any time/);
    },
  );
});

describe('session 38: blind sets 365–368, read as asked', () => {
  it.each([
    [
      'today was my direct debit day for November, but I think the money was not in my account',
      'late_payment',
      '2026-12-28T20:00:00+09:00',
    ],
    ['will the auto debit date change?', 'deadline', '2026-12-01T10:00:00+09:00'],
    [
      'today I am buying, tomorrow is new year and bank is closed, so auto debit date will change?',
      'deadline',
      '2026-12-31T10:00:00+09:00',
    ],
    [
      'Jan 10 is a Sunday. Can I pay the convenience store bill on Monday 11th without problem?',
      'deadline',
      '2027-01-05T10:00:00+09:00',
    ],
    [
      'if I change to auto debit, when will the first debit be?',
      'change_method',
      '2026-12-01T10:00:00+09:00',
    ],
  ])('%s → %s', (text, intent, now) => {
    expect(ask(text, now).intent).toBe(intent);
  });

  it('"Can I pay the convenience store bill on Monday 11th?" says it is after the deadline', () => {
    expect(
      ask(
        'Jan 10 is a Sunday. Can I pay the convenience store bill on Monday 11th without problem?',
        '2027-01-05T10:00:00+09:00',
      ).text,
    ).toMatch(/Not in time: 11 January is after the deadline \(10 January\)/);
  });
});

describe('session 38: a stop turned down, and goodbyes (blind sets 370–372)', () => {
  it('「リマインダー、止めないでください。ところで手数料っていくら？」 answers the fee', () => {
    const a = ask('リマインダー、止めないでください。ところで手数料っていくら？バーコードです');
    expect(a.intent).toBe('fees');
    expect(a.text).toMatch(/209円/);
  });

  it.each([
    ["please DON'T cancel my reminders, I just want to see them", 'reminder_list'],
    ["I don't want to stop the reminders, I want to change them to 5 days before", 'reminder_subscribe'],
  ])('%s → %s', (text, intent) => {
    expect(ask(text).intent).toBe(intent);
  });

  it.each(['ok bye 👋', 'cool, bye', 'thanks, bye!'])('%s is a goodbye', (text) => {
    expect(ask(text).text).toMatch(/^Bye! Ask me any time\./);
  });
});

describe('session 38: blind sets 373–376, read as asked', () => {
  it.each([
    ['hi, first time using atone. by when do i need to pay?', 'deadline'],
    ['リマインダーって設定できる？', 'reminder_subscribe'],
    ['リマインダー設定できてる？', 'reminder_list'],
    ["I missed last month's payment, what happens now?", 'late_payment'],
    ['先月の支払い忘れてた、どうなる？', 'late_payment'],
    ['いや、解除はせんでええです', 'reminder_list'],
  ])('%s → %s', (text, intent) => {
    expect(ask(text, '2026-11-28T10:00:00+09:00').intent).toBe(intent);
  });

  it('"does amazon have some pay later option? since atone dont work there" leads with Paidy, not "No."', () => {
    expect(ask('does amazon have some pay later option? since atone dont work there').text).toMatch(
      /^To pay later on Amazon, use Amazon's own あと払い \(Paidy\)/,
    );
  });
});

describe('session 38: a day by its name', () => {
  it('"Christmas Eve purchase, direct debit" is 24 December, debited 27 January', () => {
    const a = ask(
      'Christmas Eve purchase, direct debit — which day will the money leave my account?',
      '2026-12-26T11:00:00+09:00',
    );
    expect(a.text).toMatch(/27 January 2027/);
    expect(a.text).not.toMatch(/^For November 2026 purchases/);
  });
});

describe('session 39: blind set 379, read as asked', () => {
  it.each([
    ["before I set the reminder - what's the fee for paying by postcard?", 'fees'],
    ['リマインダー設定する前に聞きたいんやけど、はがきの手数料なんぼ？', 'fees'],
    ['just checking, u didnt sign me up for anything right?', 'reminder_list'],
  ])('%s → %s', (text, intent) => {
    expect(ask(text, '2026-11-29T14:00:00+09:00').intent).toBe(intent);
  });

  it('"konbini de harau kara 2-ka mae ni oshiete hoshii" asks for 2 days before', () => {
    expect(ask('konbini de harau kara 2-ka mae ni oshiete hoshii').slots).toMatchObject({ leadDays: [2] });
  });

  it('「…まだ間に合う？リマインダー遅いわ〜」 on the day is that deadline, today; the gripe asks nothing', () => {
    const a = ask(
      '今日はがきの期限って聞いたけどまだ間に合う？リマインダー遅いわ〜',
      '2027-01-20T22:30:00+09:00',
    );
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(/2027年1月20日（水）です（今日）/);
  });
});

describe('session 39: blind set 378, read as asked', () => {
  it('romaji with an emoji, "uketsuke bangou wakaran😭 doko?", is read as the romaji', () => {
    const a = ask('uketsuke bangou wakaran😭 doko?');
    expect(a.intent).toBe('payment_number_lookup');
    expect(a.lang).toBe('ja');
  });

  it('a cancelled purchase and "any steps before the deadline (期限の1月20日)?" is the cancellation answer', () => {
    const a = ask(
      'お世話になっております。12月5日にはがき払いで購入した商品をキャンセルした場合、期限の1月20日までに何か手続きは必要でしょうか',
      '2027-01-08T10:00:00+09:00',
    );
    expect(a.intent).toBe('cancel_return_refund');
    expect(a.text).not.toMatch(/2027年1月20日に買う分/);
  });
});

describe('session 39: blind set 380, answered in full', () => {
  it('「Amazon Payってなに？atoneとちがうの？」 says what it is, not a bare 「いいえ。」', () => {
    const a = ask('Amazon Payってなに？atoneとちがうの？');
    expect(a.text).toMatch(/^Amazon Payは、/m);
    expect(a.text).not.toMatch(/いいえ/);
    expect(ask('Amazon Payでatoneは使える？').text).toMatch(/^いいえ。/m);
  });

  it('a way’s fee says which way is free; "cheapest AND latest deadline" gets the 27th too', () => {
    expect(ask('i use the postcard, why am i paying 209 yen every month').text).toMatch(
      /Only automatic bank debit \(口座振替\) is free\./,
    );
    expect(ask('which payment is cheapest AND has the latest deadline').text).toMatch(
      /the 27th of each month/,
    );
  });

  it('「先月…買い物して、今月はがきが届いた…期限もいつまで？」 is one bill, its fee said', () => {
    const a = ask(
      'あのー、長文すみません。先月はじめてアトネでネットの服屋さんで買い物して、今月はがきが届いたんですけど、コンビニで払うのって手数料かかるんですか？あと期限もいつまでか知りたいです。',
      '2026-12-03T21:40:00+09:00',
    );
    expect(a.text).toMatch(/2026年12月20日/);
    expect(a.text).toMatch(/209円/);
    expect(a.text).not.toMatch(/2026年12月に買った分/);
  });
});

describe('session 39: a second question after "is it true, and if…"', () => {
  it('"…bank account payment is free?? is it true, and if I switch now which bill does it start from?" answers both', () => {
    const a = ask(
      'my coworker said bank account payment is free?? is it true, and if I switch now which bill does it start from? sorry for my english',
      '2026-11-20T16:30:00+09:00',
    );
    expect(a.text).toMatch(/free/);
    expect(a.text).toMatch(/applies from the December 2026 bill onwards/);
  });
});

describe('session 39: the debit day put forward with an errand after it', () => {
  it('"is the auto debit today? need to move money…" is the deadline, without the holiday rule', () => {
    const a = ask(
      'is the auto debit today? need to move money to my account lol',
      '2026-12-01T10:00:00+09:00',
    );
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(/^No\. .*Monday, 28 December 2026/);
    expect(a.text).not.toMatch(/When the 27th falls on a weekend/);
  });

  it('「口座振替の引き落としって今日やったっけ？」 is the deadline', () => {
    const a = ask('口座振替の引き落としって今日やったっけ？', '2026-12-01T10:00:00+09:00');
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(/^いいえ、.*2026年12月28日/);
  });
});

describe("session 40: the order itself is the shop's (paraphrases written blind, measure half)", () => {
  it.each([
    '先日atoneで決済した商品につきまして、発送予定日を1週間過ぎてもまだ到着しておりません。どちらへお問い合わせすればよろしいでしょうか。',
    '注文したのと違う色のがとどきました。あとねで後払いにしたやつなんですけど、アトネさんに言えばいいんですか？それともお店？',
    'アトネで買い物した荷物がいまどこにあるか知りたいです。追跡番号ってアトネのアプリで見れたりしますか？',
    'お届け予定日すぎてるのに配送が遅れてるみたいなんだけだ、atoneのほうで何か状況わかったりしますか',
    'Good afternoon. I placed an order using atone deferred payment and the estimated delivery date has already passed. Could you please advise me on how to check its status?',
    'recieved the wrong item from my order, paid thru atone. what shoud i do',
    "Is there any way to track my package in the atone app? I can't find a tracking number anywhere.",
    'Delivery is very late. The shop not reply to my mail since 5 days. Can atone help me to contact them? I paid by atone.',
  ])('%s', (text) => {
    const a = ask(text, '2026-12-01T10:00:00+09:00');
    expect(a.intent).toBe('fallback');
    expect(a.text).toMatch(/購入したお店|the shop you bought from/);
  });

  it('"my order hasn\'t arrived 😭" (a verb with its ending) is the shop\'s too', () => {
    const a = ask("my order hasn't arrived 😭");
    expect(a.intent).toBe('fallback');
    expect(a.text).toMatch(/the shop you bought from/);
  });

  it("a bill, an SMS code or a refund not come stays atone's", () => {
    expect(ask('請求書が届かない').intent).toBe('bill_not_received');
    expect(ask('SMSが届かない').intent).toBe('sms_code_trouble');
    expect(ask('返品したい、サイズが合わなかった').intent).toBe('cancel_return_refund');
  });
});

describe('session 40: blind sets 385–388 (tuning halves)', () => {
  it('「りようていしって でたんだけど はらったら いつ つかえるように なる?」 (kana) is a suspension', () => {
    const a = ask(
      'りようていしって でたんだけど はらったら いつ つかえるように なる?',
      '2027-02-05T08:30:00+09:00',
    );
    expect(a.intent).toBe('suspended_after_overdue');
    expect(a.text).toMatch(/2〜3営業日/);
  });

  it('"what is haru no point matsuri? how many points do i get" is the campaigns, with their points', () => {
    const a = ask('what is haru no point matsuri? how many points do i get', '2026-12-01T10:00:00+09:00');
    expect(a.intent).toBe('campaigns');
    expect(a.text).toMatch(/300 points[\s\S]*500 points/);
  });

  it('"how much is the barcode fee and until when I must pay?" gives the deadline and the fee', () => {
    const a = ask('how much is the barcode fee and until when I must pay?', '2026-12-01T10:00:00+09:00');
    expect(a.intent).toBe('deadline');
    expect(a.text).toMatch(/10 December 2026/);
    expect(a.text).toMatch(/209 yen/);
  });

  it('「セブンでバーコード払いはいける？」 is a yes; the terminal there a no', () => {
    expect(ask('セブンでバーコード払いはいけるん?').text).toMatch(/^はい、セブン-イレブンでは/);
    expect(ask('can i pay the barcode at 7-eleven?').text).toMatch(/^Yes\. At 7-Eleven/);
    expect(ask('can I use the pay-easy number at 7-eleven?').text).toMatch(/^No\. At 7-Eleven/);
  });

  it('"can i pay with atone in an actual shop?" is paying in a shop, by code', () => {
    expect(ask('can i pay with atone in an actual shop?').intent).toBe('code_payment_in_store');
  });
});

describe('session 40: blind sets 385–388 (measure halves, after their first run), single questions', () => {
  it('"Is there a fee for auto debit, even when the debit date moves to the 28th?" is the fee', () => {
    const a = ask('Is there a fee for auto debit, even when the debit date moves to the 28th?');
    expect(a.intent).toBe('fees');
    expect(a.text).toMatch(/^No\. .*free/);
  });

  it('"Deadline is today … 7-Eleven. Can I pay with the konbini terminal (Pay-easy) number there?" is no', () => {
    const a = ask(
      'Deadline is today and the only store near me is a 7-Eleven. Can I pay with the konbini terminal (Pay-easy) number there?',
      '2026-12-10T09:00:00+09:00',
    );
    expect(a.intent).toBe('convenience_store_chains');
    expect(a.text).toMatch(/^No\. At 7-Eleven/);
  });
});

describe('session 40: blind sets 391–392 (scored once first, then these kinds fixed)', () => {
  it("a missed payment in dialect or learners' English asks what follows", () => {
    for (const text of [
      '11月分の支払い、10日までにコンビニで払うん完全に忘れてもうた…どないなるん？',
      'i forget pay atone by 10th. what happen now? i can still use?',
      'はがきの期限ば過ぎてしもうたばい。どげんなると？',
    ])
      expect(ask(text, '2026-12-12T10:00:00+09:00').intent, text).toBe('late_payment');
  });

  it('「セブンで受付番号使って端末払いしようとしたけどできへんかった」 is the chain (できへんかった is no 来)', () => {
    expect(ask('セブンで受付番号使って端末払いしようとしたけどできへんかった。なんで？').intent).toBe(
      'convenience_store_chains',
    );
  });

  it('"what\'s the usage limit on atone, is it per month?" says it is cumulative', () => {
    const a = ask("new user here. what's the usage limit on atone, is it per month?");
    expect(a.intent).toBe('limit_recovery');
    expect(a.text).toMatch(/cumulative, not monthly/);
  });
});
