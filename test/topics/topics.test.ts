// The FAQ topics of the knowledge base (../shared/domain-faq.md): each is found by the questions
// it was written for, answers in both languages without claiming what the file says must not be
// claimed, says when a fact comes from a third party, and points to the way out where it cannot
// answer. Topics are data: these tests run over whatever src/domain/topics.json holds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topic } from '../../src/domain/knowledge-base.js';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import { routeText } from '../../src/topics/routes.js';
import type { Lang } from '../../src/types.js';
import { answeredBy, ask } from '../helpers/ask.js';

const kb = defaultKnowledgeBase();
const LANGS: readonly Lang[] = ['ja', 'en'];

/** A topic's answer as the bot words it, before the source lines. */
function answerText(topic: Topic, lang: Lang): string {
  return [topic.answer[lang], routeText(kb, topic.routes, lang)].filter(Boolean).join('\n');
}

describe.each(kb.topics.map((topic) => ({ id: topic.id, topic })))('topic $id', ({ topic }) => {
  it('is the answer to at least 95 % of its own example questions', () => {
    const questions = [...topic.examples.ja, ...topic.examples.en];
    const missed = questions.filter((q) => answeredBy(ask(q)) !== topic.id);
    expect(missed.length / questions.length, missed.join(' / ')).toBeLessThanOrEqual(0.05);
  });

  it.each(LANGS)('claims nothing it must not (%s)', (lang) => {
    const text = answerText(topic, lang);
    for (const { pattern, why } of topic.mustNotClaim)
      expect(text, `${why}: /${pattern}/`).not.toMatch(new RegExp(pattern, 'iu'));
    // Nothing in the sources gives a phone number or a chat channel, and a help bot never asks for secrets.
    expect(text).not.toMatch(/0120|\d{2,4}-\d{2,4}-\d{4}|電話窓口|phone line|live chat/i);
    expect(text).not.toMatch(
      /(パスワード|認証コード)を(教えて|送って)ください|send (me|us) your (password|code)/i,
    );
  });

  it('says so when a fact comes from a third party', () => {
    if (topic.sources.every((s) => s.official)) return;
    expect(topic.answer.ja).toMatch(/第三者/);
    expect(topic.answer.en).toMatch(/third-party/i);
  });

  it('reads as Japanese in Japanese: no English phrases outside names and links', () => {
    const prose = answerText(topic, 'ja').replace(/https?:\/\/\S+/g, '');
    expect(prose).not.toMatch(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/);
  });

  it('answers in the language of the question, with its title, sources and, where it has one, the route', () => {
    for (const lang of LANGS) {
      const answer = ask(topic.examples[lang][0] as string);
      expect(answer.lang).toBe(lang);
      expect(answer.title).toBe(topic.label[lang]);
      // After the yes or no of a question the topic settles (「実店舗で使える?」), if any.
      expect(
        answer.text.replace(/^(?:はい|いいえ)、|^(?:Yes|No)\. /, '').startsWith(topic.answer[lang]),
      ).toBe(true);
      expect(answer.text).toMatch(lang === 'ja' ? /出典: .+確認） https:\/\// : /Source: .+ https:\/\//);
      expect(answer.sources?.[0]?.url).toBe(topic.sources[0]?.url);
      if (topic.routes.length > 0) expect(answer.text).toContain('https://faq.atone.be/hc/ja');
    }
  });
});

describe('paraphrases kept out of the examples', () => {
  // Written with the examples, never used as examples: how well the topics generalise. Their
  // first run, before any cue was tuned, matched 146 of 192 (76 %); see the report in README.
  const paraphrases = readFileSync(new URL('./paraphrases.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { topic: string; lang: Lang; text: string });

  it('has at least three per topic and language', () => {
    for (const topic of kb.topics)
      for (const lang of LANGS)
        expect(
          paraphrases.filter((p) => p.topic === topic.id && p.lang === lang).length,
        ).toBeGreaterThanOrEqual(3);
  });

  it('finds the topic for at least 95 % of them', () => {
    const missed = paraphrases.filter((p) => answeredBy(ask(p.text)) !== p.topic);
    expect(missed.length / paraphrases.length, missed.map((p) => p.text).join(' / ')).toBeLessThanOrEqual(
      0.05,
    );
  });
});

describe('a way out, never a dead end', () => {
  const handoff = kb.topics.find((t) => t.id === 'handoff') as Topic;

  it.each([...handoff.examples.ja, ...handoff.examples.en])(
    'what only atone can see gets the route, never an amount or a status: %s',
    (question) => {
      const answer = ask(question);
      expect(answer.handoff).toBe(true);
      expect(answer.text).toContain('https://faq.atone.be/hc/ja/requests/new');
      expect(answer.text).toContain('https://faq.atone.be/hc/ja');
      const body = answer.text.split(/\n\n(出典|Source): /)[0] as string;
      expect(body).not.toMatch(/\d[\d,]*\s?(円|yen)|¥\s?\d/);
      expect(body).not.toMatch(/支払い済みです|未払いです|返金されました|is paid|has been (paid|refunded)/);
    },
  );

  it.each([
    ['今日の晩ごはん何にしよう', 'ja'],
    ['qwkj zxmv plorb', 'en'],
  ])('a question the bot does not understand still ends with where to look: %s', (question, lang) => {
    const answer = ask(question);
    expect(answer.intent).toBe('fallback');
    expect(answer.lang).toBe(lang);
    expect(answer.text).toContain('https://faq.atone.be/hc/ja');
    expect(answer.text).not.toMatch(/^すみません、その質問にはお答えできません。$/m);
  });

  it.each([
    ['Can I use atone at Uniqlo?', 'where_to_use'],
    ['メルカリでatone使える？', 'where_to_use'],
    ['ZOZOTOWNでアトネ払いできますか', 'where_to_use'],
    ['Amazonでatoneは使える？', 'amazon'],
    ['can I use atone on amazon.co.jp', 'amazon'],
  ])('"%s" → %s: how to check, never a guess', (question, intent) => {
    const answer = ask(question);
    expect(answer.intent).toBe(intent);
    if (intent === 'where_to_use') {
      expect(answer.text).toMatch(/支払い方法|決済画面|payment-methods page|checkout/);
      expect(answer.text).not.toMatch(/(ユニクロ|メルカリ|ZOZO|Uniqlo)/i);
    }
  });

  it.each([
    'can I pay my atone bill with PayPay?',
    'atoneの請求をPayPayで払える？',
    'アトネの支払いってメルペイでできる？',
    'can i pay atone with paypay',
    'アトネをPayPayで払える？',
  ])('paying the atone bill with another service is a question about the ways to pay: %s', (question) => {
    const answer = ask(question);
    expect(answer.intent).toBe('payment_methods');
    expect(answer.text).toMatch(
      /(PayPay|メルペイ)(は atone 翌月払いの支払い方法にはありません| is not one of the ways)/,
    );
  });

  it.each([
    'PayPayの請求はいつまでに払う？',
    'When is my PayPay bill due?',
    'how do i pay my rakuten card bill',
    'Paidyの支払い期限は？',
  ])('another service’s own bill stays out of scope: %s', (question) => {
    expect(ask(question).intent).toBe('fallback');
  });
});

describe('つど後払い never gets 翌月払い dates', () => {
  it.each([
    'つど後払いの期限は？',
    'つど後払いっていつまでに払えばいい？',
    'つど後払いで11月15日に買った。いつまで？',
    'つど後払いの支払い期限をコンビニ払いで教えて',
    'tsudo atobarai deadline?',
    'when is a つど後払い payment due',
  ])('%s', (question) => {
    const answer = ask(question);
    expect(answer.text).not.toMatch(/(?<!\d)(10|20|27)日|\b(10|20|27)(st|nd|th)\b/);
    expect(answer.text).toMatch(/ヘルプセンター|help centre/);
  });
});

describe('session 30: the points’ expiry', () => {
  it('「NPポイントって有効期限あるん？」 is about the points, with no "did you mean the deadline?"', () => {
    const a = ask('NPポイントって有効期限あるん？');
    expect(a.intent).toBe('np_points');
    expect(a.text).not.toMatch(/もしかして/);
  });
});

describe('session 30: blind set 206 (tuning half), single questions', () => {
  it('reads dialect and paraphrase as the topic', () => {
    expect(
      ask('なんか知らんうちに誰かがワイのアカウントで買い物しとるっぽいねん。どないしたらええ？').intent,
    ).toBe('fraud_report');
    expect(
      ask('うぢの倅が、おらのアトネで勝手に買い物したみてぇだ。なんとか取り消してもらえねぇべか').intent,
    ).toBe('family_or_shared_use');
    expect(ask("can I get atone to let me spend more? 50k a month isn't enough for me").intent).toBe(
      'limit_increase',
    );
    const leaving = ask(
      "I'm done with atone. how do I get rid of my account completely? and would that wipe what I still owe?",
    );
    expect(leaving.intent).toBe('withdrawal');
    expect(leaving.text).toMatch(/still have to pay/);
  });

  it('a code given in the chat is warned against, never echoed; a payment number is no secret', () => {
    const a = ask('The SMS code is 839201, can you just finish the checkout for me?');
    expect(a.text).toMatch(/^Please never share an SMS code or a password/);
    expect(a.text).not.toMatch(/839201/);
    expect(ask('受付番号は123456です。どこで払える？').text).not.toMatch(/誰にも送らないで/);
    expect(ask('my password is fine, the problem is the sms code never comes').text).not.toMatch(
      /^Please never/,
    );
  });
});

describe('session 30: paid, shown unpaid, paying again supposed', () => {
  it('「払ったのにアプリでまだ未払い…もう一回払った方がいい？」 is a payment not shown yet, not a double payment', () => {
    expect(ask('昨日ファミマで払ったのにアプリでまだ未払いになってる。もう一回払った方がいい？').intent).toBe(
      'paid_but_shown_unpaid',
    );
    expect(
      ask(
        'Paid my atone at the Lawson terminal on the 9th, then I paid again at 7-Eleven on the 10th. Two receipts.',
      ).intent,
    ).toBe('overpaid_or_double_paid');
  });
});
