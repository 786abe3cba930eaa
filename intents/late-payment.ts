// What happens when a deadline is missed.

import { encodeAction } from '../src/actions.js';
import { addDays, daysBetween } from '../src/domain/dates.js';
import { deadlineStatus, nextDeadline } from '../src/domain/deadlines.js';
import { formatDate, formatDaysLeft, formatMonth } from '../src/domain/format.js';
import { methodById } from '../src/domain/knowledge-base.js';
import { defineIntent, t } from '../src/intent.js';
import { saysPurchase } from '../src/nlu/slots.js';
import { joinLines } from '../src/phrases.js';
import {
  asksForMoreTime,
  deadlineForDate,
  justPassed,
  movedDebitNamed,
  NO_EXTENSION,
  passedLine,
} from './deadline.js';

// "what if i cant pay by the deadline", 「期限過ぎたら」「払わないと」: a case of paying late, supposed.
const SUPPOSES_PAYING_LATE =
  /(?<![a-z])(?:what (?:happens )?if i (?:can'?t|cannot|don'?t|do not|am unable to) pay|if i (?:can'?t|cannot) pay)(?![a-z])|払え(?:な|ん)かったら(?:どう|やば)|払わ(?:な|ん)かったら(?:どう|やば)|(?:過ぎ|すぎ|遅れ|間に合わな|払わな|払えな|払わへん|延滞し)(?:たら|いと|かったら|んかったら)|(?:過ぎ|すぎ|遅れ)て(?:しまっ|しもう|もう|ちゃっ)たら|延滞(?:と|に)なっ(?:た場合|たら)|延滞(?:した|する)場合|引き?落と(?:せ|され)(?:な|へん|ん)かったら|(?<![a-z])(?:what (?:happens )?if i (?:don'?t|do not|can'?t|cannot|miss|forget)|if i (?:don'?t|do not) pay|if i (?:miss|don'?t make|can'?t make) (?:the|my) [^.?]{0,30}(?:deadline|due date|payment))(?![a-z])/;

/** Whether the message supposes paying late (what would happen), rather than asking a deadline. */
export function supposesPayingLate(normalized: string): boolean {
  return SUPPOSES_PAYING_LATE.test(normalized);
}

const DUE_DAY_GONE_BY = /(?<![\d月/])(?:10|20|27)日(?:を|が)?\s*(?:過ぎ|すぎ)/;
// A deadline missed, told: 「過ぎちゃった」「忘れてた」 "forgot", "missed", "didn't pay".
export const TELLS_A_MISS =
  /過ぎ(?:ちゃっ|てしまっ|てもう|て)た|すぎちゃった|過ぎてもうた|忘れ(?:てた|た|ちゃった|てしまった)|失念|間に合わなかった|(?<![a-z])(?:forgot|missed|didn'?t pay|did not pay|(?:has |have )?passed|went by)(?![a-z])|(?<![a-z])(?<!if )i forget(?![a-z])/;

// What paying late costs, asked: 「手数料はいくら？」「なんぼ」 "how much extra", "the fee".
const ASKS_THE_FEE =
  /手数料|いくら|なんぼ|何円|金額|加算|(?<![a-z])(?:how much|fees?|extra|charged?|cost|penalty|added)(?![a-z])/;

// "from which day can't I use atone?", 「いつから使えなくなる？」: the day a suspension may start.
const ASKS_WHEN_IT_STOPS =
  /(?<![a-z])(?:(?:from )?(?:which|what) (?:day|date)|when (?:will|does|would|do) (?:it|atone|my account|i) (?:stop|get (?:suspended|blocked)|be (?:suspended|blocked)))(?![a-z])|(?:いつ|何日)から(?:使えな|止ま|停止|利用でき(?:な|ん))/;
const SUPPOSES_ANOTHER_WAY =
  /(?<![a-z])(?:if (?:i|it|we) (?:had|'d|were|was)|what if i (?:had )?(?:used|paid)|instead)(?![a-z])|だったら|やったら|にしてたら|にしとったら/;

export default defineIntent({
  name: 'late_payment',
  label: { ja: '支払いが遅れたら', en: 'paying late' },
  examples: {
    ja: [
      '延滞したらどうなりますか',
      '支払いを忘れた',
      '期限を過ぎたらどうなる？',
      '払い忘れたらペナルティある？',
      '延滞手数料はいくら？',
      '期限までに払えない',
      '支払いが遅れそう',
      '利用停止になった',
    ],
    en: [
      'what happens if I am late',
      'I missed the deadline',
      'what happens if I miss a payment',
      'is there a late fee',
      'I forgot to pay my atone bill',
      'I cannot pay by the due date',
      'my account was suspended',
    ],
  },
  cues: [
    /延滞|滞納|遅れ|おくれ|遅延|払い?忘れ|払えな|払わな|払ってな|未払|過ぎ(たら|ると|てしま|ちゃ|てから|て払)|すぎちゃ|間に合わな|利用停止|止められ|ペナルティ|督促|(期限|締め?切り?|引き?落とし日?)(だった|でした)|忘れて(た|いた|しまった|ました)|忘れちゃ/,
    /\blate\b|overdue|miss(ed)?\b|forg[eo]t to pay|can(no|')?t pay|didn'?t pay|(have|has)n'?t (yet )?(been )?paid|not (yet )?paid|not paying on time|(don'?t|do not|didn'?t) pay (on time|in time|by)|consequences|unpaid|suspend|penalt|(is|was|has) already (gone|passed|over)|already (gone|passed)|(deadline|due date) (has )?passed/,
  ],
  answer(ctx) {
    const { lang, kb, slots, now } = ctx;
    // 「延滞の手数料はなんぼ？」 "how much extra will I be charged?" right after this answer: the fee,
    // not the whole answer again.
    if (ctx.follows === 'late_payment' && ASKS_THE_FEE.test(ctx.normalized))
      return {
        title: t(lang, '延滞事務手数料', 'The late fee'),
        text: kb.facts.late_fee.text[lang],
        sources: [kb.facts.late_fee.source],
      };
    const paragraphs = [
      kb.facts.late_payment.text[lang],
      t(
        lang,
        '払ったあとは、atone が支払いを確認してから2〜3営業日後（土日祝を除く）に利用可能額が戻ります。',
        'Once you pay, your limit comes back 2 to 3 business days (weekends and holidays not counted) after atone confirms the payment.',
      ),
    ];
    // 「12月に買った分、まだバーコードで払ってないんだけど」: that purchase's deadline, gone by, first.
    // (「10日過ぎちゃった」: the due day gone by, no purchase.)
    const bought =
      slots.method && slots.date && !DUE_DAY_GONE_BY.test(ctx.normalized)
        ? deadlineForDate(methodById(kb, slots.method), slots.date, now)
        : undefined;
    if (bought && slots.method && deadlineStatus(bought, now).state === 'passed') {
      const days = -deadlineStatus(bought, now).days;
      const method = methodById(kb, slots.method);
      paragraphs.unshift(
        passedLine(
          formatMonth(bought.usageMonth, lang),
          method.name[lang],
          formatDate(bought.due, lang),
          days,
          lang,
        ),
      );
    }
    // 「うっかり10日過ぎちゃった…コンビニ払い」 "forgot to pay at the konbini by the 10th": the
    // deadline just gone by, first, with "pay now".
    const missed =
      !bought && slots.method && TELLS_A_MISS.test(ctx.normalized)
        ? justPassed(methodById(kb, slots.method), ctx.today)
        : undefined;
    if (missed && slots.method)
      paragraphs.unshift(
        passedLine(
          formatMonth(missed.usageMonth, lang),
          methodById(kb, slots.method).name[lang],
          formatDate(missed.due, lang),
          daysBetween(missed.due, ctx.today),
          lang,
        ),
      );
    if (slots.method) {
      const method = methodById(kb, slots.method);
      // A purchase's own deadline while it is still ahead ("what if I can't pay by then?" about a
      // coat bought on 3 December, carried from the last turn); else the next one. (A date the
      // message says may be no purchase: 「27日に落ちなかった」 is the debit that failed, "the
      // deadline passed yesterday" the deadline.)
      const saidNow = slots.date !== undefined && ctx.normalized.includes(slots.date.source);
      // ("and if I had used the postcard instead?" after paying late: that purchase, by that way.)
      const ofAPurchase = saidNow
        ? saysPurchase(ctx.normalized)
        : ctx.follows !== undefined &&
          (ctx.follows !== 'late_payment' || SUPPOSES_ANOTHER_WAY.test(ctx.normalized));
      const ahead =
        bought && ofAPurchase && deadlineStatus(bought, now).state !== 'passed' ? bought : undefined;
      const deadline = ahead ?? nextDeadline(method, now);
      const days = deadlineStatus(deadline, now).days;
      const due = `${formatDate(deadline.due, lang)}（${formatDaysLeft(days, lang)}）`;
      const dueEn = `${formatDate(deadline.due, lang)} (${formatDaysLeft(days, lang)})`;
      // "no money in the account on sat 27 feb… did i miss it?": the debit was made on the Monday
      // (first: it is what was asked).
      const moved = movedDebitNamed(method, ctx);
      if (moved) paragraphs.unshift(moved);
      // "from which day can't I use atone?": the day after that deadline, by date.
      const stopsFrom = ASKS_WHEN_IT_STOPS.test(ctx.normalized)
        ? t(
            lang,
            `払わないと、${formatDate(addDays(deadline.due, 1), lang)}から利用が止まることがあります。`,
            ` Unpaid, atone can be suspended from ${formatDate(addDays(deadline.due, 1), lang)}.`,
          )
        : '';
      paragraphs.push(
        (ahead
          ? lang === 'ja'
            ? `${formatMonth(ahead.usageMonth, lang)}分の${method.name.ja}の期限は${due}です。`
            : `The ${method.name.en} deadline for your ${formatMonth(ahead.usageMonth, lang)} purchases is ${dueEn}.`
          : lang === 'ja'
            ? `${method.name.ja}の次の期限は${due}です。`
            : `Your next ${method.name.en} deadline is ${dueEn}.`) + stopsFrom,
      );
    }
    // 「少し待ってもらえる？」 "can I push it back a week?": no extension is promised, first.
    if (asksForMoreTime(ctx.normalized)) paragraphs.unshift(NO_EXTENSION[lang]);
    const reminded = ctx.remindedMethod ? methodById(kb, ctx.remindedMethod) : undefined;
    paragraphs.push(
      reminded
        ? lang === 'ja'
          ? `${reminded.name.ja}の期限前のリマインダーは設定済みです（「リマインダーを確認」で設定が見られます）。`
          : `Your reminders before the ${reminded.name.en} deadline are set (say "show my reminders" to see them).`
        : t(
            lang,
            '払い忘れを防ぐには、期限前のリマインダーを設定してください（「口座振替なので3日前に教えて」のように話しかけてください）。',
            'To never miss one, set a reminder before your deadline (say "remind me 3 days before, I pay by direct debit").',
          ),
    );
    return {
      title: t(lang, '支払いが遅れたら', 'If you pay late'),
      text: joinLines(paragraphs),
      facts: [
        {
          label: t(lang, '延滞事務手数料', 'Late fee'),
          value: t(lang, '100円（税込）／回', '100 yen (tax incl.) each time'),
        },
      ],
      actions: [
        // With the method known, the button sets its reminders at once (no "which method?").
        {
          id: encodeAction(
            slots.method ? { kind: 'subscribe', method: slots.method } : { kind: 'subscribe' },
          ),
          label: t(lang, 'リマインダーを設定', 'Set a reminder'),
        },
      ],
      sources: [kb.facts.late_payment.source, kb.facts.usage_limit.source],
    };
  },
});
