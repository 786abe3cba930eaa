// "Remind me before my deadline". A chat carries the request out (src/conversation/reminders.ts);
// this answer explains reminders, for questions about them and where none can be kept.

import { encodeAction } from '../src/actions.js';
import { parseIsoDate, tokyoToday } from '../src/domain/dates.js';
import { formatDate } from '../src/domain/format.js';
import { type KnowledgeBase, methodById, type PaymentMethod } from '../src/domain/knowledge-base.js';
import { defineIntent, t } from '../src/intent.js';
import type { Slots } from '../src/nlu/slots.js';
import { dueRuleText } from '../src/phrases.js';
import { planDeliveries } from '../src/reminders/plan.js';
import { DEFAULT_SEND_HOUR, MAX_LEAD_DAYS } from '../src/reminders/subscription.js';
import type { Lang } from '../src/types.js';

/**
 * 「期限近なったら教えて」「期限が近づきましたらお知らせいただけますか」 "let me know when it's close",
 * "nice to get pinged before the debit date":
 * telling before the deadline is what a reminder does, however much the deadline's words weigh.
 */
const TELL_ME_WHEN_NEAR =
  /(?:近(?:く)?なったら|近(?:く)?なりましたら|近づいたら|近づきましたら|迫ったら|迫りましたら|(?:期限|締め?切り?)の?前に).{0,4}(?:教えて|知らせて|連絡して|通知して|言うて|ゆうて|お知らせ|ご連絡|ご通知)|(?<![a-z])(?:let me know|tell me|ping me|notify me|warn me) (?:when|before) (?:it'?s|it is|the deadline is|the due date is) (?:close|near|coming(?: up)?|due|soon)(?![a-z])|(?<![a-z])(?:get|be|getting|being) (?:pinged|notified|reminded|warned|an? (?:heads[- ]?up|ping|reminder|notification|alert)) (?:before|ahead of)(?![a-z])/;

export function asksToBeToldBeforehand(normalized: string): boolean {
  return TELL_ME_WHEN_NEAR.test(normalized);
}

/** 「3日前に教えて」「前の日に知らせて」: a lead time asked to be told of, which only reminders do. */
export const LEAD_TIME_TOLD = /(?:日前|前日|当日|前の日)(?:の(?:朝|夜))?(?:に)?(?:も)?(?:教えて|知らせて)/;

/**
 * A payment or its deadline named, rather than the reminders: what a shift by days moves besides
 * them (「支払いを1日遅らせたい」), what "the next one" is (「次の引き落とし日は？」).
 */
export const NAMES_PAYING =
  /払|期限|期日|引き?落|振替|締め|締切|(?<![a-z])(?:pay|paying|payment|due|deadline|debit|bill)(?![a-z])/;
// 「1日早くしたらどうなる？」 "what if it's a day later?": asked about, not asked for.
// (「それ、1日遅くできる？」 "can you make it a day later?" asks for it: a request, politely.)
const ASKS_ABOUT_SHIFT =
  /たら|れば|(?<!でき(?:る|ます|ますか)|もらえ(?:る|ます|ますか|へん|ない)|くれ(?:る|ます|ますか|へん|ない)|(?:can|could|would) you[^?]*)[?？]|(?<![a-z])(?:what if|if|can i|could i|is it|will it)(?![a-z])/;

/** 「やっぱり1日早めて」 "make it a day later": the reminders asked to move by days (Slots.leadShift). */
export function asksToShiftReminders(normalized: string, slots: Slots): boolean {
  return (
    slots.leadShift !== undefined && !NAMES_PAYING.test(normalized) && !ASKS_ABOUT_SHIFT.test(normalized)
  );
}

// 「やっぱりまたリマインダー再開して」 "start them again", "turn my reminders back on": reminders
// stopped before, wanted again as they were.
export const RESUMES =
  /(?<!利用)再開|また(?:始め|はじめ|おん|送って|来るように|お願い|通知して|お知らせして|知らせて)|(?:さっき|前|元|もと)と同じ設定で|もう一度(?:おん|始め|はじめ|お願い)|(?<![a-z])(?:resume|restart|unpause|re-?enable|reactivate|start (?:them |it |my reminders |the reminders |reminders )?(?:again|back up)|turn (?:them|it|my reminders|the reminders|reminders) (?:back )?on(?: again)?|(?:switch|put) (?:them|it) back on|back on)(?![a-z])/;

export const DEFAULT_LEAD_DAYS = [3, 0] as const;

export default defineIntent({
  name: 'reminder_subscribe',
  label: { ja: 'リマインダーを設定', en: 'set a reminder' },
  examples: {
    ja: [
      '期限の前に連絡して',
      '口座振替なので3日前に教えて',
      'リマインダーを設定して',
      '支払い日の前日に通知して',
      '期限前にお知らせしてほしい',
      'コンビニ払いの期限をリマインドして',
      '払い忘れないように知らせて',
      'リマインドの設定を変えたい',
    ],
    en: [
      'remind me before my payment is due',
      'remind me 3 days before the deadline',
      'set a reminder for my payment',
      'notify me before the direct debit',
      'alert me the day before',
      "let me know before it's due",
    ],
  },
  cues: [
    /りまいんど|りまいんだー|通知して|知らせて|お知らせ(して|ほしい|を設定|お願い|を?ください)|教えてほしい|あらーと|前に教えて|近づいたら|近(く)?なったら|前日に|当日に|日前に|忘れ(そう|ないよう)/,
    /\bremind|notify me|alert me|ping me|let me know|heads[- ]up|set (up )?(a )?reminder|before (it'?s|the) (due|deadline)|days? (before|ahead)|set up an? (alert|notification)/,
    // 「リマインダーを設定して」 sets one up (「設定を確認」 is reminder_list).
    /(りまいんだー|りまいんど|通知|お知らせ).{0,10}設定(して|する|したい|お願い)/,
    // A time before the deadline and "tell me": 「前日の夜8時に教えて」, 「3日前に連絡ちょうだい」.
    /(日前|前日|当日|時).{0,8}(教えて|知らせ|連絡|通知|めーる|dm)/,
    // Turning reminders off and listing them are their own intents.
    /解除|かいじょ|停止|やめ|止め|いらない|不要|おふ|削除|一覧|確認|入って(る|い)|何の|有効|どの|\bstop\b|cancel|unsubscribe|turn off|\blist\b|show my|what reminders|subscribed/,
    // "請求のお知らせ" is the bill's own notice, not a reminder.
    /請求(の|書)?(お知らせ|通知)/,
  ],
  // The explanation, with a button per method: a chat turns an explicit request into a
  // subscription (src/conversation/), a question about reminders gets this, and so does the
  // `ask` CLI, which keeps no reminders and must not pretend to.
  answer({ lang, kb, slots, now }) {
    // 「30日前にリマインドして」「毎月25時に通知して」: what cannot be set is said, not offered.
    const impossible = slots.leadDays?.some((d) => d > MAX_LEAD_DAYS) || slots.invalidHour !== undefined;
    if (impossible)
      return {
        title: t(lang, 'リマインダー', 'Reminders'),
        text: t(
          lang,
          `その設定はできません。お知らせは期限の当日から${MAX_LEAD_DAYS}日前まで（0〜${MAX_LEAD_DAYS}日前）、時刻は0〜23時（日本時間）で選べます。「口座振替なので3日前の20時に教えて」のように話しかけてください。`,
          `That cannot be set: reminders come from the day itself up to ${MAX_LEAD_DAYS} days before the deadline (0–${MAX_LEAD_DAYS}), at an hour from 0 to 23 (Japan time). Say, for example, "remind me 3 days before at 8pm, I pay by direct debit".`,
        ),
      };
    const leadDays = slots.leadDays ?? [...DEFAULT_LEAD_DAYS];
    const sendHour = slots.hour ?? DEFAULT_SEND_HOUR;
    const method = slots.method ? methodById(kb, slots.method) : undefined;
    const methods = method ? [method] : kb.methods;
    return {
      title: t(lang, 'リマインダー', 'Reminders'),
      text: [
        method
          ? lang === 'ja'
            ? `${method.name.ja}の期限（${dueRuleText(method, lang)}）の${leadText(leadDays, lang)}に、チャットでお知らせできます。`
            : `I can message you ${leadText(leadDays, lang)} your ${method.name.en} deadline (${dueRuleText(method, lang)}).`
          : lang === 'ja'
            ? `支払い期限の${leadText(leadDays, lang)}${slots.hour !== undefined ? `、${sendHour}時（日本時間）` : ''}に、チャットでお知らせできます。期限は支払い方法で違います（コンビニ・バーコードは10日、はがきは20日、口座振替は27日）。`
            : `I can message you ${leadText(leadDays, lang)} your deadline${slots.hour !== undefined ? ` at ${sendHour}:00 (Japan time)` : ''}, which depends on how you pay (konbini and barcode: the 10th, paper bill: the 20th, bank debit: the 27th).`,
        method ? preview(method, leadDays, sendHour, now, lang, kb) : '',
        t(
          lang,
          `何日前か（前日・当日なども）と時刻（指定がなければ${DEFAULT_SEND_HOUR}時、日本時間）は選べます。一度設定すると、止めるまで毎月の期限ごとに届きます。料金はかかりません。`,
          `You choose the days before (the day before, the day itself…) and the hour (${DEFAULT_SEND_HOUR}:00 Japan time unless you say otherwise). Once set, they come before every monthly deadline until you stop them. They cost nothing.`,
        ),
        paidNote(lang),
        t(
          lang,
          '設定は、Slack・Discord・LINE・ターミナルのチャットで「口座振替なので3日前に教えて」のように送るか、支払い方法のボタンを押してください。変更は「前日の夜8時に変えて」、解除は「通知を解除して」。',
          'To set it, say "remind me 3 days before, I pay by direct debit" in a chat (Slack, Discord, LINE or the terminal), or press your method. Change it with "make it the day before at 8pm"; stop it with "stop reminding me".',
        ),
      ]
        .filter(Boolean)
        .join('\n'),
      actions: methods.map((m) => ({
        id: encodeAction({
          kind: 'subscribe',
          method: m.id,
          ...(slots.leadDays ? { leadDays: slots.leadDays } : {}),
          ...(slots.hour !== undefined ? { sendHour: slots.hour } : {}),
        }),
        label: method ? t(lang, 'この内容で設定', 'Set it') : m.name[lang],
      })),
    };
  },
});

/** "What if I pay early, does it still remind me?" */
export function paidNote(lang: Lang): string {
  return t(
    lang,
    '払い終えたら、お知らせの「支払い済み」ボタンを押すと、その期限のお知らせはもう届きません。まだのときは「明日また教えて」と送ると、翌日にもう一度届きます。',
    'Once you have paid, press Paid on a reminder and no more come for that deadline; not yet, say "remind me again tomorrow" and it comes again the next day.',
  );
}

/** "3日前と当日" / "3 days before and on the day of" (at the hour set, which may be the evening). */
export function leadText(leadDays: readonly number[], lang: 'ja' | 'en'): string {
  const parts = [...leadDays]
    .sort((a, b) => b - a)
    .map((d) =>
      d === 0
        ? t(lang, '当日', 'on the day of')
        : d === 1
          ? t(lang, '前日', 'the day before')
          : lang === 'ja'
            ? `${d}日前`
            : `${d} days before`,
    );
  return parts.join(t(lang, 'と', ' and '));
}

/**
 * "If I set it, when would it come?": the reminders the next deadline would get if the user
 * subscribed now, planned as a subscription would be (src/reminders/plan.ts), so the two agree.
 */
function preview(
  method: PaymentMethod,
  leadDays: readonly number[],
  sendHour: number,
  now: Date,
  lang: Lang,
  kb: KnowledgeBase,
): string {
  const subscription = {
    id: 'preview',
    method: method.id,
    leadDays: [...leadDays],
    sendHour,
    active: true,
    updatedAt: now,
  };
  const planned = planDeliveries([subscription], kb, now, 62);
  const first = planned[0];
  const due = first ? parseIsoDate(first.dueDate) : undefined;
  if (!first || !due) return '';
  const times = planned
    .filter((d) => d.dueDate === first.dueDate)
    .map((d) =>
      lang === 'ja'
        ? `${formatDate(tokyoToday(d.sendAt), lang)} ${sendHour}時`
        : `${formatDate(tokyoToday(d.sendAt), lang)} at ${sendHour}:00`,
    );
  return lang === 'ja'
    ? `いま設定すると、次の期限${formatDate(due, lang)}のお知らせは${times.join('と')}です（日本時間）。`
    : `Set now, the reminders for your next deadline (${formatDate(due, lang)}) would come on ${times.join(' and on ')} (Japan time).`;
}
