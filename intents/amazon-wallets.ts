// A wallet asked about on Amazon (「メルペイでAmazon払える？」): whichever Amazon intent reads the
// question, the answer is about that wallet, not a "no" that belongs to atone.
import type { AnswerContext, AnswerDraft } from '../src/intent.js';
import { t } from '../src/intent.js';
import { joinLines } from '../src/phrases.js';
import type { Lang } from '../src/types.js';

/** The wallets Amazon added in 2024–2025 (and 楽天ペイ, which it does not take). */
export const WALLETS = /めるぺい|merpay|d払い|d ?barai|au ?pay|auぺい|楽天ぺい|rakuten pay/;

/** Amazon Pay named: not "amazon pay later" or "amazon payment", and not taken back (「Amazon Payって…ちがう」). */
export function namesAmazonPay(normalized: string): boolean {
  return AMAZON_PAY.test(normalized) && !TAKEN_BACK.test(normalized);
}
const AMAZON_PAY = /amazon ?pay(?![- ]?later|ment|ing)|あまぞん ?ぺい/;
const TAKEN_BACK = /(?:ちがう|違う)、?(?:ちがう|違う)|じゃなくて|no,? i mean|not amazon ?pay/;

// The wallets' names in an English answer (the Japanese name beside, as the facts give it).
const WALLET_IN_ENGLISH: Readonly<Record<string, string>> = {
  メルペイ: 'Merpay (メルペイ)',
  楽天ペイ: 'Rakuten Pay (楽天ペイ)',
  d払い: 'd払い (d Barai)',
};

/** The answer for the wallet the question names, or undefined when it names none or asks about atone. */
export function walletOnAmazon({
  lang,
  kb,
  normalized,
  slots,
  follows,
}: AnswerContext): AnswerDraft | undefined {
  const service = slots.otherService;
  if (!service || !WALLETS.test(normalized) || normalized.includes('atone')) return undefined;
  const name = lang === 'en' ? (WALLET_IN_ENGLISH[service] ?? service) : service;
  const accepted = service !== '楽天ペイ';
  // (That atone is not taken is said once: not again right after an answer about Amazon.)
  const atoneSaid = follows === 'amazon' || follows === 'amazon_payment_methods';
  const paidy = /ぺいでぃ|paidy/.test(normalized);
  const paypay = /ぺいぺい|paypay/.test(normalized);
  return {
    title: lang === 'ja' ? `Amazonで${name}` : `${name} on Amazon`,
    text: joinLines([
      accepted
        ? lang === 'ja'
          ? `${name}はAmazonで使えると報告されています（第三者の情報）。`
          : `${name} is reported to be accepted on Amazon (third-party reports).`
        : lang === 'ja'
          ? `${name}はAmazonでは使えないと報告されています（第三者の情報）。`
          : `${name} is reported not to be accepted on Amazon (third-party reports).`,
      kb.facts.amazon_wallets.text[lang],
      // ("…Merpay or Rakuten Pay? And Paidy?": Amazon's own pay-later, asked beside; "merpay or
      // paypay?": PayPay, in the list of what Amazon takes.)
      ...(paidy ? [kb.facts.amazon_pay_later.text[lang]] : []),
      ...(paypay ? [kb.facts.amazon_methods.text[lang]] : []),
      ...(atoneSaid ? [] : [kb.facts.amazon_atone.text[lang]]),
    ]),
    sources: [
      kb.facts.amazon_wallets.source,
      ...(paidy ? [kb.facts.amazon_pay_later.source] : []),
      ...(paypay ? [kb.facts.amazon_methods.source] : []),
      ...(atoneSaid ? [] : [kb.facts.amazon_atone.source]),
    ],
  };
}

/** Amazon Pay set beside atone (「atoneとちがうの？」 "is it the same thing as atone?"): another service. */
export function amazonPayApart(lang: Lang): string {
  return t(
    lang,
    'atone とは別のサービスです。atoneはAmazonの支払い方法にないため、Amazon Payでは選べません。',
    "It is a different service from atone: atone is not one of Amazon's payment methods, so Amazon Pay cannot use it.",
  );
}
