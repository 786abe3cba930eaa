// When to pay: per method, for a purchase date or month, or the next deadline from today.

import { encodeAction } from '../src/actions.js';
import { holidayName, type NonBusinessReason, nonBusinessReason } from '../src/domain/bank-days.js';
import type { PlainDate, YearMonth } from '../src/domain/calendar.js';
import {
  addDays,
  addMonths,
  compareDates,
  compareMonths,
  daysBetween,
  isValidDate,
  monthOf,
  toIsoDate,
  toIsoMonth,
  tokyoToday,
  weekdayOf,
} from '../src/domain/dates.js';
import {
  type Deadline,
  type DeadlineStatus,
  deadlineForBillingMonth,
  deadlineForPurchase,
  deadlineStatusOn,
  nextDeadlineFrom,
} from '../src/domain/deadlines.js';
import {
  formatDate,
  formatDaysLeft,
  formatMonth,
  formatMonthDay,
  formatWeekday,
} from '../src/domain/format.js';
import { methodById, type PaymentMethod } from '../src/domain/knowledge-base.js';
import { type MethodId, waysLeft } from '../src/domain/methods.js';
import { type AnswerContext, type AnswerDraft, defineIntent, t } from '../src/intent.js';
import { asksIfDateMoves } from '../src/nlu/moves.js';
import type { DateSlot, ProposedDue } from '../src/nlu/slots.js';
import {
  bullets,
  dueRuleText,
  feeText,
  formatIsoDay,
  joinLines,
  notARealDate,
  ordinal,
} from '../src/phrases.js';
import type { Lang } from '../src/types.js';
import { namesClosingDay } from './billing-notice.js';
import { LATEST_DEADLINE, latestDeadlineLine } from './fees.js';

/** Which bill the question is about. */
type Basis = { kind: 'usage'; month: YearMonth } | { kind: 'billing'; month: YearMonth } | { kind: 'next' };

// A question about what happens to a deadline on a weekend or holiday gets the rule itself; so
// does "is it always on the 27th?" (「毎回27日？」), whose answer is that rule. ("move money
// to my account" is the user's own errand.)
const HOLIDAY_QUESTION =
  /土日|土曜|日曜|休日|祝日|祝|年末|年始|正月|連休|ごーるでんうぃーく|お盆|ずれ|延び|のび(?:る|ない)|(?<![a-z])(?:gw|weekend|saturday|sunday|holidays?|business day|(?<!happy )new year|golden week|shifts?|postponed?)(?![a-z])|(?<![a-z])moves?(?![a-z])(?! (?:some |the |my )?(?:money|funds|cash))|(?:いつも|毎回|必ず|決まって)\s*\d{1,2}日|\d{1,2}日(?:に|で)?(?:いつも|毎回|必ず|固定|決まって)|(?<![a-z])always (?:on |by )?(?:the )?\d{1,2}(?:st|nd|rd|th)?(?![\d])/;
// 「年末に買ったやつ」 "stuff I bought over new year": when the purchase was made, no holiday asked about.
const HOLIDAY_PURCHASE =
  /(?:年末|年始|正月|連休|お盆|週末|土日)(?:に|の|で|中に)?(?:買|購入|使っ|注文|頼ん)|(?<![a-z])(?:bought|ordered|purchased|used it)(?: \w+){0,3} (?:over|during|on|at) (?:the )?(?:new year(?:'?s)?(?: holidays?)?|holidays?|weekend|golden week|gw)(?![a-z])/g;

function asksAboutHolidays(normalized: string): boolean {
  // Every purchase HOLIDAY_PURCHASE takes out names a holiday HOLIDAY_QUESTION finds, 週末 aside:
  // a text HOLIDAY_QUESTION misses, with no 週末, has nothing to take out (most questions).
  if (!HOLIDAY_QUESTION.test(normalized) && !normalized.includes('週末')) return false;
  return HOLIDAY_QUESTION.test(normalized.replace(HOLIDAY_PURCHASE, ''));
}

// Whether the due day is a weekend or a holiday, and nothing else (「その日って日曜じゃない？」 "isn't
// that a Sunday?"; not "it's a Sunday, can I pay on Monday?").
const ASKS_IF_DAY_OFF =
  /(?:日曜|土曜|土日|週末|祝日|休日)(?:日)?(?:じゃない|ちゃう|ではない|でしょ|だよね|やんな|やん|ですよね|なの|なん)[?？か。\s]*$|(?<![a-z])(?:is|isn'?t) (?:it|that|this|the \w+|the \d{1,2}(?:st|nd|rd|th)?|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?) (?:a |on a )?(?:sunday|saturday|holiday|weekend|day off|bank holiday)(?![a-z])/;

// 「平日だよね？」 "is it a weekday?", 「土日じゃないよね？」: a weekday expected, asked to confirm.
const EXPECTS_A_WEEKDAY =
  /平日(?:だよね|ですよね|やんな|でしょ|か|なの|なん|[?？])|(?:日曜|土曜|土日|週末|祝日|休日)(?:日)?(?:じゃない|ちゃう|ではない|じゃありません|ではありません)(?:よね|やんな|でしょ|か)?[?？。\s]*$|(?<![a-z])(?:is|isn'?t) (?:it|that|this|the \w+|the \d{1,2}(?:st|nd|rd|th)?|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?) (?:a )?(?:weekday|business day)(?![a-z])/;

export default defineIntent({
  name: 'deadline',
  label: { ja: '支払い期限', en: 'payment deadline' },
  examples: {
    ja: [
      'いつまでに支払えばいいですか',
      'いつまでに払えばいい？',
      'atoneの支払いっていつまでだっけ',
      'コンビニ払いの期限は？',
      '電子バーコードの期限',
      'ハガキで払う場合は何日まで？',
      '口座振替の引き落とし日は何日？',
      '11月15日にコンビニ払いで買った。いつまで？',
      '先月の分はいつ払う？',
      '今月の引き落としはいつ？',
      '支払日を教えて',
      '期限過ぎてる？',
      '7月に使った分の引き落としはいつ？',
      '27日が土曜日だったら引き落としはいつ？',
    ],
    en: [
      'when is the atone bill due',
      'konbini payment deadline?',
      'what day does the auto-debit happen',
      'I bought something on October 3, paying at a convenience store, due when?',
      'when do i gotta pay atone back',
      'due date for the paper bill',
      'by when must I pay the barcode bill',
      'which day is the debit',
      'is my payment overdue already',
      'when do I pay for last month',
    ],
  },
  cues: [
    /期限|きげん|期日|締め?切|しめきり|いつまで|支払日|支払い日|払込日|引き?落とし?の?日|ひきおとし|振替日/,
    /いつ.{0,6}(払|はら|支払|しはら|引き?落|振替)|(払|はら|支払|引き?落|ひきおと|振替).{0,8}いつ/,
    /何日(に|まで)|何日\?|なんにち/,
    /\bdue\b|deadline|by when|pay by|wh?en (is|do|does|should|must|will|are)\b.{0,30}\b(pay|paid|debit|due|taken|charged|withdrawn|pull|take)/,
    /\bwh?en\b.{0,20}\b(have|hav|need|gotta|got) to pay/,
    /which day|what day|what date|debit date|payment date|last day to pay|overdue|(money|amount|it) (come|comes|be taken|taken|go|goes) out|(money|amount|it) (is |being |be |get |gets |getting )?(taken|pulled|withdrawn|debited)/,
    /by what (date|day)|(have|need) to (pay|settle)/,
    // 「いちばん遅くまで待てるのはどの方法？」 "which way lets me pay latest?": the deadlines compared.
    /(?:一番|いちばん|最も|もっとも)(?:遅|おそ)く|(?<![a-z])(?:pay (?:the )?latest|latest (?:deadline|due date)|most time to pay)(?![a-z])/,
    /\bwh?en\b|いつ/,
    /過ぎて(る|い)|間に合/,
    // 「年末年始でずれたりする？」 "does it move on a holiday?": whether the date moves.
    /(?:ずれ|延び|のび)(?:る|たり|ない|ます|へん|ん)|(?<![a-z])(?:move|moves|moved|shift|shifts|shifted|postponed?)(?![a-z])/,
    // "Tell me before the deadline" asks for a reminder, not for the date.
    /近づいたら|前に(教|知|連|通)|日前に|前日に|忘れそう|お知らせ(お願い|して|ほしい)|\bremind|notify|\balert|ping me|let me know before|days? ahead/,
    // Changing the method is change_method, even when it asks "from when".
    /変更|へんこう|切り?替|\b(change|switch)\b/,
    // A missed deadline is late_payment; a campaign's period is campaigns.
    /過ぎ(ちゃ|たら|てしま|てから|て払)|すぎちゃ|遅れ|延滞|きゃんぺーん|祭り|抽選|campaign|festival|lottery/,
    // When the bill is issued is billing_notice.
    /発行|issued|invoice/,
  ],
  answer(ctx) {
    const { slots } = ctx;
    if (slots.invalidDate) return impossibleDate(slots.invalidDate, ctx);
    const methods = (
      slots.methods ?? (slots.method ? [slots.method] : waysLeft(slots.methodsTurnedDown))
    ).map((id) => methodById(ctx.kb, id));
    const basis = basisOf(ctx.slots.date) ?? billOfTheDayPutForward(methods, ctx) ?? { kind: 'next' };
    const purchases = purchasesOf(ctx);
    if (purchases.length > 1) return withSaleConfirmed(perPurchase(purchases, methods, ctx), ctx);
    const lines = methods.map((method) => ({ method, deadline: deadlineFor(method, basis, ctx.today) }));
    const [only] = lines;
    const draft = only && lines.length === 1 ? oneMethod(only, basis, ctx) : allMethods(lines, basis, ctx);
    if (asksAboutHolidays(ctx.normalized)) {
      // What was asked (does it move?) first, each rule once: the dates may already say one.
      const dayOff =
        only && lines.length === 1 ? dayOffNote(only.method, only.deadline, ctx.lang, ctx.today) : undefined;
      // 「その日って日曜じゃない？」: yes, it is (asked whether it moves, the rule answers instead).
      const confirmed =
        dayOff && ASKS_IF_DAY_OFF.test(ctx.normalized) && !asksIfDateMoves(ctx.normalized)
          ? `${t(ctx.lang, 'はい、', 'Yes. ')}${dayOff}`
          : dayOff;
      // About one purchase's debit still to come: whether it moves this time, first.
      // (「1月27日って祝日？」 "is jan 27 a holiday?" of a debit day: whether it moves, too.)
      const asksDayOff = ASKS_IF_DAY_OFF.test(ctx.normalized);
      const thisTime =
        only &&
        lines.length === 1 &&
        ctx.slots.date &&
        compareDates(only.deadline.due, ctx.today) >= 0 &&
        (asksIfDateMoves(ctx.normalized) || (asksDayOff && !only.deadline.moved))
          ? movesThisTime(only.method, only.deadline, ctx.lang)
          : undefined;
      // "is the 10th a holiday?" when it is not: no, a weekday (the rule follows); 「平日だよね？」
      // 「土日じゃないよね？」 when it is one: yes, a weekday.
      const weekdayExpected = EXPECTS_A_WEEKDAY.test(ctx.normalized);
      const noDayOff =
        only &&
        lines.length === 1 &&
        (asksDayOff || weekdayExpected) &&
        !ctx.slots.proposedDue?.weekday &&
        !dayOff &&
        !thisTime &&
        !only.deadline.moved
          ? weekdayExpected
            ? t(
                ctx.lang,
                `はい、${formatDate(only.deadline.due, ctx.lang)}は平日です。`,
                `Yes: ${formatDate(only.deadline.due, ctx.lang)} is a weekday.`,
              )
            : t(
                ctx.lang,
                `いいえ、${formatDate(only.deadline.due, ctx.lang)}は平日です。`,
                `No: ${formatDate(only.deadline.due, ctx.lang)} is a weekday.`,
              )
          : undefined;
      const rules = [
        ...(noDayOff ? [noDayOff] : []),
        ...(thisTime ? [thisTime] : []),
        ...(confirmed ? [confirmed] : []),
        ...holidayRules(methods, ctx),
      ];
      const rest = draft.text.split('\n').filter((line) => !rules.includes(line) && line !== dayOff);
      draft.text = joinLines([...rules, ...rest]);
    }
    // 「延長できる？」「何日まで待ってくれる？」 "can I get an extension?": none is promised anywhere.
    // (Not "does the new year holiday push it back?": whether a holiday moves it, answered above.)
    if (asksForMoreTime(ctx.normalized) && !asksAboutHolidays(ctx.normalized))
      draft.text = `${noExtension(ctx)}\n${draft.text}`;
    // 「何時まで？」 "by what time?": no source gives one, so the day it is, and early is safer.
    if (asksTimeOfDay(ctx.normalized))
      draft.text = `${t(ctx.lang, '期限日の何時までかを示した情報はありません。当日中の、できるだけ早い時間に払ってください。', 'No source gives a time of day for the deadline: pay on the day itself, as early as you can.')}\n${draft.text}`;
    // 「はがきの締め日は？」 asks for the deadline, but 締め日 itself is the month-end close: say both.
    if (namesClosingDay(ctx.normalized)) {
      draft.text = `${ctx.kb.facts.closing_day.text[ctx.lang]}\n${draft.text}`;
      draft.sources = [...(draft.sources ?? []), ctx.kb.facts.closing_day.source];
    }
    // 「それ何曜日？」 "what day of the week is that?": the day of the week, first.
    // 「期限の3日前って何日？」 "what date is 2 days before the deadline?": that day, for each way.
    const daysBefore = slots.daysBefore ?? 0;
    const dayBeforeAsked = daysBefore > 0 && asksDayBeforeDue(ctx.normalized);
    if (dayBeforeAsked)
      draft.text = `${lines.map(({ method, deadline }) => dayBeforeLine(method.name[ctx.lang], deadline.due, daysBefore, ctx.lang)).join('\n')}\n${draft.text}`;
    if (
      ASKS_THE_WEEKDAY.test(ctx.normalized) &&
      only &&
      lines.length === 1 &&
      !slots.proposedDue &&
      !dayBeforeAsked
    ) {
      const { due } = only.deadline;
      draft.text = `${t(
        ctx.lang,
        `${due.year}年${due.month}月${due.day}日は${formatWeekday(due, 'ja')}です。`,
        `That is a ${formatWeekday(due, 'en')}: ${formatDate(due, 'en')}.`,
      )}\n${draft.text}`;
    }
    if (slots.proposedDue?.weekday) {
      draft.text = `${weekdayLine(slots.proposedDue, lines, ctx)}\n${draft.text}`;
    } else if (
      slots.proposedDue?.month !== undefined &&
      !slots.proposedDue.asked &&
      asksIfDateMoves(ctx.normalized)
    ) {
      // "has the September 20 postcard deadline been extended?" after it: that bill, gone by.
      const gone = only && lines.length === 1 ? goneByOn(slots.proposedDue, only.method, ctx) : undefined;
      if (gone) draft.text = `${gone}\n${draft.text}`;
    } else if (slots.proposedDue?.asked) {
      const said = slots.proposedDue.paying
        ? inTime(slots.proposedDue, lines, ctx)
        : verdict(slots.proposedDue, lines, ctx);
      draft.text = `${said}${draft.text}`;
    }
    // 「最初のやつはもう期限過ぎてる？」 of a purchase whose deadline is ahead: not yet, first.
    if (
      basis.kind !== 'next' &&
      only &&
      lines.length === 1 &&
      ASKS_IF_PASSED.test(ctx.normalized) &&
      deadlineStatusOn(only.deadline, ctx.today).state !== 'passed'
    )
      draft.text = `${t(ctx.lang, 'いいえ、まだ過ぎていません。', 'No, not yet.')}\n${draft.text}`;
    if (basis.kind === 'next' && ASKS_IF_PASSED.test(ctx.normalized)) {
      // (「10日でしたよね？」: the methods due that day.)
      const day = slots.proposedDue?.day;
      const named = day === undefined ? methods : methods.filter((m) => m.dueDay === day);
      const passed = recentlyPassed(named.length > 0 ? named : methods, ctx);
      if (passed) draft.text = `${passed}\n${draft.text}`;
    }
    return draft;
  },
});

// 「10日でしたよね？もう過ぎてますか？」 "has it passed?" asked of no purchase: the bill just gone
// by, said first (the next deadline alone would read as "not yet").
const ASKS_IF_PASSED =
  /過ぎて(?:る|ます|い|た)|過ぎた[?？]|過ぎちゃった[?？]|間に合(?:った|ってる|わなかった)|(?<![a-z])(?:has it passed|did i miss|have i missed|is it (?:too )?late|already (?:passed|over|gone))(?![a-z])/;

/** How recent a deadline gone by must be to be the one a "has it passed?" means. */
const RECENT_DAYS = 20;

/** The deadlines gone by in the last RECENT_DAYS days, of these methods, as one line; else undefined. */
function recentlyPassed(methods: PaymentMethod[], { lang, today }: AnswerContext): string | undefined {
  const gone = methods.flatMap((method) => {
    const deadline = justPassed(method, today);
    return deadline ? [{ method, deadline, days: daysBetween(deadline.due, today) }] : [];
  });
  // Methods due the same day share one sentence.
  const byDue = new Map<string, typeof gone>();
  for (const g of gone) {
    const key = toIsoDate(g.deadline.due);
    byDue.set(key, [...(byDue.get(key) ?? []), g]);
  }
  if (byDue.size === 0) return undefined;
  return [...byDue.values()]
    .map((same) => {
      const [first] = same as [(typeof gone)[number]];
      const names = same.map((g) => g.method.name[lang]).join(lang === 'ja' ? '・' : ', ');
      return passedLine(
        formatMonth(first.deadline.usageMonth, lang),
        names,
        formatDate(first.deadline.due, lang),
        first.days,
        lang,
      );
    })
    .join('\n');
}

/** "The postcard deadline for October 2026 purchases (…) has passed (2 days ago)": a deadline gone by, said. */
/** A fee named (「手数料」, "fee"): asked beside a deadline, or told. */
export const FEE_NAMED = /手数料|(?<![a-z])fees?(?![a-z])/;

export function passedLine(
  month: string,
  method: string,
  due: string,
  days: number,
  lang: AnswerContext['lang'],
): string {
  return t(
    lang,
    `${month}分の${method}の期限（${due}）は、もう過ぎています（${days}日前）。まだ払っていなければ、すぐに払ってください。`,
    `The ${method} deadline for ${month} purchases (${due}) has passed (${formatDaysLeft(-days, 'en')}). If you have not paid it yet, pay now.`,
  );
}

/**
 * Whether paying on a day (「12日に払っても大丈夫？」 "can I pay on the 11th?") is in time, said
 * first: for one method yes or no, for several which are in time.
 */
function inTime(
  proposed: ProposedDue,
  lines: { method: PaymentMethod; deadline: Deadline }[],
  { lang, today }: AnswerContext,
): string {
  // With a month said, each method's deadline of that month (「12月20日までに」 on 18 December: the
  // konbini's 10 December has passed, the postcard's 20th has not); without, the day falls in the
  // month of the deadline given.
  const { month } = proposed;
  const year =
    month === undefined ? 0 : today.year + (today.month - month > 6 ? 1 : month - today.month > 6 ? -1 : 0);
  const judged = lines.map(({ method, deadline }) => {
    const due = month === undefined ? deadline.due : deadlineForBillingMonth(method, { year, month }).due;
    const pay: PlainDate = { year: due.year, month: month ?? due.month, day: proposed.day };
    return { method, due, pay, late: compareDates(pay, due) > 0 };
  });
  const [only] = judged;
  if (!only) return '';
  const pay = formatMonthDay(only.pay.month, only.pay.day, lang);
  if (judged.length === 1) {
    const due = formatMonthDay(only.due.month, only.due.day, lang);
    if (!only.late)
      return t(lang, `はい、${pay}に払えば間に合います。\n`, `Yes: paying on ${pay} is in time.\n`);
    return t(
      lang,
      `間に合いません。${pay}は期限（${due}）を過ぎています。遅れると atone の利用が止まることがあり、延滞事務手数料もかかるので、できるだけ早く払ってください。\n`,
      `Not in time: ${pay} is after the deadline (${due}). Paying late can suspend atone and adds a late fee, so pay as soon as you can.\n`,
    );
  }
  // The automatic debit is no payment made on a day: left out.
  const paid = judged.filter(({ method }) => method.id !== 'auto_debit');
  const names = (some: typeof paid) =>
    some
      .map(({ method, due }) =>
        lang === 'ja'
          ? `${method.name.ja}（${formatMonthDay(due.month, due.day, lang)}）`
          : `${method.name.en} (${formatMonthDay(due.month, due.day, lang)})`,
      )
      .join(lang === 'ja' ? '・' : ' and ');
  const late = paid.filter((line) => line.late);
  const inTimeToo = paid.filter((line) => !line.late);
  if (late.length === 0)
    return t(
      lang,
      `${pay}に払えば、どの方法でも間に合います。\n`,
      `Paying on ${pay} is in time whichever way you pay.\n`,
    );
  if (inTimeToo.length === 0)
    return t(
      lang,
      `${pay}では、どの方法でも期限を過ぎています（${names(late)}）。\n`,
      `${pay.charAt(0).toUpperCase()}${pay.slice(1)} is after every deadline (${names(late)}).\n`,
    );
  return t(
    lang,
    `${pay}に払う場合、${names(late)}には間に合いません。${names(inTimeToo)}なら間に合います。\n`,
    `Paying on ${pay} is too late for ${names(late)}, in time for ${names(inTimeToo)}.\n`,
  );
}

/**
 * The answer to a deadline put forward to check (「口座振替って27日だよね？」 "is it due on the
 * 10th?"), said first: yes or no for one method, or which methods are due that day.
 */
/**
 * 「10日って土日じゃないよね？」「1月27日って平日だよね？」 "is the 10th a weekday?": that day's day of
 * the week, the yes or no as the question expects it (a deadline of the answer's, when it falls
 * on that day; else the next such day).
 */
function weekdayLine(
  proposed: ProposedDue,
  lines: { method: PaymentMethod; deadline: Deadline }[],
  ctx: AnswerContext,
): string {
  const { lang, today } = ctx;
  const due = lines.find(
    ({ deadline }) =>
      deadline.due.day === proposed.day &&
      (proposed.month === undefined || deadline.due.month === proposed.month),
  )?.deadline.due;
  const date = due ?? nextDayOf(proposed, today);
  const off = nonBusinessReason(date);
  const yes = EXPECTS_A_WEEKDAY.test(ctx.normalized) ? !off : off !== undefined;
  const lead = yes ? t(lang, 'はい、', 'Yes: ') : t(lang, 'いいえ、', 'No: ');
  const what = !off
    ? t(lang, '平日です。', 'is a weekday.')
    : off === 'weekend'
      ? t(lang, `${formatWeekday(date, 'ja')}です。`, `is a ${formatWeekday(date, 'en')}.`)
      : t(lang, '休日です。', 'is a holiday.');
  return lang === 'ja'
    ? `${lead}${formatDate(date, lang)}は${what}`
    : `${lead}${formatDate(date, lang)} ${what}`;
}

/**
 * 「期限の3日前って何日？」「前日は何曜？」 "what date is 2 days before the deadline?": a day counted
 * back from the deadline, asked as a date (a reminder that many days before is asked otherwise).
 */
const DAY_BEFORE_DUE_JA =
  /(?:(?:期限|締め?切|しめきり|支払日|支払い日|引き?落とし?日|振替日)の?|^(?:じゃあ|で|ほな|その|それの)?[、,\s]*)(?:\d+日前|\d+週間前|前日|前々日)(?:って|は|の日付?は?|が)?(?:何日|いつ|何曜|なんにち|なんよう|何月何日)/;
const DAY_BEFORE_DUE_EN =
  /(?<![a-z])(?:what|which) (?:date|day)(?: of the week)? (?:is|would be|will be|falls?) (?:\d+ days?|the day) before (?:the |my |its |that )?(?:[a-z-]+ ){0,2}(?:deadline|due date|due day|debit date|debit day)(?![a-z])|(?<![a-z])when is (?:\d+ days?|the day) before (?:the |my |its |that )?(?:[a-z-]+ ){0,2}(?:deadline|due date|debit date)(?![a-z])/;
export function asksDayBeforeDue(normalized: string): boolean {
  return DAY_BEFORE_DUE_JA.test(normalized) || DAY_BEFORE_DUE_EN.test(normalized);
}

/** 「はがき請求書の期限（12月20日）の3日前は、2026年12月17日（木）です。」 */
function dayBeforeLine(way: string, due: PlainDate, days: number, lang: Lang): string {
  const day = formatDate(addDays(due, -days), lang);
  const before =
    lang === 'ja'
      ? days === 1
        ? '前日'
        : `${days}日前`
      : days === 1
        ? 'The day before'
        : `${days} days before`;
  return t(
    lang,
    `${way}の期限（${formatDate(due, lang)}）の${before}は、${day}です。`,
    `${before} the ${way} deadline (${formatDate(due, lang)}) is ${day}.`,
  );
}

const ASKS_THE_WEEKDAY = /何曜|なんよう|(?<![a-z])(?:what|which) (?:day of the week|weekday)(?![a-z])/;
/** The next `proposed` day from today (this month's, or the next month that has it). */
function nextDayOf(proposed: ProposedDue, today: PlainDate): PlainDate {
  for (let ahead = 0; ahead < 24; ahead++) {
    const { year, month } = addMonths(monthOf(today), ahead);
    if (proposed.month !== undefined && month !== proposed.month) continue;
    const date = { year, month, day: proposed.day };
    if (isValidDate(year, month, proposed.day) && compareDates(date, today) >= 0) return date;
  }
  return today;
}

function verdict(
  proposed: ProposedDue,
  lines: { method: PaymentMethod; deadline: Deadline }[],
  ctx: AnswerContext,
): string {
  const { lang } = ctx;
  const isDay = (d: PlainDate) =>
    d.day === proposed.day && (proposed.month === undefined || d.month === proposed.month);
  // (A debit moved off a weekend is due the day it moved from too: 「27日は日曜だから28日だった？」.)
  const isTheDay = (d: Deadline) => isDay(d.due) || (d.moved && isDay(d.nominal));
  const [only] = lines;
  if (only && lines.length === 1) {
    if (isDay(only.deadline.due)) return t(lang, 'はい、', 'Yes. ');
    // The rule's day, this time moved to the next business day: right in general, not this time.
    if (only.deadline.moved && isDay(only.deadline.nominal))
      return lang === 'ja'
        ? `原則は毎月${proposed.day}日ですが、今回はずれます。\n`
        : `As a rule, yes (the ${ordinal(proposed.day)}), but this time it moves.\n`;
    // 「期限って12月10日だった？」 on the 12th: yes, a bill gone by (of the last two) was due then.
    // (Not of a purchase named: its own deadline is the one asked about.)
    const gone = ctx.slots.date ? undefined : deadlinesGoneBy(only.method, ctx.today).find(isTheDay);
    // (What a day gone by means comes with it: it is asked by those who missed it.)
    if (gone)
      return lang === 'ja'
        ? `はい、${formatMonth(gone.usageMonth, lang)}分の期限は${formatDate(gone.due, lang)}でした（${daysBetween(gone.due, ctx.today)}日前に過ぎています）。まだ払っていなければ、すぐに払ってください。${ctx.kb.facts.late_payment.text.ja}\n次の期限はこちらです。\n`
        : `Yes: ${formatMonth(gone.usageMonth, lang)} purchases were due on ${formatDate(gone.due, lang)} (${formatDaysLeft(-daysBetween(gone.due, ctx.today), lang)}). If you have not paid yet, pay now. ${ctx.kb.facts.late_payment.text.en}\nThe next deadline:\n`;
    return t(lang, 'いいえ、', 'No. ');
  }
  const day = proposed.month
    ? formatMonthDay(proposed.month, proposed.day, lang)
    : lang === 'ja'
      ? `${proposed.day}日`
      : `the ${ordinal(proposed.day)}`;
  const due = lines.filter(
    ({ deadline }) => isDay(deadline.due) || (deadline.moved && isDay(deadline.nominal)),
  );
  // "was the deadline yesterday?" on the 11th: the ways due that day, gone by (of no purchase named).
  const gone = ctx.slots.date
    ? []
    : lines.flatMap(({ method }) => {
        const deadline = deadlinesGoneBy(method, ctx.today).find(isTheDay);
        return deadline ? [{ method, deadline }] : [];
      });
  const [first] = gone;
  if (due.length === 0 && first) {
    const names = gone.map(({ method }) => method.name[lang]);
    const ago = daysBetween(first.deadline.due, ctx.today);
    return lang === 'ja'
      ? `${formatDate(first.deadline.due, lang)}が期限だったのは${names.join('と')}です（${ago}日前に過ぎています）。次の期限はこちらです。\n`
      : `${formatDate(first.deadline.due, lang)} was the deadline for ${names.join(' and ')} (${formatDaysLeft(-ago, lang)}). The next deadlines:\n`;
  }
  if (due.length === 0)
    return lang === 'ja'
      ? `${day}が期限の支払い方法はありません。\n`
      : `No way of paying is due on ${day}.\n`;
  const names = due.map(({ method }) => method.name[lang]);
  return lang === 'ja'
    ? `${day}が期限なのは${names.join('と')}です。\n`
    : `${day.charAt(0).toUpperCase()}${day.slice(1)} is the deadline for ${names.join(' and ')}.\n`;
}

/** The bill of `method` due on the day put forward, when it has gone by: said so, and what to do. */
function goneByOn(proposed: ProposedDue, method: PaymentMethod, ctx: AnswerContext): string | undefined {
  const isDay = (d: PlainDate) => d.day === proposed.day && d.month === proposed.month;
  const gone = deadlinesGoneBy(method, ctx.today).find((d) => isDay(d.due) || (d.moved && isDay(d.nominal)));
  if (!gone) return undefined;
  const { lang } = ctx;
  const ago = daysBetween(gone.due, ctx.today);
  return lang === 'ja'
    ? `${formatMonth(gone.usageMonth, lang)}分の期限${formatDate(gone.due, lang)}は${ago}日前に過ぎています。まだ払っていなければ、すぐに払ってください。${ctx.kb.facts.late_payment.text.ja}`
    : `${formatMonth(gone.usageMonth, lang)} purchases were due on ${formatDate(gone.due, lang)} (${formatDaysLeft(-ago, lang)}): that deadline has passed. If you have not paid yet, pay now. ${ctx.kb.facts.late_payment.text.en}`;
}

/** This method's deadline gone by last (this month's or last month's bill), if within RECENT_DAYS. */
/** This method's deadlines gone by (of this month's bill or last month's), the latest first. */
function deadlinesGoneBy(method: PaymentMethod, today: PlainDate): Deadline[] {
  return [1, 2]
    .map((back) => deadlineForPurchase(method, addMonths(monthOf(today), -back)))
    .filter((deadline) => daysBetween(deadline.due, today) > 0);
}

/** This method's deadline gone by last, if within RECENT_DAYS. */
export function justPassed(method: PaymentMethod, today: PlainDate): Deadline | undefined {
  const [last] = deadlinesGoneBy(method, today);
  return last && daysBetween(last.due, today) <= RECENT_DAYS ? last : undefined;
}

/** A date that does not exist gets no computed deadline (rolling it over would be a guess). */
function impossibleDate(invalidDate: string, { lang, kb, slots }: AnswerContext): AnswerDraft {
  const methods = slots.method ? [methodById(kb, slots.method)] : kb.methods;
  return {
    title: t(lang, '日付を確認してください', 'Please check the date'),
    text: joinLines([
      `${notARealDate(invalidDate, slots.invalidDayOf, lang)}${t(
        lang,
        '購入日を確かめて、もう一度聞いてください（例: 「11月15日にコンビニ払いで買った」）。',
        ' Check the purchase date and ask again (for example "bought on 15 November, paying at a convenience store").',
      )}`,
      t(lang, '期限は購入した月の翌月の:', 'The deadline falls in the month after the purchase:'),
      bullets(methods.map((m) => `${m.name[lang]}: ${dueRuleText(m, lang)}`)),
    ]),
    sources: [...methods.map((m) => m.source)],
  };
}

function basisOf(date: DateSlot | undefined): Basis | undefined {
  if (!date) return undefined;
  if (date.kind === 'day') return { kind: 'usage', month: monthOf(date.date) };
  // "今月の引き落とし" asks about the bill due this month; "今月使った分" about this month's purchases
  // (read with the date itself, so that a follow-up keeps the meaning: src/nlu/slots.ts).
  return { kind: date.bill ? 'billing' : 'usage', month: date.month };
}

/** How many months ahead a day put forward with its month may be to be read as that month's bill. */
const MONTHS_PUT_FORWARD = 6;

/**
 * 「1月10日ってコンビニ払いの期限？」 "is the deadline January 10?" asked in November: the bill due in
 * that month (December's purchases) is the one to check it against, not the next one (due in
 * December), which would make a right day wrong. Only for a month still to come, after the
 * next bill's: a month gone by is the bill gone by (verdict).
 */
function billOfTheDayPutForward(
  methods: PaymentMethod[],
  { slots, today }: AnswerContext,
): Basis | undefined {
  const proposed = slots.proposedDue;
  if (!proposed?.asked || proposed.paying || proposed.weekday || proposed.month === undefined)
    return undefined;
  const day = nextDayOf(proposed, today);
  const ahead = (day.year - today.year) * 12 + day.month - today.month;
  const nextDue = methods.map((method) => nextDeadlineFrom(method, today).due);
  const afterTheNext = nextDue.every((due) => (day.year - due.year) * 12 + day.month - due.month > 0);
  return ahead <= MONTHS_PUT_FORWARD && afterTheNext
    ? { kind: 'billing', month: { year: day.year, month: day.month } }
    : undefined;
}

/** A purchase date named, as the month it is billed for. */
interface Purchase {
  label: string;
  month: YearMonth;
  /** A day still to come: 「…に買う分」 "Buying …", not bought. */
  coming?: boolean;
  /** The way this one is paid, said beside it (「10月5日の分はコンビニ」). */
  paidBy?: MethodId;
  /** A month's bill (「今月と来月の引き落とし日」), not its purchases: `month` is the month it is due in. */
  bill?: true;
}

/**
 * The purchases to answer one by one: each date named (「10/31と11/2に買った分」) when they fall
 * in different months, or both readings of a date whose year is truly open (「4月15日」 in November).
 */
function purchasesOf({ slots, lang, today }: AnswerContext): Purchase[] {
  // One date in one year is one purchase, one month (most questions): nothing to label.
  if (slots.dates === undefined && slots.date?.otherYear === undefined) return [];
  const purchase = (date: DateSlot, year?: number): Purchase => ({
    ...(date.paidBy ? { paidBy: date.paidBy } : {}),
    ...(date.kind === 'day'
      ? {
          label: formatIsoDay(toIsoDate({ ...date.date, year: year ?? date.date.year }), lang),
          month: { year: year ?? date.date.year, month: date.date.month },
          // (Today is still to come when the message asks "if I buy today": future tense.)
          coming:
            compareDates({ ...date.date, year: year ?? date.date.year }, today) >
            (slots.tense === 'future' ? -1 : 0),
        }
      : {
          label: formatMonth({ ...date.month, year: year ?? date.month.year }, lang),
          month: { ...date.month, year: year ?? date.month.year },
          ...(date.bill ? { bill: true as const } : {}),
        }),
  });
  // In the order of the calendar (「今日と明日」 is read tomorrow first: the written date leads).
  const dates = [...(slots.dates ?? (slots.date ? [slots.date] : []))].sort(byCalendar);
  const purchases =
    dates.length === 1 && dates[0]?.otherYear !== undefined
      ? [purchase(dates[0]), purchase(dates[0], dates[0].otherYear)]
      : dates.map((d) => purchase(d));
  const months = new Set(purchases.map((p) => toIsoMonth(p.month)));
  return months.size > 1 || purchases.some((p) => p.paidBy) ? purchases : [];
}

/** Earlier dates first; a month before a day in it. */
function byCalendar(a: DateSlot, b: DateSlot): number {
  const start = (d: DateSlot) =>
    d.kind === 'day' ? d.date : d.kind === 'month' ? { ...d.month, day: 0 } : undefined;
  const x = start(a);
  const y = start(b);
  return x && y ? compareDates(x, y) : 0;
}

/** One line per purchase: its deadline by the method asked about, or by each method. */
function perPurchase(purchases: Purchase[], methods: PaymentMethod[], ctx: AnswerContext): AnswerDraft {
  const { lang, kb, today } = ctx;
  const bothYears = ctx.slots.dates === undefined;
  const noExtension = kb.facts.no_extension.text[lang];
  let passed = false;
  // Why a debit day moved ("27 March is a Saturday…"), or that a 10th on a Sunday does not, once
  // each, after the list.
  const moves = new Set<string>();
  const items = purchases.map(({ label, month, coming, paidBy, bill }) => {
    const own = paidBy ? [methodById(kb, paidBy)] : methods;
    const dues = own.map((method) => {
      const deadline = bill ? deadlineForBillingMonth(method, month) : deadlineForPurchase(method, month);
      const status = deadlineStatusOn(deadline, today);
      if (status.state === 'passed') passed = true;
      // (Line by line: the rule that a 10th or 20th is not known to move is said once, last.)
      for (const line of shiftNote(method, deadline, ctx)) moves.add(line);
      const name = methods.length > 1 && !paidBy ? `${method.name[lang]} ` : '';
      const left = formatDaysLeft(status.days, lang);
      return `${name}${formatDate(deadline.due, lang)}${lang === 'ja' ? `（${left}）` : ` (${left})`}`;
    });
    const bought = bothYears
      ? label
      : bill
        ? lang === 'ja'
          ? `${label}の請求`
          : `The ${label} bill`
        : lang === 'ja'
          ? `${label}に${coming ? '買う' : '買った'}分`
          : `${coming ? 'Buying' : 'Bought'} ${label}`;
    const way = paidBy ? own[0]?.name[lang] : undefined;
    const purchase = way ? (lang === 'ja' ? `${bought}（${way}）` : `${bought} (${way})`) : bought;
    return own.length > 1
      ? `${purchase}:\n${dues.map((d) => `  - ${d}`).join('\n')}`
      : `${purchase}: ${dues[0]}`;
  });
  const paired = purchases.some((p) => p.paidBy);
  const bills = purchases.every((p) => p.bill);
  const [only] = paired ? [] : methods;
  const paragraphs = [
    bothYears
      ? lang === 'ja'
        ? `「${ctx.slots.date?.source}」の年が書かれていないので、両方の年の支払い期限をお答えします${only && methods.length === 1 ? `（${only.name.ja}）` : ''}。`
        : `The year of "${ctx.slots.date?.source}" is not given, so here are the deadlines for both years${only && methods.length === 1 ? ` (${only.name.en})` : ''}:`
      : lang === 'ja'
        ? `${bills ? '月' : '購入日'}ごとの支払い期限${only && methods.length === 1 ? `（${only.name.ja}）` : ''}:`
        : `The deadline for each ${bills ? 'month' : 'purchase'}${only && methods.length === 1 ? ` (${only.name.en})` : ''}:`,
    bullets(items),
    ...[...moves].sort((a, b) => Number(a === noExtension) - Number(b === noExtension)),
  ];
  if (passed) paragraphs.push(passedNote(ctx, true));
  // 「最初のやつはもう期限過ぎてる？」 of purchases whose deadlines are all ahead: not yet, first.
  else if (ASKS_IF_PASSED.test(ctx.normalized))
    paragraphs.unshift(t(lang, 'いいえ、どれもまだ過ぎていません。', 'No, none of them has passed yet.'));
  if (methods.length > 1 && !paired) {
    paragraphs.push(
      t(
        lang,
        '支払い方法を教えてもらえれば、その期限だけお答えします。',
        'Tell me how you pay and I will give just those dates.',
      ),
    );
  }
  return {
    title: t(lang, '支払い期限', 'Payment deadlines'),
    text: joinLines(paragraphs),
    actions: remindActions(methods, ctx),
    sources: [...methods.map((m) => m.source), kb.facts.billing_cycle.source],
  };
}

// 「11月30日に注文したけど発送は12月3日らしい。11月分？12月分？」 "ordered on the 30th, ships on the
// 3rd, which month?": the month goes by the shop's confirming the sale, which is said first.
const SHIPPED_LATER = /発送|出荷|(?<![a-z])(?:ship(?:s|ped|ping)?|dispatch(?:ed|es)?)(?![a-z])/;

function withSaleConfirmed(draft: AnswerDraft, ctx: AnswerContext): AnswerDraft {
  if (!SHIPPED_LATER.test(ctx.normalized)) return draft;
  return { ...draft, text: `${ctx.kb.facts.billing_cycle.text[ctx.lang]}\n${draft.text}` };
}

function deadlineFor(method: PaymentMethod, basis: Basis, today: PlainDate): Deadline {
  if (basis.kind === 'usage') return deadlineForPurchase(method, basis.month);
  if (basis.kind === 'billing') return deadlineForBillingMonth(method, basis.month);
  return nextDeadlineFrom(method, today);
}

/**
 * The deadline this answer gives for a date (a purchase's, a month's bill) or for none (the next
 * one): the conversation layer tells a due date said back by it (src/bot.ts, dueDates).
 */
export function deadlineForDate(method: PaymentMethod, date: DateSlot | undefined, now: Date): Deadline {
  return deadlineFor(method, basisOf(date) ?? { kind: 'next' }, tokyoToday(now));
}

function oneMethod(
  { method, deadline }: { method: PaymentMethod; deadline: Deadline },
  basis: Basis,
  ctx: AnswerContext,
): AnswerDraft {
  const { lang, kb } = ctx;
  const status = deadlineStatusOn(deadline, ctx.today);
  const usage = formatMonth(deadline.usageMonth, lang);
  const due = formatDate(deadline.due, lang);
  const paragraphs = [
    lang === 'ja'
      ? `${usage}分を${method.name.ja}で払う場合、期限は${due}です（${formatDaysLeft(status.days, lang)}）。`
      : `For ${usage} purchases paid by ${method.name.en}, the deadline is ${due} (${formatDaysLeft(status.days, lang)}).`,
  ];
  const shift = shiftNote(method, deadline, ctx);
  if (shift.length > 0) paragraphs.push(shift.join('\n'));
  if (status.state === 'passed') {
    paragraphs.push(method.movesToNextBusinessDay ? debitGoneNote(ctx) : passedNote(ctx));
    // 「今月の請求の期限は？」 late in the month: that bill's deadline is gone; the one to pay next, too.
    if (basis.kind === 'billing') {
      const next = deadlineFor(method, { kind: 'next' }, ctx.today);
      const left = formatDaysLeft(deadlineStatusOn(next, ctx.today).days, lang);
      paragraphs.push(
        lang === 'ja'
          ? `次の期限は${formatDate(next.due, lang)}（${formatMonth(next.usageMonth, lang)}分、${left}）です。`
          : `The next deadline is ${formatDate(next.due, lang)} (${formatMonth(next.usageMonth, lang)} purchases, ${left}).`,
      );
    }
  }
  if (status.state === 'today') {
    // A bank debit is not paid by hand: what the user can still do is have the money there.
    paragraphs.push(
      method.id === 'auto_debit'
        ? t(
            lang,
            '今日が引き落とし日です。口座の残高が足りているか確認してください。',
            'The debit is today: make sure the account holds enough.',
          )
        : t(
            lang,
            '今日が期限です。まだなら今日中に払ってください。',
            'That is today: pay today if you have not yet.',
          ),
    );
  }
  if (basis.kind === 'next' && compareMonths(deadline.usageMonth, monthOf(ctx.today)) < 0) {
    // The next deadline is last month's bill; this month's purchases are due a month later.
    const following = formatDate(deadlineForPurchase(method, ctx.today).due, lang);
    paragraphs.push(
      lang === 'ja'
        ? `今月使った分の期限は${following}です。`
        : `What you buy this month is due ${following}.`,
    );
  }
  paragraphs.push(
    lang === 'ja' ? `請求手数料: ${feeText(method, lang)}` : `Billing fee: ${feeText(method, lang)}`,
  );
  return {
    title: lang === 'ja' ? `${method.name.ja}の支払い期限` : `Deadline: ${method.name.en}`,
    text: joinLines(paragraphs),
    facts: [
      { label: t(lang, '期限', 'Due'), value: due },
      { label: t(lang, '対象', 'Covers'), value: lang === 'ja' ? `${usage}分` : `${usage} purchases` },
      { label: t(lang, '手数料', 'Fee'), value: feeText(method, lang) },
    ],
    actions: [
      {
        id: encodeAction({ kind: 'subscribe', method: method.id }),
        label: t(lang, 'この期限をリマインド', 'Remind me'),
      },
    ],
    sources: [method.source, kb.facts.billing_cycle.source],
  };
}

function allMethods(
  lines: { method: PaymentMethod; deadline: Deadline }[],
  basis: Basis,
  ctx: AnswerContext,
): AnswerDraft {
  const { lang, kb } = ctx;
  const intro =
    basis.kind === 'next'
      ? t(
          lang,
          'atone 翌月払いの次の支払い期限は、支払い方法によって違います。',
          'Your next atone deadline depends on how you pay:',
        )
      : basis.kind === 'usage'
        ? lang === 'ja'
          ? `${formatMonth(basis.month, lang)}分の支払い期限は、支払い方法によって違います。`
          : `For ${formatMonth(basis.month, lang)} purchases, the deadline depends on how you pay:`
        : lang === 'ja'
          ? `${formatMonth(basis.month, lang)}の支払い期限（${formatMonth(addMonths(basis.month, -1), lang)}分）:`
          : `Deadlines in ${formatMonth(basis.month, lang)} (for ${formatMonth(addMonths(basis.month, -1), lang)} purchases):`;
  // Each deadline's status once (the list, whether one has passed, whether all have).
  const statuses = lines.map(({ deadline }) => deadlineStatusOn(deadline, ctx.today));
  const items = lines.map(({ method, deadline }, i) => {
    const status = statuses[i] as DeadlineStatus;
    const moved = deadline.moved
      ? lang === 'ja'
        ? `（${deadline.nominal.day}日が${closedBecause(deadline, lang)}のため翌営業日）`
        : ` (the ${ordinal(deadline.nominal.day)} is ${closedBecause(deadline, lang)}, so the next business day)`
      : '';
    const covers =
      basis.kind === 'next'
        ? lang === 'ja'
          ? `、${formatMonth(deadline.usageMonth, lang)}分`
          : `, ${formatMonth(deadline.usageMonth, lang)} purchases`
        : '';
    return lang === 'ja'
      ? `${method.name.ja}: ${formatDate(deadline.due, lang)}${moved}（${formatDaysLeft(status.days, lang)}${covers}）`
      : `${method.name.en}: ${formatDate(deadline.due, lang)}${moved} (${formatDaysLeft(status.days, lang)}${covers})`;
  });
  const passed = statuses.some((status) => status.state === 'passed');
  const allPassed = statuses.every((status) => status.state === 'passed');
  const paragraphs = [intro, bullets(items)];
  // "which one has the latest deadline": that way first, then the dates.
  if (lines.length === kb.methods.length && LATEST_DEADLINE.test(ctx.normalized))
    paragraphs.unshift(latestDeadlineLine(kb.methods, lang));
  // (Some gone by, not all: the user's own may still be ahead, 「はがき…（今日）」.)
  if (passed) paragraphs.push(passedNote(ctx, !allPassed));
  // 「今月いつまでに払えばいいの」 late in the month: this month's bill is past, so the next
  // deadlines (for this month's purchases) are what the user can still act on.
  if (basis.kind === 'billing' && allPassed && compareMonths(basis.month, monthOf(ctx.today)) === 0) {
    const next = lines.map(({ method }) => {
      const deadline = deadlineForPurchase(method, ctx.today);
      const left = formatDaysLeft(deadlineStatusOn(deadline, ctx.today).days, lang);
      return `${method.name[lang]}: ${formatDate(deadline.due, lang)}${lang === 'ja' ? `（${left}）` : ` (${left})`}`;
    });
    paragraphs.push(
      lang === 'ja'
        ? `次の支払い期限（${formatMonth(monthOf(ctx.today), lang)}分）:`
        : `Next deadlines (${formatMonth(monthOf(ctx.today), lang)} purchases):`,
      bullets(next),
    );
  }
  // 「コンビニの期限と手数料…あと口座振替なら？」: the fees of the ways named, asked beside.
  if (lines.length < kb.methods.length && FEE_NAMED.test(ctx.normalized)) {
    const fees = lines
      .map(({ method }) => `${method.name[lang]} ${feeText(method, lang)}`)
      .join(t(lang, '、', ', '));
    paragraphs.push(t(lang, `請求手数料: ${fees}`, `Billing fee: ${fees}`));
  }
  // No source says the 10th or the 20th moves, and none says it never does (the fact says so).
  paragraphs.push(kb.facts.no_extension.text[lang]);
  // (Asked of some ways, it answered for them: nothing more to ask.)
  if (lines.length === kb.methods.length)
    paragraphs.push(
      t(
        lang,
        '支払い方法を教えてもらえれば、その期限だけお答えします。',
        'Tell me how you pay and I will give just that date.',
      ),
    );
  return {
    title: t(lang, '支払い期限', 'Payment deadlines'),
    text: joinLines(paragraphs),
    facts: lines.map(({ method, deadline }) => ({
      label: method.name[lang],
      value: formatDate(deadline.due, lang),
    })),
    actions: remindActions(
      lines.map(({ method }) => method),
      ctx,
    ),
    sources: [...kb.methods.map((m) => m.source), kb.facts.billing_cycle.source],
  };
}

/**
 * A button to be reminded: by the methods answered about, or, when every method was listed, one
 * button that asks for the method (four "remind me" buttons read as noise).
 */
function remindActions(methods: readonly PaymentMethod[], { lang, kb }: AnswerContext) {
  if (methods.length >= kb.methods.length) {
    return [
      { id: encodeAction({ kind: 'subscribe' }), label: t(lang, 'リマインダーを設定', 'Set a reminder') },
    ];
  }
  return methods.map((method) => ({
    id: encodeAction({ kind: 'subscribe', method: method.id }),
    label: lang === 'ja' ? `${method.name.ja}でリマインド` : `Remind me (${method.name.en})`,
  }));
}

/**
 * A debit day the user names as gone by (「2月27日に残高がなかった」 "no money on sat 27 feb") when it
 * moved: the day the debit was made instead, which they may still have been in time for.
 */
export function movedDebitNamed(method: PaymentMethod, ctx: AnswerContext): string | undefined {
  const proposed = ctx.slots.proposedDue;
  if (!method.movesToNextBusinessDay || proposed?.month === undefined) return undefined;
  const { today, lang } = ctx;
  const thisYear = { year: today.year, month: proposed.month, day: proposed.day };
  const year = compareDates(thisYear, today) > 0 ? today.year - 1 : today.year;
  const deadline = deadlineForBillingMonth(method, { year, month: proposed.month });
  if (!deadline.moved || deadline.nominal.day !== proposed.day) return undefined;
  const reason = closedBecause(deadline, lang);
  const gone = deadlineStatusOn(deadline, today).state === 'passed';
  const due = formatDate(deadline.due, lang);
  return lang === 'ja'
    ? `${jaDay(deadline.nominal, today)}は${reason}${gone ? 'だったため' : 'のため'}、引き落としは${due}${gone ? 'でした' : 'です'}。`
    : `${formatIsoDay(toIsoDate(deadline.nominal), lang)} ${gone ? 'was' : 'is'} ${reason}, so the debit ${gone ? 'was' : 'is'} made on ${due}.`;
}

/** Why a debit day moved: 「日曜日」「祝日（勤労感謝の日）」, "a Sunday", "a year-end bank holiday". */
function closedBecause(deadline: Deadline, lang: Lang): string {
  return dayOffName(deadline.nominal, deadline.reason, lang);
}

/** What makes a day no bank business day: 「日曜日」, 「元日」, "a Saturday". */
function dayOffName(day: PlainDate, reason: NonBusinessReason | undefined, lang: Lang): string {
  if (reason === 'holiday') return holidayName(day, lang) ?? t(lang, '祝日', 'a national holiday');
  if (reason === 'year_end') return t(lang, '年末年始の休業日', 'a year-end bank holiday');
  return weekdayOf(day) === 6 ? t(lang, '土曜日', 'a Saturday') : t(lang, '日曜日', 'a Sunday');
}

/**
 * Why a deadline moved, or a warning that it does not move although the day is a holiday (not
 * for a deadline already past: "pay by then" would tell the user to do what they no longer can).
 * Its lines: the day said, then the rule, so that a list of purchases says the rule once.
 */
function shiftNote(method: PaymentMethod, deadline: Deadline, { lang, kb, today }: AnswerContext): string[] {
  if (deadline.moved) {
    const nominal = deadline.nominal;
    const reason = closedBecause(deadline, lang);
    return [
      lang === 'ja'
        ? `${jaDay(nominal, today)}が${reason}のため、翌営業日の引き落としになります。`
        : `${formatIsoDay(toIsoDate(nominal), lang)} is ${reason}, so the debit moves to the next bank business day.`,
    ];
  }
  const day = dayOffNote(method, deadline, lang, today);
  if (day && deadlineStatusOn(deadline, today).state !== 'passed')
    return [day, kb.facts.no_extension.text[lang]];
  return [];
}

/**
 * 「11月27日」, or 「2027年11月27日」 more than half a year away: a month and day alone name the
 * nearest, so a note beside both years' dates (「10月5日」 read both ways) must say which it means.
 */
function jaDay(date: PlainDate, today: PlainDate): string {
  const far = Math.abs(daysBetween(today, date)) > HALF_A_YEAR_DAYS;
  return `${far ? `${date.year}年` : ''}${date.month}月${date.day}日`;
}
const HALF_A_YEAR_DAYS = 182;

/** 「1月10日は日曜日です。」: a 10th or 20th deadline on a day banks are closed (it does not move). */
function dayOffNote(
  method: PaymentMethod,
  deadline: Deadline,
  lang: Lang,
  today: PlainDate,
): string | undefined {
  const off = method.movesToNextBusinessDay ? undefined : nonBusinessReason(deadline.due);
  if (!off) return undefined;
  return lang === 'ja'
    ? `${jaDay(deadline.due, today)}は${dayOffName(deadline.due, off, lang)}です。`
    : `${formatIsoDay(toIsoDate(deadline.due), lang)} is ${dayOffName(deadline.due, off, lang)}.`;
}

/**
 * "Does the new-year holiday shift it?" about one debit day: whether it does this time, first
 * (the rule follows). Only the debit moves; for the other methods the rule itself is the answer.
 */
function movesThisTime(method: PaymentMethod, deadline: Deadline, lang: Lang): string | undefined {
  if (!method.movesToNextBusinessDay) return undefined;
  const due = formatDate(deadline.due, lang);
  return deadline.moved
    ? t(lang, `はい、今回はずれて${due}です。`, `Yes, this time it moves to ${due}.`)
    : t(
        lang,
        `今回はずれません（${due}は銀行の営業日です）。`,
        `Not this time: ${due} is a bank business day.`,
      );
}

const ASKS_TIME_OF_DAY =
  /何時まで|何時が(?:締め?切|期限|最後|限界)|(?<![a-z])(?:what time|by what time|until what time|what hour)(?![a-z])/;

/** 「何時まで？」 "by what time?": the time of day of a deadline, which no source gives. */
export function asksTimeOfDay(normalized: string): boolean {
  return ASKS_TIME_OF_DAY.test(normalized);
}

const ASKS_EXTENSION =
  /延長|延ば(?:せ|し|す)|のばせ|待って(?:くれ|もら|ほし)|遅らせ|猶予|(?<![a-z])(?:extension|extend|grace period|more time|postpone|push (?:it |(?:my |the )?(?:payment|bill) )?back|delay (?:my |the )?(?:payment|bill))(?![a-z])/;

/** Whether more time to pay is asked (「待ってもらえる？」 "can I push it back a week?"). */
export function asksForMoreTime(normalized: string): boolean {
  return ASKS_EXTENSION.test(normalized);
}

/** That no extension is promised, said where more time is asked (here and in late_payment's answer). */
export const NO_EXTENSION = {
  ja: '期限を延ばしてもらえるという情報はありません。',
  en: 'No source says a deadline can be extended.',
} as const;

/** No extension is promised: pay by the deadline, or what paying late means applies. */
function noExtension({ lang, kb }: AnswerContext): string {
  return `${NO_EXTENSION[lang]}${lang === 'ja' ? '' : ' '}${kb.facts.late_payment.text[lang]}`;
}

/** Which deadlines move on bank holidays (only the 27th debit) and which never do. */
function holidayRules(methods: PaymentMethod[], { lang, kb }: AnswerContext): string[] {
  const rules: string[] = [];
  if (methods.some((m) => m.movesToNextBusinessDay)) {
    rules.push(
      t(
        lang,
        '口座振替の27日が土日・祝日・年末年始（12月31日〜1月3日）にあたるときは、翌営業日に引き落とされます。',
        'When the 27th falls on a weekend, a national holiday or 31 December–3 January, the debit moves to the next bank business day.',
      ),
    );
  }
  if (methods.some((m) => !m.movesToNextBusinessDay)) rules.push(kb.facts.no_extension.text[lang]);
  return rules;
}

/** A debit day gone by: taken from the account then, if the balance was there; else paying late. */
function debitGoneNote({ lang, kb }: AnswerContext): string {
  return lang === 'ja'
    ? `この引き落とし日はもう過ぎています。残高が足りていれば、その日に登録口座から引き落とされています（通帳やアプリの「ご利用明細」で確認できます）。引き落とされていなければ、期限に遅れたことになります。${kb.facts.late_payment.text.ja}`
    : `That debit day has passed: if the balance was there, the amount was taken from your registered account that day (your bank statement or the app's ご利用明細 shows it). If it was not, the deadline was missed. ${kb.facts.late_payment.text.en}`;
}

function passedNote({ lang, kb }: AnswerContext, some = false): string {
  return some
    ? lang === 'ja'
      ? `過ぎている期限の分をまだ払っていなければ、すぐに払ってください。${kb.facts.late_payment.text.ja}`
      : `If you have not paid for a purchase whose deadline has passed, pay now. ${kb.facts.late_payment.text.en}`
    : lang === 'ja'
      ? `この期限はもう過ぎています。まだ払っていなければ、すぐに払ってください。${kb.facts.late_payment.text.ja}`
      : `That deadline has passed. If you have not paid yet, pay now. ${kb.facts.late_payment.text.en}`;
}
