// What Amazon accepts, Amazon Pay, and when a debit card is charged.
import { defineIntent, t } from '../src/intent.js';
import { joinLines } from '../src/phrases.js';
import { amazonPayApart, namesAmazonPay, walletOnAmazon } from './amazon-wallets.js';

/** Other services Amazon's own list of payment methods names (kb.facts.amazon_methods). */
const AMAZON_LISTS: Readonly<Record<string, { ja: string; en: string }>> = {
  Paidy: { ja: 'あと払い（ペイディ）', en: 'あと払い (Paidy)' },
  PayPay: { ja: 'PayPay', en: 'PayPay' },
};

/** Cash on delivery, in Japanese, English or romaji (「代引き」 "COD", "daibiki"). */
export const CASH_ON_DELIVERY =
  /代引|代金引換|(?<![a-z])(?:cash on delivery|cod|daibiki|daikin ?hikikae)(?![a-z])/;

export default defineIntent({
  name: 'amazon_payment_methods',
  label: { ja: 'Amazonの支払い方法', en: "Amazon's payment methods" },
  examples: {
    ja: [
      'アマゾンはどんな払い方ができる？',
      'アマゾンの支払い方法',
      'Amazonで代引きはできる？',
      'Amazon Payとは？',
      'Amazonでデビットカードはいつ引き落とされる？',
      'Amazonでコンビニ払いできる？',
      'アマゾンで使えるクレジットカード',
    ],
    en: [
      'how can I pay on amazon',
      'what payment methods does Amazon accept',
      'does Amazon still have cash on delivery',
      'what is Amazon Pay',
      'when is my debit card charged on Amazon',
    ],
  },
  cues: [
    /支払い?方法|決済方法|払い方|決済手段|代引|代金引換|でびっと|debit card|amazon ?pay|くれじっと|くれか|こんびに(払|で払)|ぎふとかーど(で|は)|ぽいんとで|きゃりあ決済|携帯決済|ぺいぺい|paypay|電子まねー|ねっとばんきんぐ|何で(払|支払)|どう(やって)?(払|支払)|payment (methods?|options?)|ways to pay|pay (amazon )?with|cash on delivery|\bcod\b|carrier|phone bill|accept/,
    // A question about atone (or its pay-later alternatives) on Amazon is the amazon intent.
    /atone|後払い|あと払い|pay later|ぺいでぃ|paidy/,
  ],
  answer(context) {
    const wallet = walletOnAmazon(context);
    if (wallet) return wallet;
    const { lang, kb, normalized, slots } = context;
    // 「Amazonでペイディ使える？」: yes first, for a way Amazon lists itself.
    const listed = AMAZON_LISTS[slots.otherService ?? ''];
    const yes = listed
      ? [lang === 'ja' ? `はい、${listed.ja}はAmazonで使えます。` : `Yes: Amazon takes ${listed.en}.`]
      : [];
    const extra = [
      CASH_ON_DELIVERY.test(normalized) ? kb.facts.amazon_cash_on_delivery : undefined,
      // (A refund after a cancel is the debit card's: Amazon charges it at shipping. So is 「いつ引き
      // 落とされる？」 "when is it charged?", "when do they charge it?".)
      /でびっと|(?<!bank |direct |auto |automatic )debit|引き?落と|引かれ|返金|返ってく|戻ってく|きゃんせる|(?<![a-z])(?:refund\w*|money back|cancel\w*|when\b.*\b(?:charged?|charges|takes? the money))(?![a-z])/.test(
        normalized,
      )
        ? kb.facts.amazon_debit_card
        : undefined,
      namesAmazonPay(normalized) ? kb.facts.amazon_pay : undefined,
      // "Does Paidy allow installments?": its 3- and 6-part plans; so too "what about Paidy then?"
      // (after installments asked of atone, say), whose plans are what sets it apart.
      /分割|(?<![a-z])(?:installments?|instalments?|split)(?![a-z])/.test(normalized) ||
      slots.otherService === 'Paidy'
        ? kb.facts.amazon_pay_later
        : undefined,
    ].filter((fact) => fact !== undefined);
    // A follow-up about one of them ("and if I cancel, when is it refunded?") gets that one alone:
    // the list was just given.
    if (context.follows === 'amazon_payment_methods' && extra.length > 0 && yes.length === 0)
      return {
        text: extra.map((fact) => fact.text[lang]).join('\n'),
        sources: extra.map((fact) => fact.source),
      };
    // The newer wallets (メルペイ, d払い, au PAY; not 楽天ペイ) complete Amazon's list.
    const facts =
      extra.length > 0
        ? [...extra, kb.facts.amazon_methods, kb.facts.amazon_wallets]
        : [kb.facts.amazon_methods, kb.facts.amazon_wallets, kb.facts.amazon_cash_on_delivery];
    return {
      title: t(lang, 'Amazonの支払い方法', "Amazon's payment methods"),
      text: joinLines([
        ...yes,
        ...facts.map((fact) => fact.text[lang]),
        // (Amazon Pay asked of: apart from atone, which is said so.)
        namesAmazonPay(normalized)
          ? amazonPayApart(lang)
          : t(lang, 'atone は Amazon では使えません。', 'atone is not one of them.'),
      ]),
      sources: facts.map((fact) => fact.source),
    };
  },
});
