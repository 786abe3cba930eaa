// 請求手数料 per method (and the late fee, which people often mean by "fees" too).
import { methodById, type PaymentMethod } from '../src/domain/knowledge-base.js';
import { waysLeft } from '../src/domain/methods.js';
import { defineIntent, t } from '../src/intent.js';
import type { Slots } from '../src/nlu/slots.js';
import { bullets, feeAmount, joinLines } from '../src/phrases.js';

/** "Three shops, three fees?", 「3回買ったら3回分？」: whether the fee is per purchase (it is per month). */
export const ASKS_PER_PURCHASE =
  /(?:\d|何|一|二|三|複数)\s*回分|何回|複数回(?:購入|買|注文|使|利用)|(?:その)?都度(?!後払い)|twice|(?:every|each|per) (?:single |individual )?(?:shop|store|purchase|order)|(?:店|購入|買い物|注文)(?:ごと|毎)|(?:買う|買い物する|使う|購入する|注文する)(?:たび|度)|毎回|別々|(?<![a-z])(?:(?:every|each) time|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many) times|for each (?:one|of them))(?![a-z])|(?<![a-z])(?:buy|order|purchase|get)(?:ing)? (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|a few|lots of|a lot of) (?:things|items|stuff|products|orders|purchases|times)(?![a-z])|\d+\s*(?:個|点|件|つ)(?:も)?(?:買|購入|注文)/;

// 「タダだよね？」 "is it free?" / 「手数料かかるん？」 "is there a fee?": yes/no questions about one
// method's fee, whose answer says yes or no first. How much (いくら, how much) is no yes/no.
// 「無料にする方法はありますか？」「手数料かからなくできる？」 "how can I avoid the fee?": a way to pay
// without it asked for.
const ASKS_A_WAY_TO_FREE =
  /無料に(?:する|なる|でき)|ただに(?:する|なる|でき)|(?:手数料|料金)(?:を|が)?(?:かからなく|なくせ|なくす|無くす|節約|避け|払わずに)|かからない(?:方法|やり方|ように)|(?<![a-z])(?:avoid (?:the |this |that |paying (?:the |a )?)?fees?|make it free|(?:a |any )?way (?:to|of) (?:not paying|avoiding) (?:the |a )?fees?|(?:a |any )?free option|save (?:on )?the fees?|get rid of (?:the |this )?fees?)(?![a-z])/;
const ASKS_IF_FREE = /無料|ただ(?:だ|です|なん|なの|やんな|やろ|じゃ|\?)|(?<![a-z])(?:free|no fee)(?![a-z])/;
export const ASKS_IF_CHARGED =
  /かか(?:る|ります|らない|らへん|らん)(?:ん|の|か)?\s*(?:\?|よね|やんな|やろ)|有料|(?<![a-z])(?:is there (?:a |any )?fee|do(?:es)? (?:it|they|i) (?:cost|charge)|any fees?|charged\?)(?![a-z])/;
// 「口座振替にしたらかからない？」 "it costs nothing, right?": asked the other way round, so a free
// way is a yes (「はい」 to a negative question agrees with it).
const ASKS_IF_NOT_CHARGED = /かから(?:ない|へん|ん)(?:ん|の|か)?\s*(?:\?|よね|やんな|やろ)/;
const ASKS_HOW_MUCH = /いくら|なんぼ|何円|(?<![a-z])how much(?![a-z])/;

// 「他と比べてどうなん」 "how does it compare to the others?": one method's fee set beside the rest.
const COMPARES_WITH_OTHERS =
  /(?:他|ほか)(?:の(?:方法|払い方|支払い?方法|やつ|もの|ん))?(?:と|に)(?:比べ|くらべ|比較)|(?:他|ほか)の(?:方法|払い方|支払い?方法)(?:は|って|だと)|(?<![a-z])(?:compared? (?:to|with) (?:the )?(?:others?|rest)|than (?:the )?(?:others?|rest)|vs\.? (?:the )?others?|the other (?:methods|options|ways))(?![a-z])/;

export default defineIntent({
  name: 'fees',
  label: { ja: '手数料', en: 'fees' },
  examples: {
    ja: [
      '手数料がかからない払い方は？',
      'はがきだといくらかかる？',
      '手数料はいくら？',
      'コンビニ払いだと手数料かかる？',
      '口座振替は無料？',
      '209円って何の料金？',
      '手数料を安くしたい',
    ],
    en: [
      'is there a fee',
      'how much is the fee for paying at a convenience store',
      'is direct debit free',
      'what does atone cost',
      'why was I charged 209 yen',
      'which payment method has no fee',
    ],
  },
  cues: [
    /手数料|料金|無料|有料|タダ|ただ[でな]|いくらかかる|お金かかる|かかる\?|209|上乗せ/,
    /\bfees?\b|free\b|cost|charge[sd]?\b|how much|209/,
    // "Which option has no fee?" asks about fees, even though it names the options.
    /(no|without|zero) (billing )?fees?|fee-?free|free of charge|手数料(が|の)?(かから|無料|ない|なし)/,
    // "The cheapest way to pay" is a question about fees (issue 8: it got the list of methods).
    /cheap|least expensive|lowest (fee|cost)|安い|安く|安上がり/,
    // The late fee belongs to late_payment.
    /延滞|遅れ|遅延|\blate\b|overdue/,
  ],
  answer({ lang, kb, slots, normalized }) {
    const methods = slots.methods
      ? slots.methods.map((id) => methodById(kb, id))
      : slots.method
        ? [methodById(kb, slots.method)]
        : waysLeft(slots.methodsTurnedDown).map((id) => methodById(kb, id));
    const lines = methods.map((m) => `${m.name[lang]}: ${feeAmount(m, lang)}`);
    const free = kb.methods.filter((m) => m.feeYen === 0).map((m) => m.name[lang]);
    const [only] = methods;
    // One method asked about: its fee alone (the monthly 209円 rule means nothing for a free one).
    const what =
      only && methods.length === 1
        ? only.feeYen === 0
          ? [
              lang === 'ja'
                ? `${only.name.ja}の請求手数料は無料です。`
                : `Paying by ${only.name.en} is free: no billing fee.`,
              // Asked whether it is per purchase: the rule for the other ways too.
              ...(ASKS_PER_PURCHASE.test(normalized) ? [kb.facts.fee_per_month.text[lang]] : []),
            ]
          : [
              lang === 'ja'
                ? `${only.name.ja}の請求手数料は${feeAmount(only, lang)}（税込）です。`
                : `The billing fee for ${only.name.en} is ${feeAmount(only, lang)} (tax included).`,
              kb.facts.fee_per_month.text[lang],
            ]
        : methods.length < kb.methods.length
          ? [
              t(lang, '請求手数料（税込）:', 'Billing fee (tax included):'),
              bullets(lines),
              kb.facts.fee_per_month.text[lang],
            ]
          : [
              t(lang, '請求手数料（税込）:', 'Billing fee (tax included):'),
              bullets(lines),
              lang === 'ja' ? `無料なのは${free.join('、')}だけです。` : `Only ${free.join(', ')} is free.`,
              kb.facts.fee_per_month.text[lang],
            ];
    // 「買い物するたびにかかるの？」 is a yes/no question: its answer comes first.
    // (Of purchases told in different months, 「11月3日と12月1日」: once in each month's bill.)
    const months = billedMonths(slots.dates);
    const perPurchase = ASKS_PER_PURCHASE.test(normalized)
      ? months > 1 && methods.some((m) => m.feeYen > 0)
        ? [
            t(
              lang,
              `購入ごとではなく請求1か月につき1回ですが、この${months}件は別々の月の利用なので、請求${months}回分（それぞれの月に1回）かかります（口座振替は無料）。`,
              `Not per purchase, but once per billed month: these fall in ${months} different months, so it is charged ${months} times, once on each month's bill (bank debit is free).`,
            ),
          ]
        : [t(lang, 'いいえ、購入ごとにはかかりません。', 'No, it is not charged per purchase.')]
      : [];
    // So is 「タダだよね？」 or "is there a fee?" of one method.
    const yesNo =
      perPurchase.length === 0 && only && methods.length === 1 && !ASKS_HOW_MUCH.test(normalized)
        ? ASKS_IF_FREE.test(normalized) || ASKS_IF_NOT_CHARGED.test(normalized)
          ? only.feeYen === 0
          : ASKS_IF_CHARGED.test(normalized)
            ? only.feeYen > 0
            : undefined
        : undefined;
    // 「無料にする方法はありますか？」 "how do I avoid the fee?" of a way that has one: the free way,
    // and when a change to it applies, first (not a bare "no": there is a way).
    const wayToFree =
      only && methods.length === 1 && only.feeYen > 0 && ASKS_A_WAY_TO_FREE.test(normalized)
        ? kb.methods.find((m) => m.feeYen === 0)
        : undefined;
    const onlyFree =
      lang === 'ja' ? `無料なのは${free.join('、')}だけです。` : `Only ${free.join(', ')} is free.`;
    // ("why am i paying 209 yen every month": of a way that costs, the way that costs nothing, said
    // to whoever begrudges the fee.)
    if (
      only &&
      methods.length === 1 &&
      only.feeYen > 0 &&
      !wayToFree &&
      !COMPARES_WITH_OTHERS.test(normalized) &&
      BEGRUDGES_THE_FEE.test(normalized)
    )
      what.push(onlyFree);
    // "which is cheapest AND has the latest deadline": the latest due day too (bank debit's 27th).
    if (LATEST_DEADLINE.test(normalized)) what.push(latestDeadlineLine(kb.methods, lang, true));
    if (wayToFree) {
      what.unshift(
        lang === 'ja'
          ? `はい、${wayToFree.name.ja}に変えれば請求手数料は無料です。支払い方法の変更は、手続きをした翌月以降の請求から反映されます。`
          : `Yes: pay by ${wayToFree.name.en} and there is no billing fee. A change of payment method applies from the bill of the month after you make it.`,
      );
    }
    const verdict =
      yesNo === undefined || wayToFree
        ? ''
        : yesNo
          ? t(lang, 'はい、', 'Yes. ')
          : t(lang, 'いいえ、', 'No. ');
    if (verdict && what[0]) what[0] = `${verdict}${what[0]}`;
    // 「はがきって高いん？他と比べてどうなん」: the one asked about, then all four beside it.
    if (only && methods.length === 1 && COMPARES_WITH_OTHERS.test(normalized)) {
      const all = kb.methods.map((m) => `${m.name[lang]}: ${feeAmount(m, lang)}`);
      what.splice(
        1,
        0,
        t(lang, 'ほかの方法と比べると（税込）:', 'Compared with the other ways (tax included):'),
        bullets(all),
        onlyFree,
      );
    }
    return {
      title: t(lang, '請求手数料', 'Billing fees'),
      text: joinLines([
        ...perPurchase,
        ...what,
        t(lang, '期限に遅れると、別に延滞事務手数料がかかります。', 'Paying late adds a separate late fee.'),
      ]),
      facts: methods.map((m) => ({ label: m.name[lang], value: feeAmount(m, lang) })),
      sources: [...methods.map((m) => m.source), kb.facts.fee_per_month.source],
    };
  },
});

// 「なんで毎月209円も取られるん」 "why am i paying 209 yen every month", "so annoying".
const BEGRUDGES_THE_FEE =
  /なんで|なぜ|どうして|高い|もったいない|取られ|(?<![a-z])(?:why (?:am i|do i|is it|are they)|annoying|expensive|too much|rip-?off)(?![a-z])/;

// 「期限がいちばん遅いのは？」 "which has the latest deadline", asked beside the fee or alone.
export const LATEST_DEADLINE =
  /(?:期限|締め?切り?|支払日)(?:が|の)?(?:いちばん|一番|最も|もっとも)?(?:遅い|長い|あと)|(?:いちばん|一番|最も)(?:遅い|長い)(?:期限|締め?切り?)|(?<![a-z])(?:latest|longest|last) (?:deadline|due date|due day)|(?:most|longest) time to pay(?![a-z])/;

/** How many months the purchases told fall in (each month's bill carries the fee once). */
function billedMonths(dates: Slots['dates']): number {
  if (!dates) return 0;
  return new Set(
    dates.map((d) =>
      d.kind === 'day' ? `${d.date.year}-${d.date.month}` : `${d.month.year}-${d.month.month}`,
    ),
  ).size;
}

/**
 * "The latest deadline is the bank debit's: the 27th…" (`afterFree`: said after the free way, which
 * is the same one, 「…も」 "too").
 */
export function latestDeadlineLine(
  methods: readonly PaymentMethod[],
  lang: 'ja' | 'en',
  afterFree = false,
): string {
  const latest = methods.reduce((a, b) => (b.dueDay > a.dueDay ? b : a));
  const also = afterFree && latest.feeYen === 0;
  return lang === 'ja'
    ? `期限がいちばん遅いの${also ? 'も' : 'は'}${latest.name.ja}で、毎月${latest.dueDay}日です（銀行の休業日なら翌営業日）。`
    : `The latest deadline is ${latest.name.en}'s${also ? ' too' : ''}: the ${latest.dueDay}th of each month (the next business day if the bank is closed).`;
}
