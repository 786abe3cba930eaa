// atone on Amazon (no), Amazon gift cards with atone (no), and what to use there instead.
import { defineIntent, t } from '../src/intent.js';
import { joinLines } from '../src/phrases.js';
import { amazonPayApart, namesAmazonPay, WALLETS, walletOnAmazon } from './amazon-wallets.js';

// Asking for what to use instead, not whether atone works.
const ALTERNATIVES =
  /instead|alternative|other (option|way)|代わり|かわり|他に|ほかに|何なら|なにな|後払いしたい|あと払いしたい/;

// "amazon have some pay later option?", 「Amazonって後払いできる？」 without atone named: Amazon's
// own way to pay later is asked, and it is the answer, not "no".
// "…since atone dont work there", 「アトネ使えへんから」: atone's no already known, the way asked is another.
const ATONE_SAID_NOT_TO_WORK =
  /atone\s*(?:(?:does ?n'?t|dont|doesnt|won'?t|can'?t|cannot|isn'?t)\s+(?:work|accepted|usable)|(?:は|が)?(?:使えない|使えへん|使えん|だめ|ダメ|無理)(?:から|ので|けど|し|って))/;
const ASKS_A_WAY_TO_PAY_LATER =
  /(?:後払い|あと払い)(?:の)?(?:方法|手段|さーびす|機能)?(?:って|は|が|も)?(?:ある|あります|でき|使え)|(?<![a-z])(?:(?:have|has|offer|offers|got) (?:a |an |some |any )?(?:pay[- ]later|bnpl|buy now pay later)|(?:pay[- ]later|bnpl) (?:option|service|method)s?|how (?:can|do) i pay later|(?:any|a|some) (?:way|option)s? to (?:pay later|buy now,? pay later|pay afterwards?))(?![a-z])|後(?:で|から)払(?:う|え)(?:方法|手段)/;
const NAMES_ATONE = /atone|つど/;

// 「Amazon Payってなに？」「atoneとちがうの？」 "what is amazon pay, is it the same as atone?".
const DESCRIBES_AMAZON_PAY =
  /(?:amazon ?pay|あまぞんぺい)\s*(?:って|とは|て)(?:何|なに|なん)|違う|ちがう|違い|ちがい|同じ|おなじ|(?<![a-z])(?:what(?:'s| is) amazon ?pay|same|different|difference)(?![a-z])/;

export default defineIntent({
  name: 'amazon',
  label: { ja: 'Amazonでatone', en: 'atone on Amazon' },
  examples: {
    ja: [
      'アマゾンの支払いにatoneを選べる？',
      'アマゾンでatoneは使える？',
      'ギフト券をあとねで買いたい（Amazon）',
      'Amazonで後払いしたい',
      'AmazonでPaidyは使える？',
      'アマゾンの買い物をatoneで払いたい',
      'Amazonギフトカードをあとねで買える？',
    ],
    en: [
      'is atone available on amazon',
      'can I use atone on Amazon',
      'can I buy Amazon gift cards with atone',
      'how can I pay later on Amazon',
      'is atone accepted at amazon.co.jp',
    ],
  },
  cues: [
    /atone|後払い|あと払い|ぺいでぃ|paidy|ぎふと|あまぎふ|gift|pay later|pay-later|buy now/,
    /使え|使う|利用|払え|できる|買え|購入|accept|take|use|work/,
  ],
  answer(context) {
    const { lang, kb, normalized, follows, slots } = context;
    const giftCard = namesGiftCard(normalized);
    // "What can I use instead?" after hearing atone is not taken there: the alternative first
    // (「ギフト券は？」 after it asks about gift cards, answered below).
    if (
      (follows === 'amazon' && !giftCard) ||
      ALTERNATIVES.test(normalized) ||
      (ASKS_A_WAY_TO_PAY_LATER.test(normalized) &&
        (!NAMES_ATONE.test(normalized) || ATONE_SAID_NOT_TO_WORK.test(normalized)))
    ) {
      return {
        title: t(lang, 'Amazonで後払いするには', 'Paying later on Amazon'),
        text: joinLines([kb.facts.amazon_pay_later.text[lang], kb.facts.amazon_atone.text[lang]]),
        facts: [
          {
            label: t(lang, 'Amazonの後払い', 'Pay later on Amazon'),
            value: t(lang, 'あと払い（ペイディ）', 'あと払い (Paidy)'),
          },
        ],
        sources: [kb.facts.amazon_pay_later.source, kb.facts.amazon_atone.source],
      };
    }
    // Amazon Pay at another shop (「Amazon Payでatoneは使える？」): it pays with what the Amazon
    // account holds, and atone cannot be one of those, since Amazon does not take it.
    if (namesAmazonPay(normalized) && !giftCard) {
      // 「Amazon Payってなに？atoneとちがうの？」: what it is first, then that atone is apart from it
      // (a bare 「いいえ。」 would answer "isn't it different?" the wrong way round).
      const described = DESCRIBES_AMAZON_PAY.test(normalized);
      return {
        title: t(lang, 'Amazon Payでatoneは使えません', 'atone cannot be used through Amazon Pay'),
        text: joinLines([
          ...(described
            ? [kb.facts.amazon_pay.text[lang], amazonPayApart(lang)]
            : [
                t(
                  lang,
                  'いいえ。atoneはAmazonの支払い方法にないため、Amazon Payでは選べません。',
                  "No. atone is not one of Amazon's payment methods, so Amazon Pay cannot use it.",
                ),
                kb.facts.amazon_pay.text[lang],
              ]),
          t(
            lang,
            'atoneで払いたいときは、atoneに対応したお店の決済画面でatoneを選んでください。',
            'To pay with atone, choose atone at the checkout of a shop that offers it.',
          ),
        ]),
        facts: [],
        sources: [kb.facts.amazon_pay.source, kb.facts.amazon_atone.source],
      };
    }
    const ids = giftCard
      ? (['amazon_gift_card', 'amazon_atone', 'amazon_pay_later'] as const)
      : (['amazon_atone', 'amazon_gift_card', 'amazon_pay_later'] as const);
    // A wallet named in the question (「Amazonでメルペイのあと払いは？」) gets the newer wallets too.
    const wallets = slots.otherService && WALLETS.test(normalized) ? [kb.facts.amazon_wallets] : [];
    const wallet = walletOnAmazon(context);
    if (wallet) return wallet;
    const lines = [...ids.map((id) => kb.facts[id]), ...wallets].map((fact) => fact.text[lang]);
    return {
      title: t(lang, 'Amazonでatoneは使えません', 'atone is not accepted on Amazon'),
      // Japanese sentences follow each other without a space.
      text: `${t(lang, 'いいえ。', 'No. ')}${joinLines(lines)}`,
      facts: [
        {
          label: t(lang, 'Amazonの後払い', 'Pay later on Amazon'),
          value: t(lang, 'あと払い（ペイディ）', 'あと払い (Paidy)'),
        },
      ],
      sources: [
        kb.facts.amazon_atone.source,
        ...wallets.map((f) => f.source),
        kb.facts.amazon_pay_later.source,
      ],
    };
  },
});

/** An Amazon gift card named (「ギフト券」「アマギフ」 "gift card"). */
export function namesGiftCard(normalized: string): boolean {
  return /ぎふと|あまぎふ|gift/.test(normalized);
}
