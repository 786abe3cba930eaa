// The reminder message: an Answer in the subscriber's language that says the method, the exact
// due date with its weekday, the days left, the fee and what happens when the deadline is
// missed, with "paid" and "snooze" actions. Pure: the clock and the knowledge base are inputs.

import { encodeAction } from '../actions.js';
import { daysBetween, parseIsoDate, tokyoInstant, tokyoToday } from '../domain/dates.js';
import { formatDate, formatDaysLeft } from '../domain/format.js';
import { type KnowledgeBase, methodById, type Source } from '../domain/knowledge-base.js';
import { feeAmount } from '../phrases.js';
import type { Answer, AnswerAction, AnswerSource, Lang } from '../types.js';
import { deadlineOnDate } from './plan.js';
import type { Subscription } from './subscription.js';

export interface ReminderAnswerInput {
  kb: KnowledgeBase;
  subscription: Pick<Subscription, 'id' | 'method' | 'lang'>;
  delivery: { id: string; dueDate: string; sendAt: Date };
  now: Date;
  /** Sent after its time (downtime): the text then starts with 遅れてのお知らせ / Late notice. */
  late: boolean;
}

export const LATE_PREFIX: Readonly<Record<Lang, string>> = { ja: '遅れてのお知らせ', en: 'Late notice' };

export const PAID_LABEL = '支払い済み / Paid';
export const SNOOZE_LABEL = '明日また / Snooze';

export function reminderAnswer({ kb, subscription, delivery, now, late }: ReminderAnswerInput): Answer {
  const lang = subscription.lang;
  const method = methodById(kb, subscription.method);
  const due = parseIsoDate(delivery.dueDate);
  if (!due) throw new RangeError(`reminderAnswer: invalid due date ${delivery.dueDate}`);
  const daysLeft = daysBetween(tokyoToday(now), due);
  const autoDebit = method.id === 'auto_debit';
  const deadline = deadlineOnDate(method, delivery.dueDate);
  const dueText = formatDate(due, lang) + (deadline?.moved ? movedNote(deadline.nominal.day, lang) : '');
  const fee = feeAmount(method, lang);
  const latePayment = kb.facts.late_payment;

  const lines: string[] = [];
  if (late) lines.push(lateLine(delivery.sendAt, lang));
  lines.push(headline(daysLeft, autoDebit, lang));
  if (lang === 'ja') {
    lines.push(`・支払い方法：${method.name.ja}`);
    lines.push(`・${autoDebit ? '引き落とし日' : '期限'}：${dueText}`);
    lines.push(`・手数料：${fee}`);
    lines.push(`期限を過ぎると：${latePayment.text.ja}`);
  } else {
    lines.push(`- Method: ${method.name.en}`);
    lines.push(`- ${autoDebit ? 'Debit date' : 'Due'}: ${dueText}`);
    lines.push(`- Fee: ${fee}`);
    lines.push(`If you miss it: ${latePayment.text.en}`);
  }

  const actions: AnswerAction[] = [
    {
      id: encodeAction({ kind: 'paid', subscriptionId: subscription.id, due: delivery.dueDate }),
      label: PAID_LABEL,
    },
  ];
  // On the deadline day there is no tomorrow to be reminded on.
  if (daysLeft >= 1)
    actions.push({ id: encodeAction({ kind: 'snooze', deliveryId: delivery.id }), label: SNOOZE_LABEL });

  return {
    intent: 'deadline',
    confidence: 1,
    lang,
    title: lang === 'ja' ? 'atone お支払い期限のお知らせ' : 'atone payment reminder',
    text: lines.join('\n'),
    facts: [
      { label: lang === 'ja' ? '支払い方法' : 'Method', value: method.name[lang] },
      { label: lang === 'ja' ? '期限' : 'Due', value: dueText },
      { label: lang === 'ja' ? '残り' : 'Time left', value: formatDaysLeft(daysLeft, lang) },
      { label: lang === 'ja' ? '手数料' : 'Fee', value: fee },
    ],
    actions,
    sources: uniqueSources([method.source, latePayment.source]),
  };
}

function headline(daysLeft: number, autoDebit: boolean, lang: Lang): string {
  if (lang === 'ja') {
    const what = autoDebit ? 'atone の口座振替日' : 'atone のお支払い期限';
    const check = autoDebit ? '口座の残高をご確認ください。' : '';
    if (daysLeft <= 0) return `今日が ${what}です。${check}`;
    if (daysLeft === 1) return `明日が ${what}です。${check}`;
    return `${what}まであと${daysLeft}日です。${check}`;
  }
  const what = autoDebit ? 'Your atone bill is debited from your bank account' : 'Your atone payment is due';
  const check = autoDebit ? ' Please make sure the balance covers it.' : '';
  if (daysLeft <= 0) return `${what} today.${check}`;
  if (daysLeft === 1) return `${what} tomorrow.${check}`;
  return `${what} in ${daysLeft} days.${check}`;
}

/** 「（27日が銀行の休業日のため翌営業日）」, after a deadline that moved from its nominal day. */
export function movedNote(nominalDay: number, lang: Lang): string {
  return lang === 'ja'
    ? `（${nominalDay}日が銀行の休業日のため翌営業日）`
    : ` (the ${ordinal(nominalDay)} is not a bank business day, so the next one)`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** 遅れてのお知らせ：本来は2026年12月7日（月）9:00にお送りする予定でした。 */
function lateLine(sendAt: Date, lang: Lang): string {
  const day = tokyoToday(sendAt);
  const minutes = Math.round((sendAt.getTime() - tokyoInstant(day, 0).getTime()) / 60_000);
  const clock = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
  return lang === 'ja'
    ? `${LATE_PREFIX.ja}：本来は${formatDate(day, 'ja')}${clock}にお送りする予定でした。`
    : `${LATE_PREFIX.en}: this reminder was due on ${formatDate(day, 'en')} at ${clock}.`;
}

function uniqueSources(sources: readonly Source[]): AnswerSource[] {
  const seen = new Set<string>();
  const out: AnswerSource[] = [];
  for (const s of sources) {
    if (seen.has(s.url)) continue;
    seen.add(s.url);
    out.push({ title: s.title, url: s.url, verifiedAt: s.verifiedAt });
  }
  return out;
}
