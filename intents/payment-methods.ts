// The four ways to pay a 翌月払い bill, with their due days and fees.
import { type KnowledgeBase, methodById } from '../src/domain/knowledge-base.js';
import { waysLeft } from '../src/domain/methods.js';
import { defineIntent, t } from '../src/intent.js';
import { asksWhether } from '../src/nlu/asks-whether.js';
import { bullets, dueRuleText, feeAmount, joinLines } from '../src/phrases.js';
import type { Lang } from '../src/types.js';

// Ways of paying people ask about that are none of the four (the text is normalised: katakana
// as hiragana). 口座振替 (a debit) is one; 振込 (a transfer to atone) is not.
const NOT_A_WAY: readonly (readonly [RegExp, { ja: string; en: string }])[] = [
  [/くれじっと|くれか|(?<![a-z])credit ?card/, { ja: 'クレジットカード', en: 'A credit card' }],
  [/でびっと|(?<![a-z])debit ?card/, { ja: 'デビットカード', en: 'A debit card' }],
  [/銀行振込|振込|振り込/, { ja: '銀行振込', en: 'A bank transfer' }],
  [/(?<![a-z])(?:bank|wire) transfer/, { ja: '銀行振込', en: 'A bank transfer' }],
];

export default defineIntent({
  name: 'payment_methods',
  label: { ja: '支払い方法の一覧', en: 'ways to pay' },
  examples: {
    ja: [
      '支払い方法を全部教えて',
      'どうやって払うの？',
      '支払い方法は何がある？',
      'atoneの払い方',
      'どこで払える？',
      'コンビニ以外で払える？',
      '支払い方法の種類',
      '口座振替はできる？',
    ],
    en: [
      'what are my options for paying',
      'payment methods',
      'how can I pay my atone bill',
      'where can I pay',
      'what payment options are there',
      'can I pay by bank account',
      'how do I pay the bill',
    ],
  },
  cues: [
    /支払い?方法|しはらいほうほう|払い方|支払い?手段|払う手段|支払いの?種類|払う方法|どこで(払|支払)|どうやって(払|支払)|払える\??$|以外(で|でも|に)(も)?(払|支払)/,
    /一覧|種類|どんな|何がある|なにがある|以外/,
    /(ways?|how) (can|do) i pay|ways? to pay|(payment|pay) (methods?|options?)|methods? of payment|pay(ing)? options|where (can|do) i pay|how to pay|other than|what else can i (use|pay)|pay (the|my) bill (with|by|using)/,
    /which ways|what ways|options/,
    // Paying the bill by card is a question about the ways to pay, not about needing a card.
    /(請求|bill).{0,15}(くれじっと|くれか|credit)|(くれじっと|くれか|credit).{0,15}(請求|bill)/,
    /\bpay\b.{0,15}\b(with|by|using)\b.{0,10}(credit|card)|(くれじっと|くれか).{0,10}(で)?(払|支払)/,
    // The methods themselves, asked with other words: 「決済方法って何がある」, "options for settling".
    /(決済|支払)(方法|手段).{0,12}(何が|なにが|以外|種類|一覧|全部)|options for (settling|paying)|options (do i have )?(for|to) pay|settl(e|ing) (the|my|an?) |どんな方法で(払|支払)|(some )?other way than|other ways? to pay/,
    // "変更" is change_method, Amazon's methods are amazon_payment_methods.
    /変更|変え|切り?替|\b(change|switch)\b|amazon|あまぞん/,
  ],
  answer({ lang, kb, slots, normalized }) {
    const lines = methodLines(kb, lang);
    // "What is 口座振替?": that way first, then the others.
    const asked = slots.method && !slots.methods && !slots.otherService ? slots.method : undefined;
    if (asked) {
      const i = kb.methods.findIndex((m) => m.id === asked);
      return {
        title:
          kb.methods[i]?.name[lang] ?? t(lang, 'atone 翌月払いの支払い方法', 'Ways to pay an atone bill'),
        text: joinLines([
          lang === 'ja'
            ? `${lines[i]}\natone 翌月払いの支払い方法の一つです。ほかの支払い方法:`
            : `${lines[i]}\nIt is one of the ways to pay an atone 翌月払い (monthly) bill. The others:`,
          bullets(lines.filter((_, k) => k !== i)),
          kb.facts.fee_per_month.text[lang],
          ...(asked === 'store' ? [kb.facts.store_not_seven_eleven.text[lang]] : []),
        ]),
        facts: kb.methods.map((m) => ({ label: m.name[lang], value: dueRuleText(m, lang) })),
        sources: kb.methods.map((m) => m.source),
      };
    }
    // 「バーコードとコンビニ端末ってどう違うの？」: the ways named, side by side, the rest after.
    const named = !slots.otherService ? (slots.methods ?? []) : [];
    if (named.length >= 2 && named.length < kb.methods.length) {
      const shown = kb.methods.flatMap((m, i) => (named.includes(m.id) ? [lines[i] as string] : []));
      const others = kb.methods.filter((m) => !named.includes(m.id)).map((m) => m.name[lang]);
      return {
        title: t(lang, 'atone 翌月払いの支払い方法', 'Ways to pay an atone bill'),
        text: joinLines([
          bullets(shown),
          lang === 'ja'
            ? `ほかに${others.join('、')}でも払えます（支払い方法は全部で4つ）。`
            : `You can also pay by ${others.join(' or ')} (four ways in all).`,
          kb.facts.fee_per_month.text[lang],
          ...(named.includes('store') ? [kb.facts.store_not_seven_eleven.text[lang]] : []),
        ]),
        facts: kb.methods.map((m) => ({ label: m.name[lang], value: dueRuleText(m, lang) })),
        sources: kb.methods.filter((m) => named.includes(m.id)).map((m) => m.source),
      };
    }
    // "I don't have a bank account, how can I pay?", 「コンビニ以外の払い方は？」: the ways left.
    const left = waysLeft(slots.methodsTurnedDown).map((id) => methodById(kb, id));
    if (left.length > 0 && left.length < kb.methods.length) {
      const without = kb.methods.filter((m) => !left.includes(m)).map((m) => m.name[lang]);
      const shown = kb.methods.flatMap((m, i) => (left.includes(m) ? [lines[i] as string] : []));
      const free = kb.methods.find((m) => m.feeYen === 0);
      const freeLeft = free !== undefined && left.includes(free);
      return {
        title: t(lang, 'atone 翌月払いの支払い方法', 'Ways to pay an atone bill'),
        text: joinLines([
          lang === 'ja'
            ? `${without.join('・')}以外の支払い方法は${left.length}つです。`
            : `Besides ${without.join(' and ')}, there ${left.length === 1 ? 'is one way' : `are ${left.length} ways`} to pay:`,
          bullets(shown),
          ...(free && !freeLeft
            ? [
                lang === 'ja'
                  ? `どれも請求手数料がかかります（無料なのは${free.name.ja}だけです）。`
                  : `Each of these has the billing fee (only ${free.name.en} is free).`,
              ]
            : []),
          kb.facts.fee_per_month.text[lang],
          ...(left.some((m) => m.id === 'store') ? [kb.facts.store_not_seven_eleven.text[lang]] : []),
        ]),
        facts: left.map((m) => ({ label: m.name[lang], value: dueRuleText(m, lang) })),
        sources: left.map((m) => m.source),
      };
    }
    const notAWay = slots.otherService
      ? { ja: slots.otherService, en: slots.otherService }
      : NOT_A_WAY.find(([pattern]) => pattern.test(normalized))?.[1];
    // Asked whether (「クレカで払える？」 "can I pay by credit card?"): the answer says no first.
    const askedWhether = notAWay !== undefined && asksWhether(normalized);
    return {
      title: t(lang, 'atone 翌月払いの支払い方法', 'Ways to pay an atone bill'),
      text: joinLines([
        // "Can I pay my atone bill with PayPay?", 「クレカで払える？」: no, these are the ways.
        notAWay
          ? lang === 'ja'
            ? `${askedWhether ? 'いいえ、' : ''}${notAWay.ja}は atone 翌月払いの支払い方法にはありません。支払い方法は次の4つです。`
            : `${askedWhether ? 'No. ' : ''}${notAWay.en} is not one of the ways to pay an atone 翌月払い (monthly) bill. There are four:`
          : t(
              lang,
              'atone 翌月払いの支払い方法は4つです。',
              'An atone 翌月払い (monthly) bill can be paid in four ways:',
            ),
        bullets(lines),
        t(lang, '口座振替だけ請求手数料が無料です。', 'Only the bank debit is free of the billing fee.'),
        kb.facts.fee_per_month.text[lang],
        kb.facts.store_not_seven_eleven.text[lang],
      ]),
      facts: kb.methods.map((m) => ({ label: m.name[lang], value: dueRuleText(m, lang) })),
      sources: [
        ...kb.methods.map((m) => m.source),
        kb.facts.store_not_seven_eleven.source,
        kb.facts.fee_per_month.source,
      ],
    };
  },
});

// Each way's line (due day, fee, where) is the knowledge base's and reads the same in every
// answer: written once per knowledge base and language.
const linesOf: Record<Lang, WeakMap<KnowledgeBase, readonly string[]>> = {
  ja: new WeakMap(),
  en: new WeakMap(),
};

function methodLines(kb: KnowledgeBase, lang: Lang): readonly string[] {
  let lines = linesOf[lang].get(kb);
  if (lines === undefined) {
    lines = kb.methods.map((m) =>
      lang === 'ja'
        ? `${m.name.ja}: 期限は${dueRuleText(m, lang)}、手数料${feeAmount(m, lang)}。${m.where.ja}`
        : `${m.name.en}: due ${dueRuleText(m, lang)}, ${m.feeYen === 0 ? 'no fee' : `fee ${feeAmount(m, lang)}`}. ${m.where.en}`,
    );
    linesOf[lang].set(kb, lines);
  }
  return lines;
}
