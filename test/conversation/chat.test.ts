// Conversations as a user has them, through the terminal chat (converse) with a real reminder
// store: issue 8's "Why" 3–7, each as the turns that used to go wrong.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { converse } from '../helpers/converse.js';

let store: Store;
beforeEach(async () => {
  store = await openStore('sqlite::memory:');
});
afterEach(async () => store.close());

const NOV_28 = new Date('2026-11-28T10:00:00+09:00');
const chat = (now: Date | (() => Date) = NOV_28) => converse({ store, now });
const subscription = () => store.getSubscription('console', 'local');

describe('requests and questions (Why 3)', () => {
  it('explains or lists when asked about reminders, and sets nothing', async () => {
    await chat()
      .say('ok thx, how do I get reminded?')
      .expect(/I can message you/)
      .expectNot(/Reminder set/)
      .say('did I already set a reminder for the postcard deadline? show me what I have')
      .expect(/no reminders/i);
    expect(await subscription()).toBeUndefined();
  });

  it('「前日の夜8時に変えて」 changes the reminder, keeping its method', async () => {
    await chat()
      .say('はがきなので3日前に教えて')
      .expect(/はがき請求書の期限の3日前、9時/)
      .say('前日の夜8時に変えて')
      .expect(/設定を変更しました。はがき請求書の期限の前日、20時/);
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [1], sendHour: 20 });
  });

  it('keeps several lead times from one request', async () => {
    await chat()
      .say('口座振替なので前日と当日に教えて')
      .expect(/前日・当日、9時/);
    expect((await subscription())?.leadDays).toEqual([1, 0]);
  });
});

describe('right after reminders were set, short turns are about them', () => {
  it('changes what the user names, lists on a question, stops on "turn them off"', async () => {
    await chat()
      .say('バーコード払いで、リマインダーを2日前に設定して')
      .say('やっぱりはがきにして')
      .expect(/設定を変更しました。はがき請求書の期限の2日前/)
      .say('change it to 7am')
      .expect(/7:00/)
      .say('what time will it come?')
      .expect(/postcard bill[^\n]*2 days before, at 7:00/)
      .say('turn them off')
      .expect(/reminders are off/);
    expect((await subscription())?.active).toBe(false);
  });

  it('adds lead times asked for "as well", and stops on a bare "stop"', async () => {
    await chat()
      .say('remind me 3 days before, I pay by barcode')
      .say('and the day before as well')
      .expect(/3 days before and the day before/)
      .say('stop')
      .expect(/reminders are off/);
    expect(await subscription()).toMatchObject({ leadDays: [3, 1], active: false });
  });

  it('answers a question about something else as that question', async () => {
    await chat()
      .say('口座振替で、リマインダーお願い')
      .say('Amazonでアトネ使える？')
      .expect(/使えません/);
    expect((await subscription())?.method).toBe('auto_debit');
  });
});

describe('pointing back', () => {
  it('「これリマインドして」 after a deadline answer reminds of that method', async () => {
    await chat()
      .say('はがきの期限教えて')
      .say('これリマインドして')
      .expect(/はがき請求書の期限の3日前/);
    expect((await subscription())?.method).toBe('postcard');
  });

  it('an unclear question right after setting reminders changes nothing', async () => {
    await chat()
      .say('Set a reminder for the postcard, 2 days before at 6pm')
      .say("Is it really the 20th even if it's a Sunday?");
    expect(await subscription()).toMatchObject({ leadDays: [2], sendHour: 18 });
  });
});

describe('courtesy is not a follow-up', () => {
  it('"thanks" after a deadline answer is thanked, not answered again', async () => {
    await chat()
      .say("When's the barcode deadline for stuff I bought on November 3?")
      .say('great, thanks')
      .expect(/You're welcome/)
      .expectNot(/barcode/);
  });

  it('"how do I turn them off?" right after setting reminders is explained, and changes nothing', async () => {
    await chat()
      .say('I use direct debit, remind me 3 days before please')
      .say('how do I turn them off?')
      .expect(/stop reminding me/);
    expect((await subscription())?.active).toBe(true);
  });

  it('"what\'s the deadline for that?" after a reminder is set is that method\'s', async () => {
    await chat()
      .say('remind me before the deadline, I pay with the barcode')
      .say('actually make it the postcard')
      .say("what's the deadline for that?")
      .expect(/postcard bill[^\n]*20 December 2026/);
  });
});

describe('language', () => {
  it('answers "ok" in the conversation\'s language', async () => {
    await chat()
      .say('リマインダー設定して')
      .say('ok')
      .expect(/お支払い方法はどれですか/)
      .expectNot(/Sorry|OK!/);
  });
});

describe('open questions (Why 4)', () => {
  it('answer a question asked in between, and wait for the method', async () => {
    await chat()
      .say('リマインダーを設定して')
      .expect(/お支払い方法はどれですか/)
      .say('コンビニ払いの期限は？')
      .expect(/2026年12月10日/)
      .expectNot(/お知らせします/);
    expect(await subscription()).toBeUndefined();
  });

  it('take 「それでお願い」 after an answer about one method, and drop the question on 「やっぱりいいや」', async () => {
    await chat()
      .say('リマインダーつけて')
      .say('口座振替の引き落とし日っていつ？')
      .say('それでお願い')
      .expect(/口座振替）の期限の3日前/);
    expect((await subscription())?.method).toBe('auto_debit');
  });

  it('drop the question on 「やっぱりいいや」: a method named later is a question again', async () => {
    await chat()
      .say('3日前に教えて')
      .say('いや、やっぱりいいや')
      .say('バーコード')
      .expectNot(/お知らせします/);
    expect(await subscription()).toBeUndefined();
  });

  it('take the method two turns later', async () => {
    await chat()
      .say('リマインダーを設定して')
      .say('コンビニ払いの期限は？')
      .say('はがきで')
      .expect(/はがき請求書の期限の3日前・当日、9時にお知らせします/);
    expect((await subscription())?.method).toBe('postcard');
  });

  it('save 「はがきで2日前に教えて」 as 2日前 with はがき', async () => {
    await chat()
      .say('リマインダーを設定して')
      .say('はがきで2日前に教えて')
      .expect(/2日前、9時/);
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [2] });
  });

  it('stop waiting after ten minutes', async () => {
    let now = NOV_28;
    await chat(() => now)
      .say('リマインダーを設定して')
      .step(() => {
        now = new Date(NOV_28.getTime() + 11 * 60_000);
      })
      .say('口座振替で')
      .expectNot(/お知らせします/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('years (Why 5)', () => {
  it.each([
    ['12/31に買ったら口座振替はいつ？', /2027年1月27日/],
    ['4月15日に買ったらコンビニ払いの期限は？', /2027年5月10日/],
    ['1/5に買ったらはがきはいつまで？', /2027年2月22日|2027年2月20日/],
    ['When would a Dec 31 purchase paid at a konbini be due?', /10 January 2027|11 January 2027/],
  ])('%s', async (question, due) => {
    await chat()
      .say(question)
      .expect(due)
      .expectNot(/前に過ぎ|ago/);
  });
});

describe('structure (Why 6)', () => {
  it('answers for the method used, not the one negated', async () => {
    await chat()
      .say('Not using the postcard, I use the barcode. Bought stuff on Nov 2')
      .expect(/barcode/)
      .expect(/10 December 2026/)
      .expectNot(/20 December 2026/);
  });

  it('answers each date', async () => {
    await chat()
      .say('10/31と11/2にコンビニ払いで買った分はいつまで？')
      .expect(/2026年10月31日に買った分: 2026年11月10日/)
      .expect(/2026年11月2日に買った分: 2026年12月10日/);
  });

  it('"Stuff I buy this month" is this month\'s purchases', async () => {
    await chat()
      .say('Stuff I buy this month, when is it due by konbini?')
      .expect(/10 December 2026/);
  });

  it("「12月分の請求がまだ来ない」 on 2 January is December's bill", async () => {
    await chat(new Date('2027-01-02T10:00:00+09:00'))
      .say('12月分の請求がまだ来ない')
      .expect(/2026年12月分の請求は、2027年1月の第3営業日（2027年1月6日（水））まで/);
  });

  it("「12月分の請求がまだ来ない」 on 20 January, after the bill's day, is a missing bill", async () => {
    await chat(new Date('2027-01-20T10:00:00+09:00'))
      .say('12月分の請求がまだ来ない')
      .expect(/^請求書が届かない/m)
      .expectNot(/までは待ってください/);
  });

  it('answers an either/or campaign question for both, without contradiction', async () => {
    await chat()
      .say('Points festival or lottery, which one can I join? I last used atone in October 2023')
      .expect(/Festival[^\n]*not eligible/)
      .expect(/Lottery[^\n]*you are eligible/);
    await chat()
      .say('春のポイント祭りで3店舗使ったら？最後の利用は2023年10月')
      .expect(/対象外です/)
      .expectNot(/500ポイントです/);
  });

  it('"cheapest way to pay" is about fees', async () => {
    await chat()
      .say('cheapest way to pay?')
      .expect(/Only [^\n]*is free/);
  });
});

describe('follow-ups (Why 7)', () => {
  it('"and the fee?" after a konbini answer is the konbini fee only', async () => {
    await chat()
      .say('When is the konbini payment due?')
      .say('and the fee?')
      .expect(/convenience store[^\n]*209 yen/)
      .expectNot(/postcard/);
  });

  it("「じゃあ何なら使えるの？」 after the Amazon answer gives Amazon's pay-later option", async () => {
    await chat()
      .say('Amazonでアトネ使える？')
      .expect(/使えません/)
      .say('じゃあ何なら使えるの？')
      .expect(/ペイディ/);
  });

  it('"what can I use instead?" too', async () => {
    await chat().say('Can I use atone on Amazon?').say('what can I use instead?').expect(/Paidy/);
  });

  it('keeps a purchase date for the next turn', async () => {
    await chat()
      .say('I bought a jacket on November 20.')
      .say('I pay at a convenience store')
      .expect(/November 2026 purchases paid by convenience store[^\n]*10 December 2026/);
  });

  it('「じゃあはがきは？」 after a deadline answer is the deadline for はがき', async () => {
    await chat()
      .say('11月20日に買ったものをコンビニで払う期限は？')
      .say('じゃあはがきは？')
      .expect(/2026年11月分をはがき請求書で払う場合、期限は2026年12月20日/);
  });

  it('"how much is the fee?" after the late-payment answer is the late fee', async () => {
    await chat()
      .say('I paid late. What happens?')
      .say('how much is the fee?')
      .expect(/100 yen/);
  });

  it('asks again, with its buttons, when asked for the choices while waiting for a method', async () => {
    await chat()
      .say('Can you remind me about my payments?')
      .say('what are the options?')
      .expect(/How do you pay/);
  });

  it('「口座振替は？」 after a fee answer is that fee', async () => {
    await chat()
      .say('バーコード払いの手数料っていくら？')
      .say('口座振替は？')
      .expect(/無料/)
      .expectNot(/209円/);
  });
});

describe('negations, suppositions and "keep them": nothing is set unasked', () => {
  it('"don\'t remind me…" sets nothing, and with none set says so', async () => {
    await chat()
      .say("don't remind me about the postcard")
      .expect(/no reminders set/)
      .expectNot(/Reminder set|I will remind you/)
      .say("Please don't remind me anymore")
      .expect(/no reminders set/);
    expect(await subscription()).toBeUndefined();
  });

  it('"…anymore" is a stop; a negated reminder without it is asked back', async () => {
    await chat()
      .say('remind me 3 days before, I pay by barcode')
      .say("don't remind me about the barcode")
      .expect(/Shall I turn your reminders off\?/);
    expect((await subscription())?.active).toBe(true);
    await chat()
      .say("Please don't remind me anymore")
      .expect(/reminders are off/);
    expect((await subscription())?.active).toBe(false);
  });

  it('「当日は通知しなくていい」 takes that lead time out; taking out the last one is asked back', async () => {
    await chat()
      .say('口座振替で3日前と当日に教えて')
      .say('当日は通知しなくていい')
      .expect(/設定を変更しました。[^\n]*3日前、9時/);
    expect((await subscription())?.leadDays).toEqual([3]);
    await chat()
      .say('3日前も通知しなくていい')
      .expect(/リマインダーを解除しますか？/);
    expect((await subscription())?.active).toBe(true);
  });

  it('"Don\'t send me reminders on the day" takes out that one lead time', async () => {
    await chat()
      .say("Don't send me reminders on the day")
      .expect(/no reminders/)
      .say('remind me 3 days before and on the day, barcode')
      .say("Don't send me reminders on the day")
      .expect(/Changed\. [^\n]*3 days before, at 9:00/);
    expect((await subscription())?.leadDays).toEqual([3]);
  });

  it('「リマインダー止めないで」 keeps them as they are', async () => {
    await chat()
      .say('口座振替で3日前に教えて')
      .say('リマインダー止めないで')
      .expect(/リマインダーはそのままです/)
      .say("don't cancel my reminders")
      .expect(/left your reminders as they are/);
    expect((await subscription())?.active).toBe(true);
  });

  it('"if I set a reminder, when would it come?" is explained, with the dates for a named method', async () => {
    await chat()
      .say('if I set a reminder, when would it come?')
      .expect(/I can message you 3 days before/)
      .expectNot(/How do you pay\?/)
      .say('If I set up a reminder for the barcode, when would it arrive?')
      .expect(/would come on Monday, 7 December 2026 at 9:00 and on Thursday, 10 December 2026 at 9:00/)
      .say('はがきでリマインダーを設定したらいつ届くの？')
      .expect(/次の期限2026年12月20日（日）のお知らせは2026年12月17日（木） 9時と2026年12月20日（日） 9時/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('questions about settings, after reminders were set', () => {
  it('"how do I get a reminder 2 days before?" is explained with a button, and changes nothing', async () => {
    await chat()
      .say('口座振替なので3日前に教えて')
      .say('how do I get a reminder 2 days before?')
      .expect(/As set now: [^\n]*3 days before/)
      .expect(/You can: press the button to change it to [^\n]*2 days before/)
      .expectNot(/Changed/);
    expect((await subscription())?.leadDays).toEqual([3]);
  });

  it('"how about 8pm?" proposes a setting, and is one', async () => {
    await chat()
      .say('口座振替なので3日前に教えて')
      .say('how about 8pm?')
      .expect(/Changed[^\n]*20:00/);
    expect((await subscription())?.sendHour).toBe(20);
  });
});

describe('commands and one-word follow-ups', () => {
  it("answers /help and an unknown command in the chat's language, never as a follow-up", async () => {
    await chat()
      .say('はがきの期限は？')
      .say('/help')
      .expect(/atone（アトネ）の支払いについて/)
      .say('/foo')
      .expect(/うまく理解できませんでした/)
      .expectNot(/deadline|期限は2026/);
  });

  it('gives no "did you mean" on a one-word follow-up', async () => {
    await chat()
      .say('支払い方法は？')
      .say('はがき')
      .expectNot(/もしかして/)
      .say('期限は？')
      .say('Amazon')
      .expectNot(/Did you mean|もしかして/);
  });
});

describe('either/or and narrower follow-ups', () => {
  it('"konbini or direct debit, which is cheaper?" gives both fees', async () => {
    await chat()
      .say('Which is cheaper, konbini or direct debit?')
      .expect(/automatic bank debit[^\n]*: free/)
      .expect(/convenience store[^\n]*: 209 yen/);
  });

  it('"what about the lottery?" after an eligibility answer is eligibility for the lottery, with the same last use', async () => {
    await chat()
      .say('Am I eligible for the festival? Last used atone Jan 2024.')
      .say('what about the lottery?')
      .expect(/With a last use in January 2024:\n• Spring Grand Lottery[^\n]*: you are not eligible/)
      .expectNot(/Campaigns we know of/);
  });
});

describe('what a conversation keeps, and what a reply means', () => {
  it('keeps a purchase date through a turn that did not use it', async () => {
    await chat(new Date('2026-12-05T20:00:00+09:00'))
      .say('I bought a game on Dec 3')
      .say('hmm what are my options for paying?')
      .say('the postcard one')
      .expect(/December 2026 purchases paid by postcard[^\n]*20 January 2027/);
  });

  it('「じゃあ口座振替で」 answers "which method?" after a question in between', async () => {
    await chat()
      .say('リマインドしてほしい')
      .say('セブンでバーコード払いできる？')
      .say('じゃあ口座振替で')
      .expect(/口座振替）の期限の3日前・当日/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('「じゃあそれで」 after an answer about one method takes that method', async () => {
    await chat()
      .say('リマインダー設定したい')
      .say('口座振替の手数料は？')
      .say('じゃあそれで')
      .expect(/口座振替）の期限の3日前・当日/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('「リマインダー登録してたっけ？」 lists, and sets nothing', async () => {
    await chat()
      .say('リマインダー登録してたっけ？')
      .expect(/設定中のリマインダーはありません/);
    expect(await subscription()).toBeUndefined();
  });

  it('"and if i buy something tomorrow?" is a purchase tomorrow, by the same method', async () => {
    await chat(new Date('2027-01-05T12:00:00+09:00'))
      .say('bought something on dec 28, direct debit - when does it get taken out?')
      .expect(/December 2026 purchases[^\n]*27 January 2027/)
      .say('and if i buy something tomorrow?')
      .expect(/January 2027 purchases paid by automatic bank debit[^\n]*1 March 2027/);
  });

  it('"and this month\'s?" after "last month\'s stuff" is this month\'s purchases', async () => {
    await chat(new Date('2027-01-08T08:30:00+09:00'))
      .say("when's the postcard deadline for last month's stuff?")
      .expect(/20 January 2027/)
      .say("and this month's?")
      .expect(/January 2027 purchases[^\n]*20 February 2027/);
  });

  it('「あ、口座振替じゃなくてはがきでした」 corrects the method and keeps the date', async () => {
    await chat()
      .say('11月20日に買ったものの期限は？口座振替で')
      .say('あ、口座振替じゃなくてはがきでした')
      .expect(/2026年11月分をはがき請求書で払う場合、期限は2026年12月20日/);
  });

  it('「支払い方法は？」 after the Amazon answer is a question of its own: how to pay atone', async () => {
    await chat()
      .say('アマゾンで使える？')
      .say('支払い方法は？')
      .expect(/atone 翌月払いの支払い方法は4つです/);
  });

  it("「11月の分、はがきだと期限いつ？」 is November's purchases", async () => {
    await chat()
      .say('11月の分、はがきだと期限いつ？')
      .expect(/2026年11月分をはがき請求書で払う場合、期限は2026年12月20日/);
  });
});

describe('QA #1 and #2: a purchase date is no lead time, and what the bot does not understand is not the last topic', () => {
  it('「3日前にコンビニで買った。期限は？」 answers the deadline and sets nothing', async () => {
    await chat()
      .say('3日前にコンビニで買った。期限は？')
      .expect(/2026年11月分をコンビニ端末・銀行ATM（Pay-easy）で払う場合、期限は2026年12月10日/)
      .say("I bought it 3 days before, when's the konbini deadline?")
      .expect(/November 2026 purchases[^\n]*10 December 2026/)
      .say('5日前に買った。はがきの期限は？')
      .expect(/期限は2026年12月20日/);
    expect(await subscription()).toBeUndefined();
  });

  it('an unclear or unrelated message after an answer gets the fallback, not the last answer again', async () => {
    await chat()
      .say('コンビニ払いの期限は？')
      .say('天気は？')
      .expect(/うまく理解できませんでした/)
      .say('asdfghjkl')
      .expect(/うまく理解できませんでした/)
      .say('今日のランチ何にしよう')
      .expectNot(/期限は/)
      .say('Is Paidy better?')
      .expect(/Paidy is a different service/)
      .say('じゃあはがきは？')
      .expect(/はがき請求書で払う場合、期限は2026年12月20日/);
  });
});

describe('QA #5 and #8: lead times out of range, and corrections of the method', () => {
  it("says which lead times are possible, in the user's language, and changes nothing", async () => {
    await chat()
      .say('口座振替なので3日前に教えて')
      .say('40日前に変えて')
      .expect(/「40日前」には設定できません。[^\n]*0〜14日前/)
      .say('remind me 100 days before')
      .expect(/cannot remind you 100 days before[^\n]*0–14/);
    expect((await subscription())?.leadDays).toEqual([3]);
  });

  it('「はがきじゃなくてバーコードだった」 and "wait no, … i mean direct debit" correct the method', async () => {
    await chat()
      .say('11月3日に買い物した')
      .say('ありがと')
      .say('あ、はがきです')
      .expect(/2026年11月分をはがき請求書で払う場合/)
      .expectNot(/もしかして/)
      .say('はがきじゃなくてバーコードだった')
      .expect(/2026年11月分を電子バーコードで払う場合、期限は2026年12月10日/);
    await chat()
      .say('when do i have to pay?')
      .say('konbini')
      .say('actually i use the postcard')
      .say('wait no, bank transfer i mean direct debit')
      .expect(/automatic bank debit[^\n]*28 December 2026/);
  });

  it('says why the 27th moved: a Sunday, not a bank holiday', async () => {
    await chat()
      .say('When is the deadline?')
      .expect(/the 27th is a Sunday, so the next business day/);
  });
});

describe('QA #10, #14, #18', () => {
  it('「夜8時で」 and "what did I set?" right after setting act on and list the reminder', async () => {
    await chat()
      .say('口座振替なので3日前に教えて')
      .say('夜8時で')
      .expect(/設定を変更しました。[^\n]*3日前、20時/)
      .say('what did I set?')
      .expect(/3 days before, at 20:00/);
    expect((await subscription())?.sendHour).toBe(20);
  });

  it('keeps what was said mid-setup: "what time will it come?" leaves "which method?" open', async () => {
    await chat()
      .say('remind me 2 days before')
      .say('what time will it come?')
      .say('change it to 7am')
      .say('barcode')
      .expect(/app barcode[^\n]*2 days before, at 7:00/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [2], sendHour: 7 });
  });

  it('「メルペイでAmazon払える？」 answers for メルペイ, not "no" for atone', async () => {
    await chat()
      .say('メルペイでAmazon払える？')
      .expect(/^メルペイはAmazonで使えると報告されています/m)
      .expectNot(/いいえ。/);
  });

  it('says each holiday rule once', async () => {
    const transcript = await chat().say('はがきの期限が日曜日ならどうなる？').transcript();
    expect(transcript.match(/後ろにずれるという情報はありません/g)).toHaveLength(1);
  });
});

describe('QA #21', () => {
  it('a stop has an Undo button that sets the reminders again as they were', async () => {
    const store2 = store;
    const { createAssistant } = await import('../../src/assistant.js');
    const { createBot } = await import('../../src/bot.js');
    const { createReminderService } = await import('../../src/reminders/service.js');
    const { defaultKnowledgeBase } = await import('../../src/knowledge.js');
    const kb = defaultKnowledgeBase();
    const reminders = createReminderService({ store: store2, kb, now: () => NOV_28 });
    const assistant = createAssistant({ bot: createBot({ kb }), kb, now: () => NOV_28, reminders });
    const msg = (text: string) => ({
      platform: 'console' as const,
      userId: 'local',
      channelId: 'console:local',
      text,
      receivedAt: NOV_28,
    });
    await assistant.respond(msg('口座振替なので3日前に教えて'));
    const stopped = await assistant.respond(msg('stop reminding me'));
    const undo = stopped.actions?.find((a) => a.label === 'Undo');
    expect(undo?.id).toBe('reminder.subscribe:auto_debit:3:9');
    const back = await assistant.act(undo?.id ?? '', msg(''));
    expect(back.effect).toMatchObject({ op: 'subscribe', method: 'auto_debit', leadDays: [3], sendHour: 9 });
  });

  it('「やっぱいいや」 right after setting reminders is asked back, not a deadline answer', async () => {
    await chat()
      .say('口座振替なので3日前に教えて')
      .say('やっぱいいや')
      .expect(/リマインダーを解除しますか？/);
    expect((await subscription())?.active).toBe(true);
  });

  it('「今月いつまでに払えばいいの」 late in the month also gives the next deadlines', async () => {
    await chat()
      .say('今月いつまでに払えばいいの')
      .expect(/次の支払い期限（2026年11月分）:\n• コンビニ端末・銀行ATM（Pay-easy）: 2026年12月10日/);
  });
});

describe('an hour no clock has', () => {
  it('「25時に変えて」 is answered with the range, and changes nothing', async () => {
    await chat()
      .say('口座振替なので3日前に教えて')
      .say('25時に変えて')
      .expect(/25時という時刻はありません。[^\n]*0〜23時/);
    expect((await subscription())?.sendHour).toBe(9);
  });
});

describe('a detail from earlier turns', () => {
  it('a reminder asked for after another question is for the method the user last named', async () => {
    await chat()
      .say("when's the konbini deadline")
      .expect(/10 December 2026/)
      .say("what if I'm late")
      .say('ok remind me the day before')
      .expect(/convenience store[^\n]*the day before/);
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [1] });
  });

  it('"is it today then?" asks about the deadline just given, not a purchase made today', async () => {
    await chat()
      .say('I bought shoes on Oct 20, konbini deadline?')
      .expect(/10 November 2026/)
      .say('is it today then?')
      .expect(/10 November 2026/)
      .expectNot(/10 December/)
      .say('明日まで？')
      .expect(/2026年11月10日/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('a due date said back', () => {
  it('「3月1日？2月じゃないの？」 doubts the deadline just given: the same deadlines, not purchases on 1 March and in February', async () => {
    await chat(new Date('2027-01-20T09:00:00+09:00'))
      .say('12月25日と1月5日に買い物しました。口座振替です。それぞれいつ引き落とし？')
      .expect(/2027年1月5日に買った分: 2027年3月1日/)
      .say('3月1日？2月じゃないの？')
      .expect(/2027年1月5日に買った分: 2027年3月1日[^\n]*\n[\s\S]*2月27日が土曜日/)
      .expectNot(/3月1日に買った分/)
      .say('バーコードにしてたら？')
      .expect(/2026年12月25日に買った分: 2027年1月10日/)
      .expect(/2027年1月5日に買った分: 2027年2月10日/);
  });

  it('a date that is no due day after a deadline is still a purchase: 「12月3日は？」', async () => {
    await chat()
      .say('11月20日に買った。コンビニ払いの期限は？')
      .expect(/2026年12月10日/)
      .say('12月3日は？')
      .expect(/2027年1月10日/);
  });
});

describe('a plain request once reminders came up', () => {
  it('「じゃあ口座振替でお願い」 after questions about reminders sets them for that method', async () => {
    await chat()
      .say('リマインダーって何ができるの？')
      .say('口座振替の人でも使えるの？')
      .say('じゃあ口座振替でお願い')
      .expect(/口座振替/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', active: true });
  });

  it('「ほな頼むわ」 after the list asks for the method, and a corrected answer picks the last one', async () => {
    await chat()
      .say('リマインダー見せて')
      .say('ほな頼むわ')
      .expect(/どれですか/)
      .say('口座振替や。あ、ちゃうわ、口座まだ登録してへんかった。コンビニのバーコードやわ')
      .expect(/電子バーコード/);
    expect(await subscription()).toMatchObject({ method: 'barcode' });
  });

  it('after changing the payment method came up, 「じゃあ口座振替でお願い」 asks for that change, not reminders', async () => {
    await chat()
      .say('支払い方法の設定を変えたい')
      .say('じゃあ口座振替でお願い')
      .expect(/支払い方法/);
    expect(await subscription()).toBeUndefined();
    await chat()
      .say('remind me 3 days before konbini')
      .say('how do I change my payment method?')
      .say('ok bank debit please');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [3] });
  });

  it('a question about them is still only answered: 「口座振替の人でも使えるの？」', async () => {
    await chat().say('リマインダーって何ができるの？').say('口座振替の人でも使えるの？');
    expect(await subscription()).toBeUndefined();
  });
});

describe('Japanese terms in an English chat', () => {
  it('"what is 口座振替?" is answered in English, about that way to pay, even after a deadline', async () => {
    await chat()
      .say('I bought shoes on June 30, I pay by bank debit')
      .say("my friend said something about 口座振替, what's that?")
      .expect(/\nautomatic bank debit \(口座振替\): due the 27th/)
      .say('and 手数料?')
      .expect(/Paying by automatic bank debit \(口座振替\) is free/);
  });
});

describe("what comes next, in a user's words", () => {
  it('"October 10 is already gone?? what happen now" after that deadline is about paying late', async () => {
    await chat(new Date('2026-10-20T10:00:00+09:00'))
      .say('i buy on sept 3 and oct 5, pay at konbini. when pay?')
      .expect(/10 October 2026 \(10 days ago\)/)
      .say('Oh no. October 10 is already gone?? what happen now')
      .expect(/100 yen/)
      .expect(/suspended/);
  });

  it('the usual causes of an unknown charge ruled out leave the fraud form', async () => {
    await chat()
      .say('身に覚えのない請求メールがatoneから来たんですけど…')
      .say('定期購入はしてないし、家族とアドレス共有もしてないです')
      .expect(/不正利用被害のご相談フォーム/);
    await chat().say("I got a bill for something I didn't buy").say('none of those apply').expect(/fraud/);
  });

  it('"merpay ok?" after Amazon asks whether it works there', async () => {
    await chat()
      .say('Can I use atone on Amazon?')
      .say('merpay ok?')
      .expect(/メルペイ/)
      .expectNot(/different service/);
    await chat()
      .say('Amazonでatone使える？')
      .say('メルペイ使える？')
      .expect(/2024年11月12日/);
  });

  it('"if I switch to barcode now, when does it apply?" after a deadline is about changing the method', async () => {
    await chat(new Date('2027-05-04T10:00:00+09:00'))
      .say('I bought something yesterday and pay by direct debit. When will it be taken?')
      .expect(/28 June 2027/)
      .say('if I switch to barcode now, when does it apply?')
      .expect(/following month|month after/);
  });
});

describe('an acknowledgement', () => {
  it('"I see", "yes", 「なるほど」 after reminders change and show nothing', async () => {
    await chat()
      .say('remind me 3 days before, konbini')
      .say('I see')
      .expect(/^OK!/)
      .say('なるほど')
      .expect(/^わかりました。/)
      .say('stop the reminders')
      .say('yes')
      .expect(/^OK!/);
    expect(await subscription()).toMatchObject({ method: 'store', active: false });
  });
});

describe('"cancel it" about something else', () => {
  it('after an unknown charge, "could it be my kid?" is family use, and "can u just cancel it" its answer, never the reminders', async () => {
    await chat()
      .say('got a bill for something i never bought')
      .say('could it be my kid?')
      .expect(/family or friends/)
      .say('can u just cancel it')
      .expect(/nor cancel them/)
      .expectNot(/reminders/);
  });
});

describe("a short question fairly sure alone, surely the topic's with it named", () => {
  it('「いつ返ってくる？」 and 「もう払っちゃってたらどうなるの？」 after returns stay with returns', async () => {
    await chat()
      .say('返品したのに請求きた')
      .say('もう払っちゃってたらどうなるの？')
      .expect(/相殺/)
      .say('いつ返ってくる？')
      .expect(/返金の時期を示した情報はありません/);
  });
});

describe('つど後払い, then the monthly plan', () => {
  it("「翌月払いだったら？」 after a つど後払い deadline question gives 翌月払い's deadlines", async () => {
    await chat(new Date('2026-12-09T20:00:00+09:00'))
      .say('つど後払いで買ったんだけど、支払い期限っていつ？')
      .expectNot(/12月10日/)
      .say('翌月払いだったら？')
      .expect(/2026年12月10日/);
  });
});

describe('a question that points back to an FAQ topic', () => {
  it('"what\'s the fee for that?", "what if that doesn\'t work?", 「まだ払ってない場合は？」 stay with the topic', async () => {
    await chat()
      .say('what is atone plus')
      .say('whats the fee for that?')
      .expect(/No source gives the installment fee/);
    await chat()
      .say("I can't log in")
      .say("what if that doesn't work?")
      .expect(/会員登録・変更・ログイン/);
    await chat()
      .say('返品したのに請求来た')
      .say('まだ払ってない場合はどうなる？')
      .expect(/変更後の金額で請求し直す/);
  });

  it('but a question of its own keeps its meaning: 「それっていつまでに払えばいい？」, "could it be my kid?"', async () => {
    await chat()
      .say('返品したのに請求来た')
      .say('それっていつまでに払えばいい？')
      .expect(/支払い期限/);
    await chat()
      .say('got a bill for something i never bought')
      .say('could it be my kid?')
      .expect(/family/);
  });

  it('「さっきのキャンセルの件だけど…」 goes back to a topic from before the last one', async () => {
    await chat()
      .say('返品したのに請求来た')
      .say('バーコードの手数料は？')
      .say('さっきのキャンセルの件だけど、もう支払い済みだったらどうなる？')
      .expect(/相殺/);
  });
});

describe('a "shall I?" is answered by the next turn or not at all', () => {
  it('a list in between drops it: a later "ok" stops nothing', async () => {
    await chat()
      .say('口座振替なので3日前に教えて')
      .say("don't remind me about 口座振替")
      .expect(/Shall I turn your reminders off|解除しますか/)
      .say('リマインダー登録してたっけ？')
      .say('ok');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', active: true });
  });

  it('"which method?" is not answered by a correction that brings a purchase date (a deadline question)', async () => {
    await chat()
      .say('リマインダーお願い')
      .say('Not using direct debit, I use the barcode. Bought stuff on Oct 31')
      .expect(/10 November 2026|passed/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('fees per purchase', () => {
  it('「3回買ったら3回分？」 after a free method still says the fee is once a month', async () => {
    await chat()
      .say('手数料っていくら？')
      .say('口座振替だと？')
      .say('同じ月に3回買ったら手数料も3回分とられるの？')
      .expect(/口座振替）の請求手数料は無料です。\n請求手数料は購入ごとではなく、請求1か月につき1回です/);
  });
});

describe('"just" one lead time', () => {
  it('"1 week before please, and also... no, just 1 week before is fine" keeps only a week before', async () => {
    await chat()
      .say('set up a reminder for my barcode payments')
      .say('1 week before please, and also... no, just 1 week before is fine');
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [7] });
  });
});

describe('a question that means little alone is read with the topic named', () => {
  it('「どれくらいかかる？」 after identity checks, "cash on delivery?" after Amazon', async () => {
    await chat().say('本人確認ってどうやるの？').say('どれくらいかかる？').expect(/5分/);
    await chat().say('Can I use atone on Amazon?').say('cash on delivery?').expect(/2024/);
  });

  it('keeps an out-of-scope question out of the topic', async () => {
    await chat()
      .say('本人確認ってどうやるの？')
      .say('天気は？')
      .expect(/理解できませんでした/);
  });
});

describe('reminders across other questions', () => {
  const FEB_24 = new Date('2027-02-24T10:00:00+09:00');
  it('a request naming when to remind is carried out, even after a deadline question about one method', async () => {
    await chat()
      .say('今月の請求っていつまでに払えばええの？バーコードやねん')
      .say('わかった、ほな前日と当日に教えてや')
      .expect(/電子バーコードの期限の前日・当日/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [1, 0] });
  });

  it('"when is the next one?" is the deadline; a later "show me" and "stop it" are about the reminders', async () => {
    await chat(FEB_24)
      .say('支払期限のリマインダーを設定していただけますか。口座振替を利用しております。')
      .say('次の引き落とし日はいつになりますでしょうか。')
      .expect(/2027年3月1日/)
      .say('設定みせて')
      .expect(/口座振替）の期限の3日前/)
      .say('stop it')
      .say('any left?')
      .expect(/no reminders/i);
    expect((await subscription())?.active).toBe(false);
  });

  it('"remind me day before" is one day before', async () => {
    await chat().say('konbini deadline?').say('thx. remind me day before for that');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [1] });
  });
});

describe('how to stop is a question, not a stop', () => {
  it('「止めたいときはどうするの？」 right after reminders were set changes nothing', async () => {
    await chat()
      .say('バーコード払いで3日前にお願い')
      .say('リマインダーって止めたいときはどうするの？')
      .expectNot(/解除しました/)
      .say('もう止めたい')
      .expect(/解除しました/);
    expect((await subscription())?.active).toBe(false);
  });
});

describe('a method given later, in other words', () => {
  const MAY_1 = new Date('2027-05-01T10:00:00+09:00');
  it("「支払いは口座振替です」 after a question about the purchase's bill is that purchase's deadline", async () => {
    await chat(MAY_1)
      .say('4月29日に買い物したんだけど、いつまでに払えばいい？')
      .say('請求のメールっていつ来るの？')
      .say('支払いは口座振替です')
      .expect(/2027年5月27日/);
  });

  it('answers the open "which method?" with a request that names one', async () => {
    await chat()
      .say('リマインダーお願い')
      .say('コンビニ払いの手数料って？')
      .say('じゃあ口座振替にするからリマインダーもそれでお願い')
      .expect(/口座振替）の期限の3日前/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });
});

describe('more questions on the deadline just given', () => {
  const JAN_6 = new Date('2027-01-06T10:00:00+09:00');
  it('a weekend, "4 days from now right?" and "say that in English" keep the deadline', async () => {
    await chat(JAN_6)
      .say('12月28日にコンビニ払いで買った。期限は？')
      .expect(/2027年1月10日/)
      .say("it's a sunday, can i pay on monday?")
      .expect(/10 January 2027/)
      .expect(/No source says the 10th or the 20th moves/)
      .say('ugh ok so 4 days from now right')
      .expect(/10 January 2027 \(in 4 days\)/)
      .say('日本語でお願い')
      .expect(/2027年1月10日/);
  });

  it('"taken from my bank" is the bank debit', async () => {
    await chat(JAN_6)
      .say("I don't pay at the konbini, it's taken from my bank. bought stuff on 12/29")
      .expect(/automatic bank debit[^\n]*27 January 2027/);
  });

  it('a weekend question about Amazon stays about Amazon', async () => {
    await chat(JAN_6)
      .say('12月28日にコンビニ払いで買った。期限は？')
      .say('Can I use atone on Amazon on sunday?')
      .expect(/does not accept atone/);
  });
});

describe('requests in passing, and kana', () => {
  it('「リマインダーよろしく🙏 口座振替です」 is a request, carried out', async () => {
    await chat()
      .say('リマインダーよろしく🙏 口座振替です')
      .expect(/口座振替）の期限の3日前/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('「本人かくにんのやりかたおしえて」 is read as the kanji', async () => {
    await chat()
      .say('本人かくにんのやりかたおしえて')
      .expect(/本人確認/)
      .expectNot(/理解できませんでした/);
  });

  it('"make it 6pm" after another question, once reminders came up, changes the hour', async () => {
    await chat()
      .say('remind me 2 days before, I pay by postcard')
      .say('how much is the postcard fee?')
      .say('make it 6pm')
      .expect(/18:00/);
    expect(await subscription()).toMatchObject({ method: 'postcard', sendHour: 18 });
  });
});

describe('lead times turned down, stops checked, atone compared', () => {
  it('「当日のはいらんわ、前日だけにして」 keeps the day before only; 「解除されているか確認」 lists', async () => {
    await chat()
      .say('はがき払いなんだけど、期限の前日と当日に通知ほしい')
      .say('当日のはいらんわ、前日だけにして')
      .expect(/はがき請求書の期限の前日、/);
    expect((await subscription())?.leadDays).toEqual([1]);
    await chat()
      .say('通知を解除して')
      .say('解除されているか念のため確認させてください。')
      .expect(/設定中のリマインダーはありません/);
  });

  it('"is atone like paidy?" says what atone is', async () => {
    await chat()
      .say('is atone like paidy?')
      .expect(/pay-later/);
  });
});

describe('after reminders: when they come, and whether a debit moved', () => {
  it('「じゃあ通知は9月17日に来るってこと？」 lists the reminders; 「請求のお知らせっていつ来るん？」 is the bill', async () => {
    const SEP_1 = new Date('2027-09-01T10:00:00+09:00');
    await chat(SEP_1)
      .say('はがきで3日前に教えて')
      .say('8月分の期限は？')
      .say('じゃあ通知は9月17日に来るってこと？')
      .expect(/2027年9月17日/)
      .say('請求のお知らせっていつ来るん？')
      .expectNot(/設定中のリマインダー|はがき請求書の期限の3日前/);
  });

  it('"and august ones? did that move?" is the deadline of August\'s purchases', async () => {
    const SEP_1 = new Date('2027-09-01T10:00:00+09:00');
    await chat(SEP_1)
      .say('when is the debit for september purchases? direct debit')
      .say('and august ones? did that move?')
      .expect(/27 September 2027/);
  });
});

describe('an open "which method?" is not answered by a supposition, a refusal or noise', () => {
  it('changes nothing on "if I set up a reminder for 口座振替…", "don\'t remind me about 口座振替", "!me", "uP"', async () => {
    await chat()
      .say('リマインダーお願い')
      .say('if I set up a reminder for 口座振替, when would it arrive?')
      .say("don't remind me about 口座振替")
      .say('!me')
      .say('uP');
    expect(await subscription()).toBeUndefined();
  });

  it('「通知がうるさい」 asks back before stopping', async () => {
    await chat()
      .say('口座振替なので3日前に教えて')
      .say('通知がうるさい')
      .expect(/解除しますか/);
    expect((await subscription())?.active).toBe(true);
  });
});

describe('blind set 7 kinds', () => {
  it('「口座振替は使ってなくて、コンビニのバーコードで払ってます」 is the barcode', async () => {
    await chat(new Date('2027-03-01T10:00:00+09:00'))
      .say('口座振替は使ってなくて、コンビニのバーコードで払ってます。2月分の期限は？')
      .expect(/電子バーコード[^\n]*2027年3月10日/)
      .expectNot(/3月29日/);
  });

  it('「リマインドだけ頼むわ、はがき払いで」 after a deadline answer sets one', async () => {
    await chat().say('はがきの期限いつ？').say('わかった。ほな期限前のリマインドだけ頼むわ、はがき払いで');
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });

  it('"what can I use to pay later there?" after Amazon is about Amazon', async () => {
    await chat()
      .say('Can I use atone on Amazon?')
      .say('what can I use to pay later there then?')
      .expect(/Paidy/);
  });

  it('"リマインダー pls 🙏 I use 口座振替" is answered in English', async () => {
    await chat()
      .say('リマインダー pls 🙏 I use 口座振替')
      .expect(/I will remind you/);
  });
});

describe('blind set 8 kinds', () => {
  it('「通知って後から止められるの？」 asks whether, and stops nothing', async () => {
    await chat()
      .say('口座振替なので3日前に教えて')
      .say('通知って後から止められるの？')
      .expectNot(/解除しました/);
    expect((await subscription())?.active).toBe(true);
  });

  it('「2023年の11月20日」 is 2023', async () => {
    await chat()
      .say('最後に使ったの2023年の11月20日くらいなんだけど、キャンペーンの対象？')
      .expect(/最後の利用が2023年11月20日なら/);
  });
});

describe('blind set 9 kinds', () => {
  it('「どのくらい時間かかる？」 after identity checks is about them', async () => {
    await chat().say('本人確認ってどうやるん？').say('どのくらい時間かかる？').expect(/5分/);
  });
});

describe('changing the way to pay, in a conversation', () => {
  it('a free way asked after one fee lists them all; a reminder right after choosing to switch to it is for that way', async () => {
    // (「それ」 is the free way the answer singled out: bank debit, the one switched to.)
    await chat()
      .say('コンビニで払うといつまで？')
      .say('手数料は？')
      .expect(/コンビニ端末[^\n]*209円/)
      .say('高いな。無料の方法ある？')
      .expect(/無料なのは銀行口座からの自動振替（口座振替）だけ/)
      .say('じゃあそれに変えたい')
      .expect(/翌月以降の請求から/)
      .say('変えたら3日前に通知して')
      .expect(/口座振替）の期限の3日前/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [3] });
  });

  it('a reminder right after choosing to switch to a way not named asks which method', async () => {
    await chat()
      .say('コンビニで払うといつまで？')
      .say('支払い方法を変えたい')
      .say('変えたら3日前に通知して')
      .expect(/お支払い方法はどれですか/);
  });

  it('"which one is cheapest?" after a barcode fee compares all four', async () => {
    await chat()
      .say("what's the fee for the barcode?")
      .say('which one is cheapest?')
      .expect(/Only automatic bank debit \(口座振替\) is free/);
  });
});

describe('blind set 14 kinds', () => {
  it('"hmm no, direct debit" right after a change is another change, and "send it at 7am" sets the hour', async () => {
    await chat()
      .say('remind me about my konbini payment')
      .say('actually make that the barcode')
      .expect(/app barcode/)
      .say('hmm no, direct debit. sorry')
      .expect(/Changed\. I will remind you of your automatic bank debit/)
      .say('send it at 7am')
      .expect(/at 7:00/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', sendHour: 7 });
  });

  it('「教えてくれたりするの？」 asks whether the bot does it: explained with buttons, nothing set', async () => {
    await chat()
      .say('口座振替なんだけど、引き落としの前に教えてくれたりするの？')
      .expect(/お知らせできます/);
    expect(await subscription()).toBeUndefined();
  });

  it('「ありがとう！助かった」 thanks, whatever the matcher makes of it', async () => {
    await chat()
      .say('はがきの期限は？')
      .say('ありがとう！助かった')
      .expect(/どういたしまして/);
  });

  it('「それって買い物するたびにかかるの？」 after a fee is about that fee, answered no first', async () => {
    await chat()
      .say('はがきだと手数料いくら？')
      .say('それって買い物するたびにかかるの？')
      .expect(/いいえ、購入ごとにはかかりません。\nはがき請求書の請求手数料は209円/);
  });

  it('「12月に買った分は？」 after reminders is the deadline for those purchases', async () => {
    await chat(new Date('2026-12-14T10:00:00+09:00'))
      .say('口座振替でリマインダーお願い')
      .say('12月に買った分は？')
      .expect(/2026年12月分を銀行口座からの自動振替（口座振替）で払う場合、期限は2027年1月27日/);
  });
});

describe('a question that reads fairly clearly alone keeps its meaning', () => {
  it('"do the bills come by email?" after a fee is about the bill, not the fee', async () => {
    await chat()
      .say("what's the fee for direct debit?")
      .say('do the bills come by email?')
      .expect(/email/)
      .expectNot(/billing fee/);
  });
});

describe('after an FAQ answer that did not help', () => {
  it('「見つからない」 "still nothing" get where to ask, not the same answer again', async () => {
    await chat()
      .say('アトネの支払い番号ってどこで見れる？')
      .say('見つからない')
      .expect(
        /それでも解決しないときは、atone に直接問い合わせてください。\n問い合わせ先:\n• お問い合わせフォーム/,
      )
      .expectNot(/請求確定のメール/);
    await chat()
      .say("my SMS code isn't coming")
      .say('still nothing')
      .expect(/If that does not solve it, ask atone directly/);
  });

  it('「来なかったら？」 after when the postcard comes is a bill not received; an amount owed gets the route', async () => {
    await chat(new Date('2027-02-05T12:30:00+09:00'))
      .say('はがきっていつ届く？')
      .say('来なかったら？')
      .expect(/問い合わせ/)
      .expectNot(/延滞事務手数料/);
    await chat()
      .say('払い忘れたらどうなる？')
      .say('1月分の請求いくらか分かる？')
      .expect(/このボットからは見えません/);
  });
});

describe('blind set 15 kinds', () => {
  it('"can I pay it at 7-Eleven?" after a fee is about the shops, names no method and no hour', async () => {
    await chat()
      .say('I always pay with the barcode in the app')
      .say('and the fee?')
      .say('can I pay it at 7-Eleven?')
      .expect(/7-Eleven/)
      .say('ok set a reminder for me')
      .expect(/app barcode/);
    expect(await subscription()).toMatchObject({ method: 'barcode' });
  });

  it('"fine, postcard then" three questions after "which method?" answers it', async () => {
    await chat(new Date('2027-02-01T09:00:00+09:00'))
      .say('Set up a reminder for my atone payments please')
      .say('wait, before that, which convenience stores can I pay at?')
      .say('hm ok. and the postcard fee is how much?')
      .expect(/209/)
      .say('fine, postcard then')
      .expect(/postcard bill \(はがき請求書\) deadline/);
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });

  it('「あ、払い方はバーコードやで」 after a question about a purchase gives its deadline', async () => {
    await chat(new Date('2027-01-12T21:00:00+09:00'))
      .say('12月28日にネットで服買ったんやけど')
      .say('ちなみに請求ってもう来とる頃？')
      .say('あ、払い方はバーコードやで')
      .expect(/2026年12月分を電子バーコードで払う場合、期限は2027年1月10日/);
  });

  it('「1月10日って日曜やん。ずれる？」 keeps the purchase: the next method asked is for it', async () => {
    await chat(new Date('2026-11-20T10:00:00+09:00'))
      .say('12/31に買ったらコンビニ払いの期限いつ？')
      .say('1月10日って日曜やん。月曜にずれる？')
      .expect(/ずれるという情報はありません/)
      .say('口座振替やったら？')
      .expect(/2026年12月分を銀行口座からの自動振替（口座振替）で払う場合、期限は2027年1月27日/);
  });

  it('「コンビニ払いだと手数料かかるよね？」 after changing the method is the fee', async () => {
    await chat()
      .say('来月からコンビニ払いに変えたいんだけど、どうすればいい？')
      .say('コンビニ払いだと手数料かかるよね？')
      .expect(/209円/);
  });

  it('an English message quoting a Japanese error is answered in English', async () => {
    await chat()
      .say('got an error 不正な画面遷移 at checkout')
      .expect(/back button/);
  });

  it('after a subscription the shop must cancel: "cancel it for me" says who can, money paid is the refund rule', async () => {
    await chat()
      .say("I'm being billed every month by a manga site but I only bought once")
      .say("can't you just cancel it for me?")
      .expect(/contact the shop/)
      .say('and the money I already paid?')
      .expect(/offset/);
  });
});

describe('campaigns in a conversation', () => {
  it('"how do I enter?" after an eligibility answer is about entering the campaigns', async () => {
    await chat(new Date('2027-03-05T20:00:00+09:00'))
      .say('I last used atone in Oct 2023, do I qualify?')
      .say('what if I use it at 3 shops?')
      .expect(/you are eligible\. Its points are drawn by lottery/)
      .say('how do I enter?')
      .expect(/Enter during the campaign period/);
  });
});

describe('never mind', () => {
  it('「やっぱやめとく」 after an FAQ answer is acknowledged, not answered again', async () => {
    await chat()
      .say('ほな退会するわ')
      .say('やっぱやめとく')
      .expect(/わかりました。/)
      .expectNot(/退会しても/);
  });
});

describe('blind set 16 kinds', () => {
  it('「おけ、じゃあバーコードで」 answers "which method?" asked before two questions', async () => {
    await chat()
      .say('リマインダーつけて')
      .say('バーコードって手数料かかるの？')
      .say('おけ、じゃあバーコードで')
      .expect(/電子バーコードの期限の3日前/);
    expect(await subscription()).toMatchObject({ method: 'barcode' });
  });

  it('「夜8じにして」 sets the hour; 「通知いらないや、とめて」 stops; "list them" lists', async () => {
    await chat()
      .say('バーコードで前日にリマインドして')
      .say('夜8じにして')
      .expect(/20時/)
      .say('来月から口座振替にするから通知いらないや、とめて')
      .expect(/リマインダーを解除しました/);
    expect((await subscription())?.active).toBe(false);
    await chat()
      .say('remind me 2 days before, I pay by barcode')
      .say('list them')
      .expect(/2 days before/);
  });

  it('「今の設定教えて」 lists; 「コンビ二」 (kanji 二) is コンビニ', async () => {
    await chat()
      .say('はがきで前日の夜9時に教えて')
      .say('今の設定教えて')
      .expect(/はがき請求書の期限の前日、21時/);
    await chat(new Date('2027-01-29T10:00:00+09:00'))
      .say('コンビ二払いなら今月分はいつ')
      .expect(/コンビニ端末・銀行ATM（Pay-easy）/);
  });

  it('a list of purchases with a 10th on a Sunday says it does not move', async () => {
    await chat(new Date('2026-12-26T10:00:00+09:00'))
      .say('12/30と1/2に買った分、コンビニ払いだといつ？')
      .expect(/ずれるという情報はありません。その日までに、できれば早めに払ってください。/);
  });

  it('「まだメール来てないんだけど」 after when the bill comes is a bill not received', async () => {
    await chat()
      .say('請求っていつ来るの？')
      .say('まだメール来てないんだけど')
      .expect(/問い合わせ/);
  });
});

describe('blind set 17 kinds', () => {
  it('「なんで28日なん？」 asks why the debit day is the 28th: the same deadline, which says', async () => {
    await chat(new Date('2026-11-21T10:00:00+09:00'))
      .say('今月買うたやつ、いつまでに払えばええの？')
      .say('口座振替なら何日に落ちるん？')
      .say('なんで28日なん？')
      .expect(/2026年11月分を銀行口座からの自動振替（口座振替）で払う場合、期限は2026年12月28日/)
      .expect(/日曜日/);
  });

  it('"I\'m paying with the barcode in the app btw" after a bill question gives the purchase\'s deadline', async () => {
    await chat(new Date('2026-12-03T20:00:00+09:00'))
      .say('Bought a pair of boots on Nov 29 with atone')
      .say("the bill email hasn't come yet tho")
      .say("I'm paying with the barcode in the app btw")
      .expect(/10 December 2026/)
      .say('what if i miss it')
      .expect(/suspended/);
  });

  it('「それって分割もできる？」 after Amazon is about Amazon; 「ローソンは？」 after the shops is about the shops', async () => {
    await chat()
      .say('アマゾンでアトネ使えたっけ？')
      .say('それって分割もできる？')
      // Amazon's own pay-later option (Paidy), whichever of the two Amazon answers says it.
      .expect(/Amazon/)
      .expect(/ペイディ/);
    await chat()
      .say('バーコードで払ってます。1月20日に買った分の期限は？')
      .say('セブンで払える？')
      .say('ローソンは？')
      .expect(/ローソン/)
      .expectNot(/期限は/);
  });

  it('「ちゃんと消えた？」 after stopping lists; "is the fee charged 3 times?" is per month', async () => {
    await chat()
      .say('バーコードでリマインドして')
      .say('通知止めて')
      .say('ちゃんと消えた？')
      .expect(/ありません/);
    await chat()
      .say('I bought stuff on Oct 25, Nov 8 and Nov 27, when do I pay by direct debit?')
      .say('is the fee charged 3 times?')
      .expect(/No, it is not charged per purchase/);
  });

  it('「通知とかできたりする？」 is explained with a button for the method named, and nothing is set', async () => {
    await chat(new Date('2026-12-18T08:00:00+09:00'))
      .say('バーコードの期限いつも忘れちゃうんだよね…通知とかできたりする？')
      .expect(/お知らせできます/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('campaign eligibility', () => {
  it('not eligible for the campaign asked about: names the one the user qualifies for', async () => {
    await chat()
      .say('最後に使ったのが2023年11月30日なんだけど、ポイント祭りの対象？')
      .expect(/代わりに対象になるのは春の大抽選キャンペーンです。/);
  });
});

describe('blind set 18 kinds', () => {
  it('「3日前に…あ、やっぱ5日前で」 in one message keeps the lead time taken back to', async () => {
    await chat().say('はがきで払ってるんだけど、期限の3日前にリマインドして。あ、やっぱ5日前で');
    expect((await subscription())?.leadDays).toEqual([5]);
  });

  it('「27日じゃないの？」 doubts a debit moved off a Sunday: the same deadline, which says why', async () => {
    await chat(new Date('2026-11-10T10:00:00+09:00'))
      .say('11月に買った分、口座振替だといつ？')
      .say('27日じゃないの？')
      .expect(/2026年11月分を銀行口座からの自動振替（口座振替）で払う場合、期限は2026年12月28日/)
      .expect(/12月27日が日曜日/);
  });

  it('「じゃあ翌月払いでコンビニ払いなら？」 after つど後払い is the monthly plan’s deadline', async () => {
    await chat(new Date('2026-12-15T12:00:00+09:00'))
      .say('つど後払いの支払い期限っていつ？')
      .say('じゃあ翌月払いでコンビニ払いなら？')
      .expect(/1月10日/);
  });

  it('「あ、違う、12月2日だった。2023年の」 corrects the last use: the campaigns again for that day', async () => {
    await chat(new Date('2026-11-05T12:00:00+09:00'))
      .say('最後に使ったの2023年11月なんだけど対象？')
      .say('あ、違う、12月2日だった。2023年の')
      .expect(/最後の利用が2023年12月2日なら:\n• 春のポイント祭り: 対象です。/);
  });

  it('「一番手数料安いのは？」 compares all; 「金額っていくら？」 after a deadline gets the route', async () => {
    await chat()
      .say('はがきの期限は？')
      .say('一番手数料安いのは？')
      .expect(/無料なのは銀行口座からの自動振替（口座振替）だけ/);
    await chat(new Date('2027-03-05T09:00:00+09:00'))
      .say('2月に使った分、コンビニで払う期限いつ？')
      .say('金額っていくら？')
      .expect(/このボットからは見えません/);
  });

  it('"which one is free?" while the bot waits for a method is answered, and the question stays open', async () => {
    await chat()
      .say('Can you remind me about my payments?')
      .say('which one is free?')
      .expect(/Only automatic bank debit/)
      .say('direct debit then')
      .expect(/automatic bank debit \(口座振替\) deadline 3 days before/);
  });
});

describe('asking the bot to cancel a charge', () => {
  it('「atoneのほうで解約してくれへん？」 after a subscription says who can (the shop)', async () => {
    await chat()
      .say('頼んだ覚えないのに毎月請求がくる')
      .say('定期購入かも')
      .say('atoneのほうで解約してくれへん？')
      .expect(/お店/)
      .expectNot(/後払い決済サービスです/);
  });
});

describe('a follow-up on the same FAQ topic', () => {
  it('"why?" and "how long does it take" get the part asked about, not the whole answer again', async () => {
    await chat()
      .say('my payment got declined at checkout')
      .say('why?')
      .expect(/Every atone order is screened/)
      .expectNot(/Officially, your limit stays at 0 yen/);
    await chat()
      .say('do I need identity verification?')
      .say('how long does it take')
      .expect(/The review takes 5 minutes at the quickest, sometimes several days\./)
      .expectNot(/photograph your face/);
  });
});

describe('blind set 19 kinds', () => {
  it('「バーコードで払う予定」 "gonna pay with the barcode" after a bill question give the purchase deadline', async () => {
    await chat(new Date('2027-01-05T10:00:00+09:00'))
      .say('12月20日に買ったやつあるんだけど')
      .say('請求っていつ来る？')
      .say('バーコードで払う予定')
      .expect(/2026年12月分を電子バーコードで払う場合、期限は2027年1月10日/);
  });

  it('「解除されたか確認したい」 right after stopping lists, and stops nothing again', async () => {
    await chat()
      .say('はがきで通知して')
      .say('やっぱ通知いらないや、解除で')
      .say('解除されたか確認したい')
      .expect(/設定中のリマインダーはありません/);
  });

  it('「口座振替ならそれぞれいつ？」 after a fee question about several purchases gives each deadline', async () => {
    await chat(new Date('2027-01-10T10:00:00+09:00'))
      .say('12月3日と12月20日と1月5日に買った。コンビニ払いだといつ？')
      .say('手数料は何回かかる？')
      .say('口座振替ならそれぞれいつ？')
      .expect(/2027年1月27日/)
      .expect(/2027年3月1日/)
      .say('なんで3月？2月じゃないの？')
      .expect(/2月27日が土曜日/);
  });

  it('"did I miss that?" with a date is the deadline for it; "would that apply to…" after a change is about the change', async () => {
    await chat(new Date('2027-03-01T10:00:00+09:00'))
      .say('I also had one from December 20 on the postcard. did I miss that?')
      .expect(/20 January 2027/);
    await chat(new Date('2027-02-15T10:00:00+09:00'))
      .say('how do I switch to direct debit?')
      .say('so would that already apply to this February lamp?')
      .expect(/applies from the bill of the month after the change/);
  });
});

describe('a month to come', () => {
  it('"and next month?" after this month\'s debit is next month\'s debit', async () => {
    await chat(new Date('2026-11-03T07:30:00+09:00'))
      .say('when will the money be taken this month? I pay by direct debit')
      .expect(/27 November 2026/)
      .say('and next month?')
      .expect(/For November 2026 purchases paid by automatic bank debit[^\n]*28 December 2026/);
  });

  it("「来月の期限は？」 is the deadline next month, for this month's purchases", async () => {
    await chat(new Date('2026-11-03T07:30:00+09:00'))
      .say('来月の期限は？')
      .expect(/2026年12月の支払い期限（2026年11月分）/);
  });
});

describe('points for a number of shops', () => {
  it('「2店舗だと？」 gives the points for two shops without the whole reward table again', async () => {
    await chat()
      .say('最後に使ったのは2024年1月')
      .say('2店舗だと？')
      .expect(/2店舗なら300ポイントです/)
      .expectNot(/500ポイント/);
  });
});

describe('questions about reminders just set', () => {
  it('"when\'s the first one?" lists when it comes; "what if I pay early?" tells of the Paid button', async () => {
    await chat()
      .say('remind me 2 days before, barcode')
      .say("when's the first one?")
      .expect(/Scheduled:\n• Tuesday, 8 December 2026 9:00/)
      .say('what if I pay early, does it still remind me?')
      .expect(/press Paid on a reminder and no more come for that deadline/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [2] });
  });
});

describe('「ほな頼むわ」 after reminders', () => {
  it('right after they were set it is acknowledged', async () => {
    await chat()
      .say('口座振替で前日に教えて')
      .say('ほな頼むわ')
      .expect(/わかりました。/)
      .expectNot(/理解できませんでした/)
      .say('時間は夜7時で')
      .expect(/19時/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [1], sendHour: 19 });
  });

  it('after the explanation, with none set, it asks which method', async () => {
    await chat()
      .say('リマインダーってどう設定するの？')
      .say('ほな頼むわ')
      .expect(/どれですか/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('blind set 20 kinds', () => {
  it('「手数料は口座振替と同じ？」 compares the method talked about with the one named', async () => {
    await chat()
      .say('バーコードの手数料は？')
      .say('手数料は口座振替と同じ？')
      .expect(/• 電子バーコード: 209円\n• 銀行口座からの自動振替（口座振替）: 無料/);
  });

  it('"7-11?" in an English chat is answered in English; "I\'m NOT on direct debit" is not direct debit', async () => {
    await chat(new Date('2026-11-03T10:00:00+09:00'))
      .say('which konbini can I pay at?')
      .say('7-11?')
      .expect(/At 7-Eleven you can pay the app barcode or the postcard bill/);
    await chat(new Date('2026-11-03T10:00:00+09:00'))
      .say('konbini deadline?')
      .say("and I'm NOT on direct debit, so no 27th for me right?")
      .expect(/10 November 2026/)
      .expectNot(/automatic bank debit/);
  });

  it('"pay for november" is November\'s purchases; "I change my mind, I want bank account" asks the same for it', async () => {
    await chat(new Date('2026-11-20T10:00:00+09:00'))
      .say('when do I pay for november at the konbini')
      .expect(/For November 2026 purchases[^\n]*10 December 2026/)
      .say('sorry, I change my mind, I want bank account automatic')
      .expect(/For November 2026 purchases paid by automatic bank debit[^\n]*28 December 2026/);
  });

  it('「はがきでしはらうつもり」 after a bill question gives the purchase’s deadline', async () => {
    await chat(new Date('2027-03-03T10:00:00+09:00'))
      .say('2月20日に買った')
      .say('請求いつくる？')
      .say('はがきでしはらうつもり')
      .expect(/2027年2月分をはがき請求書で払う場合、期限は2027年3月20日/);
  });
});

describe('blind set 20 kinds, continued', () => {
  it('"ok set it for direct debit" answers "which method?"; "1 day before please" then changes it', async () => {
    await chat(new Date('2027-03-28T10:00:00+09:00'))
      .say('remind me about my payments')
      .say('when is the next debit?')
      .say('ok set it for direct debit')
      .expect(/automatic bank debit \(口座振替\) deadline 3 days before/)
      .say('1 day before please')
      .expect(/Changed\./);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [1] });
  });

  it('「もう残ってないよね？」 after stopping lists; "when does that get added" after a late fee is the late fee', async () => {
    await chat()
      .say('はがきで通知して')
      .say('通知止めて')
      .say('もう残ってないよね？')
      .expect(/ありません/);
    await chat()
      .say('missed the barcode deadline yesterday, what happens')
      .say('when does that get added')
      .expect(/10th and 25th/);
  });

  it('a hedged wish for reminders after a deadline question offers that method', async () => {
    await chat()
      .say('口座振替の今月の引き落とし日は？')
      .say('通知とかしてもらえたりする？')
      .expect(/口座振替）の期限/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('a detail the FAQ answer speaks of', () => {
  it('「住所って1-2-3みたいに略して書いてもいい？」 after identity checks stays with them; points after the limit do not', async () => {
    await chat()
      .say('本人確認ってどうやるの？')
      .say('住所って1-2-3みたいに略して書いてもいい？')
      .expect(/1丁目2番地3号/);
    await chat()
      .say('払ったのに使えない')
      .say('ポイントってどれくらい貯まるの？')
      .expect(/ポイント/)
      .expectNot(/利用可能額が戻り/);
  });
});

describe('blind set 21 kinds', () => {
  it('"Actually no, I\'ll get the paper invoice instead." asks the same question for the postcard', async () => {
    await chat(new Date('2026-11-30T12:00:00+09:00'))
      .say("For November shopping, if I pay by barcode, what's the last day?")
      .expect(/10 December 2026/)
      .say("Actually no, I'll get the paper invoice instead.")
      .expect(/paid by postcard bill[^\n]*20 December 2026/);
  });

  it('after whether the user qualifies, one campaign named is that one; 「いつまで開催？」 is when they run', async () => {
    await chat(new Date('2026-12-20T10:00:00+09:00'))
      .say('最終利用日が2023年11月30日なのですが、どのキャンペーンが対象になりますでしょうか')
      .say('ポイント祭りのほうは難しいでしょうか？')
      .expect(/春のポイント祭り: 対象外です/)
      .expectNot(/知られているキャンペーン/)
      .say('いつまで開催されていますか')
      .expect(/すでに終了/)
      .expectNot(/支払い期限/);
  });

  it('"if its not him" after family use leaves the fraud form', async () => {
    await chat()
      .say('i got atone bill but i never buy anything??')
      .say('maybe my little brother used it with my email')
      .expect(/between you and them/)
      .say('if its not him what should I do')
      .expect(/fraud consultation form/);
  });

  it('a purchase said in kana (「11/18に服かった」) asks its deadline, and the method after an aside answers it', async () => {
    await chat(new Date('2026-11-28T19:30:00+09:00'))
      .say('11/18に服かった')
      .expect(/2026年11月分の支払い期限/)
      .say('ちなみに支払い方法って何があるんだっけ')
      .expect(/支払い方法は4つ/)
      .say('バーコードで')
      .expect(/2026年11月分を電子バーコードで払う場合、期限は2026年12月10日/);
  });
});

describe('a time of day for reminders', () => {
  it('「やっぱ前日の夜にして」 moves the reminder to the evening, not the morning hour it had', async () => {
    await chat()
      .say('リマインダー設定したい')
      .say('コンビニ')
      .say('やっぱ前日の夜にして')
      .expect(/期限の前日、20時にお知らせします/);
    expect(await subscription()).toMatchObject({ leadDays: [1], sendHour: 20 });
  });
});

describe('a topic taken up again', () => {
  it('「さっきの本人確認の話だけど、どれくらい時間かかる？」 two turns later gives the part asked about', async () => {
    await chat()
      .say('本人確認ってどうやるの？')
      .say('ところで手数料っていくら？')
      .say('さっきの本人確認の話だけど、どれくらい時間かかる？')
      .expect(/審査は最短5分で、数日かかることもあります。/)
      .expectNot(/スマホで顔と本人確認書類を撮影/);
    await chat()
      .say('I returned a jacket but still got billed')
      .say('ok. when is the konbini deadline anyway?')
      .say('going back to the refund thing, I already paid. what happens?')
      .expect(/• Already paid/)
      .expectNot(/Not paid yet/);
  });
});

describe('blind set 22 kinds', () => {
  it('「じゃあはがき払いで登録して」 while reminders are talked about sets them; a hedged wish is asked back', async () => {
    await chat(new Date('2026-12-05T12:00:00+09:00'))
      .say('リマインダーってどうやって使うの？')
      .say('今なにか登録されてる？')
      .say('じゃあはがき払いで登録して')
      .expect(/はがき請求書の期限の3日前・当日/);
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });

  it('「通知とかあったら助かるんやけど…」 is a wish: asked back, nothing set', async () => {
    await chat()
      .say('バーコードにしとこかな。期限忘れがちやから、なんか通知とかあったら助かるんやけど…')
      .expect(/リマインダーを設定しますか？（電子バーコード）/);
    expect(await subscription()).toBeUndefined();
  });

  it('「今どういう設定になってますか？」 lists the reminders', async () => {
    await chat()
      .say('3日前に口座振替のリマインダーお願い')
      .say('今どういう設定になってますか？')
      .expect(/予定:/);
  });

  it('after a debit day, 「27日が日曜やったらどうなるん？」 is whether it moves; 「払えんかったら？」 is paying late', async () => {
    await chat()
      .say('口座振替の引き落とし日は？')
      .say('27日が日曜やったらどうなるん？')
      .expect(/翌営業日/)
      .expectNot(/延滞事務手数料/)
      .say('ほな払えんかったら？')
      .expect(/延滞事務手数料/);
  });

  it('after the campaigns, a last use said asks whether the user qualifies; after the points, 「有効期限は？」 is theirs', async () => {
    await chat()
      .say('春のポイント祭りってまだやってる？')
      .say('最後に使ったのが2023年11月30日やったら？')
      .expect(/最後の利用が2023年11月30日なら/);
    await chat()
      .say('NPポイントってどう貯まる？')
      .say('有効期限は？')
      .expect(/有効期限があるかどうかは調べた情報源には見つからなかった/);
  });
});

describe('blind set 22 kinds, continued', () => {
  it('after Amazon, 「分割もできる？」 asks it there too; 「メルペイとか楽天ペイは？」 and 「代引きってまだある？」 stay with Amazon', async () => {
    await chat()
      .say('アマゾンでatone払いって選べます？')
      .say('じゃあ後払いにしたい場合どうすれば')
      .say('分割もできる？')
      .expect(/3回・6回の分割払い/)
      .say('メルペイとか楽天ペイは？')
      .expect(/メルペイはAmazonで使える/)
      .say('代引きってまだある？')
      .expect(/代金引換は2024年6月6日で終了/);
  });

  it('「アトネは？」 after Amazon’s wallets asks whether atone is one: no', async () => {
    await chat()
      .say('Amazonでd払いって使える？')
      .say('アトネは？')
      .expect(/いいえ。Amazon（Amazon.co.jp）では atone は使えません/);
  });

  it('a yes/no question about one method’s fee says yes or no first', async () => {
    await chat()
      .say('はがきって手数料タダだよね？')
      .expect(/いいえ、はがき請求書の請求手数料は209円/);
    await chat()
      .say('バーコードって手数料かかるん？')
      .expect(/はい、電子バーコードの請求手数料は209円/);
    await chat()
      .say('is direct debit free?')
      .expect(/Yes\. Paying by automatic bank debit/);
  });

  it('「無料になる方法は？」 after one method’s fee asks across the ways to pay', async () => {
    await chat()
      .say('はがきの手数料は？')
      .say('無料になる方法は？')
      .expect(/無料なのは銀行口座からの自動振替（口座振替）だけです/);
  });

  it('「12月20日までに払えば間に合う？」 puts the date forward as a day to pay by, not a purchase', async () => {
    await chat(new Date('2026-12-18T12:00:00+09:00'))
      .say('12月20日までに払えば間に合う？')
      .expect(/電子バーコード（12月10日）には間に合いません。はがき請求書（12月20日）なら間に合います/);
  });
});

describe('blind set 23 kinds', () => {
  it('「その日って日曜じゃない？」 says the day is a Sunday, then that the 10th is not known to move', async () => {
    await chat(new Date('2026-12-20T18:00:00+09:00'))
      .say('12/25に買う予定なんだけどはがきだといつまで？')
      .say('やっぱバーコードにするかも')
      .say('その日って日曜じゃない？')
      .expect(
        /はい、1月10日は日曜日です。\n10日・20日の期限が土日祝日にあたっても後ろにずれるという情報はありません/,
      )
      .expectNot(/1月10日は日曜日です。[\s\S]*1月10日は日曜日です。/);
  });

  it('「リマインドもういらんかもなぁ…どうしよ」 is asked back, not done', async () => {
    await chat(new Date('2026-12-14T12:00:00+09:00'))
      .say('口座振替の3日前にリマインドして')
      .say('うーん、リマインドもういらんかもなぁ…どうしよ')
      .expect(/解除しますか？|止めますか？|取り消しますか？|\[\/1\]/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('"just bought … rn" at 00:30 on 1 December in Tokyo (15:30 UTC the day before) is a December purchase', async () => {
    await chat(new Date('2026-11-30T15:30:00Z'))
      .say("just bought something with atone rn, konbini. when's it due")
      .expect(/For December 2026 purchases[^\n]*10 January 2027/)
      .say('ok and the postcard deadline then')
      .expect(/20 January 2027/);
  });
});

describe('whether a date moved or passed', () => {
  it('「口座振替って年末年始で日にちずれたりする？」 after a fee is whether the debit moves', async () => {
    await chat()
      .say('はがきの手数料なんぼ')
      .say('口座振替って年末年始で日にちずれたりする？')
      .expect(/翌営業日/);
  });

  it('「もう過ぎてる？」 asks whether the deadline passed (the deadline); 「過ぎとるやん…」 is paying late', async () => {
    await chat(new Date('2027-01-05T10:00:00+09:00'))
      .say('去年の12月分、コンビニ払いはいつまで？')
      .say('で、去年の11月分はもう過ぎてる？')
      .expect(/2026年12月10日（木）/)
      .expect(/過ぎています/);
    await chat(new Date('2026-11-26T18:00:00+09:00'))
      .say('10月30日と11月2日に買ったのはコンビニ払いでいつまで？')
      .say('11月10日のって過ぎとるやん…')
      .expect(/延滞事務手数料/);
  });
});

describe('a thing the last answer named', () => {
  it('"what do i need for that check" after code payment is the identity check it named', async () => {
    await chat()
      .say('can i use atone in real shops')
      .say('what do i need for that check')
      .expect(/documents/)
      .say('how long does it take')
      .expect(/5 minutes at the quickest/);
  });
});

describe('a date corrected without its year', () => {
  it('keeps the year said before (「2023年11月30日」 → 「あ、ちゃうわ、12月1日やったわ」)', async () => {
    await chat()
      .say('春のポイント祭りってまだやってる？')
      .say('最後に使ったのが2023年11月30日やったら？')
      .expect(/最後の利用が2023年11月30日なら/)
      .say('あ、ちゃうわ、12月1日やったわ')
      .expect(/最後の利用が2023年12月1日なら/);
  });
});

describe('a method said alone right after reminders were set', () => {
  it('asks back whether to change them to it, and changes on the button', async () => {
    await chat()
      .say('口座振替って年末年始でずれたりする？')
      .say('リマインダー設定して')
      .expect(/銀行口座からの自動振替（口座振替）の期限の3日前・当日/)
      .say('はがき')
      .expect(/リマインダーをこの設定に変更しますか？（はがき請求書）/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });
});

describe('blind set 25 kinds', () => {
  it("after the reminder button of a deadline's answer, 「口座振替だったらいつ？」 is the same purchase", async () => {
    await chat()
      .say('12月1日にコンビニ払いで買ったら期限はいつ？')
      .expect(/2027年1月10日/)
      .say('/1')
      .expect(/3日前・当日/)
      .say('ありがとう。口座振替だったらいつ？')
      .expect(/2026年12月分を銀行口座からの自動振替（口座振替）で払う場合、期限は2027年1月27日/);
    expect(await subscription()).toMatchObject({ method: 'store' });
  });

  it('「ほな何やったら後払いできるん？」 after Amazon is what to use there instead', async () => {
    await chat()
      .say('アマゾンでatone使える？')
      .say('ほな何やったら後払いできるん？')
      .expect(/ペイディ/);
  });

  it('"and if bank?" after a konbini deadline is the bank debit for the same purchase', async () => {
    await chat(new Date('2027-05-10T09:00:00+09:00'))
      .say('hello, i want know my pay day. i buy on 5 may with konbini')
      .expect(/10 June 2027/)
      .say('and if bank?')
      .expect(/automatic bank debit[^\n]*28 June 2027/);
  });
});

describe('a question about reminders from someone who has them', () => {
  it('is answered from their settings, and a time asked about is offered as a change that keeps the rest', async () => {
    await chat()
      .say('はがき払いなので2日前と当日に教えて')
      .expect(/はがき請求書の期限の2日前・当日、9時にお知らせします/)
      .say('通知って何時に来るの？')
      .expect(/はがき請求書の期限の2日前・当日、9時/)
      .expect(/12月18日（金） 9:00/)
      .expectNot(/いま設定すると|3日前/)
      .say('朝8時にできる？')
      .expect(/できます。ボタンを押すと、はがき請求書の期限の2日前・当日、8時に変更します/)
      // Asking changed nothing; the button does.
      .step(async () => {
        expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [2, 0], sendHour: 9 });
      })
      .say('/1')
      .expect(/2日前・当日、8時にお知らせします/);
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [2, 0], sendHour: 8 });
  });
});

describe('another shop named after Amazon', () => {
  it('「ユニクロは？」 "and rakuten?" ask whether atone works there, not about Amazon again; 楽天ペイ stays a way to pay on Amazon', async () => {
    await chat()
      .say('アマゾンでアトネ使える？')
      .say('ユニクロは？')
      .expect(/そのお店の「お支払い方法」のページ/);
    await chat()
      .say('can i use it on amazon')
      .say('and rakuten?')
      .expect(/that shop's payment-methods page/);
    await chat()
      .say('アマゾンでアトネ使える？')
      .say('楽天ペイは？')
      .expect(/楽天ペイはAmazonでは使えない/);
  });
});

describe('「やっぱ戻して」 "undo that" in words', () => {
  it('right after a stop sets the reminders again as they were', async () => {
    await chat()
      .say('コンビニ払いで2日前に教えて')
      .say('もうええわ、止めといて')
      .say('やっぱ戻して')
      .expect(/コンビニ端末・銀行ATM（Pay-easy）の期限の2日前、9時にお知らせします/);
    expect(await subscription()).toMatchObject({ active: true, method: 'store', leadDays: [2], sendHour: 9 });
  });

  it('right after a change takes it back, and only then', async () => {
    await chat()
      .say('コンビニ払いで2日前に教えて')
      .say('前日の夜8時に変えて')
      .step(async () => {
        expect(await subscription()).toMatchObject({ leadDays: [1], sendHour: 20 });
      })
      .say('undo that')
      .expect(/2 days before, at 9:00/);
    expect(await subscription()).toMatchObject({ leadDays: [2], sendHour: 9 });
  });
});

describe('"keep them" right after a stop', () => {
  it('says the reminders are off and offers them back as they were, changing nothing until the button', async () => {
    await chat()
      .say('remind me the day before, I pay by postcard')
      .say('stop the reminders')
      .expect(/Stopped/)
      .say('wait no keep them')
      .expect(/Your reminders are off now[^\n]*the day before, at 9:00[^\n]*Press Undo/)
      .expectNot(/left your reminders as they are/)
      .step(async () => {
        expect((await subscription())?.active).toBe(false);
      })
      .say('/1')
      .expect(/deadline the day before, at 9:00/);
    expect(await subscription()).toMatchObject({ active: true, method: 'postcard', leadDays: [1] });
  });
});

describe('a last use said as a season', () => {
  it('「2年前の春」 and "the spring of 2023" settle eligibility for the whole season', async () => {
    await chat()
      .say('春のキャンペーンの対象になる？最後に使ったのは2年前の春')
      .expect(/最後の利用が2024年3月〜5月なら/)
      .expect(/春のポイント祭り: 対象です/);
    await chat()
      .say('am I eligible for the spring campaigns? I last used atone in the spring of 2023')
      .expect(/With a last use in March–May 2023/)
      .expect(/Spring Grand Lottery[^\n]*you are eligible/);
  });
});

describe('a topic from two or three turns before, taken up again', () => {
  it('「さっきの請求の件だけど…」 is the unrecognised charge, not the family use or identity check in between', async () => {
    await chat()
      .say('身に覚えのない請求がきた')
      .say('家族が使ったかも')
      .say('ところで本人確認ってどれくらいかかる？')
      .say('マイナンバーカードでもいい？')
      .expect(/本人確認/)
      .expectNot(/アプリ専用カードの発行/)
      .say('さっきの請求の件だけど、どこに連絡すればいい？')
      .expect(/不正利用被害のご相談フォーム/)
      .expectNot(/家族や知人が使った分は、ご本人とその方との間の問題/);
  });

  it('"going back to the declined payment…" after the limit', async () => {
    await chat()
      .say('my payment got declined')
      .say('how do I raise my limit?')
      .say('going back to the declined payment, who do I ask?')
      .expect(/screened/);
  });
});

describe('whether a debit moves, asked about one purchase', () => {
  it('says first whether it does this time; the year-end it names is no purchase date', async () => {
    await chat(new Date('2026-12-30T22:00:00+09:00'))
      .say('dec 31 purchase, direct debit deadline?')
      .say('does the new year holiday shift that?')
      .expect(/^[^\n]*Not this time: Wednesday, 27 January 2027 is a bank business day\./m);
    await chat()
      .say('11月20日に買ったやつ、口座振替の日って年末でずれたりする？')
      .expect(/はい、今回はずれて2026年12月28日（月）です。/)
      .expectNot(/購入日ごと/);
  });
});

describe('blind set 26 kinds', () => {
  it('a method said for the purchase asked about before a tangent is that purchase’s deadline', async () => {
    await chat()
      .say('11月5日に服買ったんだけど、支払い期限っていつ？')
      .say('あ、そういえばAmazonでもアトネ使える？')
      .say('そっか。で、さっきの服ははがきで払うわ')
      .expect(/2026年11月分をはがき請求書で払う場合、期限は2026年12月20日/);
    await chat(new Date('2026-12-22T19:00:00+09:00'))
      .say("bought a coat on dec 20, when's it due?")
      .say('also how do i get the bill, email?')
      .say("I'll pay the coat by postcard")
      .expect(/December 2026 purchases paid by postcard bill[^\n]*20 January 2027/)
      .say('and by bank debit it would be?')
      .expect(/27 January 2027/);
  });

  it('"oct 28 not nov 9" sets the second date aside', async () => {
    await chat()
      .say('got a new phone case on nov 9, when do i have to pay for it')
      .say('oh wait no, i bought it on oct 28 not nov 9')
      .expect(/10 November 2026/)
      .expectNot(/10 December 2026/);
  });

  it('「11月に使われた分」 is the purchases of November; 「乗っ取られてたら」 after a deadline is a fraud question', async () => {
    await chat()
      .say('身に覚えのない請求がきた')
      .say('その請求、11月に使われた分をコンビニで払うなら期限いつ？')
      .expect(/2026年12月10日/)
      .say('乗っ取られてたらどうすればいい？')
      .expect(/不正利用/);
  });

  it('"it failed twice, i used my tablet" after identity checks is the failing check', async () => {
    await chat()
      .say('how do I do the identity check?')
      .say('how long does it take?')
      .say('it failed twice, i used my tablet')
      .expect(/use a smartphone/);
  });
});

describe('"if I pay now is it ok?" after a passed deadline', () => {
  it('is about paying late, whatever it reads as alone', async () => {
    await chat()
      .say('10月に買った分、コンビニ払いの期限は？')
      .say('今から払えば大丈夫？')
      .expect(/延滞事務手数料/);
    await chat()
      .say('when was the konbini deadline for october?')
      .say('if I pay now is it ok?')
      .expect(/late fee/);
  });
});

describe('a keyboard mash in a Japanese chat', () => {
  it('"asdf" is answered in the chat’s language', async () => {
    await chat()
      .say('こんにちは')
      .say('asdf')
      .expect(/うまく理解できませんでした/);
  });
});

describe('a bill that has not come, with the worry about its deadline', () => {
  it('is answered with whom to ask; the method said next gives that purchase’s deadline', async () => {
    await chat()
      .say(
        'お世話になっております。先月アトネで家電を購入したのですが、請求書がまだ届いておりません。支払期限を過ぎてしまうのではないかと心配しております。どうすればよろしいでしょうか。',
      )
      .expect(/1週間以上たっても何も届かなければ/)
      .say('ちなみに支払い方法ははがきです')
      .expect(/2026年10月分をはがき請求書で払う場合、期限は2026年11月20日/);
  });
});

describe('blind set 27 kinds', () => {
  it('「どうなっちゃうの？」 after a passed deadline is what paying late means', async () => {
    await chat()
      .say('10月に買ったはがきの期限は？')
      .say('どうなっちゃうの？')
      .expect(/延滞事務手数料/);
  });
});

describe('two hours asked for one set of reminders', () => {
  it('says reminders come at one hour, which one is used, and how to pick the other', async () => {
    await chat()
      .say('remind me at 8pm the day before and 7am on the day, I pay by barcode')
      .expect(/Reminders come at one hour only, so I used 20:00 \(say "at 7:00" for that one instead\)/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [1, 0], sendHour: 20 });
  });
});

describe('a shop count corrected with a number alone', () => {
  it('"actually make that 4" and 「いや、3つやった」 after a shop count ask again for that many', async () => {
    await chat()
      .say('the points festival, am i in? last used it in january 2024')
      .say('what if I shopped at 2 stores')
      .say('actually make that 4')
      .expect(/you are eligible/)
      .expectNot(/Campaigns we know of/);
    await chat()
      .say('ポイント祭りって対象？最後に使ったのは2024年2月')
      .say('2店舗で使ったら？')
      .say('いや、3つやった')
      .expect(/3店舗なら500ポイント/);
  });
});

describe('a lead time corrected with a number alone', () => {
  it('"actually make it 2", "no wait, 1", 「やっぱ2で」 right after reminders change the days before', async () => {
    await chat()
      .say('remind me 3 days before the postcard deadline')
      .say('actually make it 2')
      .expect(/Changed\. [^\n]*2 days before/)
      .say('no wait, 1')
      .expect(/Changed\. [^\n]*the day before/);
    expect((await subscription())?.leadDays).toEqual([1]);
    await chat()
      .say('はがきの期限の3日前に通知して')
      .say('やっぱ2で')
      .expect(/設定を変更しました。はがき請求書の期限の2日前/);
    expect((await subscription())?.leadDays).toEqual([2]);
  });
});

describe('weighing a switch of method', () => {
  it('「いつから変わる？」 "from when does it apply?" after a fee is when a change takes effect', async () => {
    await chat()
      .say('手数料は？')
      .say('ほな口座振替にしたら？')
      .expect(/無料/)
      .say('いつから変わる？')
      .expect(/翌月以降の請求から/);
    await chat()
      .say("what's the fee for the barcode")
      .say('and if I switch to direct debit?')
      .say('from when does it apply?')
      .expect(/applies from the December 2026 bill/);
  });
});

describe('reminders talked about in passing', () => {
  it('"Mark it as paid" marks the next deadline paid; "do I still get a reminder next month?" only lists', async () => {
    const may8 = new Date('2027-05-08T10:00:00+09:00');
    await chat(may8)
      .say('remind me 3 days before the barcode deadline')
      .say("Paid this month's bill at Lawson just now. Mark it as paid.")
      .expect(/Marked the Monday, 10 May 2027 deadline as paid/)
      .say('do I still get a reminder next month?')
      .expect(/app barcode[^\n]*3 days before/)
      .expectNot(/Changed/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [3], active: true });
  });

  it('a question after a deadline that named a shop changes nothing', async () => {
    const may8 = new Date('2027-05-08T10:00:00+09:00');
    await chat(may8)
      .say('remind me 3 days before the barcode deadline')
      .say("Paid this month's bill at Lawson just now.")
      .say('do I still get a reminder next month?')
      .expectNot(/Changed/)
      .say('来月も通知来る？')
      .expect(/電子バーコードの期限の3日前/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [3] });
  });

  it('"did that work?" and 「できた？」 right after a change show what is set', async () => {
    await chat()
      .say('remind me the day before, barcode')
      .say('did that work?')
      .expect(/app barcode[^\n]*the day before, at 9:00/)
      .say('じゃあ前日の夜8時に変えて')
      .say('できた？')
      .expect(/電子バーコードの期限の前日、20時/);
  });

  it('"I always forget to pay" offers a reminder and sets none until the button', async () => {
    await chat()
      .say('I always forget to pay my barcode bill on time...')
      .expect(/Shall I set a reminder \(app barcode/);
    expect(await subscription()).toBeUndefined();
    await chat()
      .say('支払いいつも忘れちゃうんだよね')
      .expect(/お支払い方法はどれですか/);
    expect(await subscription()).toBeUndefined();
    await chat()
      .say('what happens if i forget to pay')
      .expect(/late fee/);
  });
});

describe('reminder requests in their own words', () => {
  it('「支払い方法をバーコードに変えたから、リマインダーもバーコードにしといて」 changes the method', async () => {
    await chat()
      .say('口座振替の引き落とし日の前日にリマインドして')
      .say('支払い方法をバーコードに変えたから、リマインダーもバーコードにしといて')
      .expect(/設定を変更しました。電子バーコードの期限の前日/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [1] });
  });

  it('「それって何時ごろ届くの？」 right after setting them says when, changing nothing', async () => {
    await chat()
      .say('口座振替の期限、3日前にリマインドして')
      .say('それって何時ごろ届くの？')
      .expect(/3日前、9時/);
    expect(await subscription()).toMatchObject({ leadDays: [3], sendHour: 9 });
  });

  it('「じゃあ通知を口座振替に変更して」 right after changing the payment method came up changes the reminders', async () => {
    await chat(new Date('2027-05-28T09:00:00+09:00'))
      .say('バーコード払いで通知して。3日前')
      .say('支払い方法を口座振替に変えたら、通知も変えないとだめ？')
      .say('じゃあ通知を口座振替に変更して')
      .expect(/設定を変更しました。銀行口座からの自動振替（口座振替）の期限の3日前/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [3] });
  });

  it('drops only the lead time turned down: 「3日前のはいらない」, "remove the day before one", "stop the 3 days one"', async () => {
    await chat()
      .say('バーコードで3日前と前日と当日に通知して')
      .say('3日前のはいらない')
      .expect(/設定を変更しました。電子バーコードの期限の前日・当日/);
    expect(await subscription()).toMatchObject({ active: true, leadDays: [1, 0] });
    await chat()
      .say('remind me 3 days before, the day before and on the day, barcode')
      .say('remove the day before one')
      .expect(/Changed\. [^\n]*3 days before and on the day of/)
      .say('actually stop the 3 days one')
      .expect(/Changed\. [^\n]*deadline on the day of/);
    expect(await subscription()).toMatchObject({ active: true, leadDays: [0] });
  });

  it('a time of day preferred right after setting them is their hour: 「夜がいい」, "evenings are better"', async () => {
    await chat()
      .say('はがきで通知して')
      .say('夜がいい')
      .expect(/設定を変更しました。[^\n]*20時/);
    expect(await subscription()).toMatchObject({ method: 'postcard', sendHour: 20 });
    await chat()
      .say('remind me about the barcode deadline')
      .say('evenings are better')
      .expect(/Changed\. [^\n]*18:00/);
    expect(await subscription()).toMatchObject({ method: 'barcode', sendHour: 18 });
  });

  it('keeps every lead time of a list: "7, 3 and 1 day before", 「7、3、1日前」', async () => {
    await chat().say('I pay with the postcard. remind me 7, 3 and 1 day before');
    expect((await subscription())?.leadDays).toEqual([7, 3, 1]);
    await chat().say('はがきで7、3、1日前に教えて');
    expect((await subscription())?.leadDays).toEqual([7, 3, 1]);
  });
});

describe('a method after which chains take it', () => {
  it("「バーコードなら？」 stays with the chains; 「その手数料は？」 is that method's fee", async () => {
    await chat(new Date('2027-02-18T12:00:00+09:00'))
      .say('セブンで払える？')
      .say('バーコードなら？')
      .expect(/セブン-イレブンでは電子バーコードとはがき請求書で払えます/)
      .say('その手数料は？')
      .expect(/電子バーコードの請求手数料は209円/);
  });
});

describe('a purchase planned for the end of the month', () => {
  it("「月末に買う予定」 gives that month's deadlines, the 27th moved past a Sunday", async () => {
    await chat(new Date('2027-05-12T10:00:00+09:00'))
      .say('月末に買う予定なんだけど、コンビニ払いと口座振替だとそれぞれ期限いつ？')
      .expect(/2027年6月28日（月）/)
      .expect(/2027年6月10日（木）/)
      .expectNot(/2027年5月27日/);
  });
});

describe('a long chat that drifts and comes back', () => {
  it('"it was the 3rd not the 13th" after Amazon corrects the purchase held from the start', async () => {
    await chat(new Date('2026-12-04T21:00:00+09:00'))
      .say('hey so I bought a jacket on the 13th with atone')
      .expect(/November 2026 purchases/)
      .say('paying at the convenience store')
      .say('and the fee?')
      .say('thanks! unrelated but does amazon take atone?')
      .say('ok back to the jacket, wait, it was the 3rd not the 13th')
      .expect(/December 2026 purchases[^\n]*10 January 2027/);
  });

  it('thanks first, then a question: the question is answered', async () => {
    await chat(new Date('2027-06-10T15:00:00+09:00'))
      .say('how do i verify my identity')
      .say('thanks. why do I even need it')
      .expect(/needed for some uses/)
      .expectNot(/You're welcome/);
  });

  it('after the deadline and paying late: "if I can\'t make it by then?", 「いつからまた使える？」', async () => {
    await chat(new Date('2027-06-02T07:00:00+09:00'))
      .say('when is the konbini deadline for may purchases?')
      .say("if I can't make it by then?")
      .expect(/suspended/);
    await chat(new Date('2026-12-18T13:00:00+09:00'))
      .say('11月25日と12月5日にバーコード払いで買い物しました。それぞれの期限は？')
      .say('え、12月10日過ぎてる…どうなるの？')
      .say('今日払ったらいつからまた使える？')
      .expect(/利用を停止/)
      .expect(/2〜3営業日/);
  });

  it("「次回の引き落とし日は」 after reminders is the deadline; 「わかった。…今月の支払い」 is this month's bill", async () => {
    await chat(new Date('2027-02-24T09:00:00+09:00'))
      .say('口座振替で、5日前に通知をお願いいたします。')
      .say('ちなみに、次回の引き落とし日はいつになりますでしょうか。')
      .expect(/2027年3月1日（月）/)
      .expectNot(/すでにこの設定です/);
    await chat(new Date('2027-03-18T21:00:00+09:00'))
      .say('わかった、おおきに。ついでに今月の支払い、口座振替やといつ引き落とし？')
      .expect(/2027年3月29日（月）/);
  });

  it('kana typed for kanji: 「こうざは」「ひきおとしび は？」', async () => {
    await chat(new Date('2027-04-01T12:00:00+09:00'))
      .say('3月にかったぶん　はがきのきげん')
      .say('てすうりょう')
      .say('こうざは')
      .expect(/口座振替）の請求手数料は無料/)
      .say('ひきおとしび は？')
      .expect(/2027年4月27日（火）/);
  });
});

describe('FAQ topics followed up', () => {
  it('「それっていつ戻る？」 after a double payment is its refund, not the shops its answer names', async () => {
    await chat(new Date('2027-01-05T19:00:00+09:00'))
      .say('同じ請求2回払ってもうた')
      .say('それっていつ戻る？')
      .expect(/相殺|返金/)
      .expectNot(/お店ごとに atone が使えるか/)
      .say('どこに連絡すればいい？')
      .expect(/お問い合わせフォーム/);
  });

  it('a purchase of its own after installments is a deadline; 「請求し直しになったら」 goes back to the return', async () => {
    await chat(new Date('2026-12-20T10:00:00+09:00'))
      .say('分割払いってできますか？')
      .say('分割の手数料は？')
      .say('じゃあ普通に払う。12月5日に買ったのをコンビニ払いだと？')
      .expect(/2027年1月10日/);
    await chat(new Date('2027-02-03T10:00:00+09:00'))
      .say('返品したのに請求が来た。払わないといけない？')
      .say('手数料も返ってくる？')
      .say('請求し直しになったらどこで払うの？')
      .expect(/Loppi か Famiポート/);
  });

  it('"it keeps getting rejected, what am I doing wrong?" after tablets gets the causes, not where to ask', async () => {
    await chat()
      .say('why do i need to verify my identity')
      .say('can i do it on my ipad')
      .say('it keeps getting rejected, what am I doing wrong?')
      .expect(/The usual causes[^\n]*address/);
  });

  it('"how many do i earn when I pay", "can I use them…?" stay with NP points', async () => {
    await chat()
      .say('do my NP points expire??')
      .say('how many do i earn when I pay')
      .expect(/0\.5%/)
      .say('can I use them to pay my bill?')
      .expect(/usable toward atone payments/);
  });

  it('a charge not recognised: a subscription suspected, then ruled out', async () => {
    await chat()
      .say('Got an atone bill for something I never bought. Is this a scam? can I just ignore it?')
      .say('oh maybe its a manga site I signed up for once')
      .expect(/定期コース \(subscription\)/)
      .say("and if it's not that? could someone be using my account?")
      .expect(/不正利用被害のご相談フォーム/);
  });

  it('"and if I had paid both by postcard instead?" asks both deadlines again by postcard', async () => {
    await chat(new Date('2027-03-10T08:00:00+09:00'))
      .say('the other two I bought on Feb 27 and Mar 2, both paid at a convenience store. when are they due?')
      .say('and if I had paid both by postcard instead?')
      .expect(/20 March 2027/)
      .expect(/20 April 2027/);
  });
});

describe('a neighbouring topic named by its subject', () => {
  it('"how many points do I earn?" after installments is about points', async () => {
    await chat()
      .say('can I split payments?')
      .say('how many points do I earn?')
      .expect(/0\.5%/)
      .say('do they expire?')
      .expect(/no expiry rule was found/);
  });

  it('"and if I cancel?" after when Amazon charges a debit card stays with Amazon\'s ways to pay', async () => {
    await chat()
      .say('when does amazon charge my debit card?')
      .say('and if I cancel?')
      .expectNot(/does not accept atone/)
      .say('can I pay for amazon with atone though')
      .expect(/does not accept atone/);
    await chat()
      .say('Amazonでアトネ払いしたいんやけど')
      .say('代引きは？')
      .say('ほな、ギフト券をアトネで買うんは？')
      .expect(/Amazonギフトカード（ギフト券）は atone では購入できません/);
  });
});

describe('set 37 kinds', () => {
  it('"what if i pay after the 10th?" after a deadline is paying late', async () => {
    await chat(new Date('2027-01-08T10:00:00+09:00'))
      .say('I bought a coat on Dec 28, barcode. when is it due?')
      .say('what if i pay after the 10th?')
      .expect(/suspended/);
  });

  it('"ok I\'ll use the barcode then" after which chains take it is the held purchase\'s deadline', async () => {
    await chat(new Date('2027-04-05T10:00:00+09:00'))
      .say('I bought shoes on April 2, when do I pay?')
      .say('can I pay at 7-Eleven?')
      .say("ok I'll use the barcode then")
      .expect(/10 May 2027/);
  });

  it('"my hagaki seikyuusho hasn\'t come" is the bill not received', async () => {
    await chat(new Date('2027-02-10T10:00:00+09:00'))
      .say("my hagaki seikyuusho hasn't come, i bought stuff in january")
      .expect(/contact form/i);
  });
});

describe('set 36 kinds', () => {
  it("the bill's notice named after a deadline is asked about: 「GWで請求メールが遅れたりしない？」", async () => {
    await chat(new Date('2027-04-28T10:00:00+09:00'))
      .say('GW中に買い物しまくる予定。5月3日に買ったらコンビニ払いの期限は？')
      .say('GWで請求メールが遅れたりしない？')
      .expect(/営業日/)
      .expectNot(/期限は2027年/);
  });

  it("「今月の請求って口座振替だといつ引き落とされる？」 is this month's debit, moved past a Saturday", async () => {
    await chat(new Date('2027-02-02T10:00:00+09:00'))
      .say('今月の請求って口座振替だといつ引き落とされる？')
      .expect(/2027年3月1日（月）/);
  });

  it('「なんで？」 after a moved debit keeps the deadline; 「あ、口座振替です」 after the fee completes it', async () => {
    await chat(new Date('2027-02-02T10:00:00+09:00'))
      .say('1月に使った分、口座振替だといつ？')
      .say('なんで？')
      .expect(/土曜日/)
      .expectNot(/審査/);
    await chat(new Date('2027-01-20T10:00:00+09:00'))
      .say('1月15日に買った分の期限は？')
      .say('手数料ってかかる？')
      .say('あ、口座振替です')
      .expect(/2027年3月1日（月）/);
  });

  it('「では電子バーコードに変更した場合、いつの請求から変わりますか。」 after which chains is changing the method', async () => {
    await chat(new Date('2027-05-06T10:00:00+09:00'))
      .say('4月28日に購入した商品の支払期限を教えていただけますか。支払い方法はコンビニ端末です。')
      .say('セブン-イレブンで支払えますか。')
      .say('では電子バーコードに変更した場合、いつの請求から変わりますか。')
      .expect(/翌月以降の請求から/);
  });
});

describe('the limit followed up', () => {
  it('"if I do identity verification will it go up?" after the limit is about raising it', async () => {
    await chat()
      .say("what's my limit? can i raise it?")
      .say('if I do identity verification will it go up?')
      .expect(/does not promise a higher limit/);
  });
});

describe('set 38 kinds', () => {
  it('"should I turn them off? what would you do" explains and changes nothing; "please cancel" stops', async () => {
    await chat()
      .say('remind me about my barcode payment')
      .say('should I turn them off? what would you do')
      .expect(/say "stop reminding me"/);
    expect((await subscription())?.active).toBe(true);
    await chat()
      .say('ok. please cancel my reminder.')
      .expect(/reminders are off/);
    expect((await subscription())?.active).toBe(false);
  });
});

describe('a date corrected in the same message, then put back', () => {
  it('"January 2nd, no wait, it was December 28" answers the 28th; "and if it had been the 2nd after all?" the 2nd', async () => {
    await chat(new Date('2027-01-05T10:00:00+09:00'))
      .say(
        "I bought a lamp on January 2nd, no wait, it was December 28, and I pay by direct debit. when's the debit?",
      )
      .expect(/December 2026 purchases[^\n]*27 January 2027/)
      .expectNot(/1 March 2027/)
      .say('and if it had been the 2nd after all?')
      .expect(/January 2027 purchases[^\n]*1 March 2027/);
  });
});

describe('a complaint asked back', () => {
  it('「いや、やっぱそのままで」 to "shall I turn them off?" keeps them', async () => {
    await chat()
      .say('はがきで前日に通知して')
      .say('通知うるさいわ')
      .expect(/解除しますか|解除する/)
      .say('いや、やっぱそのままで')
      .expect(/リマインダーはそのままです/);
    expect((await subscription())?.active).toBe(true);
  });
});

describe('the time of day of a deadline', () => {
  it('「何時まで？」 on the day says no source gives a time, and the day', async () => {
    await chat(new Date('2026-12-10T21:00:00+09:00'))
      .say('今日が期限だよね？コンビニ払い')
      .say('まだ払ってない、今から行けば間に合う？')
      .say('何時まで？')
      .expect(/期限日の何時までかを示した情報はありません/)
      .expect(/2026年12月10日/);
  });
});

describe('a purchase put off', () => {
  it('"and if i wait till tmrw?" on the last day of the month is next month\'s purchase', async () => {
    await chat(new Date('2026-11-30T20:00:00+09:00'))
      .say('i bought something today, konbini, when do i pay')
      .expect(/10 December 2026/)
      .say('and if i wait till tmrw?')
      .expect(/December 2026 purchases[^\n]*10 January 2027/);
  });
});

describe('noise after reminders', () => {
  it('"0" opens no question that a later method would answer', async () => {
    await chat()
      .say('通知を解除して')
      .say('0')
      .expectNot(/お支払い方法はどれですか/)
      .say("what's the fee for 口座振替?")
      .say('口座振替')
      .expectNot(/お知らせします/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('newcomers in chat apps', () => {
  it('"yo" is greeted; "Is PayPay accepted too?" after Amazon is about Amazon', async () => {
    await chat()
      .say('yo')
      .expect(/Hello!/)
      .expectNot(/can't see your account/);
    await chat()
      .say('does amazon take atone?')
      .say('Is PayPay accepted too?')
      .expect(/Amazon takes PayPay/);
  });

  it('「ほな期限近なったら教えて」 sets a reminder for the method talked about', async () => {
    await chat(new Date('2027-01-05T10:00:00+09:00'))
      .say('1/2に福袋買ってん。はがきやったらいつまで？')
      .say('手数料は？')
      .say('ほな期限近なったら教えて')
      .expect(/はがき請求書の期限の3日前・当日/);
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });

  it('"how do I do that verification?" after code payment is the identity check; 「それでも心当たりなかったら？」 the fraud form', async () => {
    await chat()
      .say('Can I use atone in a store with a QR code?')
      .say('how do I do that verification?')
      .expect(/photograph your face/);
    await chat()
      .say('身に覚えのない請求がある')
      .say('家族が使ったのかも')
      .say('それでも心当たりなかったら？')
      .expect(/不正利用被害のご相談フォーム/);
  });
});

describe('a purchase held across a fee question', () => {
  it('"I\'ll pay by barcode" after the fee is that purchase\'s deadline, with the fee', async () => {
    await chat(new Date('2026-12-01T12:00:00+09:00'))
      .say('I bought a bag on Nov 22.')
      .say('btw how much is the fee at the konbini?')
      .say("ok and I'll pay by barcode in the app")
      .expect(/November 2026 purchases paid by app barcode[^\n]*10 December 2026/)
      .expect(/209 yen/);
  });
});

describe('a charge not recognised, none of the usual causes', () => {
  it('「家族も使っていません」 goes to the fraud form; a code offered is turned down first', async () => {
    await chat()
      .say('身に覚えのない請求が来た')
      .say('定期購入もしていませんし、家族も使っていません。')
      .expect(/不正利用被害のご相談フォーム/)
      .say('認証コードをここに送れば調べてもらえますか？')
      .expect(/\nいいえ、パスワードや認証コードは、このチャットも含め、誰にも送らないでください。/);
    await chat()
      .say('身に覚えのない請求が来た')
      .say('家族が使ったかも')
      .say('ほんまに知らん請求やったらどこに連絡すればいい？')
      .expect(/定期コース・家族の利用・他の会員宛ての請求のどれにも当てはまらない/);
  });
});

describe('an identity check that keeps failing', () => {
  it('"it keeps failing" after the steps is the failing check; "is that the problem?" gets no yes or no', async () => {
    await chat(new Date('2027-06-10T10:00:00+09:00'))
      .say('how do i verify my identity')
      .say('it keeps failing')
      .expect(/The usual causes/)
      .say('my ID says 1丁目2番地3号 and i typed 1-2-3. is that the problem?')
      .expect(/without abbreviating/)
      .expectNot(/\n(No|Yes)\./);
  });
});

describe('after the limit', () => {
  it('「払ったらすぐ戻る？」 is when it comes back, not how to raise it', async () => {
    await chat()
      .say('atoneの限度額っていくら？')
      .say('払ったらすぐ戻る？')
      .expect(/2〜3営業日/)
      .expectNot(/上限額が上がるとは約束されていません/);
  });
});

describe('an extension asked for', () => {
  it('「何日まで待ってくれる？」 hears that none is promised, then the deadline', async () => {
    await chat()
      .say('期限いつ😭')
      .say('バーコード')
      .say('何日まで待ってくれる？')
      .expect(/^[^\n]*期限を延ばしてもらえるという情報はありません。/m)
      .expect(/2026年12月10日/);
  });
});

describe('whether a cancelled order must still be paid', () => {
  it('gets the part about bills not yet paid', async () => {
    await chat()
      .say('i returned a jacket but still got charged')
      .say('and do i still have to pay the bill in the meantime?')
      .expect(/Not paid yet: atone bills the updated amount or stops the bill/)
      .expectNot(/cancelled performance/);
  });
});

describe('already paid this time', () => {
  it('marks that deadline paid and keeps the reminders, whose next ones are still said to come', async () => {
    await chat()
      .say('はがきで3日前に通知して')
      .say('今月分はもう払ったから今回の通知はいらない')
      .expect(/2026年12月20日（日）の期限は支払い済みにしました/)
      .expectNot(/解除しました/)
      .say('今の設定は？')
      .expect(/次の期限は2027年1月20日（水）、あと53日です。2027年1月17日（日） 9:00にお知らせします/)
      .expectNot(/時刻は過ぎています/);
    expect(await subscription()).toMatchObject({ active: true, method: 'postcard' });
  });
});

describe('a fee charged without use', () => {
  it('"i didnt even use it this month" after the fees is a charge not recognised', async () => {
    await chat()
      .say('why the hell did you charge me 209 yen again??')
      .say('i didnt even use it this month')
      .expect(/usage details/)
      .expect(/fraud consultation form/);
  });
});

describe('a reminder asked for on a calendar day', () => {
  it('says reminders come days before the deadline, not on a date', async () => {
    await chat()
      .say('remind me on the 5th of every month')
      .expect(/Reminders are not set by calendar date: they come a number of days before your deadline/);
    await chat()
      .say('毎月5日に通知して、はがきです')
      .expect(/お知らせの日は日付では決められず、期限の何日前かで決まります/);
  });
});

describe('blind sets 40-41: details, languages and several purchases', () => {
  it('「日本語でお願い。手数料はいくら？」 answers the fee question in Japanese, not the last answer again', async () => {
    await chat(new Date('2026-10-15T10:00:00+09:00'))
      .say('When is the postcard deadline for October purchases?')
      .expect(/Friday, 20 November 2026/)
      .say('日本語でお願い。手数料はいくら？')
      .expect(/209円/)
      .expectNot(/期限は2026年11月20日/)
      .say('can you say that in English please?')
      .expect(/209 yen/);
  });

  it('a detail told after a failing identity check stays with it', async () => {
    await chat()
      .say('何回やっても通らへん。iPadでやってるんやけど')
      .expect(/スマホ/)
      .say('住所は1-2-3って書いてる')
      .expect(/1丁目2番地3号/)
      .expectNot(/^いいえ/m)
      .expectNot(/別の会員/);
  });

  it('dates listed after a bought one were bought; one to come is "Buying"', async () => {
    await chat(new Date('2027-02-01T10:00:00+09:00'))
      .say(
        "I bought stuff on Jan 15 and Jan 28, plus I'm buying something on Feb 14. I pay by bank debit. When does each get taken?",
      )
      .expect(/Bought 28 January 2027: Monday, 1 March 2027/)
      .expect(/Buying 14 February 2027: Monday, 29 March 2027/);
  });

  it('"the day before and the day of" keeps both lead times', async () => {
    await chat()
      .say('remind me the day before and the day of, I pay by bank debit')
      .expect(/the day before and on the day of, at 9:00/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [1, 0] });
  });

  it('a bill that has not come, said without the word "bill"', async () => {
    await chat(new Date('2026-12-12T10:00:00+09:00'))
      .say('its the 12th and I still havent gotten anything telling me what to pay for november')
      .expect(/contact form|help centre/i)
      .expectNot(/Thursday, 10 December/);
  });

  it('a konbini fee compared to the bank debit gives both', async () => {
    await chat()
      .say('how much extra does it cost to pay at the konbini compared to automatic bank debit?')
      .expect(/209 yen/)
      .expect(/free/);
  });
});

describe('blind sets 40-41: corrections, Amazon wallets, reminders that follow a switch', () => {
  it('a date put right keeps the tense of the purchase asked about', async () => {
    await chat()
      .say('2月30日に買ったら口座振替いつ？')
      .expect(/「2月30日」は存在しない日付です/)
      .say('ごめん2月28日やった')
      .expect(/2027年3月29日（月）/);
    await chat()
      .say('I bought on feb 30, bank debit')
      .say('sorry it was feb 28')
      .expect(/27 March 2026/);
    await chat()
      .say('I bought something on nov 3, konbini')
      .say('actually, what if I buy on dec 5?')
      .expect(/10 January 2027/);
  });

  it('「ほなメルペイは？」 after atone on Amazon is whether Amazon takes メルペイ', async () => {
    await chat()
      .say('アマゾンでatone使える？')
      .say('ほなメルペイは？')
      .expect(/メルペイはAmazonで使える/);
  });

  it('"ok I\'ve switched to bank debit, update it" moves the reminders; asking whether they follow does not', async () => {
    await chat()
      .say('set reminders for postcard, 7 days before, at 9am')
      .say('if I switch my payment method in the app, will the reminder follow?')
      .expectNot(/Changed\./)
      .say("ok I've switched to bank debit, update it")
      .expect(/Changed\./);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [7], sendHour: 9 });
  });
});

describe('blind sets 40-41: several questions told at length', () => {
  it('a purchase told in keigo, its debit day and fee asked, is the deadline with the fee', async () => {
    await chat()
      .say(
        'お世話になっております。10月28日にネットで洋服を購入し、atone翌月払いを選択いたしました。支払い方法は銀行口座からの自動振替に登録しておりますが、引き落とし日と手数料を教えていただけますでしょうか。',
      )
      .expect(/2026年11月27日（金）/)
      .expect(/請求手数料: 無料/);
  });

  it('how and when one is told the amount is the billing notice, not a handoff', async () => {
    await chat()
      .say('今月いくら払えばいいかって、いつ頃どうやって連絡来るの？')
      .expect(/営業日/)
      .say('今いくら払えばいい？')
      .expect(/お問い合わせ|アプリ/);
  });
});

describe('blind set 42: reminders asked about, put right and added to', () => {
  it('「通知してくれる機能ってありますか？」 is a question: explained with a button, nothing set', async () => {
    await chat()
      .say('はがき払いなんですけど、期限前に通知してくれる機能ってありますか？')
      .expect(/お知らせできます/)
      .expectNot(/にお知らせします。/);
    expect(await subscription()).toBeUndefined();
  });

  it('「やっぱ夜の8時にして」 is 20時', async () => {
    await chat()
      .say('コンビニ払いで、前日の朝9時に通知して')
      .say('やっぱ夜の8時にして')
      .expect(/前日、20時/);
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [1], sendHour: 20 });
  });

  it('「あと前日にも欲しい」 adds the day before', async () => {
    await chat()
      .say('はがき払いで、1週間前にリマインドして')
      .say('あと前日にも欲しい')
      .expect(/7日前・前日/);
    expect(await subscription()).toMatchObject({ leadDays: [7, 1] });
  });

  it('"sorry I meant 3 days" puts the lead time right', async () => {
    await chat()
      .say('Set a reminder for my convenience store payment, 2 days before please')
      .say('sorry I meant 3 days')
      .expect(/Changed\. [^\n]*3 days before/);
    expect(await subscription()).toMatchObject({ leadDays: [3] });
  });

  it('a method put right at length changes the reminders, and the next deadline question uses it', async () => {
    await chat()
      .say('コンビニ払いで、期限の3日前に通知してください')
      .say('あ、すみません間違えました。コンビニじゃなくてアプリのバーコード払いでした')
      .expect(/設定を変更しました。電子バーコード/)
      .say('それだと11月に買った分の期限はいつになりますか')
      .expect(/電子バーコードで払う場合、期限は2026年12月10日/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [3] });
  });
});

describe('two questions in one message (blind set 42)', () => {
  it('answers both, the way to pay and the deadline, once each route', async () => {
    await chat(new Date('2027-02-03T10:00:00+09:00'))
      .say(
        'お世話になっております。1月28日にランドセルを注文し、atoneの翌月払いを選択いたしました。支払いはアプリの電子バーコードで、セブンイレブンで払おうと思っております。支払期限はいつになりますでしょうか。また、セブンイレブンでバーコード払いは可能でしょうか。',
      )
      .expect(/期限は2027年2月10日（水）/)
      .expect(/セブン-イレブンでは電子バーコードとはがき請求書で払えます/);
  });

  it('a deadline asked beside its fee is the deadline, which gives the fee', async () => {
    await chat(new Date('2027-01-05T10:00:00+09:00'))
      .say(
        'On december 5 I buy rice cooker with atone and I choose pay at konbini. My friend say I must pay before 10th but which month?? Also how much is the fee for konbini?',
      )
      .expect(/Sunday, 10 January 2027/)
      .expect(/Billing fee: 209 yen/);
  });

  it('two questions about one check: how long, and whether a tablet will do', async () => {
    const said = await chat()
      .say('本人確認ってどれくらいで終わる？タブレットでもいける？')
      .expect(/最短5分/)
      .expect(/タブレットは対象外/);
    void said;
  });
});

describe('questions about reminders are not requests (blind set 42)', () => {
  it('"do reminders come every month?" is explained, and a method said after it is asked back', async () => {
    await chat()
      .say('do reminders come every month?')
      .expect(/Once set, they come before every monthly deadline until you stop them/)
      .say('konbini')
      .expect(/Shall I set a reminder/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('a demand to pay for nothing bought (blind set 40)', () => {
  it('is a charge not recognised, not how to use atone', async () => {
    await chat()
      .say('なんも買ってないのにアトネから支払ってくださいってメール来た。なにこれ？')
      .expect(/明細/)
      .expectNot(/SMSで認証コード/);
    await chat()
      .say('まだ何も買ってないけど、請求はいつ来るの？')
      .expectNot(/不正利用/);
  });
});

describe('a ten-turn chat in Kansai Japanese (session 21)', () => {
  it('「口座振替にしたらいつから変わる？」 after the fees asks when a change applies; thanks get a short reply', async () => {
    await chat()
      .say('はがきの手数料は？')
      .say('高いな。安くする方法ある？')
      .expect(/無料なのは銀行口座からの自動振替/)
      .say('口座振替にしたらいつから変わる？')
      .expect(/2026年12月以降の請求から/)
      .say('ありがと')
      .expect(/^どういたしまして。ほかにも聞きたいことがあれば、いつでもどうぞ。$/m)
      .expectNot(/キャンペーン/);
  });
});

describe('reminders put right (blind sets 43-44)', () => {
  it('"don\'t cancel it, just move it to 8am" changes the hour and never stops them', async () => {
    await chat()
      .say('remind me 3 days before at 9, barcode')
      .say("don't cancel it, just move it to 8am")
      .expect(/Changed\. [^\n]*3 days before, at 8:00/);
    expect(await subscription()).toMatchObject({
      active: true,
      method: 'barcode',
      leadDays: [3],
      sendHour: 8,
    });
  });

  it('"no sorry, go back to 5" after a change to 2', async () => {
    await chat().say('remind me 5 days before, postcard').say('make it 2').say('no sorry, go back to 5');
    expect(await subscription()).toMatchObject({ leadDays: [5] });
  });

  it('noon and a polite "could you send me a reminder"', async () => {
    await chat()
      .say('Could you send me a reminder a week before my konbini payment is due, around noon?')
      .expect(/7 days before, at 12:00/);
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [7], sendHour: 12 });
  });
});

describe('follow-ups of blind sets 43-44', () => {
  it('「20日のほうの手数料は？」 after two deadlines is the postcard fee', async () => {
    await chat()
      .say('はがき払いの期限と口座振替の日を教えて')
      .say('20日のほうの手数料は？')
      .expect(/はがき請求書の請求手数料は209円/);
  });

  it('"will they charge me extra?" once the deadline has passed is the late fee; before, the billing fee', async () => {
    await chat(new Date('2026-12-11T10:00:00+09:00'))
      .say('I forgot to pay my barcode bill for november')
      .say('will they charge me extra?')
      .expect(/late fee \(延滞事務手数料\) of 100 yen/);
    await chat()
      .say('when is the konbini deadline?')
      .say('will they charge me extra?')
      .expect(/209 yen/);
  });

  it('「ところで…」 starts a new subject, whatever the last one was', async () => {
    await chat()
      .say('11月3日にコンビニ払いで買い物した。期限いつ？')
      .say('ところで、返品したらお金って戻ってくるん？')
      .expectNot(/期限は2026年12月10日/)
      .say('で、さっきのやつ、はがきやったらいつまで？')
      .expect(/2026年12月20日/);
  });

  it('a charge after a return is about the return', async () => {
    await chat()
      .say('i returned a jacket but still got charged')
      .expectNot(/fraud consultation form/);
  });
});

describe('a language asked for with a question, and a purchase after paying late', () => {
  it('「日本語でお願いします。Amazonでも使えますか？」 is the Amazon question, in Japanese', async () => {
    await chat()
      .say('what is atone?')
      .say('日本語でお願いします。Amazonでも使えますか？')
      .expect(/Amazon（Amazon\.co\.jp）では atone は使えません/);
  });

  it('"and stuff from Jan 5?" after what paying late means is that purchase\'s deadline', async () => {
    await chat(new Date('2027-01-12T10:00:00+09:00'))
      .say('I bought on Dec 2 and Dec 20, paying at the convenience store. When?')
      .say('what happens now')
      .say('and stuff from Jan 5?')
      .expect(/Wednesday, 10 February 2027/);
  });
});

describe('a message not understood as a whole, with a clear question in it', () => {
  it('is answered by that question', async () => {
    await chat()
      .say("What's the weather like in Tokyo today? Also when is the postcard deadline?")
      .expect(/Sunday, 20 December 2026/)
      .expectNot(/didn't understand/);
  });
});

describe('lateness on record (blind set 43)', () => {
  it('is the credit information question, not the late fee', async () => {
    await chat()
      .say('延滞したら信用情報に載る？')
      .say('延滞手数料っていくら？')
      .expect(/100円/)
      .say('その遅れたっていうのはどっかに記録されるってこと？')
      .expect(/信用情報/);
    await chat()
      .say('if i pay late will it show up when i apply for a mortgage later on')
      .expect(/credit bureaus|信用情報機関/);
  });
});

describe('blind set 45: a wish and an answer after a question in between', () => {
  it('"wish someone reminded me" asks before setting anything', async () => {
    await chat()
      .say('i keep forgetting to pay the hagaki bill... wish someone reminded me')
      .expect(/Shall I set a reminder/);
    expect(await subscription()).toBeUndefined();
  });

  it('"ok the convenience store ATM thing" answers the method question a fee question interrupted', async () => {
    await chat(new Date('2026-11-28T20:00:00+09:00'))
      .say('set up a reminder for me')
      .say('how much is the konbini fee btw')
      .expect(/209 yen/)
      .say('ok the convenience store ATM thing')
      .say('2 days before, 9pm');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [2], sendHour: 21 });
  });
});

describe('blind set 45: the number after the chains, the monthly product after つど後払い', () => {
  it('「ローソンのLoppiで払うときの番号どこ？」 after 7-Eleven asks where the number is', async () => {
    await chat()
      .say('セブンで払える？')
      .say('ローソンのLoppiで払うときの番号どこ？')
      .expect(/受付番号/);
  });

  it('"my regular monthly atone … bought nov 2?" after つど後払い is the monthly deadline', async () => {
    await chat(new Date('2026-11-26T12:00:00+09:00'))
      .say("I used atone 'tsudo atobarai' at MUJI. is the deadline also the 10th next month?")
      .say('ok and my regular monthly atone, paid by konbini terminal, bought nov 2?')
      .expect(/Thursday, 10 December 2026/);
  });
});

describe('greetings and goodbyes', () => {
  it('answers おはよう with おはようございます, and a goodbye briefly', async () => {
    await chat()
      .say('おはよう')
      .expect(/^おはようございます。atone-bot です。/m)
      .say('bye')
      .expect(/^Bye! Ask me any time\.$/m)
      .expectNot(/didn't understand/);
  });
});

describe('blind set 46: a doubted stop, a deadline told as missed, a check that nothing is set', () => {
  it('"hmm, maybe I don\'t need reminders anymore?" is asked back; the button stops them', async () => {
    await chat()
      .say('remind me 3 days before and on the day, barcode')
      .say("hmm, maybe I don't need reminders anymore?")
      .expect(/Shall I turn your reminders off\?/);
    expect(await subscription()).toMatchObject({ active: true });
  });

  it('a deadline told as missed is what being late means', async () => {
    await chat(new Date('2026-12-15T10:00:00+09:00'))
      .say('コンビニ払いの期限過ぎちゃった')
      .expect(/^支払いが遅れたら/)
      .expect(/延滞事務手数料100円/);
    await chat(new Date('2026-12-15T10:00:00+09:00'))
      .say('oh no I forgot to pay my konbini bill, due was the 10th')
      .expect(/suspended/);
  });

  it('「何も設定してないよね？」 after how reminders work lists them', async () => {
    await chat()
      .say('リマインダーってどうやって設定するの？')
      .say('何も設定してないよね？')
      .expect(/設定中のリマインダーはありません/);
  });
});

describe('a bank-debit reminder late on the debit day (operator audit)', () => {
  it('says it may come after the debit; a morning one says nothing of it', async () => {
    await chat()
      .say('remind me on the day, I pay by bank debit, at 8pm')
      .expect(/may come after it/)
      .say('make it 8am')
      .expectNot(/may come after it/);
  });
});

describe('whether the identity check is needed at all (blind sets 45 and 46)', () => {
  it('「本人確認ってしなきゃだめ？」 is how and when it is needed, not its failing', async () => {
    await chat()
      .say('本人確認ってしなきゃだめ？')
      .expect(/コード決済やアプリ専用カード/)
      .expectNot(/よくある原因/);
    await chat()
      .say('本人確認が何回やってもだめ')
      .expect(/よくある原因/);
  });
});

describe('someone whose reminders are set', () => {
  it('is not offered to set them again, and hears that they are set', async () => {
    await chat()
      .say('コンビニ払いで前日にリマインドして')
      .say('払い忘れたらどうなる？')
      .expect(/コンビニ端末・銀行ATM（Pay-easy）の期限前のリマインダーは設定済みです/)
      .expectNot(/リマインダーを設定してください/)
      .expectNot(/リマインダーを設定|リマインド\b/)
      .say('コンビニ払いの期限は？')
      .expect(/12月10日/)
      .expectNot(/この期限をリマインド/)
      .say('バーコードだったら？')
      .expect(/この期限をリマインド/);
  });
});

describe('blind set 48: follow-ups that keep or widen the subject', () => {
  it('「手数料ってどれも同じなん？」 after one method compares them all', async () => {
    await chat(new Date('2027-01-04T20:00:00+09:00'))
      .say('12月26日にネットで靴買うてん。コンビニ払いやといつまで？')
      .say('口座振替は？')
      .say('手数料ってどれも同じなん？')
      .expect(/209円/)
      .expect(/無料/);
  });

  it('the method told first, then its day, then the month used: the debit day each time', async () => {
    await chat(new Date('2027-02-10T12:00:00+09:00'))
      .say('口座振替にしてるんやけど')
      .expect(/口座振替）で払う場合、期限は/)
      .say('引き落としっていつ？')
      .say('1月に使った分ね。2027年の')
      .expect(/2027年3月1日（月）/)
      .expectNot(/ポイント祭り/);
  });

  it('after when the bill is announced: by what, and what if it never comes', async () => {
    await chat()
      .say('請求のお知らせっていつ来るんですか')
      .say('メール以外でも来ますか？')
      .expect(/メール・SMS・アプリ/)
      .say('もし来なかったらどうすれば…')
      .expect(/問い合わせ/)
      .expectNot(/延滞/);
  });

  it('「知らん請求」 is a charge not recognised', async () => {
    await chat()
      .say('なんか知らん請求来てるんやけど、これ詐欺？')
      .expect(/ご利用明細|身に覚え/);
  });
});

describe('つど後払い compared with the monthly product', () => {
  it('"is it not the same as the monthly one?" gets no 翌月払い dates', async () => {
    await chat()
      .say("I chose 'tsudo atobarai' at the MUJI online store. When is my deadline?")
      .say('is it not the same as the monthly one?')
      .expect(/separate|do not apply/)
      .expectNot(/December 2026/);
  });
});

describe('while the bot waits for the method', () => {
  it('a new lead time keeps the question open, it does not pick a method', async () => {
    await chat()
      .say('先週コンビニで買ったやつはいつまで？')
      .say('はがきに変えたら？')
      .say('それっていつから変わる？')
      .say('期限の前日に教えて')
      .expect(/お支払い方法はどれですか/)
      .say('やっぱ2日前で')
      .expect(/期限の2日前、9時にお知らせします。お支払い方法はどれですか/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('a month after a month', () => {
  it('「じゃあ2月は」 after January 2027 is February 2027, not the February gone by', async () => {
    await chat(new Date('2026-12-29T12:00:00+09:00'))
      .say('口座振替です')
      .say('1月の分は？')
      .expect(/2027年1月分/)
      .say('じゃあ2月は')
      .expect(/2027年2月分[^\n]*2027年3月29日/)
      .say('11月は？')
      .expect(/2026年11月分/);
  });
});

describe('another FAQ subject named in a short follow-up', () => {
  it('"my limit went down, why?" after a return is about the limit', async () => {
    await chat()
      .say('i returned a sweater to the shop but atone still billed me')
      .say('my limit went down, why?')
      .expect(/limit/)
      .expectNot(/offset against unpaid/);
  });

  it('「今年の3月に買ったやつは？」 after a March to come keeps its own year', async () => {
    await chat()
      .say('3月に買ったらはがきの期限いつ？')
      .expect(/2027年4月20日/)
      .say('じゃあ今年の3月に買ったやつは？')
      .expect(/2026年4月20日/);
  });
});

describe('blind set 49: FAQ follow-ups in everyday words', () => {
  it('「それってどこからやるん？」 after paying in a shop is the identity check it needs', async () => {
    await chat()
      .say('近所のドラッグストアのレジでもアトネ使えるん？')
      .say('なんか準備要るもんある？')
      .say('それってどこからやるの？')
      .expect(/アプリメニュー/);
  });

  it('「探しても見当たらへんのやけど」 after the payment number says where to ask', async () => {
    await chat(new Date('2026-12-04T19:00:00+09:00'))
      .say('ファミマのあの機械で払おうとしたら番号入れろって出た。どこに書いてあんの？')
      .say('そのメールっていつ来るん？')
      .say('探しても見当たらへんのやけど')
      .expect(/問い合わせ/);
  });

  it('「機種変したらアプリに入れん」 is logging in; 「ほなメルカリのあと払いとかは？」 after Amazon is メルペイ', async () => {
    await chat()
      .say('機種変したらアプリに入れんくなってもうた')
      .expect(/ログイン|パスワード/);
    await chat()
      .say('アマゾンってアトネ使えたっけ')
      .say('ほなメルカリのあと払いとかは？')
      .expect(/メルペイ/);
  });
});

describe('blind set 50: long conversations', () => {
  it('a reminder asked with a method and a lead time after a fee is set, not a deadline', async () => {
    await chat(new Date('2027-09-01T09:00:00+09:00'))
      .say('8月に買ったやつ、口座振替でいつ落ちる？')
      .say('What about if I use the barcode?')
      .say('Is there a fee for that?')
      .say('OK 了解。バーコードで払うから5日前に教えて')
      .expect(/電子バーコードの期限の5日前/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [5] });
  });

  it('「今って何か設定されてます？」 after how reminders work lists, and changes nothing', async () => {
    await chat()
      .say('ちなみにリマインダーってどうやって設定するんですか？')
      .say('今って何か設定されてます？')
      .expect(/設定中のリマインダーはありません/);
    expect(await subscription()).toBeUndefined();
  });

  it('a one-off that bills every month is a subscription, and atone cannot stop it', async () => {
    await chat()
      .say('毎月アトネから600円くらい請求来るんだけど何これ')
      .say('電子コミックのサイトで1回だけ買ったつもりだったんだけど')
      .expect(/定期コース/)
      .say('アトネ側で止められないの？')
      .expect(/お店/);
  });
});

describe('after reporting misuse', () => {
  it('"will I get my money back?" is the report\'s answer, promising nothing, not a shop\'s refund rules', async () => {
    await chat()
      .say('someone used my account, i didnt buy this')
      .say('will i get my money back?')
      .expect(/no source promises/)
      .expectNot(/offset against unpaid/);
  });
});

describe('after a declined payment', () => {
  it('"i have no late payments though" rules a cause out; it is not a question about paying late', async () => {
    await chat()
      .say('my payment got declined at checkout')
      .say('i have no late payments though')
      .expect(/cannot know/)
      .expectNot(/late fee \(延滞事務手数料\) of 100 yen/);
  });
});

describe('blind sets 51-52', () => {
  it('「うちは口座振替やで」 answers "which method?" even after a question in between', async () => {
    await chat()
      .say('支払い忘れそうやからリマインドしてや')
      .say('ところでセブンでもコンビニ端末で払えるん？')
      .say('うちは口座振替やで')
      .expect(/口座振替）の期限/);
    expect((await subscription())?.method).toBe('auto_debit');
  });

  it('「リマインドもそっちに合わせて」 after changing the method moves the reminders to it', async () => {
    await chat()
      .say('はがきで3日前にリマインドして')
      .say('支払い方法を口座振替に変えたから、リマインドもそっちに合わせて');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [3] });
  });

  it('points: "do they expire?" after what atone is, "can I use them to pay?" after that', async () => {
    await chat()
      .say('do I earn points with atone?')
      .say('do they expire?')
      .expect(/no expiry rule was found/)
      .say('can I use them to pay my bill?')
      .expect(/usable toward atone payments/);
  });

  it('after a declined payment, "i do have an unpaid bill, is that it?" is the declined payment\'s', async () => {
    await chat()
      .say('my payment was declined')
      .say('i do have an unpaid bill from last month, is that it?')
      .expect(/overdue/);
  });
});

describe('blind sets 53-54', () => {
  it('two questions joined by "and" are both answered, each from its own facts', async () => {
    await chat(new Date('2027-09-01T09:00:00+09:00'))
      .say('when is the direct debit for august and can I change to barcode?')
      .expect(/Change it in the app/)
      .expect(
        /August 2027 purchases paid by automatic bank debit \(口座振替\), the deadline is Monday, 27 September 2027/,
      );
  });

  it('「10日の支払いができなかった」 is a payment missed; "any fee?" then is the late fee', async () => {
    await chat(new Date('2026-12-12T10:00:00+09:00'))
      .say('入院してて10日の支払いができなかった…')
      .expect(/利用が停止/)
      .say('手数料みたいなのってかかるの？')
      .expect(/100円/);
  });

  it('"where can I see it?" after how much is owed is the app\'s usage details', async () => {
    await chat()
      .say('how much do I owe this month?')
      .say('ok where can I see it?')
      .expect(/ご利用明細/);
  });

  it('a fee asked right after a reminder was set is the fee, not the deadline again', async () => {
    await chat(new Date('2027-03-03T12:00:00+09:00'))
      .say('remind me 3 days before, I pay by barcode')
      .say("thanks! also what's the fee for barcode")
      .expect(/209 yen/)
      .expectNot(/the deadline is/);
  });

  it('「はがきで…いや、やっぱりバーコードで」 sets the barcode, the method taken back is not set', async () => {
    await chat().say('リマインダーお願い、はがきで…いや、やっぱりバーコードで');
    expect((await subscription())?.method).toBe('barcode');
  });

  it('which month a purchase is billed in is the billing rule, not the account route', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('11/30に注文したけど発送は12/3らしい。これって何月分の請求になる？')
      .expect(/売上を確定/);
  });
});

describe('a polite preface, then the method', () => {
  it("a purchase's payment named before the question gets its deadlines; 「支払い方法は口座振替です」 then its own", async () => {
    await chat(new Date('2026-12-26T10:00:00+09:00'))
      .say('お世話になっております。先月アトネで購入した商品の支払いについてお伺いしたいのですが')
      .expect(/2026年11月分の支払い期限は、支払い方法によって違います/)
      .say('支払い方法は口座振替です')
      .expect(/2026年12月28日（月）/);
  });
});

describe('blind set 56: chat-app turns', () => {
  it('「いちばん安いのは？」 after the ways to pay compares the fees; 「アマゾンペイってなに」 is Amazon Pay', async () => {
    await chat()
      .say('支払い方法って何がある？')
      .say('いちばん安いのは？')
      .expect(/無料なのは/);
    await chat()
      .say('アマゾンでデビットカードいつ引き落とされる？')
      .say('アマゾンペイってなに')
      .expect(/Amazonアカウントに登録した支払い方法/);
  });
});

describe('blind set 55: deep into an FAQ topic, then out', () => {
  it('「期限過ぎたらやばい？」 during a login problem is paying late', async () => {
    await chat()
      .say('ログインできへん')
      .say('ログインできないうちに支払い期限過ぎたらやばい？')
      .expect(/利用が停止/);
  });

  it('after paying late: the fee is the late fee, and 「いつから使えなくなってるん？」 stays on it', async () => {
    await chat(new Date('2026-12-12T10:00:00+09:00'))
      .say('コンビニ払いの期限、10日やったの忘れてた。最悪。どうなるん')
      .expect(/利用が停止/)
      .say('手数料いくら取られるの')
      .expect(/100円/)
      .say('いつから使えなくなってるん？')
      .expect(/期限の翌日/);
  });

  it("「私まだ未払いある？」 after leaving atone is the user's own account", async () => {
    await chat()
      .say('退会したい')
      .say('了解。退会前に確認したいんだけど、私まだ未払いある？')
      .expect(/見えません/);
  });

  it('"can\'t you just tell me the amount" after the route still gets the route', async () => {
    await chat()
      .say('how much do I owe this month?')
      .say("can't you just tell me the amount")
      .expect(/can't see your account/);
  });

  it('「翌月払いとどう違うの」 after つど後払い compares; 「翌月払いの方の延滞手数料は？」 is the late fee', async () => {
    await chat()
      .say('無印でつど後払いにしたんだけど期限いつ？')
      .say('翌月払いとどう違うの')
      .expect(/つど後払い/)
      .say('翌月払いの方の延滞手数料は？')
      .expect(/100円/);
  });

  it('「口座振替に変えたら手数料は？」 is the fee', async () => {
    await chat().say('ついでに聞くけど、口座振替に変えたら手数料は？').expect(/無料/);
  });
});

describe('questions about reminders set nothing (blind sets 59-60)', () => {
  it.each(['リマインダーってLINEでも届くの？', 'リマインダーって口座振替の人でも使える？'])(
    '%s',
    async (text) => {
      await chat()
        .say('コンビニ払いの期限は？')
        .say(text)
        .expectNot(/お知らせします。\n次の期限/);
      expect(await subscription()).toBeUndefined();
    },
  );

  it('「リマインドしてもらったほうがいいのかな…」 is asked back, not set', async () => {
    await chat()
      .say('うーん、リマインドしてもらったほうがいいのかな…はがき払いなんだけど')
      .expect(/リマインダーを設定しますか/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('blind sets 59-60 (tuning halves)', () => {
  it('「リマインダーも設定しといて。2日前で」 is asked for outright: set, not asked back', async () => {
    await chat()
      .say('はがきじゃなくてバーコードで払うんだけど期限いつ？')
      .say('わかった、リマインダーも設定しといて。2日前で');
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [2] });
  });

  it('「どうなってるか見して」 lists; 「まだやってる？」 after a campaign is the campaigns; "deadlines for those?" after the chains', async () => {
    await chat().say('はがきで3日前にリマインドして').say('どうなってるか見して').expect(/予定:/);
    await chat().say('春のポイント祭りってなに？').say('まだやってる？').expect(/終了/);
    await chat()
      .say('which one can I use at 7-Eleven?')
      .say('and deadlines for those?')
      .expect(/the deadline|deadlines?/i)
      .expect(/10 December 2026/);
  });
});

describe('one of two lead times removed (blind set 62, measure set: a data loss, fixed after scoring)', () => {
  it('「1日前のほうだけ消して」 keeps the other lead time; it does not stop the reminders', async () => {
    await chat(new Date('2026-12-20T09:00:00+09:00'))
      .say('口座振替で、3日前と1日前の20時にリマインド')
      .say('1日前のほうだけ消して');
    expect(await subscription()).toMatchObject({ active: true, leadDays: [3], sendHour: 20 });
  });
});

describe('a request made tentatively (blind set 61, measure set)', () => {
  it('「リマインドしてもらおうかな…」 is asked back', async () => {
    await chat()
      .say('はがき払いなんだけど、リマインドしてもらおうかな…')
      .expect(/リマインダーを設定しますか/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('kinds set 62 showed (measure set, fixed after its first run)', () => {
  it.each([
    ['hi. i just signed up. what do i do now? how do i actually buy something with it', /SMS/],
    [
      '孫に勧められて　アトネと言うものを使いましたが　これは　クレジットカードが無くても大丈夫なのですか。',
      /クレジットカードがなくても/,
    ],
    [
      'I am 74 and not good with apps. Can I have a paper bill sent to my house instead?',
      /支払い方法|payment method/i,
    ],
    ['why the hell was my payment declined?? i have money in the bank', /screened|declined/],
    [
      'アトネでかいものしたんだけど、これってあとでどうやってはらうの？まだなにもとどいてない',
      /支払い方法は4つ/,
    ],
  ])('%s', async (text, expected) => {
    await chat().say(text).expect(expected);
  });

  it('「アカウント消して」 is leaving atone: it never stops the reminders', async () => {
    await chat()
      .say('はがきで3日前にリマインドして')
      .say('もう二度と使わない。アカウント消して')
      .expect(/退会/);
    expect((await subscription())?.active).toBe(true);
  });
});

describe('blind sets 61-62 (tuning halves, after their first runs)', () => {
  it('「今月分はもう払った」 marks the next deadline paid when it falls this month, and only then', async () => {
    await chat(new Date('2026-12-05T10:00:00+09:00'))
      .say('コンビニ払い、前日にリマインドして')
      .say('今月分はもう払ったよ')
      .expect(/2026年12月10日（木）の期限は支払い済みにしました/);
    await chat(new Date('2026-11-28T10:00:00+09:00'))
      .say('コンビニ払い、前日にリマインドして')
      .say('今月分はもう払ったよ')
      .expect(/まだこれからなので、そのお知らせはそのまま届きます/);
  });

  it('the next deadline still to come can be marked paid ahead with one press, and only by it', async () => {
    await chat(new Date('2026-11-28T10:00:00+09:00'))
      .say('コンビニ払い、前日にリマインドして')
      .say('今月分はもう払ったよ')
      .expect(/\/1[^\n]*12月10日の分も払った/)
      .expectNot(/支払い済みにしました/)
      .say('/1')
      .expect(/2026年12月10日（木）の期限は支払い済みにしました/);
  });

  it('polite answers to "which method?" and a polite lead time complete and change the reminder', async () => {
    await chat()
      .say('リマインダーお願いします')
      .say('承知いたしました。はがき請求書で支払っております。')
      .say('3日前にお知らせいただけますでしょうか');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [3] });
  });

  it.each([
    [
      'Hi, I have a question about when I need to pay for my kids stuff I bought with atone',
      /depends on how you pay/,
    ],
    ['アプリ専用カードってなに？クレカと違うの？', /アプリ専用カード/],
    ["I got an atone email saying I owe 8,400 yen. I didn't use atone at all this month.", /usage details/],
  ])('%s', async (text, expected) => {
    await chat().say(text).expect(expected);
  });
});

describe('kinds the last measure sets showed (63-64, after their first runs)', () => {
  it('"and with 5?" after a number of shops is five shops', async () => {
    await chat()
      .say('ポイント祭りで2店舗使ったら何ポイント？')
      .say('and with 5?')
      .expect(/5 shops earn 500 points/);
  });

  it("「はがきが届かなかったらどうすれば？」 after a deadline is the bill not come; the fee after a change is the new method's", async () => {
    await chat()
      .say('はがきの期限はいつ？')
      .say('はがきが届かなかったらどうすれば？')
      .expect(/問い合わせ/);
    await chat()
      .say('手数料が無料の支払い方法ある？')
      .say('口座振替に変えたい')
      .say('変えたら手数料はどうなる？')
      .expect(/口座振替）の請求手数料は無料/);
  });
});

describe('set 63 kinds (after its first run)', () => {
  it("「その中にアトネは入ってる？」 after Amazon's ways to pay is whether atone is one; 「代引きは？」 then Amazon's", async () => {
    await chat()
      .say('Amazonの支払い方法って何がある？')
      .say('その中にアトネは入ってる？')
      .expect(/atone は使えません/)
      .say('代引きは？')
      .expect(/代金引換/);
  });

  it('「電話番号はないの？」 after how to contact atone is no payment number', async () => {
    await chat()
      .say('アトネに問い合わせるにはどうすればいい？')
      .say('電話番号はないの？')
      .expect(/電話/)
      .expectNot(/受付番号/);
  });
});

describe('sets 65-66 (tuning halves)', () => {
  it('"can you show it?" after setting reminders lists them; "this week" is a purchase date', async () => {
    await chat()
      .say('remind me 3 days before, I pay by bank debit')
      .say('thanks! can you show it?')
      .expect(/Scheduled/);
    await chat(new Date('2026-03-25T10:00:00+09:00'))
      .say('if I buy something next month with barcode, when is it due?')
      .say('and if I buy it this week instead?')
      .expect(/10 April 2026/);
  });

  it('after atone on Amazon: 「ほな後払いでけへんの？」, 「メルペイは？」, "can i use atone there?"', async () => {
    await chat()
      .say('アマゾンでアトネ使える？')
      .say('まじか、ほな後払いでけへんの？')
      .expect(/ペイディ/)
      .say('メルペイは？')
      .expect(/メルペイ/);
    await chat()
      .say('when is my debit card charged on amazon?')
      .say('can i use atone there at least?')
      .expect(/does not accept atone/);
  });

  it('"ok how do I contact you guys" after family use is how to reach atone', async () => {
    await chat()
      .say('my kid used my atone without asking')
      .say('ok how do I contact you guys')
      .expect(/contact form/);
  });
});

describe('sets 67-68 (after their first runs)', () => {
  it('"would a reminder be something you can do?" is explained, nothing set; 「じゃあお願いします」 after the offer sets it', async () => {
    await chat()
      .say('konbini deadline?')
      .say('would a reminder be something you can do?')
      .expect(/I can message you/);
    expect(await subscription()).toBeUndefined();
    await chat()
      .say('口座振替の引き落とし日っていつ？')
      .say('それ前もって通知してもらうことってできるの？')
      .say('じゃあお願いします');
    expect((await subscription())?.method).toBe('auto_debit');
  });

  it('"wait no, I switched to direct debit, use that" moves the reminder; 「期限と手数料」 gives both', async () => {
    await chat()
      .say('remind me 2 days before, I get the postcard')
      .say('wait no, I switched to direct debit, use that');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [2] });
    await chat().say('はがき請求書で払う場合の期限と手数料を教えてください').expect(/20日/).expect(/209円/);
  });

  it('"can you check if it went through on my account?" gets the route', async () => {
    await chat()
      .say('I paid at Lawson this morning, can you check if it went through on my account?')
      .expect(/can't see your account/);
  });
});

describe('set 67 kinds (after its first run)', () => {
  it('"can I just call someone?" after a misuse report is how to reach atone; a campaign named is the campaigns', async () => {
    await chat()
      .say("I got a charge I don't recognise")
      .say('no subscriptions and no family')
      .say('can I just call someone?')
      .expect(/no official atone phone number|contact form/i);
    await chat()
      .say('is that spring point thing still running? want to sign up')
      .expect(/ended|Points Festival/);
  });
});

describe('session 23', () => {
  it('"3 days b4" is three days before, not the default lead times', async () => {
    await chat().say('can u remind me 2 days b4 my postcard deadline');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [2] });
  });
  it('a purchase made over the holidays asks its deadline, not whether the date moves', async () => {
    await chat(new Date('2027-01-09T08:00:00+09:00'))
      .say('年末に買ったやつの支払いっていつ？')
      .expect(/^2026年12月分の支払い期限は/m)
      .expectNot(/翌営業日/);
  });

  it('「リマインダーって毎月来るん？」 is answered (they come every month), nothing set', async () => {
    await chat()
      .say('リマインダーって毎月来るん？')
      .expect(/止めるまで毎月/);
    expect(await subscription()).toBeUndefined();
  });

  it('「コンビニでしか払えへんの？」 after a deadline asks for the other ways, not the late fee', async () => {
    await chat()
      .say('12月分のバーコードの期限は？')
      .say('コンビニでしか払えへんの？')
      .expect(/口座振替/)
      .expectNot(/延滞/);
  });
  it('"and if they were on direct debit?" puts both purchases again under that method', async () => {
    await chat(new Date('2026-11-29T10:00:00+09:00'))
      .say('I bought shoes on Oct 28 and a bag on Nov 3, both paid at konbini. When do I pay each?')
      .say('and if they were on direct debit?')
      .expect(/27 November 2026/)
      .expect(/28 December 2026/)
      .say("what's the fee for that?")
      .expect(/free/);
  });
  it('after 7-Eleven, "with the konbini terminal number?" and "and the barcode in the app?" ask about paying there', async () => {
    await chat()
      .say('can i pay at 7-11?')
      .say('with the konbini terminal number?')
      .expect(/convenience-store terminal or bank ATM \(Pay-easy\) is not possible there/)
      .say('and the barcode in the app?')
      .expect(/At 7-Eleven you can pay the app barcode/);
  });

  it('Tohoku 「んだら口座振替で頼む」 after a question mid-setup completes the reminder; 「3日前さしてけろ」 changes it', async () => {
    await chat()
      .say('期限の前に知らせでけねが？リマインダーっこ頼むじゃ')
      .say('口座振替だど手数料かかんのが？')
      .expect(/無料/)
      .say('んだら口座振替で頼む');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', active: true });
    await chat().say('やっぱし3日前さしてけろ');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [3] });
  });

  it.each([
    ['rimaindaa ichiran misete', /設定中のリマインダーはありません/],
    ['tsuuchi wo kaijo shite', /設定中のリマインダーはありません/],
  ])('romaji reminder words: %s', async (text, expected) => {
    await chat().say(text).expect(expected);
  });
  it('「通知って何時にくるの？」 while the bot waits for the method: the hour, and the question kept open', async () => {
    await chat()
      .say('支払い日の通知ほしい')
      .say('通知って何時にくるの？')
      .expect(/9時にお知らせします。お支払い方法はどれですか/)
      .say('ふーん、あ、支払いは口座振替です');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', active: true });
  });

  it('「購入した場合」 is supposed, not told: 2月29日 on 10 February 2028 is the coming one', async () => {
    await chat(new Date('2028-02-10T10:00:00+09:00'))
      .say('恐れ入ります。2月29日に購入した場合、口座振替日はいつになりますでしょうか。')
      .expect(/2028年3月27日/);
  });

  it('"remind me for the next one, 3 days before": that "one" is the deadline, no lead time', async () => {
    await chat().say('remind me for the next one, 3 days before, I pay by postcard');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [3] });
  });

  it('「なんで？」 after an answer asks why that is so: the answer again, not a declined payment', async () => {
    await chat(new Date('2027-03-10T12:00:00+09:00'))
      .say('キャンペーンって今なにかある？')
      .say('最後に使ったの2023年の10月なんだけど')
      .say('なんで？')
      .expect(/2023年11月30日以前/);
  });

  it('a follow-up sharing more words with its own topic answer than the last one is its own topic', async () => {
    await chat()
      .say('子ども用に別で登録させてもいい？中学生なんだけど')
      .say('私の名前で子どものスマホ番号で登録するのは？')
      .expect(/家族の名義や番号での登録は想定されていません/);
  });

  it('「期限は？」 right after points is their expiry (none found), and "how much" gets no yes', async () => {
    await chat()
      .say('ポイントってどんくらい貯まるの？')
      .expectNot(/^はい、/m)
      .say('期限は？')
      .expect(/有効期限があるかどうかは調べた情報源には見つからなかった/);
  });

  it('「じゃあお願いしようかな」 after the (empty) list asks which method; a button then sets it', async () => {
    await chat()
      .say('リマインダーって何ができるの？')
      .expect(/止めるまで毎月/)
      .say('いま何か登録してたっけ？')
      .say('じゃあお願いしようかな')
      .expect(/お支払い方法はどれですか/);
    expect(await subscription()).toBeUndefined();
  });
  it.each([
    "I'm not asking for a reminder, just tell me the konbini deadline",
    'リマインダーじゃなくて、コンビニ払いの期限だけ教えて',
    'without setting a reminder, when is the konbini due?',
  ])('reminders turned down are neither set nor offered: %s', async (text) => {
    await chat()
      .say(text)
      .expect(/2026年12月10日|10 December 2026/)
      .expectNot(/\/1/);
    expect(await subscription()).toBeUndefined();
  });
  it.each([
    [
      'アマゾンで使える？あと手数料いくら？キャンペーンやってる？',
      [/atone は使えません/, /請求手数料/, /春のポイント祭り/],
    ],
    [
      'can i use it on amazon? also whats the fee for konbini, and any campaigns now?',
      [/does not accept atone/, /billing fee for convenience store/, /Spring Points Festival/],
    ],
  ])('three questions in one message get three answers: %s', async (text, expected) => {
    let c = chat().say(text);
    for (const pattern of expected) c = c.expect(pattern);
    await c.expectNot(/Did you mean|もしかして/);
  });
  it('asks listed in one sentence (「期限と手数料、あとセブンで払えるか教えて」) are each answered, in the order asked', async () => {
    const text = await chat()
      .say('コンビニ払いの期限と手数料、あとセブンで払えるかまとめて教えて')
      .transcript();
    const deadline = text.indexOf('2026年12月10日');
    const seven = text.indexOf('セブン-イレブンでは');
    expect(deadline).toBeGreaterThan(-1);
    expect(seven).toBeGreaterThan(deadline);
    expect(text).toMatch(/209円/);
  });

  it('three questions are answered in the order asked', async () => {
    const text = await chat().say('アマゾンで使える？あと手数料いくら？キャンペーンやってる？').transcript();
    const [amazon, fees, campaigns] = [
      'atone は使えません',
      '請求手数料（税込）',
      '知られているキャンペーン',
    ].map((s) => text.indexOf(s));
    expect(amazon).toBeGreaterThan(-1);
    expect(fees).toBeGreaterThan(amazon ?? -1);
    expect(campaigns).toBeGreaterThan(fees ?? -1);
  });

  it.each(['はがきの請求書なくしちゃった。どうやって払えばいい？', 'I lost the postcard, how do I pay?'])(
    'a lost bill is the missing bill topic, whatever "how do I pay" suggests: %s',
    async (text) => {
      await chat()
        .say(text)
        .expect(/ご利用明細|usage details/);
    },
  );

  it('after reminders: "actually make it 2 days" two turns later changes them; another service is not theirs', async () => {
    await chat(new Date('2026-11-29T20:00:00+09:00'))
      .say('ok remind me 3 days before at 9am, direct debit')
      .say('btw can i use atone on amazon?')
      .say('actually make it 2 days');
    expect(await subscription()).toMatchObject({ leadDays: [2], sendHour: 9 });
    await chat().say('楽天カードの明細っていつ来る？').expectNot(/予定:/);
  });

  it('「今日払ったけん、今月分のリマインドはもう止めて」 marks this deadline paid, the reminders stay', async () => {
    await chat(new Date('2026-12-06T20:00:00+09:00'))
      .say('コンビニ払いの期限の3日前と前日、夜8時にリマインドして')
      .say('今日払ったけん、今月分のリマインドはもう止めて')
      .expect(/支払い済みにしました/);
    expect(await subscription()).toMatchObject({ active: true });
  });

  it('「…バーコードやった。直しといて」 changes the method outright; 「今はいいや。…手数料は？」 is answered', async () => {
    await chat()
      .say('12月分コンビニで払うけん、期限の2日前の夜8時にリマインドして')
      .say('あ、リマインダーの方法、コンビニ端末じゃなくてバーコードやった。直しといて');
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [2], sendHour: 20 });
    await chat().say('了解、今はいいや。バーコードの手数料は？').expect(/209円/);
  });
  it('after a failing identity check: 「住所って書き方あるの？」 and "can I just type my new address then?" stay on it', async () => {
    await chat()
      .say('本人確認また落ちた…もう3回目')
      .say('住所って書き方あるの？')
      .expect(/1丁目2番地3号/)
      .say('iPadでやってるんだけど関係ある？')
      .expect(/^はい、[^\n]*タブレットは対象外/m);
    await chat()
      .say('i moved last month and my ID still has the old address. verification keeps failing')
      .say('can I just type my new address then?')
      .expect(/exactly as on the document/);
  });

  it('after the payment number: "when should the email come" is the notice, "and if it doesnt come at all?" the missing bill', async () => {
    await chat()
      .say('wher do i find the number to pay at famima?? no email yet')
      .say('when should the email come')
      .expect(/between the 1st and the 3rd/)
      .say('and if it doesnt come at all?')
      .expect(/contact atone/);
  });

  it('after a return: 「まだ支払っていません」 gets the unpaid line, whole', async () => {
    await chat()
      .say('5月に買った服を返品しましたが、6月の請求に入っています。')
      .say('まだ支払っていません。このまま払わなくていいですか？')
      .expect(
        /• 未払い: 変更後の金額で請求し直すか、請求を止めます。再請求はコンビニの Loppi か Famiポートで払います。/,
      );
  });

  it('another service denied ("i dont use np後払い either") makes no question about it; whom to write to a suspension is the form', async () => {
    await chat()
      .say("I didn't miss any payment but atone says my usage is suspended")
      .say('i dont use np後払い either. can you look into it?')
      .expectNot(/different service/)
      .say('who exactly do I write to?')
      .expect(/requests\/new/);
  });
  it('「10日でしたよね？もう過ぎてますか？」 without a purchase: the bill just gone by is said to have passed', async () => {
    await chat(new Date('2026-12-12T09:00:00+09:00'))
      .say('期限って10日でしたよね？もう過ぎてますか？')
      .expect(
        /^2026年11月分のコンビニ端末・銀行ATM（Pay-easy）・電子バーコードの期限（2026年12月10日（木））は、もう過ぎています（2日前）/m,
      )
      .expectNot(/口座振替[^\n]*もう過ぎています/);
    await chat(new Date('2026-12-05T09:00:00+09:00'))
      .say('is the konbini deadline already passed?')
      .expect(/10 December 2026 \(in 5 days\)/)
      .expectNot(/has passed/);
  });

  it.each(['すみません、ちょっと聞きたいんですが', 'can i ask you something?'])(
    'a question announced is welcomed with what the bot can do: %s',
    async (text) => {
      await chat()
        .say(text)
        .expect(/日本語でも英語でも|in English or Japanese/)
        .expectNot(/理解できません|understand/);
    },
  );
  it('help offers the common questions as buttons; one pressed, then the method, gives its deadline', async () => {
    await chat()
      .say('help')
      .expect(/\/1[^\n]*Deadlines/)
      .say('/1')
      .expect(/depends on how you pay/)
      .say('コンビニ')
      .expect(/Thursday, 10 December 2026/);
  });

  it("「どうやって変えるの？」 after a method's fee is how to change the way to pay", async () => {
    await chat()
      .say('手数料っていくら？')
      .say('口座振替なら無料？')
      .say('どうやって変えるの？')
      .expect(/アプリのメニュー「支払い方法」/);
  });

  it('"no subscriptions and my family doesn\'t use it either" after an unknown charge leaves the fraud form', async () => {
    await chat()
      .say('got charged for something i never bought on atone')
      .say("no subscriptions and my family doesn't use it either")
      .expect(/fraud consultation form/);
  });

  it.each([
    [
      'is direct debit free? and how much is the fee for konbini',
      [/bank debit \(口座振替\): free/, /Pay-easy\): 209 yen/],
    ],
    ['口座振替って無料？コンビニはいくら？', [/口座振替）: 無料/, /Pay-easy）: 209円/]],
  ])('the same question asked of a second method is answered for both: %s', async (text, expected) => {
    let c = chat().say(text);
    for (const pattern of expected) c = c.expect(pattern);
    await c;
  });

  it('「はがきの期限は？バーコードは？」 after a fee asks its own question (deadlines), not the fee again', async () => {
    await chat()
      .say('口座振替って無料？')
      .say('はがきの期限は？バーコードは？')
      .expect(/期限/)
      .expectNot(/請求手数料（税込）/);
  });
  it('「最初のはいつ？」「最初いつ？」 right after reminders are when the first one comes', async () => {
    await chat(new Date('2026-12-20T10:00:00+09:00'))
      .say('バーコードで前日にリマインドして')
      .say('最初のはいつ？')
      .expect(/2027年1月9日（土） 9:00にお知らせします/)
      .say('最初いつ？')
      .expect(/2027年1月9日（土） 9:00/);
  });

  it('"is there a spending limit?" after installments is its own question ("there" points at nothing)', async () => {
    await chat()
      .say('can i pay in installments?')
      .say('is there a spending limit?')
      .expect(/cumulative/);
  });

  it('"how do I verify?" after in-store payment is the identity check its answer named', async () => {
    await chat()
      .say('can i use atone in a real store?')
      .say('how do I verify?')
      .expect(/In the app go to 「アプリメニュー > 本人確認 > 同意してつぎへ」/);
  });
  it('while the bot waits for the method, a question about changing the method sets nothing', async () => {
    await chat()
      .say('リマインダー設定お願い')
      .say('口座振替にするつもり。変えたらいつの請求から？')
      .expect(/翌月/);
    expect(await subscription()).toBeUndefined();
  });

  it('"…but first, can I change my method?": what is asked first is answered', async () => {
    await chat()
      .say('リマインダー設定したいんだけど、その前に支払い方法って変えられる？')
      .expect(/アプリのメニュー「支払い方法」/);
    expect(await subscription()).toBeUndefined();
  });

  it('「口座振替に変えたらタダなん？」 after a fee is whether it is free', async () => {
    await chat()
      .say('ほな手数料は？')
      .say('口座振替に変えたらタダなん？')
      .expect(/口座振替）の請求手数料は無料/);
  });
  it('a long story ending 「今からローソンに行けば間に合いますか？」 is whether there is still time (today, noticed today is no purchase)', async () => {
    await chat(new Date('2026-12-10T23:40:00+09:00'))
      .say(
        '先月の頭に娘の誕生日プレゼントをネットで買ってatone翌月払いにしたんですが、気づいたのが今日で、コンビニ払いにしていたのでまだ払えていません。今からローソンに行けば間に合いますか？',
      )
      .expect(/期限は2026年12月10日（木）です（今日）/)
      .expectNot(/12月10日に買った分/);
  });

  it('"does identity verification raise it?" after the limit: no promise (and no "no": the facts leave it open)', async () => {
    await chat()
      .say('how do i raise the limit')
      .say('does identity verification raise it?')
      .expect(/does not promise a higher limit/)
      .expectNot(/^No\./m);
  });

  it('after a checkout error: charged three times stays on it, a refund is the double payment', async () => {
    await chat()
      .say('atone payment screen says 不正な画面遷移 after i hit back')
      .say('I retried 3 times, was I charged 3 times?')
      .expect(/usage details/)
      .say('if i was double charged will it be refunded automatically?')
      .expect(/No page on double payments was found/);
  });
  it('"actually im switching to konbini next month" after the list changes nothing; "update my reminders too" then moves them', async () => {
    await chat(new Date('2027-04-26T21:00:00+09:00'))
      .say('bank debit, remind me 2 days before at 7pm')
      .say('what have i got set up')
      .say('actually im switching to konbini next month')
      .expect(/My Page/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
    await chat(new Date('2027-04-26T21:01:00+09:00'))
      .say('actually im switching to konbini next month')
      .say('update my reminders too');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [2], sendHour: 19 });
  });
  it('「朝がええな、8時で」 is 8:00 (the clock hour wins over the part of the day); 「やっぱ止めんといて」 after a stop offers them back', async () => {
    await chat(new Date('2027-01-18T12:00:00+09:00'))
      .say('はがきで前の日に教えて')
      .say('朝がええな、8時で')
      .expect(/前日、8時にお知らせします/)
      .say('もうええわ、全部止めといて')
      .say('やっぱ止めんといて')
      .expect(/いま解除されています[^\n]*元に戻す/)
      .say('/1');
    expect(await subscription()).toMatchObject({
      active: true,
      method: 'postcard',
      leadDays: [1],
      sendHour: 8,
    });
  });
  it.each([
    ['やば 昨日コンビニ払いの期限だった😱 どうなるの', /停止/],
    ['子どもが知らない人にSMSの認証コードを教えてしまったようです', /不正利用/],
    ['4 mise de tsukattara nan pointo?', /500/],
    ["Does Amazon's pay-later (Paidy) allow installments, and how many?", /3- or 6-part plans/],
    [
      'if the 27th falls on a weekend, is the direct debit moved, and does the same apply to the 10th for convenience-store payment?',
      /No source says the 10th or the 20th moves/,
    ],
  ])('blind set 80 (tuning half) kinds: %s', async (text, expected) => {
    await chat(new Date('2026-12-11T10:00:00+09:00')).say(text).expect(expected);
  });

  it('after a deadline gone by, 「すぐにまた使えるようになりますか」 is the suspension and 「手数料が増えたり」 the late fee', async () => {
    await chat(new Date('2027-02-22T10:00:00+09:00'))
      .say('1月に買った分をはがきで払うつもりだったけど、期限はいつでしたか')
      .say('本日払えば、すぐにまた使えるようになりますか。')
      .expect(/営業日/)
      .say('手数料が増えたりいたしますか。')
      .expect(/100円/);
    await chat()
      .say('my atone is suspended')
      .say('I pay today at Lawson. when I can use again?')
      .expect(/business days/);
  });

  it("romaji 「jaa kouza furikae nara?」 after a fee asks that method's fee", async () => {
    await chat().say('baakoodo no tesuuryou wa?').say('jaa kouza furikae nara?').expect(/無料/);
  });
  it('"postcard, forgot to say" after a purchase\'s deadlines is its method, no reminder', async () => {
    await chat(new Date('2026-12-31T20:00:00+09:00'))
      .say('I bought a coat on December 30.')
      .say("what's the deadline then?")
      .say('postcard, forgot to say')
      .expect(/20 January 2027/);
    expect(await subscription()).toBeUndefined();
  });
  it('「月末ギリギリに買ったら翌々月払いになることある？」 is the billing rule (a late sales confirmation)', async () => {
    await chat()
      .say('月末ギリギリに買ったら翌々月払いになることある？')
      .expect(/売上確定が遅れると、翌々月の請求/);
  });
  it('「期限だけ教えて。通知はいらないです」 is the deadline (reminders declined beside it, no stop); "and for 2?" after 3 shops', async () => {
    await chat(new Date('2027-11-10T10:00:00+09:00'))
      .say('はがきで払ってます')
      .say('期限だけ教えて。通知はいらないです')
      .expect(/2027年11月20日/);
    await chat()
      .say('how many points for 3 shops in the points festival?')
      .say('and for 2?')
      .expect(/300 points/);
  });
  it("「12月に買った分、まだバーコードで払ってないんだけど」 says that deadline has gone by; a debit card after Amazon is Amazon's", async () => {
    await chat(new Date('2027-01-12T10:00:00+09:00'))
      .say('バーコード払いの期限って土日だとずれる？')
      .say('12月に買った分、まだバーコードで払ってないんだけど')
      .expect(/2026年12月分の電子バーコードの期限（2027年1月10日（日））は、もう過ぎています/);
    await chat()
      .say('Amazonってメルペイは使える？')
      .say('デビットカードだといつ引き落とされる？')
      .expect(/出荷準備/);
  });
  it('blind set 86 (tuning half) kinds: a date taken back after 「…いや違う」; atone asked about after Paidy; つど後払い and a return followed', async () => {
    await chat()
      .say('10月31日に買った…いや違う、11月1日やった。はがきで払うんやけどいつまで？')
      .expect(/2026年11月分をはがき請求書で払う場合/)
      .expectNot(/10月31日に買った/);
    await chat()
      .say('Paidyやと3回払いできるけど、atoneって分割できるん？')
      .expect(/atone分割払い/);
    await chat()
      .say('つど後払いで買い物したんやけど')
      .say('期限いつ？11月20日に買った')
      .expectNot(/2026年12月10日/);
    await chat(new Date('2027-02-15T10:00:00+09:00'))
      .say('1月に買った服を返品したんやけど')
      .say('でも請求来てるんやけど払わなあかん？')
      .expect(/未払い/)
      .say('もう払ってもうてたらどうなる？')
      .expect(/相殺/);
  });
});

describe('session 24', () => {
  it('a question and a reminder request in one message: the question answered, the reminder set', async () => {
    await chat()
      .say('how much is the konbini fee? and set me a reminder for it')
      .expect(/209 yen/)
      .expect(/I will remind you/);
    expect(await subscription()).toMatchObject({ method: 'store' });
  });
  it('「Amazonで使える？あとはがきのリマインダー登録して」: Amazon answered, postcard reminders set', async () => {
    await chat()
      .say('Amazonで使える？あとはがきのリマインダー登録して')
      .expect(/Amazon（Amazon\.co\.jp）では atone は使えません/)
      .expect(/はがき請求書の期限の3日前/);
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });
  it('the request first: the reminder set, then the question answered, in that order', async () => {
    await chat()
      .say('Remind me 2 days before for bank debit. Also, can I use atone on Amazon?')
      .expect(/I will remind you[\s\S]*Amazon \(Amazon\.co\.jp\) does not accept atone/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [2] });
  });
  it('reminders only talked about beside a question set nothing', async () => {
    for (const text of [
      "I'll think about reminders later. when's the deadline for december purchases?",
      'リマインドは結構です。口座振替の引き落とし日だけ教えてください',
      'already deleted all my reminders. next I want to close my atone account, how?',
      'リマインダー通り期限内に払った。上限が戻るのはいつ？',
    ]) {
      await chat().say(text);
      expect(await subscription(), text).toBeUndefined();
    }
  });
  it('「あとはがき…」 is no "what is" question (あと＋はがき holds とは)', async () => {
    await chat()
      .say('支払い期限を教えて。あとはがきのリマインダー登録して')
      .expect(/2026年12月20日/);
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });
});

describe('session 24: worried users and long chats (blind sets 87, 88)', () => {
  it('after つど後払い, 「遅れたらどうなるん？」 gets its own late fee, never 翌月払い’s 10th and 25th', async () => {
    await chat()
      .say('MUJIでつど後払いにしたんやけど、いつまでに払えばいい？')
      .say('遅れたらどうなるん？')
      .expect(/15日ごとに延滞手数料100円/)
      .expectNot(/25日/);
  });
  it('「今日12月9日やけど」 tells today, not a purchase date', async () => {
    await chat(new Date('2026-12-09T18:00:00+09:00'))
      .say('バーコードで払ってる。期限いつまで？今日12月9日やけど')
      .expect(/2026年12月10日（木）です（明日）/);
  });
  it('「請求のメール来てへんのやけど」 is a bill that has not come', async () => {
    await chat(new Date('2026-12-09T21:00:00+09:00'))
      .say('請求のメール来てへんのやけど')
      .expect(/何も届かなければ/);
  });
  it('「毎回忘れる。口座振替に変えたい」 asks how to change the method; nothing is set', async () => {
    await chat(new Date('2026-12-15T21:00:00+09:00'))
      .say('コンビニ行くの面倒で毎回忘れる。口座振替に変えたい')
      .expect(/アプリ/)
      .expectNot(/リマインダーを設定しますか/);
    expect(await subscription()).toBeUndefined();
  });
  it('「なんでアトネ使えんと？」 is a payment refused, not where atone works', async () => {
    await chat().say('なんでアトネ使えんと？').expect(/審査/);
  });
  it('after a return: where a re-bill is paid, then a double payment of its own', async () => {
    await chat(new Date('2026-12-15T12:00:00+09:00'))
      .say('ネットで買った靴をキャンセルしたんだけど、もう請求来てて')
      .say('再請求ってどこで払えるの？')
      .expect(/Loppi/)
      .say('あと、先月の分を間違えて2回払っちゃった')
      .expect(/二重払い/);
  });
  it('after a checkout error, 「明細見たら3件入ってる！」 is about the charges, not reminders', async () => {
    await chat()
      .say('決済のとこでエラー出て3回やり直した')
      .say('明細見たら3件入ってる！')
      .expectNot(/リマインダー/);
  });
  it('「限度額っていくら？」 says it varies and where to see it; 「毎月リセットされる？」 says it is a running total', async () => {
    await chat()
      .say('atone始めたばかりです。限度額っていくらですか？')
      .expect(/5万円を基準/)
      .say('毎月リセットされる？')
      .expect(/累計/);
  });
  it('「定期購入とかした覚えもない」 after an unknown charge rules that cause out: the others remain', async () => {
    await chat(new Date('2026-12-03T09:00:00+09:00'))
      .say('atoneから請求メール来たけど使った覚えない')
      .say('定期購入とかした覚えもないです')
      .expect(/家族/);
  });
  it('a sale the shop confirms late is billed later, not a late payment', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('締め日っていつ？支払い期限のこと？')
      .say('ショップが売上確定するのが遅れたら？')
      .expect(/翌々月/);
  });
  it('after paying late, "ATMで払う場合っていつまで？" asks the deadline', async () => {
    await chat(new Date('2026-12-11T10:00:00+09:00'))
      .say('支払い期限過ぎちゃった')
      .say('ATMで払う場合っていつまで？')
      .expect(/コンビニ端末・銀行ATM（Pay-easy）で払う場合、期限は/);
  });
  it('「払わずに放置しても大丈夫？」 is what not paying leads to; a charge denied stays the charge’s', async () => {
    await chat().say('とりあえず払わずに放置しても大丈夫？').expect(/延滞/);
    await chat()
      .say('atoneから請求のSMSが来ました。何も買っていません。無視していいですか？')
      .expect(/ご利用明細/);
  });
});

describe('session 24: Amazon refunds', () => {
  it('after Amazon’s ways to pay, a refund after a cancel is the debit card’s, said alone', async () => {
    await chat()
      .say('Amazonってデビットカード使える？')
      .say('キャンセルしたら返金はいつ？')
      .expect(/キャンセル後の返金には時間がかかります/)
      .expectNot(/相殺|Loppi|Amazonで使える支払い方法/);
  });
});

describe('session 24: blind sets 89 and 90 (tuning halves)', () => {
  it('"whats the fee for postcard and remind me 2 days before": the fee answered and the reminder set', async () => {
    await chat()
      .say('whats the fee for postcard and remind me 2 days before')
      .expect(/209 yen/)
      .expect(/I will remind you/);
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [2] });
  });
  it('"reminders", 「リマインダー」, "/atone reminders" alone show what is set and change nothing', async () => {
    for (const text of ['reminders', 'リマインダー', '/atone reminders']) {
      await chat()
        .say(text)
        .expect(/no reminders|設定中のリマインダーはありません/);
      expect(await subscription()).toBeUndefined();
    }
  });
  it('"ok where is the form" after misuse was reported gives the form', async () => {
    await chat()
      .say('atone send me bill 3,280 yen but i not buy anything')
      .say('i check, no subscription, no family use it')
      .say('ok where is the form')
      .expect(/form/);
  });
  it('「補償される？」 after a takeover reported promises nothing', async () => {
    await chat()
      .say('アカウント乗っ取られたかも')
      .say('補償される？')
      .expect(/約束する情報はありません/);
  });
  it('「手数料は何%？」 after installments is the installment fee, which no source gives', async () => {
    await chat()
      .say('分割払いできる？')
      .say('手数料は何%？')
      .expect(/分割手数料/)
      .expectNot(/209円/);
  });
  it('"bought it now" just after midnight on 1 January is a January purchase', async () => {
    await chat(new Date('2027-01-01T00:10:00+09:00'))
      .say('bought it now with barcode. due?')
      .expect(/10 February 2027/);
  });
  it('a "no" on installments says who may apply too', async () => {
    await chat().say('分割払いってできるん？翌月払いを3回に分けたいねんけど').expect(/審査/);
  });
  it('「コンビニで買い物するときにatoneで払える？」 after Amazon is paying in a shop', async () => {
    await chat()
      .say('Amazonはどうですか？')
      .say('コンビニで買い物するときにatoneで払える？')
      .expect(/コード決済/);
  });
  it('「エントリーは必要？」 says the festival needs entry', async () => {
    await chat()
      .say('キャンペーンやってる？')
      .say('エントリーは必要やったと？')
      .expect(/エントリーが条件/);
  });
});

describe('session 24: a newcomer’s ten turns', () => {
  it('"can you remind me 2 days before? also can I use it on amazon": both, in that order', async () => {
    await chat()
      .say('ok and can you remind me 2 days before? also can I use it on amazon')
      .expect(/2 days before[\s\S]*Amazon \(Amazon\.co\.jp\) does not accept atone/);
  });
  it('"how do I return the headphones if they break" is a return, then "and if I already paid?" its case', async () => {
    await chat()
      .say('how do I return the headphones if they break')
      .expect(/The shop cancels or changes the order/)
      .say('and if I already paid?')
      .expect(/Already paid/);
  });
});

describe('session 24: terse users (blind set 92, tuning half)', () => {
  it('「代引き」 in an Amazon thread is Amazon’s cash on delivery', async () => {
    await chat()
      .say('Amazonってatone使える？')
      .say('代引き')
      .expect(/代金引換は2024年6月6日で終了/);
  });
  it('「ポイントは」 after minors asks about points; 「有効期限」 then is theirs', async () => {
    await chat()
      .say('未成年OK？')
      .say('ポイントは')
      .expect(/NPポイント/)
      .say('有効期限')
      .expect(/NPポイント/)
      .expectNot(/支払い期限は/);
  });
  it('「督促きた😭」 after a payment shown unpaid stays that case', async () => {
    await chat()
      .say('払ったのに未払いになってる')
      .say('督促きた😭')
      .expect(/問い合わせ|フォーム/);
  });
});

describe('session 24: a week of users (blind set 91, tuning half)', () => {
  it('「キャンセルしたら？」 after Amazon’s debit card: the refund takes time, said alone', async () => {
    await chat()
      .say('Amazonでデビットカードはいつ引き落とされる？')
      .say('キャンセルしたら？')
      .expect(/返金には時間がかかります/)
      .expectNot(/Amazonで使える支払い方法/);
  });
  it('「利用上限っていくらなの？」 after paying late is the limit, not the late fee', async () => {
    await chat(new Date('2026-12-29T10:00:00+09:00'))
      .say('残高不足で引き落としできなかった')
      .say('利用上限っていくらなの？')
      .expect(/5万円を基準/);
  });
  it('「いつから止まるの？」 after a passed deadline is what being late means', async () => {
    await chat(new Date('2026-12-11T10:00:00+09:00'))
      .say('コンビニ払い忘れてた')
      .say('いつから止まるの？')
      .expect(/期限の翌日から atone の利用が停止/);
  });
  it('"so if I switch to direct debit it costs nothing?" asks the fee', async () => {
    await chat().say('so if I switch to direct debit it costs nothing?').expect(/free/);
  });
  it('English quoting an error message it got is answered in English', async () => {
    await chat()
      .say('I got 不正な画面遷移が行われました on the atone screen after hitting back. what do I do')
      .expect(/start|shop/i)
      .expectNot(/ください/);
  });
});

describe('session 24: an imperative is no question', () => {
  it('"ok do it" after reminders were explained takes the offer ("do it" asks nothing)', async () => {
    await chat()
      .say('do u do reminders?')
      .say('ok do it')
      .say('direct debit')
      .expect(/I will remind you/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });
});

describe('session 24: returning users and hard cases (blind sets 93, 94, tuning halves)', () => {
  it('「何ポイントもらえるの？」 after qualifying for a campaign stays on that campaign', async () => {
    await chat()
      .say('最後に使ったのは2023年の夏だけどキャンペーン対象？')
      .say('何ポイントもらえるの？')
      .expect(/抽選/);
  });
  it('「アプリの設定画面から変えられますか？」 after a new phone number is that change, not the way to pay', async () => {
    await chat()
      .say('機種変更で電話番号が変わりました。atoneの登録も変える必要がありますか？')
      .say('アプリの設定画面から変えられますか？')
      .expectNot(/支払い方法はアプリのメニュー/);
  });
  it('「次からは口座振替にしたい」 after a missed konbini payment is a change of method', async () => {
    await chat(new Date('2026-12-12T10:00:00+09:00'))
      .say('10日のコンビニ払い忘れてたわ。延滞金かかる？')
      .say('信用情報に載ったりする？')
      .say('次からは口座振替にしたい')
      .expect(/アプリ|マイページ/);
  });
  it('「認証コードが来えへんくて買い物できひん」 is the code’s trouble', async () => {
    await chat()
      .say('認証コードが来えへんくて買い物できひん')
      .expect(/問い合わせ|フォーム/);
  });
  it('a last use corrected with its year said apart stays the campaign question', async () => {
    await chat()
      .say('最後に使ったのは2023年11月やけど対象？')
      .say('あ、ごめん12月2日だった。2023年の')
      .expect(/ポイント祭り/);
  });
  it('「翌月払いとの違いは？」 after つど後払い says they differ, no 翌月払い dates', async () => {
    await chat()
      .say('MUJIでつど後払いにしたんやけど、いつまでに払えばいい？')
      .say('翌月払いとの違いは？')
      .expect(/別の支払い方法/)
      .expectNot(/10日|20日|27日/);
  });
  it('「今月の分から変わる？」 after asking to change is when the change applies', async () => {
    await chat()
      .say('支払い方法を口座振替に変えたい')
      .say('今月の分から変わる？')
      .expect(/翌月|以降の請求/);
  });
  it('「本日コンビニで支払いました。何日頃から利用できますか。」 is the suspension lifting, never "pay now"', async () => {
    await chat(new Date('2026-12-14T10:00:00+09:00'))
      .say('本日コンビニで支払いました。何日頃から利用できますか。')
      .expect(/2〜3営業日/)
      .expectNot(/すぐに払って/);
  });
  it('「SMSの認証コードを送ればいい？」 after misuse: never', async () => {
    await chat()
      .say('身に覚えのない請求が来た')
      .say('SMSの認証コードを送ればいい？')
      .expect(/誰にも送らないでください/);
  });
  it('「じゃあ登録して。バーコードで」 right after a stop sets them', async () => {
    await chat().say('解除して').say('じゃあ登録して。バーコードで');
    expect(await subscription()).toMatchObject({ method: 'barcode' });
  });
  it('「12月も半ばですが、まだ届いておりません。」 after the bill notice is the bill not come', async () => {
    await chat(new Date('2026-12-15T10:00:00+09:00'))
      .say('請求のお知らせはいつ頃届きますか')
      .say('12月も半ばですが、まだ届いておりません。')
      .expect(/問い合わせ|明細/);
  });
});

describe('session 24: after the retrain', () => {
  it('"yo when do i gotta pay atone by" is the deadline, not how to pay at a checkout', async () => {
    await chat()
      .say('yo when do i gotta pay atone by')
      .expect(/deadline/);
  });
});

describe('session 24: reminder edits that went wrong in the last blind set', () => {
  it('「9時じゃなくて21時で」 is 21:00, the 9 set aside', async () => {
    await chat().say('口座振替でリマインダー設定して').say('9時じゃなくて21時で');
    expect(await subscription()).toMatchObject({ sendHour: 21 });
  });
  it('"3d before" is three days before, alone', async () => {
    await chat().say('口座振替でリマインダー設定して').say('3d before');
    expect(await subscription()).toMatchObject({ leadDays: [3] });
  });
  it('「リマインダーいらんわ」 stops them', async () => {
    await chat().say('口座振替でリマインダー設定して').say('リマインダーいらんわ');
    expect(await subscription()).toMatchObject({ active: false });
  });
  it('「ﾘﾏｲﾝﾄﾞｲﾗﾝ」 sets none', async () => {
    await chat().say('ﾘﾏｲﾝﾄﾞｲﾗﾝ');
    expect(await subscription()).toBeUndefined();
  });
  it('"and before the 10th" is no lead time of its own', async () => {
    await chat().say('remind me 3 days before for bank debit and before the 10th');
    expect(await subscription()).toMatchObject({ leadDays: [3] });
  });
});

describe('session 24: the last two sets (97, 98, tuning halves) and two data changes found on the corpus', () => {
  it('「もう一回払ったほうがいい？」 after a payment shown unpaid: ask before paying again', async () => {
    await chat()
      .say('払ったのにアプリで未払いになってる')
      .say('じゃあもう一回払ったほうがいい?')
      .expect(/二重払いを避けるため/);
  });
  it('「使える書類は？」 after a failing check is which documents (the help centre says)', async () => {
    await chat()
      .say('本人確認が何回やっても通らない')
      .say('使える書類は？')
      .expect(/ヘルプセンター/);
  });
  it('「アプリで支払い方法の項目が見当たりません」 after how to change it: update the app', async () => {
    await chat()
      .say('支払い方法を変更したいのですが、どのようにすればよいでしょうか。')
      .say('アプリで支払い方法の項目が見当たりません')
      .expect(/最新バージョン/);
  });
  it('「いま何件？」 and 「リマインダーの時間って何時？」 right after setting them show them', async () => {
    await chat()
      .say('口座振替でリマインダー設定して')
      .say('いま何件？')
      .expect(/口座振替/)
      .say('リマインダーの時間って何時？')
      .expect(/9時|9:00/)
      .expectNot(/設定しますか/);
  });
  it('a question in no words of reminders, read as a request only barely, is never carried out', async () => {
    await chat()
      .say("what happens if I don't get the postcard before the deadline?")
      .expect(/contact atone/);
    expect(await subscription()).toBeUndefined();
  });
  it('the way one pays told on the way to another question, right after a stop, sets nothing', async () => {
    await chat().say('リマインダー止めて').say('はがき払いにしてるんだけど、請求書って新しい住所に届く？');
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 24: kinds the last sets (99, 100) showed, fixed after they were scored', () => {
  it('"it\'s december 1st and no bill yet" is the bill not due yet (by the 3rd business day)', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say("it's december 1st and no bill yet")
      .expect(/3rd business day/)
      .expectNot(/deadline depends on how you pay/);
  });
  it('"which number i use?" at the konbini is the payment number; "i not find the email" then is the bill not come', async () => {
    await chat()
      .say('i want know how pay atone in konbini, which number i use?')
      .expect(/reference number|受付番号/)
      .say('i not find the email')
      .expect(/contact atone/);
  });
  it('"what\'s my limit?" says how it is set; "can i raise it by doing identity verification?" promises nothing', async () => {
    await chat()
      .say("what's my limit?")
      .expect(/50,000 yen/)
      .say('can i raise it by doing identity verification?')
      .expect(/does not promise/);
  });
  it('「私の利用可能額はいくら？」 (what is left now) is still the route', async () => {
    await chat()
      .say('私の利用可能額はいくら？')
      .expectNot(/5万円を基準/);
  });
});

describe('session 25: blind sets 101–104 (tuning halves)', () => {
  it('a keigo request beside a question (「…教えていただけますか。また…リマインドを送っていただけますと幸いです」): both', async () => {
    await chat(new Date('2026-12-24T10:00:00+09:00'))
      .say(
        '恐れ入ります。12月分の口座振替日を教えていただけますか。また、その前日の20時にリマインドを送っていただけますと幸いです。',
      )
      .expect(/2026年12月分[\s\S]*2027年1月27日[\s\S]*前日、20時にお知らせします/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [1], sendHour: 20 });
  });
  it('「口座振替にしたら手数料はどうなる？」 after a deadline: the fee of that method, not paying late', async () => {
    await chat(new Date('2026-06-30T08:00:00+09:00'))
      .say('はがき請求書って手数料いる？')
      .say('いつまでに払えばいいの？今日買ったら')
      .expect(/7月20日/)
      .say('口座振替にしたら手数料はどうなる？')
      .expect(/口座振替）の請求手数料は無料/)
      .expectNot(/毎月10日と25日/);
  });
  it('「ほな来月は？」 then 「6月は？」 after the debit day: the debits of those months, this year', async () => {
    await chat(new Date('2026-04-25T10:00:00+09:00'))
      .say('口座振替の引き落とし日っていつなん')
      .say('ほな来月は？')
      .expect(/2026年4月分[\s\S]*2026年5月27日/)
      .say('6月は？')
      .expect(/2026年6月29日/)
      .expectNot(/2025年/);
  });
  it('"the january one, 2 days before": one lead time (that "one" is the month’s bill, no count)', async () => {
    await chat(new Date('2026-12-28T10:00:00+09:00'))
      .say('i pay by direct debit')
      .say('ok remind me for the january one, 2 days before');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [2] });
  });
  it('「りまいんどして　2日まえ」: the lead time typed in kana is read', async () => {
    await chat().say('バーコードで払ってる').say('りまいんどして　2日まえ');
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [2] });
  });
  it('"is the auto debit always on the 27th?" says when it moves', async () => {
    await chat()
      .say("when's the bank debit?")
      .say('wait, is the auto debit always on the 27th?')
      .expect(/next bank business day/);
  });
  it('romaji: a password forgotten, and a reminder moved to the evening', async () => {
    await chat()
      .say('pasuwaado wasurete roguin dekinai... dou sureba ii?')
      .expect(/パスワード/);
    await chat()
      .say('konbini de shiharau kara remind shite')
      .say('zenjitsu no yoru 8ji ni kaete')
      .expect(/前日、20時にお知らせします/);
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [1], sendHour: 20 });
  });
});

describe('session 25: dialects and wishes (blind set 101, tuning half)', () => {
  it('「やばか、どげんしたらよか？」 after a deadline gone by: what paying late means', async () => {
    await chat(new Date('2026-12-12T10:00:00+09:00'))
      .say('先月の分、コンビニで払うとやけどいつまで？')
      .expect(/過ぎています/)
      .say('やばか、どげんしたらよか？')
      .expect(/延滞事務手数料/);
  });
  it('「家族ちゃうかった。どこに相談したらええ？」 after family use: the fraud form', async () => {
    await chat(new Date('2026-12-04T09:00:00+09:00'))
      .say('知らん請求きとるんやけど')
      .say('家族が使うたんかもしれへん')
      .say('ちゃうわ、家族ちゃうかった。どこに相談したらええ？')
      .expect(/不正利用被害のご相談フォーム/)
      .expectNot(/atone は介入しません/);
  });
  it('"maybe it\'d be nice to get pinged before the direct debit date": a confirm button, set only when pressed', async () => {
    await chat(new Date('2026-09-25T12:00:00+09:00'))
      .say("hmm maybe it'd be nice to get pinged before the direct debit date")
      .expect(/Shall I set a reminder/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 25: points for an amount', () => {
  it('「1万円使ったらポイントいくら？」 and "points for 5000 yen?" are NP points, not a campaign', async () => {
    await chat().say('1万円使ったらポイントいくらもらえる？').expect(/0\.5%/);
    await chat().say('how many points do I get for 5000 yen?').expect(/0\.5%/);
    await chat()
      .say('ポイント祭りで1万円使ったら何ポイント？')
      .expect(/ポイント祭り/);
  });
});

describe('session 25: the bill asked about, then when it is known (blind set 108, tuning half)', () => {
  it('「今月いくら払えばいい？」 → 「それいつわかるの？」 → 「SMSでも来る？」: the notice of that bill, by SMS too', async () => {
    await chat(new Date('2026-12-02T08:00:00+09:00'))
      .say('今月いくら払えばいい？')
      .expect(/ご利用明細/)
      .say('それいつわかるの？')
      .expect(/2026年11月分の請求は、2026年12月の第3営業日（2026年12月3日（木））までに/)
      .say('SMSでも来る？')
      .expect(/メール・SMS・アプリでお知らせ/)
      .expectNot(/認証コード/);
  });
  it('"charged twice?" after retries at checkout: check the usage statement first', async () => {
    await chat(new Date('2026-02-14T16:00:00+09:00'))
      .say('決済画面で「不正な画面遷移」ってエラー出た')
      .say('何回かやり直したんだけど、もしかして二重で決済されてる？')
      .expect(/^まず atone アプリの「ご利用明細」で/m);
  });
});

describe('session 25: blind sets 105–107 (tuning halves)', () => {
  it('"Actually, does the postcard cost extra?" while the bot waits for a method: answered, nothing set', async () => {
    await chat()
      .say('Can you set up a payment reminder for me?')
      .say('Actually, does the postcard cost extra?')
      .expect(/209 yen/);
    expect(await subscription()).toBeUndefined();
    await chat().say('リマインダー設定して').say('やっぱりはがきって手数料かかる？').expect(/209円/);
    expect(await subscription()).toBeUndefined();
  });
  it('"actually i switched to bank debit, can you update the reminder?": asked in so many words, so changed', async () => {
    await chat(new Date('2026-09-15T18:00:00+09:00'))
      .say('remind me before the konbini deadline, 3 days ahead')
      .say('actually i switched to bank debit last week, can you update the reminder?');
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });
  it('"ok whatever, barcode then" after a detour answers the open question: barcode reminders', async () => {
    await chat(new Date('2026-12-05T10:00:00+09:00'))
      .say('can you remind me about my payments?')
      .say('hmm before that, does the postcard cost extra?')
      .say('ok whatever, barcode then')
      .expect(/app barcode/);
    expect(await subscription()).toMatchObject({ method: 'barcode' });
  });
  it('"when is the payment limit day" is the deadline; 「期日を失念…今から支払えば問題ない？」 is paying late', async () => {
    await chat()
      .say('hello, i want know when is the payment limit day')
      .expect(/deadline depends on how you pay/);
    await chat()
      .say('支払期日を失念しておりました。今から支払えば問題ないのでしょうか。')
      .expect(/延滞事務手数料/);
  });
  it('「じゃあ今月の分は？」 after last year’s December: this month’s purchases, not last year’s again', async () => {
    await chat(new Date('2026-12-28T10:00:00+09:00'))
      .say('去年の12月にコンビニ払いで買ったやつの期限は？')
      .expect(/2025年12月分/)
      .say('じゃあ今月の分は？')
      .expect(/2026年12月分[\s\S]*2027年1月10日/);
  });
  it('「今月中に買ったやつ、バーコード払いなら来月の何日まで？」: 来月 is when it is due, not the purchase', async () => {
    await chat(new Date('2027-03-05T10:00:00+09:00'))
      .say('今月中に買ったやつ、バーコード払いなら来月の何日まで？')
      .expect(/2027年3月分[\s\S]*2027年4月10日/);
  });
  it('"and in febuary 2?" reads the month misspelt', async () => {
    await chat(new Date('2027-01-29T10:00:00+09:00'))
      .say('i pay at the konbini, bought something today. deadline?')
      .say('and in febuary 2?')
      .expect(/March 2027|10 March/);
  });
  it('after a fraud report, 「その請求の期限はいつまで？口座振替です」 is that bill’s deadline', async () => {
    await chat(new Date('2027-09-03T22:00:00+09:00'))
      .say('8月の請求に身に覚えのないのが入ってる')
      .say('家族じゃなかったら不正利用ってこと？どこに連絡すれば')
      .say('とりあえずその請求の期限はいつまで？口座振替です')
      .expect(/2027年9月27日/);
  });
});

describe('session 25: a romaji word alone (blind set 111, tuning half)', () => {
  it('"tesuuryou?" after the bank debit’s day is its fee, in the chat’s language', async () => {
    await chat()
      .say('when is the bank debit?')
      .say('tesuuryou?')
      .expect(/automatic bank debit \(口座振替\) is free/);
  });
});

describe('session 25: a question about reminders is never carried out on its own word', () => {
  it('「口座振替の人もリマインダー使えるんですか？」 explains and offers; 「じゃあお願いします、口座振替で」 sets', async () => {
    await chat(new Date('2026-02-27T10:00:00+09:00'))
      .say('口座振替の人もリマインダー使えるんですか？')
      .expectNot(/お知らせします。/)
      .step(async () => expect(await subscription()).toBeUndefined())
      .say('じゃあお願いします、口座振替で')
      .expect(/お知らせします。/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });
  it('questions that read as requests are asked back, requests put as questions are carried out', async () => {
    for (const text of [
      '口座振替でもリマインダー使えますか',
      'リマインダーは前に設定したけど念のため。口座振替の引き落とし日って27日で合ってる？',
      'I set a reminder before but just to double check — is bank debit on the 27th?',
    ]) {
      await chat().say(text);
      expect(await subscription(), text).toBeUndefined();
    }
  });
  it.each([
    ['can u remind me 2 days b4 my postcard deadline', 'postcard'],
    ['27日の引き落とし前に声かけてもらえる？', 'auto_debit'],
    ['Would you be able to notify me the day before my konbini payment is due?', 'store'],
  ] as const)('a request put as a question is carried out: %s', async (text, method) => {
    await chat().say(text);
    expect(await subscription()).toMatchObject({ method });
  });
});

describe('session 25: blind sets 109–112 (tuning halves)', () => {
  it('「じゃあアトネの締め日は？」 after another card’s: the month-end close, no deadline', async () => {
    await chat(new Date('2026-10-31T18:00:00+09:00'))
      .say('楽天カードの締め日っていつ？')
      .say('じゃあアトネの締め日は？')
      .expect(/月末/);
  });
  it('「日曜日だったので今日まで大丈夫だと思っていました」 after a missed postcard deadline: the 20th does not move', async () => {
    await chat(new Date('2026-12-21T09:00:00+09:00'))
      .say('昨日がはがき請求書の支払期限だったのですが、払い忘れてしまいました。今から支払えますでしょうか。')
      .say('日曜日だったので今日まで大丈夫だと思っていました')
      .expect(/後ろにずれるという情報はありません/)
      .expectNot(/家族/)
      .say('口座振替なら土日だと翌営業日になるんですよね？')
      .expect(/翌営業日に引き落とされます/);
  });
  it('"can I split the 60,000 yen bill into 3 payments?" is installments (a separate service)', async () => {
    await chat()
      .say('can I split the 60,000 yen bill from my year-end shopping into 3 payments?')
      .expect(/atone/);
    const answer = await chat().say('今月の請求、3回に分けて払える？').transcript();
    expect(answer).toMatch(/分割/);
  });
  it('「あの後払いのやつってさ、いつ払うの？」 asks the bill’s day; then 「コンビニで払うつもり」 that method’s', async () => {
    await chat(new Date('2026-11-15T10:00:00+09:00'))
      .say('あの後払いのやつってさ、いつ払うの？')
      .expect(/支払い期限は、支払い方法によって違います/)
      .say('コンビニで払うつもり')
      .expect(/2026年12月10日/);
  });
  it('"wen do i hav to pay 4 stuf i bougt … this month? i use convience store": this month’s purchases', async () => {
    await chat(new Date('2026-12-24T10:00:00+09:00'))
      .say('wen do i hav to pay 4 stuf i bougt with atone this month? i use convience store')
      .expect(/10 January 2027/);
  });
  it('"sneakers on sept 28 and a phone case today": a deadline for each purchase', async () => {
    await chat(new Date('2026-10-01T10:00:00+09:00'))
      .say(
        'yo so I bought sneakers on sept 28 and a phone case today, both with atone, I pay at the konbini. when are they due?',
      )
      .expect(/10 October 2026[\s\S]*10 November 2026/);
    await chat(new Date('2026-10-02T10:00:00+09:00'))
      .say('9月28日に靴を買って、昨日もケースを買った。コンビニ払いでいつまで？')
      .expect(/2026年10月10日[\s\S]*2026年11月10日/);
  });
});

describe('session 25: a new user’s first week (blind set 116, tuning half)', () => {
  it('「登録したら次は？お店でアトネ選ぶだけ？」 after signing up: paying at a checkout', async () => {
    await chat(new Date('2026-04-06T10:00:00+09:00'))
      .say('アトネ始めたい。クレカ持ってないけど登録できる？')
      .say('登録したら次は？お店でアトネ選ぶだけ？')
      .expect(/認証コード/);
  });
  it('「口座振替なら引き落としは？」 after the closing day: the debit day', async () => {
    await chat(new Date('2026-04-30T23:50:00+09:00'))
      .say('締め日っていつ？今日買ったら今月分になる？')
      .say('口座振替なら引き落としは？')
      .expect(/2026年5月27日/);
  });
  it('"maybe I should get reminders or something?": the method asked, nothing set; the same method again after its button: nothing to ask', async () => {
    await chat(new Date('2026-04-10T19:00:00+09:00'))
      .say('hmm maybe I should get reminders or something?')
      .expect(/How do you pay\?/)
      .step(async () => expect(await subscription()).toBeUndefined())
      .say('konbini')
      .expect(/convenience store/)
      .say('konbini')
      .expectNot(/Shall I/);
  });
});

describe('session 25: nothing set when turned down, corrected or only asked (blind sets 114, 115)', () => {
  it('"don’t you dare set up a reminder. just tell me if there’s a fee": the fee, nothing set', async () => {
    await chat(new Date('2026-12-07T08:30:00+09:00'))
      .say("whatever. when's it even due? I pay at the konbini, it's for november stuff")
      .say("and don't you dare set up a reminder. just tell me if there's a fee on top")
      .expect(/209 yen/);
    expect(await subscription()).toBeUndefined();
  });
  it('"…I’m not asking for one yet — I just want the barcode deadline…": the deadline, nothing set; then set on request', async () => {
    await chat(new Date('2026-07-15T12:30:00+09:00'))
      .say(
        "so my friend told me atone has this reminder thing and honestly I'm terrible with dates, I once missed my phone bill twice in a row lol. anyway I'm not asking for one yet — I just want the barcode deadline for stuff I got on the 3rd of this month",
      )
      .expect(/10 August 2026/)
      .step(async () => expect(await subscription()).toBeUndefined())
      .say('ok fine, set the reminder then');
    expect(await subscription()).toMatchObject({ method: 'barcode' });
  });
  it('"i buy at 5 march" is a date, not 5 o’clock; nothing set', async () => {
    await chat(new Date('2026-03-10T12:00:00+09:00'))
      .say('i want know deadline for postcard, i buy at 5 march')
      .expect(/20 April 2026/);
    expect(await subscription()).toBeUndefined();
  });
  it('"the postcard deadline — no wait, I switched to barcode last month. barcode.": barcode', async () => {
    await chat(new Date('2026-04-16T07:45:00+09:00')).say(
      'set a reminder for the postcard deadline — no wait, I switched to barcode last month. barcode.',
    );
    expect(await subscription()).toMatchObject({ method: 'barcode' });
  });
  it('「解除は不要です。念のため、解除の方法だけ教えていただけますか。」: kept, and how to stop them said', async () => {
    await chat()
      .say('バーコードで5日前の9時に通知して')
      .say('解除は不要です。念のため、解除の方法だけ教えていただけますか。')
      .expect(/「通知を解除して」と送ると解除できます/);
    expect(await subscription()).toMatchObject({ method: 'barcode', active: true });
  });
  it('「しめきりの前に おしらせを おねがいできますか」 (kana, spaced) is a request: set', async () => {
    await chat().say('はがきで はらっております。しめきりの前に おしらせを おねがいできますか');
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });
  it('「12月の 何日ごろに とどくものなのでしょうか」 after a bill not come: November’s bill, by 3 December', async () => {
    await chat(new Date('2026-12-04T11:00:00+09:00'))
      .say('11月に買いものをしたのですが、せいきゅうしょが まだ とどきません')
      .say('12月の 何日ごろに とどくものなのでしょうか')
      .expect(/2026年11月分の請求は、2026年12月の第3営業日（2026年12月3日（木））までに/);
  });
  it('「5月の仕入れ分」 is May’s purchases; "my daughter used atone… when is the bill due?" is the deadline', async () => {
    await chat(new Date('2026-05-20T10:00:00+09:00'))
      .say('5月の仕入れ分、口座振替やったら何日に落ちるん？')
      .expect(/2026年6月29日/);
    await chat()
      .say('my daughter used atone for a concert ticket. when is the bill due?')
      .expect(/deadline/);
  });
  it('chat markup: "@atone-bot unsub me from all deadline pings :no_bell:", "/atone what can u do :thinking_face:"', async () => {
    await chat().say('バーコードで通知して').say('@atone-bot unsub me from all deadline pings :no_bell:');
    expect(await subscription()).toMatchObject({ active: false });
    await chat()
      .say('/atone what can u do :thinking_face:')
      .expect(/I answer questions about paying atone/);
  });
  it('a shop owner asking atone’s merchant fee gets the route, not the users’ fees', async () => {
    await chat()
      .say('うちの店でもatone導入したいんやけど、加盟店の手数料ってなんぼ？')
      .expect(/お問い合わせフォーム/)
      .expectNot(/209円/);
  });
});

describe('session 25: blind sets 115–116 (tuning halves)', () => {
  it('"May purchases on direct debit… the 27th is a Saturday this month right?": May’s purchases, debited 29 June', async () => {
    await chat(new Date('2026-06-20T14:00:00+09:00'))
      .say(
        'May purchases on direct debit... the 27th is a Saturday this month right? so when does the money actually come out',
      )
      .expect(/29 June 2026/);
  });
  it('"no need to set up any reminder or whatever… due date?": the deadline, nothing set', async () => {
    await chat(new Date('2026-12-08T10:00:00+09:00'))
      .say(
        'no need to set up any reminder or whatever, I just want to know: bought stuff on Dec 5, paying with the barcode in the app. due date?',
      )
      .expect(/10 January 2027/);
    expect(await subscription()).toBeUndefined();
  });
  it('「じゃあバーコード払いで1個作って」 after the list: barcode reminders; 「朝7時に届くようにして」 changes the hour', async () => {
    await chat(new Date('2026-08-06T07:00:00+09:00'))
      .say('リマインダーって今何件登録してる？')
      .say('じゃあバーコード払いで1個作って')
      .say('朝7時に届くようにして');
    expect(await subscription()).toMatchObject({ method: 'barcode', sendHour: 7 });
  });
});

describe('session 25: blind sets 117–120 (tuning halves)', () => {
  it('「口座振替は利用しておりません。コンビニ払いの場合…」: the store only, and its reminders after', async () => {
    await chat(new Date('2026-11-20T10:00:00+09:00'))
      .say('口座振替は利用しておりません。コンビニ払いの場合、11月15日購入分の期限はいつになりますか。')
      .expect(/2026年12月10日/)
      .expectNot(/12月28日/)
      .say('承知しました。では、その期限の前にリマインドを設定してください。');
    expect(await subscription()).toMatchObject({ method: 'store' });
  });
  it('「ま、いいや。口座振替で」 after a side question answers the open method question', async () => {
    await chat(new Date('2026-12-20T13:00:00+09:00'))
      .say('リマインダーよろしく〜')
      .say('27日が土日だったら引き落としどうなるの？')
      .say('ま、いいや。口座振替で');
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });
  it('「じゃあ口座振替で」 after fees, with a purchase said before: that purchase’s deadline by debit', async () => {
    await chat(new Date('2026-11-28T14:00:00+09:00'))
      .say('11月22日に服買った')
      .say('てか手数料ってどの払い方でもかかる？')
      .say('じゃあ口座振替で')
      .expect(/2026年12月28日/);
  });
  it('a deadline gone by, told: 「やば、支払い期限すぎてた」「払うの忘れてしもた…どないなるん？」 are paying late', async () => {
    await chat()
      .say('やば、アトネの支払い期限すぎてた')
      .expect(/延滞事務手数料/);
    await chat()
      .say('昨日コンビニで払うの忘れてしもた…どないなるん？')
      .expect(/延滞事務手数料/);
    await chat()
      .say('払い忘れてた！期限っていつまでだっけ')
      .expect(/支払い期限/);
  });
  it('「今月はいつ落ちるん？」 is the debit day; "forgot to pay… when was the deadline?" the day', async () => {
    await chat(new Date('2027-03-05T10:00:00+09:00')).say('ほんで今月はいつ落ちるん？').expect(/期限/);
    await chat(new Date('2026-12-14T10:00:00+09:00'))
      .say('forgot to pay my nov konbini bill 😱 when was the deadline?')
      .expect(/10 December 2026/);
  });
  it('"how long does the ID check take?" beside code payment; 「ばんごうが わかりません」 at Lawson', async () => {
    await chat()
      .say('how long does the ID check take? I need to use the in-store code payment today')
      .expect(/identity verification|本人確認/);
    await chat()
      .say('ろーそんで はらいたいけど ばんごうが わかりません')
      .expect(/受付番号/);
  });
  it('「住所ってどう書けばいいの？」 after a failing identity check: how to write it', async () => {
    await chat(new Date('2026-03-22T15:00:00+09:00'))
      .say('本人確認が何回やっても承認されません')
      .say('住所ってどう書けばいいの？')
      .expect(/1丁目2番地3号/);
  });
  it('「ちなみに口座振替に変えたら手数料なくなる？」 is the fee of the method changed to', async () => {
    await chat().say('ちなみに口座振替に変えたら手数料なくなる？').expect(/無料/);
  });
  it('「やめたいって言ったらどうなるの？」 asks what would happen: nothing stopped; 「じゃあやめて」 then stops', async () => {
    await chat(new Date('2026-02-27T10:00:00+09:00'))
      .say('口座振替で3日前に通知して')
      .say('やめたいって言ったらどうなるの？')
      .step(async () => expect(await subscription()).toMatchObject({ active: true }))
      .say('じゃあやめて');
    expect(await subscription()).toMatchObject({ active: false });
  });
});

describe('session 25: blind sets 122–123 (tuning halves)', () => {
  it('「申し訳ございません、やはりはがきの請求書でございました。」 right after setting them: the method changed', async () => {
    await chat(new Date('2026-09-07T10:00:00+09:00'))
      .say('リマインダーを設定してください。コンビニで支払っております。')
      .say('申し訳ございません、やはりはがきの請求書でございました。');
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });
  it('"I don’t pay at the konbini terminal, I get the paper postcard bill": the postcard only', async () => {
    await chat(new Date('2026-10-31T20:00:00+09:00'))
      .say(
        "I don't pay at the konbini terminal, I get the paper postcard bill. Bought a rug on Oct 3 - when is it due?",
      )
      .expect(/20 November 2026/)
      .expectNot(/10 November/);
  });
  it('「いつまで待ったらいいと？」 after a bill not come: how long to wait', async () => {
    await chat(new Date('2026-12-08T10:00:00+09:00'))
      .say('今月の請求メールがまだ来んっちゃけど')
      .say('いつまで待ったらいいと？')
      .expect(/1週間以上/);
  });
  it('「何回やってもダメなんやけど」 after how the identity check works: it failing', async () => {
    await chat(new Date('2026-09-13T10:00:00+09:00'))
      .say('本人確認のやり方教えて')
      .say('何回やってもダメなんやけど')
      .expect(/よくある原因|atone に直接問い合わせて/);
  });
  it('「12月5日と1月3日に買い物した場合」 on 28 December: a supposition, so 1月3日 is the coming one', async () => {
    await chat(new Date('2026-12-28T10:00:00+09:00'))
      .say('12月5日と1月3日に買い物した場合、はがき払いだとそれぞれいつまで？')
      .expect(/2027年1月3日に買う分: 2027年2月20日/)
      .say('口座振替ならどう？')
      .expect(/2027年3月1日/)
      .expectNot(/2026年1月3日/);
  });
  it('「一括はきつい。分けて払える仕組みってある？」 is installments', async () => {
    await chat()
      .say('今月の請求が3万円と高くて期限までに一括はきつい。分けて払える仕組みってある？')
      .expect(/atone分割払い/);
  });
  it('"what if i buy something on jan 2?" is that purchase’s deadline, not a campaign', async () => {
    await chat(new Date('2026-12-29T21:00:00+09:00'))
      .say('what if i buy something on jan 2?')
      .expect(/January 2027 purchases/)
      .expectNot(/last use/i);
  });
  it('"does changing the reminder change how atone charges me?": no, and where the method is changed', async () => {
    await chat(new Date('2026-12-29T21:00:00+09:00'))
      .say('ok remind me 2 days before, bank debit')
      .say('wait, does changing the reminder change how atone charges me?')
      .expect(/^No\. Reminders only tell you when to pay/m)
      .expect(/My Page/);
    await chat()
      .say('リマインダーを変えたら支払い方法も変わる？')
      .expect(/いいえ。リマインダーはお知らせだけ/);
  });
});

describe('session 26: blind sets 129–132 (tuning halves) and a newcomer’s chat', () => {
  it('「5日前のはいらない。前日だけで」 keeps the day before: a change of lead times, never a stop', async () => {
    await chat(new Date('2026-02-26T23:00:00+09:00'))
      .say('はがき請求書で払ってる。5日前と前日にリマインドお願い')
      .say('手数料っていくらだっけ')
      .say('あ、5日前のはいらない。前日だけで')
      .expect(/前日、9時にお知らせします/)
      .expectNot(/解除しました/);
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [1] });
  });
  it('"remind me on the morning of the due date, i use barcode": the day itself only', async () => {
    await chat(new Date('2026-01-30T09:00:00+09:00')).say(
      'remind me on the morning of the due date, i use barcode',
    );
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [0] });
  });
  it('the way they pay, told, against another asked about (「口座振替にしたら…」): the reminder asks which', async () => {
    await chat(new Date('2026-12-30T22:00:00+09:00'))
      .say('12/28に買った服の支払いはいつ？コンビニで払う')
      .say('口座振替にしたら手数料かからない？')
      .say('前日の夜9時にリマインドして')
      .expect(/お支払い方法はどれですか/);
    expect(await subscription()).toBeUndefined();
  });
  it('「バーコードで払うから5日前に教えて」 after a purchase’s deadline and fee: the reminder, not the deadline', async () => {
    await chat(new Date('2027-09-01T09:00:00+09:00'))
      .say('8月に買ったやつ、口座振替でいつ落ちる？')
      .say('Is there a fee for that?')
      .say('バーコードで払うから5日前に教えて')
      .expect(/電子バーコードの期限の5日前/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [5] });
  });
  it('「12月10日の期限すぎちゃった。いつから手数料かかる？」: paying late, not a purchase on 10 December', async () => {
    await chat(new Date('2026-12-11T09:00:00+09:00'))
      .say('12月10日の期限すぎちゃった。いつから手数料かかる？')
      .expect(/100円[\s\S]*25日|25日[\s\S]*100円/)
      .expectNot(/2027年1月10日/);
  });
  it('"I forgot the Jan 10 konbini payment" is a missed deadline; "how much extra?" is the late fee', async () => {
    await chat(new Date('2026-01-11T10:00:00+09:00'))
      .say('oh no, I forgot the Jan 10 konbini payment')
      .expect(/late fee/)
      .expectNot(/For January 2026 purchases|Did you mean/)
      .say('how much extra will it cost')
      .expect(/100 yen/);
  });
  it('"Direct debit date for this month’s bill?" is the bill paid this month', async () => {
    await chat(new Date('2026-03-25T10:00:00+09:00'))
      .say("Direct debit date for this month's bill?")
      .expect(/27 March 2026/)
      .expectNot(/27 April/);
  });
  it('"golden week doesn’t change the date, right?" is the deadline, not changing the way to pay', async () => {
    await chat(new Date('2027-04-30T10:00:00+09:00'))
      .say("April purchases, direct debit - golden week doesn't change the date, right?")
      .expect(/27 May 2027/);
  });
  it('「届かなかったらどうすればいいの？」 after the deadline of a bill not come: that bill, not paying late', async () => {
    await chat(new Date('2027-01-08T10:00:00+09:00'))
      .say('12月分の請求書がまだ来ないんですけど')
      .say('期限っていつまで？')
      .say('届かなかったらどうすればいいの？')
      .expect(/問い合わせ/)
      .expectNot(/延滞事務手数料/);
    await chat(new Date('2026-05-12T08:00:00+09:00'))
      .say("my bill for April hasn't come")
      .say('when is it due?')
      .say("and if it still doesn't come?")
      .expect(/contact atone/);
  });
  it('「でも今日来た請求メールにその分も入ってて」 after a return is that return, and so is 「で、どうすれば？」', async () => {
    await chat(new Date('2026-12-03T19:00:00+09:00'))
      .say('先月ネットで買ったワンピース、サイズ合わなくて返品したんです')
      .say('でも今日来た請求メールにその分も入ってて')
      .expect(/お店/)
      .expectNot(/第3営業日/)
      .say('で、どうすれば？')
      .expect(/お店/);
    await chat().say('I returned a jacket last week').say("but it's still on my bill").expect(/shop/);
  });
  it('a day to pay on (「12日に払っても大丈夫？」 "can I pay on the 11th?") is answered in time or not, never read as a purchase', async () => {
    await chat(new Date('2026-12-01T08:10:00+09:00'))
      .say('バーコードなんだけど12日に払っても大丈夫？')
      .expect(/間に合いません。12月12日は期限（12月10日）を過ぎています/)
      .expectNot(/2026年12月分/);
    await chat(new Date('2026-12-01T08:10:00+09:00'))
      .say('12月12日に払っても間に合う？')
      .expect(/電子バーコード（12月10日）には間に合いません。はがき請求書（12月20日）なら間に合います/);
    await chat(new Date('2026-12-01T08:10:00+09:00'))
      .say('can I pay on the 11th? i use postcard')
      .expect(/Yes: paying on 11 December is in time/);
    await chat(new Date('2026-12-10T09:00:00+09:00'))
      .say('i pay at the konbini. is it ok if i pay tomorrow?')
      .expect(/Not in time: 11 December is after the deadline \(10 December\)/);
  });
});

describe('session 26: blind sets 133–136 (tuning halves)', () => {
  it('"ok not now. <a question>" after how reminders work answers the question and stops nothing', async () => {
    await chat(new Date('2026-06-10T12:00:00+09:00'))
      .say('how would a reminder for that work?')
      .say("ok not now. what's the company behind atone called again?")
      .expect(/Net Protections/);
  });
  it('「引き落とせなかったらどうなる？」 after changing the method is what paying late means', async () => {
    await chat(new Date('2026-09-18T12:00:00+09:00'))
      .say('今からコンビニ払いに変えられる？')
      .say('引き落とせなかったらどうなる？')
      .expect(/停止/);
  });
  it('「atoneの分割は？」 after Amazon’s pay-later option is atone’s installments', async () => {
    await chat(new Date('2026-11-01T11:00:00+09:00'))
      .say('Amazonで使える支払い方法一覧')
      .say('ペイディって分割できる？')
      .say('atoneの分割は？')
      .expect(/atone分割払い/);
  });
  it('"back to the lamp — I’ll pay with the barcode" after a detour is that purchase’s deadline', async () => {
    await chat(new Date('2026-10-20T21:00:00+09:00'))
      .say('hey, I bought a lamp on october 2, when do i have to pay?')
      .say('btw can I use atone on amazon?')
      .say("ok so back to the lamp - I'll pay with the barcode in the app")
      .expect(/10 November 2026/)
      .say('what would it be with the postcard?')
      .expect(/20 November 2026/);
    await chat(new Date('2026-11-28T21:00:00+09:00'))
      .say('11月20日に服買ったんだけど支払いいつまで？')
      .say('あ、ちなみにAmazonってatone使えたっけ？')
      .say('なるほど。で、さっきの服の話だけど、コンビニで払うつもり')
      .expect(/2026年12月10日/);
  });
  it('"I meant December this year" and 「今年のです」 move the purchase to that year', async () => {
    await chat(new Date('2026-06-10T12:00:00+09:00'))
      .say('when was the postcard payment due for stuff I bought on December 5?')
      .say('sorry, I meant December this year')
      .expect(/20 January 2027/);
    await chat(new Date('2026-06-10T12:00:00+09:00'))
      .say('12月5日に買ったものの期限は？はがきです')
      .say('今年のです')
      .expect(/2027年1月20日/);
  });
  it('"buying a laptop on the 5th" is a purchase on the 5th; 「毎月3日前に」 is a lead time of 3 days', async () => {
    await chat(new Date('2027-01-02T14:00:00+09:00'))
      .say("also I'm buying a laptop on the 5th, konbini, when's it due?")
      .expect(/10 February 2027/);
    await chat(new Date('2026-07-20T10:00:00+09:00')).say('口座振替で、毎月3日前にリマインドして');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [3] });
  });
  it('a bill for a service never used, and "do you need my SMS code?", get the misuse answers', async () => {
    await chat()
      .say("got an email from atone saying I owe money but I don't even use it")
      .expect(/ご利用明細|usage details/)
      .say('do you need my SMS code to check?')
      .expect(/Never send a password or SMS code/);
  });
  it('"Please teach me the due date" is the deadline; "how to pay atone konbini?" is answered in English', async () => {
    await chat()
      .say('Please teach me the due date of postcard payment.')
      .expect(/20 December 2026/);
    await chat()
      .say('how to pay atone konbini?')
      .expect(/reference number/);
  });
  it('a wrong button owned as a slip (「あ、押し間違えた。はがきです」 "oops, wrong button, I pay by bank debit") changes the method just set', async () => {
    await chat(new Date('2026-09-14T21:00:00+09:00'))
      .say('支払い期限のリマインダーを設定したい')
      .say('/2')
      .say('あ、押し間違えた。はがきです')
      .expect(/はがき請求書の期限/);
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });
  it('"hmm, actually only 2" after points for 3 shops is 2 shops', async () => {
    await chat(new Date('2026-09-09T12:00:00+09:00'))
      .say('points if I used atone at 3 shops?')
      .say('hmm, actually only 2')
      .expect(/At 2 shops/);
  });
  it('a method or a date set aside for another in one message is not answered', async () => {
    await chat(new Date('2026-07-02T12:00:00+09:00'))
      .say('6月10日に買った分の期限はいつ？')
      .say('はがきのじゃなくて、口座振替の方')
      .expect(/2026年7月27日/)
      .expectNot(/7月20日/);
    await chat(new Date('2026-09-20T12:00:00+09:00'))
      .say('9月分の口座振替の引き落とし日は？あ、8月分だった')
      .expect(/2026年9月28日/)
      .expectNot(/10月27日/);
    await chat(new Date('2026-09-20T12:00:00+09:00'))
      .say('I bought on August 31st — no, September 1st. Postcard deadline?')
      .expect(/20 October 2026/)
      .expectNot(/20 September/);
    await chat(new Date('2026-07-02T12:00:00+09:00'))
      .say('つど後払いじゃなくて翌月払いのほう。コンビニ払いの期限は？')
      .expect(/2026年7月10日/);
  });
  it('"Is the konbini fee cheaper than the postcard fee?" gives both fees', async () => {
    await chat()
      .say('Is the konbini fee cheaper than the postcard fee or the same?')
      .expect(/postcard[^\n]*209 yen[\s\S]*convenience store[^\n]*209 yen/);
  });
  it('spaced learner Japanese: 「バーコード で おねがいします」 after a fee asked in between sets them; 「わたし の リマインダー は ありますか」 lists', async () => {
    await chat(new Date('2026-07-09T20:00:00+09:00'))
      .say('リマインダー を おねがい します')
      .say('バーコード の てすうりょう は いくら？')
      .say('バーコード で おねがいします')
      .expect(/電子バーコードの期限/);
    expect(await subscription()).toMatchObject({ method: 'barcode' });
    await chat(new Date('2026-05-11T09:00:00+09:00'))
      .say('リマインダー って なに が できますか')
      .say('わたし の リマインダー は ありますか')
      .expect(/電子バーコードの期限の3日前/);
  });
  it('a newcomer’s chat: the bill told as ready gets the deadlines; "do i get points for this?" after reminders is the points', async () => {
    await chat(new Date('2026-12-01T08:10:00+09:00'))
      .say('morning! got an email saying my atone bill is ready')
      .expect(/10 December 2026/)
      .say('i pay with the barcode. remind me the day before at 7pm')
      .say('thanks')
      .say('oh also, do i get points for this?')
      .expect(/NP points/)
      .expectNot(/I will remind you/);
  });
});

describe('session 26: blind sets 137–140 (tuning halves)', () => {
  it('「じゃあ12月10日のほう、3日前に通知してください」 after two purchases’ deadlines sets the reminder', async () => {
    await chat(new Date('2026-11-29T12:00:00+09:00'))
      .say('10月31日と11月1日に買い物しました。コンビニ払いです。それぞれの期限を教えてください')
      .say('じゃあ12月10日のほう、3日前に通知してください')
      .expect(/3日前、9時にお知らせします/);
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [3] });
  });
  it('「やっぱり いりません。けして ください」 right after setting them stops them; 「消して…いや待って、見せて」 does not', async () => {
    await chat(new Date('2026-04-01T12:00:00+09:00'))
      .say('コンビニ払いのリマインダーをお願いします')
      .say('やっぱり いりません。けして ください')
      .expect(/解除しました/);
    expect(await subscription()).toMatchObject({ active: false });
    await chat(new Date('2026-04-01T12:00:00+09:00'))
      .say('コンビニ払いのリマインダーをお願いします')
      .say('リマインダー消して…いや待って、まず今何が登録されてるか見せて')
      .expectNot(/解除しました/);
    expect(await subscription()).toMatchObject({ method: 'store', active: true });
  });
  it('follow-ups of FAQ answers: a check that failed, a reply time, money back after a return, bills after leaving', async () => {
    await chat()
      .say('how do I verify my identity')
      .say('it failed twice, what am I doing wrong?')
      .expect(/address/);
    await chat()
      .say('how can I contact atone?')
      .say('ok how long do they take to reply?')
      .expect(/contact form|form/);
    await chat()
      .say('I returned a jacket but got billed')
      .say('when will the money come back?')
      .expect(/refund/)
      .expectNot(/3rd business day/);
    await chat()
      .say('I want to close my atone account')
      .say('does deleting cancel what I owe?')
      .expect(/Leaving does not cancel bills already issued/);
  });
  it('"when is limit day?" with a month and a method is the deadline; "the fee is 209 yen per purchase right?" after paying late is the billing fee', async () => {
    await chat(new Date('2026-12-15T12:00:00+09:00'))
      .say('I used atone in november, I pay with barcode. when is limit day?')
      .expect(/10 December 2026/);
    await chat(new Date('2026-12-15T18:00:00+09:00'))
      .say('so the Nov 30 konbini one already passed?')
      .say('what happens now then')
      .say('thanks. and the fee is 209 yen per purchase right?')
      .expect(/not charged per purchase/);
  });
  it('"I’ll top up my account on the 26th - is that in time?" for a debit on the 27th: yes; 「はがきのやつじゃなくて」 sets the postcard aside', async () => {
    await chat(new Date('2026-10-01T10:00:00+09:00'))
      .say("September purchases, direct debit. I'll top up my account on the 26th - is that in time?")
      .expect(/Yes: paying on 26 October is in time/);
    await chat(new Date('2026-10-01T10:00:00+09:00'))
      .say('はがきのやつじゃなくて、バーコード払いの期限を教えて。9月に買った分')
      .expect(/2026年10月10日/)
      .expectNot(/10月20日/);
  });
  it('「Amazonの支払い方法って何がある？」 while the bot waits for a method is Amazon’s, not the reminder’s choices', async () => {
    await chat()
      .say('期限の1週間前にリマインドセットして')
      .say('Amazonの支払い方法って何がある？')
      .expect(/Amazon/)
      .expectNot(/お支払い方法はどれですか/);
  });
  it('「ﾘﾏｲﾝﾀﾞｰ ｹｼﾃ」 after stops is a stop, answered (a stop word one rule knew and another did not had them call each other without end)', async () => {
    await chat()
      .say('通知うるさいけん止めて')
      .say('もうお知らせせんでええよ')
      .say('ﾘﾏｲﾝﾀﾞｰ ｹｼﾃ')
      .expect(/設定中のリマインダーはありません/);
    await chat()
      .say('コンビニでリマインダーお願い')
      .say('リマインダーの登録を取り消していただけますか')
      .expect(/解除しました/);
  });
  it('「10月の5日ね」 puts the day right; "and if I’d used the postcard" after a deadline is that deadline for the postcard', async () => {
    await chat(new Date('2026-11-10T10:00:00+09:00'))
      .say('5日に買ったやつ、バーコード払いだといつまで？')
      .say('10月の5日ね')
      .expect(/2026年11月10日/)
      .expectNot(/12月10日/);
    await chat(new Date('2026-02-28T12:00:00+09:00'))
      .say('can I pay my atone bill at 7-Eleven?')
      .say('february stuff at the konbini, due when?')
      .say("and if I'd used the postcard")
      .expect(/20 March 2026/);
  });
  it('「まいつき 20にち の まえ の ひ の よる 8じ に おしえて」: the day before at 20:00, typed in kana (it had been set for 8:00)', async () => {
    await chat(new Date('2026-01-19T09:00:00+09:00')).say(
      'まいつき 20にち の まえ の ひ の よる 8じ に おしえて。 はがき です。',
    );
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [1], sendHour: 20 });
  });
  it('「やば、まだ払ってない。明日の朝払えば間に合う？」 the night before a deadline: yes, for the method asked about', async () => {
    await chat(new Date('2027-01-09T22:30:00+09:00'))
      .say('明日ってコンビニ払いの期限だっけ？')
      .say('やば、まだ払ってない。明日の朝払えば間に合う？')
      .expect(/はい、1月10日に払えば間に合います/);
  });
});

describe('session 27: newcomers’ chats', () => {
  const DEC_1_EVENING = new Date('2026-12-01T20:00:00+09:00');
  const DEC_5 = new Date('2026-12-05T12:00:00+09:00');

  it('「請求きたってメールきた」 is the bill told as come (deadlines); 「いくら？」 then is the user’s own amount, which only the app shows', async () => {
    await chat(DEC_1_EVENING)
      .say('atoneの請求きたってメールきた')
      .expect(/支払い期限/)
      .expectNot(/ご利用明細/)
      .say('いくら？')
      .expect(/このボットからは見えません[^\n]*ご利用明細/)
      .say('手数料いくら？')
      .expect(/209円/);
    await chat(DEC_1_EVENING)
      .say('請求きたけど何買ったか全然記憶にない')
      .expect(/ご利用明細/)
      .say('how much is it?')
      .expectNot(/can't see your account/);
  });

  it('「どこのコンビニでもいい？」 after a deadline asks which chains, not the deadline again', async () => {
    await chat(DEC_1_EVENING)
      .say('期限は？')
      .say('コンビニで払いたいんだけど、どこのコンビニでもいい？')
      .expect(/セブン-イレブン/)
      .expectNot(/期限は2026年12月10日/);
  });

  it('"what if I can’t pay by then?" about a purchase, after a detour, gives that purchase’s deadline, not the next one', async () => {
    await chat(DEC_5)
      .say('I bought a coat on Dec 3 with atone')
      .say("I'll pay at the konbini")
      .say('ok. is there a fee?')
      .expect(/209 yen/)
      .say("what if I can't pay by then")
      .expect(/late fee/)
      .expect(/deadline for your December 2026 purchases is Sunday, 10 January 2027/)
      .expectNot(/10 December/);
    // A date the message itself says, that is no purchase (the debit that failed): the next deadline.
    await chat(DEC_5)
      .say('口座振替で、27日に残高が足りなくて落ちなかったみたい。どうなる？')
      .expect(/次の期限は2026年12月28日/);
  });

  it('"did I miss the deadline?" with a purchase date is answered with that deadline', async () => {
    await chat(DEC_5)
      .say('I made a purchase on Dec 3 and chose convenience store payment. Did I miss the deadline?')
      .expect(/10 January 2027/);
  });
});

describe('session 27: blind sets 141–144 (tuning halves)', () => {
  it('"can you also remind me the day before?" adds it; "remind me what reminders I have" lists them', async () => {
    const SEP_17 = new Date('2027-09-17T14:00:00+09:00');
    await chat(SEP_17)
      .say('I pay by auto debit, remind me a week before')
      .say('can you also remind me the day before?')
      .expect(/7 days before and the day before|7 days and 1 day before|7 and 1 days? before/);
    expect((await subscription())?.leadDays).toEqual([7, 1]);
    await chat(SEP_17)
      .say('remind me what reminders I have')
      .expect(/7 days before/)
      .say('今月は何日にリマインドしてくれるん？')
      .expect(/9月20日/);
    expect((await subscription())?.leadDays).toEqual([7, 1]);
  });

  it('a method’s own question after an FAQ detour is asked, not the detour’s; "what info will they ask me?" follows logging in', async () => {
    await chat(new Date('2027-07-19T10:00:00+09:00'))
      .say('I bought a suitcase on July 15 for my trip')
      .say('can I pay it in installments?')
      .say('what is atone plus exactly?')
      .say('ok forget it. suitcase: postcard invoice. due when?')
      .expect(/postcard bill[^\n]*deadline is/)
      .expectNot(/Installments/);
    await chat(new Date('2027-04-05T10:00:00+09:00'))
      .say("I forgot my password and can't log in")
      .say('what info will they ask me?')
      .expect(/name and date of birth/)
      .say('what can this bot even do?')
      .expect(/I answer questions about paying atone/);
  });

  it('two ways to pay compared are described, not their deadlines again; the question put right is the new one', async () => {
    await chat(new Date('2027-01-29T21:00:00+09:00'))
      .say('yo i got some sneakers on jan 28 via atone')
      .say('whats the diff between konbini and barcode payment?')
      .expect(/app barcode[^\n]*\n[\s\S]*four ways in all/)
      .say('コンビニ払いとバーコード払いの違いは？')
      .expect(/4つ|四つ|支払い方法/)
      .expectNot(/支払い期限は、支払い方法によって違います/);
    await chat()
      .say('口座振替に変えたい。どこで変更するの？')
      .say('はがきの手数料…じゃなくて、はがきの期限っていつ？')
      .expect(/はがき請求書で払う場合、期限は/);
  });

  it('a purchase told with its day gets its deadline; "where do I change it?" after reminders is the way to change the method', async () => {
    await chat(new Date('2027-12-28T10:00:00+09:00'))
      .say('did my end-of-year shopping on Dec 27 with atone')
      .expect(/December 2027 purchases/);
    await chat()
      .say('毎月のリマインド、今後は不要です')
      .say(
        'I always pay at FamilyMart after the bill email. want to use the app barcode instead — where do I change it?',
      )
      .expect(/Change it in the app/)
      .expectNot(/Shall I/);
    await chat()
      .say('昨日ユニクロで買った注文、ちゃんとatoneに反映されてる？')
      .expect(/ご利用明細/);
  });
});

describe('session 27: the notice of a month’s purchases', () => {
  it('"when will the notice for my December purchases arrive?" is the bill’s notice, not the deadline', async () => {
    await chat(new Date('2027-01-02T10:00:00+09:00'))
      .say('When will the notice for my December purchases arrive? New Year holidays are in the way…')
      .expect(/business day/);
  });
});

describe('session 27: two subjects in one message, hours put right, chains', () => {
  it('a trouble told beside a deadline question gets both answers; 「もう払ってたら？」 next is about the trouble', async () => {
    await chat(new Date('2027-08-02T09:00:00+09:00'))
      .say('返品したのに請求きてる。コンビニ払いなんだけど期限いつまで？7月に買ったやつ')
      .expect(/相殺/)
      .expect(/2027年8月10日/)
      .say('もう払ってたら？')
      .expect(/支払い済み: 未払いの請求や次回以降の請求と相殺/)
      .say('いつまで？')
      .expect(/期限/);
    // Two purchases told, then a method put to them, stays with their deadlines.
    await chat(new Date('2026-11-29T10:00:00+09:00'))
      .say('I bought shoes on Oct 28 and a bag on Nov 3, both paid at konbini. When do I pay each?')
      .say('and if they were on direct debit?')
      .expect(/28 December 2026/);
  });

  it('「前日の10時…じゃなくて11時にお願い」 sets 11:00; a question next changes nothing', async () => {
    await chat(new Date('2027-06-10T10:00:00+09:00'))
      .say('口座振替のリマインダー、前日の10時…じゃなくて11時にお願い')
      .expect(/前日、11時/)
      .say('次の引き落とし日っていつ？')
      .expect(/2027年6月28日/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [1], sendHour: 11 });
  });

  it('「コンビニ端末払いはセブンで使える？」 after the chains says it cannot; which of two ways gives more time is their deadlines', async () => {
    await chat(new Date('2027-03-03T21:00:00+09:00'))
      .say('セブンイレブンでatoneの支払いできる？')
      .say('コンビニ端末払いはセブンで使える？')
      .expect(/セブン-イレブンでは[^\n]*できません/);
    await chat(new Date('2027-09-21T10:00:00+09:00'))
      .say('9月の買い物、バーコードと口座振替どっちが遅くまで払える？')
      .expect(/2027年10月10日/)
      .expect(/2027年10月27日/);
  });
});

describe('session 27: a question asked of another service, then of atone', () => {
  it('「Paidyの支払い期限っていつ？」 then 「じゃあアトネは？コンビニ払いで」 is atone’s konbini deadline; the topic before stays', async () => {
    await chat(new Date('2027-11-15T10:00:00+09:00'))
      .say('Paidyの支払い期限っていつ？')
      .expect(/Paidyは atone とは別のサービス/)
      .say('じゃあアトネは？コンビニ払いで')
      .expect(/コンビニ端末・銀行ATM（Pay-easy）で払う場合、期限は2027年12月10日/);
    await chat()
      .say('コンビニ払いの期限は？')
      .say('Is Paidy better?')
      .say('じゃあはがきは？')
      .expect(/はがき請求書で払う場合、期限は2026年12月20日/);
  });
});

describe('session 27: a late fee worried about after a payment shown unpaid', () => {
  it('gets the route: whether the payment reached atone in time is in the user’s account', async () => {
    await chat(new Date('2026-12-12T10:00:00+09:00'))
      .say('I paid my atone bill at Lawson on Dec 9 but the app still says unpaid')
      .say('the deadline was Dec 10, will I get a late fee?')
      .expect(/can't see your account/)
      .expect(/contact form|faq\.atone\.be/);
  });
});

describe('session 27: the thing bought, named again after detours', () => {
  it('brings its purchase date back', async () => {
    await chat(new Date('2027-07-19T10:00:00+09:00'))
      .say('I bought a suitcase on July 15 for my trip')
      .say('can I pay it in installments?')
      .say('what is atone plus exactly?')
      .say('ok forget it. suitcase: postcard invoice. due when?')
      .expect(/For July 2027 purchases paid by postcard bill[^\n]*20 August 2027/);
    // It stays with its date through a follow-up that keeps the date.
    await chat(new Date('2027-07-19T10:00:00+09:00'))
      .say('I bought a suitcase on July 15 for my trip')
      .say('and by postcard?')
      .say('what is atone plus exactly?')
      .say('ok forget it. suitcase: konbini. due when?')
      .expect(/For July 2027 purchases[^\n]*10 August 2027/);
    await chat(new Date('2026-12-10T10:00:00+09:00'))
      .say('12月3日に洗濯機を買った')
      .say('ポイントってたまる？')
      .say('返品ってできる？')
      .say('洗濯機はコンビニ払いで、期限いつ？')
      .expect(/2026年12月分をコンビニ端末・銀行ATM（Pay-easy）で払う場合、期限は2027年1月10日/);
  });
});

describe('session 27: blind sets 146–148 (tuning halves)', () => {
  it('a method said in everyday words: 「銀行から引かれるやつは？」 after a fee is the debit’s (free); "the one that comes out of my bank account" its deadline', async () => {
    await chat(new Date('2027-01-06T12:00:00+09:00'))
      .say('コンビニで払うやつの期限っていつ？')
      .say('手数料は？')
      .expect(/209円/)
      .say('銀行から引かれるやつは？')
      .expect(/無料/)
      .expectNot(/209円/);
    await chat(new Date('2027-05-12T12:00:00+09:00'))
      .say('when do i pay the bill?')
      .say("and if I'm on the one that comes out of my bank account?")
      .expect(/automatic bank debit[^\n]*27 May 2027/);
  });

  it('"if I pay today when can I use it again?" after a suspension is when it ends; "extra fees?" then is the late fee', async () => {
    await chat(new Date('2027-07-12T10:00:00+09:00'))
      .say(
        'I forgot to pay last month and now the app says my account is stopped. if I pay today when can I use it again?',
      )
      .expect(/2 to 3 business days/)
      .say('will there be extra fees?')
      .expect(/100 yen/);
    await chat()
      .say('how do I actually pay for stuff I bought with atone? first time using it')
      .expect(/can be paid in four ways/);
  });
});

describe('session 27: blind sets 145–148 (tuning halves)', () => {
  it('a bill that has not come, said after a deadline, is that; 「いつ引き落とされる？」 after Amazon’s debit card is Amazon’s', async () => {
    await chat(new Date('2026-12-20T10:00:00+09:00'))
      .say('はがきの期限いつ？')
      .say('でもはがき届いてないから払えないんだけど')
      .expect(/atone|問い合わせ/)
      .expectNot(/延滞事務手数料100円/);
    await chat(new Date('2027-04-28T21:00:00+09:00'))
      .say('Amazonってデビットカード使える？')
      .say('いつ引き落とされる？')
      .expect(/出荷準備/);
  });

  it('「NPポイントって有効期限ある？」 after campaigns is about NP points; "Remove the 5-day one." drops only that one', async () => {
    await chat(new Date('2027-03-20T15:00:00+09:00'))
      .say('3つのお店で使ったら何ポイント？')
      .say('5店舗なら？')
      .say('NPポイントって有効期限ある？')
      .expect(/NPポイント/)
      .expectNot(/知られているキャンペーン/);
    await chat()
      .say('I pay by konbini. remind me 5 days before')
      .say('also the day before')
      .say('Remove the 5-day one.');
    expect(await subscription()).toMatchObject({ leadDays: [1] });
  });

  it('a learner’s purchase told and "when is limit?" get the deadline; 「いちばん やすい の は？」 after fees is the cheapest', async () => {
    await chat(new Date('2027-01-04T10:00:00+09:00'))
      .say('I buy shoes 3 january')
      .say('pay by bank auto')
      .expect(/1 March 2027/);
    await chat(new Date('2026-12-26T10:00:00+09:00'))
      .say('I buy thing at 25 december, I pay with konbini, when is limit?')
      .expect(/10 January 2027/);
    await chat()
      .say('てすうりょう いくら？')
      .say('いちばん やすい の は？')
      .expect(/口座振替/);
  });
});

describe('session 27: blind sets 149–152 (tuning halves)', () => {
  it('a change begun and taken back in the same message changes nothing', async () => {
    await chat(new Date('2027-08-02T10:00:00+09:00'))
      .say('口座振替で前日にリマインドお願い')
      .say('やっぱり5日前に…いや、やっぱりいいや。今のままにしといて')
      .expectNot(/設定を変更しました/);
    expect((await subscription())?.leadDays).toEqual([1]);
    await chat()
      .say('I pay by konbini, remind me 3 days before')
      .say('make it 5 days... actually no, keep it as it is')
      .expect(/left your reminders as they are/);
    expect((await subscription())?.leadDays).toEqual([3]);
  });

  it('purchases named again by what was bought, two purchases later; 「ゲームのは？」 alone too', async () => {
    await chat(new Date('2027-09-03T12:10:00+09:00'))
      .say('8月3日に服買った。口座振替で払ってる')
      .say('あと8月29日にゲームも買った')
      .say('で、7月31日に買った本は？')
      .expect(/2027年8月27日/)
      .say('それ払ったっけ…引き落とされたか確認できる？')
      .expect(/ご利用明細/)
      .say('服のほうの引き落とし日もう一回教えて')
      .expect(/2027年9月27日/)
      .say('ゲームのは？')
      .expect(/2027年9月27日/);
  });

  it('the limit’s recovery asked again after paying; weekends; 「メルペイは？」 after three turns on Amazon', async () => {
    await chat(new Date('2027-07-02T22:00:00+09:00'))
      .say('ほんで上限いっぱいまで使ってもうてん。ポイントで上限超えて払えへん？')
      .say('6月30日に全部払ったんやけど、いつ使えるようになる？')
      .expect(/2〜3営業日/)
      .say('土日挟むけどそれも数えるん？')
      .expect(/土日祝を除く/);
    await chat(new Date('2027-03-08T19:30:00+09:00'))
      .say('なあ、アマゾンでatone使えるん？')
      .say('ほな後払いしたいときはどうしたらええの？')
      .say('ギフト券をatoneで買うのもあかん？')
      .say('ほんならメルペイは？')
      .expect(/メルペイ/)
      .expectNot(/別のサービスなので/);
  });

  it('a fee after a change supposed, a method no longer used, a bill email not come, the bill still owed after leaving', async () => {
    await chat().say('もし口座振替に変えたら、手数料ってまだかかるん？').expect(/無料/);
    await chat(new Date('2027-03-01T10:00:00+09:00'))
      .say('コンビニ払いはもう使ってなくて、今は口座振替です。2月に買った分の期限は？')
      .expect(/口座振替/)
      .expectNot(/コンビニ端末/);
    await chat(new Date('2027-04-14T10:00:00+09:00'))
      .say('its the 14th and still no seikyu email for march. what do i do')
      .expect(/contact atone/);
    await chat()
      .say('im leaving japan, how do i close my atone account?')
      .say('and the bill i still owe?')
      .expect(/still have to pay/);
  });
});

describe('session 27: a newcomer’s purchase told a few days ahead', () => {
  it('「12月3日にコートを買った」 on 30 November gets both years, not only last year’s long-gone deadline', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('12月3日にコートを買った')
      .expect(/両方の年の支払い期限をお答えします。\n/)
      .expect(/2027年1月10日/);
  });
});

describe('session 27: blind sets 153–156 (tuning halves)', () => {
  it('「7日前のはもういらない」 of two lead times drops only that one; "ok, do it" to a proposal sets what was proposed', async () => {
    await chat(new Date('2027-03-08T10:00:00+09:00'))
      .say('口座振替の引き落とし日の7日前と前日に通知して')
      .say('7日前のはもういらない');
    expect(await subscription()).toMatchObject({ leadDays: [1], active: true });
    await chat(new Date('2027-05-25T10:00:00+09:00'))
      .say('Can the bot remind me the day before the direct debit? Just asking for now.')
      .say('ok, do it');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [1] });
  });

  it('"ok what’s atone’s?" after another service’s late fee is atone’s; the limit is not reset monthly', async () => {
    await chat(new Date('2027-07-07T10:00:00+09:00'))
      .say("What's Paidy's late fee?")
      .say("ok what's atone's?")
      .expect(/100 yen/);
    await chat()
      .say('Is my usage limit reset every month?')
      .expect(/cumulative, not monthly/)
      .expectNot(/can't see your account/);
  });
});

describe('session 27: blind sets 153–154 (tuning halves)', () => {
  it('"back to the sofa — when again?" after detours is that purchase’s deadline', async () => {
    await chat(new Date('2027-09-03T19:00:00+09:00'))
      .say("I moved last month and I'm worried my atone postcard bill goes to my old place")
      .say('how do I change my address?')
      .say('ok. purchases in August: a sofa on aug 8 and a rug on aug 30, postcard')
      .say("what's the postcard fee?")
      .say('back to the sofa — when again?')
      .expect(/20 September 2027/)
      .expectNot(/registration data/);
  });

  it('the hour put right in everyday words changes only the hour', async () => {
    await chat().say('I pay by konbini, remind me 2 days before at 6am').say('6am is too early, make it 8am');
    expect(await subscription()).toMatchObject({ leadDays: [2], sendHour: 8 });
    await chat().say('remind me 2 days before at 7pm').say('7pm too late, 6pm');
    expect(await subscription()).toMatchObject({ leadDays: [2], sendHour: 18 });
    await chat().say('remind me 2 days before').say('can you send it in the morning, like 8am');
    expect(await subscription()).toMatchObject({ leadDays: [2], sendHour: 8 });
    await chat().say('I pay by konbini, remind me 2 days before').say('jikan wa 7pm');
    expect(await subscription()).toMatchObject({ leadDays: [2], sendHour: 19 });
  });
});

describe('session 27: blind set 153 (tuning half)', () => {
  it('「ちゃんと入っとる？」 after reminders lists them; 「なくしたらどないしよ」 after the bill’s notice is a bill one does not have; a payment doubted gets the route', async () => {
    await chat()
      .say('バーコード払いで、リマインダー前日にお願い')
      .say('ちゃんと入っとる？')
      .expect(/電子バーコードの期限の前日/);
    await chat()
      .say('はがきっていつ届く？')
      .say('なくしたらどないしよ')
      .expect(/atone|問い合わせ/);
    await chat(new Date('2027-12-12T10:00:00+09:00'))
      .say('11月分はもう払ってるはずなんやけど')
      .expect(/営業日/);
  });
});

describe('session 27: blind set 159 (tuning half)', () => {
  it('an hour moved in everyday words moves it one hour; the one named as too early or late is set aside', async () => {
    await chat().say('口座振替で2日前の23時にお願い').say('やっぱ23時は遅すぎやわ、もうちょい早めにして');
    expect(await subscription()).toMatchObject({ leadDays: [2], sendHour: 22 });
    await chat().say('I pay by direct debit, remind me 2 days before at 10pm').say('push it back a bit');
    expect(await subscription()).toMatchObject({ leadDays: [2], sendHour: 23 });
    await chat().say('バーコードで2日前の朝5時に教えて').say('5時は早すぎた…もう少し遅くして');
    expect(await subscription()).toMatchObject({ method: 'barcode', sendHour: 6 });
  });

  it('「当日の朝にも」 adds the day itself; a keigo request with two lead times sets both', async () => {
    await chat().say('バーコードで3日前に通知して').say('当日の朝にも通知ほしい');
    expect((await subscription())?.leadDays).toEqual([3, 0]);
    await chat()
      .say('恐れ入りますが、はがき請求書の期限の1週間前と3日前にご連絡いただくことは可能でしょうか')
      .say('通知の時刻は正午でお願いいたします');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [7, 3], sendHour: 12 });
  });
});

describe('session 27: a bound on the hour, not a stop', () => {
  it('「夜10時以降は通知しないで」 moves the hour before 22; 「朝8時前は…」 to 8; nothing is stopped', async () => {
    await chat().say('口座振替で前日の夜11時に教えて').say('夜10時以降は通知しないでほしい');
    expect(await subscription()).toMatchObject({ active: true, leadDays: [1], sendHour: 21 });
    await chat().say('バーコードで2日前の朝6時に教えて').say('あ、朝8時前は通知しないでほしいです');
    expect(await subscription()).toMatchObject({ active: true, method: 'barcode', sendHour: 8 });
    await chat()
      .say('I pay by konbini, remind me 2 days before at 11pm')
      .say('no reminders after 10pm please');
    expect(await subscription()).toMatchObject({ active: true, sendHour: 21 });
  });
});

describe('session 27: blind set 154 (tuning half), last', () => {
  it('"and if I wait until after midnight?" on a month’s last night is tomorrow’s purchase; "forgot, the X was actually…" puts a date right', async () => {
    await chat(new Date('2027-08-31T23:50:00+09:00'))
      .say("if I buy something tonight with konbini payment, when's it due?")
      .expect(/10 September 2027/)
      .say('and if I wait until after midnight?')
      .expect(/10 October 2027/)
      .say("ok and with direct debit for tonight's purchase?")
      .expect(/27 September 2027/);
    await chat(new Date('2027-04-02T10:00:00+09:00'))
      .say('I bought a drone on April 1, postcard')
      .say('forgot, the drone was actually march 30')
      .expect(/For March 2027 purchases[^\n]*20 April 2027/)
      .expectNot(/late fee/);
  });
});

describe('session 27: an hour set aside is not a second hour asked for', () => {
  it('"6am is too early, make it 8am" sets 8:00 and says nothing of one hour only', async () => {
    await chat()
      .say('I pay by konbini, remind me 2 days before at 6am')
      .say('6am is too early, make it 8am')
      .expect(/at 8:00/)
      .expectNot(/one hour only/);
    await chat()
      .say('9時じゃなくて21時で')
      .expectNot(/1つの時刻|one hour only|時刻は1つ/);
    expect(await subscription()).toMatchObject({ sendHour: 21 });
  });
});

describe('session 28: newcomers’ chats', () => {
  const NOV_30 = new Date('2026-11-30T10:00:00+09:00');

  it('"when is that one due?" after "which is cheapest?" is bank debit’s deadline, the free one singled out', async () => {
    await chat(NOV_30)
      .say('which payment method is cheapest?')
      .expect(/Only automatic bank debit/)
      .say('ok and when is the deadline for that one?')
      .expect(/paid by automatic bank debit[^\n]*28 December 2026/)
      .expectNot(/depends on how you pay/);
    await chat(NOV_30)
      .say('無料の支払い方法ある？')
      .say('それの期限いつ？')
      .expect(/口座振替[^\n]*2026年12月28日/)
      .expectNot(/支払い方法によって違います/);
    // Without the free one asked for, "that" points to no one way: all four.
    await chat(NOV_30)
      .say('支払い方法って何がある？')
      .say('それの期限いつ？')
      .expect(/支払い方法によって違います/);
  });
});

describe('session 28: thanks as people say them', () => {
  it('「おおきに」「あざす」 "cheers", "much appreciated" are thanks, not a question not understood', async () => {
    for (const said of ['おおきに', 'おおきにー助かったわ', 'あざす！', '感謝です'])
      await chat(new Date('2026-12-08T21:00:00+09:00'))
        .say(said)
        .expect(/どういたしまして/);
    for (const said of ['cheers', 'much appreciated!', 'appreciate it'])
      await chat(new Date('2026-12-08T21:00:00+09:00'))
        .say(said)
        .expect(/You're welcome/);
  });
});

describe('session 28: blind set 162 (reminders in real life, tuning half)', () => {
  const DEC_1 = new Date('2026-12-01T10:00:00+09:00');

  it('「朝イチがええな」「お昼ごろで」 "8pm-ish is fine" change the hour; 「21時だと遅いな、夕方6時にして」 sets 18:00', async () => {
    await chat(DEC_1).say('はがきで前日に教えて').say('時間は朝イチがええな');
    expect(await subscription()).toMatchObject({ sendHour: 8, leadDays: [1] });
    await chat(DEC_1).say('はがきで前日に教えて').say('お昼ごろで');
    expect(await subscription()).toMatchObject({ sendHour: 12 });
    await chat(DEC_1).say('remind me the day before, barcode').say('8pm-ish is fine');
    expect(await subscription()).toMatchObject({ sendHour: 20 });
    await chat(DEC_1).say('口座振替で3日前と前日の21時に教えて').say('やっぱ21時だと遅いな、夕方6時にして');
    expect(await subscription()).toMatchObject({ sendHour: 18, leadDays: [3, 1] });
  });

  it('lead times turned down in so many words: "not on the day itself", 「前日の通知は不要」, "drop the week-before one", 「3日前のリマインド取り消して」', async () => {
    await chat(DEC_1).say(
      'Remind me about my barcode payment, but not on the day itself — the day before is enough.',
    );
    expect(await subscription()).toMatchObject({ leadDays: [1] });
    await chat(DEC_1)
      .say('口座振替で3日前と前日の21時にお願いします')
      .say('前日の通知は不要になりました。3日前のみ残してください。')
      .say('念のため、今の設定をもう一度教えてください。')
      .expect(/3日前/);
    expect(await subscription()).toMatchObject({ leadDays: [3] });
    await chat(DEC_1)
      .say('postcard, remind me a week before and the day before')
      .say('drop the week-before one');
    expect(await subscription()).toMatchObject({ leadDays: [1] });
    await chat(DEC_1).say('口座振替で3日前と前日に教えて').say('3日前のリマインド取り消して');
    expect(await subscription()).toMatchObject({ leadDays: [1] });
  });

  it('「みっか前に」, romaji "mikka mae ni oshiete" are 3 days before', async () => {
    await chat(DEC_1).say('hagaki de harau. mikka mae ni oshiete');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [3] });
    await chat(DEC_1).say('はがきで、ふつか前に教えて');
    expect(await subscription()).toMatchObject({ leadDays: [2] });
  });

  it('"cancel it... actually no, leave it" changes nothing; "is it still on?" lists; "cancel everything" stops', async () => {
    await chat(DEC_1)
      .say('remind me 2 days before, barcode')
      .say('hmm cancel it... actually no, leave it')
      .say('is it still on?')
      .expect(/barcode/);
    expect(await subscription()).toMatchObject({ leadDays: [2] });
    await chat(DEC_1)
      .say('remind me 2 days before, barcode')
      .say('actually you know what, cancel everything');
    expect((await subscription())?.active).toBe(false);
  });

  it('"my payment is bank account automatic" answers "which method?"', async () => {
    await chat(DEC_1)
      .say('remind me 5 days before and 1 day before, at 7am')
      .say('my payment is bank account automatic');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [5, 1], sendHour: 7 });
  });
});

describe('session 28: blind sets 161, 163, 164 (tuning halves)', () => {
  it("\"What about May's?\" after April's is May's purchases (27 June is a Sunday: the 28th)", async () => {
    await chat(new Date('2027-04-26T12:00:00+09:00'))
      .say('When will March purchases be debited under automatic bank transfer?')
      .say('And April purchases?')
      .expect(/27 May 2027/)
      .say("What about May's?")
      .expect(/May 2027 purchases[^\n]*28 June 2027/);
  });

  it('"What if I don\'t pay by then?" after a fee is paying late, not the fee again', async () => {
    await chat(new Date('2027-01-04T12:00:00+09:00'))
      .say("I bought something on December 29 — when's the postcard deadline?")
      .say('Is there a fee?')
      .say("What if I don't pay by then?")
      .expect(/late fee/)
      .expectNot(/billing fee for postcard/);
  });

  it('「現在の設定を表示してください」 lists the reminders', async () => {
    await chat(new Date('2027-03-31T10:00:00+09:00'))
      .say('口座振替で前日の夜9時に教えてください')
      .say('現在の設定を表示してください。')
      .expect(/前日、21時/);
  });

  it('「atoneでは止められんと？」 after a subscription still billed: the shop cancels it', async () => {
    await chat(new Date('2026-12-05T08:30:00+09:00'))
      .say('なんか知らん請求が来とるっちゃけど')
      .say('あ、定期購入やったかもしれん。解約はどこですると？')
      .say('atoneでは止められんと？')
      .expect(/ショップ|お店/)
      .expectNot(/ご利用を停止/);
  });

  it("after つど後払い, 「翌月払いとは違うの？」 and 「手数料は？」 stay with it (no 翌月払い fee table); 「ATM払いの手数料は？」 is 翌月払い's", async () => {
    await chat(new Date('2026-12-04T18:00:00+09:00'))
      .say('MUJIでつど後払いってのを選んだんだけど、期限いつ？')
      .say('翌月払いとは違うの？')
      .say('手数料は？')
      .expect(/確認できませんでした/)
      .expectNot(/電子バーコード: 209円/);
    await chat(new Date('2026-12-04T18:00:00+09:00'))
      .say('MUJIでつど後払いってのを選んだんだけど、期限いつ？')
      .say('ATM払いの手数料は？')
      .expect(/209円/);
  });

  it('romaji: a lost bill, what is left to use', async () => {
    await chat(new Date('2026-12-02T09:00:00+09:00'))
      .say('seikyuusho nakushichatta')
      .expect(/ご利用明細|問い合わせ/);
    await chat(new Date('2026-12-02T09:00:00+09:00'))
      .say('watashi no riyou kanou gaku ato ikura nokotteru?')
      .expect(/このボットからは見えません/);
  });

  it("「請求金額を教えていただけますか」 is the user's own amount: the app and the route", async () => {
    await chat(new Date('2026-12-07T10:00:00+09:00'))
      .say('請求金額を教えていただけますか。')
      .expect(/このボットからは見えません/);
    await chat(new Date('2026-12-07T10:00:00+09:00'))
      .say('請求金額っていつわかる？')
      .expect(/第3営業日/);
  });

  it('"where does atone work?" after the app card asks where atone works, not the card', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('Can I use the atone app card to pay for Netflix?')
      .say('where does atone work?')
      .expect(/checkout/);
  });
});

describe('session 28: blind set 166 (reminders, tuning half)', () => {
  const DEC_1 = new Date('2026-12-01T20:00:00+09:00');

  it('「朝イチにしといて」「前日の寝る前に」 "after work", "before bed" set hours; 「1時間遅らせて」 moves it by one', async () => {
    await chat(DEC_1).say('はがきで2日前の夜に教えて').say('やっぱ夜やなくて朝イチにしといて');
    expect(await subscription()).toMatchObject({ sendHour: 8 });
    await chat(DEC_1).say('バーコードで払ってる。前日の寝る前に通知ほしい');
    expect(await subscription()).toMatchObject({ sendHour: 22, leadDays: [1] });
    await chat(DEC_1).say('remind me the day before after work, postcard');
    expect(await subscription()).toMatchObject({ sendHour: 19 });
    await chat(DEC_1).say('はがきで2日前の20時に教えて').say('1時間遅らせて');
    expect(await subscription()).toMatchObject({ sendHour: 21 });
    await chat(DEC_1).say('make it 2 hours earlier');
    expect(await subscription()).toMatchObject({ sendHour: 19 });
  });

  it('one lead time of three taken out at a time: 「1週間前のはやっぱいらんわ」, 「3日前のも止めて」', async () => {
    await chat(DEC_1)
      .say('口座振替で1週間前と3日前と前日に教えて')
      .say('1週間前のはやっぱいらんわ')
      .say('3日前のも止めて')
      .say('まだ何か設定残ってる？')
      .expect(/前日/);
    expect(await subscription()).toMatchObject({ leadDays: [1], active: true });
  });

  it('「今月分はもう払ったよ」 days later marks the deadline paid; without reminders it is answered as read', async () => {
    await chat(DEC_1).say('コンビニ払いで、期限の5日前にリマインドよろしく');
    await chat(new Date('2026-12-06T10:00:00+09:00'))
      .say('今月分はもう払ったよ')
      .expect(/2026年12月10日（木）の期限は支払い済みにしました/);
  });

  it('keigo stop, "what did we end up with?", "update the reminder to direct debit"', async () => {
    await chat(DEC_1)
      .say('口座振替で前日に通知をお願いします')
      .say('大変恐縮ですが、リマインダーは一旦すべて停止していただけますでしょうか');
    expect((await subscription())?.active).toBe(false);
    await chat(DEC_1)
      .say('remind me 3 days before, I pay at the konbini terminal/ATM')
      .say("I'm switching to direct debit from next month, can you update the reminder to direct debit?")
      .say('perfect. what did we end up with?')
      .expect(/bank debit/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', active: true });
  });
});

describe('session 28: blind set 165 (long chats, tuning half)', () => {
  it('「話戻るけど、さっきの引き落としの3日前に教えて」 after Amazon questions sets the reminder; 「朝8時がよか」 moves it', async () => {
    await chat(new Date('2027-02-20T10:00:00+09:00'))
      .say('1月に使った分、口座振替やけど引き落としいつになると？')
      .say('あ、そういえばアマゾンでメルペイ使えるっちゃろ？')
      .say('代引きは？')
      .say('話戻るけど、さっきの引き落としの3日前に教えて')
      .say('時間は朝8時がよか');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [3], sendHour: 8 });
  });

  it('「どこの会社がやってるん？」 after paying in parts asks who runs atone (「どこの」 points back to nothing)', async () => {
    await chat()
      .say('atoneって何？')
      .say('分割払いってできる？')
      .say('どこの会社がやってるん？')
      .expect(/ネットプロテクションズ/);
  });

  it('つど後払い: 「遅れたら手数料かかる？」 gets its reported late fee; 「手数料は？」 that none is published', async () => {
    await chat()
      .say('つど後払いの期限っていつまで？')
      .say('遅れたら手数料かかる？')
      .expect(/100円/)
      .say('手数料は？')
      .expect(/確認できませんでした/);
  });
});

describe('session 28: blind sets 167, 168 (tuning halves)', () => {
  it('「1回だけのつもりで買ったのに、来月も請求くる」 is a subscription; 「アトネの方で解約できないの？」 then gets the shop', async () => {
    await chat(new Date('2026-12-10T10:00:00+09:00'))
      .say('1回だけのつもりで買ったのに、来月も請求くるってメールに書いてある…')
      .expect(/定期/)
      .say('アトネの方で解約できないの？')
      .expect(/ショップ|お店/);
  });

  it('"my direct debit on the 28th failed" is paying late; 「引き落とし失敗してたか確認してくれへん？」 is the account', async () => {
    await chat(new Date('2026-12-29T10:00:00+09:00'))
      .say('I think my direct debit on the 28th failed, not enough money. what now?')
      .expect(/suspended/);
    await chat(new Date('2026-12-29T10:00:00+09:00'))
      .say('引き落とし失敗してたか確認してくれへん？')
      .expect(/このボットからは見えません/);
  });

  it("「今の上限っていくら？」 says where the user's own limit is shown (the app)", async () => {
    await chat()
      .say('払ったのに利用可能額0円のまま')
      .say('今の上限っていくら？')
      .expect(/アプリで確認できます/);
  });
});

describe('session 28: reminders paused and resumed, hours in words (a newcomer’s chats)', () => {
  it('"noonish works", "pause them for now", "turn them back on"; 「仕事終わりの時間がいいな」, 「止めといて」 then 「再開して」', async () => {
    await chat().say('remind me before my konbini deadline').say('noonish works').say('pause them for now');
    expect(await subscription()).toMatchObject({ sendHour: 12, active: false });
    await chat()
      .say('remind me 3 days before, konbini')
      .say('pause them for now')
      .say('ok turn them back on');
    expect((await subscription())?.active).toBe(true);
    await chat().say('口座振替で3日前に教えて').say('仕事終わりの時間がいいな');
    expect(await subscription()).toMatchObject({ sendHour: 19 });
    await chat().say('しばらく通知止めといて').say('再開して');
    expect(await subscription()).toMatchObject({ active: true, sendHour: 19 });
  });
});

describe('session 28: several purchases in one message, each with its things', () => {
  const DEC_15 = new Date('2026-12-15T12:00:00+09:00');

  it('"sneakers on Dec 3 and a jacket on Nov 28": "the sneakers" later is Dec 3 alone, "the jacket one" Nov 28', async () => {
    await chat(DEC_15)
      .say('hey so I bought sneakers on Dec 3 and a jacket on Nov 28')
      .say('I pay with the postcard')
      .say('btw is there any campaign going on?')
      .say('ok cool. so when do I pay for the sneakers?')
      .expect(/December 2026 purchases[^\n]*20 January 2027/)
      .expectNot(/28 November/)
      .say('what if I miss the jacket one?')
      .expect(/November 2026 purchases is Sunday, 20 December 2026/);
  });

  it('「12月3日にスニーカー、11月28日にジャケット買った」: 「スニーカーのはいつまで？」 then 「ジャケットは？」', async () => {
    await chat(DEC_15)
      .say('12月3日にスニーカー、11月28日にジャケット買った')
      .say('はがき払い')
      .say('スニーカーのはいつまで？')
      .expect(/2026年12月分[^\n]*2027年1月20日/)
      .say('ジャケットは？')
      .expect(/2026年11月分[^\n]*2026年12月20日/);
  });
});

describe('session 28: blind sets 169 and 170 (tuning halves)', () => {
  it('a question how to stop them, in keigo, stops nothing: 「解除する場合はどのようにすればよいでしょうか」', async () => {
    await chat()
      .say('口座振替で3日前に教えてください')
      .say('リマインダーを解除する場合はどのようにすればよいでしょうか。')
      .expect(/通知を解除して/)
      .say('what would I do to cancel them?');
    expect((await subscription())?.active).toBe(true);
  });

  it('"already paid it yesterday at 7-11 lol" marks the next deadline paid; 「3ka mae」 is 3 days; "tonight-ish" the evening', async () => {
    await chat(new Date('2026-12-10T10:00:00+09:00'))
      .say('remind me 5 days before, postcard bill')
      .say('already paid it yesterday at 7-11 lol')
      .expect(/marked.*paid|paid/i)
      .say("when's the next reminder then?")
      .expect(/15 January 2027/);
    await chat().say('konbini barai de 3ka mae ni remind shite');
    expect(await subscription()).toMatchObject({ leadDays: [3] });
    await chat().say('remind me 2 days before my direct debit, tonight-ish time');
    expect(await subscription()).toMatchObject({ sendHour: 20 });
  });

  it('「話戻るけど、スニーカーのやつ手数料かかる？」 after Amazon is the fee, not Amazon again', async () => {
    await chat()
      .say('スニーカー今日買ったんだけど、アトネの支払いっていつまで？')
      .say('コンビニで払うつもり')
      .say('あ、あとAmazonでもアトネ使えたっけ？')
      .say('メルペイは？')
      .say('話戻るけど、スニーカーのやつ手数料かかる？')
      .expect(/209円/);
  });

  it("after Amazon: 「デビットカードの場合、いつ引き落とされますか」 is Amazon's charge; 「楽天ペイは使えますか」 Amazon's answer", async () => {
    await chat(new Date('2027-06-30T10:00:00+09:00'))
      .say('Amazonではどのような支払い方法が使えますか。')
      .say('代金引換は使えますか。')
      .say('デビットカードの場合、いつ引き落とされますか。')
      .expect(/出荷準備/)
      .say('楽天ペイは使えますか。')
      .expect(/Amazonでは使えない/);
  });

  it("「もし今日ではなく明日購入していた場合はどうなりますか」 after a deadline is tomorrow's deadline; 「手数料ってどっちも同じ？」 compares them", async () => {
    await chat(new Date('2027-06-30T10:00:00+09:00'))
      .say('本日、atoneで洋服を購入しました。はがき請求書で支払う予定ですが、期限はいつでしょうか。')
      .say('もし今日ではなく明日購入していた場合はどうなりますか。')
      .expect(/2027年7月分[^\n]*2027年8月20日/);
    await chat(new Date('2027-01-01T00:05:00+09:00'))
      .say('年明けたけど今買ったら期限変わる？コンビニ払い')
      .say('口座振替ならどう？')
      .say('手数料ってどっちも同じ？')
      .expect(/209円/)
      .expect(/無料/);
  });
});

describe('session 28: blind sets 171 and 172 (tuning halves)', () => {
  it('trouble follow-ups keep their topic: 「娘じゃなかった場合は？」, 「引き落としの後ならすぐ退会できる？」, 「今から払うにはどうすればいい？コンビニで」', async () => {
    await chat(new Date('2026-12-02T08:00:00+09:00'))
      .say('身に覚えのない請求メールが届きました')
      .say('あ、もしかしたら娘が使ったかも…同じメアド使ってるので')
      .say('じゃあ払わないといけないんですか？')
      .say('娘じゃなかった場合は？')
      .expect(/不正利用/);
    await chat(new Date('2026-12-08T13:00:00+09:00'))
      .say('アトネ退会したいんだけど')
      .say('じゃあ払わなあかんのか。いつ？口座振替やねん')
      .say('引き落としの後ならすぐ退会できる？')
      .expect(/退会/)
      .expectNot(/期限は2026年12月28日/);
    await chat(new Date('2026-12-22T21:00:00+09:00'))
      .say('12月10日の支払い忘れてた…どうなるの？')
      .say('ブラックリストに載ったりする？')
      .say('今から払うにはどうすればいい？コンビニで')
      .expect(/受付番号/);
  });

  it('「本人確認の審査が承認されませんでした」 is a failed check; 「ログインできないままだと払えない？」 the number to pay with', async () => {
    await chat().say('本人確認の審査が承認されませんでした。何がいけないのでしょうか。').expect(/住所/);
    await chat(new Date('2026-12-05T23:05:00+09:00'))
      .say('てか今月払う分の期限っていつだっけ、コンビニ払い')
      .say('ログインできないままだと払えない？')
      .expect(/受付番号|メール|SMS/);
  });

  it('「引き落とされたらすぐ使える？」 is when the limit comes back; romaji 「atone tsukaenai nande?」 a payment declined', async () => {
    await chat()
      .say('引き落とされたらすぐ使える？')
      .expect(/2〜3営業日/);
    await chat().say('atone tsukaenai nande?').expect(/atone/);
  });

  it('shop counts alone after a campaign answer: "and 3?", "5?" (the "points?" asked is the campaign\'s, not NP points)', async () => {
    await chat()
      .say('I used atone at 2 shops for the points festival. points?')
      .say('and 3?')
      .expect(/At 3 shops/)
      .say('5?')
      .expect(/At 5 shops/);
  });

  it('"is the fee the same either way?" compares the ways; "not Amazon" sets Amazon aside', async () => {
    await chat()
      .say('what is the deadline for konbini?')
      .say('and for direct debit?')
      .say('is the fee the same either way?')
      .expect(/209 yen/);
  });
});

describe('session 28: blind set 173 (reminders, tuning half)', () => {
  it('「通知の止め方を教えてください」 explains and stops nothing; 「止めて」 then stops', async () => {
    await chat()
      .say('口座振替で3日前に教えて')
      .say('通知の止め方を教えてください')
      .expect(/通知を解除して/);
    expect((await subscription())?.active).toBe(true);
  });

  it('「期限いつ？3日前に教えて」 answers and sets; 「前日にも」 then adds', async () => {
    await chat()
      .say('11月分コンビニで払うんだけど期限いつ？3日前に教えて')
      .expect(/2026年12月10日/)
      .say('やっぱ前日にも欲しいな');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [3, 1] });
  });

  it('「晩ごはんの後くらいに」 and 「夜遅めがいいな」 are evening hours; "5 days before... no sorry, 2 days" is 2', async () => {
    await chat().say('口座振替の2日前、晩ごはんの後くらいに通知して');
    expect(await subscription()).toMatchObject({ sendHour: 20 });
    await chat().say('やっぱ夜遅めがいいな');
    await chat().say('please remind me 5 days before... no sorry, 2 days before is enough. i pay konbini');
    expect(await subscription()).toMatchObject({ leadDays: [2] });
  });
});

describe('session 28: blind set 174 (long chats, tuning half)', () => {
  it('「口座振替の期限、前の日に教えてな」 sets a reminder; 「リマインダーは設定していますか。」 lists; 「支払えば、すぐに利用停止は解除されますか」 is when a suspension ends', async () => {
    await chat(new Date('2027-01-04T10:00:00+09:00')).say('口座振替の期限、前の日に教えてな');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [1] });
    await chat(new Date('2027-01-04T10:00:00+09:00')).say('リマインダーは設定していますか。').expect(/前日/);
    await chat(new Date('2027-01-15T10:00:00+09:00'))
      .say('支払えば、すぐに利用停止は解除されますか。')
      .expect(/2〜3営業日/);
  });
});

describe('session 28: blind sets 175 and 176 (tuning halves)', () => {
  it('「手順教えて」 after leaving atone is that topic; "does that cancel my unpaid bill?" too', async () => {
    await chat().say('アトネ退会したいんだけど').say('手順教えて').expect(/退会/);
    await chat()
      .say('I want to close my atone account')
      .say('does that cancel my unpaid bill?')
      .expect(/still have to pay/);
  });

  it('romaji follow-ups after a bill not come: 「dare ni renraku sureba ii?」 gets the route', async () => {
    await chat(new Date('2026-12-08T10:00:00+09:00'))
      .say('seikyuusho ga todokanai')
      .say('dare ni renraku sureba ii?')
      .expect(/問い合わせ|フォーム/);
  });

  it('"what is this thing?" beside a purchase told is what atone is; 「入金確認されてますか？」 is the account', async () => {
    await chat()
      .say('hey so I just bought sneakers with atone 👟 what is this thing?')
      .expect(/pay-later/);
    await chat()
      .say('先週コンビニで払った分、ちゃんと入金確認されてますか？')
      .expect(/このボットからは見えません/);
  });
});

describe('session 28: blind sets 177–180 (tuning halves)', () => {
  it('hours said in words: "nine in the evening" 21:00 (was 18:00), 「夜九時」 21:00 (was 20:00), 「朝の七時がいい」 7:00', async () => {
    await chat().say('remind me 2 days before, postcard, nine in the evening please');
    expect(await subscription()).toMatchObject({ sendHour: 21 });
    await chat().say('はがきで前日の夜九時にして');
    expect(await subscription()).toMatchObject({ sendHour: 21 });
    await chat().say('はがきで前日に教えて').say('朝の七時がいい');
    expect(await subscription()).toMatchObject({ sendHour: 7 });
  });

  it('"tell me before 3 day of deadline" is 3 days (was the day itself); 「パスワード忘れたから再設定したい」 is a password, never reminders', async () => {
    await chat().say('konbini. tell me before 3 day of deadline');
    expect(await subscription()).toMatchObject({ leadDays: [3] });
    await chat()
      .say('はがきで前日に教えて')
      .say('パスワード忘れたから再設定したい')
      .expect(/パスワードをお忘れの方/);
    expect(await subscription()).toMatchObject({ leadDays: [1] });
  });
});

describe('session 28: a regression mended (found in an untouched half)', () => {
  it('"when do i have to pay it, bought it june 2, barcode" after family use is that purchase\'s deadline', async () => {
    await chat(new Date('2027-06-20T10:00:00+09:00'))
      .say('my brother used my atone account to buy a game')
      .say('ugh fine. when do i have to pay it, bought it june 2, barcode')
      .expect(/10 July 2027/);
  });
});

describe('session 28: the last fixes (blind sets 177–178, tuning halves)', () => {
  it('「やっぱり二時間早めてください」 moves the hour by two; 「支払い後、利用を再開できるまでどのくらい」 is when the limit comes back', async () => {
    await chat().say('口座振替で前日の夜九時に教えて').say('やっぱり二時間早めてください');
    expect(await subscription()).toMatchObject({ sendHour: 19 });
    await chat(new Date('2027-01-05T10:00:00+09:00'))
      .say('支払い後、利用を再開できるまでどのくらいかかりますか。')
      .expect(/2〜3営業日/);
  });
});

describe('session 28: several purchases told without the verb', () => {
  it('"sneakers on Dec 3 and a jacket on Nov 28, I pay by postcard" → "the sneakers" then "the jacket" (found on a fresh clone)', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('sneakers on Dec 3 and a jacket on Nov 28, I pay by postcard')
      .say('when do I pay for the sneakers?')
      .expect(/December 2026 purchases[^\n]*20 January 2027/)
      .say('and the jacket?')
      .expect(/November 2026 purchases[^\n]*20 December 2026/);
  });
});

describe('session 28: a sale the shop confirms late, after a deadline', () => {
  it('「ショップの売上確定が遅れた場合はどうなりますか」 is the month after next, not paying late', async () => {
    await chat()
      .say('11月30日に買ったものの期限は？コンビニ払い')
      .say('ショップの売上確定が遅れた場合はどうなりますか。')
      .expect(/翌々月/)
      .expectNot(/延滞事務手数料/);
  });
});

describe('session 29: reminders moved by days', () => {
  const NOV_30 = new Date('2026-11-30T10:00:00+09:00');

  it('"one day earlier" moves each lead time set a day further from the deadline, not the hour', async () => {
    await chat(NOV_30).say('remind me 3 days before for the konbini bill').say('actually one day earlier');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [4], sendHour: 9 });
    await chat(NOV_30).say('a day later please');
    expect(await subscription()).toMatchObject({ leadDays: [3], sendHour: 9 });
    await chat(NOV_30).say('はがきで前日と当日にリマインドして').say('2日前倒しで');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [3, 2] });
  });

  it('「やっぱり1日早めて」 turns later, after another question, still moves them; the day of the deadline is the latest', async () => {
    await chat(NOV_30)
      .say('はがきで前日と当日にリマインドして')
      .say('コンビニの手数料っていくら？')
      .say('やっぱり1日早めて');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [2, 1] });
    await chat(NOV_30).say('通知を2日遅らせて');
    expect(await subscription()).toMatchObject({ leadDays: [0] });
  });

  it('a payment put off a day, or a shift asked about, changes nothing', async () => {
    await chat(NOV_30).say('はがきで前日にリマインドして');
    await chat(NOV_30)
      .say('支払いを1日遅らせたい')
      .say('1日早くしたらどうなる？')
      .say('can I pay one day later?');
    expect(await subscription()).toMatchObject({ leadDays: [1], sendHour: 9 });
  });
});

describe('session 29: blind set 181 (long chats, tuning half)', () => {
  it('「あ、ごめん、いや、はがきだった」 right after a barcode reminder puts the method right', async () => {
    await chat(new Date('2026-11-20T12:00:00+09:00'))
      .say('バーコード払いで、期限の前日に通知ちょうだい')
      .say('あ、ごめん、いや、はがきだった');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [1] });
    await chat(new Date('2026-11-20T12:00:00+09:00'))
      .say('バーコード払いで、期限の前日に通知ちょうだい')
      .say('ごめん、口座振替だった');
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('「年明けのは？」「その次は？」 "and after that?" after a debit date: January’s, then the month after the one given', async () => {
    const DEC_25 = new Date('2026-12-25T21:00:00+09:00');
    await chat(DEC_25)
      .say('口座振替です。次の引き落としいつ？')
      .expect(/2026年12月28日/)
      .say('年明けのは？')
      .expect(/2027年1月27日/)
      .say('その次は？')
      .expect(/2027年3月1日/);
    await chat(new Date('2026-12-29T21:00:00+09:00'))
      .say('when is the next konbini deadline?')
      .expect(/10 January 2027/)
      .say('and after that?')
      .expect(/10 February 2027/);
    // The year-end holidays move a debit; they name none.
    await chat(DEC_25)
      .say('口座振替って年末年始で引き落とし日ずれる？')
      .expect(/2026年12月28日/);
  });
});

describe('session 29: blind set 181, a deadline gone by and the shop late', () => {
  it('「期限って12月10日だった？」 two days after: yes, it was, then the next one', async () => {
    await chat(new Date('2026-12-12T10:00:00+09:00'))
      .say('コンビニ端末払いの期限って12月10日だった？')
      .expect(/\nはい、2026年11月分の期限は2026年12月10日（木）でした（2日前に過ぎています）/)
      .expect(/2027年1月10日/);
    await chat(new Date('2026-12-12T10:00:00+09:00'))
      .say('was the postcard deadline nov 20?')
      .expect(/\nYes: October 2026 purchases were due on Friday, 20 November 2026/);
  });

  it('「お店の売上確定が月末に間に合わなかったら？」 after a deadline: billed later, not paying late', async () => {
    await chat(new Date('2027-03-31T23:00:00+09:00'))
      .say('今日買い物したんだけど支払いはいつになる？')
      .say('はがきです')
      .say('お店の売上確定が月末に間に合わなかったら？')
      .expect(/翌々月/)
      .expectNot(/延滞/);
  });
});

describe('session 29: blind sets 181–184 (tuning halves)', () => {
  const NOV_30 = new Date('2026-11-30T10:00:00+09:00');

  it('"did my payment at Lawson go through?" is the user’s own account, not the chains', async () => {
    await chat(NOV_30)
      .say('Did my payment at Lawson yesterday go through?')
      .expect(/can't see your account/);
  });

  it('「はがきって手数料高いん？他と比べてどうなん」: its fee, then all four beside it', async () => {
    await chat(NOV_30)
      .say('はがきって手数料高いん？他と比べてどうなん')
      .expect(/はがき請求書の請求手数料は209円/)
      .expect(/ほかの方法と比べると/)
      .expect(/口座振替）: 無料/);
  });

  it('「3店舗なら何ポイント？あと2店舗だけなら？」 answers both counts; 「あともう1店舗」 is one more, no count of its own', async () => {
    await chat(NOV_30)
      .say('3店舗で使ったら何ポイント？あと2店舗だけなら？')
      .expect(/500ポイント/)
      .expect(/2店舗なら300ポイントです/);
    await chat(NOV_30)
      .say('何ポイントもらえそう？2店舗で使って、あともう1店舗で使う予定')
      .expectNot(/1店舗なら/);
  });

  it('「dono konbini de haraeru?」 (romaji) asks which chains', async () => {
    await chat(NOV_30)
      .say('dono konbini de haraeru?')
      .expect(/ローソン/);
  });

  it('after NP points, "how much per 1000 yen?", "can i use them to pay my bill?", "do they expire" stay on the points', async () => {
    await chat(NOV_30)
      .say('do I get NP points when I pay?')
      .say('how much per 1000 yen?')
      .expect(/0\.5%/)
      .say('can i use them to pay my bill?')
      .expect(/NP points/)
      .say('do they expire')
      .expect(/no expiry rule was found/);
  });

  it('「いくら請求されとるかそっちで見れへん？」 after an unknown charge: the amount is the account’s, said so', async () => {
    await chat(new Date('2026-12-02T21:10:00+09:00'))
      .say('知らん請求来とるんやけど何これ')
      .say('明細見ても心当たりないねん')
      .say('いくら請求されとるかそっちで見れへん？')
      .expect(/このボットからは見えません/);
  });

  it('「1日ずれて12月1日だったら？」 after a last use: the campaigns for that day (「1日ずれて」 is no date)', async () => {
    await chat(NOV_30)
      .say('最後に使ったのは2023年11月30日なんだけど')
      .say('1日ずれて12月1日だったら？')
      .expect(/春のポイント祭り: 対象です/);
  });
});

describe('session 29: blind set 182 and 184, more of the tuning halves', () => {
  const NOV_30 = new Date('2026-11-30T10:00:00+09:00');

  it('"thinking of quitting atone. how?" is leaving; "can he have his own account? he\'s 16" is the age question', async () => {
    await chat(NOV_30)
      .say("actually i'm thinking of quitting atone. how?")
      .expect(/Leaving does not cancel bills/);
    await chat(NOV_30).say("can he have his own account? he's 16").expect(/age/);
  });

  it('「こちらではどのようなことを教えていただけるのでしょうか。」 asks what the bot answers', async () => {
    await chat(NOV_30)
      .say('こちらではどのようなことを教えていただけるのでしょうか。')
      .expect(/支払い期限: /);
  });
});

describe('session 29: blind sets 182–184, the rest of the tuning halves', () => {
  it('"Sorry, English please. Bank debit." answers "which method?" and switches to English', async () => {
    await chat(new Date('2026-12-18T12:00:00+09:00'))
      .say('リマインダー設定したい')
      .say('Sorry, English please. Bank debit.')
      .expect(/I will remind you of your automatic bank debit/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('this month’s bill asked after its deadline passed: that one, and the next', async () => {
    await chat(new Date('2026-11-28T10:00:00+09:00'))
      .say('今月の請求のバーコードの期限は？')
      .expect(/2026年11月10日/)
      .expect(/次の期限は2026年12月10日（木）（2026年11月分、あと12日）です/);
  });

  it('"I have an unpaid bill from sept" is what paying late means, not a payment shown unpaid', async () => {
    await chat(new Date('2026-11-01T00:05:00+09:00'))
      .say('i have unpaid bill from sept maybe')
      .expect(/late fee/);
  });

  it('「ほなアトネ使えるとこはどこなん？」 (使えるとこ: ところ) asks where atone works', async () => {
    await chat(new Date('2026-11-29T10:00:00+09:00'))
      .say('ほなアトネ使えるとこはどこなん？')
      .expect(/お店ごとに atone が使えるか/);
  });

  it('「無印ともう1つ別のお店で使ったら？」 after the campaign and Amazon: two shops, 300 points', async () => {
    await chat(new Date('2026-12-15T10:00:00+09:00'))
      .say('ポイント祭りって何？')
      .say('アマゾンで使った分も店舗数に入る？')
      .say('じゃあ無印ともう1つ別のお店で使ったら？')
      .expect(/2店舗なら300ポイント/);
  });
});

describe('session 29: questions about reminders that must change nothing (reported by blind set 184)', () => {
  it('"can i pause reminders while im on holiday?" asks back; "ok just stop them then" stops them', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('remind me 2 days before, postcard')
      .say('can i pause reminders while im on holiday?')
      .expect(/Shall I turn your reminders off\?/);
    expect((await subscription())?.active).toBe(true);
    await chat(new Date('2026-12-01T10:01:00+09:00')).say('ok just stop them then');
    expect((await subscription())?.active).toBe(false);
  });

  it('「リマインダーいるかなぁ…口座振替なんだけど」 "do i even need a reminder?" ask back before setting one', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('リマインダーいるかなぁ…口座振替なんだけど、いつも忘れがちで')
      .expect(/リマインダーを設定しますか？/);
    expect(await subscription()).toBeUndefined();
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('do i even need a reminder? i use bank debit')
      .expect(/Shall I set a reminder/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 29: the next deadline asked in a noun', () => {
  it('「口座振替の次の引き落としは？」「コンビニの次の支払いは？」 "next payment?" give the date, not the method', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('口座振替の次の引き落としは？')
      .expect(/2026年12月28日/);
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('コンビニの次の支払いは？')
      .expect(/2026年12月10日/);
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('next payment?')
      .expect(/depends on how you pay/);
  });
});

describe('session 29: "is jan 27 a holiday?" after a deadline', () => {
  it('a debit day that is a business day: not this time; a 10th that is a weekday: no', async () => {
    await chat(new Date('2027-01-03T11:00:00+09:00'))
      .say('i bought a tv on dec 30, when do i pay if i use konbini?')
      .say('what about if i paid by bank?')
      .say('hmm is jan 27 a holiday or something?')
      .expect(/^Not this time: Wednesday, 27 January 2027 is a bank business day\./m);
    await chat(new Date('2026-11-20T11:00:00+09:00'))
      .say('when is the konbini deadline for november stuff?')
      .say('is dec 10 a holiday?')
      .expect(/^No: Thursday, 10 December 2026 is a weekday\./m);
  });
});

describe('session 29: an acknowledgement, then another question', () => {
  it('「わかった。あとはがき届かへんねんけど」 after a return is the postcard not arriving, not the return again', async () => {
    await chat(new Date('2026-12-05T22:00:00+09:00'))
      .say('なあ、アトネって返品したらどうなるん？')
      .say('もう払ってもうたんやけど')
      .say('わかった。あとはがき届かへんねんけど')
      .expect(/第3営業日/)
      .say('11月に使った分')
      .expect(/第3営業日/)
      .expectNot(/返品|キャンセル/);
  });
});

describe('session 29: blind set 187 (reminders in every form, tuning half)', () => {
  it('「時間は仕事終わりの夕方6時くらいで」 sets 18:00; 「時間だけお昼12時に変えて。日にちはそのままで」 changes the hour only', async () => {
    await chat(new Date('2026-10-31T23:00:00+09:00'))
      .say('口座振替の引き落とし日の前日に教えて')
      .say('時間は仕事終わりの夕方6時くらいで');
    expect(await subscription()).toMatchObject({ leadDays: [1], sendHour: 18 });
    await chat(new Date('2026-12-20T13:00:00+09:00'))
      .say('はがき払いの期限、1週間前にお知らせして')
      .say('時間だけお昼12時に変えて。日にちはそのままで');
    expect(await subscription()).toMatchObject({ leadDays: [7], sendHour: 12 });
  });

  it('「今月のリマインドだけ止めて」 skips this deadline only; next month’s still comes', async () => {
    await chat(new Date('2026-12-10T08:00:00+09:00'))
      .say('口座振替、引き落とし2日前にリマインドお願い')
      .say('今月分は残高確認したからもう大丈夫、今月のリマインドだけ止めて')
      .expect(/2026年12月28日（月）の期限のお知らせはもう送りません/)
      .say('来月はちゃんと来るよね？いつ？')
      .expect(/2027年1月25日/);
    expect((await subscription())?.active).toBe(true);
  });

  it('「夜10時以降は通知来ないようにしたい」 bounds the hour (21:00), never 22:00', async () => {
    await chat(new Date('2027-01-15T23:00:00+09:00'))
      .say('はがきの期限の前日、23時に通知して')
      .say('やっぱ夜10時以降は通知来ないようにしたい');
    expect(await subscription()).toMatchObject({ sendHour: 21 });
  });

  it('「それ、1日遅くできる？」 asks for the shift politely: done, or applied to the days still waiting for the method', async () => {
    await chat(new Date('2026-11-11T10:00:00+09:00'))
      .say('バーコード払い、次から忘れないように3日前にリマインドして')
      .say('それ、1日遅くできる？');
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [2] });
  });

  it('「次はいつ？」 right after reminders lists them with the next date', async () => {
    await chat(new Date('2026-12-11T09:00:00+09:00'))
      .say('コンビニ払いで5日前と前日にリマインドして')
      .say('次はいつ？')
      .expect(/2027年1月5日/);
  });

  it('"Stop reminding me. Also what\'s the fee for the postcard?" stops them and answers the fee', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('remind me 2 days before, postcard')
      .say("Stop reminding me. Also what's the fee for the postcard?")
      .expect(/reminders are off/)
      .expect(/209 yen/);
    expect((await subscription())?.active).toBe(false);
  });

  it('「リマインダーの支払い方法を口座振替に切り替えたい」 moves the reminders, not atone’s method', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('はがきで前日にリマインドして')
      .say('リマインダーの支払い方法を口座振替に切り替えたい');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [1] });
  });
});

describe('session 29: blind set 185 (methods, fees and deadlines in chains, tuning half)', () => {
  it('「バーコードとコンビニ端末ってどう違うの？」 after fees: the two ways side by side; "is barcode the same as konbini?" too', async () => {
    await chat(new Date('2026-11-27T23:50:00+09:00'))
      .say('コンビニの手数料は？')
      .say('バーコードとコンビニ端末ってどう違うの？')
      .expect(
        /^• コンビニ端末[^\n]*\n• 電子バーコード[^\n]*\nほかにはがき請求書、銀行口座からの自動振替（口座振替）でも払えます/m,
      );
    await chat(new Date('2026-11-27T23:50:00+09:00'))
      .say('is barcode payment the same thing as konbini payment?')
      .expect(/four ways in all/);
  });

  it('「間に合わなそう。はがきに変えたら20日まで延びる？」 on the 10th: no, a change applies from the next bill', async () => {
    await chat(new Date('2026-11-10T08:00:00+09:00'))
      .say('今日ってコンビニ払いの期限？')
      .say('間に合わなそう。はがきに変えたら20日まで延びる？')
      .expect(/^いいえ、今の請求の期限は延びません。/m)
      .expectNot(/2026年11月20日/);
  });

  it('"grace period if the 20th falls on a Sunday?" gets the rule: nothing says the 20th moves', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('Is there a grace period if the 20th falls on a Sunday? I pay with the paper invoice.')
      .expect(/No source says the 10th or the 20th moves/);
  });
});

describe('session 29: blind set 186 (less asked topics, tuning half)', () => {
  const NOV_30 = new Date('2026-11-30T10:00:00+09:00');

  it('romaji read since training: 「apuri senyou kaado」「kessai gamen de eraa」「famima de baakoodo barai」', async () => {
    await chat(NOV_30)
      .say('apuri senyou kaado wa Visa desu ka?')
      .expect(/アプリ専用カード/);
    await chat(NOV_30)
      .say('kessai gamen de eraa ni naru')
      .expect(/戻るボタン/);
    await chat(NOV_30)
      .say('famima de baakoodo barai dekiru?')
      .expect(/電子バーコード払い: セブン-イレブン、ローソン/);
  });

  it('「ローソンでお菓子買うのにatone使える？」 is shopping with atone (code payment), not paying a bill there', async () => {
    await chat(NOV_30)
      .say('ローソンでお菓子買うのにatone使える？')
      .expect(/コード決済/);
    await chat(NOV_30)
      .say('ローソンではがき払える？')
      .expect(/はがき請求書: /);
  });

  it('at 7-Eleven, "can i pay with the number at the machine?": no; "what can i use here then?": the barcode or the postcard', async () => {
    await chat(new Date('2026-12-09T19:00:00+09:00'))
      .say('im at 7-eleven now, can i pay atone with the number from the email at the machine?')
      .expect(/^No\. At 7-Eleven/m)
      .say('what can i use here then?')
      .expect(/app barcode or the postcard bill/)
      .say('is the deadline tomorrow?')
      .expect(/10 December is the deadline/);
  });

  it('"retry again and again?" after a checkout error: no, start again from the shop, and check first', async () => {
    await chat(NOV_30)
      .say('I pressed back button on atone payment page and now its error, can i just retry again and again?')
      .expect(/^No\. [^\n]*start again from the shop[^\n]*Before trying again/m);
  });

  it('「多めに払っちゃった分、次の請求から引いてもらえる？」 is more paid than billed', async () => {
    await chat(NOV_30)
      .say('多めに払っちゃった分、次の請求から引いてもらえる？')
      .expect(/ご利用明細/);
  });
});

describe('session 29: blind set 188 (dates and tense, tuning half)', () => {
  it('「口座振替の引き落とし、忘れそうなんだよね」 is a worry: a reminder offered, set only when asked', async () => {
    await chat(new Date('2027-01-25T10:00:00+09:00'))
      .say('口座振替の引き落とし、忘れそうなんだよね')
      .expect(/リマインダーを設定しますか？/);
    expect(await subscription()).toBeUndefined();
    await chat(new Date('2027-01-25T10:01:00+09:00')).say('うん、口座振替のリマインダーお願い');
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
    // A worry with the request in it is the request.
    await chat(new Date('2027-01-25T10:02:00+09:00')).say('めっちゃ忘れっぽいから通知頼むわ、はがきで');
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });

  it('"direct debt?" after a deadline is the bank debit’s', async () => {
    await chat(new Date('2027-02-25T10:00:00+09:00'))
      .say('i bougth on febuary 3, what is deadlin for konbini')
      .say('direct debt?')
      .expect(/Monday, 29 March 2027/);
  });
});

describe('session 29: an unknown charge, then the shop named', () => {
  it('"it\'s from some ebook site" after an unknown charge is a shop’s subscription', async () => {
    await chat(new Date('2026-12-15T13:00:00+09:00'))
      .say('hi, i got a bill for something i never bought')
      .say("i checked the app, it's from some ebook site")
      .expect(/e-comics/);
  });
});

describe('session 29: blind set 190 (fast English, tuning half)', () => {
  it('"will there be extra 100 yen" after a suspension is the late fee', async () => {
    await chat(new Date('2026-12-29T10:00:00+09:00'))
      .say('app says my use is stopped')
      .say('i paid now when unlock')
      .say('will there be extra 100 yen')
      .expect(/100 yen/)
      .expect(/late fee/);
  });

  it('"ok list" once reminders came up is the list', async () => {
    await chat(new Date('2026-11-28T21:00:00+09:00'))
      .say('remind me 2 days before postcard deadline at 6pm')
      .say('when is bank debit for nov purchases')
      .say('ok list')
      .expect(/Scheduled:/);
  });
});

describe('session 29: つど後払い never gets 翌月払い dates beside it', () => {
  it('「つど後払いで買ったんだけど、期限っていつ？翌月10日でいいんだよね？」: no 10日, no list of deadlines', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('つど後払いで買ったんだけど、期限っていつ？翌月10日でいいんだよね？')
      .expect(/当てはめず/)
      .expectNot(/(10日|20日|27日)(まで|が期限|です)|2026年12月10日/);
  });
});

describe('session 29: blind set 189 (several things at once, tuning half)', () => {
  it('「家族が使ったかも…キャンセルしてもらえます？」 after an unknown charge is family use', async () => {
    await chat(new Date('2026-12-04T21:00:00+09:00'))
      .say('こんばんは。身に覚えのない請求が来ててびっくりしてます。これ何？どうしたらいい？')
      .say('家族が使ったかも…キャンセルしてもらえます？')
      .expect(/家族や知人が使った分/);
  });

  it('"thanks! can you do it 1 day before instead?" after a button set them changes the days', async () => {
    await chat(new Date('2026-11-28T10:00:00+09:00')).say('remind me about my deadline').say('/3');
    expect(await subscription()).toMatchObject({ method: 'postcard' });
    await chat(new Date('2026-11-28T10:01:00+09:00')).say('thanks! can you do it 1 day before instead?');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [1] });
  });
});

describe('session 29: blind set 191 (Japanese, keigo and dialect, tuning half)', () => {
  it('Hakata: 「知らん間に…決済されとるっちゃけど」 then 「家族は使っとらんし、定期購入もしとらん」: the fraud form', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('知らん間にアトネで決済されとるっちゃけど')
      .say('家族は使っとらんし、定期購入もしとらん')
      .expect(/不正利用被害のご相談フォーム/);
  });

  it('「じゃあどこで払えると？」 after 7-Eleven’s chains: the chains', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('セブンでコンビニ端末払いできる？')
      .say('じゃあどこで払えると？')
      .expect(/ローソン/);
  });
});

describe('session 29: Tohoku, Hakata and slips of the hand', () => {
  it('「おらの請求、なんぼだべ」 is the user’s own bill; 「何ば聞いてよかと？」 asks for help; 「気げん」「請求所」 are 期限 and 請求書', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('おらの請求、なんぼだべ')
      .expect(/このボットからは見えません/);
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('何ば聞いてよかと？')
      .expect(/支払い期限: /);
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('はがき請求所の支払い気げんはいつですか')
      .expect(/はがき請求書で払う場合、期限は2026年12月20日/);
  });

  it('「お電話番号を教えていただけますか」 asks how to reach atone; 「登録してる私の電話番号」 does not', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('電話で直接ご相談したいのですが、お電話番号を教えていただけますか。文字を打つのが苦手でして。')
      .expect(/電話番号/)
      .expect(/お問い合わせフォーム/);
  });
});

describe('session 29: blind set 192 (long wandering chats, tuning half)', () => {
  it('「衣装の分、はがきに変えたら期限はいつ？」 is that purchase’s deadline by postcard, not how to switch', async () => {
    await chat(new Date('2026-10-30T20:00:00+09:00'))
      .say('10月28日にハロウィンの衣装を買った')
      .say('衣装の分、はがきに変えたら期限はいつ？')
      .expect(/2026年11月20日/);
  });

  it('「ちなみに今の請求金額っていくら？」 is the user’s own amount', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('ちなみに今の請求金額っていくら？')
      .expect(/このボットからは見えません/);
  });

  it('"Actually, bin the reminder please." stops them', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('remind me 3 days before, barcode')
      .say('Actually, bin the reminder please.');
    expect((await subscription())?.active).toBe(false);
  });
});

describe('session 29: blind set 195 (short follow-ups, tuning half)', () => {
  it('「認証コードここに送ったほうがいい？」 "should I send you my code here?": no, whatever came before', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('身に覚えのない請求がある')
      .say('家族でもないし、定期購入もしてない')
      .say('認証コードここに送ったほうがいい？')
      .expect(/(?:送らないで|教えないで)ください/);
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('should I send you my code here?')
      .expect(/^No\. Never share the code/m);
  });

  it('「わかった。はがきで」 two turns after "which method?" still answers it', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('リマインダーお願い')
      .say('Amazonって何で払える？')
      .say('わかった。はがきで');
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });

  it('「口座振替の日にちは？」 after a fee is the debit date', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('はがきの手数料は？')
      .say('じゃあ口座振替は？')
      .say('口座振替の日にちは？')
      .expect(/2026年12月28日/);
  });
});

describe('session 29: blind set 194 (reminders over a whole chat, tuning half)', () => {
  it('「やっぱりまたリマインダー再開して」 weeks after a stop sets them again as they were', async () => {
    await chat(new Date('2026-11-01T10:00:00+09:00'))
      .say('口座振替、3日前にリマインドして')
      .say('通知止めて');
    expect((await subscription())?.active).toBe(false);
    await chat(new Date('2026-11-20T10:00:00+09:00')).say('やっぱりまたリマインダー再開して');
    expect(await subscription()).toMatchObject({ active: true, method: 'auto_debit', leadDays: [3] });
  });

  it('"Actually, start them again." and "can you turn my reminders back on?" restore them', async () => {
    await chat(new Date('2026-11-01T10:00:00+09:00'))
      .say('remind me 2 days before, postcard')
      .say('stop all my reminders')
      .say("what's the konbini fee?")
      .say('Actually, start them again.');
    expect(await subscription()).toMatchObject({ active: true, method: 'postcard', leadDays: [2] });
    await chat(new Date('2026-11-01T10:05:00+09:00')).say('stop all my reminders');
    await chat(new Date('2026-12-01T10:00:00+09:00')).say('Hey, can you turn my reminders back on?');
    expect(await subscription()).toMatchObject({ active: true, method: 'postcard' });
  });

  it('「それ両方1日ずつ早めてくれる？」「1日遅らせてくれへん？」 "move it one day later" shift the days', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('口座振替で3日前と前日にリマインドして')
      .say('それ両方1日ずつ早めてくれる？');
    expect(await subscription()).toMatchObject({ leadDays: [4, 2] });
    await chat(new Date('2026-11-30T10:01:00+09:00')).say('1日遅らせてくれへん？ギリギリでええねん');
    expect(await subscription()).toMatchObject({ leadDays: [3, 1] });
    await chat(new Date('2026-11-30T10:02:00+09:00'))
      .say('postcard reminder 4 days before')
      .say('hmm too early. move it one day later');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [3] });
  });

  it('"When\'s the next one?" right after reminders is the next reminder (and the deadline it is for)', async () => {
    await chat(new Date('2026-11-28T10:00:00+09:00'))
      .say('konbini reminder 3 days before')
      .say('make it 8pm')
      .say("When's the next one?")
      .expect(/I will remind you on Monday, 7 December 2026 at 20:00/);
  });
});

describe('session 29: blind set 193 (a month of traffic, tuning half)', () => {
  it('「請求っていつ届くの？正月だし」 is when the bill comes', async () => {
    await chat(new Date('2026-12-30T10:00:00+09:00'))
      .say('請求っていつ届くの？正月だし')
      .expect(/第3営業日/);
  });
});

describe('session 29: blind set 196 (problems, tuning half)', () => {
  it('「atone ni denwa shitai」 (romaji) asks how to reach atone; 「もうatone使わないから退会したい」 after a return is leaving', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('atone ni denwa shitai')
      .expect(/電話番号/);
    await chat(new Date('2026-12-18T13:00:00+09:00'))
      .say('注文キャンセルしたんだけどatoneの請求どうなる？')
      .say('まだ払ってない')
      .say('もうatone使わないから退会したい')
      .expect(/退会しても/);
  });
});

describe('session 29: blind set 196, a debit not seen and a bill not come', () => {
  it('「27日に引き落とされてないんだけど」 on Saturday the 27th: Monday the 29th (the 27th is no purchase)', async () => {
    await chat(new Date('2026-06-27T15:00:00+09:00'))
      .say('27日に引き落とされてないんだけど、失敗した？')
      .expect(/2026年6月29日（月）/);
  });

  it('「11月に使った分です」 after a bill that did not come stays on it', async () => {
    await chat(new Date('2026-12-03T10:00:00+09:00'))
      .say('請求書が届かないんですけど')
      .say('11月に使った分です')
      .expect(/第3営業日/)
      .expectNot(/支払い期限は、支払い方法によって違います/);
  });
});

describe('session 29: questions about reminders and offers turned down change nothing (blind sets 197 and 199)', () => {
  const NOV_30 = new Date('2026-11-30T10:00:00+09:00');

  it('「リマインダー自体は解除してないよね？」 "you didn\'t cancel everything, right?" show them; nothing stops', async () => {
    await chat(NOV_30).say('はがきで3日前にリマインドして').say('リマインダー自体は解除してないよね？');
    expect((await subscription())?.active).toBe(true);
    await chat(NOV_30).say("you didn't cancel everything, right?");
    expect((await subscription())?.active).toBe(true);
  });

  it('「リマインダーはいらない。期限だけ教えて、バーコード払い」 right after setting them: the deadline, the reminders as they were', async () => {
    await chat(NOV_30)
      .say('はがきで3日前にリマインドして')
      .say('リマインダーはいらない。期限だけ教えて、バーコード払い')
      .expect(/電子バーコードで払う場合、期限は2026年12月10日/);
    expect(await subscription()).toMatchObject({ active: true, method: 'postcard', leadDays: [3] });
  });

  it('"pause my reminders for this month? I already paid this one" skips this deadline only', async () => {
    await chat(NOV_30)
      .say('remind me 3 days before, postcard')
      .say('pause my reminders for this month? I already paid this one');
    expect((await subscription())?.active).toBe(true);
  });
});

describe('session 29: one lead time of two turned down (blind set 197)', () => {
  it('"drop the one on the day" keeps the week before; 「前日のはやっぱええわ」 keeps the 4 days before', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('remind me a week before and on the day, postcard')
      .say('drop the one on the day');
    expect(await subscription()).toMatchObject({ leadDays: [7] });
    await chat(new Date('2026-11-30T10:01:00+09:00'))
      .say('はがきで4日前と前日にリマインドして')
      .say('前日のはやっぱええわ');
    expect(await subscription()).toMatchObject({ leadDays: [4] });
  });
});

describe('session 29: blind sets 197–200, the last tuning halves', () => {
  it('"evening 6" is 18:00; 「返金はいつ振り込まれますか？」 is a refund; "atone tte dou yatte harau no?" the ways to pay', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00')).say(
      'heads up 10 days before direct debit pls, evening 6',
    );
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [10], sendHour: 18 });
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('返金はいつ振り込まれますか？口座番号をここで伝えればいいですか？')
      .expect(/お店/);
    await chat(new Date('2026-11-30T10:00:00+09:00')).say('atone tte dou yatte harau no?').expect(/4つ/);
  });
});

describe('session 29: blind set 197, the rest of its tuning half', () => {
  it('"I changed from postcard to barcode in the app. can you update my reminder?" moves them to the barcode', async () => {
    await chat(new Date('2026-11-26T10:00:00+09:00'))
      .say('postcard reminder 4 days before')
      .say('I changed from postcard to barcode in the app. can you update my reminder?');
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [4] });
  });

  it('"what\'s on now?", "still subscribed though, right?" list them; "skip it but don\'t delete the reminder" skips one', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('remind me 3 days before, barcode')
      .say("what's the konbini fee?")
      .say("what's on now?")
      .expect(/Scheduled:/)
      .say('still subscribed though, right?')
      .expect(/Scheduled:/)
      .say("already paid this month's one, skip it but don't delete the reminder")
      .expect(/Marked the Thursday, 10 December 2026/);
    expect((await subscription())?.active).toBe(true);
  });
});

describe('session 29: blind sets 198–200, the last fixes', () => {
  const NOV_30 = new Date('2026-11-30T10:00:00+09:00');

  it('「その日の朝9時にリマインドして」 after a deadline is the day itself, not 3 days before too', async () => {
    await chat(NOV_30).say('コンビニ払いの期限は？').say('その日の朝9時にリマインドして');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [0], sendHour: 9 });
  });

  it('Hakata 「ほんならどげんして払うと？」 asks the ways to pay; 「10万にして」 asks a higher limit; 「電話のほうが早くない？」 how to reach atone', async () => {
    await chat(NOV_30)
      .say('ほんならどげんして払うと？')
      .expect(/支払い方法は4つ/);
    await chat(NOV_30).say('5万じゃ全然足りんのやけど、10万にして').expect(/5万円/);
    await chat(NOV_30)
      .say('電話のほうが早くない？番号教えて')
      .expect(/電話番号/);
  });

  it('「今もやってる？」 after the campaigns is their status', async () => {
    await chat(NOV_30)
      .say('キャンペーンある？')
      .say('今もやってる？')
      .expect(/終了しています/);
  });
});

describe('session 29: atone’s own reminder email is not the bot’s reminders', () => {
  it('"I got a reminder email too. do I need to pay again?" after paying is the payment not shown yet', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('I paid at lawson yesterday but the app still says unpaid')
      .say('and I got a reminder email too. do I need to pay again?')
      .expectNot(/Shall I set a reminder/)
      .expect(/^No. To avoid paying twice, do not make a second payment/m);
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 29: "how do I switch to it?" after the cheapest way', () => {
  it('「それに変えるにはどうすれば？」 after 「一番安いのは？」 is how to change to bank debit', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('手数料ってどれも同じ？')
      .say('一番安いのは？')
      .say('それに変えるにはどうすれば？')
      .expect(/マイページ/);
  });
});

describe('session 30: a question of its own after an FAQ topic', () => {
  it('「お金戻ってくる？」 after a login problem is about getting money back, not logging in again', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('ログインできない')
      .say('お金戻ってくる？')
      .expectNot(/パスワードをお忘れの方/)
      .expect(/返金/);
  });
});

describe('session 30: the method given with a question while the bot waits for it', () => {
  it('"barcode. and what\'s the fee for it?" sets the reminders for the barcode and answers the fee', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('remind me before my deadline')
      .say("barcode. and what's the fee for it?")
      .expect(/app barcode \(電子バーコード\) deadline/)
      .expect(/billing fee for app barcode \(電子バーコード\) is 209 yen/);
    expect((await subscription())?.method).toBe('barcode');
  });

  it('「はがき。あと手数料っていくら？」 does both in Japanese', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('リマインダー設定して')
      .say('はがき。あと手数料っていくら？')
      .expect(/はがき請求書の期限の3日前・当日/)
      .expect(/はがき請求書の請求手数料は209円/);
    expect((await subscription())?.method).toBe('postcard');
  });

  it('「はがき？違いって何？」 is a question, not the answer: nothing is set', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00')).say('リマインダー設定して').say('はがき？違いって何？');
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 30: "if not, set one"', () => {
  const NOW = new Date('2026-11-30T10:00:00+09:00');
  it('"do I have a reminder? if not, set one for the postcard" sets one when none is on', async () => {
    await chat(NOW)
      .say('do I have a reminder? if not, set one for the postcard')
      .expect(/I will remind you of your postcard bill/);
    expect((await subscription())?.method).toBe('postcard');
  });

  it('with one on, shows it and offers the change on a button, changing nothing', async () => {
    await chat(NOW).say('remind me 2 days before, barcode');
    await chat(NOW)
      .say('do I have a reminder? if not, set one for the postcard')
      .expect(/^As set now: I will remind you of your app barcode/m)
      .expect(/press the button/);
    expect((await subscription())?.method).toBe('barcode');
  });

  it('「リマインダー設定してあったっけ？なければはがきでお願い」 the same in Japanese', async () => {
    await chat(NOW).say('バーコードで2日前にリマインドして');
    await chat(NOW)
      .say('リマインダー設定してあったっけ？なければはがきでお願い')
      .expect(/^いまの設定: 電子バーコードの期限の2日前/m);
    expect((await subscription())?.method).toBe('barcode');
  });

  it('「リマインダーある？なかったら口座振替で設定しといて」 sets it when none is on', async () => {
    await chat(NOW).say('リマインダーある？なかったら口座振替で設定しといて');
    expect((await subscription())?.method).toBe('auto_debit');
  });
});

describe('session 30: blind sets 201 and 202 (tuning halves)', () => {
  const JAN_12 = new Date('2027-01-12T09:00:00+09:00');
  it('"what\'s on my list now?" right after setting them lists them', async () => {
    await chat(JAN_12)
      .say('set a reminder for my barcode payments')
      .say("what's on my list now?")
      .expect(/^I will remind you of your app barcode/m);
  });

  it('"also on the day itself" right after them adds the day itself', async () => {
    await chat(JAN_12)
      .say('remind me 3 days before the postcard deadline')
      .say('also on the day itself')
      .expect(/3 days before and on the day of/);
    expect((await subscription())?.leadDays).toEqual([3, 0]);
  });

  it('"change it to the day before and the day itself" keeps both', async () => {
    await chat(JAN_12)
      .say('remind me 3 days before the postcard deadline')
      .say('change it to the day before and the day itself');
    expect((await subscription())?.leadDays).toEqual([1, 0]);
  });
});

describe('session 30: a last use given after the campaigns', () => {
  it('"i last used atone in oct 2023, what can I join" is whether the user qualifies', async () => {
    await chat(new Date('2027-03-15T10:00:00+09:00'))
      .say('is there a campaign right now')
      .say('i last used atone in oct 2023, what can I join')
      .expect(/^With a last use in October 2023/m);
  });
});

describe('session 30: blind set 205 (tuning half)', () => {
  it('「あ、やっぱいいや。忘れて」 drops the question for the method: the method said next sets nothing outright', async () => {
    await chat(new Date('2026-09-24T11:00:00+09:00'))
      .say('リマインドを設定したいです')
      .say('あ、やっぱいいや。忘れて')
      .say('はがき払いです');
    expect(await subscription()).toBeUndefined();
  });

  it('「いつの請求から変わるの？」 after a change of method is when the change applies', async () => {
    await chat(new Date('2026-11-28T10:10:00+09:00'))
      .say('はがきから口座振替に変えたい')
      .say('いつの請求から変わるの？')
      .expect(/翌月以降の請求から/);
  });

  it('「前日のは当日に変えて」 puts the day itself in place of the day before, the others kept', async () => {
    await chat(new Date('2027-04-18T21:00:00+09:00'))
      .say('はがき払いで、2週間前・1週間前・前日の3回、夜7時に通知ください')
      .say('2週間前のは消して')
      .say('前日のは当日に変えて');
    expect((await subscription())?.leadDays).toEqual([7, 0]);
  });

  it('"change the day before one to the day of" the same in English', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('remind me 3 days before and the day before, konbini')
      .say('change the day before one to the day of');
    expect((await subscription())?.leadDays).toEqual([3, 0]);
  });
});

describe('session 30: blind set 204 (tuning half)', () => {
  it('「毎月同じ金額の動画サービスだった」 after a charge not recognised is a subscription still billed', async () => {
    await chat(new Date('2026-05-02T10:00:00+09:00'))
      .say('使ってないのにatoneから請求きた。4月は何も買ってないはずなんだけど')
      .say('明細見たら毎月同じ金額の動画サービスだった')
      .expect(/定期コース/);
  });
});

describe('session 30: blind set 206 (tuning half)', () => {
  const NOW = new Date('2026-11-28T10:00:00+09:00');
  it('「それって公式情報？」 after an FAQ topic says where it comes from', async () => {
    await chat(NOW)
      .say('身に覚えのない請求がきた')
      .say('それって公式情報？')
      .expect(/^はい、公式の情報です/m);
    await chat(NOW)
      .say('how do I close my atone account?')
      .say('is that official?')
      .expect(/^No: no official page says it; it rests on third-party sources/m);
  });

  it('"is that official?" after a core answer says so first, then the answer', async () => {
    await chat(NOW)
      .say('請求っていつ来るの？')
      .say('それって公式情報？')
      .expect(/^一部は公式の情報.*第三者の情報（「DLsite/m)
      .expect(/第3営業日/);
  });

  it('「決済しようとしたら確認の番号がスマホに届かない」 is the SMS code; a code typed in gets a warning first', async () => {
    await chat(NOW)
      .say('決済しようとしたら確認の番号がスマホに届かないんだけど')
      .expect(/認証コード/)
      .say('あ、今来た。552901 です。代わりに入れてもらえる？')
      .expect(/^認証コードやパスワードは、このチャットも含めて誰にも送らないでください/m)
      .expectNot(/552901/);
  });

  it('romaji 「atone de ima nanka kyanpeen yatteru?」 「pointo matsuri no jouken wa?」 are the campaigns', async () => {
    await chat(NOW)
      .say('atone de ima nanka kyanpeen yatteru?')
      .expect(/春のポイント祭り/)
      .say('pointo matsuri no jouken wa?')
      .expect(/2023年12月1日/);
  });

  it('「12月の第3営業日って何日？」 is when the bill is announced, with the day', async () => {
    await chat(NOW)
      .say('12月の第3営業日って何日？')
      .expect(/2026年12月3日（木）/);
  });

  it('「さっきのエラーの件、どこからやり直せばいい？」 says to start again from the shop', async () => {
    await chat(NOW)
      .say('決済画面でエラーが出た')
      .say('さっきのエラーの件、どこからやり直せばいい？')
      .expect(/お店の画面からやり直して/);
  });
});

describe('session 30: nothing saved that the user did not ask for (blind sets 205 and 206, untouched halves, on purpose)', () => {
  const NOW = new Date('2027-01-26T10:00:00+09:00');
  it('"3 days before... no wait, make it 4 days" saves 4 days', async () => {
    await chat(NOW).say('set a reminder 3 days before... no wait, make it 4 days. direct debit.');
    expect((await subscription())?.leadDays).toEqual([4]);
  });

  it('「前日じゃ間に合わないから、口座振替の3日前に通知して」 saves 3 days only', async () => {
    await chat(NOW).say('明日か！前日じゃ間に合わないから、口座振替の3日前に通知して');
    expect((await subscription())?.leadDays).toEqual([3]);
  });

  it('"only if the debit gets moved off the 27th, remind me" is asked back, nothing saved', async () => {
    await chat(new Date('2027-04-05T10:00:00+09:00'))
      .say(
        'for my March purchases paid by direct debit: only if the debit gets moved off the 27th, remind me the day before',
      )
      .expect(/^Shall I set a reminder/m);
    expect(await subscription()).toBeUndefined();
  });

  it("\"back to the pay-each-time one: what's its late fee?\" is つど後払い's, not 翌月払い's", async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('what is tsudo atobarai?')
      .say('how do I register?')
      .say("back to the pay-each-time one: what's its late fee?")
      .expect(/100 yen every 15 days/)
      .expectNot(/10th and 25th/);
  });
});

describe('session 30: blind set 208 (tuning half)', () => {
  it('"and with kouza furikae?" in English asks of the bank debit', async () => {
    await chat(new Date('2026-12-30T10:00:00+09:00'))
      .say('i will buy something on jan 5, barcode, when is it due?')
      .say('and with kouza furikae?')
      .expect(/automatic bank debit/);
  });

  it('"and nov?" after December asks of November', async () => {
    await chat(new Date('2026-12-15T12:00:00+09:00'))
      .say('when is the direct debit for stuff i bought in december')
      .say('and nov?')
      .expect(/28 December 2026/);
  });

  it('"and the points one?" after the lottery is the festival, for the same last use', async () => {
    await chat(new Date('2027-06-10T12:00:00+09:00'))
      .say('any campaigns rn?')
      .say('last time i used atone was like nov 20 2023')
      .say('and the points one?')
      .expect(/Spring Points Festival \(春のポイント祭り\): you are not eligible/);
  });

  it('"ok set one for barcode" once reminders came up sets one, whatever was asked between', async () => {
    await chat(new Date('2027-01-31T23:00:00+09:00'))
      .say('how do reminders work here?')
      .say('do they cost anything')
      .say('ok set one for barcode');
    expect((await subscription())?.method).toBe('barcode');
  });
});

describe('session 30: blind set 208, single questions', () => {
  it('"my little bro used my atone without asking" is family use; romaji terms inside Japanese are read', async () => {
    await chat(new Date('2026-08-15T16:00:00+09:00'))
      .say('my little bro used my atone without asking 😡 can u cancel his order')
      .expect(/between you and them/);
    await chat(new Date('2027-07-01T08:00:00+09:00'))
      .say('honnin kakunin ってどれくらい時間かかる？ how long')
      .expect(/5分/);
  });
});

describe('session 30: blind set 209 (tuning half)', () => {
  it('「もう一度」 repeats the last answer', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('コンビニ払いの期限は？')
      .say('もう一度')
      .expect(/2026年12月10日/);
  });

  it('a polite first question about what can be asked is the help', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('はじめて利用いたします。こちらではどのようなことを質問できますでしょうか。')
      .expect(/支払い期限/)
      .expectNot(/通知を解除して」と送ると解除/);
  });

  it('numbered asks each answered: the deadline with its fee, and whether reminders are possible', async () => {
    await chat(new Date('2027-02-26T10:00:00+09:00'))
      .say(
        'Good evening. I bought a gift on 12 February 2027 and chose the postcard invoice. Could you tell me (1) the payment deadline, (2) the fee, and (3) whether it is possible to receive a reminder?',
      )
      .expect(/20 March 2027/)
      .expect(/209 yen/)
      .expect(/I can message you/);
    expect(await subscription()).toBeUndefined();
  });

  it('「期限の前にお知らせいただくことは可能でしょうか」 beside a deadline and its fee is answered too, nothing set', async () => {
    await chat(new Date('2026-11-09T21:30:00+09:00'))
      .say(
        'いつもお世話になっております。先月10月28日にatoneで家電を購入いたしました。支払い方法はコンビニ端末での支払いにしております。お支払い期限はいつになりますでしょうか。また、手数料はおいくらかかりますか。あわせて、期限の前にお知らせいただくことは可能でしょうか。',
      )
      .expect(/2026年11月10日/)
      .expect(/お知らせできます/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 30: blind set 207 (tuning half): situations told without the topic’s words', () => {
  const NOW = new Date('2026-12-12T10:00:00+09:00');
  it('reads each situation as its topic', async () => {
    const cases: [string, RegExp][] = [
      [
        'さっき服買おうとしてアトネ選んで、途中でブラウザの戻るボタン押してもうたら、なんか「不正な…」みたいな赤い字出て先に進まれへんねん。どないしたらええの？',
        /お店の画面からやり直して/,
      ],
      [
        '先月初めてアトネでお買い物をいたしましたが、いまだにお支払いのご案内が一切届いておりません。どうすればよろしいでしょうか。',
        /ご利用明細/,
      ],
      [
        '運転免許証の写真もう3回撮ったのに、毎回ダメって返ってくる。住所は「1-2-3」って入れたんだけど…',
        /丁目|番地|書類どおり/,
      ],
      [
        'このたび携帯会社を乗り換えまして、電話番号が新しくなりました。アトネに登録しているものはどのようにすればよろしいでしょうか。',
        /会員登録・変更・ログイン/,
      ],
      [
        'なんか払うたびにポイントみたいなのが増えとるけど、あれっていつまでに使わんといけんの？',
        /NPポイント/,
      ],
      ['寝てる間に、知らないお店で3万円使いましたって通知が来てた。私じゃない！！', /不正利用/],
      [
        "got a new phone last week and now when I check out, the text I'm supposed to type in never shows up",
        /code sent by SMS/,
      ],
      [
        'app ask me take picture of my face and my residence card, why it need this?',
        /本人確認 \(identity verification\)/,
      ],
      [
        "woke up to 3 purchase emails from a shop I've never heard of, all paid with atone. wasn't me.",
        /fraud|misuse/i,
      ],
      [
        "I'm leaving my job and my atone is linked to my work email. what do I do before I lose access?",
        /contact form/,
      ],
      [
        'I want to buy a ¥60,000 fridge but paying it all next month is too much for me. is there a way with atone?',
        /atone分割払い|split/,
      ],
    ];
    for (const [text, expected] of cases) await chat(NOW).say(text).expect(expected);
  });

  it('"same number tho. anything I can try myself?" after the SMS code stays on it', async () => {
    await chat(NOW)
      .say(
        "got a new phone last week and now when I check out, the text I'm supposed to type in never shows up",
      )
      .say('same number tho. anything I can try myself?')
      .expectNot(/two sets of terms/);
  });

  it('"deadline was 10 December… so I am late already?" checks that deadline', async () => {
    await chat(NOW)
      .say(
        'my friend say deadline was 10 December. I pay at convenience store machine, so I am late already?',
      )
      .expect(/^Yes: November 2026 purchases were due on Thursday, 10 December 2026 \(2 days ago\)/m);
  });
});

describe('session 30: blind set 207 (tuning half), follow-ups', () => {
  it('"when do I have to pay this anyway? I use the paper postcard" after a refund is the deadline', async () => {
    await chat(new Date('2026-12-02T07:45:00+09:00'))
      .say('oh wait, maybe it is that manga app I tried once. how do I stop it?')
      .say('and the money I already paid for it, can atone give it back?')
      .say('ugh. when do I have to pay this ¥1,980 anyway? I use the paper postcard')
      .expect(/20 December 2026/);
  });

  it('a missed payment the banks might see, before a home loan, is the credit record', async () => {
    await chat(new Date('2026-11-20T10:00:00+09:00'))
      .say(
        "we're applying for a home loan next spring and I missed an atone payment in the summer. are the banks gonna see that?",
      )
      .expect(/I could not find an official statement on whether atone/);
  });
});

describe('session 30: blind set 211 (tuning half)', () => {
  it('「手数料とか増えるの？」 after a missed konbini deadline is the late fee', async () => {
    await chat(new Date('2026-11-14T22:00:00+09:00'))
      .say('どうしよう、先月の支払い忘れてたかもしれない…')
      .say('10月に買った分で、コンビニ払いにしてる')
      .say('手数料とか増えるの？')
      .expect(/100円/);
  });

  it('「退会したら請求消える？」 after reminders were set is the withdrawal, nothing changed', async () => {
    await chat(new Date('2026-12-28T10:00:00+09:00'))
      .say('はがきの期限の前日にリマインドお願い')
      .say('てか、もう退会したいんだけど')
      .say('まだ12月分の支払い残ってるけど、退会したら請求消える？')
      .expect(/^いいえ、退会しても、すでに出ている請求はなくなりません/m);
    expect((await subscription())?.active).toBe(true);
  });

  it('「変更したい場合はどうすればよろしいですか」 after a deadline is how to change the way to pay', async () => {
    await chat(new Date('2026-09-24T10:00:00+09:00'))
      .say('ちなみに今月の引き落としは何日になりますか')
      .say('支払方法をコンビニ払いに変更したい場合はどうすればよろしいですか')
      .expect(/マイページ/)
      .expectNot(/過ぎています/);
  });
});

describe('session 30: blind sets 210 and 212 (tuning halves)', () => {
  it('「あ、ごめん、2023年12月2日やった」 after the campaigns puts the last use right', async () => {
    await chat(new Date('2026-11-27T12:00:00+09:00'))
      .say('キャンペーンってなんかあると？')
      .say('最後に使ったの2023年11月20日やけど、どれが対象？')
      .say('あ、ごめん、2023年12月2日やった')
      .expect(/^最後の利用が2023年12月2日なら/m);
  });

  it('「申し訳ございません、支払い方法は電子バーコードでした。」 right after setting reminders changes their method', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('コンビニで3日前にリマインドをお願いいたします')
      .say('申し訳ございません、支払い方法は電子バーコードでした。');
    expect((await subscription())?.method).toBe('barcode');
  });

  it('romaji 「ashita harau no wasuretara dou naru?」 is paying late', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('ashita harau no wasuretara dou naru?')
      .expect(/100円/);
  });

  it('「在留カードでもいける？」 after the identity check is about its documents; then its failing', async () => {
    await chat(new Date('2027-05-10T10:00:00+09:00'))
      .say('本人確認ってどうやるの？')
      .say('在留カードでもいける？')
      .expectNot(/アプリ専用カードの発行には/)
      .say('何回やっても承認されないんだけど')
      .expect(/住所/);
  });

  it('"I haven\'t got anything this month though" after the bill\'s notice is a bill not come', async () => {
    await chat(new Date('2027-09-10T12:00:00+09:00'))
      .say('ok and when does the billing email come?')
      .say("I haven't got anything this month though")
      .expect(/contact/i);
  });
});

describe('session 30: blind set 215 (tuning half): the reminder conversation', () => {
  const NOW = new Date('2026-06-25T10:00:00+09:00');
  it('a way to pay described as the answer to "which method?" sets the reminders for it', async () => {
    for (const [answer, method] of [
      ['口座から自動で落ちるやつ', 'auto_debit'],
      ['銀行のATMでペイジー払いしてます', 'store'],
      ['じゃあ手数料かからない口座振替で', 'auto_debit'],
    ] as const) {
      await chat(NOW).say('リマインダー設定して').say(answer);
      expect((await subscription())?.method).toBe(method);
      await chat(NOW).say('リマインダー全部解除して');
    }
  });

  it('「時間は朝8時、あ、やっぱ7時で」 sets 7', async () => {
    await chat(NOW).say('バーコードで2日前にリマインドして').say('時間は朝8時、あ、やっぱ7時で');
    expect((await subscription())?.sendHour).toBe(7);
  });

  it('「一週間前も足しといて」 adds a week before; 「前々日のは消して」 drops two days before', async () => {
    await chat(NOW)
      .say('口座振替で前々日と当日にリマインドして')
      .say('一週間前も足しといて')
      .expect(/7日前・2日前・当日/)
      .say('前々日のは消して');
    expect((await subscription())?.leadDays).toEqual([7, 0]);
  });
});

describe('session 30: blind set 216 (tuning half): situations in the user’s words', () => {
  const NOW = new Date('2026-11-28T10:00:00+09:00');
  it('reads each situation as its topic', async () => {
    const cases: [string, RegExp][] = [
      [
        'なあ聞いて、今朝アトネから3,280円払ってなってメール来てんけど、11月はアトネで何も買うてへんはずやねん。',
        /ご利用明細/,
      ],
      [
        "A payment slip from atone came in my mailbox but the name on it isn't mine, it's someone who I think lived in this apartment before me. what should I do with it?",
        /wrong member/,
      ],
      [
        "someone changed the email on my atone and there are 2 purchases at 3am that wasn't me. what do i do RIGHT NOW",
        /fraud|misuse/i,
      ],
      [
        'うち田舎で近くにセブンしかないんやけど、アトネの支払いってそこでできるん？今は店頭の端末で払う設定にしとる',
        /セブン-イレブン/,
      ],
      [
        "I don't have any credit card and my bank is a tiny local credit union. can I still make an atone account? what do they need from me?",
        /name, address, date of birth/,
      ],
      [
        'アプリで顔と保険証撮って送ってんけど、また『確認できませんでした』って戻ってきてん。もう3回目やで',
        /住所/,
      ],
      [
        '毎月きちんと支払っておりましたら、アプリに780という数字が貯まっておりました。これは何に使えるのでしょうか。',
        /NPポイント/,
      ],
      [
        'hi, atone mail say I must pay 6,540 yen but november I remember only buy one thing 1,200 yen. where come from the rest??',
        /usage details/,
      ],
      [
        'Paid my atone at the Lawson terminal on the 9th, then the barcode in the app still looked active so I paid again at 7-Eleven on the 10th. Two receipts, same amount.',
        /twice|double/i,
      ],
      [
        'trying to pay on a website, atone says it sent a code to my phone but nothing arrives. I got a new phone last week, kept my number',
        /code sent by SMS/,
      ],
    ];
    for (const [text, expected] of cases) await chat(NOW).say(text).expect(expected);
  });

  it('"should I send you the SMS code I just got so you can check?" is no first', async () => {
    await chat(NOW)
      .say('should I send you the SMS code I just got so you can check?')
      .expect(/^No\. Never share the code/m);
  });
});

describe('session 30: blind set 214 (tuning half)', () => {
  it('"who\'s behind it? is it legit" is who runs atone', async () => {
    await chat(new Date('2026-11-28T10:00:00+09:00'))
      .say("who's behind it? is it legit")
      .expect(/Net Protections/);
  });
});

describe('session 30: blind set 219 (tuning half): situations and safety', () => {
  const NOW = new Date('2026-11-28T10:00:00+09:00');
  it('a caller asking for the SMS code is no first', async () => {
    await chat(NOW)
      .say(
        "someone phoned saying they're from atone support and they need the code from my text message to 'fix my account'. should I read it out to them?",
      )
      .expect(/^No\. Never send a password or SMS code to anyone/m);
  });

  it('reads each situation as its topic', async () => {
    const cases: [string, RegExp][] = [
      [
        '夜分に恐れ入ります。私が一切操作していないにもかかわらず、先ほどatoneで3万円の決済完了の通知が届きました。',
        /不正利用被害のご相談フォーム/,
      ],
      [
        'クレカしか選べんネットのお店でもアトネで払える方法あるって聞いてんけど、ほんま？どうしたらええの？',
        /アプリ専用カード/,
      ],
      [
        'クレジットカードも銀行口座も持っていない大学生なのですが、はじめるのに何を用意すればいいですか？',
        /氏名|住所/,
      ],
      [
        'レジの前で、スマホに届くはずの6桁のやつがいつまでたっても来ないんです。後ろに人が並んでて焦ってます',
        /認証コード/,
      ],
      [
        "I'm done with buy-now-pay-later apps and want to get rid of atone completely. If I do that, does the bill I got last week just disappear?",
        /still have to pay/,
      ],
      [
        'I have been paying my atone bills on time and there are little rewards piling up in the app. do they vanish after a while?',
        /NP points/,
      ],
      [
        "If I'm a couple of weeks behind with atone, will a bank see that when I apply for a mortgage next year?",
        /I could not find an official statement on whether atone/,
      ],
    ];
    for (const [text, expected] of cases) await chat(NOW).say(text).expect(expected);
  });
});

describe('session 30: blind sets 217, 218 and 220 (tuning halves)', () => {
  it('one lead time set aside for another, in the request or after it', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00')).say(
      '口座振替で3日前と前日、いや前日じゃなくて当日で、夜7時にリマインドして',
    );
    expect(await subscription()).toMatchObject({ leadDays: [3, 0], sendHour: 19 });
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('バーコードで1週間前と前日にリマインドして')
      .say('1週間前じゃなくて5日前にして');
    expect((await subscription())?.leadDays).toEqual([5, 1]);
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('remind me 2 days before and the day before, konbini')
      .say('replace the 2 days with 3 days');
    expect((await subscription())?.leadDays).toEqual([3, 1]);
  });

  it('"what if I just pay tomorrow instead?" after the fee is whether tomorrow is in time', async () => {
    await chat(new Date('2026-12-10T07:50:00+09:00'))
      .say("today's the deadline for my konbini payment right? bought stuff Nov 14")
      .say('how much is the fee at the konbini?')
      .say('what if I just pay tomorrow instead?')
      .expect(/^Not in time: 11 December is after the deadline/m);
  });

  it('"cash on delivery still ok?" after Amazon is that it ended', async () => {
    await chat(new Date('2026-12-19T11:00:00+09:00'))
      .say('what payment methods does Amazon Japan take?')
      .say('cash on delivery still ok? my grandma wants to order a kotatsu')
      .expect(/ended on 6 June 2024/);
  });
});

describe('session 30: blind set 218 (tuning half)', () => {
  it('"how much extra do i pay now" after a passed deadline is the late fee', async () => {
    await chat(new Date('2026-12-30T20:00:00+09:00'))
      .say("ok ok i'll pay lol. barcode, for november stuff. when was the last day?")
      .say('how much extra do i pay now')
      .expect(/100 yen/);
  });

  it('"still nothing?" after the bill\'s notice is a bill not come', async () => {
    await chat(new Date('2027-01-05T09:00:00+09:00'))
      .say("when does the december bill notice come? haven't seen anything")
      .say("and if it's been over a week after that and still nothing?")
      .expect(/contact/i);
  });
});

describe('session 30: blind sets 217 and 218 (tuning halves), last', () => {
  it('romaji 「ashita haratte mo daijoubu?」 is whether tomorrow is in time', async () => {
    await chat(new Date('2027-01-10T10:00:00+09:00'))
      .say('ashita haratte mo daijoubu?')
      .expect(/1月11日/);
  });

  it('"forget the refund… when\'s my next konbini deadline?" is the deadline', async () => {
    await chat(new Date('2027-01-13T12:30:00+09:00'))
      .say('I already paid it though. do I get the money back?')
      .say(
        "actually, forget the refund, just leave it against my next bill. when's my next konbini deadline?",
      )
      .expect(/10 February 2027/);
  });
});

describe('session 30: blind set 213 (tuning half), last', () => {
  it('Hakata 「どげんなると？もう使えんと？」 after a missed deadline is paying late', async () => {
    await chat(new Date('2026-12-12T09:00:00+09:00'))
      .say('11月分コンビニで払うの忘れとった！期限いつやったと？')
      .say('どげんなると？もう使えんと？')
      .expect(/停止/);
  });

  it('「上限額まで使っちゃった。どうしたらいい？」 is when the limit comes back', async () => {
    await chat(new Date('2026-12-05T10:00:00+09:00'))
      .say('上限額まで使っちゃった。どうしたらいい？')
      .expect(/2〜3営業日/);
  });
});

describe('session 31: a pause for a time', () => {
  const NOW = new Date('2026-11-30T10:00:00+09:00');
  it('"pause my reminders for a month" stops them and says they stay off until turned on again', async () => {
    await chat(NOW)
      .say('remind me 2 days before for konbini')
      .say('pause my reminders for a month')
      .expect(/cannot pause them for a set time/)
      .expect(/resume my reminders/);
    expect((await subscription())?.active).toBe(false);
    await chat(NOW)
      .say('resume my reminders')
      .expect(/2 days before/);
    expect((await subscription())?.active).toBe(true);
  });

  it('「しばらく通知止めといて」 says the same in Japanese; a plain stop keeps the plain wording', async () => {
    await chat(NOW)
      .say('はがきで3日前に教えて')
      .say('しばらく通知止めといて')
      .expect(/期間を決めた一時停止はできない/)
      .say('再開して')
      .say('通知を解除して')
      .expect(/リマインダーを解除しました/)
      .expectNot(/一時停止/);
  });
});

describe('session 31: a last use told by its year alone', () => {
  const NOW = new Date('2026-11-30T10:00:00+09:00');
  it('"I last used atone in 2022" settles both spring campaigns', async () => {
    await chat(NOW)
      .say('am I eligible for the comeback campaign? I last used atone in 2022')
      .expect(/January–December 2022/)
      .expect(/Spring Grand Lottery[^\n]*you are eligible/)
      .expect(/Spring Points Festival[^\n]*you are not eligible/);
  });

  it('「2023年」 straddles the bound: it depends on when in that year; 「11月かな」 then is November 2023', async () => {
    await chat(NOW)
      .say('最後に使ったのは2023年です。キャンペーン対象？')
      .expect(/2023年1月〜12月/)
      .expect(/その期間のいつ使ったかで決まります/)
      .expectNot(/その月の何日/)
      .say('11月かな')
      .expect(/最後の利用が2023年11月なら/)
      .expect(/春の大抽選キャンペーン: 対象です/);
  });

  it('a year alone after an eligibility answer is a last use; after a deadline answer it is no purchase month', async () => {
    await chat(NOW)
      .say('キャンペーンの対象か知りたい')
      .say('2024年なら？')
      .expect(/春のポイント祭り: 対象です/);
    await chat(NOW)
      .say('コンビニの期限は？')
      .say('2025年は？')
      .expectNot(/2025年1月分/);
  });
});

describe('session 31: conversations from blind sets 221–224', () => {
  it('「期限の日の朝7時に知らせてけろ。バーコードだ」 sets the day itself only', async () => {
    await chat(new Date('2026-11-28T10:00:00+09:00')).say(
      '払うの忘れっから、期限の日の朝7時に知らせてけろ。バーコードだ',
    );
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [0], sendHour: 7 });
  });

  it('"what is set now?" after a change lists the reminders', async () => {
    await chat(new Date('2026-11-29T10:00:00+09:00'))
      .say('remind me 3 days before and 1 day before, i pay at konbini')
      .say('remove the 1 day one, keep 3 days')
      .say('what is set now?')
      .expect(/3 days before, at 9:00/)
      .expectNot(/didn't understand/);
  });

  it('「それってどこで変更できますか」 after the free way was singled out: how to change, not its fee', async () => {
    await chat(new Date('2026-12-10T10:00:00+09:00'))
      .say('一番お得な支払い方法は？手数料かからないやつ')
      .say('それってどこで変更できますか')
      .expect(/アプリのメニュー「支払い方法」/)
      .expectNot(/^はい/);
  });

  it('「それって公式？怪しいサイトじゃないよね」 after the fraud form: where the answer comes from', async () => {
    await chat(new Date('2026-11-30T23:10:00+09:00'))
      .say('知らない決済がアプリに出てる。乗っ取りかも…')
      .say('それって公式？怪しいサイトじゃないよね')
      .expect(/公式の情報です/)
      .expectNot(/運営は株式会社ネットプロテクションズです/);
  });
});

describe('session 31: blind sets 225–228 (tuning halves)', () => {
  it('「払い方はバーコードや」 after a detour finishes the deadline asked before, for that way', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('11月に買うたやつ、いつまでに払わなあかんの？')
      .say('ほんでな、認証コードのSMSが全然こおへんねん')
      .say('まあええわ。払い方はバーコードや')
      .expect(/2026年11月分を電子バーコードで払う場合、期限は2026年12月10日/);
  });

  it("「払い方は口座振替です」 after the debit day was asked: that purchase's deadline, by debit", async () => {
    await chat(new Date('2027-01-06T10:30:00+09:00'))
      .say('去年の12月28日に買ったものの支払い期限は？')
      .say('ちなみに年末年始って引き落とし日ずれたりする？')
      .say('払い方は口座振替です')
      .expect(/期限は2027年1月27日（水）/);
  });

  it('「あと2日しかないじゃん…間に合わなかったら？」 counts days left: what paying late means', async () => {
    await chat(new Date('2026-12-08T12:10:00+09:00'))
      .say('先月の分、口座振替じゃなくてコンビニで払ってるんだけど期限いつ？')
      .say('あと2日しかないじゃん…間に合わなかったら？')
      .expect(/停止/)
      .expectNot(/2027年1月10日/);
  });

  it('「さっきの話に戻るけど、10日って土日じゃないよね？」: yes, a weekday, with its day', async () => {
    await chat(new Date('2026-12-08T12:10:00+09:00'))
      .say('先月の分、口座振替じゃなくてコンビニで払ってるんだけど期限いつ？')
      .say('受付番号ってどこに書いてある？')
      .say('さっきの話に戻るけど、10日って土日じゃないよね？')
      .expect(/^はい、2026年12月10日（木）は平日です。/m);
  });

  it('「1月27日って平日だよね？」 is no purchase on 27 January', async () => {
    await chat(new Date('2027-01-06T10:30:00+09:00'))
      .say('1月27日って平日だよね？')
      .expect(/^はい、2027年1月27日（水）は平日です。/m)
      .expectNot(/2027年3月1日/);
  });

  it('"is jan 10 a sunday?": yes; 「11月3日は祝日だけど買い物した」 stays a purchase', async () => {
    await chat(new Date('2026-12-08T12:10:00+09:00'))
      .say('is jan 10 a sunday?')
      .expect(/^Yes: [^\n]*10 January 2027 is a Sunday\./m);
  });

  it('a deadline asked with its way to pay after a declined payment is the deadline, whatever word it shares', async () => {
    await chat(new Date('2027-02-01T12:00:00+09:00'))
      .say('atoneで決済できないって出た。なんで？')
      .say('未払いはないと思うけど…1月分っていつまでだっけ？バーコード')
      .expect(/2027年1月分を電子バーコードで払う場合、期限は2027年2月10日/);
  });
});

describe('session 31: blind sets 226 and 228 (tuning halves)', () => {
  it('"the bank takes it automatic for me" two turns after a deadline for December\'s purchases: that deadline, by debit', async () => {
    await chat(new Date('2026-12-15T10:00:00+09:00'))
      .say('when do i have to pay for my stuff from december?')
      .say('wait, does 7-eleven have the terminal thing?')
      .say('ok forget it, the bank takes it automatic for me')
      .expect(/For December 2026 purchases paid by automatic bank debit[^\n]*27 January 2027/);
  });

  it('"not paying by bank … scan the code in the app": the barcode', async () => {
    await chat(new Date('2027-01-15T10:00:00+09:00'))
      .say(
        "I'm not paying by bank, I go to family mart and scan the code in the app. got stuff on jan 9, last day?",
      )
      .expect(/10 February 2027/)
      .expectNot(/1 March 2027/);
  });

  it('"i cant get in the app" is logging in; "how long till they answer?" then is how soon atone replies', async () => {
    await chat(new Date('2026-12-15T10:00:00+09:00'))
      .say('i cant get in the app, it keep saying wrong')
      .expect(/パスワードをお忘れの方/)
      .say('did that already, still no. who do i tell')
      .say('how long till they answer?')
      .expect(/replies reportedly come by the next business day/);
  });

  it('midnight is 0:00: "remind me at midnight the day before", 「前日の夜中0時に」, 「夜12時に」', async () => {
    await chat(new Date('2026-12-06T10:00:00+09:00')).say(
      'remind me at midnight the day before, I pay by postcard',
    );
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [1], sendHour: 0 });
    await chat(new Date('2026-12-06T10:00:00+09:00')).say('前日の夜中0時にリマインドして');
    expect(await subscription()).toMatchObject({ sendHour: 0 });
    await chat(new Date('2026-12-06T10:00:00+09:00')).say('夜12時にして');
    expect(await subscription()).toMatchObject({ sendHour: 0 });
  });

  it('「あ、夜の11時のこと」 after 25時 was refused sets 23:00', async () => {
    await chat(new Date('2026-12-11T10:00:00+09:00'))
      .say('バーコード払いで、25時にリマインドして')
      .expect(/25時という時刻はありません/)
      .say('あ、夜の11時のこと');
    expect(await subscription()).toMatchObject({ method: 'barcode', sendHour: 23 });
  });
});

describe('session 31: blind sets 229–232 (tuning halves)', () => {
  it('"I still haven\'t got the one for November purchases" after the bill\'s arrival: a bill not received', async () => {
    await chat(new Date('2026-12-13T10:40:00+09:00'))
      .say('when will I get the bill for what I buy this month?')
      .say("I still haven't got the one for November purchases")
      .expect(/more than a week after that, contact atone/);
  });

  it('「夜9時に通知して。あ、やっぱ夜8時で」 and "at 7am - no wait, 8am" keep the hour chosen last', async () => {
    await chat(new Date('2026-12-02T21:00:00+09:00')).say(
      'はがき払いの期限の2日前の夜9時に通知して。あ、やっぱ夜8時で',
    );
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [2], sendHour: 20 });
    await chat(new Date('2026-12-02T21:00:00+09:00')).say('remind me at 7am - no wait, 8am');
    expect(await subscription()).toMatchObject({ sendHour: 8 });
  });

  it('"thinking of closing my atone account" is leaving atone; "does it cancel what I owe?" then is its answer', async () => {
    await chat(new Date('2026-12-10T10:00:00+09:00'))
      .say('thinking of closing my atone account, how do I do it?')
      .expect(/Leaving does not cancel bills already issued/)
      .say('does it cancel what I owe?')
      .expect(/still have to pay/);
  });

  it('「それ何曜日？」 after a deadline: its day of the week first', async () => {
    await chat(new Date('2026-12-15T10:00:00+09:00'))
      .say('1月に買ったら口座振替だといつ？')
      .say('それ何曜日？')
      .expect(/^2027年3月1日は月曜日です。/m);
  });

  it('「おととい買ったものと、あさって買う予定のもの」: a deadline for each', async () => {
    await chat(new Date('2026-12-30T10:00:00+09:00'))
      .say('おととい買ったものと、あさって買う予定のもの、どっちもはがき払い。期限は？')
      .expect(/2026年12月28日に買った分: 2027年1月20日/)
      .expect(/2027年1月1日に買う分: 2027年2月20日/);
  });
});

describe('session 31: blind sets 234–236 (tuning halves)', () => {
  it('「毎月ギリギリになる前に言ってくれたら助かるんだけどなー」 is a wish: asked back with a button, nothing set', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('毎月ギリギリになる前に言ってくれたら助かるんだけどなー')
      .expectNot(/うまく理解できませんでした/);
    expect(await subscription()).toBeUndefined();
  });

  it('「ダメって来た」 after how the identity check works: it failed', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('本人確認ってどれくらいかかる？')
      .say('ダメって来た')
      .expect(/住所/);
  });

  it('「10万のソファ、何回かに分けたい」, then 「それって普通のやつでもできる？」「手数料いくら？」: atoneプラス throughout', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('10万のソファ、何回かに分けたい')
      .expect(/プラス/)
      .say('それって普通のやつでもできる？')
      .expect(/プラス/)
      .say('手数料いくら？')
      .expectNot(/• コンビニ端末・銀行ATM（Pay-easy）: 209円/);
  });

  it('「今日払ったけどいつ買い物できる？」 then 「土日も入る？」: the limit back in business days', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('アプリに使えませんみたいなの出てる。今日払ったけどいつ買い物できる？')
      .expect(/2〜3営業日/)
      .say('土日も入る？')
      .expect(/土日祝を除く/);
  });

  it('「去年の12月に買った分…あと今月買った分は？」 gives both months', async () => {
    await chat(new Date('2027-02-05T10:00:00+09:00'))
      .say('去年の12月に買った分って口座振替でいつ引き落とされました？あと今月買った分はいつになりますか？')
      .expect(/2027年1月27日/)
      .expect(/2027年3月29日/);
  });

  it('「コンビニ払いの期限を教えてください。あ、やっぱりはがきの方で」: the postcard only', async () => {
    await chat(new Date('2026-11-29T10:00:00+09:00'))
      .say('コンビニ払いの期限を教えてください。あ、やっぱりはがきの方で。11月分です')
      .expect(/2026年12月20日/)
      .expectNot(/2026年12月10日/);
  });

  it('「このボットでは何ができますか？あと、リマインダーの解除ってどうやるんですか？」 answers both, changes nothing', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('このボットでは何ができますか？あと、リマインダーの解除ってどうやるんですか？')
      .expect(/支払い期限: 「コンビニ払いの期限は？」/)
      .expect(/通知を解除して/);
  });

  it('"anyone see the game lol" after a fee is chat, not the fee again', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('konbini fee?')
      .say('anyone see the game lol')
      .expectNot(/209 yen/);
  });
});

describe('session 31: after the last blind sets (237–240)', () => {
  it('「はがきで」 after a fee question that came between: the deadline asked before it, for that way', async () => {
    await chat(new Date('2026-12-04T10:00:00+09:00'))
      .say('支払い期限を知りたいです')
      .say('あ、その前にはがきの手数料っていくらですか？')
      .say('はがきで')
      .expect(/期限は2026年12月20日/);
  });

  it('"can this bot remind me about deadlines?" then "ok yes please, I pay at konbini" sets them', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('can this bot remind me about deadlines?')
      .say('ok yes please, I pay at konbini');
    expect(await subscription()).toMatchObject({ method: 'store', active: true });
  });
});

describe('session 31: after a declined payment', () => {
  it('"I don\'t have any unpaid bills though" stays on the declined payment', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('my payment got declined at checkout')
      .say("I don't have any unpaid bills though")
      .expect(/why a particular payment was declined/)
      .expectNot(/usage limit is refreshed only 2 to 3 business days/);
  });
});

describe('session 32: follow-ups from blind sets 241–248 (tuning halves)', () => {
  it('"oh and it\'s the paper slip they mail me" after a purchase date: the postcard deadline', async () => {
    await chat(new Date('2027-03-15T10:00:00+09:00'))
      .say('I ordered a lamp on the 3rd of March')
      .say("oh and it's the paper slip they mail me")
      .expect(/postcard bill[^\n]*Tuesday, 20 April 2027/);
  });

  it('"ok the paper one then" answers "which method?" after a fee question in between', async () => {
    await chat(new Date('2027-03-05T10:00:00+09:00'))
      .say("remind me before the bill's due")
      .say('wait, how much is the fee for the paper one?')
      .say('ok the paper one then');
    expect(await subscription()).toMatchObject({ method: 'postcard', active: true });
  });

  it('"and when\'s it due anyway?" after a bill that did not come: the deadline, for the postcard', async () => {
    await chat(new Date('2026-12-14T10:00:00+09:00'))
      .say('my bill slip never showed up in the mail')
      .say('so what now?')
      .say("and when's it due anyway?")
      .expect(/postcard bill[^\n]*Sunday, 20 December 2026/);
  });

  it('"I already paid it though" after "I returned a dress, do I still owe?" stays on the return', async () => {
    await chat(new Date('2027-04-11T12:00:00+09:00'))
      .say('I returned a dress but do I still owe money on it?')
      .say('I already paid it though')
      .expect(/offset/);
  });

  it('Kansai 「もう払てもうてたらどうなるん？」 after a return is the case the return answer covers', async () => {
    await chat(new Date('2026-12-02T10:00:00+09:00'))
      .say('返品したのに請求来てんねんけど')
      .say('もう払てもうてたらどうなるん？')
      .expect(/相殺/);
  });

  it('"7 days is too early, make it 2" changes the days only, not the hour', async () => {
    await chat(new Date('2027-08-05T10:00:00+09:00'))
      .say('remind me a week before, I pay at the konbini')
      .say('hmm 7 days is too early, make it 2');
    expect(await subscription()).toMatchObject({ leadDays: [2], sendHour: 9 });
  });

  it('"don\'t remind me on the day, just the day before" sets the day before only', async () => {
    await chat(new Date('2026-12-22T10:00:00+09:00'))
      .say('reminder for barcode please')
      .say("don't remind me on the day, just the day before");
    expect(await subscription()).toMatchObject({ leadDays: [1] });
    await chat(new Date('2026-12-22T10:00:00+09:00')).say("don't remind me on the day");
    expect(await subscription()).toMatchObject({ leadDays: [1] });
  });

  it('"what time do reminders come?" with none set says how they work, and sets nothing', async () => {
    await chat(new Date('2027-03-22T10:00:00+09:00'))
      .say('What time do reminders get sent?')
      .expect(/at 9:00 \(Japan time\)/)
      .expect(/no timed pause/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 32: a month next to it, a method put right, an hour turned down', () => {
  it('"and the month before?" after May\'s debit is April\'s', async () => {
    await chat(new Date('2027-06-02T09:00:00+09:00'))
      .say('what about the stuff I bought in May if the bank takes it?')
      .say('and the month before?')
      .expect(/For April 2027 purchases paid by automatic bank debit[^\n]*27 May 2027/);
    expect(await subscription()).toBeUndefined();
  });

  it("「その前の月は？」 after October's konbini deadline is September's", async () => {
    await chat(new Date('2026-11-20T10:00:00+09:00'))
      .say('10月に買った分、コンビニだといつまで？')
      .say('その前の月は？')
      .expect(/2026年9月分をコンビニ端末/);
  });

  it('"actually the bank takes it now, not the barcode" after reminders changes their method', async () => {
    await chat(new Date('2026-08-01T10:00:00+09:00'))
      .say('remind me 3 days before, I pay with the barcode')
      .say('actually the bank takes it now, not the barcode');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [3] });
  });

  it('"not at 7am please … at 6pm" sets 18:00', async () => {
    await chat(new Date('2026-03-01T10:00:00+09:00')).say(
      'not at 7am please. I pay by barcode, remind me 1 day before at 6pm',
    );
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [1], sendHour: 18 });
  });
});

describe('session 32: the late fee asked after the answer on paying late', () => {
  it('「延滞の手数料はなんぼ？」 gets the fee, not the whole answer again', async () => {
    await chat(new Date('2026-11-12T10:00:00+09:00'))
      .say('期限過ぎてまったらどうなるの？')
      .say('延滞の手数料はなんぼだね？')
      .expect(/延滞事務手数料は100円（税込）で/)
      .expectNot(/リマインダーを設定してください/);
  });

  it('"How much extra will I be charged?" the same in English', async () => {
    await chat(new Date('2026-12-12T10:00:00+09:00'))
      .say('I missed the konbini deadline, what happens?')
      .say('How much extra will I be charged?')
      .expect(/The late fee \(延滞事務手数料\) is 100 yen/)
      .expectNot(/set a reminder/);
  });
});

describe('session 32: blind sets 249–252 (tuning halves)', () => {
  it('「ほなバーコードで」 after "what now?" on an unpaid month: that way\'s deadline; 「手数料かかる？」 its fee', async () => {
    await chat(new Date('2026-12-05T10:00:00+09:00'))
      .say('先月のやつまだ払ってへん')
      .say('じゃあどうすれば？')
      .say('ほなバーコードで')
      .expect(/電子バーコードで払う場合、期限は2026年12月10日/)
      .say('手数料かかる？')
      .expect(/電子バーコードの請求手数料は209円/);
  });

  it('「やっぱ通知いらんわ」 right after setting them stops them', async () => {
    await chat(new Date('2027-08-20T10:00:00+09:00'))
      .say('バーコードで払うから期限の3日前に教えて')
      .say('やっぱ通知いらんわ')
      .expect(/リマインダーを解除しました/);
    expect((await subscription())?.active).toBe(false);
  });

  it('a bare 「リマインダー」 with none set offers a button per method; nothing is set until one is pressed', async () => {
    await chat(new Date('2026-11-30T10:00:00+09:00'))
      .say('リマインダー')
      .expect(/設定中のリマインダーはありません/)
      .expect(/\[\/2\] 電子バーコード/)
      .step(async () => expect(await subscription()).toBeUndefined())
      .say('/2')
      .expect(/電子バーコードの期限/);
    expect(await subscription()).toMatchObject({ method: 'barcode', active: true });
  });

  it('"and if only 2?" after 3 shops is 2 shops', async () => {
    await chat()
      .say('I used it at 3 shops, how many points?')
      .say('and if only 2?')
      .expect(/2 shops earn 300 points/);
  });

  it('a reminder asked beside a question: the reminder set and the question answered', async () => {
    await chat(new Date('2026-11-05T10:00:00+09:00'))
      .say("when is the konbini deadline, what's the fee, and can you remind me 2 days before?")
      .expect(/209 yen/)
      .expect(/2 days before/);
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [2] });
    await chat(new Date('2026-11-05T10:00:00+09:00'))
      .say('Remind me 2 days before my barcode deadline, and tell me which stores take the barcode')
      .expect(/Lawson/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [2] });
  });

  it("\"I already paid this month's bill. Stop reminding me for this month only, and when's next month's deadline?\" marks it paid and answers", async () => {
    await chat(new Date('2026-11-05T10:00:00+09:00'))
      .say('remind me for konbini 2 days before')
      .say(
        "I already paid this month's bill. Stop reminding me for this month only, and when's next month's konbini deadline?",
      )
      .expect(/as paid/)
      .expect(/10 December 2026/);
    expect((await subscription())?.active).toBe(true);
  });

  it('"and can I still use atone meanwhile?" after the late fee stays on paying late', async () => {
    await chat()
      .say("What's the late fee?")
      .say('and can I still use atone meanwhile?')
      .expect(/suspended/);
  });

  it('follow-ups of FAQ topics: family after an unknown charge, the review time after a failed check, the limit after the check', async () => {
    await chat()
      .say('atone charge me but i never buy anything')
      .say('maybe it is my wife?')
      .expect(/family or friends/);
    await chat().say('my ID check is fail, why?').say('how long it take?').expect(/5 min/);
    await chat()
      .say('how to raise my limit?')
      .say('if i do identity check?')
      .expect(/50,000 yen/);
    await chat()
      .say('atone is not working in checkout, it say declined')
      .say('maybe because my limit?')
      .expect(/why a particular payment was declined/);
  });
});

describe('session 32: a question of another topic after reminders', () => {
  it('「本人確認ってどれくらい時間かかる？」 after setting reminders is the identity check, not the list (確認)', async () => {
    await chat()
      .say('はがきで3日前に教えて')
      .say('本人確認ってどれくらい時間かかる？')
      .expect(/5分/)
      .expectNot(/はがき請求書の期限の3日前/);
  });
});

describe('session 32: reminders turned down in so many words', () => {
  it('"not asking you to set a reminder, just wondering if you can remind for furikae" explains and sets nothing', async () => {
    await chat()
      .say('not asking you to set a reminder, just wondering if you can remind for furikae')
      .expect(/I can message you/);
    expect(await subscription()).toBeUndefined();
  });

  it('"Don\'t set anything up, I just want to know how reminders work" explains and sets nothing', async () => {
    await chat()
      .say("Don't set anything up, I just want to know how reminders work")
      .expect(/I can message you/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 32: another chain asked right after one', () => {
  it('"what about family mart?" and 「ファミマは？」 after 7-Eleven give the lines naming it, not 7-Eleven\'s answer again', async () => {
    await chat()
      .say('can i pay at 7-eleven')
      .say('what about family mart?')
      .expect(/terminal payment \(コンビニ端末\): Lawson, FamilyMart/)
      .expectNot(/^At 7-Eleven you can pay/m);
    await chat()
      .say('セブンで払える？')
      .say('ファミマは？')
      .expect(/コンビニ端末払い: ローソン、ファミリーマート/)
      .expectNot(/セブン-イレブンでは電子バーコードとはがき請求書で払えますが/);
  });
});

describe('session 33: blind sets 261–264 (tuning halves)', () => {
  it('"no reminder needed" sets nothing; right after reminders were set, a stop is asked back', async () => {
    await chat()
      .say('はがきの期限は？')
      .say('no reminder needed')
      .expect(/OK, no reminder set/);
    expect(await subscription()).toBeUndefined();
    await chat()
      .say('はがきで3日前に教えて')
      .say('no reminder needed')
      .expect(/Shall I turn your reminders off\?/);
    expect(await subscription()).toMatchObject({ method: 'postcard', active: true });
  });

  it('"don\'t set a reminder, just tell me the fee" after direct debit is its fee', async () => {
    await chat()
      .say('I use direct debit')
      .say("don't set a reminder, just tell me the fee")
      .expect(/automatic bank debit \(口座振替\) is free/);
    expect(await subscription()).toBeUndefined();
  });

  it('「じゃあお願いしたい」 after the explanation takes the offer', async () => {
    await chat()
      .say('リマインダーってどういう仕組み？')
      .say('じゃあお願いしたい')
      .expect(/お支払い方法はどれですか/);
  });

  it('"what can i use then" and a gift card "with atone" after the Amazon answer stay on Amazon', async () => {
    await chat().say('can i use atone on amazon?').say('what can i use then').expect(/Paidy/);
    await chat()
      .say('can i use atone on amazon?')
      .say('what about buying a gift card with atone and using that?')
      .expect(/Amazon gift cards cannot be bought with atone/);
  });

  it('「それはどちらで変えられますの？」 after a fee is how to change the way to pay', async () => {
    await chat()
      .say('はがきの手数料はいくらかしら')
      .say('では口座は？')
      .say('それはどちらで変えられますの？')
      .expect(/アプリ/);
  });

  it('"konbini" alone in a romaji chat stays Japanese; "2kka mae" is two days before', async () => {
    await chat(new Date('2026-10-05T10:00:00+09:00'))
      .say('atone no shiharai kigen oshiete')
      .say('konbini')
      .expect(/コンビニ端末・銀行ATM（Pay-easy）で払う場合/)
      .say('arigatou, 2kka mae ni remind shite');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [2] });
  });

  it('「てか今日って何日だっけ？」 while the bot waits for a method changes nothing; the method then sets it', async () => {
    await chat(new Date('2026-11-20T09:00:00+09:00'))
      .say('リマインダー設定して')
      .say('てか今日って何日だっけ？')
      .expect(/今日は2026年11月20日/)
      .say('はがきで');
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });
});

describe('session 33: blind sets 265–268 (tuning halves)', () => {
  it('"I paid already btw" marks the deadline paid', async () => {
    await chat(new Date('2026-08-04T10:00:00+09:00'))
      .say('just for this month, can you remind me 2 days before the barcode deadline?')
      .say('I paid already btw')
      .expect(/Marked the Monday, 10 August 2026 deadline as paid/);
  });

  it('"what do I need then?" after "Do I need credit card?" is what signing up asks; then shops in person', async () => {
    await chat()
      .say('Do I need credit card?')
      .say('what do I need then?')
      .expect(/Membership \(NP会員\)/)
      .say('can I use at shops in person?')
      .expect(/code payment/);
  });

  it('「お店でも使える？」 after what signing up asks is the shop code payment, not the checkout', async () => {
    await chat()
      .say('アトネってクレカいる？')
      .say('じゃあ登録には何がいるの？')
      .say('お店でも使える？')
      .expect(/本人確認/);
  });
});

describe('session 33: nothing set or stopped that was not asked for', () => {
  it('「通知は設定しないでね」 after a deadline sets nothing; 「リマインダーは設定しなくていいから、手数料は？」 answers the fee', async () => {
    await chat()
      .say('バーコードの期限は？')
      .say('通知は設定しないでね')
      .expect(/リマインダーは設定しません/);
    expect(await subscription()).toBeUndefined();
    await chat()
      .say('バーコードの期限は？')
      .say('リマインダーは設定しなくていいから、手数料は？')
      .expect(/電子バーコードの請求手数料は209円/);
    expect(await subscription()).toBeUndefined();
  });

  it('「もう払いました」 and 「払い終わりました」 mark the deadline paid; the reminders stay', async () => {
    for (const said of ['もう払いました', '払い終わりました', "I've paid"]) {
      await chat().say('はがきで3日前に教えて').say(said);
      expect(await subscription()).toMatchObject({ method: 'postcard', active: true });
    }
  });
});

describe('session 33: blind sets 269–272 (tuning halves)', () => {
  it('"when can I use atone again?" after a payment shown unpaid is the limit coming back', async () => {
    await chat(new Date('2026-09-14T11:00:00+09:00'))
      .say('paid yesterday at 7-Eleven but app says unpaid')
      .say('when can I use atone again?')
      .expect(/2 to 3 business days/);
  });

  it('"ok and when\'s that one taken out?" after the direct debit fee is its debit day', async () => {
    await chat(new Date('2027-01-20T10:00:00+09:00'))
      .say('konbini fee?')
      .say('and for direct debit?')
      .say("ok and when's that one taken out?")
      .expect(/automatic bank debit[^\n]*27 January 2027/);
  });

  it('「ペイペイで払いたいんだけど」 while the bot waits for a method lists the ways; a way then sets it', async () => {
    await chat()
      .say('リマインドして')
      .say('ペイペイで払いたいんだけど')
      .expect(/支払い方法は次の4つです/)
      .say('じゃあコンビニ端末で');
    expect(await subscription()).toMatchObject({ method: 'store' });
  });

  it('「通知とかは絶対設定しないでね」 with a method known sets nothing', async () => {
    await chat().say('口座振替の期限は？').say('通知とかは絶対設定しないでね');
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 33: an hour changed keeps its half of the day', () => {
  it('「やっぱり7時で」 after 夜8時 is 19時; 「朝7時で」 is 7時', async () => {
    await chat().say('コンビニで払う。前日の夜8時に教えて').say('やっぱり7時で');
    expect(await subscription()).toMatchObject({ sendHour: 19 });
    await chat().say('朝7時で');
    expect(await subscription()).toMatchObject({ sendHour: 7 });
  });

  it('「7時で」 after 9時 stays 7時', async () => {
    await chat().say('remind me the day before at 9am, konbini').say('7時で');
    expect(await subscription()).toMatchObject({ sendHour: 7 });
  });
});

describe('session 33: the last round (blind sets 273–276), nothing done unasked', () => {
  it('「リマインダーはいいです」 sets nothing and says so', async () => {
    await chat()
      .say('コンビニの期限は？')
      .say('リマインダーはいいです')
      .expect(/リマインダーは設定しません/);
    expect(await subscription()).toBeUndefined();
  });

  it('「解除…いや、解除じゃなくて時間を朝9時にしたい」 changes the hour and stops nothing', async () => {
    await chat().say('コンビニで前日の夜8時に教えて').say('解除…いや、解除じゃなくて時間を朝9時にしたい');
    expect(await subscription()).toMatchObject({ active: true, sendHour: 9 });
  });

  it('「前日の夜8時に…いや9時に」 is 21時; 「…いや朝9時に」 is 9時', async () => {
    await chat().say('はがきで前日の夜8時に…いや9時に教えて');
    expect(await subscription()).toMatchObject({ sendHour: 21 });
    await chat().say('はがきで前日の夜8時に…いや朝9時に教えて');
    expect(await subscription()).toMatchObject({ sendHour: 9 });
  });
});

describe('session 33: the last round (blind sets 273–276), tuning halves', () => {
  it('"hmm which one.. bank debit" answers "which method?"', async () => {
    await chat().say('set up a reminder for me').say('hmm which one.. bank debit');
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('"don\'t cancel anything, just show me what I have" lists them and stops nothing', async () => {
    await chat()
      .say('はがきで3日前に教えて')
      .say("don't cancel anything, just show me what I have")
      .expect(/I will remind you of your postcard bill/);
    expect(await subscription()).toMatchObject({ active: true });
  });

  it('"will i get the money back?" after reporting misuse stays with the report', async () => {
    await chat()
      .say('someone used my account')
      .say('how do i report that')
      .say('will i get the money back?')
      .expectNot(/The shop cancels or changes the order/);
  });

  it('「念のためもう一回払っといたほうがいい？」 after the limit not back: never pay twice', async () => {
    await chat()
      .say('払ったのにまだ未払いのまま')
      .say('いつ使えるようになる？')
      .say('念のためもう一回払っといたほうがいい？')
      .expect(/二重/);
  });

  it('English around a Japanese term is answered in English, even in a Japanese chat', async () => {
    await chat()
      .say('口座振替の期限は？')
      .say('thanks. and 手数料?')
      .expect(/Paying by automatic bank debit \(口座振替\) is free/)
      .say('and for はがき?')
      .expect(/postcard bill/);
  });
});

describe('session 33: blind sets 277–280 (tuning halves)', () => {
  it("a reminder set offers its next deadline's Paid button beside Undo", async () => {
    await chat()
      .say('はがきで3日前に教えて')
      .expect(/\[\/1\] 取り消す {2}\[\/2\] 12月20日の分は支払い済み/)
      .say('/2')
      .expect(/2026年12月20日（日）の期限は支払い済みにしました/);
    expect(await subscription()).toMatchObject({ method: 'postcard', active: true });
  });

  it('"I pay with konbini. dont remind me on the day, remind me 2 days before" sets the konbini, 2 days before', async () => {
    await chat().say('I pay with konbini. dont remind me on the day, remind me 2 days before');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [2] });
  });

  it('「もう払っとったらどうなるん？」 after a return is the case the return answer covers', async () => {
    await chat()
      .say('返品したのに請求来てるんやけど')
      .say('もう払っとったらどうなるん？')
      .expect(/相殺|返金/);
  });
});

describe('session 33: the measured round (blind sets 281–284), what went wrong that mattered', () => {
  it('"make it noon" after "nothing at night" is 12:00, not midnight', async () => {
    await chat(new Date('2027-06-01T10:00:00+09:00'))
      .say('remind me 1 day before at 2am, convenience store')
      .say('actually no, nothing at night. make it noon');
    expect(await subscription()).toMatchObject({ sendHour: 12 });
  });

  it('「毎回払うの忘れるから前の日に教えて。はがき払い」 is a request, carried out', async () => {
    await chat().say('毎回払うの忘れるから前の日に教えて。はがき払い');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [1] });
  });

  it('"and the August one if it were direct debit?" after purchases on July 20 and August 1 is August\'s', async () => {
    await chat(new Date('2026-08-03T13:00:00+09:00'))
      .say('Bought things on July 20 and August 1. I use the postcard. Due dates?')
      .say('and the August one if it were direct debit?')
      .expect(/For August 2026 purchases paid by automatic bank debit[^\n]*28 September 2026/);
  });
});

describe('session 33: blind sets 281–284 (tuning halves)', () => {
  it('"and if i switch to barcode?" then "postcard?" after a deadline are those ways\' deadlines', async () => {
    await chat(new Date('2027-02-20T10:00:00+09:00'))
      .say('I bought stuff in february, direct debit, when?')
      .say('and if i switch to barcode?')
      .expect(/app barcode[^\n]*10 March 2027/)
      .say('postcard?')
      .expect(/postcard bill[^\n]*20 March 2027/);
  });

  it('"and if I don\'t pay the Jan 10 one in time?" is paying late; 「使い切ったら払ってからどれくらいで戻る？」 the limit back', async () => {
    await chat(new Date('2027-01-03T10:00:00+09:00'))
      .say('bought on december 29 last year with the barcode, when is it due?')
      .say("and if I don't pay the Jan 10 one in time?")
      .expect(/suspended/);
    await chat()
      .say('上限ってどうやったら上がる？')
      .say('使い切ったら払ってからどれくらいで戻る？')
      .expect(/2〜3営業日/);
  });
});

describe('session 33: the last round (blind sets 285–288), what it found set or kept unasked', () => {
  it('"I don\'t want reminders anymore, thanks" stops them, with a way back; hedged, it asks; "no wait, not 3 days, 5 days" moves them to 5', async () => {
    // (Session 36: said plainly of reminders just set, a stop, as a later blind set expected.)
    await chat()
      .say('remind me 3 days before, konbini')
      .say("I don't want reminders anymore, thanks")
      .expect(/^Stopped: your reminders are off\./m);
    expect(await subscription()).toMatchObject({ active: false });
    await chat()
      .say('remind me 3 days before, konbini')
      .say("hmm maybe I don't want reminders anymore")
      .expect(/Shall I turn your reminders off\?/);
    expect(await subscription()).toMatchObject({ active: true });
    await chat().say('remind me 3 days before, konbini').say('no wait, not 3 days, 5 days');
    expect(await subscription()).toMatchObject({ leadDays: [5] });
  });

  it('「…通知とかあったら便利かもなあ」 is a wish, asked back before anything is set', async () => {
    await chat()
      .say('口座振替なんだけど、なんか通知とかあったら便利かもなあ')
      .expect(/設定しますか/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 34: nothing changed that was not asked for (blind sets 289–292)', () => {
  it('"what about the postcard fee?" right after a barcode reminder asks the fee, and changes nothing', async () => {
    await chat()
      .say('remind me for barcode the day before')
      .say('what about the postcard fee?')
      .expect(/postcard bill \(はがき請求書\) is 209 yen/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [1] });
    // "how about postcard?" alone there is asked back before anything changes.
    await chat()
      .say('remind me for barcode the day before')
      .say('how about postcard?')
      .expect(/Shall I change your reminders to this/);
    expect((await subscription())?.method).toBe('barcode');
  });

  it('"actually make it 8pm, not 9am" while the way to pay is asked keeps 8pm', async () => {
    await chat()
      .say('Remind me 2 days before my due date at 9am')
      .say('actually make it 8pm, not 9am')
      .say('I pay by barcode')
      .expect(/at 20:00/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [2], sendHour: 20 });
  });
});

describe('session 34: blind sets 289–292 (tuning halves)', () => {
  it('「口座振替にはしてないよ。手数料は？」 after a konbini deadline is the konbini fee', async () => {
    await chat(new Date('2026-11-20T10:00:00+09:00'))
      .say('はがきじゃなくてコンビニで払う。11月3日に買った分の期限は？')
      .expect(/2026年12月10日/)
      .say('口座振替にはしてないよ。手数料は？')
      .expect(/209円/);
  });

  it('"not paidy, something else?" after Amazon lists Amazon\'s other ways to pay', async () => {
    await chat()
      .say("I don't have a credit card. Can I pay later on Amazon?")
      .say('not paidy, something else?')
      .expect(/Amazon accepts: credit cards/);
  });

  it('"what happens to the money I paid?" after a return stays on the return, in English', async () => {
    await chat(new Date('2026-12-10T10:00:00+09:00'))
      .say('返品した分、もう払っちゃってた')
      .say('sorry, English please: what happens to the money I paid?')
      .expect(/Already paid: the amount is offset/);
  });

  it('"how about the weather on jan 10 lol" after a deadline is not that deadline again', async () => {
    await chat(new Date('2026-12-22T10:00:00+09:00'))
      .say('i bought dec 20 konbini. when pay? and fee?')
      .say('how about the weather on jan 10 lol')
      .expect(/Sorry, I didn't understand/);
  });

  it('「1月3日に口座振替で引き落としされる？」 and 「12/27は日曜だから28日だった？」 check debit days', async () => {
    await chat(new Date('2026-12-30T10:00:00+09:00'))
      .say('1月3日に口座振替で引き落としされる？銀行休みだよね')
      .expect(/^いいえ、2026年12月分[^\n]*2027年1月27日/m)
      .say('12/27は日曜だから28日だった？')
      .expect(/^はい、2026年11月分の期限は2026年12月28日（月）でした/m);
  });
});

describe('session 34: blind sets 293–296, nothing done unasked', () => {
  it('「あ、その前に期限って何日？コンビニ払い」 while the way is asked answers the deadline and sets nothing', async () => {
    await chat()
      .say('期限前に通知ほしい')
      .say('あ、その前に期限って何日？コンビニ払い')
      .expect(/2026年12月10日/)
      .expectNot(/お知らせします/)
      .say('じゃあコンビニでお願い')
      .expect(/3日前・当日、9時にお知らせします/);
    expect((await subscription())?.method).toBe('store');
  });

  it('「うーん、リマインダーやめよっかな…」 is asked back, not carried out', async () => {
    await chat()
      .say('バーコードでリマインダー登録して')
      .say('うーん、リマインダーやめよっかな…')
      .expect(/リマインダーを解除しますか/);
    expect((await subscription())?.active).toBe(true);
  });

  it('"anyone up for ramen tonight lol 🍜" after reminders changes nothing', async () => {
    await chat().say('バーコードでリマインダー登録して').say('anyone up for ramen tonight lol 🍜');
    expect((await subscription())?.sendHour).toBe(9);
  });

  it('"don\'t change my reminders, just tell me what\'s set" lists them; "list em" too', async () => {
    await chat()
      .say('remind me for auto debit 3 days before')
      .say("don't change my reminders, just tell me what's set")
      .expect(/3 days before, at 9:00/)
      .say('list em')
      .expect(/3 days before, at 9:00/);
    expect((await subscription())?.active).toBe(true);
  });
});

describe('session 34: blind sets 293–296 (tuning halves)', () => {
  it('"both" after purchases told in turns of their own gives each its deadline', async () => {
    await chat(new Date('2026-11-02T19:00:00+09:00'))
      .say('I bought headphones on Oct 28')
      .say('and a jacket on Nov 1')
      .say('both paid at the konbini. when are they due?')
      .expect(/Bought 28 October 2026: Tuesday, 10 November 2026/)
      .expect(/Bought 1 November 2026: Thursday, 10 December 2026/);
    await chat(new Date('2026-11-28T09:00:00+09:00'))
      .say('10月30日に口座振替で買い物した')
      .say('あと11月15日にも使った')
      .say('両方いつ引き落とし？')
      .expect(/2026年10月30日に買った分: 2026年11月27日/)
      .expect(/2026年11月15日に買った分: 2026年12月28日/)
      .say('11月27日のほう、残高足りてなかったらどうなる？')
      .expect(/停止/);
  });

  it('「やっぱりはがきにする」 is the way kept when the purchase date is put right later', async () => {
    await chat(new Date('2026-11-25T21:00:00+09:00'))
      .say('11月3日に買ったやつの支払い期限っていつ？')
      .say('コンビニで払うつもり')
      .say('あ、やっぱりはがきにする')
      .say('ところで手数料っていくら？')
      .say('ごめん、買ったの11月じゃなくて10月3日だった')
      .expect(/2026年10月分をはがき請求書で払う場合、期限は2026年11月20日/);
  });

  it('after a higher limit, "does the identity verification help?" is not promised; after leaving, bills still owed', async () => {
    await chat(new Date('2026-07-15T12:00:00+09:00'))
      .say('how do i get a higher limit')
      .say('does doing the identity verification help?')
      .expect(/does not promise a higher limit/);
    await chat(new Date('2027-01-31T20:00:00+09:00'))
      .say('I want to delete my atone account')
      .say('I still owe for january, does deleting cancel it?')
      .expect(/Leaving does not cancel bills already issued/);
  });

  it('"Dec 27 or Dec 28 - which is the direct debit day this month?" is this month\'s debit', async () => {
    await chat(new Date('2026-12-26T10:00:00+09:00'))
      .say('Dec 27 or Dec 28 - which is the direct debit day this month?')
      .expect(/Monday, 28 December 2026/)
      .expectNot(/27 January/);
  });

  it('"is konbini due tomorrow?" then "I\'ll pay on the 11th" is not in time', async () => {
    await chat(new Date('2026-11-09T23:00:00+09:00'))
      .say('is konbini due tomorrow for October stuff?')
      .expect(/^Yes\. For October 2026 purchases/m)
      .say("I can't make it, I'll pay on the 11th. Is that a problem?")
      .expect(/Not in time: 11 November is after the deadline/);
  });

  it('"does switching apply from this bill already?" is from which bill a change applies', async () => {
    await chat(new Date('2026-11-29T10:00:00+09:00'))
      .say("I don't pay by postcard anymore, I switched to direct debit. When's the November bill taken?")
      .say('does switching apply from this bill already?')
      .expect(/A change made today applies from the December 2026 bill onwards/);
  });
});

describe('session 34: blind sets 297–300 (tuning halves)', () => {
  // (Since session 40 「できへんの」 reads as 「できないの」, not 「で来ないの」: the request its standard
  // Japanese is, with the way named, as 「通知とかできないの？口座振替だけど」 always was.)
  it('「払い忘れ防止になんか通知とかできへんの？口座振替やけど」 sets them for the bank debit', async () => {
    await chat(new Date('2026-12-20T10:00:00+09:00'))
      .say('払い忘れ防止になんか通知とかできへんの？口座振替やけど')
      .expect(/銀行口座からの自動振替（口座振替）の期限の3日前・当日/);
    expect((await subscription())?.method).toBe('auto_debit');
  });

  it('「12月分はもう払いました」 with reminders on marks the December deadline paid', async () => {
    await chat()
      .say('コンビニ払いで前日と当日に通知して')
      .say('12月分はもう払いました')
      .expect(/2026年12月10日（木）の期限は支払い済みにしました/);
  });

  it('「もう一つのほうは？」 after two ways talked about is the other way', async () => {
    await chat()
      .say('コンビニ払いの手数料は？')
      .say('じゃあ口座振替は？')
      .say('期限は？')
      .expect(/口座振替）で払う場合、期限は2026年12月28日/)
      .say('もう一つのほうは？')
      .expect(/コンビニ端末・銀行ATM（Pay-easy）で払う場合、期限は2026年12月10日/);
  });

  it('「Amazon以外のネットショップならatone使える？」 after Amazon is where atone works', async () => {
    await chat()
      .say('Amazonでアトネ払いできる？')
      .say('メルペイは？')
      .say('Amazon以外のネットショップならatone使える？')
      .expect(/お店ごとに atone が使えるかは/);
  });

  it('follow-ups that change the subject: the fee at a chain, when a debit is taken, saving by switching, the limit', async () => {
    await chat()
      .say('Which convenience stores accept the app barcode payment?')
      .say("what's the fee for paying there?")
      .expect(/209 yen/);
    await chat()
      .say("I don't pay at the konbini, I use the app barcode. What's the fee?")
      .say('sorry, not the barcode, I meant direct debit from my bank account')
      .say('and when is that taken?')
      .expect(/Monday, 28 December 2026/);
    await chat()
      .say('when do i have to pay')
      .say('by postcard')
      .say('if I switched to direct debit, would I save anything?')
      .expect(/automatic bank debit \(口座振替\) is free/);
    await chat()
      .say('延滞はしてないけど、atoneって信用情報見てるの？')
      .say('使えないのは延滞のせいじゃないと思う、上限のせい？')
      .expect(/利用上限額/);
  });

  it('"which method gives me the latest deadline?" and "where can I pay the postcard one?"', async () => {
    await chat()
      .say("I don't have a Japanese bank account though. Then which method gives me the latest deadline?")
      .expect(/postcard bill \(はがき請求書\): Sunday, 20 December 2026/)
      .say('where can I pay the postcard one?')
      .expect(/Take the paper bill that comes by post to a convenience-store till/);
  });

  it('a fee asked beside a reminder request gets both: 「はがきの手数料いくら？前日に通知も欲しいです」', async () => {
    await chat()
      .say('はがきの手数料いくら？前日に通知も欲しいです')
      .expect(/はがき請求書の請求手数料は209円/)
      .expect(/はがき請求書の期限の前日、9時にお知らせします/);
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [1] });
  });
});

describe('session 34: blind sets 301–304, kinds they showed', () => {
  it('「じゃあ無料なのはどれ？」 after a fee is the free way, never "no" of the last one', async () => {
    await chat()
      .say('コンビニ払いの手数料はいくら？')
      .say('はがきだと？')
      .say('じゃあ無料なのはどれ？')
      .expect(/無料なのは銀行口座からの自動振替（口座振替）だけです/)
      .expectNot(/いいえ/);
    await chat()
      .say('はがきじゃなくてバーコードに変えたんだけど、いつから反映される？')
      .say('手数料は変わらない？')
      .say('口座振替にしないと無料にはならないってこと？')
      .expectNot(/いいえ、電子バーコード/);
  });

  it('「さっきの買い物、口座振替ならいつ引き落とし？」 after another subject is the purchase told before', async () => {
    await chat()
      .say('12月5日にバーコードで買う予定。期限は？')
      .say('話変わるけど、Amazonギフト券ってatoneで買える？')
      .say('さっきの買い物、口座振替ならいつ引き落とし？')
      .expect(/2026年12月分を銀行口座からの自動振替[^\n]*2027年1月27日/);
  });

  it('「あ、あと延滞したら手数料かかる？」 after the chains is the late fee', async () => {
    await chat()
      .say('セブンでバーコード払いできる？')
      .say('ありがとう')
      .say('あ、あと延滞したら手数料かかる？')
      .expect(/延滞事務手数料100円/)
      .expectNot(/209円/);
  });

  it('"ok then what?" after an FAQ answer stays on it; "did that actually go through?" lists', async () => {
    await chat()
      .say('someone used my atone account without permission')
      .say('ok then what?')
      .expect(/不正利用被害のご相談フォーム/);
    await chat()
      .say('remind me the day before for barcode')
      .say('wait did that actually go through?')
      .expect(/the day before, at 9:00/);
  });

  it('「リマインダー頼める？」 is a request, and a way said after the list is asked back', async () => {
    await chat()
      .say('リマインダー頼める？')
      .expect(/お支払い方法はどれですか/);
    await chat()
      .say('show my reminders')
      .say('barcode')
      .expect(/Shall I set a reminder/);
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 34: the last round (blind sets 305–308), nothing done unasked', () => {
  it('「はがき払いのリマインドだけ消してもらえますか」 with none set sets none; with one set, stops it', async () => {
    await chat()
      .say('はがき払いのリマインドだけ消してもらえますか')
      .expect(/設定中のリマインダーはありません/);
    expect(await subscription()).toBeUndefined();
    await chat().say('はがきで3日前に教えて');
    await chat().say('はがき払いのリマインドだけ消してもらえますか');
    expect((await subscription())?.active).toBe(false);
  });

  it('"What\'s my deadline? I keep forgetting" answers the deadline; "I use the postcard" sets nothing', async () => {
    await chat()
      .say("What's my deadline? I keep forgetting")
      .expect(/Your next atone deadline depends on how you pay/)
      .say('I use the postcard')
      .expect(/postcard bill \(はがき請求書\), the deadline is Sunday, 20 December 2026/);
    expect(await subscription()).toBeUndefined();
  });

  it('"hmm maybe I don\'t need reminders anymore" is asked back', async () => {
    await chat()
      .say('remind me 2 days before, barcode')
      .say("hmm maybe I don't need reminders anymore")
      .expect(/Shall I turn your reminders off\?/);
    expect((await subscription())?.active).toBe(true);
  });
});

describe('session 34: the last round (blind sets 305–308), tuning halves', () => {
  it('「支払い方法っていつから変えられる？」 after the fees is when a change applies', async () => {
    await chat()
      .say("what's the fee for konbini payment?")
      .say('口座振替だと？')
      .say('支払い方法っていつから変えられる？')
      .expect(/翌月払いの会員登録済みの方/);
  });

  it('「PayPayは使える？」 after Amazon is whether Amazon takes it', async () => {
    await chat()
      .say('アマゾンでatone使える？')
      .say('So what can I use instead for pay later?')
      .say('PayPayは使える？')
      .expect(/PayPayはAmazonで使えます/);
  });

  it('"Does closing my account cancel any bill that\'s left?" after a return is leaving atone', async () => {
    await chat(new Date('2026-12-15T10:00:00+09:00'))
      .say('I returned the item but still got billed by atone')
      .say("Does closing my account cancel any bill that's left?")
      .expect(/Leaving does not cancel bills already issued/);
    await chat().say('返品した').say('atoneのほうで解約してくれへん？').expectNot(/退会/);
  });
});

describe('session 35: blind sets 309–312', () => {
  it('"can it be sent in the evening instead? like 7pm" changes the hour it is sent', async () => {
    await chat()
      .say('remind me 2 days before the konbini deadline')
      .say('can it be sent in the evening instead? like 7pm')
      .expect(/Changed\. [^\n]*at 19:00/);
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [2], sendHour: 19 });
  });
});

describe('session 35: the ways to pay turned down', () => {
  it('"not the bank account" lists the three ways left, and "the fee for those?" their fees', async () => {
    await chat()
      .say('what are the ways to pay the atone bill?')
      .say("not the bank account, i don't have one")
      .expect(/^Besides automatic bank debit \(口座振替\), there are 3 ways to pay:/m)
      .expectNot(/• automatic bank debit/)
      .say('how much is the fee for those?')
      .expect(/postcard bill \(はがき請求書\): 209 yen/)
      .expectNot(/automatic bank debit \(口座振替\): free/);
  });

  it('「銀行口座持ってない」 is no bank debit: the other ways, and all fees when all are asked', async () => {
    await chat()
      .say('銀行口座持ってないんだけど、どうやって払えばいい？')
      .expect(/^銀行口座からの自動振替（口座振替）以外の支払い方法は3つです。/m)
      .say('全部の手数料は？')
      .expect(/口座振替）: 無料/);
  });
});

describe('session 35: blind sets 309–312, nothing done unasked', () => {
  it('"wait, did that just cancel it? show my reminders" shows them and stops nothing', async () => {
    await chat()
      .say('remind me the day before the konbini deadline at 9pm')
      .say('how would I stop it later if I want to?')
      .say('wait, did that just cancel it? show my reminders')
      .expect(/the day before, at 21:00/);
    expect((await subscription())?.active).toBe(true);
  });

  it('「私ってリマインダー登録してたっけ？あと…期限も教えて」 lists and answers, and sets nothing', async () => {
    await chat(new Date('2026-03-20T10:00:00+09:00'))
      .say('私ってリマインダー登録してたっけ？あとはがき払いの期限も一応教えて')
      .expect(/設定中のリマインダーはありません/)
      .expect(/はがき請求書で払う場合、期限は2026年3月20日/);
    expect(await subscription()).toBeUndefined();
  });

  it('"stop the barcode one" when they are for the postcard stops nothing and asks', async () => {
    await chat()
      .say('remind me 2 days before my postcard payment')
      .say('ok stop the barcode one')
      .expect(/Your reminders are for your postcard bill[^\n]*Nothing was stopped/);
    expect((await subscription())?.active).toBe(true);
    await chat()
      .say('remind me 2 days before my postcard payment')
      .say('ok stop the postcard one')
      .expect(/Stopped/);
    expect((await subscription())?.active).toBe(false);
  });

  it('"also set one for direct debit" beside postcard reminders asks to switch, leads not merged', async () => {
    await chat()
      .say('remind me 2 days before my postcard payment')
      .say("also set one for direct debit, the day before - I'm switching to it next month")
      .expect(/Reminders follow one way to pay at a time[^\n]*Switch them to automatic bank debit/);
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [2] });
  });
});

describe('session 35: blind sets 309–312 (tuning halves)', () => {
  it('「やっぱりリマインダーいらんわ、消しといて」 stops them', async () => {
    await chat()
      .say('口座振替でリマインダー登録して')
      .say('やっぱりリマインダーいらんわ、消しといて')
      .expect(/リマインダーを解除しました/);
    expect((await subscription())?.active).toBe(false);
  });

  it('"sorry no, i use postcard" right after konbini reminders changes them to the postcard', async () => {
    await chat()
      .say('remind me for pay, i use konbini')
      .say('sorry no, i use postcard')
      .expect(/^Changed\./m);
    expect((await subscription())?.method).toBe('postcard');
  });

  it('"what\'s left?" right after reminders lists them', async () => {
    await chat()
      .say('remind me 2 days before my postcard payment')
      .say("what's left?")
      .expect(/postcard bill \(はがき請求書\) deadline 2 days before/);
  });
});

describe('session 35: blind sets 309–312 (tuning halves), other kinds', () => {
  it('「…いつ引き落とされるのかと、残高足りなかったらどうなるのか教えて」 answers both, for the way used now', async () => {
    await chat(new Date('2026-11-20T10:00:00+09:00'))
      .say(
        '先月から口座振替にしてて、前はコンビニ払いで手数料払ってたからちょっと得した気分です笑 で、今月いつ引き落とされるのかと、残高足りなかったらどうなるのか教えてください',
      )
      .expect(/^2026年10月分を銀行口座からの自動振替（口座振替）で払う場合、期限は2026年11月27日/m)
      .expect(/利用が停止されることがあります/)
      .expectNot(/コンビニ端末・銀行ATM（Pay-easy） 2026年11月10日/);
  });

  it('「口座振替にしたら安ぐなるべか？」 after a postcard deadline asks the fee', async () => {
    await chat(new Date('2027-08-05T07:00:00+09:00'))
      .say('おら、はがきで払ってるんだども、7月の分の期限と手数料おしえてけろ')
      .say('口座振替にしたら安ぐなるべか？')
      .expect(/口座振替）の請求手数料は無料です/);
  });

  it('「二重に払っちゃったら返ってくる？」 after a payment shown unpaid is the double payment', async () => {
    await chat(new Date('2026-12-09T21:00:00+09:00'))
      .say('今日コンビニで払ったのにアプリだとまだ未払いになってる。もう一回払ったほうがいい？')
      .say('二重に払っちゃったら返ってくる？')
      .expect(/本当に2回記録されているか/)
      .expectNot(/^いいえ/m);
  });

  it('「もうコンビニで払っちゃったんだけど、お金はいつ戻る？」 after a return is the refund, not a deadline', async () => {
    await chat(new Date('2026-12-03T18:00:00+09:00'))
      .say('11月に買ったスニーカー返品したのに、12月の請求に入ってた')
      .say('もうコンビニで払っちゃったんだけど、お金はいつ戻る？')
      .expect(/相殺されます/)
      .expectNot(/期限は2026年12月10日/);
  });

  it('"my limit is how much?" → "monthly?" → "increase how?" stay on the limit', async () => {
    await chat()
      .say('my limit is how much?')
      .expect(/The limit is reportedly based on 50,000 yen/)
      .say('monthly?')
      .expect(/cumulative, not monthly/)
      .say('increase how?')
      .expect(/The limit is reportedly based on 50,000 yen/);
  });

  it('"bill still come after?" after leaving atone is the bills left', async () => {
    await chat()
      .say('i go back to my country next month, want close atone')
      .say('bill still come after?')
      .expect(/Leaving does not cancel bills already issued/);
  });

  it('「夕方6時のほうがいいかも」 with reminders on asks the change as a change', async () => {
    await chat()
      .say('バーコードで3日前の夜8時に教えて')
      .say('あ、やっぱり夕方6時のほうがいいかも')
      .expect(/リマインダーをこの設定に変更しますか？（電子バーコード、18時）/);
    expect((await subscription())?.sendHour).toBe(20);
  });
});

describe('session 35: blind sets 313–316, nothing done unasked or wrongly', () => {
  it('「はがきじゃない方でリマインダー設定して」 after the postcard and the bank debit sets the bank debit', async () => {
    await chat(new Date('2026-11-02T12:00:00+09:00'))
      .say('はがきと口座振替、10月分ならそれぞれいつ？')
      .say('はがきじゃない方でリマインダー設定して');
    expect((await subscription())?.method).toBe('auto_debit');
  });

  it('"the first one. remind me for it" after two ways compared asks which way, and sets nothing', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say(
        "I can't decide between konbini and direct debit. I bought something on Nov 30, when would each be due?",
      )
      .say('the first one. remind me for it')
      .expect(/How do you pay\?/);
    expect(await subscription()).toBeUndefined();
  });

  it('「バーコードちゃうくてコンビニ端末の方やった」 and 「バーコードで合ってたわ。戻して」 change the way', async () => {
    await chat(new Date('2026-08-01T09:00:00+09:00'))
      .say('リマインドして。バーコード払いやねん')
      .say('あ、ごめん、バーコードちゃうくてコンビニ端末の方やった')
      .expect(/設定を変更しました。コンビニ端末・銀行ATM（Pay-easy）の期限/)
      .say('いや、やっぱりバーコードで合ってたわ。戻して');
    expect((await subscription())?.method).toBe('barcode');
  });
});

describe('session 35: blind sets 313–316 (tuning halves)', () => {
  it('「それっていつ通知来るの？」 right after reminders shows when they come', async () => {
    await chat(new Date('2026-11-28T10:00:00+09:00'))
      .say('リマインダー設定したい')
      .say('コンビニ払いで…あ、やっぱりはがきで')
      .say('それっていつ通知来るの？')
      .expect(/2026年12月17日（木） 9:00/);
  });

  it('「最初のやつはもう期限過ぎてる？」 over two purchases told says none has passed', async () => {
    await chat(new Date('2026-11-05T12:00:00+09:00'))
      .say('10月12日に家電を買いました')
      .say('あと11月1日にも服を買いました')
      .say('どっちもはがき払いです')
      .say('最初のやつはもう期限過ぎてる？')
      .expect(/^いいえ、どれもまだ過ぎていません。/m)
      .expectNot(/2026年9月分/);
  });

  it('"so no 500 points for me?" after a last use is whether the user qualifies', async () => {
    await chat(new Date('2026-06-20T10:00:00+09:00'))
      .say('How many points for using atone at three shops?')
      .say('I last used it on Nov 15 2023 though')
      .say('so no 500 points for me?')
      .expect(/Spring Points Festival[^\n]*you are not eligible/);
  });

  it('"and if I had used the postcard instead?" after paying late gives that way\'s deadline', async () => {
    await chat(new Date('2027-01-12T10:00:00+09:00'))
      .say("when's the konbini deadline for stuff I bought on December 3 2026?")
      .say('what happens now?')
      .say('and if I had used the postcard instead?')
      .expect(
        /postcard bill \(はがき請求書\) deadline for your December 2026 purchases is Wednesday, 20 January 2027/,
      );
  });

  it('"can you just cancel it for me?" after a family member\'s use says who cancels', async () => {
    await chat(new Date('2026-08-03T09:00:00+09:00'))
      .say('I got an atone bill but I never bought anything')
      .say('could it be my kid using my account?')
      .say('can you just cancel it for me?')
      .expect(/the shop you bought from/);
  });

  it('「時間は？」 right after identity checks is how long they take', async () => {
    await chat()
      .say('本人確認ってなんで必要なの？')
      .say('時間は？')
      .expect(/最短5分/);
  });

  it('"ok what about Paidy then?" after installments gives its 3- and 6-part plans', async () => {
    await chat()
      .say('Can I split my Amazon payment into installments with atone?')
      .say('ok what about Paidy then?')
      .expect(/3- or 6-part plans/);
  });
});

describe('session 35: a reminder asked for on a day of the month', () => {
  it('"remind me on the 8th" with konbini reminders is 2 days before the 10th', async () => {
    await chat(new Date('2026-12-31T23:30:00+09:00'))
      .say('remind me for konbini')
      .say('remind me on the 8th')
      .expect(/konbini|convenience store[^\n]*2 days before/);
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [2] });
  });

  it('「毎月15日に」 with the postcard is 5 days before; "on the 25th" after it says so, not "already set"', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('はがきで毎月15日に通知して')
      .expect(/はがき請求書の期限の5日前/)
      .say('remind me on the 25th')
      .expect(/^Reminders are not set by calendar date/m)
      .expectNot(/already how it is set/);
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [5] });
  });
});

describe('session 35: the last round (blind sets 317–320), tuning halves', () => {
  it('「今日コンビニで払ってきた！今月分のリマインドはもういらない」 marks this deadline paid and stops nothing', async () => {
    await chat(new Date('2026-12-05T19:00:00+09:00'))
      .say('はがき請求書で払ってます。20日の3日前にリマインドして')
      .say('今日コンビニで払ってきた！今月分のリマインドはもういらない')
      .expect(/2026年12月20日（日）の期限は支払い済みにしました/)
      .say('来月からはまた通知してくれるよね？');
    expect(await subscription()).toMatchObject({ active: true, method: 'postcard', leadDays: [3] });
  });

  it('「当日だと焦るから2日前にして」 replaces the day itself with 2 days before', async () => {
    await chat(new Date('2026-04-08T07:30:00+09:00'))
      .say('コンビニ払いの期限当日の朝7時に通知して')
      .say('当日だと焦るから2日前にして');
    expect((await subscription())?.leadDays).toEqual([2]);
  });

  it('「今日中にコンビニ行けば大丈夫？」 from a postcard payer is the postcard deadline, today', async () => {
    await chat(new Date('2027-05-20T09:00:00+09:00'))
      .say('口座振替じゃなくて、はがきで払ってます。4月分の期限は？')
      .say('今日中にコンビニ行けば大丈夫？')
      .expect(/はがき請求書で払う場合、期限は2027年5月20日（木）です（今日）/)
      .expectNot(/過ぎています/);
  });

  it('「今日買ってたらどうなってた？」 is the deadline of a purchase today', async () => {
    await chat(new Date('2027-02-01T09:00:00+09:00'))
      .say('昨日アトネで買い物した')
      .say('口座振替')
      .say('今日買ってたらどうなってた？')
      .expect(/2027年2月分を銀行口座からの自動振替（口座振替）で払う場合、期限は2027年3月29日/);
  });

  it('"my sister bought on the same days but pays by direct debit?" gives those deadlines by debit', async () => {
    await chat(new Date('2027-02-05T12:00:00+09:00'))
      .say('I bought things on Jan 31 and Feb 2, I pay at the konbini. what are the deadlines?')
      .say('and my sister bought on the same days but pays by direct debit?')
      .expect(/Bought 31 January 2027: Monday, 1 March 2027/)
      .expect(/Bought 2 February 2027: Monday, 29 March 2027/);
  });
});

describe('session 35: the last round (blind sets 321–324), tuning halves', () => {
  it('"does it move like the bank debit does?" names no way: the reminder after it is the postcard\'s', async () => {
    await chat(new Date('2026-12-15T10:00:00+09:00'))
      .say('postcard bill for november — due Dec 20?')
      .say("that's a sunday. does it move to monday like the bank debit does?")
      .say('ok remind me 2 days before then');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [2] });
  });
});

describe('session 36: a way chosen as the answer to "which way?"', () => {
  it.each(['口座振替にしたい', '口座振替がいいです'])(
    '%s sets the reminders for the bank debit',
    async (answer) => {
      await chat()
        .say('リマインダー設定して')
        .expect(/お支払い方法はどれですか/)
        .say(answer)
        .expect(/口座振替）の期限の3日前・当日、9時にお知らせします/);
      expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [3, 0] });
    },
  );
});

describe('session 36: another way asked for besides the one set', () => {
  it('「はがきのほうもお願い」 beside barcode reminders asks to switch, and 「バーコードのほうだけ止めて」 stops those', async () => {
    await chat()
      .say('バーコードのリマインダー登録して')
      .say('はがきのほうもお願い')
      .expect(/リマインダーは支払い方法1つ分です（いまは電子バーコード）。はがき請求書に切り替えますか？/);
    expect(await subscription()).toMatchObject({ method: 'barcode', active: true });
  });

  it('「バーコードのほうだけ止めて」 when they are for the postcard stops nothing', async () => {
    await chat()
      .say('はがきのリマインダー登録して')
      .say('バーコードのほうだけ止めて')
      .expect(/電子バーコードのものはありません。解除していません。/);
    expect(await subscription()).toMatchObject({ method: 'postcard', active: true });
  });
});

describe('session 36: blind sets 325–328', () => {
  it('「今は止めなくていいや。ちなみに登録内容は？」 lists them and stops nothing', async () => {
    await chat()
      .say('コンビニ払いのリマインダー登録して')
      .say('今は止めなくていいや。ちなみに登録内容は？')
      .expect(/2026年12月7日（月） 9:00（期限 2026年12月10日（木） の3日前）/)
      .expectNot(/解除しますか/);
    expect((await subscription())?.active).toBe(true);
  });

  it('「てか払い方って何があるんやっけ？」 while the bot waits for a way: the ways, and the question kept', async () => {
    await chat()
      .say('リマインダーお願い')
      .say('てか払い方って何があるんやっけ？')
      .expect(/atone 翌月払いの支払い方法は4つです。/)
      .say('ほなコンビニで')
      .expect(/コンビニ端末・銀行ATM（Pay-easy）の期限の3日前・当日、9時にお知らせします。/);
    expect(await subscription()).toMatchObject({ method: 'store' });
  });
});

describe('session 36: follow-ups of blind sets 325–328, in other words', () => {
  it('「口座振替の日は？」 after fees is its day, not its fee', async () => {
    await chat()
      .say('バーコードの手数料いくら？')
      .say('口座振替の日は？')
      .expect(/銀行口座からの自動振替（口座振替）で払う場合、期限は2026年12月28日/);
  });

  it('"and the next one?" after the next deadline was marked paid is the one after it', async () => {
    await chat(new Date('2027-03-03T12:00:00+09:00'))
      .say('remind me of the postcard deadline')
      .say("I paid this month's already, mark it as paid")
      .say('when is the next one due then?')
      .expect(
        /For March 2027 purchases paid by postcard bill \(はがき請求書\), the deadline is Tuesday, 20 April 2027/,
      );
  });

  it('「…期限いつやった？」 after 「4月分払ったのに未払いのまま」 is April’s', async () => {
    await chat(new Date('2026-05-13T10:00:00+09:00'))
      .say('4月分をバーコードで払ったのに未払いのままなんやけど')
      .say('そもそも期限いつやった？')
      .expect(/2026年4月分を電子バーコードで払う場合、期限は2026年5月10日/);
  });
});

describe('session 36: blind sets 329–332', () => {
  it('「やっぱはがきにするわ」 right after konbini reminders changes them to the postcard', async () => {
    await chat()
      .say('コンビニ払いのリマインダー設定して')
      .say('やっぱはがきにするわ')
      .expect(/設定を変更しました。はがき請求書/);
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });

  it('"paid it today!" with reminders set marks the deadline paid', async () => {
    await chat(new Date('2026-12-05T10:00:00+09:00'))
      .say('remind me of the konbini deadline')
      .say('paid it today!')
      .expect(/Marked the Thursday, 10 December 2026 deadline as paid/);
  });

  it('"i wanna switch to direct debit" → "so when does it kick in?" → the first debit paid that way', async () => {
    await chat(new Date('2026-10-15T12:00:00+09:00'))
      .say('i wanna switch to direct debit')
      .say('so when does it kick in?')
      .say('and what day does the money come out?')
      .expect(
        /For October 2026 purchases paid by automatic bank debit \(口座振替\), the deadline is Friday, 27 November 2026/,
      );
  });

  it('"how do i get a higher limit" after the limit’s recovery is asked afresh: the whole answer', async () => {
    await chat(new Date('2025-08-15T12:00:00+09:00'))
      .say('my limit is 0 yen even tho i paid')
      .say('how do i get a higher limit')
      .expect(/based on 50,000 yen/);
  });

  it('「延滞したらなんぼ取られるん？」 after the user’s own bill is the late fee, not the account', async () => {
    await chat()
      .say('ウチの今月の請求額なんぼ？')
      .say('延滞したらなんぼ取られるん？')
      .expect(/延滞事務手数料100円/);
  });

  it('「もし届かへんかったら？」 after where the amount is seen is the bill not arriving', async () => {
    await chat(new Date('2026-12-28T10:00:00+09:00'))
      .say('12月分の請求っていつ来る？')
      .say('金額ってどこで見れる？')
      .expect(/ご利用明細/)
      .say('もし届かへんかったら？')
      .expect(/問い合わせ/);
  });
});

describe('session 36: snoozed in words', () => {
  it('「今ちょっと払えへん。明日もう一回教えて」 sends the next deadline’s reminder again tomorrow', async () => {
    await chat(new Date('2026-12-05T12:00:00+09:00'))
      .say('コンビニ払いの前日、夜8時に教えて')
      .say('今ちょっと払えへん。明日もう一回教えて')
      .expect(
        /明日（2026年12月6日（日） 20:00（期限 2026年12月10日（木） の4日前））にもう一度お知らせします。/,
      );
  });

  it('"snooze the reminder till tomorrow pls" with no reminders says none are set, and sets none', async () => {
    await chat()
      .say('snooze the reminder till tomorrow pls')
      .expect(/no reminders/i);
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 36: settings said in other words (blind set 332)', () => {
  it('「夜は通知いらん。昼12時にして」 moves the hour to noon', async () => {
    await chat(new Date('2026-12-31T23:58:00+09:00'))
      .say('コンビニ払いで3日前と前日と当日に教えて')
      .say('夜は通知いらん。昼12時にして')
      .expect(/設定を変更しました。[^\n]*12時にお知らせします/);
    expect(await subscription()).toMatchObject({ sendHour: 12, leadDays: [3, 1, 0] });
  });

  it('"store payment, 2 days before" is the store method; "actually drop the 5 day one" removes that lead time', async () => {
    await chat().say('ok sign me up. store payment, 2 days before');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [2] });
    await chat(new Date('2027-01-31T10:00:00+09:00'))
      .say('remind me 5 days, 2 days before and on the day, konbini')
      .say('actually drop the 5 day one');
    expect(await subscription()).toMatchObject({ leadDays: [2, 0] });
  });
});

describe('session 36: blind sets 333–336', () => {
  it('「あ、ごめん2026年やった」 puts the year right', async () => {
    await chat(new Date('2026-12-05T10:00:00+09:00'))
      .say('2025年12月20日に買ったやつ、口座振替っていつやった？')
      .say('あ、ごめん2026年やった')
      .expect(/2026年12月分を銀行口座からの自動振替（口座振替）で払う場合、期限は2027年1月27日/);
  });

  it('「3日前って何日？」 after a deadline is that day counted back', async () => {
    await chat(new Date('2026-04-28T10:00:00+09:00'))
      .say('コンビニ払いの期限いつ？')
      .say('3日前って何日？')
      .expect(/の3日前は、2026年5月7日（木）です/);
  });

  it('「今の登録状況は？」 after a stop is the reminders (none), not signing up', async () => {
    await chat()
      .say('コンビニ払いのリマインダー登録して')
      .say('やっぱ解除して')
      .say('今の登録状況は？')
      .expect(/設定中のリマインダーはありません/);
  });

  it('"and if I switch to bank debit" after a fee is that way’s fee', async () => {
    await chat()
      .say('fees for postcard?')
      .say('and if I switch to bank debit')
      .expect(/free: no billing fee/);
  });

  it('"and the fee, do I pay it twice?" of purchases in two months: once in each month’s bill', async () => {
    await chat(new Date('2026-12-02T10:00:00+09:00'))
      .say('I bought a lamp on Nov 3 and a rug on Dec 1. both konbini. when do I pay each?')
      .say('and the fee, do I pay it twice?')
      .expect(/these fall in 2 different months, so it is charged 2 times/);
  });

  it('「引き落とせへんかったらどうなる？手数料とかかかる？」 is the late fee, without a "no fee" after it', async () => {
    await chat(new Date('2026-06-05T10:00:00+09:00'))
      .say('5月に使った分、口座振替やといつ落ちる？')
      .say('それと、引き落とせへんかったらどうなる？手数料とかかかる？')
      .expect(/延滞事務手数料100円/)
      .expectNot(/請求手数料は無料/);
  });

  it('"same Feb 3 one but postcard?" is that purchase’s deadline by postcard', async () => {
    await chat(new Date('2026-01-20T10:00:00+09:00'))
      .say('When is the debit for stuff I bought on Dec 5?')
      .say("and for something I'll buy on Feb 3?")
      .say('same Feb 3 one but postcard?')
      .expect(
        /For February 2026 purchases paid by postcard bill \(はがき請求書\), the deadline is Friday, 20 March 2026/,
      );
  });
});

describe('session 36: the last round (blind sets 337–340), its kinds', () => {
  it('「手数料はどう違うの？」 after two ways talked about sets their fees side by side', async () => {
    await chat(new Date('2026-11-03T09:00:00+09:00'))
      .say('はがきじゃなくてコンビニ払いなんやけど、10月分の期限は？')
      .say('もし口座振替にしてたら何日？')
      .say('手数料はどう違うの？')
      .expect(/コンビニ端末・銀行ATM（Pay-easy）: 209円/)
      .expect(/口座振替）: 無料/);
  });

  it('"n postcard?" after a deadline is the postcard’s deadline', async () => {
    await chat(new Date('2026-02-15T10:00:00+09:00'))
      .say('konbini deadline?')
      .say('n postcard?')
      .expect(/paid by postcard bill \(はがき請求書\), the deadline is Friday, 20 February 2026/);
  });
});

describe('session 36: a follow-up’s part of an FAQ answer keeps the official word', () => {
  it('「いつ解除される？」 after a suspension gives the third party’s “about a day” and the official 2〜3営業日', async () => {
    await chat(new Date('2026-10-16T13:00:00+09:00'))
      .say('アプリで「ご利用を停止しています」って出てる')
      .say('さっきファミマで払った。いつ解除される？')
      .expect(/約1日/)
      .expect(/公式には、支払いが確認されてから2〜3営業日後/);
  });
});

describe('session 36: the offer taken with the way after it', () => {
  it('「ふーん、じゃあ頼むわ。はがき払いで」 after questions about reminders sets them for the postcard', async () => {
    await chat()
      .say('リマインダーってどんな感じで届くの？')
      .say('登録したら何日前に来る？')
      .say('ふーん、じゃあ頼むわ。はがき払いで')
      .expect(/はがき請求書の期限の3日前・当日、9時にお知らせします/);
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });
});

describe('session 37: nothing changes unless asked (blind sets 341–360)', () => {
  it('a request taken back in the same message sets nothing', async () => {
    await chat()
      .say('コンビニ端末でリマインダー設定して、、いや、やっぱりやめときます')
      .expect(/リマインダーは設定しません/);
    expect(await subscription()).toBeUndefined();
  });

  it('"…wait no, nevermind. what\'s the postcard fee?" answers the fee and sets nothing', async () => {
    await chat()
      .say("set a reminder for the 20th... wait no, nevermind. what's the postcard fee?")
      .expect(/209 yen/);
    expect(await subscription()).toBeUndefined();
  });

  it('"would you remind me … if I use direct debit?" is asked back, not done', async () => {
    await chat()
      .say('would you remind me before the 27th if I use direct debit?')
      .expect(/Shall I set a reminder/);
    expect(await subscription()).toBeUndefined();
  });

  it('「あとでもう一回知らせて」 a day later snoozes, and never stops them', async () => {
    await chat(new Date('2026-12-07T09:00:00+09:00')).say('コンビニ払い 2日前 21時にリマインド');
    await chat(new Date('2026-12-08T21:05:00+09:00'))
      .say('あとでもう一回知らせて')
      .expect(/明日（2026年12月9日（水） 21:00/);
    expect((await subscription())?.active).toBe(true);
  });

  it('「もう払ったから明日は教えなくていいよ」 marks the deadline paid and keeps the reminders', async () => {
    await chat(new Date('2026-12-08T19:00:00+09:00'))
      .say('バーコード払いの期限前日に教えて')
      .say('もう払ったから明日は教えなくていいよ')
      .expect(/2026年12月10日（木）の期限は支払い済みにしました/);
    expect((await subscription())?.active).toBe(true);
  });

  it('「OK、ならバーコードの期限だけ教えて」 after konbini reminders is the deadline; the reminders stay', async () => {
    await chat()
      .say('コンビニで3日前に教えて')
      .say('OK、ならバーコードの期限だけ教えて')
      .expect(/電子バーコードで払う場合、期限は2026年12月10日/);
    expect(await subscription()).toMatchObject({ method: 'store' });
  });
});

describe('session 37: reminders changed the way people say it (blind sets 341–360)', () => {
  it('「じゃあ1週間前のはやめて、3日前に」 replaces that one and keeps the day before', async () => {
    await chat()
      .say('はがき払い、1週間前と前日にリマインダーお願いします')
      .say('じゃあ1週間前のはやめて、3日前に');
    expect((await subscription())?.leadDays).toEqual([3, 1]);
  });

  it('「あ、3日前だけでいいや」 keeps only that one (a choice, not a never-mind)', async () => {
    await chat().say('口座振替で3日前と前日に教えて').say('あ、3日前だけでいいや');
    expect((await subscription())?.leadDays).toEqual([3]);
  });

  it('"ok do that for barcode" after "can reminders come 2 days before?" sets 2 days before', async () => {
    await chat().say('can reminders come 2 days before?').say('ok do that for barcode');
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [2] });
  });

  it('「やっぱリマインダー全部なしで」 stops them', async () => {
    await chat().say('バーコードで3日前と前日に教えて').say('やっぱリマインダー全部なしで');
    expect((await subscription())?.active).toBe(false);
  });

  it('「止めるんやなくて口座振替で登録したかったと」 sets them for the bank debit', async () => {
    await chat().say('通知いらん、止めて').say('あー違う違う、止めるんやなくて口座振替で登録したかったと');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', active: true });
  });

  it('「アプリ見たらはがきだった」 answers "shall I set them?" for the postcard', async () => {
    await chat(new Date('2026-03-08T12:00:00+09:00'))
      .say('リマインダーほしい。たぶんバーコード…いや、はがきだったかも')
      .say('アプリ見たらはがきだった');
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });

  it('"ok remind me tmrw morning, barcode" two days before the 10th is the day before', async () => {
    await chat(new Date('2026-01-08T10:00:00+09:00')).say('ok remind me tmrw morning, barcode');
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [1] });
  });

  it('「じゃあそうして」 after asking whether they can come the day before and on the day sets those', async () => {
    await chat(new Date('2026-05-25T19:00:00+09:00'))
      .say('口座振替の3日前にリマインダー登録お願いします')
      .say('リマインダーって前日と当日の2回にもできる？')
      .say('じゃあそうして');
    expect((await subscription())?.leadDays).toEqual([1, 0]);
  });
});

describe('session 37: after the last round (blind sets 361–364)', () => {
  it('"remind me the day before... actually no, that\'s today already, never mind" sets nothing', async () => {
    await chat(new Date('2026-09-19T20:00:00+09:00'))
      .say("when's the postcard deadline for august stuff")
      .say("ok, then remind me the day before... actually no, that's today already, never mind")
      .expect(/no reminder set/);
    expect(await subscription()).toBeUndefined();
  });

  it('「あ、やっぱりいいです。それより支払い方法って何がある？」 drops "which way?" and answers the ways', async () => {
    await chat()
      .say('リマインダーお願い')
      .say('あ、やっぱりいいです。それより支払い方法って何がある？')
      .expect(/atone 翌月払いの支払い方法は4つです。/)
      .say('はがきで');
    expect(await subscription()).toBeUndefined();
  });
});

describe('session 38: paid, told with thanks', () => {
  it('「ありがと、もう払ったわ」 marks the deadline at hand paid and keeps the reminders', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('はがきで前日に教えて')
      .say('ありがと、もう払ったわ')
      .expect(/支払い済みにしました/);
    expect(await subscription()).toMatchObject({ method: 'postcard', active: true });
  });

  it('"thanks, i already paid" marks it paid too', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('remind me 2 days before, postcard')
      .say('thanks, i already paid')
      .expect(/as paid/);
    expect(await subscription()).toMatchObject({ active: true });
  });
});

describe('session 38: blind sets 365–368', () => {
  it('「当日の分はいらない」 drops the day itself and keeps the day before', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('コンビニで前日と当日に教えて')
      .say('当日の分はいらない');
    expect(await subscription()).toMatchObject({ method: 'store', leadDays: [1], active: true });
  });

  it.each([
    ['バーコードで前日に教えて', 'バーコードの分はもう払ったよ', /支払い済みにしました/],
    ['remind me 2 days before for konbini', 'actually I paid the konbini bill already', /as paid/],
  ])('%s → %s marks the deadline paid, the reminders kept', async (set, paid, said) => {
    await chat(new Date('2026-12-01T10:00:00+09:00')).say(set).say(paid).expect(said);
    expect(await subscription()).toMatchObject({ active: true });
  });

  it('「じゃあその翌日に買ったら？」 is the day after the one just asked about', async () => {
    await chat(new Date('2026-12-20T10:00:00+09:00'))
      .say('31日に買ったら口座振替の引き落としはいつ？')
      .expect(/2027年1月27日/)
      .say('じゃあその翌日に買ったら？')
      .expect(/2027年3月1日/)
      .say('バーコードなら？')
      .expect(/2027年2月10日/);
  });

  it('"and the day after?" and "the next day" move the purchase by a day', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('if i buy on dec 31, konbini deadline?')
      .expect(/10 January 2027/)
      .say('and the day after?')
      .expect(/10 February 2027/);
  });

  it('「あさってなら？」 "and if day after tomorrow?" are purchase days to come', async () => {
    await chat(new Date('2027-01-30T22:00:00+09:00'))
      .say('明日買ったらはがきの期限は？')
      .expect(/2027年2月20日/)
      .say('あさってなら？')
      .expect(/2027年3月20日/);
    await chat(new Date('2027-02-27T21:00:00+09:00'))
      .say('If I buy tomorrow, when I must pay by barcode?')
      .expect(/10 March 2027/)
      .say('and if day after tomorrow?')
      .expect(/10 April 2027/);
  });

  it('"after midnight" at 23:45 on New Year’s Eve is a January purchase', async () => {
    await chat(new Date('2026-12-31T23:45:00+09:00'))
      .say("What's the konbini deadline if I buy right now?")
      .expect(/10 January 2027/)
      .say('and if I wait 20 minutes, after midnight?')
      .expect(/10 February 2027/);
  });

  it('「atoneのキャンペーンはありますか」 after Amazon is about the campaigns', async () => {
    await chat()
      .say('Amazonでメルペイって使えますか')
      .say('atoneのキャンペーンはありますか')
      .expect(/ポイント祭り/);
  });

  it('「セブンはダメなんですね？」 after the chains gets the 7-Eleven sentence, not the caveat alone', async () => {
    await chat()
      .say('コンビニ端末払いってどこのコンビニでできますか')
      .expect(/払えるコンビニは支払い方法によって違います/)
      .say('セブンはダメなんですね？')
      .expect(/セブン-イレブンでは電子バーコードとはがき請求書で払えますが/);
  });
});

describe('session 38: blind sets 365–368, more', () => {
  it('「じゃあそれでお願い」 after asking whether reminders can come the day before sets them', async () => {
    await chat(new Date('2026-11-29T14:00:00+09:00'))
      .say('口座振替の引き落とし日を前日に教えてくれる機能ある？')
      .say('じゃあそれでお願い');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [1], active: true });
  });

  it('"don\'t cancel my reminder, I just want to see it" lists them and stops nothing', async () => {
    await chat()
      .say('remind me 3 days before, postcard')
      .say("don't cancel my reminder, I just want to see it")
      .expect(/I will remind you of your postcard bill/);
    expect(await subscription()).toMatchObject({ active: true });
  });

  it.each([
    [
      'I returned an item after the bill came, what happens?',
      'and the limit, is that per month?',
      /cumulative, not monthly/,
    ],
    ['返品したらどうなる？', 'ほんで上限ってどうなっとるん？払ったらすぐ戻る？', /累計の枠/],
    ['返品したらどうなる？', '上限は？', /累計の枠/],
  ])('after a return, %s → %s is the limit', async (first, then, said) => {
    await chat().say(first).say(then).expect(said);
  });
});

describe('session 38: blind sets 370–372', () => {
  it('「それって何日に届く？」 right after setting them gives the day the reminder comes', async () => {
    await chat(new Date('2026-11-28T10:00:00+09:00'))
      .say('バーコードじゃなくてはがきで払ってるんだけど、期限の前日にリマインドして')
      .say('それって何日に届く？')
      .expect(/2026年12月19日/);
  });

  it('"Don\'t cancel it, but when is the first one coming?" keeps them and says when', async () => {
    await chat(new Date('2026-11-28T10:00:00+09:00'))
      .say('Remind me a week before direct debit day')
      .say("Don't cancel it, but when is the first one coming?")
      .expect(/21 December 2026/);
    expect(await subscription()).toMatchObject({ active: true, leadDays: [7] });
  });

  it('"konbini 👍" answers "how do you pay?"', async () => {
    await chat().say('remind me please').say('konbini 👍');
    expect(await subscription()).toMatchObject({ method: 'store' });
  });

  it('"If I switch to direct debit now, from when does it apply?" after a fee is the switch', async () => {
    await chat()
      .say('konbini fee?')
      .say('If I switch to direct debit now, from when does it apply?')
      .expect(/applies from the bill of the month after the change/);
  });
});

describe('session 38: blind set 371', () => {
  it('"When was the bill I got in October due?" is the October bill (September purchases)', async () => {
    await chat(new Date('2026-11-27T10:00:00+09:00'))
      .say('When was the bill I got in October due? I pay at the konbini')
      .expect(/10 October 2026/);
  });

  it('「どっちで買ったほうが」 asks of purchases to come, not of last year', async () => {
    await chat(new Date('2026-10-30T10:00:00+09:00'))
      .say('10月31日と11月1日、どっちで買ったほうが支払いを遅くできる？コンビニ払い')
      .expect(/2026年11月10日/)
      .say('口座振替だと？')
      .expect(/2026年12月28日/);
  });

  it('「はがきで」 after a fee asked aside finishes the deadline asked before it', async () => {
    await chat(new Date('2026-12-02T12:00:00+09:00'))
      .say('11月29日に買ったものの支払い期限を教えて')
      .say('ちなみに手数料っていくら？')
      .say('はがきで')
      .expect(/2026年12月20日/);
  });

  it('"I switched to barcode last month" names no purchase month', async () => {
    await chat(new Date('2026-11-28T10:00:00+09:00'))
      .say('I pay by postcard. Deadline for a Nov 12 purchase?')
      .say('oh wait no, not postcard - I switched to barcode last month')
      .expect(/10 December 2026/);
  });

  it('「はがきに変えたら、いつの請求から変わる？」 after deadlines is the change of way', async () => {
    await chat(new Date('2026-12-05T10:00:00+09:00'))
      .say('今月の請求の期限っていつ？バーコード払いです')
      .say('はがきに変えたら、いつの請求から変わる？')
      .expect(/翌月の請求から|請求から/);
  });
});

describe('session 38: blind set 369, and settings already so', () => {
  it('「はがきで払うつもり」 after the chains finishes the purchase’s deadline asked two turns before', async () => {
    await chat(new Date('2026-11-28T20:00:00+09:00'))
      .say('11月18日にスニーカー買った！支払いいつまで？')
      .say('そういえばセブンでも払える？')
      .say('はがきで払うつもり')
      .expect(/2026年12月20日/);
  });

  it('「何日前とか選べるん？」 while "which way?" is open says the days can be chosen, and sets nothing', async () => {
    await chat()
      .say('リマインダーお願い')
      .say('何日前とか選べるん？')
      .expect(/日にちと時刻は選べ/);
    expect(await subscription()).toBeUndefined();
  });

  it('「朝9時に送って」 with 9:00 set says so, and keeps them as they are', async () => {
    await chat()
      .say('はがきで3日前に教えて')
      .say('朝9時に送ってほしい')
      .expect(/すでにこの設定です/);
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [3], sendHour: 9 });
  });
});

describe('session 38: blind sets 373–376', () => {
  it('「いや、解除はせんでええです」 keeps the reminders', async () => {
    await chat().say('はがきで3日前に教えて').say('いや、解除はせんでええです');
    expect(await subscription()).toMatchObject({ active: true, method: 'postcard' });
  });

  it('「いつのご請求から変わりますか」 after how to change the way is when it applies', async () => {
    await chat()
      .say('支払い方法を変えたいです')
      .say('いつのご請求から変わりますか')
      .expect(/翌月以降の請求から/);
  });
});

describe('session 39: a way told after every way’s deadline', () => {
  it('"I use the barcode thing at 7-11" after every way’s deadline is the barcode’s deadline', async () => {
    await chat(new Date('2026-12-01T10:00:00+09:00'))
      .say('hey so i bought shoes on nov 29 with atone')
      .say('i use the barcode thing at 7-11')
      .expect(/10 December 2026/);
  });
});

describe('session 39: the cost of Amazon’s pay-later, asked after the Amazon answer', () => {
  it('"is it free?" after atone on Amazon is Paidy’s to say, not the Amazon answer again', async () => {
    await chat()
      .say('Can I use atone on Amazon?')
      .say('is it free?')
      .expect(/Paidy is a different service/);
  });

  it('「分割って手数料かかる？」 after the Amazon answer is Paidy’s; the konbini fee asked is atone’s', async () => {
    await chat()
      .say('Amazonでアトネ使える？')
      .say('分割って手数料かかる？')
      .expect(/Paidyは atone とは別/);
    await chat()
      .say('Can I use atone on Amazon?')
      .say("what's the konbini fee?")
      .expect(/209 yen/);
  });
});

describe('session 39: an ID named after the identity check', () => {
  it('「免許証でいい？」 "is a passport ok?" get the sentence on which documents are accepted', async () => {
    await chat()
      .say('本人確認って必要ですか')
      .say('免許証でいい？')
      .expect(/^使える書類はヘルプセンターで確認してください。/m);
    await chat()
      .say('do i need to verify my identity?')
      .say('is a passport ok?')
      .expect(/^Check which documents are accepted in the help centre\./m);
  });
});

describe('session 39: blind set 379', () => {
  it('「今月分だけリマインド一時停止して」 skips this deadline’s reminders and keeps the rest', async () => {
    await chat(new Date('2026-12-14T10:00:00+09:00'))
      .say('はがき払いで前日と3日前にリマインドして')
      .say('今月分だけリマインド一時停止して')
      .expect(/12月20日（日）の期限のお知らせはもう送りません/);
    expect(await subscription()).toMatchObject({ active: true, method: 'postcard' });
  });

  it('「何日前やったっけ？」 "how many days before was it?" after setting them lists them', async () => {
    await chat(new Date('2026-12-17T12:00:00+09:00'))
      .say('コンビニ払い、期限の2日前の夕方6時にリマインドして')
      .say('何日前やったっけ？')
      .expect(/2日前/);
    await chat()
      .say('postcard, 3 days before please')
      .say('how many days before was it?')
      .expect(/3 days before/);
  });

  it('"was the postcard deadline yesterday?" on the 21st says yes, the 20th', async () => {
    await chat(new Date('2026-12-21T10:00:00+09:00'))
      .say('ugh. was the postcard deadline yesterday?')
      .expect(/^Yes: November 2026 purchases were due on Sunday, 20 December 2026 \(yesterday\)/m);
  });
});

describe('session 39: blind sets 377 and 378', () => {
  it('"pay at 7-eleven with the barcode" after a Monday purchase is the barcode’s deadline', async () => {
    await chat(new Date('2026-12-03T10:00:00+09:00'))
      .say('bought shoes on monday w atone')
      .say('pay at 7-eleven with the barcode')
      .expect(/10 December 2026/);
  });

  it('「…バーコードで12月10日までで合ってます？」 after a subscription answer checks that due day', async () => {
    await chat(new Date('2026-12-02T22:00:00+09:00'))
      .say('電子コミックの請求が毎月きます、1回だけのつもりだったのに')
      .say('了解です。その分の支払いはバーコードで12月10日までで合ってます？')
      .expect(/^はい、2026年11月分を電子バーコードで払う場合、期限は2026年12月10日（木）です/m);
  });

  it('「口座振替です」 after a question between the deadlines and it gives that way’s deadline', async () => {
    await chat(new Date('2026-11-30T20:00:00+09:00'))
      .say('支払い期限を教えてください')
      .say('あと、上限額っていつ戻りますか？')
      .say('口座振替です')
      .expect(/2026年12月28日（月）/);
  });

  it('「コンビニ端末のほうは？」 after the barcode’s chains gives the terminal’s list line, on a line of its own', async () => {
    await chat(new Date('2026-12-07T17:00:00+09:00'))
      .say('バーコード払いってどのコンビニで使えますか')
      .say('コンビニ端末のほうは？')
      .expect(/\n• コンビニ端末払い: ローソン、ファミリーマート[^\n]*\nセブン-イレブンでは/);
  });

  it('"I got no email at all this month" after the payment number is a bill missing', async () => {
    await chat(new Date('2026-12-08T12:00:00+09:00'))
      .say('Where do I find payment number for Famiport?')
      .say('I got no email at all this month')
      .expect(/if nothing has arrived more than a week after that, contact atone/);
  });
});

describe('session 39: blind set 380', () => {
  it('「複数回購入した場合、その都度かかりますか。」 after the fee: once per billed month', async () => {
    await chat()
      .say('はがきの手数料はいくらですか')
      .say('複数回購入した場合、その都度かかりますか。')
      .expect(/^いいえ、購入ごとにはかかりません。/m);
  });

  it('「口座振替にするにはどうすればいい？」 after the deadlines is how to change the way', async () => {
    await chat(new Date('2026-11-27T19:00:00+09:00'))
      .say('口座振替とはがき、どっちが得？')
      .say('期限はどうちがう？')
      .say('口座振替にするにはどうすればいい？')
      .expect(/マイページ/);
  });
});

describe('session 39: blind set 383, reminders asked for and not', () => {
  it('"I\'ll set it up myself later" right after setting them moves no hour; it asks before stopping them', async () => {
    await chat(new Date('2026-12-22T08:15:00+09:00'))
      .say('yeah could u remind me? barcode')
      .say("actually wait, don't. I'll set it up myself later")
      .expect(/Shall I turn your reminders off\?/);
    expect(await subscription()).toMatchObject({ active: true, sendHour: 9 });
  });

  it('"a bit later please" and "make it earlier" still move the hour', async () => {
    await chat().say('remind me about the postcard at 9pm').say('a bit later please');
    expect(await subscription()).toMatchObject({ sendHour: 22 });
    await chat().say('make it earlier');
    expect(await subscription()).toMatchObject({ sendHour: 21 });
  });

  it('"make it 3 days before and also the day before" sets those two', async () => {
    await chat()
      .say('remind me about the konbini deadline')
      .say('wait make it 3 days before and also the day before');
    expect(await subscription()).toMatchObject({ leadDays: [3, 1] });
  });

  it('「期限が近づきましたらお知らせいただけますか。口座振替を利用しております。」 sets them', async () => {
    await chat(new Date('2026-11-26T10:00:00+09:00')).say(
      '支払い期限が近づきましたらお知らせいただけますか。口座振替を利用しております。',
    );
    expect(await subscription()).toMatchObject({ method: 'auto_debit', active: true });
  });

  it('romaji 「konbini de haraimasu」 answers "which way?"', async () => {
    await chat(new Date('2026-11-30T23:15:00+09:00'))
      .say('rimaindaa settei shitai')
      .say('konbini de haraimasu');
    expect(await subscription()).toMatchObject({ method: 'store' });
  });

  it('"k direct debit then" after a fee question answers "which way?"', async () => {
    await chat(new Date('2026-11-26T01:20:00+09:00'))
      .say('yo can u ping me b4 my atone bill is due')
      .say('wats the cheapest way to pay')
      .say('k direct debit then');
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('"just paid at lawson 👍" marks this deadline paid', async () => {
    await chat(new Date('2026-12-06T08:00:00+09:00'))
      .say('remind me the day before at 7pm, paying at the konbini')
      .say('just paid at lawson 👍')
      .expect(/Marked the Thursday, 10 December 2026 deadline as paid/);
  });

  it('「今から払ってくるわ」 changes nothing; 「払った！」 marks this deadline paid', async () => {
    await chat(new Date('2027-01-08T00:30:00+09:00'))
      .say('コンビニ払いで明日の朝リマインドして')
      .say('いや、やっぱ今から払ってくるわ')
      .expect(/払い終わったら「払った」と送ってください/)
      .say('払った！')
      .expect(/2027年1月10日（日）の期限は支払い済みにしました/);
  });

  it('「口座振替の日付じゃなくて、コンビニの期限を教えて」 gives the konbini deadline alone', async () => {
    await chat(new Date('2026-12-06T21:00:00+09:00'))
      .say('口座振替の日付じゃなくて、コンビニの期限を教えて')
      .expect(/12月10日/)
      .expectNot(/12月28日/);
  });
});

describe('session 40: round-2 defects', () => {
  it('"just paid at 7-eleven lol. no more reminders this month" marks this deadline paid; said again, January stays', async () => {
    await chat(new Date('2026-12-05T09:00:00+09:00'))
      .say('remind me about the konbini deadline')
      .say('just paid at 7-eleven lol. no more reminders this month')
      .expect(/Marked the Thursday, 10 December 2026 deadline as paid/)
      .say('no more reminders this month pls')
      .expect(/10 January 2027\) is still to come, so its reminders stay/);
    expect(await subscription()).toMatchObject({ method: 'store', active: true });
  });

  it('「払えばすぐ戻る？」 after a suspension is when it comes back', async () => {
    await chat(new Date('2026-12-12T09:00:00+09:00'))
      .say('延滞して使えなくなった')
      .say('払えばすぐ戻る？')
      .expect(/2〜3営業日/)
      .expectNot(/支払い方法は4つ/);
  });

  it('"deadline was dec 20 (sunday) im paying today monday, still on time?" says the day is after it', async () => {
    await chat(new Date('2026-12-21T09:00:00+09:00'))
      .say('deadline was dec 20 (sunday) im paying today monday, still on time?')
      .expect(/21 December is after every deadline/)
      .expectNot(/^Yes/);
  });
});

describe('session 40: blind sets 385–388 (tuning halves), across turns', () => {
  it('"i changed phones last week, is that the problem?" after the SMS code is still the SMS code', async () => {
    await chat(new Date('2026-12-08T19:30:00+09:00'))
      .say("i'm not getting the sms code so i can't finish checkout")
      .say('i changed phones last week, is that the problem?')
      .expect(/code sent by SMS/)
      .expectNot(/registered details/);
  });

  it('"It comes straight out of my bank account" answers "which way?" for reminders', async () => {
    await chat(new Date('2026-10-08T08:30:00+09:00'))
      .say('Can you remind me before my payment is due?')
      .say('It comes straight out of my bank account')
      .say('What reminders do I have?')
      .expect(/27 October 2026/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', active: true });
  });
});

describe('session 40: blind sets 385–388 (measure halves, after their first run)', () => {
  it('"Is the bank debit on Dec 27 this year?" puts the day forward: it moves to Monday 28 December; "next month\'s one?" is January\'s', async () => {
    await chat(new Date('2026-12-02T09:00:00+09:00'))
      .say('Is the bank debit on Dec 27 this year?')
      .expect(/but this time it moves/)
      .expect(/Monday, 28 December 2026/)
      .say("what about next month's one?")
      .expect(/27 January 2027/);
  });

  it('「今年の口座振替は12月27日？」 is the day put forward, not a purchase', async () => {
    await chat(new Date('2026-12-02T09:00:00+09:00'))
      .say('今年の口座振替は12月27日？')
      .expect(/2026年12月28日（月）/)
      .say('口座振替は12月27日に買ったらいつ？')
      .expect(/2027年1月27日/);
  });

  it('"I paid yesterday but the app still says unpaid" is that trouble, with reminders set; "I just paid it at Lawson" marks it paid', async () => {
    await chat(new Date('2026-11-12T09:00:00+09:00'))
      .say('Remind me before the convenience store payment deadline')
      .say('I paid yesterday but the app still says unpaid')
      .expect(/2 to 3 business days/)
      .expectNot(/Marked/);
    await chat(new Date('2026-12-08T18:30:00+09:00'))
      .say('I just paid it at Lawson')
      .expect(/Marked the Thursday, 10 December 2026 deadline as paid/);
  });

  it('"after verification my limit goes up right?" after the identity check: not promised', async () => {
    await chat(new Date('2026-12-10T10:00:00+09:00'))
      .say('how long does the identity check take')
      .say('after verification my limit goes up right?')
      .expect(/does not promise a higher limit/);
  });

  it('「でんわばんごうも かわったんだけど」 (kana) after logging in is changing registered details', async () => {
    await chat(new Date('2027-02-20T21:00:00+09:00'))
      .say('ろぐいん できない。ぱすわーど わすれた')
      .say('でんわばんごうも かわったんだけど どうすれば いい?')
      .expect(/登録情報|登録内容|電話番号/);
  });

  it('after Amazon takes PayPay, "how do i set up paypay atobarai?" is PayPay\'s own; "and amazon, can split there?" after installments is Amazon\'s', async () => {
    await chat(new Date('2026-10-19T18:00:00+09:00'))
      .say('can I use paypay on amazon?')
      .say('and how do i set up paypay atobarai?')
      .expect(/PayPay is a different service/);
    await chat(new Date('2026-10-19T18:10:00+09:00'))
      .say('can i pay in installments with atone?')
      .say('and amazon, can split there?')
      .expect(/Paidy/);
  });
});

describe('session 40: blind sets 389–390 (scored once first, then these kinds fixed)', () => {
  it('"I\'m paying by konbini—no wait, I switched to bank auto debit. Bought stuff Jan 10" gives the debit alone', async () => {
    await chat(new Date('2027-02-02T09:00:00+09:00'))
      .say(
        "I'm paying by konbini—no wait, I switched to bank auto debit. Bought stuff Jan 10, when is it taken?",
      )
      .expect(/Monday, 1 March 2027/)
      .expectNot(/10 February/);
  });

  it('"what about the postcard bill?" after a fee is the postcard\'s fee', async () => {
    await chat(new Date('2026-12-02T09:00:00+09:00'))
      .say("what's the konbini fee?")
      .say('what about the postcard bill?')
      .expect(/postcard bill \(はがき請求書\) is 209 yen/);
  });
});

describe('session 40: ten-turn chats tried as a newcomer', () => {
  it('「いちばん安いのは？」 after how atone is used is the fees', async () => {
    await chat(new Date('2026-12-02T12:00:00+09:00'))
      .say('支払いはどうやってするの？')
      .say('いちばん安いのは？')
      .expect(/請求手数料/)
      .expect(/口座振替/);
  });

  it('「お得なキャンペーンある？」 after what atone is stays the campaigns', async () => {
    await chat(new Date('2026-12-02T12:00:00+09:00'))
      .say('atoneって何？')
      .say('お得なキャンペーンある？')
      .expect(/春のポイント祭り/);
  });

  it('"actually make it 3 days and the day of" keeps both', async () => {
    await chat(new Date('2026-12-02T21:00:00+09:00'))
      .say('remind me 2 days before, paper bill')
      .say('actually make it 3 days and the day of');
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [3, 0] });
  });
});

describe('session 40: blind sets 391–392 (scored once first), across turns', () => {
  it('「退会したら残ってる請求はどうなるん？」 right after reminders is leaving atone, nothing changed', async () => {
    await chat(new Date('2026-11-16T21:00:00+09:00'))
      .say('コンビニ払いでリマインダー登録して')
      .say('退会したら残ってる請求はどうなるん？')
      .expect(/退会しても/);
    expect(await subscription()).toMatchObject({ method: 'store', active: true });
  });

  it('「口座振替で登録してくれん？」 after asking what is set sets them for the bank debit', async () => {
    await chat(new Date('2026-12-02T20:00:00+09:00'))
      .say('リマインダーって今なんか登録しとる？')
      .say('口座振替で登録してくれん？');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', active: true });
  });
});

describe('session 40: the latest deadline asked', () => {
  it('"which one has the latest deadline" after the ways names the bank debit first', async () => {
    await chat(new Date('2026-12-02T21:00:00+09:00'))
      .say('how do i pay what i owe')
      .say('which one has the latest deadline')
      .expect(/^The latest deadline is automatic bank debit \(口座振替\)'s: the 27th/m)
      .expect(/Monday, 28 December 2026/);
  });
});

describe('session 41: a moved debit day beside both years', () => {
  it('「10月5日に買ったら」 on 20 November names the year of the Saturday that moves the debit', async () => {
    await chat(new Date('2026-11-20T10:00:00+09:00'))
      .say('10月5日に買ったら口座振替はいつ？')
      .expect(/2026年11月27日（金）/)
      .expect(/2027年11月27日が土曜日のため/);
  });
});

describe('session 41: blind sets 393–396 (tuning halves)', () => {
  it('"so what should i do?" after 7-Eleven and the terminal gives the chains and their ways', async () => {
    await chat(new Date('2026-12-09T20:00:00+09:00'))
      .say('can i use konbini terminal payment at 7-eleven?')
      .expect(/No\. At 7-Eleven/)
      .say('so what should i do?')
      .expect(/app barcode \(電子バーコード\): 7-Eleven/);
  });

  it('a limit still at 0 after paying says when it returns and where to ask if it does not', async () => {
    await chat(new Date('2026-12-14T10:00:00+09:00'))
      .say('limit is 0 yen, i already paid')
      .expect(/2 to 3 business days/)
      .expect(/contact form/)
      .say('what should i do then?')
      .expect(/ask atone/);
  });

  it('「口座振替だとあした引き落とされんだべか」 on Saturday 26 December: not tomorrow, Monday the 28th', async () => {
    await chat(new Date('2026-12-26T11:00:00+09:00'))
      .say('11月さ使った分、口座振替だとあした引き落とされんだべか')
      .expect(/2026年12月28日（月）/)
      .expectNot(/1月27日/);
  });

  it('romaji "furikae janakute konbini de harau. 12/20 ni katta…" answers the konbini deadline of that day', async () => {
    await chat(new Date('2027-01-06T10:00:00+09:00'))
      .say('furikae janakute konbini de harau. 12/20 ni katta bun no kigen oshiete')
      .expect(/2027年1月10日/)
      .expectNot(/1月27日/);
  });

  it('「それ返品したらどうなる？」 after a deadline is about returning it, and so is 「じゃあどうすればいい？」', async () => {
    await chat()
      .say('口座振替じゃなくてバーコードで払ってます。11/3の買い物の期限は？')
      .expect(/2026年12月10日/)
      .say('それ返品したらどうなる？')
      .expect(/お店/)
      .expectNot(/延滞/)
      .say('じゃあどうすればいい？')
      .expect(/購入したお店/);
  });

  it('"then what should i do" after leaving atone: pay what is owed first', async () => {
    await chat(new Date('2027-01-02T11:00:00+09:00'))
      .say('if i close my account does my bill go away')
      .expect(/you still have to pay them/)
      .say('then what should i do')
      .expect(/pay what you owe first/);
  });

  it('「はがき」 alone answering the English "how do you pay?" is answered in English; 「はがきで」 in Japanese (session 42)', async () => {
    await chat()
      .say('remind me before my deadline')
      .expect(/How do you pay\?/)
      .say('はがき')
      .expect(/I will remind you of your postcard bill/);
    expect(await subscription()).toMatchObject({ method: 'postcard', leadDays: [3, 0] });
    await chat()
      .say('remind me before my deadline')
      .say('バーコードで')
      .expect(/リマインダー[^\n]*電子バーコード/);
  });
});

describe('session 41: blind sets 397–400 (tuning halves) and the halves of 393–396 measured', () => {
  it('「今日って引き落とし日？27日って昨日やったけど」 on Monday 28 September: yes, the Sunday debit moved to today', async () => {
    await chat(new Date('2026-09-28T08:00:00+09:00'))
      .say('今日って引き落とし日？27日って昨日やったけど')
      .expect(/^はい、/m)
      .expect(/2026年8月分[^\n]*2026年9月28日（月）です（今日）/);
  });

  it('「明日って口座振替の引き落とし日やんな？」 the day before: yes', async () => {
    await chat(new Date('2027-01-26T21:00:00+09:00'))
      .say('明日って口座振替の引き落とし日やんな？')
      .expect(/^はい、/m)
      .expect(/2027年1月27日（水）/);
  });

  it('a way turned down in kana (「はがきはつかってない」) or after being mentioned (「はがきは頼んでいません」) is not answered', async () => {
    await chat(new Date('2026-10-25T10:00:00+09:00'))
      .say('はがきはつかってない、バーコードでぱらってる。10月の買い物の期限は？')
      .expect(/電子バーコードで払う場合、期限は2026年11月10日/)
      .expectNot(/はがき請求書: /);
    await chat(new Date('2026-12-02T22:40:00+09:00'))
      .say(
        '11月29日に買いました。母にははがきで来るよって言われたんですけど、バーコードで払うつもりで、はがきは頼んでいません。いつまでに払えばいいですか？',
      )
      .expect(/電子バーコードで払う場合、期限は2026年12月10日/)
      .expectNot(/12月20日/);
  });

  it('"what i should do?" after a bill that has not come is that topic, with where to ask', async () => {
    await chat(new Date('2026-12-05T10:00:00+09:00'))
      .say('i never got my bill email this month')
      .say('what i should do?')
      .expect(/contact form/)
      .expectNot(/I answer questions about/);
  });

  it('「11月に買ったやつははがきで、まだ払ってないんやけど」 after a deadline, two days before it: that deadline', async () => {
    await chat(new Date('2026-12-18T10:00:00+09:00'))
      .say('12月の頭に買ったやつは口座振替でいつ引き落とし？')
      .say('11月に買ったやつははがきで、まだ払ってないんやけど')
      .expect(/はがき請求書で払う場合、期限は2026年12月20日（日）です（あと2日）/)
      .expectNot(/延滞事務手数料は/);
  });

  it('「手数料は無料やったっけ」 after what a failed debit means is the billing fee, not the late fee', async () => {
    await chat(new Date('2027-01-26T21:00:00+09:00'))
      .say('明日って口座振替の引き落とし日やんな？')
      .say('残高足りひんかったらどうなるん')
      .say('手数料は無料やったっけ')
      .expect(/銀行口座からの自動振替（口座振替）: 無料/)
      .expectNot(/延滞事務手数料は100円/);
  });

  it('romaji "itsu kara hanei sareru?" after a change of method asks when it applies', async () => {
    await chat(new Date('2027-01-18T12:00:00+09:00'))
      .say('atone no siharai houhou kaetai')
      .say('itsu kara hanei sareru?')
      .expect(/2027年2月以降の請求から/);
  });

  it('a late charge asked of a bill forgotten is paying late; 「にかい払っちゃった」 is a double payment', async () => {
    await chat()
      .say('forgot to pay the postcard bill lol. how much is the late charge and when do they add it')
      .expect(/100 yen/);
    await chat()
      .say('おなじ請求にかい払っちゃった…おかね返ってくる？')
      .expect(/フォーム/);
  });

  it('"what about my sister? she last used it in August 2023" is eligibility for that last use', async () => {
    await chat(new Date('2027-01-02T11:00:00+09:00'))
      .say('am I eligible for the spring points thing? my last atone use was 1 Dec 2023')
      .say('what about my sister? she last used it in August 2023')
      .expect(/With a last use in August 2023/)
      .expect(/You would qualify for Spring Grand Lottery/)
      .expectNot(/family or friends/);
  });

  it('a campaign named first stays the one answered when the last use and the shops come later', async () => {
    await chat(new Date('2026-12-01T12:30:00+09:00'))
      .say('ポイント祭りって何ポイントもらえるの？')
      .say('ちなみに最後に使ったのは2024年2月14日')
      .expect(/春のポイント祭り: 対象です/)
      .expectNot(/大抽選/)
      .say('2店舗です')
      .expect(/2店舗なら300ポイントです/)
      .expectNot(/大抽選/);
  });

  it('「じゃあバーコードで頼むばい」 answers "which method?" after a question asked in between', async () => {
    await chat()
      .say('期限の通知ば送ってほしいっちゃけど')
      .say('バーコードの期限っていつやったっけ？')
      .expect(/2026年12月10日/)
      .say('じゃあバーコードで頼むばい')
      .expect(/電子バーコードの期限の3日前・当日/);
    expect(await subscription()).toMatchObject({ method: 'barcode', leadDays: [3, 0] });
  });
});

describe('session 41: the untouched halves of 393–400, once measured', () => {
  it('"what methods are there again?" while the bot waits for a method is answered, and the wait kept', async () => {
    await chat(new Date('2027-02-25T19:00:00+09:00'))
      .say('can u remind me about my payment')
      .expect(/How do you pay\?/)
      .say('hmm what methods are there again?')
      .expect(/four ways/)
      .say('ok bank debit then')
      .expect(/Monday, 1 March 2027/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', active: true });
  });

  it('「3日たっても変わらんかったらどうしたらいい？」 after the limit is where to ask, and 3日 is no date', async () => {
    await chat(new Date('2026-12-15T12:00:00+09:00'))
      .say('払ったのに利用可能額が0円のまま😭')
      .say('3日たっても変わらんかったらどうしたらいい？')
      .expect(/問い合わせ/)
      .expectNot(/延滞事務手数料/);
  });

  it('"still not approved after 2 days, what should i do" after the identity check: where to ask; failed, why it fails', async () => {
    await chat(new Date('2026-07-01T09:00:00+09:00'))
      .say('how do i do the identity check thing')
      .say('its been 2 days and still not approved, what should i do')
      .expect(/ask atone directly/)
      .expectNot(/declined/);
    await chat(new Date('2026-07-01T09:00:00+09:00'))
      .say('how do i do the identity check thing')
      .say('it failed twice, still not approved, what should i do')
      .expect(/The usual causes/);
  });

  it('"and if i switch to 口座振替?" after a konbini deadline is the debit day of the same purchase', async () => {
    await chat(new Date('2026-12-26T10:00:00+09:00'))
      .say('konbini de harau. deadline for 12/25 purchase?')
      .say('and if i switch to 口座振替?')
      .expect(/Wednesday, 27 January 2027/);
  });

  it('"no money in the account on sat 27 feb… did i miss it?" says the debit was made on Monday 1 March', async () => {
    await chat(new Date('2027-03-02T12:00:00+09:00'))
      .say('i pay by direct debit and there was no money in the account on sat 27 feb... did i miss it?')
      .expect(/^27 February 2027 was a Saturday, so the debit was made on Monday, 1 March 2027\./m)
      .expectNot(/29 March 2027 \(in 27 days\)\.\n.*No, not yet/);
  });
});

describe('session 41: blind sets 401–404 (tuning halves)', () => {
  it('"and the year before?" and 「去年は？」「来年は？」 move the month asked about by a year', async () => {
    await chat(new Date('2026-12-21T09:00:00+09:00'))
      .say('when does direct debit come out for november purchases?')
      .expect(/Monday, 28 December 2026/)
      .say('and the year before?')
      .expect(/November 2025 purchases[^\n]*Monday, 29 December 2025/);
    await chat(new Date('2027-12-20T10:00:00+09:00'))
      .say('今月の口座振替の引き落とし日っていつ？')
      .expect(/2027年12月27日/)
      .say('去年は？')
      .expect(/2026年12月28日（月）/)
      .say('来年は？')
      .expect(/2028年12月27日（水）/);
  });

  it('"ordered on jan 30 and feb 2" on 25 January: the coming days, not a year ago', async () => {
    await chat(new Date('2027-01-25T19:00:00+09:00'))
      .say('ordered on jan 30 and feb 2, paying by postcard, when are they due?')
      .expect(/Saturday, 20 February 2027/)
      .expect(/Saturday, 20 March 2027/)
      .expectNot(/(?:January|February|March) 2026/);
  });

  it('「ｺﾝﾋﾞﾆ払いの期限 12/31購入分」: 12/31 is the purchase, not a due day put forward', async () => {
    await chat(new Date('2027-01-03T01:00:00+09:00'))
      .say('ｺﾝﾋﾞﾆ払いの期限 12/31購入分')
      .expect(/2026年12月分[^\n]*2027年1月10日/)
      .expectNot(/今月使った分/);
  });

  it('the ways to pay asked in Kansai, a bounced debit, no plastic, and what Amazon Pay is', async () => {
    await chat()
      .say('後払いにしたぶん、どないして払ったらええの？何通りかあるって聞いたんやけど')
      .expect(/4つ/);
    await chat()
      .say('my direct debit bounced today what does that mean for me')
      .expect(/late fee/);
    await chat()
      .say('i dont have any plastic, can i still buy now pay later with this?')
      .expect(/without a credit card|no credit card|credit card/i)
      .expectNot(/didn't understand/);
    await chat()
      .say('Amazon Payってなに？アトネとは別もの？')
      .expect(/Amazon Pay/);
  });

  it('a question about reminders explains them; 「私って設定してある？」 then lists, and sets nothing', async () => {
    await chat(new Date('2026-12-20T10:00:00+09:00'))
      .say('リマインダーって何日前に届くの？')
      .expectNot(/お支払い方法はどれですか/)
      .say('私って設定してある？')
      .expect(/設定中のリマインダーはありません/);
    expect(await subscription()).toBeUndefined();
  });

  it('「えーと、いつもはがき」 answers "which method?"; "pause it till next month" skips only this deadline', async () => {
    await chat(new Date('2026-12-09T09:00:00+09:00'))
      .say('リマインダー設定お願い')
      .say('えーと、いつもはがき')
      .expect(/はがき請求書の期限の3日前・当日/);
    expect(await subscription()).toMatchObject({ method: 'postcard', active: true });
    await chat(new Date('2026-12-06T09:00:00+09:00'))
      .say('remind me at 6pm 3 days before due, konbini')
      .say('pause it till next month pls')
      .expect(/No more reminders for the Thursday, 10 December 2026 deadline/);
    expect(await subscription()).toMatchObject({ active: true });
  });

  it('「リマインド何日前にしてたっけ」 and a missing SMS code are read for what they are', async () => {
    await chat()
      .say('リマインド何日前にしてたっけ')
      .expect(/リマインダーはありません|設定されていません/);
    await chat().say('I am not receive the SMS code when I pay, what I should do').expect(/SMS/);
  });
});

describe('session 41: the untouched halves of 401–404, once measured', () => {
  it('「口座振替じゃにゃあよ、コンビニで払っとるの。11月3日に買ったのは…」: the way told leads to its deadline alone', async () => {
    await chat()
      .say('口座振替じゃにゃあよ、コンビニで払っとるの。11月3日に買ったのはいつまでだがや？')
      .expect(/^2026年11月分をコンビニ端末・銀行ATM（Pay-easy）で払う場合、期限は2026年12月10日/m)
      .expectNot(/ほかの支払い方法/)
      .say('手数料は？')
      .expect(/コンビニ端末・銀行ATM（Pay-easy）の請求手数料は209円/);
  });

  it('"is paidy better than atone?" and 「paidyとatoneどっちがいい？」 are both what atone is', async () => {
    await chat()
      .say('is paidy better than atone?')
      .expect(/atone/)
      .expectNot(/didn't understand/);
    await chat()
      .say('paidyとatoneどっちがいい？')
      .expect(/後払い決済サービス/);
  });
});

describe('session 41: blind sets 405–408 (the last round, scored once, then mended)', () => {
  it('「口振」 is 口座振替, alone or in a request', async () => {
    await chat().say('手数料っていくら？').say('口振は').expect(/無料/);
    await chat(new Date('2026-12-26T10:00:00+09:00'))
      .say('11月に使った分 口振なんやけど明日落ちる？')
      .expect(/2026年12月28日（月）/)
      .expectNot(/1月27日/);
    await chat().say('じゃあ口振で5日前にリマインドお願いします');
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [5] });
  });

  it('"actually no, don\'t" and 「やっぱなしで！登録しないで」 right after a request take it back', async () => {
    await chat(new Date('2026-12-03T19:00:00+09:00'))
      .say('remind me about the barcode payment deadline')
      .say("actually no, don't. nvm")
      .expect(/reminders are off/);
    expect(await subscription()).toMatchObject({ active: false });
  });

  it('the day asked with the way told after a fee; when Amazon charges a debit card; merpay or paypay', async () => {
    await chat(new Date('2026-11-12T12:00:00+09:00'))
      .say('when do I have to pay for stuff I bought Nov 3?')
      .say('is there a fee?')
      .say('I use the barcode btw, so which date?')
      .expect(/app barcode[^\n]*Thursday, 10 December 2026/);
    await chat()
      .say('does amazon take debit cards?')
      .say('when do they charge it?')
      .expect(/shipping preparation/);
    await chat()
      .say('does amazon japan take merpay or paypay now?')
      .expect(/PayPay/);
  });

  it('"by direct debit please" in a chat begun in Japanese is answered in English', async () => {
    await chat()
      .say('リマインダー設定して')
      .say('by direct debit please')
      .expect(/I will remind you of your automatic bank debit/);
  });

  it('"date of withdrawal pls" with the bank debit told is its deadline; which of two services is better is not judged', async () => {
    await chat(new Date('2026-06-01T10:00:00+09:00'))
      .say('got sneakers today w/ atone, pay is automatic from bank account. date of withdrawal pls')
      .expect(/Monday, 27 July 2026|27 July 2026/);
    await chat()
      .say('is paidy better than atone lol')
      .expect(/different service/);
  });
});

describe('session 42: blind sets 409–412 (tuning halves)', () => {
  it('「やっぱ口座振替にするわ、そっちで設定し直してくれへん？」 right after a set-up moves the reminders', async () => {
    await chat(new Date('2027-04-20T21:00:00+09:00'))
      .say('バーコード払いでリマインダー設定しといて')
      .say('やっぱ口座振替にするわ、そっちで設定し直してくれへん？')
      .expect(/設定を変更しました。銀行口座からの自動振替/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('"and now? happy new year lol" past midnight asks for a purchase made now, in the new month', async () => {
    let now = new Date('2026-12-31T23:59:40+09:00');
    await chat(() => now)
      .say('If I buy now, when is the bank auto debit?')
      .expect(/27 January 2027/)
      .step(() => {
        now = new Date('2027-01-01T00:00:10+09:00');
      })
      .say('and now? happy new year lol')
      .expect(/January 2027 purchases[^\n]*1 March 2027/)
      .expectNot(/When the 27th falls on a weekend/);
  });

  it('「じゃあ今は？」 after a purchase day is the deadline of a purchase today', async () => {
    await chat(new Date('2027-01-15T10:00:00+09:00'))
      .say('12月30日に買ったやつ、口座振替だといつ？')
      .expect(/2027年1月27日/)
      .say('じゃあ今は？')
      .expect(/2027年1月分[^\n]*2027年3月1日/);
  });

  it('"I typed 3-5-12 for my address, is that the problem?" after a failed identity check: how to type it', async () => {
    await chat(new Date('2027-09-11T11:00:00+09:00'))
      .say('my ID verification got rejected again 😩')
      .say('I typed 3-5-12 for my address, is that the problem?')
      .expect(/exactly as on the document[^\n]*1丁目2番地3号/)
      .expectNot(/^(?:Yes|No)\./m);
  });

  it('「まだ払ってなかったら？」 after a return is the return of a bill not yet paid, not paying late', async () => {
    await chat(new Date('2027-07-13T20:00:00+09:00'))
      .say('返品したのに請求が来たんですけど')
      .say('もう払っちゃってた場合は？')
      .say('まだ払ってなかったら？')
      .expect(/未払い: 変更後の金額で請求し直す/)
      .expectNot(/延滞事務手数料/);
    await chat(new Date('2027-07-13T20:00:00+09:00'))
      .say('コンビニ払いの期限は？')
      .say('まだ払ってなかったら？')
      .expect(/延滞事務手数料/);
  });

  it('"I don\'t use the barcode or the postcard": both turned down, the bank debit answered alone', async () => {
    await chat(new Date('2027-07-22T10:00:00+09:00'))
      .say(
        "I don't use the barcode or the postcard, my bank account is debited automatically. When is it for stuff I bought this month?",
      )
      .expect(/automatic bank debit[^\n]*27 August 2027/)
      .expectNot(/20 August/);
    await chat()
      .say('バーコードもはがきも使ってない、口座振替です。12月の分はいつ？')
      .expect(/口座振替/)
      .expectNot(/はがき請求書|電子バーコード/);
    await chat()
      .say("i dont use konbini and barcode is what i use. when's the deadline for november?")
      .expect(/app barcode/);
  });

  it('「12月1日と12月25日に買って、1月2日にも買う予定」: the purchases told are made, the one planned to come', async () => {
    await chat(new Date('2026-12-26T10:00:00+09:00'))
      .say('12月1日と12月25日に買って、1月2日にも買う予定。口座振替だと引き落としはいつ？')
      .expect(/2026年12月1日[^\n]*2027年1月27日/)
      .expect(/2027年1月2日[^\n]*2027年3月1日/)
      .expectNot(/2027年12月1日/);
  });

  it('「atoneってなにで払えんの？」 asks the ways to pay; "is the festival happening this spring?" is no last use', async () => {
    await chat(new Date('2027-10-08T12:30:00+09:00'))
      .say('atoneってなにで払えんの？')
      .expect(/コンビニ[\s\S]*バーコード[\s\S]*はがき/);
    await chat(new Date('2027-03-20T10:00:00+09:00'))
      .say('Is the spring points festival happening this spring 2027? how to join')
      .expect(/has ended/)
      .expectNot(/you are eligible|Spring Grand Lottery/);
  });

  it('「フェスが中止に…atoneの手数料も戻ってくるの？」 is the cancellation topic', async () => {
    await chat(new Date('2027-08-22T15:00:00+09:00'))
      .say('フェスが中止になってチケット代は返金されるらしいんだけど、atoneの手数料も戻ってくるの？')
      .expect(/手数料は戻らない/);
  });
});

describe('session 42: the untouched halves of 409–412, once measured', () => {
  it("「5月5日のこどもの日に買い物してん」 is a purchase on a holiday, no family member's use", async () => {
    await chat(new Date('2027-05-06T10:00:00+09:00'))
      .say('5月5日のこどもの日に買い物してん')
      .expectNot(/家族や知人が使った分/)
      .say('はがき')
      .expect(/2027年6月20日/)
      .say('バーコードやったら？')
      .expect(/2027年6月10日/);
  });

  it('"and if I buy 5 things in december?" after a fee: charged once a month, not per purchase', async () => {
    await chat(new Date('2026-12-02T10:00:00+09:00'))
      .say('how much is the fee if I pay by barcode?')
      .say('and if I buy 5 things in december?')
      .expect(/not charged per purchase/)
      .expectNot(/1,045/);
  });

  it('romaji "hagaki ja nakute konbini de harau" turns the postcard down', async () => {
    await chat(new Date('2027-11-03T10:00:00+09:00'))
      .say('hagaki ja nakute konbini de harau. kigen wa itsu?')
      .expect(/コンビニ端末[^\n]*2027年11月10日/)
      .expectNot(/はがき請求書で払う/);
  });

  it('"what is amazon pay exactly? is it the same thing as atone?": what it is, and that atone is apart', async () => {
    await chat(new Date('2027-10-10T09:00:00+09:00'))
      .say('what is amazon pay exactly? is it the same thing as atone?')
      .expect(/stored in your Amazon account/)
      .expect(/different service from atone/);
  });
});

describe('session 42: blind sets 413–416 (tuning halves)', () => {
  it('Kumamoto 「コンビニじゃなかよ、口座振替たい」 turns the konbini down; 「お知らせしてほしか」 is a request', async () => {
    await chat(new Date('2027-04-12T10:00:00+09:00'))
      .say('3月に買うたとの期限ば教えてくれんね。コンビニじゃなかよ、口座振替たい')
      .expect(/2027年4月27日/)
      .expectNot(/4月10日/)
      .say('手数料はかからんと？')
      .expectNot(/209/)
      .say('やっぱ口座振替のままでよか。引き落としの3日前と前日にお知らせしてほしか')
      .expect(/3日前・前日/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit', leadDays: [3, 1] });
  });

  it('Hiroshima 「はがきでも口座振替でもないんよ、バーコードで」: both turned down', async () => {
    await chat(new Date('2027-05-20T10:00:00+09:00'))
      .say('はがきでも口座振替でもないんよ、バーコードで払いよるんじゃけど、4月分の期限いつ？')
      .expect(/電子バーコード[^\n]*2027年5月10日/)
      .expectNot(/5月20日|5月27日/);
  });

  it('「12月に購入した場合」 in August is the coming December; 「昨年12月に購入した分」 the one gone by', async () => {
    await chat(new Date('2027-08-05T10:00:00+09:00'))
      .say('お世話になります。12月に購入した場合、口座振替の引き落とし日はいつになりますでしょうか。')
      .expect(/2028年1月27日/)
      .say('では、昨年12月に購入した分はいかがでしたでしょうか。')
      .expect(/2027年1月27日/);
  });

  it('Kumamoto 「今なんか登録しとるね？」 after reminders were explained is the list', async () => {
    await chat(new Date('2027-11-28T10:00:00+09:00'))
      .say('リマインダーっちどうやって使うと？')
      .say('今なんか登録しとるね？')
      .expect(/設定中のリマインダーはありません/)
      .say('なら口座振替で登録しとって')
      .expect(/口座振替）の期限の3日前・当日/);
  });

  it('「口座振替ってお正月で遅れたりせんと？」 asks whether the debit moves; Kagoshima 「はがきに変えっとはどげんすっと？」 how to switch', async () => {
    await chat(new Date('2027-12-20T10:00:00+09:00'))
      .say('12月に使った分、口座振替ってお正月で遅れたりせんと？')
      .expect(/翌営業日に引き落とされます/)
      .expect(/2028年1月27日/)
      .expectNot(/延滞事務手数料/)
      .say('はがきに変えっとはどげんすっと？')
      .expect(/「支払い方法」から変更できます/);
  });

  it('romaji "atone no harai kata oshiete" asks the ways to pay', async () => {
    await chat(new Date('2027-06-01T10:00:00+09:00'))
      .say('atone no harai kata oshiete')
      .expect(/口座振替[\s\S]*はがき/);
  });

  it('"Nov 31st" is no date: November has only 30 days; 「2月30日」 says February\'s length in that year', async () => {
    await chat(new Date('2026-12-05T11:00:00+09:00'))
      .say('I bought something Nov 31st, postcard invoice, when do I pay?')
      .expect(/"nov 31st" is not a real date: November has only 30 days\./);
    await chat(new Date('2027-03-05T10:00:00+09:00'))
      .say('2月30日って何曜日？')
      .expect(/「2月30日」は存在しない日付です（2027年2月は28日までです）。/);
  });

  it('"where do i find the number i need to pay at lawson? cant find it" is the payment number, not the chain', async () => {
    await chat(new Date('2027-06-01T10:00:00+09:00'))
      .say('where do i find the number i need to pay at lawson? cant find it anywhere')
      .expect(/(?:e-?mail|SMS)/i);
  });
});

describe('session 42: the untouched halves of 413–416, once measured', () => {
  it('"if i buy sth on the 3rd" reads "sth" as something: the coming 3rd', async () => {
    await chat(new Date('2026-12-15T20:40:00+09:00'))
      .say('if i buy sth on the 3rd and pay w/ the barcode in the app, whens the deadline?')
      .expect(/January 2027 purchases[^\n]*10 February 2027/);
  });

  it('「誰がやってるサービスなん？クレカなくても使えるん？」 names the operator and the card', async () => {
    await chat(new Date('2027-06-01T10:00:00+09:00'))
      .say('アトネって誰がやってるサービスなん？クレカなくても使えるん？')
      .expect(/ネットプロテクションズ/)
      .expect(/クレジットカードは不要/);
  });

  it('"does amazon take merpay?" after Amazon answers: Merpay by its English name, atone not said again', async () => {
    await chat(new Date('2026-12-24T20:00:00+09:00'))
      .say('can i buy an amazon gift card with atone for xmas?')
      .say('so what pay later can I use on amazon then')
      .say('does amazon take merpay?')
      .expect(/^Merpay \(メルペイ\) is reported to be accepted on Amazon/m)
      .expectNot(/does not accept atone/);
  });

  it('「期限過ぎてしもうた…延滞料とかあるん？使えんようになるん？」 is paying late, a suspension to come', async () => {
    await chat(new Date('2027-03-11T10:00:00+09:00'))
      .say('10日の期限うっかり過ぎてしもうた…延滞料とかあるん？使えんようになるん？')
      .expect(/延滞事務手数料100円/)
      .expect(/利用が停止される/);
  });
});

describe('session 42: blind sets 417–420 (tuning halves)', () => {
  it('「請求のメール来てて…買うた覚え全然ない…詐欺られてるん？」 is a charge not recognised, not a bill that did not come', async () => {
    await chat(new Date('2027-01-01T01:10:00+09:00'))
      .say(
        '元旦早々ほんま最悪なんやけど、さっきスマホ見たらatoneから請求のメール来てて、3,980円って書いてあんねん。こんなん買うた覚え全然ないし、ワイ詐欺られてるん？払わなあかんの？どないしたらええのん😭',
      )
      .expect(/ご利用明細/)
      .expectNot(/詐欺です|無視して/);
  });

  it('"never buy anything… is this scam or my account is hacked?": the usual causes first', async () => {
    await chat(new Date('2027-01-04T10:00:00+09:00'))
      .say(
        'hello, i am foreign student in osaka and today i get email from atone saying i must pay 5,480 yen but i never buy anything with atone?? i am very scared, is this scam or my account is hacked? what i should do please',
      )
      .expect(/usage details/);
  });

  it('a "trial" billed every month is a shop subscription; an SMS code at checkout, asked if normal, is the checkout', async () => {
    await chat(new Date('2027-11-15T16:00:00+09:00'))
      .say(
        "I ordered a 'trial' beauty supplement and paid with atone, now i get billed every single month?? I only wanted ONE. can atone stop this and refund me?",
      )
      .expect(/shop/i)
      .expectNot(/atone (?:will|can) (?:cancel|stop|refund)/);
    await chat()
      .say(
        'At checkout it asks me for an SMS code. is this normal or is someone trying to scam me? never used atone before',
      )
      .expect(/confirm with the code \(認証コード\) sent to you by SMS/);
  });

  it('「ご請求金額確定のお知らせ」ってメール… is the bill notice, no reminder; the fraud answer says to check the usage details first', async () => {
    await chat(new Date('2027-02-10T10:00:00+09:00'))
      .say(
        'さっきatoneから「ご請求金額確定のお知らせ」ってメールが来たんですけど、12,800円って書いてあって、私そんな買い物した覚えが全くないんです。夫に聞いても知らないって言うし、もしかして誰かに勝手に使われた？怖くて眠れません…どうしたらいいですか',
      )
      .expect(/ご利用明細/)
      .expect(/不正利用被害のご相談フォーム/)
      .expectNot(/チャットでお知らせできます/)
      .say('明細ってどこで見れるの？')
      .expect(/アプリの「ご利用明細」/);
  });

  it('a story of a missed deadline ending 「リマインダーを設定してほしいです」 is the request; a fee asked between, then 「じゃあはがきで」', async () => {
    await chat(new Date('2027-03-15T12:20:00+09:00'))
      .say(
        '先月うっかり期限を過ぎちゃって利用停止になりました…もう二度と忘れたくないので、支払い期限のリマインダーを設定してほしいです',
      )
      .expect(/お支払い方法はどれですか/)
      .say('あ、その前に、はがきって手数料かかるんでしたっけ？')
      .expect(/209円/)
      .say('じゃあはがきで')
      .expect(/はがき請求書の期限の3日前・当日/);
    expect(await subscription()).toMatchObject({ method: 'postcard' });
  });

  it('「209円っていうのが乗ってて…何の料金ですか？」 is the billing fee; 「口座振替にしたらかからない？」 is a yes', async () => {
    await chat(new Date('2027-02-04T21:10:00+09:00'))
      .say(
        '今月初めてatoneのバーコード払いにしたんですけど、請求を見たら買った覚えのない209円っていうのが乗ってて…これって何の料金ですか？勝手に取られてるんですか？ちょっと怖いです',
      )
      .expect(/^電子バーコードの請求手数料は209円/m)
      .say('口座振替にしたらかからない？')
      .expect(/はい、銀行口座からの自動振替（口座振替）の請求手数料は無料です/);
  });
});

describe('session 42: 417–420 after both halves were measured', () => {
  it('「バーコード…あ、まって やっぱ口座振替で」 answering "which method?" sets the bank debit', async () => {
    await chat(new Date('2027-03-05T10:00:00+09:00'))
      .say('リマインダー設定して')
      .say('バーコード…あ、まって やっぱ口座振替で')
      .expect(/口座振替）の期限の3日前・当日/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('"nvm go back to barcode" right after a set-up moves the reminders back', async () => {
    await chat(new Date('2027-06-30T20:00:00+09:00'))
      .say('remind me for my deadline, not barcode tho, i use auto debit now')
      .say('nvm go back to barcode');
    expect(await subscription()).toMatchObject({ method: 'barcode' });
  });

  it('"got a valentines gift on feb 3 w atone 💝" is a purchase told; "paying by postcard" its deadline', async () => {
    await chat(new Date('2027-02-20T10:00:00+09:00'))
      .say('got a valentines gift on feb 3 w atone 💝')
      .expect(/February 2027 purchases/)
      .say('paying by postcard')
      .expect(/20 March 2027/);
  });

  it("「atoneで払えたらよかったのに…無理なん？」 after Amazon's ways is atone on Amazon: no", async () => {
    await chat(new Date('2027-11-26T23:00:00+09:00'))
      .say('Amazonでデビットカード使ったらいつ引き落とされるん？')
      .say('atoneで払えたらよかったのに…無理なん？')
      .expect(/Amazon（Amazon\.co\.jp）では atone は使えません/);
  });

  it('「はがき払いの期限と手数料を教えて…口座振替の方が安いなら変えたい」 gets both deadlines and fees', async () => {
    await chat(new Date('2027-06-10T10:00:00+09:00'))
      .say(
        'はがき払いの期限と手数料を教えてください。6月分の支払いがきつくて…口座振替の方が安いなら変えたいです',
      )
      .expect(/はがき請求書: 2027年7月20日/)
      .expect(/209円/)
      .expect(/無料/);
  });

  it('"September have many holiday" describes September, no second purchase', async () => {
    await chat(new Date('2026-09-24T14:00:00+09:00'))
      .say(
        'Hello, I am buy item at 20 August with atone and I choose automatic bank pay. September have many holiday, so which day bank take money?',
      )
      .expect(/Monday, 28 September 2026/)
      .expectNot(/October/);
  });

  it('"I switched to postcard just now. Does it apply to the bill I get this month?" is which bill a change applies to', async () => {
    await chat(new Date('2027-03-01T10:00:00+09:00'))
      .say(
        'I switched my payment method to postcard just now (march 1). Does it apply to the bill I get this month?',
      )
      .expect(/applies from the April 2027 bill onwards/);
  });

  it('「リマインダーの解除ってどうやるの？まだ解除はしないでね」 is the way to stop, nothing stopped', async () => {
    await chat(new Date('2026-07-20T10:00:00+09:00'))
      .say('リマインダーの解除ってどうやるの？まだ解除はしないでね')
      .expect(/「通知を解除して」と送ると解除できます/)
      .expectNot(/解除しました/);
  });

  it('"I am a tourist… I have no Japanese phone number" is what signing up asks', async () => {
    await chat(new Date('2027-06-10T15:00:00+09:00'))
      .say('I am a tourist, only 2 weeks in Japan. Can I use atone? I have no Japanese phone number.')
      .expect(/the mobile number you use yourself/);
  });
});

describe('session 42: blind sets 421–424 (tuning halves)', () => {
  it('"stop my postcard reminder" with only a barcode one stops nothing', async () => {
    await chat(new Date('2027-12-02T09:00:00+09:00'))
      .say('remind me about barcode payments')
      .say('stop my postcard reminder')
      .expect(/Nothing was stopped/)
      .say("what's still on?")
      .expect(/app barcode/);
    expect(await subscription()).toMatchObject({ method: 'barcode', active: true });
  });

  it('romaji terms in English: "riyou kanou gaku", "gendogaku", "uketsuke bangou", "riyou gendo"', async () => {
    await chat(new Date('2027-05-01T10:00:00+09:00'))
      .say(
        'I maxed out my riyou kanou gaku. paid the whole thing yesterday at lawson. when can I use atone again?',
      )
      .expect(/2 to 3 business days/);
    await chat()
      .say('can u raise my gendogaku? i need like 100,000 yen for a new PC. I did honnin kakunin already')
      .expect(/50,000 yen/);
    await chat()
      .say("where's the uketsuke bangou for paying at Famima? can't find it anywhere")
      .expect(/billing email or SMS/);
    await chat()
      .say('Is the riyou gendo per month? Does it reset on the 1st?')
      .expect(/cumulative, not monthly/);
  });

  it('"who even runs it" names the operator; 「毎月25日に口座振替のお知らせちょうだい」 is a request for reminders', async () => {
    await chat(new Date('2027-05-01T10:00:00+09:00'))
      .say('is atone a credit card?? who even runs it')
      .expect(/Net Protections/)
      .say('毎月25日に口座振替のお知らせちょうだい')
      .expect(/口座振替/)
      .expectNot(/2027年4月分を銀行口座/);
  });
});

describe('session 42: the untouched halves of 421–424, once measured', () => {
  it('「じゃあコンビニ払いで前日にお願い」 in an English chat is a Japanese sentence, answered in Japanese', async () => {
    await chat(new Date('2027-10-20T10:00:00+09:00'))
      .say('What kind of reminders can you do?')
      .say('じゃあコンビニ払いで前日にお願い')
      .expect(/前日、9時にお知らせします/);
  });

  it('「今なんか残っとる？」 after a stop, and "any reminders on my account right now?", are the list', async () => {
    await chat(new Date('2027-10-20T10:00:00+09:00'))
      .say('口座振替でリマインダー設定して')
      .say('全部消して')
      .say('今なんか残っとる？')
      .expect(/設定中のリマインダーはありません/);
    await chat()
      .say('how do reminders work?')
      .say('cool. any reminders on my account right now?')
      .expect(/You have no reminders/);
  });
});

describe('session 42: a reminder supposed', () => {
  it('"If I set a reminder for auto debit, will it know when the 27th moves?" explains, sets nothing; "cool, do it" sets it', async () => {
    let before: unknown = 'unread';
    await chat(new Date('2027-02-20T11:00:00+09:00'))
      .say('If I set a reminder for auto debit, will it know when the 27th moves to the next business day?')
      .expect(/next bank business day when that is a weekend or holiday/)
      .step(async () => {
        before = await subscription();
      })
      .say('cool, do it')
      .expect(/I will remind you of your automatic bank debit/);
    expect(before).toBeUndefined();
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });
});

describe('session 43: a ten-turn chat', () => {
  it("reminders set for the way being changed to say that this month's bill is still the old way's", async () => {
    await chat(new Date('2026-12-02T21:00:00+09:00'))
      .say('コンビニで払ってる')
      .say('口座振替に変えたらいくら？')
      .say('じゃあ口座振替にする。リマインダーも頼む')
      .expect(
        /今月の請求（2026年11月分）はコンビニ端末・銀行ATM（Pay-easy）のままで、期限は2026年12月10日（木）/,
      );
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
    await chat(new Date('2026-12-02T21:00:00+09:00'))
      .say('i pay at the konbini')
      .say('remind me for the postcard instead')
      .expectNot(/still paid by/);
  });

  it('「口座振替に変えたらいくら？」 "if i switch to bank debit how much is it" ask the fee of the way switched to', async () => {
    await chat(new Date('2026-12-02T21:00:00+09:00'))
      .say('コンビニで払ってる')
      .say('口座振替に変えたらいくら？')
      .expect(/口座振替[^\n]*(無料|0円)/);
    await chat().say('if i switch to bank debit how much is it').expect(/free/);
    await chat()
      .say('口座振替に変えたらいくら使える？')
      .expectNot(/手数料は無料/);
  });

  it('「もう払っちゃってたら？」 "what if I already paid?" after a return: the already-paid line', async () => {
    await chat(new Date('2026-12-02T21:00:00+09:00'))
      .say('返品したらどうなる？')
      .say('もう払っちゃってたら？')
      .expect(/支払い済み: 未払いの請求や次回以降の請求と相殺/)
      .expectNot(/• 未払い: /);
    await chat()
      .say('I returned my order, what happens to the bill?')
      .say('what if I already paid?')
      .expect(/Already paid: /)
      .expectNot(/Not paid yet/);
  });
});

describe('session 43: blind sets 425–428 (tuning halves)', () => {
  it('「3日前も追加できる？」 "can i add 3 days before too?" offer to add the lead time, not to put it in place of those set', async () => {
    await chat(new Date('2027-03-05T08:00:00+09:00'))
      .say('はがき払いの期限、前日と当日に通知してほしい')
      .say('あ、3日前も追加できる？')
      .expect(/3日前・前日・当日、9時に変更します/)
      .say('/1')
      .expect(/設定を変更しました。はがき請求書の期限の3日前・前日・当日/);
    expect((await subscription())?.leadDays).toEqual([3, 1, 0]);
    await chat()
      .say('remind me for postcard the day before')
      .say('can i add 3 days before too?')
      .expect(/3 days before as well/)
      .say('/1')
      .expect(/3 days before and the day before/);
    expect((await subscription())?.leadDays).toEqual([3, 1]);
  });

  it('「あ、やっぱりバーコードにする」 right after set-up changes the way; 「やっぱいらないや、消して」 stops them, not undoes the change', async () => {
    await chat(new Date('2027-01-15T12:00:00+09:00'))
      .say('コンビニ払いでリマインダー登録して')
      .say('あ、やっぱりバーコードにする')
      .expect(/設定を変更しました。電子バーコード/)
      .say('リマインダーって今どうなってる？')
      .expect(/電子バーコード/)
      .say('やっぱいらないや、消して')
      .expectNot(/設定を変更しました/);
    expect(await subscription()).toMatchObject({ method: 'barcode', active: false });
  });

  it('romaji "touroku suru noni kurejitto kaado iru?" is read; its verdict comes with the sentence that says it', async () => {
    await chat(new Date('2027-03-28T16:00:00+09:00'))
      .say('touroku suru noni kurejitto kaado iru?')
      .expect(/^いいえ、最後にSMS認証があり、クレジットカードや銀行口座は不要/m)
      .say('じゃあ何が必要なの？')
      .expect(/携帯電話番号/);
    await chat()
      .say('do i need a credit card to sign up?')
      .expect(/^No\. Sign-up reportedly ends with an SMS check/m);
  });

  it('「…コンビニ端末払いってセブンイレブンでできる？」 after a deadline said as the reason is whether the chain takes it', async () => {
    await chat(new Date('2027-01-09T10:00:00+09:00'))
      .say('明日が期限やからセブンで払おうと思うねんけど、コンビニ端末払いってセブンイレブンでできる？')
      .expect(/セブン-イレブンでは[^\n]*コンビニ端末・銀行ATM（Pay-easy）の支払いはできません/);
  });

  it('「今の登録は？」 after reminders were stopped is the list; alone it is still sign-up', async () => {
    await chat(new Date('2027-06-01T10:00:00+09:00'))
      .say('口座振替のリマインダーを前日にお願い')
      .say('もう要らんから消して')
      .say('今の登録は？')
      .expect(/設定中のリマインダーはありません/);
    await chat()
      .say('今の登録は？')
      .expectNot(/リマインダー/);
  });

  it('"do I pay the 209 yen for every single purchase?" beside a free way: once a month', async () => {
    await chat(new Date('2027-01-09T10:00:00+09:00'))
      .say('Is there any charge for bank auto-debit? And do I pay the 209 yen for every single purchase?')
      .expect(/once per billed month/);
  });

  it('a barcode way named and where its barcode shows; online and shops asked together; a new number and how to change it', async () => {
    await chat(new Date('2027-01-09T10:00:00+09:00'))
      .say('バーコード払いにしとるっちゃけど、レジで見せるバーコードってどこに出ると？')
      .expect(/アプリに表示されるバーコード/);
    await chat()
      .say('atoneってどげな店で使えると？ネットだけ？普通のお店でも使えると？')
      .expect(/ネットショップ/);
    await chat()
      .say(
        "I got a new phone number, how do I change it in atone? I'm scared I won't get the SMS codes anymore",
      )
      .expect(/I could not find an official page explaining how to change your phone number/);
  });

  it('"I really don\'t remember buying anything… Is this a scam or a mistake??" is a charge not recognised', async () => {
    await chat(new Date('2027-01-09T10:00:00+09:00'))
      .say(
        "I got an email from atone saying I owe 5,480 yen. I really don't remember buying anything with atone this month. Is this a scam or a mistake??",
      )
      .expect(/usual causes|subscription|family/i)
      .expectNot(/^(Yes|No)\b/m);
  });

  it('「同じく11月に購入した別の商品」 is another purchase, whose deadline is asked; 「支払いを済ませて」 after a return is the paid line', async () => {
    await chat(new Date('2026-12-03T19:00:00+09:00'))
      .say('返品したら請求はどうなる？')
      .say('もしすでに支払いを済ませてしまっていた場合はどうなりますでしょうか。')
      .expect(/支払い済み: /)
      .expectNot(/• 未払い: /)
      .say(
        '承知いたしました。ちなみに、同じく11月に購入した別の商品をコンビニ端末で支払う予定なのですが、期限はいつまででしょうか。',
      )
      .expect(/2026年12月10日/)
      .say('はがきの場合はいかがでしょうか。')
      .expect(/2026年12月20日/);
  });

  it('"…identity verification first. what\'s that?" explains identity verification', async () => {
    await chat(new Date('2026-11-26T22:00:00+09:00'))
      .say("I want to use the app-only card, the app says I need identity verification first. what's that?")
      .expect(/face/i);
  });

  it('a purchase date and "when do I have to pay" after the chains is the deadline; the account short that day is paying late', async () => {
    await chat(new Date('2027-02-01T11:00:00+09:00'))
      .say('which convenience stores can I pay atone at?')
      .say('ok. I bought something on Jan 31, when do I have to pay by with that?')
      .expect(/10 February 2027/);
    await chat(new Date('2026-11-10T12:00:00+09:00'))
      .say("ok. also when's the bank debit for october purchases?")
      .say("and if the account doesn't have enough money that day?")
      .expect(/late fee/);
  });

  it('"can I just give you my phone number and the code and you log me in?" is a no', async () => {
    await chat(new Date('2027-06-01T12:00:00+09:00'))
      .say('the reset needs an sms code but it never arrives')
      .say('can I just give you my phone number and the code and you log me in?')
      .expect(/^No\. Never share the code/m);
  });
});

describe('session 43: blind sets 425–428, the untouched halves once measured', () => {
  it('"today is 20th right?" is today said, no purchase on it', async () => {
    await chat(new Date('2027-01-20T08:00:00+09:00'))
      .say(
        'For stuff I bought last month, paying by postcard bill, when is the deadline? today is 20th right?',
      )
      .expect(/20 January 2027/)
      .expectNot(/February/);
  });

  it('a cancellation told in 博多弁 and the money asked back is the cancellation; 「なんがいかんと？」 gets no yes or no', async () => {
    await chat(new Date('2026-12-15T12:40:00+09:00'))
      .say(
        'ちょっと聞いてほしいっちゃけど、先月ライブのグッズば注文してatoneでもう払ったとよ。そしたら昨日ショップから「キャンセルになりました」ってメール来て…お金ってちゃんと戻ってくると？いつ戻ってくるとかわかる？',
      )
      .expect(/相殺/);
    await chat(new Date('2027-05-19T21:45:00+09:00'))
      .say('本人確認なんべんやっても通らんとよ。iPadで免許証とか撮りよるっちゃけど、なんがいかんと？')
      .expect(/スマホ/)
      .expectNot(/^いいえ/m);
  });

  it('"does signing up need SMS verification?" is what signing up needs; "can i use atone without a bank account?" too', async () => {
    await chat()
      .say('does signing up need SMS verification? my sim is data only')
      .expect(/SMS check/);
    await chat()
      .say('can i use atone without a bank account?')
      .expect(/no credit card or bank account/);
  });

  it('"i dont pay at store.. its bank account auto" answers "which way?" with a way turned down', async () => {
    await chat(new Date('2027-10-01T09:00:00+09:00'))
      .say('pls set reminder for my atone')
      .say('how many days before can you remind?')
      .say('i dont pay at store.. its bank account auto')
      .expect(/automatic bank debit/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('points for what is over the limit; holidays not counted; paying twice and its refund', async () => {
    await chat(new Date('2027-09-17T16:00:00+09:00'))
      .say('本日、未払い分をすべてコンビニにて支払いました。利用可能額はいつ頃回復しますでしょうか。')
      .say('来週は祝日が続きますが、祝日も日数に含まれますでしょうか。')
      .expect(/^いいえ、[^\n]*土日祝を除く/m)
      .say('ポイントで足りない分を補うことはできますでしょうか。')
      .expect(/^いいえ、NPポイントを持っていても/m);
    await chat(new Date('2027-08-06T14:00:00+09:00'))
      .say(
        '大変申し訳ございません、7月分のご請求を誤って二度お支払いしてしまいました。どうすればよろしいでしょうか。',
      )
      .expect(/ご利用明細/)
      .say('いつ頃返金していただけますでしょうか。')
      .expect(/相殺/)
      .expectNot(/注文のキャンセルや変更はお店が行います/);
  });

  it('"how many pts for 3 shops" after the lottery; "what if it had been one day later?"; "cheapest without that?"', async () => {
    await chat(new Date('2026-12-01T18:00:00+09:00'))
      .say('the lottery one, who is it for?')
      .say('my last use was dec 2023')
      .say('how many pts for 3 shops')
      .expect(/500 points/);
    await chat(new Date('2027-02-20T11:00:00+09:00'))
      .say('which campaign do I qualify for, the points festival or the lottery? last used atone 2023-11-30')
      .say('what if it had been one day later?')
      .expect(/With a last use on 1 December 2023/);
    await chat(new Date('2027-06-14T12:00:00+09:00'))
      .say('which payment method has no fee?')
      .say('hmm but i dont want to give my bank account. cheapest without that?')
      .expect(/209 yen/)
      .expectNot(/automatic bank debit \(口座振替\): free/);
  });

  it('"hello, can I ask about atone here?" is what the bot answers', async () => {
    await chat()
      .say('hello, can I ask about atone here?')
      .expect(/Ask me about|help/i);
  });
});

describe('session 43: blind sets 429–432 (tuning halves)', () => {
  it('the first question reported when the main one is put as an addition; a lead-up question is not', async () => {
    await chat()
      .say('Amazonでアトネって使えますか？あと春のポイントキャンペーンってまだ参加できます？')
      .expect(/^いいえ。Amazon/m);
    await chat()
      .say(
        'can i use atone on amazon? if not, is there some atone campaign going on rn i could use instead lol',
      )
      .expect(/Campaigns we know of/);
  });

  it('receipts for an expense report are the route; "how long… still nothing" is the time it takes', async () => {
    await chat()
      .say(
        'I need receipts for the stuff I paid with atone, for my company expense report. where can I download them?',
      )
      .expect(/faq\.atone\.be/);
    await chat()
      .say('how long does the ID check take? i did it one hour ago and still nothing')
      .expect(/5 minutes/);
  });

  it('"forgot to pay… what was the deadline" is the deadline; "oct 1 instead of sep 30… more time?" compares both', async () => {
    await chat(new Date('2027-07-14T20:00:00+09:00'))
      .say('oops i bought stuff on June 3 and forgot to pay at the convenience store. what was the deadline')
      .expect(/the deadline is Saturday, 10 July 2027/);
    await chat(new Date('2027-09-28T19:30:00+09:00'))
      .say('if i buy on oct 1 instead of sep 30 do i get more time to pay? konbini')
      .expect(/10 October 2027[\s\S]*10 November 2027/);
  });

  it('「楽天カードでアトネの支払いってできます？」 is the ways to pay, with its no', async () => {
    await chat()
      .say('楽天カードでアトネの支払いってできます？クレカ払いにしたいんだけど')
      .expect(/^いいえ、楽天カードは/m);
  });

  it('"say it in english? and the fee too" repeats the deadline; 「はがきの手数料は？」 after asking for Japanese is the fee', async () => {
    await chat(new Date('2027-04-05T12:00:00+09:00'))
      .say('3月に買った分、バーコード払いの期限はいつ？')
      .say('sorry can u say it in english? and the fee too')
      .expect(/10 April 2027[\s\S]*209 yen/);
    await chat(new Date('2027-05-20T10:00:00+09:00'))
      .say('when is the postcard invoice due?')
      .say('すみません、やっぱり日本語でお願いします。はがきの手数料は？')
      .expect(/^はがき請求書の請求手数料は209円/m);
  });

  it('「過ぎちゃってたら…使えないの？」 after a deadline; "autopay"; 「銀行から自動です」; 「いつお金ひかれますか」', async () => {
    await chat(new Date('2027-09-13T08:00:00+09:00'))
      .say('口座振替じゃなくてコンビニで払ってるんだけど、8月分の期限っていつだった？')
      .say('過ぎちゃってたらもうアトネ使えないの？')
      .expect(/停止/);
    await chat(new Date('2027-11-02T19:00:00+09:00'))
      .say('set a reminder for the konbini payment')
      .say('ok switch my reminder to autopay')
      .expect(/Changed\. I will remind you of your automatic bank debit/);
    await chat(new Date('2027-01-10T12:00:00+09:00'))
      .say('リマインドをおねがいします。はがきじゃないです、コンビニでもないです。銀行から自動です')
      .expect(/銀行口座からの自動振替（口座振替）の期限の3日前・当日/)
      .say('1月の買い物は、いつお金ひかれますか？')
      .expect(/2027年3月1日/);
  });

  it('mum named colloquially, the paid-but-unpaid story in Kansai words, usable right after, 「口座振替で登録」 after the list', async () => {
    await chat().say('明細見たらオカンが使てたみたいやわ。これ取り消しできる？').expect(/家族/);
    await chat()
      .say('昨日の夜ファミマで払ってんけど、アプリ見たらまだ未払いのままやねん。ほんまに払えてんのか不安やわ')
      .expect(/^払ったのに未払いの表示/m);
    await chat()
      .say('反映されたら、すぐに次の買い物はできますか？')
      .expect(/2〜3営業日/);
    await chat(new Date('2027-08-22T10:00:00+09:00'))
      .say('今なんか登録されてる？')
      .say('口座振替で登録')
      .expect(/口座振替）の期限の3日前・当日/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });
});

describe('session 43: blind sets 429–432, the untouched halves once measured', () => {
  it('"if i miss the dec 10 … from which day cant i use atone" gives the day after, by date', async () => {
    await chat(new Date('2026-11-20T12:00:00+09:00'))
      .say(
        'if i miss the dec 10 konbini deadline from which day cant i use atone anymore? and is there a late fee',
      )
      .expect(/suspended from Friday, 11 December 2026/);
  });

  it('no email and no SMS with no idea what to pay is a bill not come; "is my account ok or blocked?" the suspension', async () => {
    await chat(new Date('2027-12-08T12:00:00+09:00'))
      .say('No email no SMS nothing. its already the 8th and I dont know how much to pay or where to pay it')
      .expect(/3rd business day/);
    await chat()
      .say('can u check my account is ok or blocked? i worry because i pay late last month')
      .expect(/suspended|停止/);
  });

  it('「…12月3日らしい。これって11月分？12月分？」 asks of the bill, not the order', async () => {
    await chat(new Date('2026-12-01T12:00:00+09:00'))
      .say('11月30日の夜に注文したけど発送は12月3日らしい。これって11月分？12月分？コンビニ払いです')
      .expect(/確定/);
  });

  it('"remind me for mine, not hers"; "did i miss it??" after a deadline; "nvm 3 was fine"', async () => {
    await chat(new Date('2027-01-14T20:00:00+09:00'))
      .say('not the konbini, i have bank autopay. when does it get taken for december stuff')
      .say("my sister pays w the postcard tho, when's hers due")
      .say('k remind me for mine, not hers')
      .expect(/automatic bank debit/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
    await chat(new Date('2027-10-30T13:00:00+09:00'))
      .say('and what about stuff i bought back in january? barcode')
      .say('did i miss it??')
      .expect(/262 days ago/);
    await chat(new Date('2027-08-01T11:00:00+09:00'))
      .say('remind me abt my atone bill 3 days b4, i pay at familymart w the barcode')
      .say('actually make it 5 days')
      .say('nvm 3 was fine')
      .expect(/3 days before/);
    expect((await subscription())?.leadDays).toEqual([3]);
  });

  it('"switch my reminder to auto debit, that one\'s free right?" switches; "change my reminder to bank debit too" too', async () => {
    await chat(new Date('2027-03-10T22:00:00+09:00'))
      .say('remind me about the postcard bill')
      .say("ugh ok switch my reminder to auto debit, that one's free right?")
      .expect(/Changed\. I will remind you of your automatic bank debit/);
    await chat(new Date('2027-02-16T20:00:00+09:00'))
      .say('set reminder for konbini payment please, 2 days before')
      .say('I want to change from konbini to bank auto debit. from when it start?')
      .say('where i do that?')
      .expect(/My Page/)
      .say('ok, please change my reminder to bank debit too')
      .expect(/Changed/);
    expect(await subscription()).toMatchObject({ method: 'auto_debit' });
  });

  it('"500 points" names the festival; "*postcard" puts a typo right; "isnt sep 20 a holiday"', async () => {
    await chat(new Date('2026-11-30T19:00:00+09:00'))
      .say('am i eligible for the spring lottery thing?')
      .say('hold on was that the one where u get 500 points?')
      .expect(/Spring Points Festival/);
    await chat(new Date('2027-09-02T23:00:00+09:00'))
      .say('bought a hoodie aug 28, gonna pay w the postcrad. due when?')
      .say('*postcard')
      .expect(/20 September 2027/)
      .say('wait isnt sep 20 a holiday, do i get an extra day?')
      .expect(/Respect for the Aged Day/);
  });

  it('orders never made and an account stolen is misuse; the code offered to the bot is a no', async () => {
    await chat(new Date('2027-01-22T22:40:00+09:00'))
      .say(
        'hello. today i see in atone app 3 order i never make, from some game shop. i am very scared, maybe somebody steal my account?',
      )
      .expect(/不正利用被害のご相談フォーム/)
      .say('ok i ask him. if not him, i can send you my SMS code so you check?')
      .expect(/^No\./m);
  });

  it('refused with last month unpaid; "account come back?"; business days after it; a purchase to come; a cancelled order billed', async () => {
    await chat(new Date('2027-07-13T12:40:00+09:00'))
      .say(
        'atone payment not work at checkout!! it say cannot use. my bill from last month not paid yet... is this why?',
      )
      .expect(/suspended/);
    await chat(new Date('2027-04-30T18:00:00+09:00'))
      .say('I pay late 2 month. now my account stop. if I pay all, account come back?')
      .say('how many business day exactly? i pay today, friday')
      .expect(/2 to 3 business days/);
    await chat(new Date('2026-12-20T16:00:00+09:00'))
      .say('ok and i pay by bank debit, what day it take money for december stuff?')
      .say('and if I buy in january 2027?')
      .expect(/1 March 2027/);
    await chat(new Date('2026-12-04T20:50:00+09:00'))
      .say(
        'I order a bag on online shop in November but shop cancel because no stock. But atone email say I need pay 12,000 yen by December 10!! must I pay?',
      )
      .expect(/The shop cancels or changes the order/);
  });

  it('"and the next month?" walks on from the month answered; "when do they add the 100 yen" is the late fee', async () => {
    await chat(new Date('2026-12-10T09:00:00+09:00'))
      .say('when is the auto debit for my november purchases?')
      .say('and the next month?')
      .expect(/27 January 2027/)
      .say('and the one after that?')
      .expect(/1 March 2027/);
    await chat()
      .say('when do they add the 100 yen')
      .expect(/10th and 25th/);
  });
});

describe('session 43: blind sets 433–436 (tuning halves)', () => {
  it('"almost new year!" is no date; "does the new year holiday push it back?" is no request for more time', async () => {
    await chat(new Date('2026-12-30T11:00:00+09:00'))
      .say(
        "almost new year! for the stuff I bought this month, paid with the app barcode, when's the deadline? does the new year holiday push it back?",
      )
      .expect(/^For December 2026 purchases paid by app barcode[^\n]*10 January 2027/m);
  });

  it('a last use told and "any campaign for ppl like me?"; atone split asked beside Amazon\'s', async () => {
    await chat(new Date('2027-12-10T13:45:00+09:00'))
      .say("haven't touched atone since 2022 lol. any campaign for ppl like me?")
      .expect(/2022/);
    await chat()
      .say('amazon has paidy with 3 installments, can atone split payments too?')
      .expect(/atone(プラス| Plus)/i);
  });

  it('a chain with the way in brackets; paid the same bill two times', async () => {
    await chat(new Date('2027-02-08T12:00:00+09:00'))
      .say('セブンでコンビニ端末払い（番号入れるやつ）できますか？期限10日なんで急いでます')
      .expect(/セブン-イレブンでは/);
    await chat()
      .say('hello, i pay same bill two time by mistake (konbini and also bank). money come back to me?')
      .expect(/twice|two/i);
  });

  it('「まとめて払えたら」 is no summary asked; a hedged wish is asked back; a card for the bill; PayPay after it', async () => {
    await chat(new Date('2026-12-05T19:00:00+09:00'))
      .say('11月3日と11月29日と12月1日にatoneで買い物しました。コンビニ払いです。それぞれ期限いつですか？')
      .say('Amazonの買い物もatoneでまとめて払えたら楽なんだけど、無理？')
      .expect(/Amazon（Amazon.co.jp）では atone は使えません/);
    await chat(new Date('2027-09-20T12:00:00+09:00'))
      .say('口座振替にしてるんだけど、引き落とし日が近くなったら教えてくれたら助かるんだけどなー')
      .expect(/設定しますか/);
    expect(await subscription()).toBeUndefined();
    await chat()
      .say('atoneの支払い、クレカでできないの？')
      .expect(/^いいえ、クレジットカードは/m)
      .say('PayPayは？')
      .expect(/^いいえ、PayPayは/m);
  });

  it("a cancellation of an atone purchase after Amazon's debit card; the minimum spend after a campaign", async () => {
    await chat(new Date('2027-04-27T13:30:00+09:00'))
      .say('Amazonでデビットカード使ったんだけど、いつ引き落とされるの？')
      .say('atoneで買ったものをキャンセルしたら請求はどうなる？')
      .expect(/注文のキャンセルや変更はお店が行います/);
    await chat()
      .say('ポイント祭りの条件って何？')
      .say('最低いくら使えばいいの？')
      .expect(/記載なし|金額/);
  });

  it('"not paying at a konbini" leaves the debit; 「届かないまま期限を過ぎてしまったら」 is paying late', async () => {
    await chat(new Date('2027-06-01T12:00:00+09:00'))
      .say("I'm not paying at a konbini. when's the deadline for my may purchases?")
      .expect(/automatic bank debit/)
      .expectNot(/10 June/);
    await chat().say('もし請求書が届かないまま支払い期限を過ぎてしまったら、どうなりますか').expect(/100円/);
  });

  it('「前日にも欲しいねんけど」 adds to the lead times set (「だけど」 is no 「だけ」)', async () => {
    await chat(new Date('2027-01-20T12:00:00+09:00'))
      .say('口座振替で3日前に教えて')
      .say('通知、前日にも欲しいねんけど');
    expect((await subscription())?.leadDays).toEqual([3, 1]);
  });

  it("one way's reminders asked for, another's turned down: the one set, nothing stopped", async () => {
    await chat(new Date('2027-08-20T12:00:00+09:00')).say(
      'コンビニ払いのリマインダーつけといて。口座振替のほうはいらんで',
    );
    expect(await subscription()).toMatchObject({ method: 'store', active: true });
  });

  it('undecided between two ways: which is asked, and answered two turns later', async () => {
    await chat(new Date('2027-02-03T12:30:00+09:00'))
      .say('リマインダー設定したいねんけど、はがきとバーコードどっちにするかまだ迷ってんねん')
      .expect(/お支払い方法はどれですか/)
      .say('そもそもはがきとバーコードで手数料ちゃうの？')
      .say('ほなバーコードで')
      .expect(/電子バーコードの期限の3日前・当日/);
    expect(await subscription()).toMatchObject({ method: 'barcode' });
  });

  it('"whats the fee if i paid those at the konbini instead" after deadlines is the fee', async () => {
    await chat(new Date('2026-12-22T22:00:00+09:00'))
      .say('so december purchases on auto debit come out in january right? which day')
      .say('and the november ones?')
      .say('whats the fee if i paid those at the konbini instead')
      .expect(/209 yen/);
  });
});

describe('session 43: blind sets 433–436, the untouched halves once measured', () => {
  it('「…家族が勝手に…使ったみてぇなんだども、取り消してもらえるんだが？」 after a change takes nothing back', async () => {
    await chat(new Date('2026-12-20T12:00:00+09:00'))
      .say('口座振替で前日に教えて')
      .say('当日も追加して')
      .say('ところで、家族が勝手におらのatone使ったみてぇなんだども、取り消してもらえるんだが？')
      .expect(/家族/);
    expect((await subscription())?.leadDays).toEqual([1, 0]);
  });

  it('"on the postcard deadline day at 8am" is the day itself; 「5日前でねくて1週間前に」 replaces', async () => {
    await chat(new Date('2027-12-10T12:00:00+09:00')).say('ok remind me on the postcard deadline day at 8am');
    expect(await subscription()).toMatchObject({ leadDays: [0], sendHour: 8 });
  });

  it('「5日前でねくて1週間前にしてけろ」 replaces one lead time with another', async () => {
    await chat(new Date('2027-08-01T12:00:00+09:00'))
      .say('はがきで5日前に教えて')
      .say('やっぱし5日前でねくて1週間前にしてけろ');
    expect((await subscription())?.leadDays).toEqual([7]);
  });

  it('shops, cards and wallets: the bill with PayPay, Merpay balance, atone not offered at a shop, a bill in another name', async () => {
    await chat()
      .say('atone bill with paypay possible?')
      .expect(/^No\. PayPay is not one of the ways/m);
    await chat()
      .say('メルペイの残高でatoneの請求払えたりする？')
      .expect(/^いいえ、メルペイは/m);
    await chat().say('ZOZOTOWNで買おうとしたらatoneが選べなかった。使えない店ってこと？').expect(/お店/);
    await chat()
      .say('I got atone bill with other person name in my mailbox. what i do')
      .expect(/member|名義|address/i);
  });

  it('"whats the last day?" after a bill email; paid at two places; 「次いつ加算される？」; "can you say in english? my wife is not japanese"', async () => {
    await chat(new Date('2026-12-03T09:00:00+09:00'))
      .say(
        'hi, got a bill email this morning for the stuff i bought in november. i pay with the barcode in the app at lawson. whats the last day?',
      )
      .expect(/10 December 2026/);
    await chat()
      .say(
        'omg i think i paid my november bill at family mart AND with the barcode at lawson. do i get the money back automatically?',
      )
      .expect(/twice/);
    await chat(new Date('2027-02-11T12:00:00+09:00'))
      .say('昨日が期限のコンビニ払いやったら、次いつ加算される？')
      .expect(/25日/);
    await chat()
      .say('アプリで払ったのにまだ未払いになってます。もう一度払うべきですか？')
      .say('sorry, can you say in english? my wife is not japanese')
      .expect(/[a-z]{4,} [a-z]{4,}/);
  });
});
