// When and how the bill is announced.
import { isBankBusinessDay } from '../src/domain/bank-days.js';
import type { PlainDate, YearMonth } from '../src/domain/calendar.js';
import { addDays, addMonths, compareDates, compareMonths, firstDayOf, monthOf } from '../src/domain/dates.js';
import { formatDate, formatMonth } from '../src/domain/format.js';
import { type KnowledgeBase, methodById, type PaymentMethod } from '../src/domain/knowledge-base.js';
import { defineIntent, t } from '../src/intent.js';
import type { DateSlot, Slots } from '../src/nlu/slots.js';
import { joinLines, ordinal } from '../src/phrases.js';
import type { Lang } from '../src/types.js';

// The bill's notice named: 「請求メール」「請求のお知らせ」 "the bill email".
const NAMES_BILL_NOTICE =
  /請求(?:の)?(?:めーる|メール|お知らせ|通知|連絡)|(?<![a-z])(?:(?:bill(?:ing)?|invoice) (?:email|e-mail|notice|notification|sms)|(?:notice|notification|email) (?:for|of|about) (?:my |the |this |last |next )?(?:\w+ )?(?:bill|purchases?|charges?|usage|statement))(?![a-z])/;

// 「いくら払えばいいかって、いつ頃どうやって連絡来るの？」 "how will I know how much to pay?": how
// and when one is told (the amount itself is the user's own, which the bot cannot know).
const ASKS_HOW_TOLD =
  /(?:いつ|どうやって|どこで|どう)[^。？?]{0,8}(?:連絡|通知|知らせ|メール|届|わか|分か)|(?<![a-z])(?:how|when|where) (?:will|do|does|would|can) (?:i|it|they|atone)[^.?]{0,20}(?:know|told|notif|email|message|find out|see)/;

/** Whether the message asks how or when one is told the bill (not the amount itself). */
export function asksHowTold(normalized: string): boolean {
  return ASKS_HOW_TOLD.test(normalized);
}

/** Whether the bill's notice is named (「GWで請求メールが遅れたりしない？」 asks about it, not the deadline). */
export function namesBillNotice(normalized: string): boolean {
  return NAMES_BILL_NOTICE.test(normalized);
}

// 「締め日は？」 "what's the closing date?": the month-end close, which people often take for the deadline.
const CLOSING_DAY =
  /締め日|しめ日|締日|(?<![a-z])(?:closing (?:day|date)|cut-?off|(?:billing|statement) (?:cycle|period) (?:end|close)s?|(?:month|bill(?:ing)?) closes?)(?![a-z])/;

/** The closing day named (「締め日」, "closing date"): its answer says it is no deadline. */
export function namesClosingDay(normalized: string): boolean {
  return CLOSING_DAY.test(normalized);
}
// 「請求が来ない」「メール来てへん」, "I got no email this month": when a bill that should be there is not.
const NOT_ARRIVED =
  /(来な|来て(い)?な|届か|届いて(い)?な|届きません|来ません|(?:届い|来)て(?:い|おり)ません|こな|(?:来|き|届い)てへん|(?:来|き|こ|け)ーへん|来へん|きてへん)|(?<![a-z])(?:not|never|\w+n'?t)\s+(?:yet\s+)?(?:been\s+)?(?:come|came|arrive|receive|get|got)(?![a-z]*\s+(?:why|what|how)(?![a-z]))|(?<![a-z])(?:never|not|\w+n'?t)\s+(?:yet\s+)?(?:showed|show|shown|turned|turn)\s+up(?![a-z])|(?<![a-z])(?:no|still no) (?:bill|invoice|statement|postcard|e-?mail|sms|notice)s? (?:yet|so far)(?![a-z])|(?<![a-z])no (?:e-?mail|mail|sms|text|bill|letter)s?[,.]? (?:and |or )?no (?:e-?mail|mail|sms|text|bill|letter)s?(?![a-z])|(?<![a-z])still no (?:(?:seikyu+|bill|billing|atone|the|my) )?(?:bill|invoice|statement|postcard|e-?mail|sms|notice)s?(?![a-z])|(?<![a-z])no (?:any )?(?:mail|letter|e-?mail|bill|invoice|notice)s?(?: or (?:mail|letter|e-?mail|sms|text))?[^.?]{0,24}(?:come|came|arrived?)(?![a-z])|(?<![a-z])(?:got|received|had) no (?:(?:bill|billing|atone|payment) )?(?:bill|invoice|statement|postcard|e-?mail|sms|notice|mail|letter)s?(?![a-z])/;

// What every match of NOT_ARRIVED has: a Japanese character, or an English verb of its (come,
// get, arrive, show up…) or "no ". Most English messages have none, and are answered without the
// regex, whose tries of \w+n't at every word are most of what it costs.
const MAY_SAY_NOT_ARRIVED = /no |come|came|arrive|receive|get|got|show|turn|[\u0080-\uffff]/;

/** The message says a bill has not come (「請求がまだ来ない」, "my bill hasn't arrived"). */
export function saysNotArrived(normalized: string): boolean {
  return MAY_SAY_NOT_ARRIVED.test(normalized) && NOT_ARRIVED.test(normalized);
}

/**
 * The named month's bill is not due to be announced yet (「12月分の請求」 on 2 January, before the
 * 3rd business day): a "not come" about it is early, not a missing bill.
 */
export function billStillToCome(date: DateSlot | undefined, today: PlainDate): boolean {
  const usage = usageMonthOf(date);
  return usage !== undefined && compareDates(today, nthBankBusinessDay(addMonths(usage, 1), 3)) <= 0;
}

export default defineIntent({
  name: 'billing_notice',
  label: { ja: '請求のお知らせ', en: 'when the bill arrives' },
  examples: {
    ja: [
      'いくら払うかいつ決まる？',
      '請求のメールはいつ来る？',
      '請求書はいつ届く？',
      '今月の請求金額を知りたい',
      '請求の通知が来ない',
      '請求はいつ確定する？',
      '締め日はいつ？',
    ],
    en: [
      'when does the statement come out',
      'when will I get my bill',
      'when do I find out how much I owe',
      'I did not receive the billing email',
      'when does the billing month close',
    ],
  },
  cues: [
    /請求(額|金額|の?(めーる|通知|お知らせ|sms|連絡|案内|ご案内))|請求.{0,8}(わか|届|来|く(る|るの)|確定|通知|連絡)|締め日|しめ日|いくら払う|金額.{0,6}(わか|いつ|知らせ|通知)/,
    /\bbill(ing)?\b.{0,20}\b(sent|arrive|come|get|email|notice|notif|receive|close|sms)|how much (do )?i owe|statement|notified of the (amount|bill)|(amount|bill).{0,20}notif/,
    // When the amount is known and how it is announced: 「いくら請求されるかいつ分かる」, "notified of my bill".
    /いくら請求され.{0,8}(いつ|分か|わか)|know the amount|(notified|told) (of|about)? ?(my |the )?(bill|amount)|how (will|do|am) i (be notified|know|find out|told)|invoice e-?mail|bill e-?mail|amount i owe/,
    /(get|receive|find out).{0,20}\bbill\b/,
    // The month-end close (締め日) and a sale the shop confirmed late, which moves the bill.
    /closing (date|day)|(month|bill(ing)?) close|売上確定|確定.{0,6}遅|confirm(s|ed)?\b.{0,20}\blate\b/,
    /請求(書|額|金額)?.{0,12}発行|発行.{0,6}請求|(invoice|bill|statement).{0,20}issued|issue.{0,10}(invoice|bill|statement)/,
  ],
  answer({ lang, kb, today, slots, normalized }) {
    const usage = usageMonthOf(slots.date);
    const { lead, tail, sources } = asides(kb, slots, normalized, lang);
    if (!usage) {
      // (Early in a month, before its 3rd business day, the bill on its way is last month's.)
      const thisMonth = monthOf(today);
      const example =
        compareDates(today, nthBankBusinessDay(thisMonth, 3)) <= 0 ? addMonths(thisMonth, -1) : thisMonth;
      return {
        title: t(lang, '請求のお知らせ', 'When the bill is announced'),
        text: joinLines([
          ...lead,
          kb.facts.bill_notice.text[lang],
          lang === 'ja'
            ? `たとえば${formatMonth(example, lang)}分は、${formatMonth(addMonths(example, 1), lang)}の第3営業日（${formatDate(nthBankBusinessDay(addMonths(example, 1), 3), lang)}）までにお知らせが届きます。`
            : `For example, ${formatMonth(example, lang)} purchases are announced by the 3rd business day of ${formatMonth(addMonths(example, 1), lang)} (${formatDate(nthBankBusinessDay(addMonths(example, 1), 3), lang)}).`,
          kb.facts.billing_cycle.text[lang],
          ...tail,
        ]),
        sources: [...sources, kb.facts.bill_notice.source, kb.facts.billing_cycle.source],
      };
    }
    // A named month (「12月分の請求」): that month's bill, announced by the 3rd business day after it.
    const billed = addMonths(usage, 1);
    const byDay = nthBankBusinessDay(billed, 3);
    const waiting = compareDates(today, firstDayOf(billed)) >= 0 && compareDates(today, byDay) <= 0;
    // "when will I get the bill for April?" on 30 April: that one came already; the next one too.
    const gone = compareDates(today, byDay) > 0;
    const nextBilled = addMonths(billed, 1);
    const nextBy = nthBankBusinessDay(nextBilled, 3);
    const goneLine = !gone
      ? ''
      : compareMonths(billed, monthOf(today)) === 0
        ? t(
            lang,
            `その日はもう過ぎています。次の請求（${formatMonth(billed, lang)}分）は、${formatMonth(nextBilled, lang)}の第3営業日（${formatDate(nextBy, lang)}）までにお知らせされます。`,
            `That day has passed. The next bill, for ${formatMonth(billed, lang)} purchases, is announced by the 3rd business day of ${formatMonth(nextBilled, lang)} (${formatDate(nextBy, lang)}).`,
          )
        : t(lang, 'その日はもう過ぎています。', 'That day has passed.');
    return {
      title: t(lang, '請求のお知らせ', 'When the bill is announced'),
      text: [
        ...lead,
        lang === 'ja'
          ? `${formatMonth(usage, lang)}分の請求は、${formatMonth(billed, lang)}の第3営業日（${formatDate(byDay, lang)}）までに、メール・SMS・アプリでお知らせされます。`
          : `${formatMonth(usage, lang)} purchases are billed in ${formatMonth(billed, lang)}: the bill is announced by email, SMS and in the app by the 3rd business day (${formatDate(byDay, lang)}).`,
        goneLine,
        waiting
          ? lang === 'ja'
            ? `今日はまだその日より前なので、お知らせが届いていなくても${formatDate(byDay, lang)}までは待ってください。`
            : `That day has not passed yet, so if nothing has arrived, wait until ${formatDate(byDay, lang)}.`
          : '',
        kb.facts.billing_cycle.text[lang],
        ...tail,
      ]
        .filter(Boolean)
        .join('\n'),
      sources: [...sources, kb.facts.bill_notice.source, kb.facts.billing_cycle.source],
    };
  },
});

/**
 * What the question adds to the usual answer: 締め日 (the month-end close, not the deadline, with
 * the method's deadline when one is named) first, and what to do when no bill came last.
 */
function asides(kb: KnowledgeBase, slots: Slots, normalized: string, lang: Lang) {
  const closingDay = namesClosingDay(normalized);
  const method = slots.method ? methodById(kb, slots.method) : undefined;
  const lead = closingDay
    ? [kb.facts.closing_day.text[lang], ...(method ? [methodDeadline(method, lang)] : [])]
    : [];
  // 「メールで来る？それとも郵送？」 "do I get a paper one?": the postcard bill is the paper one.
  const paper = ASKS_OF_PAPER.test(normalized)
    ? [
        t(
          lang,
          '支払い方法をはがき請求書にしている場合は、紙の請求書（はがき）が郵送で届きます。',
          'If you pay by postcard bill (はがき請求書), a paper bill comes by post.',
        ),
      ]
    : [];
  const tail = saysNotArrived(normalized)
    ? [
        t(
          lang,
          '第3営業日から1週間以上たっても届かなければ、atone に問い合わせてください（第三者の情報）。請求額はアプリの「ご利用明細」でも確認できます。',
          'If nothing has arrived more than a week after the 3rd business day, contact atone (third-party report); the amount is also in the app under ご利用明細 (usage details).',
        ),
      ]
    : [];
  return { lead, tail: [...paper, ...tail], sources: closingDay ? [kb.facts.closing_day.source] : [] };
}

const ASKS_OF_PAPER = /郵送|郵便|紙|(?<![a-z])(?:paper|by post|in the post|letter)(?![a-z])/;

/** 「はがき請求書の締め日」: the close is month-end; what the user needs is the method's deadline. */
function methodDeadline(method: PaymentMethod, lang: Lang): string {
  const moves = method.movesToNextBusinessDay;
  return lang === 'ja'
    ? `${method.name.ja}の支払い期限は、購入した月の翌月${method.dueDay}日${moves ? '（銀行の休業日なら翌営業日）' : ''}です。`
    : `The ${method.name.en} deadline is the ${ordinal(method.dueDay)} of the month after the purchase${moves ? ' (the next bank business day when that is a weekend or holiday)' : ''}.`;
}

/** The purchases asked about: 「12月分」 is December's; 「今月の請求」 names the bill, for last month's. */
function usageMonthOf(date: DateSlot | undefined): YearMonth | undefined {
  if (!date) return undefined;
  if (date.kind === 'day') return monthOf(date.date);
  return date.bill ? addMonths(date.month, -1) : date.month;
}

/** The n-th bank business day of a month (the bill is announced by the 3rd). */
function nthBankBusinessDay(month: YearMonth, n: number): PlainDate {
  let day = firstDayOf(month);
  let count = isBankBusinessDay(day) ? 1 : 0;
  while (count < n) {
    day = addDays(day, 1);
    if (isBankBusinessDay(day)) count++;
  }
  return day;
}
