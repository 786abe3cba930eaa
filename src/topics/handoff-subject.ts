// The handoff answers what the bot cannot see: an amount owed, an account's status, a refund's
// progress. design.md names no `handoff` intent, so the answer reports the contract's name for
// what was asked about (the bill, a suspension, a refund...), and `Answer.handoff` marks it for
// the operator's record and metrics. Anything without a subject here is the contract's
// "everything else", `fallback`.
import type { AnswerIntent } from '../types.js';

/** First match wins: a declined payment is asked about before a payment in general. */
const SUBJECTS: readonly (readonly [RegExp, AnswerIntent])[] = [
  [/返金|払い?戻|(?<![a-z])refund/, 'cancel_return_refund'],
  [/通らな|断られ|否決|はじかれ|弾かれ|(?<![a-z])(?:declin|reject)/, 'payment_declined'],
  [/停止|止められ|(?<![a-z])(?:suspend|block|frozen|locked)/, 'suspended_after_overdue'],
  [/利用可能額|限度額|上限|枠|(?<![a-z])(?:limit|available amount)/, 'limit_recovery'],
  [
    /払った|支払い?済|反映|入金(?:され|した)|(?<![a-z])(?:go(?:ne)? through|went through|paid)(?![a-z])/,
    'paid_but_shown_unpaid',
  ],
  [
    /いくら|金額|請求額|残高|(?<![a-z])(?:how much|amount|balance|owe|outstanding)(?![a-z])/,
    'billing_notice',
  ],
];

export function handoffSubject(normalized: string): AnswerIntent {
  for (const [pattern, intent] of SUBJECTS) if (pattern.test(normalized)) return intent;
  return 'fallback';
}
