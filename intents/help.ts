// What the bot can do, with questions to copy.
import { encodeAction } from '../src/actions.js';
import { defineIntent, t } from '../src/intent.js';
import { bullets, joinLines } from '../src/phrases.js';
import type { AnswerIntent } from '../src/types.js';

// "i need help with atone", 「アトネのことで相談したい」: help asked for and nothing else said.
// (So too a question announced: 「すみません、ちょっと聞きたいんですが」 "can I ask you something?".)
const ASKS_FOR_HELP_ONLY =
  /^(?:hi|hello|hey)?[\s,!]*(?:i need|i want|need|can i get|can you|could you|please)?\s*(?:some )?help(?: me)?(?: (?:with|about|on) (?:atone|my atone|something|a question|my account))?(?: please)?[\s.!?]*$|^(?:hi|hello|hey|excuse me|sorry)?[\s,!]*(?:quick question|i have a (?:quick )?question|(?:can|could|may) i ask (?:you )?(?:something|a (?:quick )?question)|got a (?:quick )?question)(?: (?:about|on) (?:atone|my atone|something))?[\s.!?]*$|^(?:すみません|すいません|あの|あのー|えっと)?[、,\s]*(?:あとね|atone)?(?:の|について|のことで)?(?:ちょっと|少し)?(?:相談したい|相談があります|助けて|質問があります|質問したい|質問いいですか|質問してもいい|聞きたいことがある|聞きたい|お聞きしたい|伺いたい|お伺いしたい|聞いてもいい)(?:こと|ことが|ことがあるん)?(?:んだけど|んですけど|んですが|のですが|ですが|けど|です|ですか|かな)?[\s。!！?？…]*$/;

const SUGGESTED: readonly { intent: AnswerIntent; label: { ja: string; en: string } }[] = [
  { intent: 'deadline', label: { ja: '支払い期限', en: 'Deadlines' } },
  { intent: 'payment_methods', label: { ja: '支払い方法', en: 'Ways to pay' } },
  { intent: 'fees', label: { ja: '手数料', en: 'Fees' } },
  { intent: 'amazon', label: { ja: 'Amazonで使える？', en: 'Amazon?' } },
];

/** Whether the message only asks for help, with no question yet: what the bot can do is the answer. */
export function asksForHelpOnly(normalized: string): boolean {
  return ASKS_FOR_HELP_ONLY.test(normalized);
}

export default defineIntent({
  name: 'help',
  label: { ja: 'ヘルプを見せて', en: 'help' },
  examples: {
    ja: [
      'ヘルプ',
      '何ができるの？',
      '何を聞けばいい？',
      '使い方を教えて',
      'このボットについて',
      'コマンド一覧',
    ],
    en: [
      'what questions can you answer',
      'help',
      'what can you do',
      'how do I use this bot',
      'commands',
      'what do you know',
    ],
  },
  cues: [
    /^(へるぷ|help|\?|使い方|つかいかた)$|へるぷ|何ができ|なにができ|何を聞|何が聞|できること|ぼっと|こまんど一覧|どんな(質問|こと)|何に答え|何を質問|質問すれば|質問(の)?例|こまんど/,
    /\bhelp\b|what (topics|questions|things) can you|(your|the bot.?s) features|what are you for|what can (you|i)\b|what do you (know|do)|\bbot\b|commands?\b|how do i use (you|this)/,
  ],
  answer({ lang }) {
    const examples =
      lang === 'ja'
        ? [
            '支払い期限: 「コンビニ払いの期限は？」「11月15日に買った分は？」',
            '支払い方法・手数料・変更: 「支払い方法の一覧」「手数料は？」',
            'Amazon: 「Amazonでatoneは使える？」',
            'キャンペーン: 「2024年1月に最後に使った。対象？」',
            'リマインダー: 「口座振替なので3日前に教えて」「リマインダー一覧」「通知を解除して」',
            'よくある質問: 「返品したのに請求が来た」「本人確認のやり方」「退会したい」「ログインできない」',
          ]
        : [
            'Deadlines: "When is my konbini payment due?", "I bought on 15 November, when do I pay?"',
            'Ways to pay, fees, changing method: "Which ways can I pay?", "Are there fees?"',
            'Amazon: "Does Amazon take atone?"',
            'Campaigns: "I last used atone in January 2024, am I eligible?"',
            'Reminders: "Remind me 3 days before, I pay by direct debit", "list my reminders", "stop reminding me"',
            'Common questions: "I returned it but was still billed", "How do I verify my identity?", "How do I close my account?"',
          ];
    return {
      title: t(lang, 'atone-bot でできること', 'What atone-bot can do'),
      text: joinLines([
        t(
          lang,
          'atone（アトネ）の支払いについて、日本語でも英語でも答えます。日付は、あなたのケースに合わせて計算します。',
          'I answer questions about paying atone (アトネ), in English or Japanese, with the exact date for your case.',
        ),
        bullets(examples),
        t(
          lang,
          'ご自身の請求額や支払い状況は見えないので、その場合は atone のヘルプセンターを案内します。',
          'I cannot see your own bill or payment status; for those I point you to atone’s help centre.',
        ),
      ]),
      // The questions most people come with, one press away (quick replies on LINE, buttons elsewhere).
      actions: SUGGESTED.map(({ intent, label }) => ({
        id: encodeAction({ kind: 'ask', intent }),
        label: label[lang],
      })),
    };
  },
});
