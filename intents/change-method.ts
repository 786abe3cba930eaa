// Changing the payment method: where, who, and from which bill it applies.

import type { PlainDate, YearMonth } from '../src/domain/calendar.js';
import { addMonths, compareDates, compareMonths, monthOf } from '../src/domain/dates.js';
import { deadlineForBillingMonth } from '../src/domain/deadlines.js';
import { formatDate, formatMonth } from '../src/domain/format.js';
import { type KnowledgeBase, methodById } from '../src/domain/knowledge-base.js';
import type { MethodId } from '../src/domain/methods.js';
import { defineIntent, t } from '../src/intent.js';
import { joinLines } from '../src/phrases.js';
import { movedNote } from '../src/reminders/reminder-answer.js';
import type { Lang } from '../src/types.js';

// Whether changing the reminders changes the way atone is paid (「リマインダーを変えたら支払い方法も
// 変わる？」): it never does.
const CHANGES_THE_PAYMENT =
  /(?<![a-z])(?:change|affect|switch)\w* (?:how|the way) (?:atone )?(?:charges|bills|takes|debits)|(?<![a-z])(?:change|affect|switch)\w* (?:my |the )?(?:payment method|way i pay|how i pay|billing)|支払い?方法(?:も|は|が)?(?:変わ|かわ)|払い方(?:も|は|が)?(?:変わ|かわ)|引き?落とし(?:方法)?(?:も|は)?(?:変わ|かわ)/;
const NAMES_REMINDERS =
  /りまいんど|りまいんだー|通知|お知らせ|(?<![a-z])(?:remind\w*|notifications?|alerts?)(?![a-z])/;

export function asksIfRemindersChangeIt(normalized: string): boolean {
  return NAMES_REMINDERS.test(normalized) && CHANGES_THE_PAYMENT.test(normalized);
}

const ASKS_IF_POSSIBLE =
  /(?:変え|変更|切り?替え)(?:られ|でき|れ)(?:る|ます)(?:ん|の)?(?:か|\?|？|$)|(?<![a-z])(?:can|could|may) i (?:change|switch)|is it possible to (?:change|switch)(?![a-z])/;

// 「口座振替にしたらいつ払うの？」 "when do I pay then?": the day the new way is paid (not 「いつから」
// "from when", which the bill it applies from answers).
// (「期限も変わる？」 "would that change my deadline?": the new way's day, too.)
const ASKS_WHEN_PAID =
  /いつ(?!から)|何日|期限(?:は|も|って)?(?:変わ|かわ)|(?<![a-z])(?:(?:when|what day|what date)(?![a-z])(?! (?:does|will|would) (?:it|that|the change) (?:apply|take effect|start|kick in))|change (?:my|the) (?:deadline|due date)|(?:deadline|due date) (?:change|be different))/;

// 「どこで変更できますか」 "where can I change it?": a where or how, which no yes answers.
const ASKS_WHERE_OR_HOW =
  /どこ|どうやって|どうすれば|どうしたら|どのように|(?<![a-z])(?:where|how) (?:can|could|do|should|would) (?:i|you|we)(?![a-z])/;

// 「どうやって変えるの？」「それに変えるにはどうすれば？」「口座振替にするには？」 "how do I switch?": how to
// change it, asked.
// 「いつのご請求から変わりますか」 "from which bill does it apply?", "from when?": when a change of way
// takes effect.
export const ASKS_FROM_WHEN_IT_APPLIES =
  /いつ(?:の(?:ご)?(?:請求|分|支払い?))?から|(?<![a-z])(?:from (?:which|what) (?:bill|month)|from when|(?:when|which bill) (?:does|will) it (?:apply|start|take effect)|take effect|appl(?:y|ies) from)(?![a-z])/;

export const ASKS_HOW_TO_CHANGE =
  /(?:どうやって|どう|どこで|どこから)(?:したら)?(?:変え|変更|切り?替え)|(?:変え|変更し|切り?替え)(?:方|かた|る方法|る手順)|(?:に|へ)(?:変え|変更す|切り?替え)る?(?:には|ための|方法|やり方|手順)|(?:に|へ)する(?:には|ためには|ための(?:方法|手続き))|変更方法|(?:変え|変更し|切り?替え)(?:たい)?(?:場合|とき|時)(?:は|には)?(?:どう|どのように)|(?<![a-z])(?:how (?:do|can|would) i (?:change|switch)|how to (?:change|switch))(?![a-z])/;

// 「はがきに変えたら20日まで延びる？」 "if I switch to the postcard, do I get till the 20th?": a change
// supposed to put off the bill at hand, which it cannot (it applies from the next bill).
const SWITCH_SUPPOSED =
  /(?:に|へ)(?:変え|変更し|切り?替え)(?:たら|れば|ても|る(?:と|なら))|(?<![a-z])(?:if i (?:switch|change|move)|switching|switch(?:ed)? to)(?![a-z])/;
const PUTS_OFF =
  /延び|延長|伸び|間に合|遅らせ|猶予|(?<![a-z])(?:extend\w*|more time|later deadline|buy (?:me )?(?:some )?time|push (?:it|the deadline) back|get (?:till|until))(?![a-z])/;

export function supposesSwitchPutsOff(normalized: string): boolean {
  return SWITCH_SUPPOSED.test(normalized) && PUTS_OFF.test(normalized);
}

export default defineIntent({
  name: 'change_method',
  label: { ja: '支払い方法の変更', en: 'changing how you pay' },
  examples: {
    ja: [
      '払い方を変えるにはどうする？',
      '支払い方法を変えたい',
      '口座振替に切り替えたい',
      'コンビニ払いから口座振替に変更できる？',
      '支払い方法を変更したらいつから反映される？',
      'はがきをやめてバーコードにしたい',
    ],
    en: [
      'I want to change my payment method',
      'how do I switch to direct debit',
      'can I change how I pay',
      'I want to switch from konbini to bank debit',
      'when does a payment method change take effect',
    ],
  },
  cues: [
    /変更|へんこう|変え|切り?替え|切替|乗り換え|やめて.{0,12}(に|へ)(したい|する)/,
    /(支払|払い|しはらい|方法|ほうほう|振替|コンビニ|はがき|バーコード|口座)/,
    /\b(change|switch|swap|update)\b|(set|use|choose|pick) a (different|new|another) (payment )?method/,
    /反映|いつから|take effect|appl(y|ies) from|effective/,
    /(method|pay|debit|konbini|postcard|barcode|bank)/,
  ],
  answer({ lang, kb, today, normalized, slots }) {
    // "I switched to direct debit on November 20": a change done on a day gone by applies from the
    // bill of the month after that day (maybe this month's already); else from next month's.
    const toldDone = TOLD_DONE.test(normalized);
    const changedOn =
      toldDone && slots.date?.kind === 'day' && compareDates(slots.date.date, today) <= 0
        ? slots.date.date
        : toldDone && TODAY.test(normalized)
          ? today
          : undefined;
    const next = addMonths(monthOf(changedOn ?? today), 1);
    // "if I switch to direct debit now, when do I pay?": the first bill paid the new way, and its day.
    const first =
      slots.method && (ASKS_WHEN_PAID.test(normalized) || changedOn)
        ? {
            method: methodById(kb, slots.method),
            deadline: deadlineForBillingMonth(methodById(kb, slots.method), next),
          }
        : undefined;
    const firstDue = first
      ? formatDate(first.deadline.due, lang) +
        (first.deadline.moved ? movedNote(first.deadline.nominal.day, lang) : '')
      : '';
    // 「支払い方法って変えられる？」 "can I change it?": yes, first.
    const yes =
      ASKS_IF_POSSIBLE.test(normalized) && !ASKS_WHERE_OR_HOW.test(normalized)
        ? t(lang, 'はい、', 'Yes. ')
        : '';
    // "does changing the reminder change how atone charges me?": no, and where the method is changed.
    const notByReminders = asksIfRemindersChangeIt(normalized)
      ? t(
          lang,
          'いいえ。リマインダーはお知らせだけで、atone の支払い方法は変わりません。',
          'No. Reminders only tell you when to pay; they do not change how atone charges you.',
        )
      : '';
    // 「はがきに変えたら20日まで延びる？」: no, the bill at hand keeps its deadline.
    const notThisBill = supposesSwitchPutsOff(normalized)
      ? t(
          lang,
          'いいえ、今の請求の期限は延びません。支払い方法の変更は翌月以降の請求から反映されます。',
          'No. The bill you have now keeps its deadline: a change of method applies from the next bill on.',
        )
      : '';
    return {
      title: t(lang, '支払い方法の変更', 'Changing your payment method'),
      text: joinLines([
        ...(notByReminders ? [notByReminders] : []),
        ...(notThisBill ? [notThisBill] : []),
        // (A change told done: when it applies, first, what was asked.)
        ...(changedOn ? [changedLine(changedOn, next, compareMonths(next, monthOf(today)) <= 0, lang)] : []),
        `${yes}${kb.facts.change_method.text[lang]}`,
        ...(changedOn
          ? []
          : [
              lang === 'ja'
                ? `今日変更すると、${formatMonth(next, lang)}以降の請求から新しい方法になります（今月の請求はそのままです）。`
                : `A change made today applies from the ${formatMonth(next, lang)} bill onwards; the current bill stays as it is.`,
            ]),
        ...(first
          ? [
              lang === 'ja'
                ? `${first.method.name.ja}で払う最初の請求は${formatMonth(first.deadline.usageMonth, lang)}分（${formatMonth(next, lang)}の請求）で、期限は${firstDue}です。`
                : `The first bill paid by ${first.method.name.en} is then the ${formatMonth(next, lang)} bill (${formatMonth(first.deadline.usageMonth, lang)} purchases), due ${firstDue}.`,
            ]
          : []),
        kb.facts.change_method_app_trouble.text[lang],
      ]),
      sources: [kb.facts.change_method.source],
    };
  },
});

/**
 * Reminders set for a new way right after changing to it came up: the bill issued this month is
 * still paid the old way (a change applies from next month's bill), so its deadline is said while
 * it is ahead, with the first bill the new way pays. Undefined once this month's has gone by.
 */
export function stillTheOldWay(
  kb: KnowledgeBase,
  old: MethodId,
  now: MethodId,
  today: PlainDate,
  lang: Lang,
): string | undefined {
  const before = methodById(kb, old);
  const after = methodById(kb, now);
  const current = deadlineForBillingMonth(before, monthOf(today));
  if (compareDates(current.due, today) < 0) return undefined;
  const next = addMonths(monthOf(today), 1);
  const first = deadlineForBillingMonth(after, next);
  return lang === 'ja'
    ? `なお、今月の請求（${formatMonth(current.usageMonth, lang)}分）は${before.name.ja}のままで、期限は${formatDate(current.due, lang)}です。${after.name.ja}での最初の支払いは${formatMonth(next, lang)}の請求で、期限は${formatDate(first.due, lang)}です（変更を今月中に済ませた場合）。`
    : `This month's bill (${formatMonth(current.usageMonth, lang)} purchases) is still paid by ${before.name.en}, due ${formatDate(current.due, lang)}; the first bill paid by ${after.name.en} is the ${formatMonth(next, lang)} one, due ${formatDate(first.due, lang)} (if you make the change this month).`;
}

// 「11月20日に口座振替に変えた」 "I switched on November 20": the change told as done.
export const TOLD_DONE =
  /(?:変え|変更し|切り?替え|切りかえ)(?:た(?!ら)|ました|てん|ちゃった|てもうた)|(?<![a-z])(?:changed|switched|swapped|updated)(?![a-z])/;

/** 「2026年11月20日の変更は、2026年12月の請求から反映されています。」 */
function changedLine(on: PlainDate, from: YearMonth, already: boolean, lang: Lang): string {
  return lang === 'ja'
    ? `${formatDate(on, lang)}の変更は、${formatMonth(from, lang)}の請求から反映${already ? 'されています' : 'されます'}（${formatMonth(monthOf(on), lang)}の請求はそのままです）。`
    : `A change made on ${formatDate(on, lang)} applies from the ${formatMonth(from, lang)} bill onwards${already ? ', so it already applies now' : ''}; the ${formatMonth(monthOf(on), lang)} bill stays as it was.`;
}

const TODAY = /今日|本日|きょう|(?<![a-z])today(?![a-z])/;

// "dec bill already hagaki?", 「12月の請求はもうはがき？」「いつの請求から」: which bill it applies to.
export const ASKS_WHICH_BILL =
  /(?:請求|引き?落とし|分)(?:は|って|も)?もう|いつの請求|どの請求|いつから|(?<![a-z])(?:already|from when|which bill|still|(?:does|will|would) (?:it|that|the change) (?:apply|count|work) (?:to|for)(?: the| my| this)?)(?![a-z])/;
