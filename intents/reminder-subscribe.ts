// "Remind me before my deadline": asks for the method when it is missing; the reminder service
// (src/assistant.ts) carries out the request and confirms with the dates it planned.

import { encodeAction } from '../src/actions.js';
import { methodById } from '../src/domain/knowledge-base.js';
import { defineIntent, t } from '../src/intent.js';
import { dueRuleText } from '../src/phrases.js';

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
    [
      /りまいんど|りまいんだー|通知して|知らせて|お知らせ(して|ほしい|を設定|お願い|を?ください)|教えてほしい|あらーと|前に教えて|近づいたら|前日に|当日に|日前に|忘れ(そう|ないよう)/,
      2.5,
    ],
    [
      /\bremind|notify me|alert me|ping me|let me know|heads[- ]up|set (up )?(a )?reminder|before (it'?s|the) (due|deadline)|days? (before|ahead)|set up an? (alert|notification)/,
      2.5,
    ],
    // 「リマインダーを設定して」 sets one up (「設定を確認」 is reminder_list).
    [/(りまいんだー|りまいんど|通知|お知らせ).{0,10}設定(して|する|したい|お願い)/, 2.5],
    // A time before the deadline and "tell me": 「前日の夜8時に教えて」, 「3日前に連絡ちょうだい」.
    [/(日前|前日|当日|時).{0,8}(教えて|知らせ|連絡|通知|めーる|dm)/, 2.5],
    // Turning reminders off and listing them are their own intents.
    [
      /解除|かいじょ|停止|やめ|止め|いらない|不要|おふ|削除|一覧|確認|入って(る|い)|何の|有効|どの|\bstop\b|cancel|unsubscribe|turn off|\blist\b|show my|what reminders|subscribed/,
      -2,
    ],
    // "請求のお知らせ" is the bill's own notice, not a reminder.
    [/請求(の|書)?(お知らせ|通知)/, -2],
  ],
  boost(slots) {
    // Quiet hours are a reminder setting, even when phrased as "don't notify me".
    if (slots.quietHours) return 3;
    return slots.daysBefore !== undefined || slots.hour !== undefined ? 0.8 : 0;
  },
  answer({ lang, kb, slots }) {
    const leadDays = slots.daysBefore !== undefined ? [slots.daysBefore] : [...DEFAULT_LEAD_DAYS];
    // Only what the user said goes into the request: the rest stays as set, or takes the default.
    const asked = {
      ...(slots.daysBefore !== undefined ? { leadDays } : {}),
      ...(slots.hour !== undefined ? { sendHour: slots.hour } : {}),
      ...(slots.quietHours ? { quietHours: slots.quietHours } : {}),
    };
    if (!slots.method) {
      return {
        title: t(lang, 'リマインダー', 'Reminders'),
        text: t(
          lang,
          `期限の${leadText(leadDays, lang)}にお知らせします。お支払い方法はどれですか？ 方法によって期限が違います（コンビニ・バーコードは10日、はがきは20日、口座振替は27日）。`,
          `I will remind you ${leadText(leadDays, lang)} your deadline. How do you pay? Each method has its own deadline (konbini and barcode: the 10th, paper bill: the 20th, bank debit: the 27th).`,
        ),
        actions: kb.methods.map((m) => ({
          id: encodeAction({
            kind: 'subscribe',
            method: m.id,
            ...(slots.daysBefore !== undefined ? { leadDays: [slots.daysBefore] } : {}),
          }),
          label: m.name[lang],
        })),
        reminder: { op: 'subscribe', ...asked },
      };
    }
    const method = methodById(kb, slots.method);
    return {
      title: t(lang, 'リマインダー', 'Reminders'),
      text: t(
        lang,
        `${method.name.ja}の期限（${dueRuleText(method, lang)}）の${leadText(leadDays, lang)}にお知らせします。`,
        `I will remind you ${leadText(leadDays, lang)} your ${method.name.en} deadline (${dueRuleText(method, lang)}).`,
      ),
      reminder: { op: 'subscribe', method: method.id, ...asked },
    };
  },
});

/** "3日前と当日の朝" / "3 days before and on the morning of". */
export function leadText(leadDays: readonly number[], lang: 'ja' | 'en'): string {
  const parts = [...leadDays]
    .sort((a, b) => b - a)
    .map((d) =>
      d === 0
        ? t(lang, '当日の朝', 'on the morning of')
        : d === 1
          ? t(lang, '前日', 'the day before')
          : t(lang, `${d}日前`, `${d} days before`),
    );
  return parts.join(t(lang, 'と', ' and '));
}
