import { describe, expect, it } from 'vitest';
import { ask } from '../helpers/ask.js';

describe('deadline intent', () => {
  it.each([
    ['11月15日にコンビニ払いで買った。いつまで？', '2026-11-27T10:00:00+09:00', /2026年12月10日（木）/],
    [
      '12月31日の買い物を口座振替で払うといつ引き落とし？',
      '2027-01-05T12:00:00+09:00',
      /2027年1月27日（水）/,
    ],
    ['1月に口座振替で使った分は？', '2027-02-10T12:00:00+09:00', /2027年3月1日（月）/],
    ['はがき請求書の期限', '2026-11-27T10:00:00+09:00', /2026年12月20日（日）/],
    ['I bought on Nov 15th, paying by barcode', '2026-11-27T10:00:00+09:00', /Thursday, 10 December 2026/],
    ['last month, direct debit: when?', '2026-12-05T10:00:00+09:00', /Monday, 28 December 2026/],
  ])('%s (at %s)', (question, now, expected) => {
    const answer = ask(question, now);
    expect(answer.intent).toBe('deadline');
    expect(answer.text).toMatch(expected);
  });

  it('a deadline put forward to check gets yes or no first (「はがきの期限って10日？」 "is it the 10th?")', () => {
    const now = '2026-11-28T10:00:00+09:00';
    expect(ask('はがきの期限って10日？', now).text).toMatch(/^いいえ、.*2026年12月20日/);
    expect(ask('is the konbini deadline the 10th?', now).text).toMatch(/^Yes\. .*10 December 2026/);
    // The rule's day, moved this time: right as a rule, not this time.
    expect(ask('口座振替って27日だよね？', now).text).toMatch(
      /^原則は毎月27日ですが、今回はずれます。\n.*2026年12月28日/,
    );
    // No method named: which ones are due that day.
    expect(ask('is it due on the 10th?', now).text).toMatch(
      /^The 10th is the deadline for convenience store terminal .* and app barcode/,
    );
    expect(ask('期限って15日？', now).text).toMatch(/^15日が期限の支払い方法はありません。/);
  });

  it('explains why a 27th moved', () => {
    expect(ask('口座振替の期限', '2026-12-01T10:00:00+09:00').text).toMatch(/12月27日が日曜日のため/);
  });

  it('says when the deadline has passed, with what that means', () => {
    const answer = ask('先月コンビニ払いで買った分の期限は？', '2026-12-15T10:00:00+09:00');
    expect(answer.text).toMatch(/2026年12月10日（木）/);
    expect(answer.text).toMatch(/過ぎています/);
    expect(answer.text).toMatch(/延滞事務手数料/);
  });

  it('a question whether it moves (「正月休みでずれたりする？」 "does it move?") gets the rule, on a weekday too', () => {
    for (const text of [
      'はがきの期限、正月休みでずれたりする？',
      'does the barcode deadline move on a holiday?',
    ])
      expect(ask(text, '2027-01-03T10:00:00+09:00').text).toMatch(
        /ずれるという情報はありません|No source says the 10th or the 20th moves/,
      );
  });

  it('does not say "pay by then" of a deadline already past, even when it fell on a weekend', () => {
    const answer = ask('2025年12月3日に買った。コンビニ払いの期限は？', '2026-11-28T10:00:00+09:00');
    expect(answer.text).toMatch(/2026年1月10日（土）です（\d+日前に過ぎています）/);
    expect(answer.text).not.toMatch(/その日までに/);
  });

  it('never promises that the 10th or the 20th moves', () => {
    const answer = ask('はがきの期限が日曜なら延びる？', '2026-11-27T10:00:00+09:00');
    expect(answer.text).toMatch(/ずれるという情報はありません/);
    expect(answer.text).not.toMatch(/20日[^。]*翌営業日/);
  });

  it('answers an impossible date clearly', () => {
    const answer = ask('2月30日にコンビニで買いました。期限は？');
    expect(answer.intent).toBe('deadline');
    expect(answer.text).toMatch(/「2月30日」は存在しない日付です/);
  });

  it('lists every method with its next date when no method is named', () => {
    const answer = ask('支払い期限はいつ？', '2026-11-28T10:00:00+09:00');
    expect(answer.text).toMatch(
      /コンビニ[\s\S]*12月10日[\s\S]*はがき[\s\S]*12月20日[\s\S]*口座振替[\s\S]*12月28日/,
    );
    // On the 27th itself, the debit due today comes first.
    expect(ask('支払い期限はいつ？', '2026-11-27T10:00:00+09:00').text).toMatch(
      /口座振替）: 2026年11月27日（金）（今日/,
    );
    // One button to be reminded, which asks for the method; a single method's answer names it.
    expect(answer.actions?.map((a) => a.id)).toEqual(['reminder.subscribe']);
    expect(ask('口座振替の期限は？').actions?.map((a) => a.id)).toEqual(['reminder.subscribe:auto_debit']);
  });

  it('a purchase whose deadline has passed, or asked "when", gets the deadline, which says what lateness means', () => {
    const passed = ask(
      'I made a purchase on Dec 3 and chose convenience store payment. Did I miss the deadline?',
      '2026-01-13T09:00:00+09:00',
    );
    expect(passed.intent).toBe('deadline');
    expect(passed.text).toMatch(/10 January 2026 \(3 days ago\)/);
    // Without a date, a missed deadline is the late-payment answer.
    const forgot = ask('昨日がコンビニ払いの期限だったの忘れてた！どうなる？', '2026-12-11T10:00:00+09:00');
    expect(forgot.intent).toBe('late_payment');
    expect(forgot.text).toMatch(/100円/);
  });
});

describe('what a way to pay is', () => {
  it('「口座振替って何？」 "what is 口座振替?" explain that way first, then name the others', () => {
    for (const text of ['口座振替って何？', 'what does 口座振替 mean?']) {
      const answer = ask(text);
      expect(answer.intent).toBe('payment_methods');
      expect(answer.text).toMatch(
        /^(銀行口座からの自動振替（口座振替）: 期限は毎月27日|automatic bank debit \(口座振替\): due the 27th)/,
      );
    }
    expect(ask('はがき請求書って何？').text).toMatch(/^はがき請求書: 期限は毎月20日/);
  });
});

describe('a deadline that is today', () => {
  it('asks a bank debit user to have the money there, and others to pay today', () => {
    const debit = ask('口座振替の期限は？', '2026-12-28T10:00:00+09:00');
    expect(debit.text).toMatch(/今日が引き落とし日です。口座の残高が足りているか確認してください。/);
    expect(debit.text).not.toMatch(/今日中に払って/);
    const store = ask('when is the konbini deadline?', '2026-12-10T10:00:00+09:00');
    expect(store.text).toMatch(/That is today: pay today if you have not yet\./);
  });
});

describe('whether a date moves', () => {
  it('is the deadline’s question, read however it was (「口座振替って年末年始でずれたりする？」)', () => {
    const answer = ask('口座振替って年末年始で日にちずれたりする？', '2026-11-28T10:00:00+09:00');
    expect(answer.intent).toBe('deadline');
    expect(answer.text).toMatch(/^口座振替の27日が土日・祝日・年末年始/);
    expect(ask('リマインダーの時間ずらせる？', '2026-11-28T10:00:00+09:00').intent).not.toBe('deadline');
  });
});

describe('whether the due day is a day off', () => {
  it('"can I pay on Monday?" beside a Sunday gets no yes', () => {
    const text = ask(
      'the barcode deadline is a sunday, can I pay on monday?',
      '2026-12-20T18:00:00+09:00',
    ).text;
    expect(text).not.toMatch(/^Yes/);
  });
});

describe('session 30: a day put forward as the deadline is no purchase', () => {
  it('"I buy on september 5… deadline is tomorrow saturday?" asks of one purchase', () => {
    const a = ask(
      'hello, I buy on september 5 with konbini payment. deadline is tomorrow saturday? or it move to monday?',
      '2026-10-09T22:30:00+09:00',
    );
    expect(a.text).toMatch(/10 October 2026/);
    expect(a.text).not.toMatch(/Buying 10 October/);
    const ja = ask('9月5日にコンビニ払いで買った。期限って明日？', '2026-10-09T22:30:00+09:00');
    expect(ja.text).toMatch(/^はい、/);
    expect(ja.text).not.toMatch(/10月10日に買う分/);
  });

  it('"Is new year a problem?" is the holidays, not a January purchase', () => {
    const a = ask(
      "Bought something today, new year's eve lol. Direct debit - when does it get taken out? Is new year a problem?",
      '2027-12-31T12:00:00+09:00',
    );
    expect(a.text).toMatch(/27 January 2028/);
    expect(a.text).not.toMatch(/Bought January 2027/);
  });
});

describe('session 30: blind set 203 (tuning half)', () => {
  it('"had to pay by June 10 this month, right?" checks June 10 as the deadline, not a June purchase', () => {
    const a = ask(
      'and people paying at the konbini had to pay by June 10 this month, right?',
      '2026-06-25T10:02:00+09:00',
    );
    expect(a.text).toMatch(/^Yes\. For May 2026 purchases .* Wednesday, 10 June 2026/);
    expect(a.text).not.toMatch(/For June 2026 purchases/);
  });

  it('eligibility and a deadline asked in one sentence: both, the purchase date for the deadline', () => {
    const a = ask(
      'I last used atone on 2023-12-01 before this, and I bought something on 2026-11-25 paying at the konbini terminal. Am I eligible for the points festival, and when do I pay?',
      '2026-12-10T09:00:00+09:00',
    );
    expect(a.text).toMatch(/Spring Points Festival \(春のポイント祭り\): you are eligible/);
    expect(a.text).toMatch(/For November 2026 purchases paid by convenience store terminal/);
    expect(a.text).not.toMatch(/Bought 1 December 2023/);
  });
});

describe('session 30: a fee asked per purchase', () => {
  it('「手数料って買い物ごとにかかるん？」 beside this month is the fees, no first', () => {
    const a = ask(
      'コンビニ払いの手数料って買い物ごとにかかるん？今月3回買い物したら3倍？',
      '2026-11-20T10:00:00+09:00',
    );
    expect(a.intent).toBe('fees');
    expect(a.text).toMatch(/^いいえ、購入ごとにはかかりません。/);
  });
});
