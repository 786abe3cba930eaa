// Everything else: other services, the weather, gibberish. Never answered with atone facts.
import { defineIntent, t } from '../src/intent.js';
import type { Lang } from '../src/types.js';

// Thanks and greetings are not questions, but they deserve better than "I can't answer that".
const THANKS = /^(ありがと|さんきゅ|どうも|thanks?\b|thank you|thx|ty\b)/;
const GREETING =
  /^(こんにちは|こんばんは|おはよう|はじめまして|hello|hi\b|hey\b|good (morning|afternoon|evening))/;

export default defineIntent({
  name: 'fallback',
  label: { ja: 'その他', en: 'something else' },
  examples: { ja: [], en: [] },
  cues: [],
  answer({ lang, slots, normalized }) {
    const courtesy = courtesyReply(normalized, lang);
    const other = slots.otherService;
    const lead =
      courtesy ??
      (other
        ? t(
            lang,
            `${other}は atone とは別のサービスなので、このボットではお答えできません。${other}の公式情報を確認してください。`,
            `${other} is a different service from atone, so I cannot answer for it. Please check ${other}'s own help pages.`,
          )
        : t(lang, 'すみません、その質問にはお答えできません。', "Sorry, I can't answer that."));
    return {
      ...(courtesy ? {} : { title: t(lang, 'お答えできない質問です', "I can't answer that") }),
      text: [
        lead,
        t(
          lang,
          'atone の支払い期限・支払い方法・手数料・Amazonでの利用・キャンペーン・リマインダーについて聞いてください。「ヘルプ」で例を表示します。',
          'Ask me about atone deadlines, ways to pay, fees, Amazon, campaigns or reminders. Say "help" for examples.',
        ),
      ].join('\n'),
    };
  },
});

function courtesyReply(normalized: string, lang: Lang): string | undefined {
  if (THANKS.test(normalized)) return t(lang, 'どういたしまして。', "You're welcome!");
  if (GREETING.test(normalized)) return t(lang, 'こんにちは。atone-bot です。', "Hello! I'm atone-bot.");
  return undefined;
}
