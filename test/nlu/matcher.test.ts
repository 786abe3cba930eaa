// What the matcher misread before it was trained (issues 8 and 9), through the real bot: each
// must reach its intent or topic. Not the eval's sentences: those measure, these are regressions.
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.js';

const bot = createBot();
const now = new Date('2026-11-28T10:00:00+09:00');
const intentOf = (text: string) =>
  bot.handle({ platform: 'cli', userId: 'u', channelId: 'c', text, receivedAt: now }, now).intent;

const MISREADS: [string, string][] = [
  ['Do I get a text message telling me the amount due?', 'billing_notice'],
  ['when does amazon take the money from my debit card', 'amazon_payment_methods'],
  ['残高足りんくて引き落とし失敗してもうたんやけど、どないなるん？', 'late_payment'],
  ['アトネの請求って何で払えるの？選択肢ぜんぶ教えて', 'payment_methods'],
  ['wat are the ways to setle what i owe atone every month', 'payment_methods'],
  ['atoneってどうやって使うの？', 'how_to_use'],
  ['クレジットカードを持っていなくても使えますか？', 'about'],
  ['did I already set a reminder for the postcard deadline? show me what I have', 'reminder_list'],
  ['支払い忘れそうだからリマインダー登録しといて', 'reminder_subscribe'],
  ['Can I use atone at Uniqlo?', 'where_to_use'],
  ['退会したい', 'withdrawal'],
  ['I returned a jacket but still got billed', 'cancel_return_refund'],
  ['PayPayでatoneの請求を払える？', 'payment_methods'],
  ['how do I set a reminder?', 'reminder_subscribe'],
  ['how do I stop a reminder?', 'reminder_unsubscribe'],
];

describe('the matcher reads what it used to misread', () => {
  it.each(MISREADS)('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});

describe('out of scope', () => {
  it.each([['明日の天気は？'], ['tell me a joke'], ['Paidyの支払い期限は？'], ['asdfgh']])(
    '%s → fallback',
    (text) => {
      expect(intentOf(text)).toBe('fallback');
    },
  );
});

describe('a pasted text', () => {
  it('repeating one line does not outweigh the question before it', () => {
    const pasted = 'お支払いについてのご案内。'.repeat(800);
    expect(intentOf(`コンビニ払いの期限は？ 以下はメールの本文です: ${pasted}`)).toBe('deadline');
  });
});
