// Slot extraction: the facts an intent needs from the question (a purchase or last-use date, the
// payment method, a shop count, how many days before a deadline, a named other service, Amazon).
// Everything works on the normalised text (normalize.ts), so each keyword is written once and
// covers katakana/hiragana and full/half width. Pure, bounded work, never throws.

import type { PlainDate, YearMonth } from '../domain/calendar.js';
import type { CampaignKind } from '../domain/campaigns.js';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isValidDate,
  sameDate,
  weekdayOf,
} from '../domain/dates.js';
import type { MethodId } from '../domain/methods.js';
import { charKinds, DIGIT, ENGLISH, LATIN, NON_ASCII } from './char-kinds.js';
import { kanjiNumber, withDigitDates } from './kanji-numbers.js';
import { asksIfDateMoves } from './moves.js';
import { normalize } from './normalize.js';
import { type TextFilter, textFilter } from './prefilter.js';

export type DateSlot =
  | { kind: 'day'; date: PlainDate; source: string; otherYear?: number; paidBy?: MethodId } // a specific day (purchase/usage or last-use date)
  | {
      kind: 'month';
      month: YearMonth;
      source: string;
      otherYear?: number;
      paidBy?: MethodId;
      bill?: true;
      season?: Season;
      wholeYear?: true;
    }; // a whole month ("先月", "8月分", "January 2024")
// `otherYear`: the year was left out and neither reading is clearly meant (「4月15日」 asked in
// November: last April or next April); `date`/`month` carry the nearer one.
// `season`: a season was said (「去年の春」, "last spring"): `month` is its first month, and it spans
// three (winter: December to February).
// `paidBy`: each date has its own way to pay (「10月5日の分はコンビニ、11月5日の分は口座振替」).
// `wholeYear`: only a year was said of the last use (「最後に使ったのは2022年」, "last used it in
// 2022"): `month` is its January, and it spans twelve.
// `bill`: the month names a bill (「今月の引き落とし」, "this month's bill": paid in that month, for
// the month before's purchases), not the purchases made in it (「今月使った分」, "8月分").

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** The first month of each season, as Japan counts them (春 March–May … 冬 December–February). */
export const SEASON_FIRST_MONTH: Readonly<Record<Season, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  winter: 12,
};

export interface ProposedDue {
  day: number;
  month?: number;
  /**
   * Whether the day itself is asked about (「27日だよね？」 "is it due on the 10th?"), not only said
   * in passing ("will the bill due April 20 go to my old address?"): only then is it answered yes or no.
   */
  asked?: true;
  /**
   * The day is one the user would pay on or by (「12日に払っても大丈夫？」 "can I pay on the 11th?"),
   * not a deadline they name: in time or not is what is answered.
   */
  paying?: true;
  /** 「10日って平日だよね？」 "is the 10th a weekday?": its day of the week is asked, not whether it is due. */
  weekday?: true;
}

const DUE_DAY_NAMED =
  /(?<![\d/月])(\d{1,2})\s*日\s*(?:の|が)?\s*(?:ほう|方|やつ|奴)(?!法)|(?<![a-z])the\s+(\d{1,2})(?:st|nd|rd|th)\s+one(?![a-z])/;

/** Whether the purchase is planned (「買ったら」, "if I buy") or done (「買った」, "bought"). */
export type Tense = 'future' | 'past';

export interface Slots {
  /** The first date named. */
  date?: DateSlot;
  /** Every distinct date named, in order, when there are several (「10/31と11/2に買った分」). */
  dates?: DateSlot[];
  tense?: Tense;
  /**
   * A deadline the user puts forward to check (「期限は12月10日で合ってる？」 "is it due on the
   * 10th?"): the day, and the month when one is said. It is no purchase date.
   */
  proposedDue?: ProposedDue;
  /** The (normalised) text of an impossible date, e.g. "2月30日", "2/30", "february 30", "2023-02-29". */
  invalidDate?: string;
  /** The month of an impossible day in a real month (「11月31日」: November), to say how long it is. */
  invalidDayOf?: YearMonth;
  /** A method named by its due day (「20日のほう」 "the 20th one"): the bot maps it to the method. */
  dueDayNamed?: number;
  /** The method the user pays with (or asks about). */
  method?: MethodId;
  /** Every method named, strongest first, when there are several (「はがきとバーコードの期限」). */
  methods?: MethodId[];
  shops?: number;
  /** Shop counts asked about besides `shops` (「3店舗なら？あと2店舗だけなら？」). */
  otherShops?: number[];
  /** The first lead time named (days before a deadline; 0 is the day itself). */
  daysBefore?: number;
  /** Every lead time named, in order (「前日と当日」 → [1, 0]). */
  leadDays?: number[];
  /**
   * Reminders moved by days from those set (「1日早めて」 "a day earlier": +1, one day more before
   * the deadline; "a day later": -1). Neither a lead time nor a date of its own.
   */
  leadShift?: number;
  /** Lead times named only to turn them down (「3日前のはいらない」 "remove the day before one"). */
  declinedLeadDays?: number[];
  /** The hour (0–23, Japan time) a reminder should come: "8時に", "朝7時", "午後6時", "at 8am", "at 18:00". */
  hour?: number;
  /** Hours named besides `hour` (「2日前の20時と当日の8時」): reminders come at one hour only. */
  otherHours?: number[];
  /** An hour named only to be set aside for `hour` (「9時じゃなくて21時」 "6am is too early, make it 8am"). */
  hourSetAside?: number;
  /** An hour named that does not exist (「25時」, "at 30:00"): reminders cannot be sent then. */
  invalidHour?: number;
  /** Hours without reminders (Japan time, from `start` up to `end`, may wrap midnight): 「夜10時から朝7時は通知しないで」. */
  quietHours?: { start: number; end: number };
  /** `method` was described, not named ("the paper slip they mail me"): the matcher reads as if none were said. */
  methodDescribed?: true;
  /** The ways to pay the user turns down or cannot use ("I don't have a bank account", 「コンビニ以外」), none of them named as theirs. */
  methodsTurnedDown?: MethodId[];
  /** Canonical display name of another payment service the user names ('Paidy', '楽天カード', …). */
  otherService?: string;
  amazon?: boolean;
  /** The campaigns named (「ポイント祭り」 "the lottery"): a question about those only. */
  campaigns?: CampaignKind[];
  /** Amazon named only to be set aside ("not on amazon", 「Amazon以外」): the question is elsewhere. */
  amazonSetAside?: true;
}

export type { CampaignKind };
export const CAMPAIGN_KINDS: readonly CampaignKind[] = ['points', 'lottery'];

// A question that names a campaign is about that one: 「ポイント祭り」, "and the points one?",
// 「ポイントの方は？」 (the festival, whose points go by shops); 「大抽選」 "the lottery".
const CAMPAIGN_NAMED: readonly (readonly [RegExp, CampaignKind])[] = [
  [
    // ("was that the one where u get 500 points?": the festival, by its reward.)
    /祭り|(?<![a-z])(?:festival|points? (?:one|campaign|thing|festival))(?![a-z])|ぽいんと(?:の|が)?(?:方|ほう|やつ|きゃんぺーん)|(?<![\d,])[35]00\s*(?:ぽいんと|points?|pts)/,
    'points',
  ],
  [/抽選|(?<![a-z])(?:lottery|draw)(?![a-z])/, 'lottery'],
];

/** The campaigns a message names, in the order of CAMPAIGN_NAMED; undefined when none. */
function campaignsNamed(normalized: string): CampaignKind[] | undefined {
  const named = CAMPAIGN_NAMED.filter(([pattern]) => pattern.test(normalized)).map(([, kind]) => kind);
  return named.length > 0 ? named : undefined;
}

/** A konbini named at all (one look for a word, before the pattern that reads what is said of it). */
const namesKonbini = (normalized: string) =>
  normalized.includes('こんびに') ||
  normalized.includes('konbini') ||
  normalized.includes('conbini') ||
  normalized.includes('convenience');
const NOT_AT_A_KONBINI =
  /(?<![a-z])(?:not|n'?t|never) (?:be )?(?:pay(?:ing)? )?at (?:a |the )?(?:konbini|conbini|convenience store)s?(?![a-z])|こんびに(?:で|には)(?:は)?(?:払わ(?:ない|へん|ん)|払って(?:い)?ない|払いに行(?:かない|けない))/;

// 「今日ポチったのと明日ポチる予定のやつ」: bought online, in slang, said as 買う is (since training,
// see Rule.sinceTraining).
const BOUGHT_ONLINE = /ぽち(る|り|っ)/g;
const boughtInWords = (_: string, ending: string) =>
  ending === 'る' ? '買う' : ending === 'り' ? '買い' : '買っ';

/**
 * Reads every slot from the raw user text; `today` is the Tokyo calendar day of the clock. A
 * caller that has already normalised the text passes it along, to save doing it twice.
 */
export function extractSlots(
  text: string,
  today: PlainDate,
  given: string = normalize(text),
  /** Read as training reads (see Rule.sinceTraining). */
  asTrained = false,
): Slots {
  const normalized =
    asTrained || !given.includes('ぽち') ? given : given.replace(BOUGHT_ONLINE, boughtInWords);
  const slots: Slots = {};
  const writtenRules = asTrained ? DATE_TABLES.trained : DATE_TABLES.runtime;
  const comingDateRules = asTrained ? COMING_DATE_TABLES.trained : COMING_DATE_TABLES.runtime;
  const pastDateRules = asTrained ? PAST_DATE_TABLES.trained : PAST_DATE_TABLES.runtime;
  const kinds = charKinds(normalized);
  const future = FUTURE_PURCHASE.test(normalized) || (!asTrained && PLANNED_THINGS.test(normalized));
  const tense = tenseOf(normalized, kinds, future);
  if (tense) slots.tense = tense;
  const context: DateContext = {
    today,
    tense,
    dayMayCome: !asTrained && tense === undefined && !PAST_PURCHASE.test(normalized),
    monthSupposed: !asTrained && tense === undefined && SUPPOSED_PURCHASE_JA.test(normalized),
  };
  // Dates are read with romaji spelt out (3gatsu → 3月), kanji numerals as digits (十二月 → 12月), and a deadline the user proposes left out
  // (「期限は11月10日で合ってる？」 asks about 11月10日, it did not buy anything then).
  // (Kanji numerals are not ASCII, nor is what fromRomaji writes without them.)
  const romaji =
    kinds & NON_ASCII ? withDigitDates(fromRomaji(normalized, kinds)) : fromRomaji(normalized, kinds);
  // Romaji dates become kanji (3gatsu → 3月): the date text may have kinds the question had not.
  const dateKinds = romaji === normalized ? kinds : charKinds(romaji);
  // ("is the deadline still Dec 20?": the date put forward, as "is the deadline Dec 20?"; since
  // training, see Rule.sinceTraining.)
  // (Only where "still" is said: STILL_AFTER_DUE, led by a lookbehind, is tried at every position.)
  const dueText = asTrained || !romaji.includes('still') ? romaji : romaji.replace(STILL_AFTER_DUE, '$1 ');
  const proposed =
    payingDay(dueText, dateKinds, today, asTrained) ??
    proposedDue(dueText, dateKinds, today) ??
    (asTrained
      ? undefined
      : (weekdayAsked(dueText, dateKinds, today) ??
        putForward(dueText, dateKinds, today) ??
        proposedDue(dueText, dateKinds, today, WHICH_OF_TWO_DAYS) ??
        (dateKinds & NON_ASCII ? proposedDue(dueText, dateKinds, today, DUE_AFTER_ITS_WORD) : undefined) ??
        (dateKinds & NON_ASCII &&
        dateKinds & DIGIT &&
        (DUE_MISSED.test(normalized) || asksIfDateMoves(normalized))
          ? proposedDue(dueText, dateKinds, today, DUE_NAMED_WITH_ITS_WAY)
          : undefined)));
  // (The day put forward is no purchase of its own: "I bought on Sept 5. deadline is tomorrow
  // saturday?" asks of one purchase; since training, see Rule.sinceTraining.)
  let relativeRest: string | undefined;
  if (proposed) slots.proposedDue = proposed.due;
  else {
    // 「今日が期限だよね？」 "is it due today?": today (or tomorrow) put forward to check.
    const relative = DUE_TODAY.exec(normalized);
    if (relative) {
      const day = addDays(today, dayOffsetOf(relative[0]));
      slots.proposedDue = { day: day.day, month: day.month, asked: true };
      if (!asTrained && romaji === normalized) relativeRest = normalized.replace(DUE_TODAY, ' ');
    } else if (!asTrained) {
      // 「はがきの期限きのうやった？」: the same, said without a particle (since training).
      const casual = DUE_DAY_ASKED_CASUALLY.exec(normalized);
      if (casual) {
        const day = addDays(today, dayOffsetOf(casual[0]));
        slots.proposedDue = { day: day.day, month: day.month, asked: true };
        if (romaji === normalized) relativeRest = normalized.replace(DUE_DAY_ASKED_CASUALLY, ' ');
      }
    }
  }
  // 「20日のほうの手数料は？」 "the fee for the 20th one": a method by its due day, no date.
  // (Every due day named has a digit.)
  const named = dateKinds & DIGIT ? DUE_DAY_NAMED.exec(romaji) : null;
  const dueDay = named ? Number(named[1] ?? named[2]) : undefined;
  if (dueDay !== undefined && dueDay >= 1 && dueDay <= 31) slots.dueDayNamed = dueDay;
  const toRead = named ? romaji.replace(DUE_DAY_NAMED, ' ') : (proposed?.rest ?? relativeRest ?? romaji);
  // (「あと2日しかない」 "2 days left" counts days, no date; since training, see Rule.sinceTraining.)
  // (「年末年始ですが、…引き落としはいつ？」: the holiday season named, no purchase in it; since
  // training, see Rule.sinceTraining.)
  // (「今月使った分っていつまで？年明け？」: the answer guessed after the question, no purchase
  // then; since training.)
  // (「…きょう引き落とし？27日じゃないの？」: a due day doubted, no purchase on it; since training.)
  // ("…when is the deadline? today is 20th right?": today's date said; since training.)
  // (Both a due day doubted and today's date said have a digit: most questions are spared them.)
  const guessed = toRead.includes('年') ? toRead.replace(NEW_YEAR_GUESSED, blank) : toRead;
  const withoutGuess = asTrained
    ? toRead
    : dateKinds & DIGIT
      ? guessed.replace(DUE_DAY_DOUBTED, blank).replace(TODAY_SAID, blank)
      : guessed;
  const withoutSeason =
    asTrained || !(withoutGuess.includes('年末年始') || withoutGuess.includes('new year'))
      ? withoutGuess
      : withoutGuess.replace(SEASON_DESCRIBED, blank);
  const dateText =
    asTrained || !(dateKinds & DIGIT) ? withoutSeason : withoutSeason.replace(DAYS_LEFT, blank);
  // A day to come (「明日」「来月5日」 "tomorrow") is a purchase date only when a purchase is named:
  // 「明日が期限？」 asks about a deadline, 「明日買ったら」 about a purchase.
  // ("if I shop next month": shopping, a purchase; since training, see Rule.sinceTraining.)
  const purchase = PURCHASE_WORDS.test(normalized) || (!asTrained && SHOPS.test(normalized));
  // A month to come said of a bill (「来月の引き落とし」) or alone ("and next month?") is that
  // month's bill (withBill), read as the last month talked about was in a conversation.
  // (Most questions name no month to come: one test spares the others.)
  const coming = purchase
    ? allMatches(withoutDueMonth(dateText, asTrained), comingDateRules, context, dateKinds)
    : (asTrained ? MONTH_TO_COME_AS_TRAINED : MONTH_TO_COME).test(normalized) &&
        ((BILL_TALK.test(normalized) && !MONTH_TO_COME_USED.test(normalized)) ||
          ONLY_A_MONTH_TO_COME.test(normalized))
      ? allMatches(dateText, COMING_MONTH_RULES, context, dateKinds)
      : !asTrained && COMING_DAY_WORD.test(normalized)
        ? // 「あさってなら？」 "and if day after tomorrow?": a day to come, the whole follow-up (since
          // training, see Rule.sinceTraining).
          allMatches(dateText, comingDateRules, context, dateKinds).filter(
            (d) => d.kind === 'day' && onlyThe(d.source, dateText),
          )
        : [];
  // A day inside a day to come (the 「15日」 of 「来月の15日」) is no date of its own.
  const writtenText = coming.reduce(
    (text, d) => text.replace(d.source, ' '.repeat(d.source.length)),
    dateText,
  );
  // A written date ("7月15日") says more than a relative word ("昨日") in the same message.
  // 「11/2に買った分と12/2に買う予定の分」 "bought on dec 30 and will buy on jan 15": each date has
  // the tense of its own verb.
  const dateRules = hasMixedTenses(normalized, future, asTrained)
    ? withTenseNearEach(writtenRules, writtenText)
    : writtenRules;
  // 「今日12月9日やけど」 "today is Dec 9": today's date told, no purchase's.
  const written = withoutToday(allMatches(writtenText, dateRules, context, dateKinds), dateText, today);
  // "sneakers on sept 28 and a phone case today": a second purchase on a day said in words.
  // (「12月に買った分と今月買った分」 "and what I bought this month": a second purchase in a month said
  // in words; since training, see Rule.sinceTraining.)
  // (「今月と来月の引き落とし日」 "debit days this month and next month?": both months, the one to
  // come read first; since training, see Rule.sinceTraining.)
  const anotherMonth =
    !asTrained &&
    ((written.length > 0 && ANOTHER_PURCHASE_IN_A_MONTH.test(dateText)) ||
      (coming.length > 0 && THIS_AND_NEXT_MONTH.test(dateText)));
  const alsoRelative =
    (written.length > 0 || coming.length > 0) && (ANOTHER_PURCHASE_ON_A_DAY.test(dateText) || anotherMonth)
      ? allMatches(dateText, pastDateRules, context, dateKinds).filter(
          (d) =>
            (d.kind === 'day' && RELATIVE_DAY_WORDS.has(d.source)) ||
            (anotherMonth && d.kind === 'month' && RELATIVE_MONTHS.test(d.source)),
        )
      : [];
  let dates =
    written.length > 0 || coming.length > 0
      ? [...written, ...coming, ...alsoRelative]
      : allMatches(dateText, pastDateRules, context, dateKinds).filter(
          // 「今日」「昨日」 are purchase dates only beside a purchase: 「今日のランチ」「今日が期限？」 are not.
          (d) =>
            purchase || d.kind !== 'day' || !RELATIVE_DAY_WORDS.has(d.source) || onlyThe(d.source, dateText),
        );
  const invalid = dates.find((d) => d.kind === 'invalid');
  // "oct 28 not nov 9", 「11月9日じゃなくて10月28日」: the date set aside is none of the user's; nor
  // is one taken back for the next ("on January 2nd, no wait, it was December 28").
  if (!invalid && dates.length > 1) dates = withoutTakenBackDates(withoutNegated(dates, dateText), dateText);
  // 「明日は元日だけど、今日買ったら…」 "tomorrow's a holiday, if I buy today": a day described, not
  // bought on (since training, see Rule.sinceTraining).
  if (!asTrained && !invalid && dates.length > 1) dates = withoutDescribedDays(dates, dateText);
  // "I switched to barcode last month", 「先月はがきに変えた」: when the way changed, no purchase
  // (since training, see Rule.sinceTraining).
  if (!asTrained && !invalid && dates.length > 0 && SWITCH_WORD.test(dateText))
    dates = dates.filter((d) => !whenSwitched(d.source, dateText));
  // "Dec 20 is a Sunday. If I pay on Monday the 21st, is that ok?": beside a day to pay on, a day
  // described is the deadline's, no purchase's (since training).
  if (!asTrained && !invalid && dates.length === 1 && proposed?.due?.paying)
    dates = dates.filter((d) => !describedWhereSaid(d.source, dateText));
  if (invalid) {
    slots.invalidDate = invalid.source;
    if (invalid.month) slots.invalidDayOf = invalid.month;
  } else if (dates[0]) {
    const read = (dates as DateSlot[]).map((d) => withBill(d, normalized, context, purchase, asTrained));
    slots.date = withYearSaidApart(read[0] as DateSlot, read.length, dateText);
    // (「先月…買い物して、今月はがきが届いた」: the bill that came is that purchase's, no second
    // month; since training.)
    const distinct = asTrained ? distinctDates(read) : withoutBillOfAnother(distinctDates(read));
    if (distinct.length > 1) slots.dates = distinct;
  } else if (!asTrained && (dateKinds & DIGIT || normalized.includes(' ago'))) {
    const year = lastUseYear(normalized, today);
    if (year) slots.date = year;
  } else if (!asTrained && purchase && SHOGATSU.test(normalized)) {
    // 「正月に買い物した」: January's purchases, of the January nearest (this one until June).
    const year = today.month <= 6 ? today.year : today.year + 1;
    slots.date = {
      kind: 'month',
      month: { year, month: 1 },
      source: SHOGATSU.exec(normalized)?.[0] ?? '正月',
    };
  }
  const ways = findMethods(normalized, asTrained);
  const methods = asTrained ? ways.found : switchedToFirst(ways.found, normalized);
  if (methods[0]) slots.method = methods[0];
  if (methods.length > 1) slots.methods = methods;
  if (ways.described) slots.methodDescribed = true;
  if (ways.turnedDown) slots.methodsTurnedDown = ways.turnedDown;
  // "I'm not paying at a konbini": every way paid at a konbini's till (the terminal, the barcode,
  // the paper bill) turned down, the debit left (since training, see Rule.sinceTraining).
  if (!asTrained && !slots.method && namesKonbini(normalized) && NOT_AT_A_KONBINI.test(normalized))
    slots.methodsTurnedDown = ['store', 'barcode', 'postcard'];
  const campaigns = campaignsNamed(normalized);
  if (campaigns) slots.campaigns = campaigns;
  // 「10月5日の分はコンビニ、11月5日の分は口座振替」: a way to pay for each date.
  const paired = !asTrained && slots.dates ? withWaysToPay(slots.dates, normalized) : undefined;
  if (paired) {
    const all = [...new Set(paired.map((d) => d.paidBy as MethodId))];
    slots.dates = paired;
    slots.date = paired[0] as DateSlot;
    slots.method = all[0] as MethodId;
    slots.methods = all;
  }
  // 「2店舗で使った…いや3店舗だった」: a count taken back at once for the next.
  const shopSpans = allSpans(normalized, SHOP_RULES, today, kinds);
  const shopCounts = shopSpans.length > 1 ? withoutTakenBack(shopSpans, normalized) : shopSpans;
  const shops = shopCounts[0]?.value ?? shopsListed(normalized);
  if (shops !== undefined) slots.shops = shops;
  // 「3店舗なら何ポイント？あと2店舗だけなら？」: each count asked about.
  // (Not 「2店舗で使って、あともう1店舗」: one more, added to the first.)
  const otherShops = [
    ...new Set(
      shopCounts
        .slice(1)
        .filter((span) => !ONE_MORE_BEFORE.test(normalized.slice(Math.max(0, span.index - 8), span.index)))
        .map((span) => span.value),
    ),
  ].filter((n) => n !== shops);
  // ("points for 2 shops, and how many for 3?": the second count said bare; since training, see
  // Rule.sinceTraining.)
  const bare = shops !== undefined && !asTrained ? BARE_SHOP_COUNT.exec(normalized) : null;
  if (bare && Number(bare[1]) !== shops && !otherShops.includes(Number(bare[1])))
    otherShops.push(Number(bare[1]));
  if (otherShops.length > 0) slots.otherShops = otherShops;
  const spans = allSpans(
    normalized,
    asTrained ? DAYS_BEFORE_TABLES.trained : DAYS_BEFORE_TABLES.runtime,
    today,
    kinds,
  );
  // (Since training: a shift is read apart, and neither its count nor its 「1日」 is a lead time or
  // a date; see Rule.sinceTraining.)
  const shift = asTrained ? undefined : leadShiftOf(normalized);
  if (shift) {
    slots.leadShift = shift.days;
    // (「一日早く」's date was read as 「1日」.)
    const dayOnly = slots.date?.kind === 'day' && /^\d{1,2}\s*日$/.test(slots.date.source);
    if (
      slots.date &&
      !slots.dates &&
      dayOnly &&
      Number.parseInt(slots.date.source, 10) === Math.abs(shift.days)
    ) {
      delete slots.date;
      delete slots.tense;
    }
  }
  const apart = shift ? spans.filter((span) => span.end <= shift.index || span.index >= shift.end) : spans;
  const said = apart.length > 0 ? withoutTakenBack(apart, normalized) : apart;
  const leads = said.filter((span) => !isDeclined(span, normalized, asTrained));
  if (leads.length > 0) {
    const leadDays = [...new Set(leads.map((f) => f.value))];
    slots.daysBefore = leadDays[0];
    slots.leadDays = leadDays;
  }
  if (leads.length < said.length)
    slots.declinedLeadDays = [
      ...new Set(said.filter((span) => isDeclined(span, normalized, asTrained)).map((f) => f.value)),
    ];
  const quietHours = firstMatch(normalized, QUIET_HOURS_RULES, today, kinds);
  if (quietHours) slots.quietHours = quietHours;
  // The hours of a quiet stretch are not the hour to send at.
  const clockRules = asTrained ? CLOCK_HOUR_TABLES.trained : CLOCK_HOUR_TABLES.runtime;
  let clock = quietHours ? undefined : firstMatch(normalized, clockRules, today, kinds);
  const partOfDayRules = asTrained ? PART_OF_DAY_TABLES.trained : PART_OF_DAY_TABLES.runtime;
  const partOfDay = quietHours ? undefined : firstMatch(normalized, partOfDayRules, today, kinds);
  // "the night before at 7", 「夜がいい、8時で」: a clock hour under 12 said with the evening is pm
  // (not 0, 「前日の夜中0時」: midnight; and 「夜12時」 is midnight too).
  // ("not at night though, morning 8am", "nothing at night. make it noon": an hour said with the
  // morning or as noon is the day's.)
  const evening =
    partOfDay !== undefined && partOfDay >= EVENING && (asTrained || !DAYTIME_HOUR.test(normalized));
  const hour =
    clock === undefined || !evening
      ? (clock ?? partOfDay)
      : clock >= 1 && clock < 12
        ? clock + 12
        : clock === 12
          ? 0
          : clock;
  if (hour !== undefined) {
    slots.hour = hour;
    // 「2日前の20時と当日の8時」: reminders come at one hour; the others are said to be left out.
    let others =
      clock === undefined
        ? []
        : [...new Set(allMatches(normalized, clockRules, today, kinds))].filter((h) => h !== clock);
    // 「9時じゃなくて21時で」 "not 9, make it 21": the hour set aside is the one left out.
    const [next] = others;
    // (「夜9時に通知して。あ、やっぱ夜8時で」 "at 7am - no wait, 8am": the later one chosen, said
    // further on; since training, see Rule.sinceTraining.)
    // ("make it 8pm, not 9am": the later hour is the one turned down; since training, see
    // Rule.sinceTraining.)
    if (clock !== undefined && next !== undefined && !asTrained && LAST_HOUR_TURNED_DOWN.test(normalized)) {
      slots.hourSetAside = next;
      others = others.slice(1);
    } else if (
      clock !== undefined &&
      next !== undefined &&
      (HOUR_SET_ASIDE.test(normalized) ||
        (!asTrained && (LATER_HOUR_CHOSEN.test(normalized) || FIRST_HOUR_TURNED_DOWN.test(normalized))))
    ) {
      slots.hourSetAside = clock;
      others = others.slice(1);
      clock = next;
      slots.hour = next;
    }
    if (others.length > 0) slots.otherHours = others;
  }
  // 「25時に変えて」: an hour no clock has, kept so that the answer can say so.
  const impossibleHour =
    quietHours || hour !== undefined || !(kinds & DIGIT) ? undefined : IMPOSSIBLE_HOUR.exec(normalized)?.[1];
  if (impossibleHour !== undefined) slots.invalidHour = Number(impossibleHour);
  const otherService = ANY_OTHER_SERVICE.test(normalized)
    ? firstMatch(normalized, OTHER_SERVICE_RULES, today, kinds)
    : undefined;
  if (
    otherService &&
    !deniesUsing(normalized, otherService) &&
    (asTrained || !setsAside(normalized, otherService))
  )
    slots.otherService = otherService;
  // ("it was a different online shop, not Amazon": Amazon set aside, since training: see
  // Rule.sinceTraining.)
  const amazon = AMAZON.test(normalized) || (!asTrained && AMAZON_SLANG.test(normalized));
  if (amazon && (asTrained || !AMAZON_SET_ASIDE.test(normalized))) slots.amazon = true;
  else if (amazon) slots.amazonSetAside = true;
  return slots;
}

/** Amazon named only to be set aside ("besides amazon", 「Amazon以外」「Amazonのことじゃなくて」). */
export function setsAmazonAside(normalized: string): boolean {
  return AMAZON.test(normalized) && AMAZON_SET_ASIDE.test(normalized);
}

// "i dont use np後払い either", 「PayPayは使ってない」: another service named only to say it is not
// the user's, which makes no question about it.
const DENIED_BEFORE =
  /(?<![a-z])(?:don'?t|dont|do not|never|not) (?:use|using|have|pay with|paying with)\s+(?:the |a |an |any )?$/;
const DENIED_AFTER =
  /^\s*(?:は|も)?(?:使って|使用して|利用して)(?:ない|いない|へん|ません)|^\s*(?:じゃない|ではない)/;

// "ok forget Paidy. atone postcard due date…?", 「Paidyのことじゃなくて」: a service set aside for
// atone's question (since training, see Rule.sinceTraining).
const SET_ASIDE_BEFORE = /(?<![a-z])(?:forget(?: about)?|not asking about|never mind|nvm|enough about)\s+$/;
const SET_ASIDE_AFTER =
  /^\s*(?:の(?:こと|話))?(?:じゃなくて|ではなく|はおいといて|はさておき|は(?:もう)?いい(?:や|から|です))/;

function setsAside(normalized: string, service: string): boolean {
  const name = normalize(service);
  const at = normalized.indexOf(name);
  return (
    at >= 0 &&
    (SET_ASIDE_BEFORE.test(normalized.slice(Math.max(0, at - 24), at)) ||
      SET_ASIDE_AFTER.test(normalized.slice(at + name.length)))
  );
}

function deniesUsing(normalized: string, service: string): boolean {
  const name = normalize(service);
  const at = normalized.indexOf(name);
  if (at < 0) return false;
  return (
    DENIED_BEFORE.test(normalized.slice(Math.max(0, at - 24), at)) ||
    DENIED_AFTER.test(normalized.slice(at + name.length))
  );
}

/** The dates left once each one taken back at once for the next is dropped (as TAKEN_BACK reads). */
function withoutTakenBackDates<T extends { source: string }>(dates: T[], text: string): T[] {
  const at = dates.map((d) => text.indexOf(d.source));
  const kept = dates.filter((d, i) => {
    const next = at[i + 1];
    const here = at[i] as number;
    return (
      next === undefined ||
      here < 0 ||
      next < 0 ||
      !(
        TAKEN_BACK.test(text.slice(here + d.source.length, next)) ||
        TAKEN_BACK_RIGHT_BEFORE.test(text.slice(here + d.source.length, next))
      )
    );
  });
  return kept.length > 0 ? kept : dates;
}

// What a day is, said right after it: 「明日は元日」「25日は日曜」 "tomorrow is a holiday".
const DAY_DESCRIBED_AFTER =
  /^\s*(?:(?:は|って|が)\s*(?:元日|元旦|お?正月|祝日|休日|休み|[日月火水木金土]曜|平日|大晦日|大みそか|給料日|年末|年始|くりすます|誕生日|連休)|(?:is|'s) (?:a |the )?(?:new year'?s|holiday|public holiday|national holiday|(?:sun|mon|tues|wednes|thurs|fri|satur)day|christmas|payday|weekend)(?![a-z])|(?:has|have|had|got) (?:so |too )?(?:many|a lot of|lots of|several|some|two|three|long) (?:national |public |bank )?(?:holidays?|days off|long weekends?)(?![a-z])|(?:は|って)(?:祝日|休日|連休|休み)(?:が)?(?:多い|多く|ある|あります|続く))/;

// …and the day named as what another is (元日 in 「明日は元日」, "tomorrow is jan 1").
const DAY_NAMED_BEFORE =
  /(?:明日|あした|あす|今日|きょう|昨日|きのう)\s*(?:は|って|が)\s*$|(?<![a-z])(?:tomorrow|today|yesterday)(?: is|'s)\s+$/;

// 「8月末に買ったのって9月払い？10月払い？」: a month the bill is paid in, put forward, no purchase's.
const PAID_IN_THAT_MONTH = /^\s*(?:払い|払う|支払い|引き?落とし)/;
// "I didn't buy anything in October, only on Nov 12": a month nothing was bought in.
const NOTHING_BOUGHT_BEFORE =
  /(?<![a-z])(?:didn'?t|did not|haven'?t|never) (?:buy|use|shop|purchase|order)(?: anything| atone)? (?:in|on|during)\s+$/;

// 「先月から口座振替にしてて」 "since last month": when a way to pay was taken up, no purchase.
const SINCE_A_CHANGE =
  /^\s*(?:から|より)[^。、?？]{0,14}?(?:にして|にした|に変え|に変更|に切り?替え|を使って|使って|にしと)/;

/**
 * `dates` without those only described (「明日は元日」), named as the month a bill is paid in
 * (「9月払い」) or as when a way to pay was taken up (「先月から口座振替」), unless that leaves none.
 */
function describedWhereSaid(source: string, text: string): boolean {
  const at = text.indexOf(source);
  return at >= 0 && DAY_DESCRIBED_AFTER.test(text.slice(at + source.length));
}

const SWITCH_WORD = /変え|変更|切り?替え|(?<![a-z])(?:switch|switched|changed|moved over)(?![a-z])/;
const SWITCHED_BEFORE = /(?<![a-z])(?:switched|changed|moved over)(?![a-z])[^.?!。？、,]{0,30}$/;
const SWITCHED_AFTER = /^[^。？?、,]{0,12}(?:変え|変更し|切り?替え)(?:た|ました|てん|とる|てる)/;

/** Whether the date `source` says when the way to pay was changed ("switched to barcode last month"). */
function whenSwitched(source: string, text: string): boolean {
  const at = text.indexOf(source);
  if (at < 0) return false;
  return SWITCHED_BEFORE.test(text.slice(0, at)) || SWITCHED_AFTER.test(text.slice(at + source.length));
}

function withoutDescribedDays<T extends { source: string; kind: string }>(dates: T[], text: string): T[] {
  const kept = dates.filter((d) => {
    const at = text.indexOf(d.source);
    if (at < 0) return true;
    const after = text.slice(at + d.source.length);
    return !(
      DAY_DESCRIBED_AFTER.test(after) ||
      DAY_NAMED_BEFORE.test(text.slice(0, at)) ||
      NOTHING_BOUGHT_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ||
      (d.kind === 'month' && PAID_IN_THAT_MONTH.test(after)) ||
      SINCE_A_CHANGE.test(after)
    );
  });
  return kept.length > 0 ? kept : dates;
}

// (「気づいたのが今日で」 "only noticed it today": the day something else happened, no purchase's.)
const DATE_SET_ASIDE_BEFORE =
  /(?<![a-z])(?:not|not on|instead of|rather than|noticed(?: it)?(?: only)?|only noticed(?: it)?|found out)\s+$|(?:気づいた|気付いた|知った|わかった|分かった|見た)の(?:が|は)\s*$/;
const DATE_SET_ASIDE_AFTER = /^\s*(?:じゃなく|ではなく|やなく|でなく|ちゃう|じゃない|ではない)/;

const TODAY_TOLD = /今日|きょう|(?<![a-z])today(?![a-z])/;
const TODAY_BEFORE = /(?:今日|きょう)(?:は|って|が)?\s*$|(?<![a-z])today(?:'s| is|s)?(?: the)?\s+$/;

// "it's december 1st and no bill yet": today's date said as the day it is, when it is today's.
const IT_IS_BEFORE = /(?<![a-z])(?:it'?s|it is|its)(?: now)?\s+$/;

/** The dates not said as today's (「今日12月9日」 "today is the 9th", "it's december 1st" on 1 December). */
function withoutToday<T extends { source: string; kind: string; date?: PlainDate }>(
  dates: T[],
  text: string,
  today: PlainDate,
): T[] {
  if (dates.length === 0) return dates;
  const todayTold = TODAY_TOLD.test(text);
  return dates.filter((d) => {
    const at = text.indexOf(d.source);
    if (at < 0) return true;
    const before = text.slice(Math.max(0, at - 12), at);
    if (todayTold && TODAY_BEFORE.test(before)) return false;
    return !(d.kind === 'day' && d.date && sameDate(d.date, today) && IT_IS_BEFORE.test(before));
  });
}

// "if i buy on oct 1 instead of sep 30 do i get more time to pay?": the two days weighed, both read.
const DAYS_WEIGHED =
  /(?<![a-z])(?:more time|extra (?:time|days?)|longer|later|earlier|sooner)(?![a-z])|余裕|遅く|長く|延び|得(?:する|なの|です|やん|\?)/;
const INSTEAD_BEFORE = /(?<![a-z])(?:instead of|rather than)\s+$/;

/** The dates not set aside ("oct 28 not nov 9"), unless that would leave none. */
function withoutNegated<T extends { source: string }>(dates: T[], text: string): T[] {
  const weighed = DAYS_WEIGHED.test(text);
  const kept = dates.filter((d) => {
    const at = text.indexOf(d.source);
    if (at < 0) return true;
    const before = text.slice(Math.max(0, at - 16), at);
    const after = text.slice(at + d.source.length, at + d.source.length + 8);
    if (weighed && INSTEAD_BEFORE.test(before)) return true;
    return !DATE_SET_ASIDE_BEFORE.test(before) && !DATE_SET_ASIDE_AFTER.test(after);
  });
  return kept.length > 0 ? kept : dates;
}

// ---------------------------------------------------------------------------------------------
// One mechanism for every pattern table: the match that starts first in the text wins, and at the
// same position the longest one (so 2026/11/15 beats 11/15, 一昨日 beats 昨日, and
// "the day before yesterday" beats "yesterday") without the rules having to mask each other.

interface Rule<T, C = PlainDate> {
  /** Must carry the `g` flag: firstMatch scans it with exec from lastIndex 0. */
  pattern: RegExp;
  /**
   * The kinds of character (DIGIT, LATIN, NON_ASCII, ENGLISH) a text must have, all of them, for
   * `pattern` to match in it (each is mandatory in every alternative): the regex is not run on a
   * text without them. Most questions are Japanese without a digit; most rules want a digit or
   * English words.
   */
  needs?: number;
  /** The slot value, or undefined when this match is not one after all (24/7 is not a date). */
  read: (match: RegExpExecArray, context: C) => T | undefined;
  /**
   * A reading added since the matcher was last trained (「11月末」 as the 30th): the bot reads it,
   * training does not, so that the model's features stay those it was trained on and a fix of a
   * date does not retrain the whole matcher. The next deliberate retrain drops the flag.
   */
  sinceTraining?: true;
  /** The reading a `sinceTraining` rule replaced, read by training only until then. */
  asTrained?: true;
  /**
   * The pattern's prefilter (prefilter.ts), made on first use (canMatch); null: it has none. Kept
   * on the rule: looking it up by pattern in a Map, for every rule of every question, cost more
   * than most of the checks it then made.
   */
  filter?: TextFilter | null;
}

/**
 * A rule table with every rule in the same shape ({ pattern, needs, read, filter }, needs 0 for
 * none, filter not made yet): the loops over the tables then read a rule's fields the fast way,
 * where rules written with and without `needs`, in either order, had made each read a lookup
 * among shapes.
 */
function table<T, C>(rules: readonly Rule<T, C>[]): readonly Rule<T, C>[] {
  return rules.map(({ pattern, needs, read }) => ({ pattern, needs: needs ?? 0, read, filter: undefined }));
}

/** A rule table as the bot reads it, and as training does (see Rule.sinceTraining). */
interface Tables<T, C> {
  runtime: readonly Rule<T, C>[];
  trained: readonly Rule<T, C>[];
}

function tables<T, C>(rules: readonly Rule<T, C>[]): Tables<T, C> {
  return {
    runtime: table(rules.filter((rule) => !rule.asTrained)),
    trained: table(rules.filter((rule) => !rule.sinceTraining)),
  };
}

function firstMatch<T, C>(
  text: string,
  rules: readonly Rule<T, C>[],
  context: C,
  kinds: number,
): T | undefined {
  let best: { value: T; index: number; length: number } | undefined;
  for (const rule of rules) {
    if (!canMatch(rule, kinds, text)) continue;
    // exec on the shared regex rather than matchAll, which clones the regex on every call (the
    // clone dominated the cost); lastIndex is reset first, and nothing here is asynchronous.
    const { pattern } = rule;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (best && match.index > best.index) break;
      const value = rule.read(match, context);
      if (value !== undefined) {
        const better = !best || match.index < best.index || match[0].length > best.length;
        if (better) best = { value, index: match.index, length: match[0].length };
        break;
      }
      // The regexes have no empty matches, but never loop on one.
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  return best?.value;
}

/** Every match of the rules, in text order; where two overlap, the earlier (or at the same place, the longer) wins. */
function allMatches<T, C>(text: string, rules: readonly Rule<T, C>[], context: C, kinds: number): T[] {
  const spans = allSpans(text, rules, context, kinds);
  return spans.length === 0 ? [] : spans.map((f) => f.value);
}

interface Span<T> {
  value: T;
  index: number;
  end: number;
}

/** Every match of `rules` in `text`, in order, overlapping ones left out (the earlier, then the longer, wins). */
function allSpans<T, C>(text: string, rules: readonly Rule<T, C>[], context: C, kinds: number): Span<T>[] {
  const found: { match: RegExpExecArray; read: Rule<T, C>['read']; index: number; end: number }[] = [];
  for (const rule of rules) {
    if (!canMatch(rule, kinds, text)) continue;
    const { pattern, read } = rule;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push({ match, read, index: match.index, end: match.index + match[0].length });
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  // A match is read only once it is known not to overlap one kept (「2024年3月15日」 is read
  // once, not also as 3月15日, 3月 and 15日): a match read as no value (24/7 is no date) keeps
  // nothing out, so the spans kept are the same as reading every match first.
  const kept: Span<T>[] = [];
  for (const f of found) {
    if (kept.some((k) => f.index < k.end && k.index < f.end)) continue;
    const value = f.read(f.match, context);
    if (value !== undefined) kept.push({ value, index: f.index, end: f.end });
  }
  return kept;
}

// 「8月31日に買ったって言ったけど、レシート見たら9月1日でした」「口座振替と申しましたが、正しくは…」:
// what was said before, said to be wrong.
const SAID_BEFORE_BUT = `(?:って|と)(?:言った|いった|言いました|申した|申しました|書いた|書きました|伝えた)(?:んだ|ん)?(?:けど|けれど|が)`;

// "the day before. no wait, two days before", 「前日…いや、2日前」: the first taken back for the next.
// (「…に買い物しました、すみません間違えました10月1日でした」 "jan 31... oops no, it was feb 1st".)
const TAKEN_BACK = new RegExp(
  String.raw`^[^。.!?]{0,12}?(?:[。.!?…、,]+\s*)?(?:(?:あっ?|ああ|えっと|oh|ah|hmm+|oops|すみません|すいません|失礼しました)[、,\s]*)?(?:no wait|wait no|i mean|i meant|(?:no,? )?sorry|no,? it was|actually|make (?:it|that)|いや|じゃなくて|じゃない|やなくて|やない|ではなく|やっぱり?|ちがう|違う|ちゃう|ちゃいます|ごめん|間違え(?:た|ました)|まちがえ(?:た|ました)|${SAID_BEFORE_BUT})`,
);

// 「9月分の引き落とし日は？あ、8月分だった」 "August 31st — no, September 1st": the next said at once
// after an "oh" or a "no".
const TAKEN_BACK_RIGHT_BEFORE =
  /(?:[。.!?…]\s*(?:あっ?|ああ|あー)|(?:^|[—–,-])\s*(?:no|nope|oops|sorry))[、,!\s]*$/;

// 「当日のはいらんわ、前日だけにして」 "no need for the day-of one": a lead time turned down.
// (Since training, see Rule.sinceTraining: the reminder named between, 「前日の通知は不要」; 「1週間前
// のはやっぱいらんわ」; 「3日前のも止めて」.)
const DECLINED_WORDS =
  'いらん|いらない|要らない|いりません|要りません|不要|なし|無し|やめ|なくて(?:いい|ええ)|消して|けして|削除|外して|はずして|取って|とって|取り消';
// (「前日のはやっぱええわ」 "I don't need the day-before one", in Kansai: turned down too.)
// (And, since training, one said to be too late: 「前日じゃ間に合わないから3日前に」 "the day before is
// too late"; or gone by: 「2日前はもう過ぎてるので、前日に」.)
const DECLINED_AFTER = new RegExp(
  `^\\s*(?:の(?:分(?:は|も)?|は|も|やつ(?:は)?|方は|ほうは|方|ほう|(?:通知|お知らせ|りまいんだー|りまいんど|連絡)(?:は|も|って)?)?|は|も|って)?\\s*(?:だけ)?\\s*(?:は|を)?\\s*(?:もう|やっぱり?|やっぱ|やはり)?\\s*(?:${DECLINED_WORDS}|止めて|とめて|停止|(?<=(?:は|やっぱ)\\s*)(?:ええ|いい)(?:わ|や|よ)?(?![ぁ-ん]))|^\\s*(?:の(?:通知|お知らせ))?(?:じゃ|では|だと|やと)\\s*(?:間に合わ|まにあわ|遅|おそ)|^\\s*(?:one\\s+)?(?:is|'s|would be|will be)\\s+(?:too late|not enough)|^\\s*(?:は|が|って)?\\s*(?:もう)?\\s*(?:過ぎ|すぎ)(?:てる|ている|てます|ています|た|ちゃった|てしまった|とる)`,
);
const DECLINED_AFTER_AS_TRAINED = new RegExp(
  `^\\s*(?:の(?:は|やつ(?:は)?|方は|ほうは|方|ほう)?|は|も|って)?\\s*(?:だけ)?\\s*(?:は|を)?\\s*(?:もう)?\\s*(?:${DECLINED_WORDS})`,
);

// "remove the day before one", "no need for the 3 days before": a lead time turned down before it.
const DROPS =
  "stop|remove|drop|delete|cancel|get rid of|skip|no need for|don'?t need|do not need|turn off|take off|take out|ditch";
// ("…but not on the day itself": turned down by a plain "not" before it.)
// (Since training, "drop the one on the day": the one named after "one"; see Rule.sinceTraining.)
// (Since training, "don't remind me on the day": a reminder turned down by name.)
const DECLINED_BEFORE = new RegExp(
  `(?<![a-z])(?:${DROPS}|without|not|(?:don'?t|do not|no need to|never) (?:remind|notify|ping|message|text|tell|alert)(?: me)?)\\s+(?:(?:on|about)\\s+)?(?:(?:the|my|that|those)\\s+)?(?:(?:one|ones|reminder|reminders)\\s+)?$`,
);
const DECLINED_BEFORE_AS_TRAINED = new RegExp(
  `(?<![a-z])(?:${DROPS}|without|not)\\s+(?:(?:the|my|that|those)\\s+)?$`,
);
const DROP_WORD = new RegExp(`(?<![a-z])(?:${DROPS})(?![a-z])`);

/** "stop the 3 days one": a lead time said alone (daysAlone) to be dropped. */
export function dropsALeadTime(normalized: string): boolean {
  return DROP_WORD.test(normalized);
}

/** Whether the lead time of `span` is turned down where it is said. */
// 「当日だと焦るから2日前にして」 "the day itself is too late": a lead time given up as the trouble
// (since training, see Rule.sinceTraining).
const TOO_LATE_AFTER =
  /^\s*(?:だと|では|じゃ|は|って)\s*(?:ちょっと|少し|さすがに)?\s*(?:焦|あせ|遅|おそ|間に合わ|困|嫌|いや|無理|むり|きつ|慌)|^\s*(?:is|'s)? ?(?:too late|too close|too soon|too short)(?![a-z])/;

function isDeclined<T>(span: Span<T>, text: string, asTrained: boolean): boolean {
  return (
    (asTrained ? DECLINED_AFTER_AS_TRAINED : DECLINED_AFTER).test(text.slice(span.end, span.end + 20)) ||
    (!asTrained && TOO_LATE_AFTER.test(text.slice(span.end, span.end + 16))) ||
    (asTrained ? DECLINED_BEFORE_AS_TRAINED : DECLINED_BEFORE).test(
      text.slice(Math.max(0, span.index - 24), span.index),
    )
  );
}

/** The spans left once each one taken back at once for the next is dropped. */
function withoutTakenBack<T>(spans: readonly Span<T>[], text: string): Span<T>[] {
  return spans.filter((span, i) => {
    const next = spans[i + 1];
    return !next || !TAKEN_BACK.test(text.slice(span.end, next.index));
  });
}

/** Whether `rule` may match in `text`: it has the kinds of character and the literal parts the rule needs. */
function canMatch<T, C>(rule: Rule<T, C>, kinds: number, text: string): boolean {
  if (rule.needs !== undefined && (kinds & rule.needs) !== rule.needs) return false;
  let filter = rule.filter;
  if (filter === undefined) {
    filter = textFilter(rule.pattern) ?? null;
    rule.filter = filter;
  }
  return filter === null || filter(text);
}

const LATIN_START = /^[a-z0-9]/;

/**
 * A keyword list as one regex source: normalised, escaped, longest first, and for Latin words
 * bounded so that "atm" is not found in "treatment" (optionally with a plural s: barcodes, atms).
 * The Latin words share one boundary before them, (?<![a-z0-9])(?:…|…), ahead of the others: a
 * lookbehind leading every alternative kept the regex engine from skipping ahead, and it tried
 * each word at every position (the method keywords: twice as slow). The order of the words that
 * can match at one position is kept (a Latin word starts with [a-z0-9], another never does), so
 * the same match is found. `grouped`: the words by their first character (byFirstCharacter).
 */
export function keywordAlternation(
  keywords: readonly string[],
  { plural = true, grouped = false } = {},
): string {
  const sorted = keywords.map((keyword) => normalize(keyword)).sort((a, b) => b.length - a.length);
  // Japanese keywords need no boundary: the language has no spaces and compounds are the point.
  const end = (keyword: string) => (/[a-z0-9]$/.test(keyword) ? `${plural ? 's?' : ''}(?![a-z0-9])` : '');
  const alternatives = (words: string[]) =>
    grouped ? byFirstCharacter(words, end) : words.map((word) => escapeRegex(word) + end(word));
  const latin = alternatives(sorted.filter((keyword) => LATIN_START.test(keyword)));
  const others = alternatives(sorted.filter((keyword) => !LATIN_START.test(keyword)));
  return [...(latin.length > 0 ? [`(?<![a-z0-9])(?:${latin.join('|')})`] : []), ...others].join('|');
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * The keywords as alternatives (keywordAlternation's `grouped`), those with the same first
 * character in one group, c(?:…|…), in their order: at each position the regex engine then tries
 * one group, not every keyword (the method keywords: about twice as fast on an English question).
 * Only keywords with the same first character can match at one position, and they keep their
 * order, so the same one is found. Not for a rule's pattern: the prefilter (prefilter.ts) finds
 * weaker literal parts in the groups.
 */
function byFirstCharacter(keywords: readonly string[], end: (keyword: string) => string): string[] {
  const groups = new Map<string, string[]>();
  for (const keyword of keywords) {
    const first = String.fromCodePoint(keyword.codePointAt(0) as number);
    const group = groups.get(first) ?? [];
    group.push(keyword);
    groups.set(first, group);
  }
  return [...groups].map(([first, group]) =>
    group.length === 1
      ? `${escapeRegex(first)}${escapeRegex(group[0]?.slice(first.length) ?? '')}${end(group[0] ?? '')}`
      : `${escapeRegex(first)}(?:${group.map((keyword) => escapeRegex(keyword.slice(first.length)) + end(keyword)).join('|')})`,
  );
}

// Small counts in the three ways users write them (arabic digits arrive via NFKC).
// biome-ignore format: a table reads best in rows
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
  ひとつ: 1, ふたつ: 2, みっつ: 3, よっつ: 4, いつつ: 5, むっつ: 6, ななつ: 7, やっつ: 8, ここのつ: 9, とお: 10,
};
// Days counted in kana (「みっか前」).
// biome-ignore format: a table reads best in rows
const KANA_DAY_COUNT: Readonly<Record<string, number>> = {
  ふつか: 2, みっか: 3, よっか: 4, いつか: 5, むいか: 6, なのか: 7, ようか: 8, ここのか: 9, とおか: 10,
};
// Counting in kana (ふたつのお店): the native Japanese numbers, as NUMBER_WORDS has them.
const KANA_COUNT = 'ひとつ|ふたつ|みっつ|よっつ|いつつ|むっつ|ななつ|やっつ|ここのつ';
const KANJI_DIGIT = '一二三四五六七八九十';
const ENGLISH_COUNT = 'one|two|three|four|five|six|seven|eight|nine|ten';

/** A count written in digits, English words or kanji ("3", "three", 「三」). */
export function readCount(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  return /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS[token];
}

// "make that 2 days", "actually 5 days is better", "remove the 5-day one": a number of days, with
// no "before".
// ("make it 3d": days written as chat writes them.)
const DAYS_ALONE = new RegExp(`(?<![a-z\\d])(?:(\\d{1,2}|${ENGLISH_COUNT})[ -]days?|(\\d{1,2}) ?d)(?![a-z])`);

/**
 * A number of days named alone ("2 days"), which the conversation reads as a lead time once
 * reminders are the topic; not a slot of its own, as alone it may count anything.
 */
export function daysAlone(normalized: string): number | undefined {
  const m = DAYS_ALONE.exec(normalized);
  return readCount(m?.[1] ?? m?.[2]);
}

// "the morning of the due date", "the day it's due", "on deadline day": the day itself as a lead time.
const DUE_DAY_ITSELF =
  /(?<![a-z])(?:(?:on\s+)?the\s+(?:morning|evening|night|day)\s+(?:of\s+the\s+(?:due\s+(?:date|day)|deadline|payment\s+date)|(?:it'?s|it\s+is|its)\s+due)|on\s+(?:the\s+)?(?:[a-z]+\s+)?(?:deadline|due)\s+day)(?![a-z])/;

/**
 * The deadline's own day named in words the lead-time slot does not read ("remind me on the
 * morning of the due date"), which the conversation reads as lead time 0. Not a slot rule: that
 * would change the features of the training examples that say it, and retrain the model for a
 * reading only a reminder request needs.
 */
export function namesTheDueDayItself(normalized: string): boolean {
  return DUE_DAY_ITSELF.test(normalized);
}

// "actually make that 4", "nvm 3 was fine", 「いや、4つ」「3店舗やった」: a number said alone, maybe as a correction,
// which the conversation reads as a shop count once the campaigns are the topic.
const COUNT_ALONE = new RegExp(
  `^(?:(?:actually|no|nah|nvm|never ?mind|sorry|oops|wait|hmm+|um+|uh+|only|just|make (?:it|that)|i mean|it was|it's|more like|and|what about|how about|for|with|at|(?:go|change it|set it|put it|switch it)? ?back to)[ ,]*)*(\\d{1,2}|${ENGLISH_COUNT})(?: (?:shops?|stores?|days?))?(?: (?:was|is|were) (?:fine|better|ok|okay|good)(?: actually)?)?[.!?]*$|^(?:いや|あ|ごめん|やっぱり?|ちゃう|違う)?[、,\\s]*(\\d{1,2}|[一二三四五六七八九十])\\s*(?:店舗?|つ|軒|か所|箇所)?\\s*(?:だった|やった|です|でした|だ|や|で|に(?:して)?)?(?:わ|よ|ね)?[。.!?]*$`,
);

/** A number said alone ("make that 4", 「いや、4つ」), or undefined. */
export function countAlone(normalized: string): number | undefined {
  const m = COUNT_ALONE.exec(normalized.trim());
  return readCount(m?.[1] ?? m?.[2]);
}

// ---------------------------------------------------------------------------------------------
// Dates

type DateReading = DateSlot | { kind: 'invalid'; source: string; month?: YearMonth };

// A month without a year is not one more than this many days in the future (「12月分」 asked on
// 2027-01-02 is December 2026), and one that begins within them is that one.
const FUTURE_TOLERANCE_DAYS = 31;
// A day without a year and without a tense is the nearer reading, last year's or next year's
// occurrence; when both are further than this and neither is twice as near, both are meant.
const CLEARLY_NEAR_DAYS = 62;
// 「12月2日だった。2023年の」 "Dec 2, in 2023": a year said apart from the one date without it.
// ("at 2023 dec 15": the year first, as some write it.)
const YEAR_APART =
  /(?<!\d)(20\d\d)\s*年(?!\s*\d{1,2}\s*月)|(?<![a-z\d])in (20\d\d)(?!\d)|(?<![\d/])(20\d\d)(?=\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d)/;

function withYearSaidApart(slot: DateSlot, count: number, text: string): DateSlot {
  if (count !== 1 || /\d{4}/.test(slot.source)) return slot;
  const said = YEAR_APART.exec(text);
  const year = said ? Number(said[1] ?? said[2] ?? said[3]) : undefined;
  if (year === undefined) return slot;
  // The year is said, so no other year is in doubt.
  const { otherYear: _, ...sure } = slot;
  if (sure.kind === 'month') return { ...sure, month: { ...sure.month, year } };
  const date = { ...sure.date, year };
  return isValidDate(date.year, date.month, date.day) ? { ...sure, date } : slot;
}

// 「最後に使ったのは2022年」「2021年以来使ってない」 "last used atone in 2022", "haven't used it since
// 2021": a last use told by its year alone, read only where no other date is (a year beside a day
// is that day's year, withYearSaidApart).
const LAST_USE_YEAR =
  /(?:最後|さいご|以来|いらい|使って(?:い)?な|利用して(?:い)?な|(?<![a-z])(?:last used|last use|last time|last purchase|haven'?t (?:used|touched|opened)|have not (?:used|touched)|not used|didn'?t use|stopped using))[^。.?？!！]{0,24}?(?<!\d)((?:19|20)\d\d)(?!\d|\s*[/年]\s*\d|\s*年\s*[のに]?\s*[春夏秋冬])|(?<!\d)((?:19|20)\d\d)\s*年?\s*(?:に|の|頃|ごろ)?[^。.?？!！\d]{0,16}?(?:が最後|を最後|以来|いらい|きり|から使って(?:い)?な|から利用して(?:い)?な|(?<![a-z])(?:was the last|was my last|last time))|^(?:(?:what|how) about |and |or |in |maybe |like )*((?:19|20)\d\d)\s*(?:年)?\s*(?:なら|は|だったら|の場合|かな|です|だよ|だった)?\s*[?？.。]?$/;

// 「3年前に使ったきり」 "last used it two years ago": that year, as a whole (a year ago is no day).
const LAST_USE_YEARS_AGO =
  /(?<!\d)(\d{1,2})\s*年(?:くらい|ぐらい|ほど)?前(?:に|から|まで)?[^。.?？!！\d]{0,10}?(?:使っ|利用|買っ|が最後|を最後|きり)|(?<![a-z])(?:last used|used (?:it|atone)|bought something|shopped)[^.?!\d]{0,16}?(\d{1,2}|one|two|three|four|five) years? ago(?![a-z])/;
const YEARS_IN_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

function lastUseYear(normalized: string, today: PlainDate): DateSlot | undefined {
  const said = LAST_USE_YEAR.exec(normalized);
  const ago = said ? undefined : LAST_USE_YEARS_AGO.exec(normalized);
  const yearsAgo = ago ? (YEARS_IN_WORDS[ago[2] ?? ''] ?? Number(ago[1] ?? ago[2])) : undefined;
  const year = said ? Number(said[1] ?? said[2] ?? said[3]) : yearsAgo ? today.year - yearsAgo : undefined;
  if (year === undefined || year > today.year) return undefined;
  return { kind: 'month', month: { year, month: 1 }, source: String(year), wholeYear: true };
}

/** What a date without a year is read against: today, and whether the purchase is done or planned. */
interface DateContext {
  today: PlainDate;
  tense: Tense | undefined;
  /**
   * A day of the month alone may be one still to come: no tense told and nothing said done
   * (「31日の分」, not 「31日に使った分」); since training, see Rule.sinceTraining.
   */
  dayMayCome?: boolean;
  /**
   * A purchase supposed (「12月に購入した場合」 "in case I buy in December"), no tense told: a month
   * alone is the nearer of the last and the next (since training, see Rule.sinceTraining).
   */
  monthSupposed?: boolean;
}

// 「購入した場合」「使ったとき」: a purchase supposed, in the past form Japanese gives a condition.
const SUPPOSED_PURCHASE_JA = /(?:買|購入|注文|使|利用)(?:っ|し)た(?:場合|とき|時)/;

/** How recently a day must have gone by for a purchase planned on it to be read both ways. */
const RECENTLY_GONE_DAYS = 62;
/** How soon a day must come for a purchase told as made on it to be read both ways. */
const SLIP_AHEAD_DAYS = 14;

/**
 * The year of a month-day written without one. A planned purchase (「買ったら」, "if I buy") is the
 * coming occurrence, a done one (「買った」, "bought") the latest; otherwise the nearer of the two,
 * unless neither is clearly nearer (then `otherYear` is the other one).
 */
function inferDayYear(
  { today, tense }: DateContext,
  month: number,
  day: number,
): { year: number; otherYear?: number } {
  // Compare 2月29日 as the 28th, so that a year without one does not shift it into March.
  const sameDay = month === 2 && day === 29 ? 28 : day;
  const on = (year: number): PlainDate => ({ year, month, day: sameDay });
  const ahead = daysBetween(today, on(today.year));
  const next = ahead >= 0 ? today.year : today.year + 1;
  const last = ahead <= 0 ? today.year : today.year - 1;
  // A purchase planned on a day gone by weeks ago (「3月2日に買ったら」 in April, "I am buying on 2
  // March … I worry it is late") is a slip of one kind or the other: both years are answered.
  if (tense === 'future')
    return ahead < 0 && -ahead <= RECENTLY_GONE_DAYS ? { year: next, otherYear: last } : { year: next };
  // A purchase told as made on a day a few days ahead (「12月3日に買った」 on 30 November, "ordered
  // on jan 30 and feb 2" on 25 January) is as much a slip, or an order placed ahead: the coming
  // day first (a purchase a year old is rarely asked about), last year's too.
  if (tense === 'past')
    return ahead > 0 && ahead <= SLIP_AHEAD_DAYS ? { year: next, otherYear: last } : { year: last };
  const toNext = daysBetween(today, on(next));
  const sinceLast = daysBetween(on(last), today);
  const [near, far, nearYear] = toNext < sinceLast ? [toNext, sinceLast, next] : [sinceLast, toNext, last];
  if (near <= CLEARLY_NEAR_DAYS || far >= 2 * near) return { year: nearYear };
  // Neither is clearly meant: the purchase already made comes first, as most such questions are about one.
  return { year: last, otherYear: next };
}

/**
 * The year of a month written without one: the latest that has begun, or one that begins within
 * FUTURE_TOLERANCE_DAYS, across the new year too (「1月分」 asked on 15 December is the January to
 * come). A month under way is this one.
 */
function inferMonthYear({ today, tense, monthSupposed }: DateContext, month: number): number {
  if (tense === 'future') return month >= today.month ? today.year : today.year + 1;
  if (tense === 'past') return month <= today.month ? today.year : today.year - 1;
  if (monthSupposed && month !== today.month) {
    const last = month < today.month ? today.year : today.year - 1;
    const since = daysBetween({ year: last, month, day: 1 }, today);
    const ahead = daysBetween(today, { year: last + 1, month, day: 1 });
    return ahead < since ? last + 1 : last;
  }
  const daysAhead = daysBetween(today, { year: today.year, month, day: 1 });
  if (daysAhead > FUTURE_TOLERANCE_DAYS) return today.year - 1;
  const nextYearAhead = daysBetween(today, { year: today.year + 1, month, day: 1 });
  return nextYearAhead <= FUTURE_TOLERANCE_DAYS ? today.year + 1 : today.year;
}

function dayReading(
  source: string,
  year: number,
  month: number,
  day: number,
  otherYear?: number,
): DateReading {
  if (!isValidDate(year, month, day))
    return month >= 1 && month <= 12
      ? { kind: 'invalid', source, month: { year, month } }
      : { kind: 'invalid', source };
  const reading: DateReading = { kind: 'day', date: { year, month, day }, source };
  if (otherYear !== undefined && isValidDate(otherYear, month, day)) reading.otherYear = otherYear;
  return reading;
}

const JA_SEASONS: Readonly<Record<string, Season>> = {
  春: 'spring',
  夏: 'summer',
  秋: 'autumn',
  冬: 'winter',
};
const EN_SEASONS: Readonly<Record<string, Season>> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};
// 「今年の春のポイント祭り」 names a campaign, not when atone was last used.
const NOT_A_CAMPAIGN = '(?!\\s*の?\\s*(?:ぽいんと|大抽選|抽選|きゃんぺーん|祭|まつり|せーる))';

/** A season of `year` (its winter begins in that year's December). */
function seasonReading(source: string, year: number, season: Season): DateReading {
  return { kind: 'month', month: { year, month: SEASON_FIRST_MONTH[season] }, source, season };
}

function monthReading(source: string, year: number, month: number): DateReading {
  if (month < 1 || month > 12) return { kind: 'invalid', source };
  return { kind: 'month', month: { year, month }, source };
}

/** A date whose year the user left out; an impossible month or day is reported, not guessed. */
function monthDayReading(source: string, context: DateContext, month: number, day: number): DateReading {
  if (month < 1 || month > 12 || day < 1 || day > 31) return { kind: 'invalid', source };
  const { year, otherYear } = inferDayYear(context, month, day);
  if (month === 2 && day === 29) return leapDayReading(source, year, otherYear);
  return dayReading(source, year, month, day, otherYear);
}

/**
 * 「2月29日」 without a year: the February meant is found as for any other day; when that February
 * has no 29th (and the other one in doubt has none either), the date is impossible, said with its
 * year (「2027-02-29」), rather than moved to a leap year long ago or far ahead.
 */
function leapDayReading(source: string, year: number, otherYear: number | undefined): DateReading {
  if (isLeapYear(year)) return dayReading(source, year, 2, 29);
  if (otherYear !== undefined && isLeapYear(otherYear)) return dayReading(source, otherYear, 2, 29);
  return { kind: 'invalid', source: `${year}-02-29`, month: { year, month: 2 } };
}

/** "15日": this month if the 15th has come (or, for a planned purchase, is still to come), else the nearest month that has that day (this month's, still to come, when the tense is not told and last month has none). */
function dayOfMonthReading(
  source: string,
  { today, tense, dayMayCome }: DateContext,
  day: number,
): DateReading | undefined {
  if (day < 1 || day > 31) return undefined;
  const step = tense === 'future' ? 1 : -1;
  let month: YearMonth =
    tense === 'future'
      ? day >= today.day
        ? today
        : addMonths(today, 1)
      : day <= today.day
        ? today
        : addMonths(today, -1);
  // (Tense untold: 「31日」 said on 25 March is this month's, six days on, not January's two months
  // back: a day no month since has is still to come.)
  if (dayMayCome && day > daysInMonth(month.year, month.month)) month = today;
  while (day > daysInMonth(month.year, month.month)) month = addMonths(month, step);
  return dayReading(source, month.year, month.month, day);
}

function sourceOf(match: RegExpExecArray): string {
  return match[0].trim();
}

const num = (value: string | undefined): number => Number(value ?? Number.NaN);

const YEAR = '((?:19|20)\\d{2})';

// biome-ignore format: a table reads best in rows
export const ENGLISH_MONTHS: readonly (readonly [string, number])[] = [
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sept', 9], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];
const ENGLISH_MONTH_NUMBER = new Map(ENGLISH_MONTHS);
const monthNames = (names: readonly string[]): string =>
  `(?<![a-z])(${[...names].sort((a, b) => b.length - a.length).join('|')})(?![a-z])\\.?`;
const ANY_MONTH_NAME = monthNames(ENGLISH_MONTHS.map(([name]) => name));
// Standing alone, only unabbreviated names count ("jan" may be a name), and never "may" (a verb far
// more often than a month): with a day or a year, every name above counts.
const LONE_MONTH_NAME = monthNames(
  ENGLISH_MONTHS.slice(0, 12)
    .map(([name]) => name)
    .filter((name) => name !== 'may'),
);
// An English day of month: 15, 15th; not a count of something else ("3 days", "2 shops").
const ENGLISH_DAY =
  '(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:a-z]|\\s*(?:days?|weeks?|shops?|stores?|merchants?|sites?|points?|yen|%))';

// What a month's name before it makes a month ("Dec bill", "May's charges": "may's" is no verb).
const MONTH_NOUN =
  '(?:purchases?|bill|statement|invoice|stuff|shopping|usage|spending|orders?|payments?|charges?)(?![a-z])';

// After "may", only the nouns no verb is spelt like ("May purchases", not "may purchase" or "may bill").
const MAY_NOUN =
  '(?:purchases|statement|invoice|stuff|shopping|usage|spending|orders|charges|payments)(?![a-z])';

// Any name but "may" (a verb far more often than a month), read where the context says it is one.
const ABBREVIATED_MONTH = monthNames(ENGLISH_MONTHS.map(([name]) => name).filter((name) => name !== 'may'));

const englishMonth = (name: string | undefined): number => ENGLISH_MONTH_NUMBER.get(name ?? '') ?? Number.NaN;

/** An English date with a day: explicit year when given, else inferred. */
function englishDayReading(
  source: string,
  context: DateContext,
  monthName?: string,
  day?: string,
  year?: string,
) {
  const month = englishMonth(monthName);
  if (num(day) > 31) return undefined;
  if (year === undefined) return monthDayReading(source, context, month, num(day));
  return dayReading(source, num(year), month, num(day));
}

function englishMonthReading(source: string, context: DateContext, monthName?: string, year?: string) {
  const month = englishMonth(monthName);
  return monthReading(source, year === undefined ? inferMonthYear(context, month) : num(year), month);
}

// Dates written in romaji: 「3gatsu」「15nichi」 (a question typed without a Japanese keyboard).
function fromRomaji(normalized: string, kinds: number): string {
  const needs = DIGIT | ENGLISH;
  if ((kinds & needs) !== needs || !/\d\s*(?:gatsu|gatu|nichi|niti)/.test(normalized)) return normalized;
  return normalized
    .replace(/(\d{1,2})\s*(?:gatsu|gatu)(?![a-z])/g, '$1月')
    .replace(/(\d{1,2})\s*(?:nichi|niti)(?![a-z])/g, '$1日');
}

// A deadline the user proposes to check: 「期限は11月10日で合ってる？」 "is the deadline Nov 10?",
// 「12月20日までに払えば間に合う？」.
// Each alternative is led by a lookahead its match implies (a date written in Japanese starts
// with a digit, an English one with a digit or a month name's first three letters): the regex
// engine then tries the lookbehinds only there, not at every position (1.4 -> 0.6 µs a text).
// 「12月10日の期限」「1/10が期限」: a date with its month, named as a deadline (a bare 「10日の期限」 is
// never a purchase date anyway: DUE_DAY_AFTER).
const A_FULL_DATE = '(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{1,2}/\\d{1,2}(?![\\d/]))';
const A_DATE = `(?:${A_FULL_DATE}|\\d{1,2}\\s*日)`;
// 「期限って今月の10日？」「来月10日払いでいい？」「来月10日までに」: the month of a due day put
// forward, said as this or a month to come.
const MONTH_AHEAD = '(?:今月|来月|再来月)の?\\s*';
const MONTH_AHEAD_START = /^(今月|来月|再来月)の?\s*/;
const PROPOSED_DUE_JAPANESE = `(?:${MONTH_AHEAD}(?=\\d)|(?=\\d))(?:${A_FULL_DATE}(?=\\s*(?:の|が)\\s*(?:お?支払い?の?)?(?:期限|期日|締め?切り?))|(?<=(?:期限|期日|支払日|支払い日|引き?落とし日|振替日|締め?切り?)(?:は|が|って|も)?\\s*(?:${MONTH_AHEAD})?)${A_DATE}(?!\\s*(?:に|の)?\\s*(?:購入|買|使|注文|利用))|${A_DATE}(?=\\s*(?:払い?\\s*)?(?:(?:まで)?(?:で合って|であって|で正し|でいい|で大丈夫|ですよね|だよね|でしょ)|までに?\\s*(?:払|支払|はら|間に合|入金)))|(?<=(?:口座振替|自動振替|引き?落とし|振替)(?:日)?(?:は|って|が)\\s*(?:${MONTH_AHEAD})?)${A_DATE}(?=\\s*(?:で(?:す|しょう)(?:か)?|だっけ|やっけ|だよね|やんな|ですよね|であってる|で合ってる)?\\s*[?？]?\\s*$)|${A_DATE}(?=\\s*(?:って|は|が)\\s*(?:日曜|土曜|祝日|休日|休み)(?:(?!買|購入|注文)[^])*?(?:ずれ|延び|のび|期限|引き?落と|いつ|何日|待って|待て|延長|猶予|まで)))`;
const MONTH_STARTS = [...new Set(ENGLISH_MONTHS.map(([name]) => name.slice(0, 3)))].join('|');
// A day of a month named in English: "December 10", "Dec. 10th", "10 December", "the 10th of December".
const NAMED_MONTH_DAY = `${ANY_MONTH_NAME}\\s*\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${ANY_MONTH_NAME}`;
// ("Is it due November 10 or December 10?": the second day put forward too.)
const STILL_AFTER_DUE = /(?<![a-z])(deadline|due date|due)(?: is| was)? still(?![a-z])/;
const PROPOSED_DUE_ENGLISH = `(?=\\d|the |${MONTH_STARTS})(?<=(?<![a-z])(?:(?:deadline|due date|due)\\s+(?:(?:is|was|be|on|of|by)\\s+)?|(?:had|have|has|need|needed|needs|must) to pay (?:it |them |that |the bill )?by\\s+|(?:debit|withdrawal)\\s+(?:is|was|will be|comes?)\\s+(?:on\\s+)?|debited\\s+on\\s+|(?:is|was|isn't|wasn't) (?:it|that) (?:due )?(?:on )?|(?:is|was|isn'?t|wasn'?t) (?:the |my )(?:(?:bank|direct|auto|automatic|account|konbini|postcard|barcode|atone) )?(?:debit|withdrawal|payment)(?: date| day)?\\s+(?:on\\s+)?|(?:isn'?t|is not|wasn'?t|not) (?:due )?on |(?:no|not enough) (?:money|funds|balance)(?: (?:in|on) (?:my |the )?(?:bank )?account)? on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? |(?:mon|tue|wed|thu|fri|sat|sun) )?|(?:due|deadline)\\s[^.?!]{0,24}?\\d(?:st|nd|rd|th)?\\s+or\\s+))(?:(?:the )?(?:${NAMED_MONTH_DAY})|\\d{1,2}/\\d{1,2}|(?:the )?\\d{1,2}(?:st|nd|rd|th)(?![a-z\\d]))`;
// "June 27 is a Saturday, isn't it?": a day said to be a day off is the due day in question (not a
// purchase, which would be "bought on June 27").
const DAY_OFF_ENGLISH = `(?=\\d|the |${MONTH_STARTS})(?<!on )(?:${NAMED_MONTH_DAY}|(?:the )?\\d{1,2}(?:st|nd|rd|th))(?=\\s+(?:is|falls on|'s) (?:a |on a )?(?:saturday|sunday|weekend|(?:public |bank )?holiday)(?![a-z]))`;
// "the Jan 10 deadline", "my 2/10 payment due date", "I forgot the Jan 10 konbini payment": a
// date named as a deadline.
const DEADLINE_NAMED_ENGLISH = `(?=\\d|${MONTH_STARTS})(?:${NAMED_MONTH_DAY}|\\d{1,2}/\\d{1,2})(?<!\\.)(?=\\s+(?:(?:konbini|convenience store|store|barcode|postcard|paper bill|bank debit|direct debit|auto debit)\\s+)?(?:payment\\s+)?(?:deadline|due date|payment|debit)(?![a-z]))`;
const PROPOSED_DUE = new RegExp(
  `${PROPOSED_DUE_JAPANESE}|${PROPOSED_DUE_ENGLISH}|${DAY_OFF_ENGLISH}|${DEADLINE_NAMED_ENGLISH}`,
  'g',
);
/** The same for a text without Latin letters, which the English alternative (its words have them) cannot match. */
const PROPOSED_DUE_IN_JAPANESE = new RegExp(PROPOSED_DUE_JAPANESE, 'g');
// (「3日たっても変わらんかったら」 "if it's been 3 days": days gone by, counted, no date either.)
const DAYS_LEFT =
  /(?:あと|残り|のこり)\s*\d{1,2}\s*日(?:間)?|\d{1,2}\s*日(?:間)?しか(?=ない|ねえ|ねー|あらへん|ありません)|\d{1,2}\s*日(?:間)?(?:以上)?(?=\s*(?:たっ|経っ|経過|過ぎても|すぎても))|(?<![a-z])\d{1,2} days? (?:left|to go)(?![a-z])/g;
const blank = (found: string) => ' '.repeat(found.length);
// 「年末年始ですが」「年末年始って…ずれる？」: the season itself, not when something was bought (「年末年始
// に買ったら」 is).
// ("does the new year holiday push it back?": the season, in English too.)
const SEASON_DESCRIBED =
  /年末年始(?!\s*(?:に|の間に|中に|の)\s*[^。？?]{0,6}(?:買|購入|使|利用|注文))|(?<![a-z])(?:the )?new year(?:'s)? (?:holidays?|break|period|closure|days)(?![a-z])/g;
// 「1月10日ってコンビニ払いの期限？」「来年の1月10日が期限で合ってる？」: a day, maybe with its year,
// put forward as a deadline before the word (since training, see Rule.sinceTraining; a purchase
// asks when: 「11月15日って、いつが期限？」). Its alternatives, in order: 「期限は来年の1月10日」; the
// day off named first, 「12/27は日曜だから」, and the day it moved to, 「…28日だった？」; 「引き落としは
// 28日だった？」; 「1月3日に引き落とされる？」; 「1月10日って…期限？」. (One led by a lookbehind has the
// lookahead its match implies put first, as in PROPOSED_DUE: the lookbehind is then tried only
// where a digit, 今, 来 or 再 starts, not at every position; 2 to 3 times faster.)
const YEAR_AHEAD = '(?:今年|来年|\\d{4}\\s*年)の?\\s*';
const YEAR_AHEAD_START = /^(?:今年|来年|\d{4}\s*年)の?\s*/;
const DUE_PUT_FORWARD = new RegExp(
  `(?=[今来\\d])(?<=(?:期限|期日|支払日|支払い日|引き?落とし日|振替日|締め?切り?)(?:は|が|って|も)?\\s*)${YEAR_AHEAD}(?=\\d)${A_DATE}|(?=\\d)${A_DATE}(?=\\s*(?:って|は|が)\\s*(?:日曜|土曜|祝日|休日|休み|土日)(?:日)?(?:だから|やから|なので|で|、))|(?=\\d)(?<=(?:日曜|土曜|祝日|休日|休み|土日)[^。？?\\d]{0,8})${A_DATE}(?=\\s*(?:だった|でした|やった|になる|になった)(?:っけ|よね|の|ん|か)?\\s*[?？])|(?=[今来再\\d])(?<=(?:引き?落とし|引落|振替)(?:は|が|って|も)\\s*)(?:${YEAR_AHEAD})?(?:${MONTH_AHEAD})?(?=\\d)${A_DATE}(?=\\s*(?:だった|でした|やった|だよね|ですよね|やんな|で合|であって|[?？]))|(?=\\d)${A_DATE}(?=\\s*(?:に|は|って)?\\s*(?:(?!いつ|何日|買|購入|使|注文)[^。？?!！\\n]){0,10}?(?:引き?落と(?:され|し(?:され)?)|引かれ|落ち)(?:る|ます|ん)(?:の|か|よね)?\\s*[?？])|(?:${YEAR_AHEAD})?(?:${MONTH_AHEAD})?(?=\\d)${A_DATE}(?=\\s*(?:って|は|が|も)\\s*(?:(?!いつ|何日|なんにち|買|購入|使|注文)[^。？?!！\\n]){0,16}?(?:期限|期日|締め?切り?|引き?落とし日|振替日|支払日|支払い日)\\s*(?:なの|なん|です|だ|でしょ|やろ|か|よね|っけ|で合|であって|で正し|でいい|で大丈夫|[?？。]|$))`,
  'g',
);
// "Dec 27 or Dec 28 - which is the direct debit day?", 「12月27日と28日、引き落としはどっち？」: two
// days put forward, which is due asked; no purchase (since training, see Rule.sinceTraining).
const A_DAY_ENGLISH = `(?:${NAMED_MONTH_DAY}|(?:the )?\\d{1,2}(?:st|nd|rd|th))`;
const WHICH_OF_TWO_DAYS = new RegExp(
  `(?=\\d|the |${MONTH_STARTS})${A_DAY_ENGLISH}\\s+or\\s+${A_DAY_ENGLISH}(?=[^?]{0,16}?(?<![a-z])which(?![a-z])[^?]{0,30}?(?:debit|due|deadline|payment|pay))|(?=\\d)${A_DATE}\\s*(?:と|か|or)\\s*${A_DATE}(?=[、,\\s]*[^。？?]{0,20}(?:期限|引き?落と|支払日|振替)[^。？?]{0,8}(?:どっち|どちら))`,
  'g',
);
// 「10日って土日じゃないよね？」「1月27日って平日だよね？」 "is the 10th a weekday?": a due day put
// forward, and what day of the week it is asked (since training, see Rule.sinceTraining).
const WEEKDAY_ASKED = new RegExp(
  `(?=\\d)${A_DATE}(?=\\s*(?:って|は|が|も)\\s*(?:土日|土曜|日曜|週末|平日|休日|祝日|休み|営業日)(?:日)?(?:じゃない|ちゃう|ではない|じゃありません|ではありません|だよね|ですよね|やんな|でしょう?|だっけ|なの|なん|です|だ)?(?:よね|か|ね)?[?？])|(?<=(?<![a-z])(?:is|isn'?t|is not|was|wasn'?t) (?:the )?)(?:${NAMED_MONTH_DAY}|\\d{1,2}/\\d{1,2}|\\d{1,2}(?:st|nd|rd|th))(?=\\s+(?:a |on a )?(?:weekday|weekend|saturday|sunday|holiday|business day|bank holiday)(?![a-z]))`,
  'g',
);

// 「今日が期限だよね？」「明日って締め切り？」「明日って口座振替の引き落とし日やんな？」 "is it due
// today?", "is the deadline tomorrow?": a day put forward by name, asked about (which day:
// dayOffsetOf the words matched).
const DUE_TODAY =
  /(?:今日|きょう|本日|(?:明日|あした|あす))(?:が|って|は|で)\s*(?:(?:口座振替|はがき|ばーこーど|こんびに)(?:払い)?の)?(?:期限|締め?切り?|支払日|支払い日|引き?落とし日)(?:だよね|ですよね|よね|でしょ|か|\?|？|で合って|であって|やんな|やろ|やね|だっけ|やっけ)|(?:期限|締め?切り?|支払日|支払い日|引き?落とし日)(?:って|は|が)\s*(?:今日|きょう|本日|(?:明日|あした|あす))(?:だよね|ですよね|よね|でしょ|だっけ|か|\?|？|で合って|であって)|(?<![a-z])(?:is it|is the deadline|is my (?:deadline|payment)) (?:due )?(?:today|(?:tomorrow))\?|(?<![a-z])(?:the |my )?(?:deadline|due date) (?:is|'s) (?:today|(?:tomorrow))(?![a-z])(?=[^.!]*\?)|(?<![a-z])(?:was (?:the |its |my )?(?:deadline|due date)|was it due) (?:yesterday)(?![a-z])|(?:期限|締め?切り?|支払日|支払い日|引き?落とし日)(?:って|は|が|、)\s*(?:昨日|きのう)(?:だった|やった|でした|まで)|(?<![a-z])(?:is|isn'?t) [a-z ]{0,24}?due (?:today|(?:tomorrow))(?![a-z])(?=[^.!]*\?)/;
// 「はがきの期限きのうやった？」「きょう引き落とし？」 "is my auto debit today?", "was the postcard deadline
// yesterday?": the same, said casually (「口座振替だとあした引き落とされんだべか」 too).
const DUE_DAY_ASKED_CASUALLY =
  /(?:期限|締め?切り?|支払日|支払い日|引き?落とし(?:日)?|口座振替|振替日|(?:はがき|こんびに|ばーこーど)(?:払い)?)(?:って|は|が|、)?\s*(?:(?:昨日|きのう)|(?:明日|あした|あす)|今日|きょう|本日)(?:の)?(?:まで)?(?:引き?落とし|引き?落とされる|落ちる|払い)?(?:だった|やった|でした|だっけ|やっけ|だよね|やんな|よね|なん|なの|か)?(?:っけ)?(?:よね|やんな|ね)?(?:ん|の)?[?？]|(?<![a-z])(?:is|was) (?:my |the )?(?:[a-z-]+ ){0,2}?(?:debit|payment|deadline|due date|withdrawal)(?: date| day)? (?:due )?(?:(?:yesterday)|(?:tomorrow)|today)(?![a-z])|(?<![a-z])(?:is|isn'?t) (?:that|this) (?:due )?(?:(?:tomorrow)|today)(?![a-z])|(?:昨日|きのう)(?:まで|が期限|が締め切り)(?:だった|やった|でした)|(?:口座振替|口振|自動振替|引き?落とし|振替)(?:だと|なら|やと|って|は|も|[^。?？\d]{0,8}?(?:けど|けれど|が))?[、,\s]*(?:(?:昨日|きのう)|(?:明日|あした|あす)|今日|きょう|本日)(?:に|で)?\s*(?:引き?落とさ(?:れ)?|引かれ|落ち)(?:る|ん|ます|た)?(?:の|ん)?(?:だべ|やろ|だろう?|でしょう?|ですか|か|よね|っけ)*\s*[?？]?\s*$/;

const YESTERDAY_SAID = /昨日|きのう|(?<![a-z])yesterday(?![a-z])/;
const TOMORROW_SAID = /明日|あした|あす|(?<![a-z])tomorrow(?![a-z])/;

/** The day named in a "due today?" question, as days from today: yesterday −1, tomorrow 1, today 0. */
function dayOffsetOf(said: string): number {
  return YESTERDAY_SAID.test(said) ? -1 : TOMORROW_SAID.test(said) ? 1 : 0;
}

// Right after the day, the words that ask whether it is right: 「27日だよね？」「10日で合ってる？」
// 「20日までに払えば間に合う？」 "is it due the 10th?", "the 27th, right?", "June 10 this month, right?".
const CHECKS_IT =
  /^(?:[^。.!！,、]{0,10}?|[,、]\s*|\s*(?:this|last|that) month,?\s*)(?:[?？]|合って|あって|正し|ですよね|だよね|でしょ|よね|やんな|間に合|大丈夫|(?<![a-z])(?:right|correct|isn'?t it|is that right)(?![a-z]))/;

// Anywhere, whether the user is late for it: "deadline was 10 December… so I am late already?",
// 「期限は10日だったけど、もう遅れてる？」.
const ASKS_IF_LATE =
  /(?<![a-z])(?:am i (?:already )?late|i am late already|i'?m (?:already )?late|(?:did|have) i (?:already )?miss(?:ed)? it|is it too late)(?![a-z])|(?:もう)?(?:遅れて|過ぎて|遅刻して)(?:る|います|ます)(?:の|ん)?(?:か|？|\?)|間に合(?:わなかった|ってない)(?:の|ん)?(?:か|？|\?)/;

// Before it, a question put in English: "is it due on the 20th", "is the konbini deadline the 10th".
const ASKS_IF_IT_IS =
  /(?<![a-z])(?:is|was|isn'?t|wasn'?t) (?:it|that|the [a-z ]{0,24}?)(?: due)?(?: on)?\s*$/;

// 「12日に払っても大丈夫？」「15日までに払えば間に合う？」「明日払ったらどうなる？」 "can I pay on the
// 11th?", "is it ok if I pay tomorrow?": a day the user would pay on or by (so asked: whether it is
// in time). Only with the user paying, and not turned down (「10日までに払えんかったら」 is paying late).
const PAYS_ON_JAPANESE = new RegExp(
  `(?:(?:(?<ahead>今月|来月|再来月)の?\\s*)?${A_DATE}|(?<rel>今日|きょう|本日|明日|あした|あす|明後日|あさって)(?:の(?:朝|昼|夜|うち)|中)?)(?=\\s*(?:中)?(?:に|までに|中に)?\\s*(?:お?支払|払|はら)(?:っても|えば|ったら|う(?:予定|つもり|ので|けど|なら|のは|のって|ん(?:やけど|だけど))|います|おうと))`,
);
// (Led by the lookahead its match implies, as PROPOSED_DUE: the lookbehinds are tried only there.)
const PAYS_ON_ENGLISH_SOURCE = `(?=\\d|the |today|tomorrow|${MONTH_STARTS})(?<=(?<![a-z])(?<!how )(?:i|i'?ll|i will|i can|can i|could i|if i|may i|ok to|okay to|fine to|alright to|i'?m|im|i am) (?:only |just |still )?(?:pay(?:ing)?(?: (?:it|the bill|that|this|my bill))?|top up(?: (?:my|the) (?:bank )?account)?|put (?:the )?money in(?: (?:my|the) (?:bank )?account)?) (?:on |by |before )?)(?:(?:${NAMED_MONTH_DAY}|\\d{1,2}/\\d{1,2}|(?:the )?\\d{1,2}(?:st|nd|rd|th))(?![a-z\\d])|(?<rel>today|tomorrow|the day after tomorrow)(?![a-z]))(?!\\s+or\\s)`;
const PAYS_ON_ENGLISH = new RegExp(PAYS_ON_ENGLISH_SOURCE);
// (Since training: "can i still pay my konbini bill tomorrow?", "if I pay my postcard bill on
// Monday the 21st": the bill named by its way, a weekday before the day.)
const PAYS_ON_ENGLISH_SINCE_TRAINING = new RegExp(
  PAYS_ON_ENGLISH_SOURCE.replace(
    '(?: (?:it|the bill|that|this|my bill))?',
    '(?: (?:it|that|this|(?:the|my) (?:[a-z]+ ){0,2}bill))?',
  ).replace(
    '(?:on |by |before )?)',
    '(?:on |by |before )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?)',
  ),
);

/** The days or months a relative word (「明日」「来月」 "tomorrow") is from today, by the date tables. */
function daysOf(word: string): number {
  const relative = RELATIVE_DATES[word] ?? COMING_DATES[word];
  return relative && 'days' in relative ? relative.days : 0;
}
function monthsOf(word: string): number {
  const relative = RELATIVE_DATES[word] ?? COMING_DATES[word];
  return relative && 'months' in relative ? relative.months : 0;
}

/** The day `text` says the user would pay on or by, as a proposed day `paying`, and the text without it. */
function payingDay(
  text: string,
  kinds: number,
  today: PlainDate,
  asTrained: boolean,
): { due: ProposedDue | undefined; rest: string } | undefined {
  const m =
    (kinds & NON_ASCII ? PAYS_ON_JAPANESE.exec(text) : null) ??
    (kinds & LATIN ? (asTrained ? PAYS_ON_ENGLISH : PAYS_ON_ENGLISH_SINCE_TRAINING).exec(text) : null);
  if (!m) return undefined;
  const { rel, ahead } = m.groups ?? {};
  const day = rel === undefined ? readProposedDue(m[0], today) : addDays(today, daysOf(rel));
  if (!day) return undefined;
  const due: ProposedDue = {
    day: day.day,
    ...(day.month ? { month: day.month } : {}),
    asked: true,
    paying: true,
  };
  // The day is no purchase date: blanked (a relative day, 「今日払ったら」, is one only beside a
  // purchase, and a month before it, 「来月10日までに」, is read as before).
  if (rel !== undefined) return { due, rest: text };
  const prefix = ahead === undefined ? 0 : m[0].search(/\d/);
  const at = m.index + prefix;
  return {
    due,
    rest: text.slice(0, at) + ' '.repeat(m[0].length - prefix) + text.slice(m.index + m[0].length),
  };
}

/** The first deadline `text` puts forward, and the text without any (blanked, so offsets stay). */
function proposedDue(
  text: string,
  kinds: number,
  today: PlainDate,
  given?: RegExp,
): { due: ProposedDue | undefined; rest: string } | undefined {
  // Every proposed date has a digit.
  if (!(kinds & DIGIT)) return undefined;
  const pattern = given ?? (kinds & LATIN ? PROPOSED_DUE : PROPOSED_DUE_IN_JAPANESE);
  let due: ProposedDue | undefined;
  const rest = text.replace(pattern, (date: string, ...groups: unknown[]) => {
    // The offset comes after the pattern's groups, before the whole string.
    const at = groups[groups.length - 2] as number;
    if (due === undefined) {
      due = readProposedDue(date, today);
      const asked =
        CHECKS_IT.test(text.slice(at + date.length, at + date.length + 24)) ||
        ASKS_IF_IT_IS.test(text.slice(Math.max(0, at - 32), at)) ||
        ASKS_IF_LATE.test(text);
      if (due && asked) due.asked = true;
    }
    return ' '.repeat(date.length);
  });
  return rest === text ? undefined : { due, rest };
}

// 「9月20日のはがきの期限って延びた？」「1月10日のコンビニ払いの期限、過ぎちゃった」: a due day (the 10th,
// 20th or 27th) named as a way's deadline, the way between them, and whether it moves asked or it
// told gone by (since training, see Rule.sinceTraining). Not 「12月5日の買い物の期限」, nor
// 「12月20日のはがきの期限は？」 (the deadline of a purchase, asked).
const DUE_MISSED = /過ぎ|すぎちゃ|失念|忘れ|間に合わ(?:な|ず)/;
const DUE_NAMED_WITH_ITS_WAY =
  /(?=\d)\d{1,2}\s*月\s*(?:10|20|27)\s*日(?=\s*の\s*(?:(?!買|購入|注文|使|利用|分)[^\s、。?？\d]){1,12}?の\s*(?:お?支払い?の?)?(?:期限|期日|締め?切り?))/g;

// 「期限の1月20日までに何か手続きは必要？」: the deadline, then its day (since training).
const DUE_AFTER_ITS_WORD = new RegExp(
  `(?=\\d)(?<=(?:期限|期日|支払日|支払い日|引き?落とし日|振替日|締め?切り?)の\\s*)${A_FULL_DATE}(?!\\s*(?:前|後|まえ|以内))`,
  'g',
);

/** A due day put forward before the word for it (DUE_PUT_FORWARD): whether it is one is asked. */
function putForward(text: string, kinds: number, today: PlainDate): ReturnType<typeof proposedDue> {
  const found = kinds & NON_ASCII ? proposedDue(text, kinds, today, DUE_PUT_FORWARD) : undefined;
  if (found?.due) found.due = { ...found.due, asked: true };
  return found;
}

/** A due day put forward and its day of the week asked (WEEKDAY_ASKED). */
function weekdayAsked(text: string, kinds: number, today: PlainDate): ReturnType<typeof proposedDue> {
  const found = proposedDue(text, kinds, today, WEEKDAY_ASKED);
  if (found?.due) found.due = { ...found.due, asked: true, weekday: true };
  return found;
}

/** 「12月10日」「10日」「12/10」 "December 10", "10 december", "the 10th" as a day and maybe a month. */
function readProposedDue(said: string, today: PlainDate): ProposedDue | undefined {
  // (The year said before it, 「来年の1月10日」, is that of the next such day: nextDayOf.)
  const year = YEAR_AHEAD_START.exec(said);
  const afterYear = year ? said.slice(year[0].length) : said;
  const ahead = MONTH_AHEAD_START.exec(afterYear);
  const date = ahead ? afterYear.slice(ahead[0].length) : afterYear;
  const slash = /^(\d{1,2})\/(\d{1,2})$/.exec(date);
  const numbers = (date.match(/\d{1,2}/g) ?? []).map(Number);
  const day = slash ? Number(slash[2]) : numbers[numbers.length - 1];
  const month = slash
    ? Number(slash[1])
    : /月/.test(date)
      ? numbers[0]
      : ENGLISH_MONTHS.find(([name]) => new RegExp(`(?<![a-z])${name}(?![a-z])`).test(date))?.[1];
  if (day === undefined || day < 1 || day > 31 || (month !== undefined && (month < 1 || month > 12)))
    return undefined;
  // (The month said before the day: 「来月10日までに」.)
  if (ahead?.[1] && month === undefined) return { day, month: addMonths(today, monthsOf(ahead[1])).month };
  return month === undefined ? { day } : { day, month };
}

// Purchases named outright: then a month is the month of the purchases. (買った typed in kana is
// かった after a particle or alone: わかった, 良かった are no purchase. "if I wait till tomorrow"
// puts the purchase off.)
const PURCHASE_WORDS =
  /買|購入|使っ|使う|使い|使われ|使用|利用し|利用する|利用分|ご利用|利用額|注文|(?:^|[\s、。をにでもがはと])(?:かった|かう)|\bbuy|bought|purchase|spent|spend|shopp|order(?:ed|ing)?\b|\bused\b|usage|stuff|\bkatta\b|\bkau\b|kaimashita|kaimono|\bwait(?:ed|ing)? (?:till|until|for)\b|まで待っ(?:たら|て)/;

// 「正月に買った」「お正月のセール」: the New Year holidays, in January (since training, see
// Rule.sinceTraining; 「年明け」 "new year" are date rules of their own, NEW_YEAR).
const SHOGATSU = /お?正月/;

// "if I shop", "when we shop": shopping as a verb (not "the shop", which names the shop).
const SHOPS = /(?<![a-z])(?:i|we|you)(?: will| 'll|'ll| am going to| gonna| usually| often)? shop(?![a-z])/;

// Words that name a bill outright (「今月の引き落とし」 "this month's bill").
const BILL_WORDS =
  /請求|引き?落|振替|支払|払う|払い|\bbill|invoice|statement|debit|charge|payment|\bpay\b|\bdue\b/;

function namesAShareOf(month: string, normalized: string): boolean {
  const share = new RegExp(`${escapeRegex(month)}の([^、。,.?？!！\\s]{1,8})分`).exec(normalized);
  return share !== null && !BILL_WORDS.test(share[1] ?? '');
}

/** Whether the text itself says if its month is one of purchases or of a bill ("and this month's?" does not). */
export function saysPurchase(normalized: string): boolean {
  return PURCHASE_WORDS.test(normalized);
}

export function saysBillOrPurchase(normalized: string): boolean {
  return PURCHASE_WORDS.test(normalized) || BILL_WORDS.test(normalized);
}

/**
 * Marks a month that names a bill rather than purchases: 「今月の引き落とし」 "this month's bill"
 * is paid this month, for last month's purchases. A month already over names its purchases ("the
 * July bill", asked in August), and so does one with purchases named or 分 attached (「12月分」).
 */
function withBill(
  date: DateSlot,
  normalized: string,
  { today }: DateContext,
  purchase: boolean,
  asTrained = false,
): DateSlot {
  if (date.kind !== 'month') return date;
  // "the bill I got in October", 「10月に届いた請求書」: the bill of that month, said so (since
  // training, see Rule.sinceTraining).
  if (!asTrained && billReceivedIn(date.source, normalized)) return { ...date, bill: true };
  // 「今月使った分、…12月の何日に引き落とし？」: a month whose day of paying is asked names the bill,
  // whatever purchases the message names beside it.
  const dayOfPaying =
    normalized.includes(`${date.source}の何日`) || normalized.includes(`${date.source}のいつ`);
  if (
    dayOfPaying &&
    PAYING_AFTER.test(normalized) &&
    today.year * 12 + today.month <= date.month.year * 12 + date.month.month
  )
    return { ...date, bill: true };
  if (
    purchase ||
    date.source.endsWith('分') ||
    normalized.includes(`${date.source}分`) ||
    normalized.includes(`${date.source}の分`) ||
    // 「5月の仕入れ分」「5月のお買い物分」: a share of that month's purchases, whatever they are
    // called (not 「今月の請求分」, the bill).
    namesAShareOf(date.source, normalized) ||
    // "pay for November": November's purchases ("my bill for this month" and "the date for this
    // month's bill" are still a bill).
    (normalized.includes(`for ${date.source}`) &&
      !normalized.includes(`for ${date.source}'s`) &&
      !/(?:bill|invoice|statement) for /.test(normalized))
  ) {
    return date;
  }
  const monthsAgo = today.year * 12 + today.month - (date.month.year * 12 + date.month.month);
  if (monthsAgo <= 0) return { ...date, bill: true };
  // 「2月の引き落としって何日？」 asked in December: next February's debit, not the one ten months
  // gone (a bill named by its month is one to come, unless said to be past or with its year).
  if (
    monthsAgo >= HALF_A_YEAR &&
    BILL_NAMED.test(normalized) &&
    !PAST_BILL.test(normalized) &&
    !saysAYear(date.source)
  ) {
    const { otherYear: _, ...sure } = date;
    return { ...sure, month: { ...date.month, year: date.month.year + 1 }, bill: true };
  }
  return date;
}
const HALF_A_YEAR = 6;
const BILL_WORD = '(?:bill|invoice|statement|notice)s?';

const BILL_RECEIVED_WORD = /請求|はがき|ばーこーど|めーる|bill|invoice|statement|notice/;

/** Whether the month `source` is said to be when a bill came: "the bill I got in October", 「10月に来た請求」. */
function billReceivedIn(source: string, normalized: string): boolean {
  // (Every alternative names the bill: most messages have no such word, and are spared the regex
  // built for their month.)
  if (!normalized.includes(source) || !BILL_RECEIVED_WORD.test(normalized)) return false;
  const english = `${BILL_WORD} (?:that )?(?:i|we) (?:got|received|had) (?:in|on|during) ${source}|(?:got|received) (?:the |a |my )?${BILL_WORD} in ${source}|${source}(?:'s)? (?:${BILL_WORD}) (?:i|we) (?:got|received)`;
  // (「今月はがきが届いた」: the postcard came this month.)
  const japanese = `${source}に(?:来|き|届い|届け|とどい)た(?:請求|はがき|ばーこーど)|${source}(?:に)?[、,]?(?:請求書|はがき|請求(?:の)?(?:めーる|お知らせ)?|めーる)(?:が|は|も)?(?:来|き|届|とど)`;
  return new RegExp(`(?<![a-z])(?:${english})(?![a-z])|${japanese}`).test(normalized);
}
const PAYING_AFTER = /(?:何日|いつ)(?:に|頃|ごろ)?(?:の)?(?:引き?落と|払|支払|振替)/;

// A year said in digits or in words (「今年の3月」 "march last year").
// (A month said from today, 「今月」 "last month", has its year too.)
const SAYS_A_YEAR =
  /\d{4}|今年|去年|昨年|来年|再来年|一昨年|おととし|今月|先月|先々月|前月|来月|再来月|(?<![a-z])(?:this|last|next) (?:year|month)(?![a-z])|month (?:before last|after next)|previous month/;

/** Whether a date's own words say its year (「2023年12月」「去年の12月」 "next month"), which then stays. */
export function saysAYear(source: string): boolean {
  return SAYS_A_YEAR.test(source);
}
const BILL_NAMED = /請求|引き?落|(?<![a-z])(?:bill|debit)(?![a-z])/;
const PAST_BILL =
  /落ち(?:た|てた)|落とされ(?:た|てた)|払った|(?<![a-z])(?:was|were|paid|debited|took)(?![a-z])/;

/** The dates without a month's bill whose purchases are another of them (a month named for them). */
function withoutBillOfAnother(dates: DateSlot[]): DateSlot[] {
  const months = (d: DateSlot) => (d.kind === 'month' ? d.month.year * 12 + d.month.month : undefined);
  return dates.filter(
    (d) =>
      !(
        d.kind === 'month' &&
        d.bill &&
        dates.some((o) => o.kind === 'month' && !o.bill && months(o) === (months(d) ?? 0) - 1)
      ),
  );
}

/** The dates of a message, each once (「11月2日…11/2」 is one date). */
function distinctDates(dates: readonly DateSlot[]): DateSlot[] {
  const key = (d: DateSlot) =>
    d.kind === 'day' ? `${d.date.year}-${d.date.month}-${d.date.day}` : `${d.month.year}-${d.month.month}`;
  const seen = new Set<string>();
  return dates.filter((d) => !seen.has(key(d)) && seen.add(key(d)));
}

// A planned purchase: 「買ったら」「購入する予定」 "if I buy", "will buy". Checked before the past,
// which 「買ったら」 contains.
const FUTURE_PURCHASE =
  /(?<![a-z])(?:things|stuff|what) (?:i|we) buy(?![a-z])|(?:買|購入|注文|使|利用)(?:っ|し)?たら|買い物(?:を)?し(?:たら|て(?:から|も))|買い物(?:を)?(?:する|予定)|買う(?:なら|と|予定|つもり|場合)|(?:購入|注文|利用)(?:する|予定)|買います|購入します|これから買|\bif (?:i|we|you) (?:buy|purchase|order|shop)\b|\b(?:will|going to|gonna|plan(?:ning)? to|about to|i'll|i will|want to) (?:buy|purchase|order|shop)\b|\b(?:i'?m|i am|we'?re|we are) (?:buying|purchasing|ordering)\b/;
// 「2月に買うもの」「来月使う分」: the things a purchase to come is for (since training, see
// Rule.sinceTraining).
const PLANNED_THINGS = /(?:買う|使う|(?:購入|注文|利用)する)(?:もの|物|分|やつ|商品)/;
// A purchase made: 「買った」「購入しました」 "bought", "I used".
const PAST_PURCHASE =
  /(?:買|購入|注文|使|利用)(?:っ|し)?た(?!ら|\s*場合|(?:ほう|方)が)|(?:購入|注文)し[、,]|買い物(?:を)?し(?:た(?!ら|\s*場合)|ました)|(?:買い|購入し|注文し|使い|利用し)ました|\b(?:bought|buyed|boughted|purchased|ordered|spent|shopped|used|paid for)\b/;

// "What if I bought it on December 5?": a supposition, neither done nor planned.
const SUPPOSED_PURCHASE =
  /\bif (?:i|we|you) (?:had )?(?:bought|purchased|ordered|paid for)\b|\bsuppose (?:i|we)\b/;

// 「12月1日に買った分」「買ったもの」「購入した場合」: a purchase named or supposed, not told as done (asked on 28 November, it
// is the one coming); the nearer reading decides.
const NAMED_PURCHASE = /(?:買|購入|注文|使|利用)(?:っ|し)た(?:分|もの|物|商品|やつ|の|場合|とき|時)/g;

/** Both a purchase made and one to come (`future`: FUTURE_PURCHASE matches): each date takes the tense of the verb beside it. */
function hasMixedTenses(normalized: string, future: boolean, asTrained: boolean): boolean {
  return (
    future &&
    (PAST_PURCHASE.test(normalized.replace(FUTURE_PURCHASE, ' ')) ||
      (!asTrained && (OWNED_THINGS.test(normalized) || BOUGHT_THEN_MORE_TO_COME.test(normalized))))
  );
}

// 「12月1日と25日に買って、1月2日にも買う予定」: purchases told in the て-form, then another one to come
// ("also"): those told are made (since training, see Rule.sinceTraining).
const BOUGHT_THEN_MORE_TO_COME =
  /(?:買っ|購入し|注文し|頼ん)(?:て|で)[、,][^。？?]{0,20}?も[^。？?]{0,12}?(?:買う|買います|購入する|購入します|注文する|注文します|予定|つもり)/;
const BOUGHT_THEN = /(?:買っ|購入し|注文し|頼ん)(?:て|で)[、,]/;

// "my November things", "the October stuff": things already had, bought before (since training,
// see Rule.sinceTraining).
const OWNED_THINGS =
  /(?<![a-z])(?:my|the) (?:[a-z]+ ){0,2}(?:things|stuff|purchases?|orders?|shopping)(?![a-z])/;
const OWNED_BEFORE = /(?<![a-z])(?:my|the)\s*$/;
const OWNED_AFTER = /^\s*(?:things|stuff|purchases?|orders?|shopping)(?![a-z])/;

const LISTED_DAY = `(?:(?:${MONTH_STARTS})[a-z]*\\.?\\s+)?\\d{1,2}(?:\\s*[/月]\\s*\\d{1,2})?(?:st|nd|rd|th|日)?`;
const LISTING = '\\s*(?:,|、|と|や|&|and|or)\\s*(?:on\\s+)?(?:the\\s+)?';
const LISTED_BEFORE = new RegExp(`${LISTED_DAY}${LISTING}$`);
const LISTED_AFTER = new RegExp(`^${LISTING}${LISTED_DAY}`);

/**
 * The tense of the verb next to a date: after it in Japanese (「12/2に買う予定」), before it in
 * English ("will buy more on jan 15"), each window stopping short of the next date.
 */
function tenseNear(text: string, start: number, end: number): Tense | undefined {
  // A date listed with others ("on jan 15 and jan 28", 「11/2と11/5に買った」) shares their verb.
  let head = text.slice(0, start);
  while (LISTED_BEFORE.test(head)) head = head.replace(LISTED_BEFORE, '');
  let tail = text.slice(end);
  while (LISTED_AFTER.test(tail)) tail = tail.replace(LISTED_AFTER, '');
  const after = tail.slice(0, 12).split(/\d/)[0] ?? '';
  const before = head.slice(-30).split(/\d/).at(-1) ?? '';
  for (const window of [after, before]) {
    if (FUTURE_PURCHASE.test(window)) return 'future';
    if (PAST_PURCHASE.test(window)) return 'past';
  }
  if (BOUGHT_THEN.test(after) && BOUGHT_THEN_MORE_TO_COME.test(text)) return 'past';
  return OWNED_BEFORE.test(before) && OWNED_AFTER.test(after) ? 'past' : undefined;
}

function withTenseNearEach<T>(rules: readonly Rule<T, DateContext>[], text: string): Rule<T, DateContext>[] {
  return rules.map((rule) => ({
    pattern: rule.pattern,
    needs: rule.needs,
    filter: rule.filter,
    read: (m, context) =>
      rule.read(m, { ...context, tense: tenseNear(text, m.index, m.index + m[0].length) ?? context.tense }),
  }));
}

// 「…いつまでだった？」 "when was it due?": asked in the past, about a purchase named.
const ASKED_IN_THE_PAST = /(?:だった|でした)(?!ら)|(?<![a-z])(?:was|were)(?![a-z])/;
const WAS_ON_A_DAY = /\d\s*日(?:に|で)?(?:だった|でした|やった)(?!ら)/;

/** The tense of the purchase the text names; `future`: FUTURE_PURCHASE matches in it. */
function tenseOf(normalized: string, kinds: number, future: boolean): Tense | undefined {
  // A supposition is English ("if", "suppose"), with letters other than atone's.
  if (kinds & ENGLISH && SUPPOSED_PURCHASE.test(normalized)) return undefined;
  if (future) return 'future';
  const told = normalized.replace(NAMED_PURCHASE, ' ');
  if (PAST_PURCHASE.test(told)) return 'past';
  if (told !== normalized && ASKED_IN_THE_PAST.test(normalized)) return 'past';
  // 「あ、違う、12月2日だった」: a day said to have been is behind us.
  if (kinds & DIGIT && WAS_ON_A_DAY.test(normalized)) return 'past';
  return undefined;
}

type RelativeDate = { days: number } | { months: number };

// biome-ignore format: a table reads best in rows
const RELATIVE_DATES: Readonly<Record<string, RelativeDate>> = {
  先々月: { months: -2 }, 先月: { months: -1 }, 前月: { months: -1 }, 今月: { months: 0 },
  一昨日: { days: -2 }, おととい: { days: -2 }, 昨日: { days: -1 }, きのう: { days: -1 },
  今日: { days: 0 }, 本日: { days: 0 }, 先週: { days: -7 }, 'last week': { days: -7 },
  'the day before yesterday': { days: -2 }, 'day before yesterday': { days: -2 },
  yesterday: { days: -1 }, today: { days: 0 },
  // Moments earlier today: 「さっき買った」 "bought it 30 min ago".
  さっき: { days: 0 }, 今朝: { days: 0 }, 'just now': { days: 0 }, 'this morning': { days: 0 },
  'earlier today': { days: 0 }, 'min ago': { days: 0 }, 'mins ago': { days: 0 }, 'minutes ago': { days: 0 },
  'an hour ago': { days: 0 }, 'right now': { days: 0 }, rn: { days: 0 }, 'just bought': { days: 0 },
  'just ordered': { days: 0 }, 'just purchased': { days: 0 }, たった今: { days: 0 }, 今さっき: { days: 0 },
  'bought it now': { days: 0 }, 'bought now': { days: 0 }, 'buy now': { days: 0 }, 'buy it now': { days: 0 },
  'buying now': { days: 0 }, 'buying it now': { days: 0 },
  'the month before last': { months: -2 }, 'month before last': { months: -2 },
  'last month': { months: -1 }, 'previous month': { months: -1 }, 'this month': { months: 0 },
};

// A purchase on a day said in words after another one (「9/28に靴、昨日もケースを買った」, "and a
// phone case today"): "and" or a comma, then the day, with a purchase near it.
const ANOTHER_PURCHASE_IN_A_MONTH =
  /(?:と|あと|、|。|[?？])[^。？?]{0,8}?(?:今月|先月|先々月)(?![（(\d])(?:に|の)?[^。？?]{0,6}?(?:買|購入|注文|使|利用)|(?<![a-z])and (?:what i (?:bought|buy|used) )?(?:this|last) month(?![a-z])/;
// (「今月使った分と来月使う分」: this month's purchases and next month's, each with its verb.)
const THIS_AND_NEXT_MONTH =
  /今月(?:と|、|も)\s*来月|今月(?:に)?(?:使|買|利用|購入)[^。？?]{0,8}(?:と|、)\s*来月(?:に)?(?:使|買|利用|購入)|(?<![a-z])this (?:month )?(?:and|&) next month(?![a-z])/;
const RELATIVE_MONTHS = /^(?:今月|先月|先々月|this month|last month)$/;
const ANOTHER_PURCHASE_ON_A_DAY =
  /(?:(?<![a-z])and|, )[^.?!]{0,40}?(?<![a-z])(?:today|yesterday|this morning|just now)(?![a-z])|(?:と|、|。)[^。？?]{0,20}?(?:今日|昨日|おととい|さっき)(?:に|も)?[^。？?]{0,12}(?:買|購入|注文)|(?:今日|昨日|おととい)(?:と|、)(?:明日|あした|あさって|明後日)(?:に|も)?[^。？?]{0,12}(?:買|購入|注文)|(?:今日|昨日|おととい|一昨日)(?:に)?[^。？?]{0,16}?(?:買|購入|注文)[^。？?]{0,16}?(?:と|、)[^。？?]{0,6}?(?:明日|あした|あさって|明後日)|(?:今日|本日)分(?:と|、)(?:明日|あした)分|(?:今日|本日)(?:に)?買(?:ったら|うなら|うと)[^。]*?[?？。]\s*(?:じゃあ|で|あと|では)?[、,\s]*(?:明日|あした|あさって|明後日)(?:に)?買(?:ったら|うなら|うと)|(?<![a-z])(?:today|yesterday) (?:and|or|vs\.?|versus) (?:tomorrow|the day after)(?![a-z])/;

/** The text says nothing but `word` (「昨日」「昨日は？」 "yesterday?", "what about yesterday"). */
function onlyThe(word: string, text: string): boolean {
  return (
    text
      .replace(word, ' ')
      .replace(
        /(?<![a-z])(?:what about|how about|and|then|so|bought|on|(?:what |and )?if|(?:i )?wait(?: (?:for )?(?:\d+|a few|an?) (?:minutes?|mins?|hours?))?)(?![a-z])|じゃあ|なら|だと|に買った|の分|分|は|に|です|[\s?!.,、。？！]/g,
        '',
      )
      .trim() === ''
  );
}

const RELATIVE_DAY_WORDS: ReadonlySet<string> = new Set(
  Object.entries(RELATIVE_DATES)
    .filter(([, relative]) => 'days' in relative)
    .map(([word]) => word),
);

function relativeReading(source: string, today: PlainDate): DateReading | undefined {
  const relative = RELATIVE_DATES[source];
  if (!relative) return undefined;
  if ('days' in relative) return { kind: 'day', date: addDays(today, relative.days), source };
  return { kind: 'month', month: addMonths(today, relative.months), source };
}

// A bare "10日" is a due day, not a purchase date, when it is a span or limit (3日前, 10日まで,
// 5日以内), the day of a payment (「10日の支払いができなかった」), a holiday question (27日が休日なら), or follows 毎月/翌月/来月 (毎月27日) or a deadline
// word (「期限は20日？」).
const DUE_DAY_BEFORE =
  '(?<!\\d|(?:毎|翌|来|再来)月\\s*|次の\\s*|(?:期限|期日|支払日|支払い日|引き?落とし日?|振替日|締め?切り?)(?:は|が|って|も)?\\s*)';
const DUE_DAY_AFTER =
  '(?!\\s*(?:前|後|まで|迄|以内|以上|間|目|おき|ごと|毎|締|ずれ|ずら|遅れ|遅ら|早め|早ま|前倒|後ろ倒|の\\s*(?:支払|払い|引き?落と|期限)|(?:やった|だった|でした)の|(?:が|は|も|って)\\s*(?:休|祝|土|日曜|振替休)|(?:と|、)\\s*\\d{1,2}\\s*日\\s*前))';

// 「クリスマスに買った」 "bought it on Christmas Eve", "Christmas Eve purchase": a day of the year by
// its name, said as the day something happened (「クリスマスプレゼント」 alone names no day; nor does
// a Christmas sale).
// New Year's Eve and Day are read with the year's end (NEW_YEARS_EVE, NEW_YEARS_DAY).
const NAMED_DAYS: readonly (readonly [RegExp, number, number])[] = [
  [/いぶ|eve/, 12, 24],
  [/くりすます|christmas|x['’]?mas/, 12, 25],
  [/ばれんたいん|valentine/, 2, 14],
  [/ほわいとでー|white day/, 3, 14],
];
const NAMED_DAY =
  /(?:くりすます\s*いぶ|くりすます|ばれんたいん(?:でー)?|ほわいとでー)(?=\s*(?:の日)?\s*に(?!も))|(?<![a-z])(?:on (?:the )?(?:christmas(?: eve| day)?|x['’]?mas(?: eve)?|valentine(?:['’]?s)?(?: day)?|white day)|christmas day|christmas eve(?= (?:purchases?|orders?|shopping)(?![a-z])))(?![a-z])/g;

function namedDayReading(source: string, context: DateContext): DateReading | undefined {
  const named = NAMED_DAYS.find(([name]) => name.test(source));
  if (!named) return undefined;
  const [, month, day] = named;
  // Said back as written: the English name, or the date (the normalised kana is no one's spelling).
  const said = /[a-z]/.test(source) ? source.replace(/^on (?:the )?/, '') : `${month}月${day}日`;
  return monthDayReading(said, context, month, day);
}

const SLASHED_DATE = new RegExp(`(?<![\\d/.-])(\\d{1,2})/(\\d{1,2})(?:/${YEAR})?(?!\\d|/\\d)`, 'g');

function slashedDateReading(m: RegExpExecArray, context: DateContext, dayFirst: boolean) {
  const [first, second] = [num(m[1]), num(m[2])];
  // (Not "24/7", round the clock.)
  const dayFirstHere = dayFirst && first > 12 && second <= 12 && !(first === 24 && second === 7);
  const [month, day] = dayFirstHere ? [second, first] : [first, second];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (m[3] !== undefined) return dayReading(sourceOf(m), num(m[3]), month, day);
  return monthDayReading(sourceOf(m), context, month, day);
}

const DATE_TABLES: Tables<DateReading, DateContext> = tables([
  // 「11月末に買った」「2月の最終日」「2023年11月の終わり」, "the last day of February", "end of
  // October": that month's last day (not 「11月末締め」, the month-end close).
  {
    needs: DIGIT | NON_ASCII,
    sinceTraining: true,
    pattern:
      /(?:(\d{4})\s*年\s*(?:の)?\s*|(去年|昨年|今年|来年)\s*(?:の)?\s*)?(\d{1,2})\s*月\s*(?:の)?\s*(?:末|最終日|終わり|おわり)(?!\s*(?:締|しめ))/g,
    read: (m, context) =>
      lastDayReading(
        sourceOf(m),
        context,
        num(m[3]),
        m[1] ?? (m[2] ? String(context.today.year + (YEAR_WORD_OFFSET[m[2]] ?? 0)) : undefined),
      ),
  },
  {
    needs: ENGLISH,
    sinceTraining: true,
    pattern: new RegExp(
      `(?<![a-z])(?:the )?(?:very )?(?:last day|end) of ${ANY_MONTH_NAME}(?:,?\\s+(\\d{4}))?(?![a-z\\d])`,
      'g',
    ),
    read: (m, context) =>
      lastDayReading(sourceOf(m), context, ENGLISH_MONTH_NUMBER.get(m[1] ?? '') ?? 0, m[2]),
  },
  {
    pattern: NAMED_DAY,
    read: (m, context) => namedDayReading(sourceOf(m), context),
  },
  // 2026年11月15日 (also "2023年12月1日以降": the trailing words are simply not part of the match)
  {
    needs: DIGIT | NON_ASCII,
    pattern: new RegExp(`(?<!\\d)${YEAR}\\s*年\\s*の?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`, 'g'),
    read: (m) => dayReading(sourceOf(m), num(m[1]), num(m[2]), num(m[3])),
  },
  // 2026/11/15, 2023-12-15, 2026.11.15
  {
    needs: DIGIT,
    pattern: new RegExp(`(?<![\\d/.-])${YEAR}([/.-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`, 'g'),
    read: (m) => dayReading(sourceOf(m), num(m[1]), num(m[3]), num(m[4])),
  },
  // 2024年1月, 2023年10月分
  {
    needs: DIGIT | NON_ASCII,
    pattern: new RegExp(`(?<!\\d)${YEAR}\\s*年\\s*の?\\s*(\\d{1,2})\\s*月(?:\\s*分)?`, 'g'),
    read: (m) => monthReading(sourceOf(m), num(m[1]), num(m[2])),
  },
  // 2023-12, 2023/12 (a month-shaped number out of range is not a date at all)
  {
    needs: DIGIT,
    pattern: new RegExp(`(?<![\\d/.-])${YEAR}[/-](\\d{1,2})(?![\\d]|[/.-]\\d)`, 'g'),
    read: (m) => (num(m[2]) <= 12 ? monthReading(sourceOf(m), num(m[1]), num(m[2])) : undefined),
  },
  // 去年の12月, 昨年11月15日, 来年1月: a year named by its distance from this one.
  {
    needs: DIGIT | NON_ASCII,
    pattern:
      /(一昨年|おととし|去年|昨年|今年|本年|来年|再来年)\s*の?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g,
    read: (m, { today }) => {
      const offset =
        { 一昨年: -2, おととし: -2, 去年: -1, 昨年: -1, 今年: 0, 本年: 0, 来年: 1, 再来年: 2 }[m[1] ?? ''] ??
        0;
      const year = today.year + offset;
      return m[3] === undefined
        ? monthReading(sourceOf(m), year, num(m[2]))
        : dayReading(sourceOf(m), year, num(m[2]), num(m[3]));
    },
  },
  // "feb 29 this year", "the 3rd of May last year": a day in a year named by its distance.
  {
    needs: DIGIT | ENGLISH,
    pattern: new RegExp(
      `(?<![a-z])(?:${ANY_MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${ANY_MONTH_NAME}),?\\s+(?:of\\s+)?(last|next|this)\\s+year`,
      'g',
    ),
    read: (m, { today }) => {
      const month = englishMonth(m[1] ?? m[4]);
      if (!Number.isInteger(month)) return undefined;
      const year = today.year + ({ last: -1, next: 1, this: 0 }[m[5] ?? ''] ?? 0);
      return dayReading(sourceOf(m), year, month, num(m[2] ?? m[3]));
    },
  },
  // "last December", "December last year", "next January".
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<![a-z])(?:(last|next|this)\\s+${LONE_MONTH_NAME}|${LONE_MONTH_NAME}\\s+(?:of\\s+)?(last|next|this)\\s+year)`,
      'g',
    ),
    read: (m, { today }) => {
      const which = m[1] ?? m[4];
      const month = englishMonth(m[2] ?? m[3]);
      if (!Number.isInteger(month)) return undefined;
      // "last December" is the latest December before this month; "December last year", last year's.
      const year =
        m[4] !== undefined
          ? today.year + ({ last: -1, next: 1, this: 0 }[m[4]] ?? 0)
          : which === 'last'
            ? month < today.month
              ? today.year
              : today.year - 1
            : which === 'next'
              ? month > today.month
                ? today.year
                : today.year + 1
              : today.year;
      return monthReading(sourceOf(m), year, month);
    },
  },
  // 去年の春, 2年前の夏, 2023年の秋 (not 「春のポイント祭り」: a season names a date only with its year).
  {
    needs: NON_ASCII,
    pattern: new RegExp(
      `(?:(一昨年|おととし|去年|昨年|今年|本年)|(\\d{1,2})\\s*年前|(?<!\\d)${YEAR}\\s*年)\\s*の?\\s*(春|夏|秋|冬)${NOT_A_CAMPAIGN}`,
      'g',
    ),
    read: (m, { today }) => {
      const season = JA_SEASONS[m[4] ?? ''];
      if (!season) return undefined;
      const year =
        m[3] !== undefined
          ? num(m[3])
          : m[2] !== undefined
            ? today.year - num(m[2])
            : today.year + ({ 一昨年: -2, おととし: -2, 去年: -1, 昨年: -1 }[m[1] ?? ''] ?? 0);
      return seasonReading(sourceOf(m), year, season);
    },
  },
  // 「2年前の11月」: that month, so many years back (since training).
  {
    needs: DIGIT | NON_ASCII,
    sinceTraining: true,
    pattern: /(\d{1,2})\s*年前\s*の?\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/g,
    read: (m, { today }) => monthReading(sourceOf(m), today.year - num(m[1]), num(m[2])),
  },
  // "at 2023 october": a year, then its month (since training).
  {
    needs: DIGIT | ENGLISH,
    sinceTraining: true,
    pattern: new RegExp(`(?<![\\d/.-])${YEAR}\\s+${ANY_MONTH_NAME}(?!\\s*\\d)`, 'g'),
    read: (m, context) => englishMonthReading(sourceOf(m), context, m[2], m[1]),
  },
  // "last spring", "this summer", "spring 2024", "the spring of last year".
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<![a-z])(?:(last|this) (spring|summer|autumn|fall|winter)|(spring|summer|autumn|fall|winter),? (?:of )?(?:${YEAR}|(last|this) year))(?![a-z])`,
      'g',
    ),
    read: (m, { today }) => {
      const season = EN_SEASONS[m[2] ?? m[3] ?? ''];
      if (!season) return undefined;
      if (m[4] !== undefined) return seasonReading(sourceOf(m), num(m[4]), season);
      if (m[5] !== undefined)
        return seasonReading(sourceOf(m), today.year + (m[5] === 'last' ? -1 : 0), season);
      if (m[1] === 'this') return seasonReading(sourceOf(m), today.year, season);
      // "last spring": the latest one over (a winter ends in the February after its year).
      const ended = season === 'winter' ? (today.month >= 3 ? today.year - 1 : today.year - 2) : today.year;
      const over = season === 'winter' || today.month >= SEASON_FIRST_MONTH[season] + 3;
      return seasonReading(sourceOf(m), over ? ended : ended - 1, season);
    },
  },
  // 11月15日, 10月の5日, 2月30日 (impossible), 13月1日 (impossible)
  {
    needs: DIGIT | NON_ASCII,
    pattern: /(?<!\d)(\d{1,2})\s*月\s*(?:の\s*)?(\d{1,2})\s*日/g,
    read: (m, context) => monthDayReading(sourceOf(m), context, num(m[1]), num(m[2])),
  },
  // 11/15, 11/15/2026; 24/7 or 50/50 are not dates, 2/30 is an impossible one
  {
    needs: DIGIT,
    asTrained: true,
    pattern: SLASHED_DATE,
    read: (m, context) => slashedDateReading(m, context, false),
  },
  // (Since training, 13/05 written day first, as much of the world writes it: a first number past
  // 12 is no month.)
  {
    needs: DIGIT,
    sinceTraining: true,
    pattern: SLASHED_DATE,
    read: (m, context) => slashedDateReading(m, context, true),
  },
  // 8月分, 1月
  {
    needs: DIGIT | NON_ASCII,
    pattern: /(?<!\d)(\d{1,2})\s*月(?:\s*分)?/g,
    read: (m, context) => monthReading(sourceOf(m), inferMonthYear(context, num(m[1])), num(m[1])),
  },
  // 15日 (day only; since training, not 「27日に引き落とされてない」, a debit's day: see
  // Rule.sinceTraining)
  {
    needs: DIGIT | NON_ASCII,
    pattern: new RegExp(
      `${DUE_DAY_BEFORE}(\\d{1,2})\\s*日${DUE_DAY_AFTER}(?!\\s*に\\s*(?:引き?落と|落ち))`,
      'g',
    ),
    read: (m, context) => dayOfMonthReading(sourceOf(m), context, num(m[1])),
    sinceTraining: true,
  },
  {
    needs: DIGIT | NON_ASCII,
    pattern: new RegExp(`${DUE_DAY_BEFORE}(\\d{1,2})\\s*日${DUE_DAY_AFTER}`, 'g'),
    read: (m, context) => dayOfMonthReading(sourceOf(m), context, num(m[1])),
    asTrained: true,
  },
  // "bought a jacket on the 13th", "if I buy on the 15th", "it was the 3rd not the 13th": a day of
  // the month said in English, beside a purchase or as a correction ("is it due the 10th?" names a
  // deadline, no day). (The words before are looked for behind "the ", once it is found: looked
  // for first, they were tried at every position of the text, eight times as slow.)
  {
    needs: DIGIT | ENGLISH,
    pattern:
      /the (?<=(?<![a-z])(?:bought|purchased|ordered|shopped|used|buy|purchase|order|shop|buying|ordering|purchasing|getting|it was|it's|was it|been|not)(?: (?:it|them|this|that|something|stuff|an? [a-z]+|the [a-z]+|my [a-z]+))?(?: on)? the )(\d{1,2})(?:st|nd|rd|th)(?![a-z])(?! of )/g,
    read: (m, context) => dayOfMonthReading(sourceOf(m), context, num(m[1])),
  },
  // "picked up a lamp on the 2nd": the same, bought in other words; "wait, I meant the 3rd": put right.
  {
    needs: DIGIT | ENGLISH,
    sinceTraining: true,
    pattern:
      /the (?<=(?<![a-z])(?:picked up|grabbed|meant)(?: (?:it|them|this|that|something|stuff|an? [a-z]+|the [a-z]+|my [a-z]+))?(?: on)? the )(\d{1,2})(?:st|nd|rd|th)(?![a-z])(?! of )/g,
    read: (m, context) => dayOfMonthReading(sourceOf(m), context, num(m[1])),
  },
  // November 15, Nov. 15th, November 15, 2026
  {
    needs: DIGIT | ENGLISH,
    pattern: new RegExp(`${ANY_MONTH_NAME}\\s*${ENGLISH_DAY}(?:,?\\s*${YEAR}(?!\\d))?`, 'g'),
    read: (m, context) => englishDayReading(sourceOf(m), context, m[1], m[2], m[3]),
  },
  // 15 December, 15th of December 2023
  {
    needs: DIGIT | ENGLISH,
    pattern: new RegExp(
      `(?<![\\d/.-])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${ANY_MONTH_NAME}(?:,?\\s*${YEAR}(?!\\d))?`,
      'g',
    ),
    read: (m, context) => englishDayReading(sourceOf(m), context, m[2], m[1], m[3]),
  },
  // December 2023, Jan 2024, May 2024
  {
    needs: DIGIT | ENGLISH,
    pattern: new RegExp(`${ANY_MONTH_NAME},?\\s*${YEAR}(?!\\d)`, 'g'),
    read: (m, context) => englishMonthReading(sourceOf(m), context, m[1], m[2]),
  },
  // in January, August purchases
  {
    needs: ENGLISH,
    pattern: new RegExp(LONE_MONTH_NAME, 'g'),
    read: (m, context) => englishMonthReading(sourceOf(m), context, m[1]),
  },
  // "Jan purchases", "Dec bill", "bought stuff in feb": an abbreviation stands alone when a
  // purchase or bill follows it, or "in" or "during" comes before it. (Led by the names' first
  // letters, so that the lookbehind is tried only where a name starts: twice as fast.)
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?=${MONTH_STARTS})(?:(?<=(?<![a-z])(?:in|during)\\s+)(?:${ABBREVIATED_MONTH}(?!\\s*\\d)|(may)(?=\\s*(?:[?.!,]|$)))|${ABBREVIATED_MONTH}(?='?s?\\s+(?:(?:konbini|postcard|barcode|debit|atone|card|credit|monthly)\\s+)?${MONTH_NOUN})|(may)(?='s\\s+${MONTH_NOUN}|\\s+${MAY_NOUN}))`,
      'g',
    ),
    read: (m, context) => englishMonthReading(sourceOf(m), context, m[1] ?? m[2] ?? m[3] ?? m[4]),
  },
  // "the stuff I bought in May if the bank takes it": May after a purchase, whatever follows it
  // (since training, see Rule.sinceTraining).
  {
    needs: ENGLISH,
    sinceTraining: true,
    pattern:
      /(?<=(?<![a-z])(?:bought|purchased|ordered|shopped|got|used (?:it|atone))(?: (?:it|them|this|that|something|stuff|things|an? [a-z]+|the [a-z]+|my [a-z]+))? (?:in|during) )(may)(?![a-z])/g,
    read: (m, context) => englishMonthReading(sourceOf(m), context, m[1]),
  },
  // "when is my May bill taken", "the may payment": May after a determiner, which no verb follows.
  {
    needs: ENGLISH,
    sinceTraining: true,
    pattern: new RegExp(`(?<=(?<![a-z])(?:my|the|your|this|next|last|that) )(may)(?=\\s+${MONTH_NOUN})`, 'g'),
    read: (m, context) => englishMonthReading(sourceOf(m), context, m[1]),
  },
  // "What about May's?", "and for May?": May alone at the end, after words no verb "may" follows.
  {
    needs: ENGLISH,
    pattern: /(?<=(?<![a-z])(?:about|for|and|in|during)\s+)(may)(?:'s)?(?=\s*(?:[?.!,]|$))/g,
    read: (m, context) => englishMonthReading(sourceOf(m), context, m[1]),
    sinceTraining: true,
  },
  // "and nov?", "what about feb's?": a month alone, the whole follow-up (since training).
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<=^(?:and|what about|how about|then|so|also|or)?\\s*(?:(?:for|in)\\s+)?)(?:${ABBREVIATED_MONTH})(?:'s)?(?=\\s*[?.!]*\\s*$)`,
      'g',
    ),
    read: (m, context) => englishMonthReading(sourceOf(m), context, m[1] ?? m[2] ?? m[3]),
    sinceTraining: true,
  },
]);

// Days and months to come, read only beside a purchase (see extractSlots).
// biome-ignore format: a table reads best in rows
const COMING_DATES: Readonly<Record<string, RelativeDate>> = {
  明日: { days: 1 }, あした: { days: 1 }, あす: { days: 1 }, 明後日: { days: 2 }, あさって: { days: 2 },
  tomorrow: { days: 1 }, tmrw: { days: 1 }, tmr: { days: 1 }, tmrrw: { days: 1 }, 'the day after tomorrow': { days: 2 }, 'day after tomorrow': { days: 2 },
  今週: { days: 0 }, 'this week': { days: 0 }, 来週: { days: 7 }, 'next week': { days: 7 },
  // (Midnight to come: tonight's, so tomorrow, the way people say it in the evening.)
  'after midnight': { days: 1 }, 日付が変わってから: { days: 1 }, 日付変わってから: { days: 1 },
  日付が変わったら: { days: 1 }, 日付変わったら: { days: 1 }, 日付が変わってすぐ: { days: 1 },
  来月: { months: 1 }, 再来月: { months: 2 }, 'next month': { months: 1 }, 'the month after next': { months: 2 },
};

// Any day to come of the table (not its months), for telling at once whether a message says one.
const COMING_DAY_WORD = new RegExp(
  keywordAlternation(
    Object.entries(COMING_DATES).flatMap(([word, date]) => ('days' in date && date.days > 0 ? [word] : [])),
    { plural: false },
  ),
);

/** A day or month to come said in words (COMING_DATES), as of today. */
function comingDate(words: readonly string[]): Rule<DateReading, DateContext> {
  return {
    needs: 0,
    pattern: new RegExp(keywordAlternation(words, { plural: false }), 'g'),
    read: (m, { today }) => {
      const relative = COMING_DATES[m[0]];
      if (!relative) return undefined;
      if ('days' in relative) return { kind: 'day', date: addDays(today, relative.days), source: m[0] };
      return { kind: 'month', month: addMonths(today, relative.months), source: m[0] };
    },
  };
}

// 「今月買ったやつ、来月の何日まで？」 "bought this month, what day next month?": the month the
// deadline falls in, not the purchase's.
const DUE_MONTH_AS_TRAINED =
  /(?:来月|再来月)(?=\s*の?\s*(?:何日|なんにち|いつ|中に?(?:払|支払)|(?:期限|支払|引き?落|請求)))|(?<=what day |which day |what date )(?:next month|the month after next)/g;
// (「来月の口座振替、何日？今月使いすぎたけん」: the debit named by its way; since training, see
// Rule.sinceTraining.)
const DUE_MONTH =
  /(?:来月|再来月)(?=\s*の?\s*(?:何日|なんにち|いつ|中に?(?:払|支払)|(?:期限|支払|引き?落|請求|口座振替|振替)))|(?<=what day |which day |what date )(?:next month|the month after next)/g;

function withoutDueMonth(text: string, asTrained: boolean): string {
  return text.includes('来月') || text.includes('next month')
    ? text.replace(asTrained ? DUE_MONTH_AS_TRAINED : DUE_MONTH, (month) => ' '.repeat(month.length))
    : text;
}

const BILL_TALK =
  /請求|引き落|引落|期限|支払|払う|(?<![a-z])(?:bill|billed|debit|debited|due|deadline|taken|charged|pay)(?![a-z])/;
const MONTH_TO_COME = /来月|next month|month after next|年明け|(?<!年末)年始/;
const MONTH_TO_COME_AS_TRAINED = /来月|next month|month after next/;
// 「来月分に間に合う？」: next month's purchases, which are not made yet, so no bill of theirs.
const MONTH_TO_COME_USED = /(?:来月|再来月)の?分/;
const ONLY_A_MONTH_TO_COME =
  /^(?:and|what about|how about|then|so|じゃあ|じゃ|では|で|なら|ほな|ほんなら|ほんじゃ|そしたら|そんなら|だったら|んだば|ほんで)?[\s、,]*(?:来月|再来月|next month|the month after next|年明け|年始)(?:分|の分)?(?:は|って|なら|のは|のやつ(?:は)?|'s(?: one| bill| payment| debit)?)?[\s?？。.!]*$/;

// 「年末」「年明け」: December of this year, January of the next; in the first months of a year,
// the December just past and this January. "Happy new year" is a greeting, "almost new year!"
// a time of year, not dates; New Year's Eve and Day are days.
// 「年末でずれる？」 "does the new year holiday shift it?", "is new year a problem?": the holidays
// that move a debit, no date.
const SHIFTS_A_DATE =
  '(?!\\s*(?:年始|年明け)?\\s*(?:の?(?:お?休み|休日|連休))?\\s*(?:で|に|は|って|の|だと|なら)?\\s*(?:ずれ|ずら|のび|延び|動|後ろ|振替)|(?:\\s+(?:holidays?|break|period|closures?))?\\s+(?:(?:shift|move|delay|push|affect|change)s?|(?:be )?(?:an? )?(?:problem|issue))(?![a-z]))';
// (「昨年末」「去年の年末」 "end of last year": last year's; 「一昨年の年末」 the year before's.)
const YEAR_END = new RegExp(
  `(?:(一昨年|おととし|昨年|去年|前年)(?:の年末|末|の年の瀬)|年末|年の瀬)${SHIFTS_A_DATE}|(?<![a-z])(?:end of (?:the )?(last )?year|(last )?year[- ]end)(?![a-z])${SHIFTS_A_DATE}`,
  'g',
);
const NEW_YEAR = new RegExp(
  `(?:年明け|年始|(?<![a-z])(?<!happy |almost |nearly |over the |during the )(?:new year(?!'?s?\\s*(?:eve|day))|start of (?:the )?next year)(?![a-z]))${SHIFTS_A_DATE}`,
  'g',
);
// 「年明けの引き落とし」: the bill due in January (read only of a bill, or alone: COMING_MONTH_RULES).
// (Not 「年末年始」, the holidays, which move a debit rather than name one.)
const NEW_YEAR_BILL = new RegExp(
  `(?<!年末)(?:年明け|年始)(?!\\s*の?\\s*(?:お?休み|休日|連休|期間))${SHIFTS_A_DATE}`,
  'g',
);
// The months to come alone (来月, "next month"): read without a purchase when said of a bill.
// (「年明けの引き落とし」「年明けのは？」: January's bill, since training; see Rule.sinceTraining.)
const COMING_MONTH_RULES: readonly Rule<DateReading, DateContext>[] = table([
  comingDate(Object.keys(COMING_DATES).filter((word) => 'months' in (COMING_DATES[word] as RelativeDate))),
  { pattern: NEW_YEAR_BILL, read: (m, context) => monthReading(sourceOf(m), newYearYear(context), 1) },
]);

// 「27日じゃないの？」「10日だよね？」: a way's due day said back in doubt, no purchase made on it.
// (So too one said to be a day near today: 「今日って引き落とし日？27日って昨日やったけど」.)
const DUE_DAY_DOUBTED =
  /(?<![\d月/])(?<![\d月/]\s)(?:10|20|27)\s*日(?=\s*(?:じゃない|じゃなかった|ちゃう|ではない|ではなかった|だよね|ですよね|でしょ|やんな|やろ)[^。?？]{0,4}[?？]|\s*(?:って|は|が)\s*(?:昨日|きのう|今日|きょう|明日|あした)(?:だった|やった|でした|だ|や|です)?(?:けど|よね|やんな|な|ね|のに)?[。、?？!！\s]*$)/g;

// "today is 20th right?", 「今日って20日だよね」: today's date said (or checked), no purchase on it.
const TODAY_SAID =
  /(?<![a-z])today(?:'s| is)(?: the)? \d{1,2}(?:st|nd|rd|th)?(?![\d/])(?:,? right)?|(?:今日|きょう|本日)(?:は|って|が)\s*\d{1,2}\s*日(?:だよね|ですよね|よね|やんな|やろ|だっけ|やっけ|でしょ|か)?/g;

// 「…いつまで？年明け？」: the New Year put forward as the answer, after the question.
const NEW_YEAR_GUESSED = /(?<=[?？]\s*)(?:年明け|年始)(?:かな|やろか|だよね|でしょ|ですか)?[?？]\s*$/g;

const NEW_YEARS_EVE = /大晦日|大みそか|おおみそか|(?<![a-z])new year'?s?\s*eve(?![a-z])/g;
const NEW_YEARS_DAY = /元日|元旦|(?<![a-z])new year'?s?\s*day(?![a-z])/g;
const EARLY_IN_YEAR = 2;

// 「月末に買う予定」 "bought it at the end of last month": the last day of that month (not the
// month-end close, 「月末締め」, which is a rule, not a purchase).
// (Not the 「月末」 of 「11月末」, a named month's end.)
const MONTH_END =
  /(?<!\d\s*)(先月末|前月末|今月末|来月末|月末|月の終わり)(?!\s*(?:締|しめ))|(?<![a-z])end of (?:the |this |(last|next) )?month(?![a-z])/g;
const MONTH_END_AS_TRAINED =
  /(先月末|前月末|今月末|来月末|月末|月の終わり)(?!\s*(?:締|しめ))|(?<![a-z])end of (?:the |this |(last|next) )?month(?![a-z])/g;
const MONTH_END_OFFSET: Record<string, number> = { 先月末: -1, 前月末: -1, 来月末: 1, last: -1, next: 1 };

function monthEndReading(m: RegExpExecArray, { today, tense }: DateContext): DateReading {
  const named = MONTH_END_OFFSET[m[1] ?? m[2] ?? ''];
  const thisEnd = daysInMonth(today.year, today.month);
  // Said of a purchase made, a plain 「月末」 is the last one gone by: today's, on the last day.
  const offset = named ?? (tense === 'past' && m[1] !== '今月末' && today.day < thisEnd ? -1 : 0);
  const month = addMonths(today, offset);
  return dayReading(sourceOf(m), month.year, month.month, daysInMonth(month.year, month.month));
}

const YEAR_WORD_OFFSET: Record<string, number> = { 去年: -1, 昨年: -1, 今年: 0, 来年: 1 };

/** The last day of `month`, in the year said or the one meant (as for any other day). */
function lastDayReading(source: string, context: DateContext, month: number, yearSaid?: string): DateReading {
  if (month < 1 || month > 12) return { kind: 'invalid', source };
  const year = yearSaid
    ? Number(yearSaid)
    : inferDayYear(context, month, daysInMonth(context.today.year, month)).year;
  return dayReading(source, year, month, daysInMonth(year, month));
}

function yearEndYear({ today, tense }: DateContext): number {
  return today.month <= EARLY_IN_YEAR && tense !== 'future' ? today.year - 1 : today.year;
}

function newYearYear({ today, tense }: DateContext): number {
  return today.month <= EARLY_IN_YEAR || tense === 'past' ? today.year : today.year + 1;
}

// "if I buy next friday", "until tuesday to buy", 「来週の月曜に買ったら」「金曜に買う」: a weekday,
// the next one after today (the last one before it for a purchase made: "bought it on friday",
// "last friday"); 先週の/来週の/再来週の, in the week before this one, after it or the next,
// weeks starting on Monday as Japanese calendars count them.
const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS_JA = '日月火水木金土';

// (「月曜に買ったやつ」: a purchase named is no tense of the message's, yet made all the same.)
function madeBefore(m: RegExpExecArray, tense: Tense | undefined): boolean {
  return tense === 'past' || (tense === undefined && PAST_PURCHASE.test(m.input));
}

function weekdayNear(today: PlainDate, weekday: number, past: boolean, weeksAhead?: number): PlainDate {
  const todays = weekdayOf(today);
  if (weeksAhead === undefined)
    return past
      ? addDays(today, -((todays - weekday + 7) % 7 || 7))
      : addDays(today, (weekday - todays + 7) % 7 || 7);
  // Monday-based: Monday 0 … Sunday 6.
  const fromMonday = (d: number) => (d + 6) % 7;
  const monday = addDays(today, 7 * weeksAhead - fromMonday(todays));
  return addDays(monday, fromMonday(weekday));
}

const readEnglishWeekday = (m: RegExpExecArray, { today, tense }: DateContext): DateReading => ({
  kind: 'day',
  date: weekdayNear(
    today,
    WEEKDAYS_EN.indexOf(m[2] ?? ''),
    m[1] === 'last' || m[1] === 'this past' || (madeBefore(m, tense) && m[1] !== 'next' && m[1] !== 'coming'),
  ),
  source: m[0],
});

const COMING_DATE_TABLES: Tables<DateReading, DateContext> = tables([
  {
    needs: ENGLISH,
    asTrained: true,
    pattern: new RegExp(
      `(?<![a-z])(?<!(?:falls?|lands?|is|it'?s|that'?s|was) )(next|this|coming|on|until|till|by|last|this past) (${WEEKDAYS_EN.join('|')})(?![a-z])`,
      'g',
    ),
    read: readEnglishWeekday,
  },
  // (Since training: "do I get until Monday?", "can I pay by monday": a day to pay by, no purchase.)
  {
    needs: ENGLISH,
    sinceTraining: true,
    pattern: new RegExp(
      `(?<![a-z])(?<!(?:falls?|lands?|is|it'?s|that'?s|was) )(?<!(?:get|got|have|has|had|pay|paying|pay it|pay them) )(next|this|coming|on|until|till|by|last|this past) (${WEEKDAYS_EN.join('|')})(?![a-z])`,
      'g',
    ),
    read: readEnglishWeekday,
  },
  {
    needs: NON_ASCII,
    // (Named with its week, or as the day of a purchase: 「10日が日曜」 is no purchase date.)
    pattern: new RegExp(
      `(再来週|来週|今週|先週|今度|この前|こないだ)の?([${WEEKDAYS_JA}])曜(?:日)?|(?<![がはも])([${WEEKDAYS_JA}])曜(?:日)?(?=(?:に|の)?(?:買|購入|注文|使|利用|頼))`,
      'g',
    ),
    read: (m, { today, tense }) => ({
      kind: 'day',
      date: weekdayNear(
        today,
        WEEKDAYS_JA.indexOf(m[2] ?? m[3] ?? ''),
        m[1] === 'この前' || m[1] === 'こないだ' || (madeBefore(m, tense) && m[1] !== '今度'),
        { 再来週: 2, 来週: 1, 今週: 0, 先週: -1 }[m[1] ?? ''],
      ),
      source: m[0],
    }),
  },
  // 「来月5日」「今月20日」 "the 5th of next month": that day of that month.
  {
    needs: DIGIT | NON_ASCII,
    pattern: new RegExp(`(再来月|来月|今月|先月)の?\\s*(\\d{1,2})\\s*日${DUE_DAY_AFTER}`, 'g'),
    read: (m, { today }) => {
      const month = addMonths(today, { 再来月: 2, 来月: 1, 今月: 0, 先月: -1 }[m[1] ?? ''] ?? 0);
      return dayReading(sourceOf(m), month.year, month.month, num(m[2]));
    },
  },
  {
    needs: DIGIT | ENGLISH,
    pattern: /(?<![a-z])(?:on )?the (\d{1,2})(?:st|nd|rd|th)? of (next|this|last) month(?![a-z])/g,
    read: (m, { today }) => {
      const month = addMonths(today, { next: 1, this: 0, last: -1 }[m[2] ?? ''] ?? 0);
      return dayReading(sourceOf(m), month.year, month.month, num(m[1]));
    },
  },
  { pattern: MONTH_END, read: monthEndReading, sinceTraining: true },
  { pattern: MONTH_END_AS_TRAINED, read: monthEndReading, asTrained: true },
  {
    pattern: YEAR_END,
    read: (m, context) =>
      monthReading(
        sourceOf(m),
        m[1] === '一昨年' || m[1] === 'おととし'
          ? context.today.year - 2
          : m[1] || m[2] || m[3]
            ? context.today.year - 1
            : yearEndYear(context),
        12,
      ),
  },
  { pattern: NEW_YEAR, read: (m, context) => monthReading(sourceOf(m), newYearYear(context), 1) },
  { pattern: NEW_YEARS_EVE, read: (m, context) => monthDayReading(sourceOf(m), context, 12, 31) },
  { pattern: NEW_YEARS_DAY, read: (m, context) => monthDayReading(sourceOf(m), context, 1, 1) },
  comingDate(Object.keys(COMING_DATES)),
  // "if I wait until after midnight", 「日付が変わってから買ったら」: a purchase tomorrow.
  {
    sinceTraining: true,
    pattern:
      /(?<![a-z])(?:after|past) midnight(?![a-z])|日付が変わ(?:って|った)(?:から|ら|後)|(?:夜中の|深夜)?(?:0|12)時(?:を)?(?:過ぎ|すぎ)(?:て|た)?(?:から|ら)/g,
    read: (m, { today }) => ({ kind: 'day', date: addDays(today, 1), source: m[0] }),
  },
]);

// A purchase named right after a span (「3日前にコンビニで買った」): the span says when it was made.
const PURCHASED_NEXT =
  '\\s*(?:くらい|ぐらい|ほど)?\\s*(?:に|の)?(?=(?:(?!教え|知らせ|通知|りまいんど|連絡|お願い)[^。？?!])*?(?:買|購入|注文|使っ|使い|利用し|かっ))';
// "bought it 3 days before": the span after a purchase verb is when it was made.
const BOUGHT_BEFORE = '(?:bought|purchased|ordered|shopped|used)(?:\\s+[a-z]+){0,3}\\s+';

// 「3日前に買った」「1週間前に購入」, "3 days ago", "bought it 3 days before": a purchase date.
const PURCHASE_AGO_RULES: readonly Rule<DateReading, DateContext>[] = table([
  {
    needs: NON_ASCII,
    pattern: new RegExp(
      `(?<![\\d${KANJI_DIGIT}月/])(\\d{1,2}|[${KANJI_DIGIT}])\\s*(日|週間)\\s*前(?=${PURCHASED_NEXT})`,
      'g',
    ),
    read: (m, { today }) => ago(sourceOf(m), today, m[1], m[2] === '週間'),
  },
  {
    needs: ENGLISH,
    pattern: new RegExp(`(?<![a-z\\d])(\\d{1,2}|an?|${ENGLISH_COUNT})\\s+(day|week)s?\\s+ago(?![a-z])`, 'g'),
    read: (m, { today }) => ago(sourceOf(m), today, m[1], m[2] === 'week'),
  },
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<=${BOUGHT_BEFORE})(\\d{1,2}|an?|${ENGLISH_COUNT})\\s+(day|week)s?\\s+(?:before|earlier)(?![a-z])(?!\\s+yesterday)`,
      'g',
    ),
    read: (m, { today }) => ago(sourceOf(m), today, m[1], m[2] === 'week'),
  },
]);

function ago(
  source: string,
  today: PlainDate,
  count: string | undefined,
  weeks: boolean,
): DateReading | undefined {
  const n = readCount(count);
  if (n === undefined || n > 400) return undefined;
  return { kind: 'day', date: addDays(today, -n * (weeks ? 7 : 1)), source };
}

/** After "buy now": "pay later", the name of the kind of service. */
const BNPL_AFTER = '(?![,\\s]*(?:and\\s+|&\\s*)?pay\\s+later)';

const RELATIVE_DATE_TABLES: Tables<DateReading, DateContext> = tables([
  // 先月, 昨日, last month, yesterday, … (not "buy now, pay later": the kind of service, no day).
  {
    pattern: new RegExp(
      `(?:${keywordAlternation(Object.keys(RELATIVE_DATES), { plural: false })})${BNPL_AFTER}`,
      'g',
    ),
    read: (m, { today }) => relativeReading(m[0], today),
  },
  // 「今ポチったら」「今買うと」 "if I buy it now": a purchase today (not 「今使ってる方法」, a habit).
  {
    needs: NON_ASCII,
    pattern: /(?<!たった|さっき)今(?=\s*(?:買|かっ|かう|ポチ|ぽち|注文|購入|頼))/g,
    read: (m, { today }) => ({ kind: 'day', date: today, source: m[0] }),
  },
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<![a-z])(?:buy|buying|order|ordering|purchase|purchasing|check out|checking out)\\s+(?:(?:it|this|that|something|stuff|them|one)\\s+)?now(?![a-z])${BNPL_AFTER}`,
      'g',
    ),
    read: (m, { today }) => ({ kind: 'day', date: today, source: m[0] }),
  },
  // "and now?", 「じゃあ今は？」 asked alone after a date (the clock moved on, past midnight or a month
  // end): the moment now, in place of the day said before.
  {
    sinceTraining: true,
    pattern:
      /^(?:(?:so|ok|okay|and|what about|how about|and what about|and if i buy it|and if i buy)\s+)+(?:right\s+)?now(?=\s*[?？!.]|$)|^(?:じゃあ|じゃ|で|ほな|なら)?[、,\s]*(?:今|いま)(?:は|なら|だと|だったら|やったら)(?=\s*[?？!.]|$)/g,
    read: (m, { today }) => ({ kind: 'day', date: today, source: m[0] }),
  },
  // "tonight's purchase", 「今夜買う」「今晩」: today's.
  {
    sinceTraining: true,
    pattern:
      /(?<![a-z])tonight(?:'s)?(?= (?:purchase|order|shopping|buy))|(?<=(?:buy|buying|order|ordering|purchase|purchasing|shop|shopping)(?: \w+){0,3} )tonight(?![a-z])|(?:今夜|今晩)(?=[^。？?]{0,8}(?:買|購入|注文|ぽち|ポチ))/g,
    read: (m, { today }) => ({ kind: 'day', date: today, source: m[0] }),
  },
]);

/** The dates read when no written or coming one is: spans ago, then relative words (built once). */
const PAST_DATE_TABLES = {
  runtime: [...PURCHASE_AGO_RULES, ...RELATIVE_DATE_TABLES.runtime],
  trained: [...PURCHASE_AGO_RULES, ...RELATIVE_DATE_TABLES.trained],
};

// ---------------------------------------------------------------------------------------------
// Payment method: the first tier that matches wins. A paper bill paid at a konbini is still a
// postcard, a barcode shown at a konbini till is a barcode, and 銀行ATM is the store method, not
// auto-debit; plain "konbini" is the weakest hint.

// biome-ignore format: a table reads best in rows
const METHOD_TIERS: readonly (readonly [MethodId, readonly string[]])[] = [
  ['postcard', ['はがき', 'ハガキ', '葉書', '紙の請求', '郵送', 'hagaki', 'postcard', 'post card', 'paper bill', 'paper invoice',
    'paper statement', 'mailed bill', 'mailed invoice', 'invoice by post', 'bill by post', 'by post']],
  ['barcode', ['バーコード', 'barcode', 'bar code']],
  ['store', ['ATM', 'Pay-easy', 'payeasy', 'pay easy', 'ペイジー', '受付番号', '端末', 'Loppi', 'ロッピー',
    'Famiport', 'ファミポート', 'reception number', 'terminal']],
  // 'debit' covers direct debit, auto-debit, automatic debit and debit date (a debit card is removed first).
  // (「口振」: 口座振替 as chats shorten it.)
  ['auto_debit', ['口座振替', '口振', '自動振替', '口座引き落とし', '口座引落し', '口座引落', '自動引き落とし', 'kouza furikae', 'koza furikae', 'kouzafurikae', 'hikiotoshi', '振替', '引き落とし', '引き落', '引落', 'ひきおとし', '口座', 'debit', 'debited',
    'bank transfer', 'bank account', 'from my bank', 'from the bank', 'from my account', 'out of my bank',
    '銀行から引', '銀行から落', '口座から引', '口座から落', '銀行口座から']],
  // Not セブン-イレブン: Pay-easy (this method) reportedly does not work there; the barcode and the
  // postcard do, so paying "at 7-Eleven" names no method.
  ['store', ['コンビニ', 'konbini', 'conbini', 'convenience store', 'convenience', 'ローソン', 'ファミリーマート', 'ファミマ',
    'ミニストップ', 'lawson', 'familymart']],
];

const METHOD_MATCHERS = METHOD_TIERS.map(([method, keywords]) => ({
  method,
  pattern: new RegExp(keywordAlternation(keywords, { grouped: true })),
}));

// Phrases that contain a method keyword but are about something else: a debit card (Amazon),
// 振替休日 (a substitute public holiday), the days banks are closed and a bank's own counter.
const METHOD_FALSE_FRIENDS = new RegExp(
  keywordAlternation(
    [
      'debit card',
      'デビットカード',
      '振替休日',
      'bank holiday',
      'banks are closed',
      'banks closed',
      'bank is closed',
      'bank day',
      'bank business day',
      'bank counter',
      'bank record',
      'bank records',
    ],
    { grouped: true },
  ),
  'g',
);

// "and with kouza furikae?": a method's romaji in English, which the keywords above lose (normalised,
// "kouza furikae" is 口座振替, which an English sentence around it keeps from being spelt out).
// Since training (see Rule.sinceTraining).
// What a way in romaji needs (one test before the patterns).
const ROMAJI_LETTERS = /furikae|hikiotoshi|baa?koo?do/;
const ROMAJI_METHODS: readonly (readonly [RegExp, MethodId])[] = [
  [/(?<![a-z])(?:kou?za ?furikae|furikae|hikiotoshi)(?![a-z])/, 'auto_debit'],
  [/(?<![a-z])baa?koo?do(?![a-z])/, 'barcode'],
  // "I scan the code in the app at the register": the app's barcode, described.
  [
    /(?<![a-z])(?:scan|show|use) (?:the |a |my )?(?:bar ?)?code (?:in|on|from) (?:the |my )?(?:atone )?app(?![a-z])/,
    'barcode',
  ],
  // "the bank takes it automatic": the debit, described.
  [/(?<![a-z])(?:bank|account) (?:takes|pulls|debits) it(?: automatic(?:ally)?)?(?![a-z])/, 'auto_debit'],
];

// The way to pay described, not named: "when does the money leave my account", "the paper slip they
// mail me". Since training; the matcher, which learned methods by their names, reads the message
// as if none were said (Slots.methodDescribed).
const DESCRIBED_METHODS: readonly (readonly [RegExp, MethodId])[] = [
  // "store payment, 2 days before": the store method by its short name.
  [/(?<![a-z])store (?:payment|terminal)(?![a-z])/, 'store'],
  // "switch my reminder to autopay": the debit, as card statements call it; 「銀行から自動です」 too.
  [
    /(?<![a-z])auto[- ]?pay(?:ment)?s?(?![a-z])|銀行(?:から|で)?(?:の)?自動|自動(?:で)?(?:銀行|口座)/,
    'auto_debit',
  ],
  // "when does the money leave my account": the debit, described.
  [
    /(?<![a-z])(?:money|it|payment) (?:leaves?|leaving|left|goes out of|go out of|comes? out of|taken from|gets taken from) (?:my |the )?(?:bank|account)(?![a-z])/,
    'auto_debit',
  ],
  // "the paper slip they mail me", "the one that comes in the post", 「紙で届くやつ」「家に届く紙」
  // 「払込票」: the postcard bill, described.
  [
    /(?<![a-z])(?:paper (?:slip|one|thing|form)s?|(?:bill|payment|mailed|postal) slips?|(?:showed up|turned up|came|arrived) in the (?:mail|post)|(?:slip|form|paper|letter)s? (?:that |which )?(?:they |atone |you )?(?:mail|post|send)s?(?:ed)?(?: (?:to )?(?:me|home))?(?![a-z])|(?:mailed|posted) (?:me )?(?:a |the )?(?:slip|paper|form|letter)|(?:comes?|arrives?|sent) (?:by|in|through) (?:the )?(?:mail|post)(?![a-z]))|紙(?:で|が)?(?:届く|届いて|来る|来て|くる|きて)|届く紙|紙の(?:やつ|ほう|方|請求書|払込票)|払込票|払込用紙|振込用紙/,
    'postcard',
  ],
];

// A word every description above needs.
const DESCRIPTION_WORDS =
  /紙|払込|振込|(?<![a-z])(?:paper|slip|slips|mail|mailed|post|posted|form|letter|money|it|payment)(?![a-z])|auto[- ]?pay|自動/;

// "and if bank?": a bank said with no other word of a method (an ATM would be the store method) is
// the account the bill is debited from.
const BANK_ALONE = /(?<![a-z])bank(?![a-z])/;

// Every method keyword, to find the ones the user says they do not use.
const ANY_METHOD = new RegExp(
  keywordAlternation(
    METHOD_TIERS.flatMap(([, keywords]) => keywords),
    { grouped: true },
  ),
  'g',
);
/** The same without `g`, to ask whether there is one (a `g` regex's test moves its lastIndex). */
const SOME_METHOD = new RegExp(ANY_METHOD.source);
// "I'm paying by konbini—no wait, I switched to bank auto debit", 「コンビニ、いや違う、口座振替」: the
// way said first taken back at once (runtime only).
const TAKEN_BACK_AFTER =
  /^[^.?!。？]{0,12}?(?:[—–-]\s*|[,、]\s*|\s+)(?:no,? wait|wait,? no|i mean|actually no|oops,? (?:i mean|no)|いや(?:違う|ちがう|ちゃう)|じゃなかった|やなかった)(?![a-z])/;
// 「はがきじゃなくて」「口座振替は使ってない」「コンビニ以外」「はがきをやめて」「口座振替の日付じゃなくて」
// 「はがきは頼んでいません」
const NEGATED_AFTER =
  /^\s*(?:払い|払|支払い|で払うの|で支払うの|の方|のほう|のやつ|の日付|の日にち|の期限|の引き?落とし日|の)?\s*(?:は|を|で|では|が|に|には|も)?\s*(?:もう|最近は?)?\s*(?:でもなく|でもない|もなく|じゃなく|やなく|やない|ちゃう|ちゃいます|じゃない|ではなく|ではない|でなく|でね(?:ぇ|え|ー)|じゃね(?:ぇ|え|ー)|(?:じゃ|や)にゃ(?:あ|ー)|(?:じゃ|や)なか(?!っ|ら|ろ)|以外|(?:使|つか)って(?:い)?な(?:い|く)|頼んで(?:い|お)?(?:ない|ません|へん)|申し?込んで(?:い)?(?:ない|ません)|して(?:い|お)?(?:ない|へん|ひん|ません|ねえ|ねー)|せえへん|せーへん|しない(?!と|なら|かぎり|限り)|しません|使ってへん|使わへん|使わない|使えない|使ってません|使いません|使っておりません|利用して(?:い|おり)?(?:ません|ない)|利用しない|利用しません|やめ|じゃありません|ではありません|いらない|いらん|要らない|不要)/;
// "I don't use direct debit", "not the postcard", "instead of the barcode", "other than konbini";
// since training (see Rule.sinceTraining), "I don't have a bank account set up".
const NEGATED_WORDS =
  'use|using|pay|paying|by|with|via|on|at|the|a|an|my|through|do|doing|going|to|for|direct|automatic|auto|bank|paper|app|electronic|konbini|convenience|store';
const negatedBefore = (words: string, negations = '') =>
  new RegExp(
    `(?:\\bnot|n't|\\bnever|\\bno longer|\\binstead of|\\brather than|\\bother than|\\bexcept${negations})\\s+(?:(?:${words})\\s+){0,4}$`,
  );
// (Since training, see Rule.sinceTraining: "i dont use konbini", typed without the apostrophe.)
// ("i dont want to give my bank account", "cheapest without bank debit?": since training too.)
const NEGATED_BEFORE = negatedBefore(
  `${NEGATED_WORDS}|have|had|got|own|registered|any|japanese|japan|local|want|wanna|give|link|register|provide|share`,
  '|\\b(?:dont|doesnt|didnt|cant|havent|hasnt|wont|isnt|arent)|\\bother (?:ways?|methods?|options?) than|\\bbesides|\\bapart from|\\bwithout',
);
const NEGATED_BEFORE_AS_TRAINED = negatedBefore(NEGATED_WORDS);

// 「口座振替…いや待って、バーコードで」 "postcard, no wait, barcode", "konbini, I mean the barcode":
// a method taken back at once for another one.
// 「コンビニ払いの期限を教えてください。あ、やっぱりはがきの方で」: a later sentence that takes the
// method back for another (since training, see Rule.sinceTraining).
// (「コンビニ払いで…あ、ちがう、うちははがきだった」: after a pause, 「ちがう」 alone.)
const TAKEN_BACK_LATER =
  /(?:[。.!！?？]|…|\.\.)\s*(?:あ|あっ|ああ|oh)?[、,\s]*(?:やっぱり?|いや|じゃなくて|(?:ちがう|違う)(?=[、,。\s!！])|(?<![a-z])(?:no wait|actually|i mean|sorry))(?![a-z])([^。.!?？]{0,20})/;
// "I said postcard earlier but scratch that", 「はがき…じゃなかった」「口座振替と申し上げましたが、誤りでした」:
// the method said, then taken back (since training, see Rule.sinceTraining).
const SCRATCHED_AFTER =
  /^[^!?。？]{0,30}?(?<![a-z])(?:scratch that|forget that|ignore that|strike that|my (?:mistake|bad)|that was wrong)(?![a-z])|^[\s….・、,]*(?:で|は|って)?[\s….・、,]*(?:じゃなかった|ではなかった|じゃありませんでした)|^(?:と|って)(?:言|い|申し上げ)(?:った|いました|ました)(?:が|けど)[、,\s]*(?:誤り|間違い|まちがい)/;
function takenBackLater(after: string): boolean {
  const later = TAKEN_BACK_LATER.exec(after);
  return later !== null && SOME_METHOD.test(later[1] ?? '');
}
const CORRECTED_AFTER = new RegExp(
  // (「はがきで…いや」, "the postcard one... no wait": a particle or a word after the method first.)
  `^(?:で|に|が|は|って|です|\\s+(?:one|ones|bill|payment|option|deadline|due date|reminders?))?[\\s…・.,、。!！—–-]*(?:いや|あ|あっ|ちがう|違う|じゃなくて|やっぱり?|no|wait|no wait|i mean|i meant|sorry|oops|actually|make that|rather)(?![a-z])` +
    // A second word of taking back ("no wait, I mean barcode", 「あ、違う、待って」).
    `(?:[\\s…・.,、。!！—–-]*(?:待って|まって|wait|no|やっぱり?|i mean|i meant|違う|ちがう)(?![a-z]))?(?:[\\s…・.,、。!！—–-]*(?:やっぱり?|やはり))?[\\s…・.,、。!！—–-]*(?:make (?:it|that) |(?:change|switch) (?:it |that )?to |use |it'?s |i(?:'ve| have)? (?:switched|changed|moved) (?:over )?to |i (?:use|pay (?:by|with)) )?(?:the |my |by |with )?(?:direct |automatic |auto |bank |app |paper |electronic )?(?:${keywordAlternation(METHOD_TIERS.flatMap(([, keywords]) => keywords))})`,
);

/**
 * The methods the user names, strongest first, leaving out those negated ("not the postcard, I
 * use the barcode") or taken back (「はがき…いや、バーコード」).
 */
// 「バーコードで払うつもりだったけど、やっぱりはがきにする」「口座振替と申しましたが、正しくはコンビニ払い」:
// a method meant or said before, given up for another named after it.
const GIVEN_UP_AFTER = new RegExp(
  `^(?:(?:で|に)?(?:払う|支払う|する)?(?:つもり|予定)(?:だった|でした|やった)(?:んだ|ん)?(?:けど|けれど|が)|${SAID_BEFORE_BUT})[^。.!?]{0,16}?(?:${keywordAlternation(METHOD_TIERS.flatMap(([, keywords]) => keywords))})`,
);

// "was going to use direct debit but I'll pay at the konbini instead": given up for the one after
// (since training, see Rule.sinceTraining).
const GIVEN_UP_FOR_ANOTHER =
  /^\s*,?\s*but\s+(?:i'?ll|i will|i'?m going to|i'?m gonna|i'?d rather|now i)\s[^.?!]{0,40}?(?<![a-z])(?:instead|rather)(?![a-z])/;

/** The methods named, strongest first; `described` when the one found was described, not named. */
interface MethodsNamed {
  found: MethodId[];
  described?: true;
  /** The ways turned down (runtime only), none of them found. */
  turnedDown?: MethodId[];
}

// 「銀行口座持ってない」「口座がないので」: no bank account, so no bank debit (since training, see
// Rule.sinceTraining). Not 「口座振替ないの？」, which asks whether there is one, nor 「はがきがない」, a
// paper bill lost or not come.
const HAS_AN_ACCOUNT = /口座|(?<![a-z])(?:bank|account)(?![a-z])/;
const HAS_NONE_AFTER =
  /^\s*(?:を|が|は|も)?\s*(?:持って(?:い)?(?:ない|ません|へん|ねえ|ねー)|持ってない|無い|ない|なし|ありません|作って(?:い)?(?:ない|ません)|登録して(?:い)?(?:ない|ません))(?![^。、,]{0,6}[?？])/;

// 「前はコンビニ払いで」「以前は」 "I used to pay by": the way paid before (since training, see
// Rule.sinceTraining).
const FORMER_BEFORE =
  /(?:(?<![日週月年\d])前は|以前は|昔は|これまでは|今までは|もともとは|元々は)\s*$|(?<![a-z])(?:i )?used to (?:pay (?:by|with|at|through) |use )(?:the |a )?$|(?<![a-z])previously (?:by |with |at |through )?(?:the |a )?$/;

// "does it move like the bank debit does?", 「口座振替みたいにずれる？」: a way compared with, not the
// user's (since training, see Rule.sinceTraining).
const LIKE_BEFORE =
  /(?<![a-z])(?:like|unlike|as with|same as) (?:the |a |my )?(?:direct |automatic |auto |bank )?$/;
const LIKE_AFTER = /^\s*(?:払い)?(?:みたいに|みたく|のように|と同じ(?:ように|く))/;

// 「今日中にコンビニ行けば大丈夫？」 "if I go to the konbini today": a place gone to, where a paper
// bill or a barcode is paid too, not the terminal way (since training, see Rule.sinceTraining).
const TO_THE_KONBINI = /こんびに(?:に|へ)?\s*(?=(?:行|い)(?:け|く|っ|き|こ))/g;

/** The way each turned-down keyword names, once each, leaving out the ways found. */
function waysOf(keywords: readonly string[], found: readonly MethodId[]): MethodId[] | undefined {
  const ways = METHOD_MATCHERS.filter(
    ({ method, pattern }) => !found.includes(method) && keywords.some((keyword) => pattern.test(keyword)),
  ).map(({ method }) => method);
  return ways.length > 0 ? ways : undefined;
}

/** A way to pay in romaji (runtime only), not turned down ("i don't use furikae" names none). */
function romajiWay(text: string): MethodId | undefined {
  const romaji = ROMAJI_METHODS.find(([pattern]) => {
    const found = pattern.exec(text);
    return (
      found !== null &&
      !NEGATED_BEFORE.test(text.slice(Math.max(0, found.index - 48), found.index)) &&
      !NEGATED_AFTER.test(text.slice(found.index + found[0].length, found.index + found[0].length + 16))
    );
  });
  return romaji?.[1];
}

/** A way to pay in other words (runtime only): its romaji, or described. */
function inOtherWords(text: string): MethodsNamed | undefined {
  const romaji = romajiWay(text);
  if (romaji) return { found: [romaji] };
  // (Most messages have none of the words a description needs: one test spares the rest.)
  if (!DESCRIPTION_WORDS.test(text)) return undefined;
  const described = DESCRIBED_METHODS.find(([pattern]) => pattern.test(text));
  return described ? { found: [described[1]], described: true } : undefined;
}

function findMethods(normalized: string, asTrained: boolean): MethodsNamed {
  const negatedBefore = asTrained ? NEGATED_BEFORE_AS_TRAINED : NEGATED_BEFORE;
  const toTheKonbini = !asTrained && normalized.includes('こんびに');
  const withoutFalseFriends = (toTheKonbini ? normalized.replace(TO_THE_KONBINI, ' ') : normalized).replace(
    METHOD_FALSE_FRIENDS,
    ' ',
  );
  // Most questions name no method: one test of every keyword, not a test per tier.
  if (!SOME_METHOD.test(withoutFalseFriends)) {
    // (A way described, runtime only, before a bank said alone: "not by bank, I scan the code in
    // the app" is the barcode; the bank turned down is none.)
    const other = asTrained ? undefined : inOtherWords(withoutFalseFriends);
    if (other) return other;
    const bank = BANK_ALONE.exec(withoutFalseFriends);
    if (!bank) return { found: [] };
    if (asTrained || !negatedBefore.test(withoutFalseFriends.slice(Math.max(0, bank.index - 48), bank.index)))
      return { found: ['auto_debit'] };
    return { found: [], turnedDown: ['auto_debit'] };
  }
  // (The keywords turned down, kept to name the ways left: "not the bank account" lists three.)
  const turnedDown: string[] = [];
  const downWithAnother = asTrained ? undefined : joinedToOneTurnedDown(withoutFalseFriends, negatedBefore);
  const text = withoutFalseFriends.replace(ANY_METHOD, (keyword: string, offset: number, whole: string) => {
    const after = whole.slice(offset + keyword.length, offset + keyword.length + 60);
    // (「前はコンビニ払いで…」 "I used to pay at the konbini": a way given up before; "like the bank
    // debit does", 「口座振替みたいに」: another way, compared with.)
    if (
      !asTrained &&
      (FORMER_BEFORE.test(whole.slice(Math.max(0, offset - 24), offset)) ||
        LIKE_BEFORE.test(whole.slice(Math.max(0, offset - 16), offset)) ||
        LIKE_AFTER.test(after.slice(0, 12)))
    )
      return ' '.repeat(keyword.length);
    const negated =
      downWithAnother?.has(offset) ||
      NEGATED_AFTER.test(after.slice(0, 16)) ||
      negatedBefore.test(whole.slice(Math.max(0, offset - 48), offset)) ||
      (!asTrained && HAS_AN_ACCOUNT.test(keyword) && HAS_NONE_AFTER.test(after.slice(0, 16))) ||
      (!asTrained && TAKEN_BACK_AFTER.test(after.slice(0, 24)));
    if (negated && !asTrained) turnedDown.push(keyword);
    return negated ||
      CORRECTED_AFTER.test(after) ||
      (!asTrained &&
        (takenBackLater(after) || GIVEN_UP_FOR_ANOTHER.test(after) || SCRATCHED_AFTER.test(after))) ||
      GIVEN_UP_AFTER.test(after)
      ? ' '.repeat(keyword.length)
      : keyword;
  });
  const found: MethodId[] = [];
  for (const { method, pattern } of METHOD_MATCHERS) {
    if (found.includes(method) || !pattern.test(text)) continue;
    // 「コンビニでバーコード払い」 names one method: a konbini is where a barcode or a paper bill
    // is paid. The store method counts beside another only when named as such (端末, ATM).
    // Set against another method (「コンビニと口座振替どっちが安い？」, "konbini or postcard"), it is one too.
    // (Since training, only beside a way paid at a konbini: 「コンビニの期限…あと口座振替なら？」 names two.)
    if (
      method === 'store' &&
      found.length > 0 &&
      (asTrained || found.some((m) => m === 'barcode' || m === 'postcard')) &&
      !STORE_ITSELF.test(text) &&
      !STORE_AGAINST.test(text)
    )
      continue;
    found.push(method);
  }
  // A way turned down in one place and only mentioned in another (「母にははがきで来るよって言われた
  // けど…バーコードで払うつもりで、はがきは頼んでいません」): not the user's, when another is left.
  if (!asTrained && found.length > 1 && turnedDown.length > 0) {
    const down = METHOD_MATCHERS.filter(({ pattern }) => turnedDown.some((keyword) => pattern.test(keyword)));
    const left = found.filter((method) => !down.some((d) => d.method === method));
    if (left.length > 0) found.splice(0, found.length, ...left);
  }
  // ("change hagaki to furikae": a way in romaji beside one named in the words the rules know.)
  if (!asTrained && found.length > 0 && ROMAJI_LETTERS.test(text)) {
    const romaji = romajiWay(text);
    if (romaji && !found.includes(romaji)) found.push(romaji);
  }
  // Every keyword turned down, the way paid described instead (「口座振替じゃなくて、紙で届くやつ」).
  const named = (found.length === 0 && !asTrained ? inOtherWords(text) : undefined) ?? { found };
  const ways = turnedDown.length > 0 ? waysOf(turnedDown, named.found) : undefined;
  return ways ? { ...named, turnedDown: ways } : named;
}

// "I don't use the barcode or the postcard", 「バーコードもはがきも使ってない」: two ways joined, the
// negation said once for both (before the first in English, after the last in Japanese).
const JOINED_WAYS =
  /^\s*,?\s*(?:(?:(?:either|neither)\s+)?(?:or|nor|and)\s+|(?:と|も|でも|や|か|とか)[、,]?\s*)(?:(?:the|a|an|my)\s+)?(?:(?:direct|automatic|auto|bank|app|paper|electronic)\s+)?$/;
// (A comma alone does not join them: "not the barcode, the postcard" puts one right.)
const CLAUSE_ENDS_HERE = /^\s*(?:(?:either|too|payment|bill|options?)\s*)?(?:[,.;!?]|$)/;

/** The offsets of ways joined to one turned down, and so turned down with it (runtime only). */
function joinedToOneTurnedDown(text: string, negatedBefore: RegExp): Set<number> {
  const ways = [...text.matchAll(ANY_METHOD)];
  const down = new Set<number>();
  if (ways.length < 2) return down;
  const before = (at: number) => negatedBefore.test(text.slice(Math.max(0, at - 48), at));
  const after = (at: number, length: number) => NEGATED_AFTER.test(text.slice(at + length, at + length + 16));
  for (let i = 0; i + 1 < ways.length; i++) {
    const [first, next] = [ways[i], ways[i + 1]];
    if (!first || !next) continue;
    const joiner = text.slice(first.index + first[0].length, next.index);
    if (!JOINED_WAYS.test(joiner)) continue;
    // ("i dont use konbini and barcode is what i use": an "and" that begins a clause of its own.)
    const nextEnd = next.index + next[0].length;
    if (/\band\b/.test(joiner) && !CLAUSE_ENDS_HERE.test(text.slice(nextEnd, nextEnd + 12))) continue;
    if (before(first.index) || down.has(first.index)) down.add(next.index);
  }
  for (let i = ways.length - 1; i > 0; i--) {
    const [first, next] = [ways[i - 1], ways[i]];
    if (!first || !next) continue;
    if (!JOINED_WAYS.test(text.slice(first.index + first[0].length, next.index))) continue;
    if (after(next.index, next[0].length) || down.has(next.index)) down.add(first.index);
  }
  return down;
}

const CLAUSE_END = /[、,;。!?]|\s(?:and|but|while|then)\s/g;

/**
 * Each date with the way it is paid, when every date is said with its own and they differ: in
 * its clause (「10月5日の分はコンビニ、11月5日の分は口座振替」 "oct 5 at the konbini, nov 5 by bank
 * debit"), or else up to the next date (「10/5分はコンビニで11/5分は口座振替」).
 */
function withWaysToPay(dates: DateSlot[], normalized: string): DateSlot[] | undefined {
  const starts = dates.map((d) => normalized.indexOf(d.source));
  if (starts.some((at) => at < 0)) return undefined;
  const ends = [...normalized.matchAll(CLAUSE_END)].map((m) => m.index);
  const clauseOf = (at: number) => [
    Math.max(-1, ...ends.filter((end) => end < at)) + 1,
    Math.min(normalized.length, ...ends.filter((end) => end >= at)),
  ];
  const clauses = starts.map(clauseOf);
  const ownClauses = new Set(clauses.map(([from]) => from)).size === dates.length;
  const order = [...starts].sort((a, b) => a - b);
  const pieces = starts.map((at, i) =>
    ownClauses
      ? normalized.slice(clauses[i]?.[0], clauses[i]?.[1])
      : normalized.slice(at, order.find((other) => other > at) ?? normalized.length),
  );
  const ways = pieces.map((piece) => findMethods(piece, false).found);
  if (ways.some((found) => found.length !== 1)) return undefined;
  const paidBy = ways.map(([way]) => way as MethodId);
  if (new Set(paidBy).size < 2) return undefined;
  return dates.map((d, i) => ({ ...d, paidBy: paidBy[i] }));
}

// A konbini set against another method by "or", "vs", "compared to", 「と」「か」「より」: two methods compared.
const KONBINI_WORDS = keywordAlternation(METHOD_TIERS.at(-1)?.[1] ?? []);
const OTHER_METHOD_WORDS = keywordAlternation(METHOD_TIERS.slice(0, -1).flatMap(([, keywords]) => keywords));
const BETWEEN_METHODS =
  '\\s*(?:払い|払)?\\s*(?:(?:fees?|payment|bill|deadline)\\s+)?(?:(?:is\\s+)?(?:cheaper|pricier|more expensive|better|worse)\\s+)?(?:or|vs\\.?|versus|and|compared (?:to|with)|than|instead of|rather than|と|か|より|に比べ(?:て|ると)|それとも|、|,|/|\\+|&)\\s*(?:(?:the|a|an|my|direct|automatic|auto|bank|paper|app|electronic)\\s+){0,2}';
const STORE_AGAINST = new RegExp(
  `(?:${KONBINI_WORDS})${BETWEEN_METHODS}(?:${OTHER_METHOD_WORDS})|(?:${OTHER_METHOD_WORDS})${BETWEEN_METHODS}(?:${KONBINI_WORDS})`,
);

// The store method named as such (not only the konbini where a barcode or a postcard is paid).
const STORE_ITSELF = new RegExp(
  keywordAlternation([
    'ATM',
    'Pay-easy',
    'payeasy',
    'ペイジー',
    '受付番号',
    '端末',
    'Loppi',
    'ロッピー',
    'Famiport',
    'ファミポート',
    'terminal',
    // "…and the 10th for convenience-store payment", 「口座振替とコンビニ払い」: the konbini as a way to pay.
    'コンビニ払い',
    'konbini payment',
    'convenience store payment',
    'convenience-store payment',
  ]),
);

// ---------------------------------------------------------------------------------------------
// Shop count: "2店舗", "3店", "四店舗", "2つのお店", "three stores", "2 different shops", "3 or more shops".
// "コンビニ" or "3 convenience stores" carry no count of shops where atone was used.

const SHOP_RULES: readonly Rule<number>[] = table([
  // 「無印ともう1つ別のお店で」 "at Muji and one other shop": a shop named, and so many more.
  {
    needs: NON_ASCII,
    pattern:
      /[^\s、。,と]{1,12}(?:と|に加えて|のほかに|の他に)\s*(?:もう|あと|別に)?\s*(\d|[一二三]|ひと|ふた)\s*(?:つ|軒|か所|ヶ所)?\s*(?:の)?\s*(?:別の|ほかの|他の|違う)\s*お?(?:店舗|店|ショップ|サイト)/g,
    read: (m) => {
      const more = m[1] === 'ひと' ? 1 : m[1] === 'ふた' ? 2 : readCount(m[1]);
      return more === undefined ? undefined : more + 1;
    },
  },
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<![a-z])[a-z0-9'.-]+ (?:and|plus|\\+) (?:(\\d|${ENGLISH_COUNT}) (?:other|more|different)|(another)) (?:shops?|stores?|sites?)(?![a-z])`,
      'g',
    ),
    read: (m) => (m[2] ? 2 : (readCount(m[1]) ?? 0) + 1),
  },
  {
    needs: NON_ASCII,
    pattern: new RegExp(
      `(?<![同唯統第\\d${KANJI_DIGIT}])(\\d{1,3}|[${KANJI_DIGIT}]|${KANA_COUNT})\\s*(?:つ?の\\s*)?お?(?:${keywordAlternation(['店舗', '店', 'ショップ'])})`,
      'g',
    ),
    read: (m) => readCount(m[1]),
  },
  // 「3軒で使ったら」: shops counted in 軒 alone (not 一軒家, a house, nor 2軒目, the second one).
  {
    needs: NON_ASCII,
    pattern: new RegExp(`(?<![同唯統第\\d${KANJI_DIGIT}])(\\d{1,2}|[${KANJI_DIGIT}])\\s*軒(?![家目])`, 'g'),
    read: (m) => readCount(m[1]),
  },
  // The count after the shops: 「お店3つ」「店舗を2つ」「ショップ4軒」.
  {
    needs: NON_ASCII,
    pattern: new RegExp(
      `お?(?:${keywordAlternation(['店舗', '店', 'ショップ'])})\\s*(?:を|が|で|は)?\\s*(\\d{1,3}|[${KANJI_DIGIT}])\\s*(?:つ|か所|ヶ所|カ所|軒)`,
      'g',
    ),
    read: (m) => readCount(m[1]),
  },
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<![a-z\\d])(\\d{1,3}|${ENGLISH_COUNT})\\+?(?:\\s+or\\s+more)?\\s+(?:(?:different|diff|other|separate|distinct|online)\\s+)*` +
        '(?:shops?|stores?|merchants?|sites?|websites?|retailers?)(?![a-z])',
      'g',
    ),
    read: (m) => readCount(m[1]),
  },
]);

// 「ユニクロとZOZOとロフトで使ったら」 "at Uniqlo, Zozo and Loft": shops named, three or more, where
// points are talked about (two names joined by と are too often a friend and a shop).
const POINTS_TALK = /祭|ぽいんと|きゃんぺーん|(?<![a-z])(?:points?|campaign|festival)(?![a-z])/;
const SHOPS_LISTED_JA =
  /(?:^|[\s、。,])((?:[^\s、。,と・でを]{1,12}(?:と|・)){2,})[^\s、。,・]{1,12}?(?:の(?:3|三)(?:店|つ))?で(?:[^、。,]{0,10}?)(?:使|買|利用|購入|払)/;
const SHOPS_LISTED_EN =
  /(?<![a-z])(?:at|in|from) ([a-z0-9'.-]+(?: (?!and )[a-z0-9'.-]+)?(?:(?:,\s*(?:and |& )?| and | & )[a-z0-9'.-]+(?: (?!and )[a-z0-9'.-]+)?){2,})(?![a-z])/;

function shopsListed(normalized: string): number | undefined {
  if (!POINTS_TALK.test(normalized)) return undefined;
  const ja = SHOPS_LISTED_JA.exec(normalized);
  // (Counted by the joins: in hiragana the last name may end in と, as ロフト does.)
  if (ja?.[1]) return (ja[1].match(/と|・/g) ?? []).length + 1;
  const en = SHOPS_LISTED_EN.exec(normalized);
  if (en?.[1]) return en[1].split(/,\s*(?:and |& )?| and | & /).length;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Days before a deadline (for reminders): "3日前", "1週間前", "前日", "当日", "3 days before", "a week before",
// "the day before" (not "the day before yesterday", a date), "on the day".

/** A count of days or weeks ("3", 「三」, "a"; 週間 or week multiplies by 7), in days. */
function daysIn(count: string | undefined, unit: string | undefined): number | undefined {
  const n = readCount(count);
  return n === undefined ? undefined : n * (unit === 'week' || unit === '週間' ? 7 : 1);
}

// 「9時じゃなくて21時」「10時…いや11時」, "not 9am, 9pm", "8am, no wait, 9am": the first hour named is set
// aside for the next.
const LATER_HOUR_CHOSEN =
  /(?:やっぱ|いや(?!な)|じゃなくて|ではなく|(?<![a-z])(?:no wait|wait|actually|i mean|make it|rather|sorry))[^。.!?？\d]{0,10}\d{1,2}\s*(?:時|じ(?![かゃゅょ])|:00|am|pm|o'?clock)/;
const HOUR_SET_ASIDE =
  /\d\s*時\s*[.…、,\s]*(?:(?:あ|あっ|ああ|えっと)[、,\s]*)?(?:じゃなく|ではなく|やなく|でなく|ちゃう|ちゃく|いや|やっぱ|違う|ちがう)|(?<![a-z])(?:not|instead of) (?:at )?\d{1,2}(?::\d\d)?\s*(?:am|pm|o'?clock)?[,\s]+(?:but |make it |rather )?(?:at )?\d|\d\s*(?:am|pm|o'?clock)[.…,\s]+(?:no wait|no|i mean|actually|sorry)(?![a-z])|\d\s*(?:am|pm|o'?clock)?\s+(?:is\s+)?(?:too|a bit too|way too)\s+(?:early|late)(?![a-z])|\d\s*時\s*(?:は|じゃ|だと|やと)?\s*(?:早|遅|はや|おそ)(?:すぎ|い|いな|いわ|いかな)/;

// "make it 8pm, not 9am", 「夜8時で、9時じゃなくて」: the last hour said is the one turned down.
const LAST_HOUR_TURNED_DOWN =
  /(?<![a-z])(?:not|instead of|rather than) (?:at )?\d{1,2}(?::\d\d)?\s*(?:am|pm|o'?clock)?\s*(?:please|pls|thanks)?[.!?\s]*$|\d\s*時\s*(?:じゃなくて|じゃなく|ではなく|やなくて)\s*[。.!?？\s]*$/;

// "not at 7am please. … remind me 1 day before at 6pm": the first hour said turned down, another
// named further on (since training, see Rule.sinceTraining).
const FIRST_HOUR_TURNED_DOWN =
  /^[^\d]*?(?<![a-z])(?:not|never|don'?t (?:remind|ping|message|text) me) (?:at |by )?\d{1,2}(?::\d\d)?\s*(?:am|pm|o'?clock)(?![a-z])/;

// "I changed from postcard to barcode", 「はがきからバーコードに変えた」: the way switched to is the one.
// ("change hagaki to furikae": from the verb on, without "from".)
const SWITCHED_TO =
  /(?<![a-z])(?:from|change[ds]?|changing|switch(?:e[ds])?|switching|swap(?:ped)?|move[ds]?)\s.{2,40}?\sto\s(.{2,40})|から(.{1,20}?)(?:に|へ)(?:変え|変更|切り?替え|し)/;

/** The methods with the one switched to first, when the message says it switched from one to another. */
function switchedToFirst(methods: MethodId[], normalized: string): MethodId[] {
  if (methods.length < 2) return methods;
  const m = SWITCHED_TO.exec(normalized);
  const to = m ? findMethods(m[1] ?? m[2] ?? '', false).found[0] : undefined;
  return to === undefined ? methods : [to, ...methods.filter((id) => id !== to)];
}

// 「あともう1店舗」 "one more shop", "another 2": a count added to one said before.
const ONE_MORE_BEFORE = /(?:もう|さらに|追加で?|ほかに|他に)\s*$|(?<![a-z])(?:another|more|plus|extra)\s*$/;

// 「1日早めて」「2日前倒しで」 "a day earlier", "two days later": reminders moved from those set.
const LEAD_SHIFT_JA = new RegExp(
  `(?<![\\d${KANJI_DIGIT}/月])(\\d{1,2}|[${KANJI_DIGIT}])\\s*(日|週間)\\s*(?:だけ|ほど|くらい|ぐらい|ずつ)?\\s*(?:(早め|早く|早ま|はやめ|はやく|前倒し|前にずら)|(遅め|遅く|遅ら|おそめ|おそく|後ろ倒し|後にずら|あとにずら))`,
);
const LEAD_SHIFT_EN = new RegExp(
  `(?<![a-z\\d-])(\\d{1,2}|an?|${ENGLISH_COUNT})\\s+(day|week)s?\\s+(?:(earlier|sooner)|(later))(?![a-z])`,
);

const MOVES_SOMETHING = /早|遅|倒|ずら|はや|おそ|earlier|sooner|later/;

/** By how many days the message moves the reminders (more days before the deadline: positive). */
function leadShiftOf(
  normalized: string,
): { days: number; text: string; index: number; end: number } | undefined {
  // (Most messages move nothing: one cheap test spares them both patterns.)
  if (!MOVES_SOMETHING.test(normalized)) return undefined;
  const m = LEAD_SHIFT_JA.exec(normalized) ?? LEAD_SHIFT_EN.exec(normalized);
  const days = m ? daysIn(m[1], m[2]) : undefined;
  if (!m || days === undefined || days === 0) return undefined;
  return { days: m[3] ? days : -days, text: m[0], index: m.index, end: m.index + m[0].length };
}

// ("the january one, 2 days before": that "one" is the month's deadline, no count.)
const MONTH_NAMES = ENGLISH_MONTHS.map(([name]) => name).join('|');

const DAYS_BEFORE_TABLES: Tables<number, PlainDate> = tables([
  {
    // Not 「3日前に買った」: that is when the purchase was made (a date, PURCHASE_AGO_RULES).
    // (Not after a month, 「12月3日前」, but after 毎月: 「毎月3日前に」 is a lead time.)
    needs: NON_ASCII,
    pattern: new RegExp(
      `(?<![\\d${KANJI_DIGIT}/-])(?<!(?<!毎)月)(\\d{1,3}|[${KANJI_DIGIT}])\\s*(日|週間)\\s*前(?!${PURCHASED_NEXT})`,
      'g',
    ),
    read: (m) => daysIn(m[1], m[2]),
  },
  // 「みっか前」「ふつかまえ」 (and romaji "mikka mae"): days counted in kana, before 前 only
  // (なのか, ようか and いつか are words of their own elsewhere: 「どういったものなのか」).
  {
    needs: NON_ASCII,
    pattern:
      /(ふつか|みっか|よっか|いつか|むいか|なのか|ようか|ここのか|とおか)\s*(?:前|まえ)(?!に(?:買|購入|注文))/g,
    read: (m) => KANA_DAY_COUNT[m[1] ?? ''],
  },
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<![a-z\\d-])(?<!${BOUGHT_BEFORE})(\\d{1,3}|an?|${ENGLISH_COUNT})\\s+(day|week)s?\\s+(?:before|prior|ahead|in advance|earlier)(?![a-z])(?!\\s+yesterday)`,
      'g',
    ),
    read: (m) => daysIn(m[1], m[2]),
  },
  // "7 days is too early, make it 2": the new count of days, said after the old (since training,
  // see Rule.sinceTraining).
  {
    needs: ENGLISH,
    sinceTraining: true,
    pattern: new RegExp(
      `(?<=(?<![a-z\\d])(?:\\d{1,3}|an?|${ENGLISH_COUNT})\\s+(?:day|week)s?(?![a-z])[^.?!]{0,40}?(?<![a-z])(?:make it|change it to|switch it to|how about|go with|let'?s do|do)\\s+)(\\d{1,3}|${ENGLISH_COUNT})(?:\\s+(day|week)s?)?(?![a-z\\d])(?!\\s*(?:am|pm|o'?clock|:))`,
      'g',
    ),
    read: (m) => daysIn(m[1], m[2] ?? 'day'),
  },
  // "drop the 5 day one", "the 3-day reminder": a lead time named by its count (since training,
  // see Rule.sinceTraining).
  {
    needs: ENGLISH,
    sinceTraining: true,
    pattern: new RegExp(
      `(?<=(?<![a-z])the\\s+)(\\d{1,2}|${ENGLISH_COUNT})[\\s-]+(day|week)s?\\s+(?:one|reminder|notification|alert|ping)s?(?![a-z])`,
      'g',
    ),
    read: (m) => daysIn(m[1], m[2]),
  },
  // "remind me that morning", "the morning of the deadline": the day itself (since training, see
  // Rule.sinceTraining).
  {
    needs: ENGLISH,
    sinceTraining: true,
    pattern: /(?<![a-z])(?:that morning|the morning of(?: the (?:deadline|due date|day))?)(?![a-z])/g,
    read: () => 0,
  },
  // "make it 3 days and the day of": a count with "before" left unsaid, beside another lead time
  // (since training, see Rule.sinceTraining).
  {
    needs: ENGLISH,
    sinceTraining: true,
    pattern: new RegExp(
      `(?<![a-z\\d-])(\\d{1,2}|an?|${ENGLISH_COUNT})\\s+(day|week)s?(?=\\s*(?:,|and|&|\\+|plus)\\s+(?:also\\s+)?(?:on\\s+)?the\\s+(?:day|morning)\\s+(?:of|before|itself)(?![a-z]))`,
      'g',
    ),
    read: (m) => daysIn(m[1], m[2]),
  },
  // "3d before", "1w before": typed short.
  {
    needs: ENGLISH,
    pattern: /(?<![a-z\d-])(\d{1,3})\s*(d|w)\s+(?:before|prior|ahead|in advance|earlier)(?![a-z])/g,
    read: (m) => daysIn(m[1], m[2] === 'w' ? 'week' : 'day'),
  },
  // "3 days before - no wait, 2", 「3日前…いや2日で」: a count put right at once, "before" left unsaid.
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<=(?:day|week)s?\\s+(?:before|prior|ahead|in advance|earlier)[^.?!]{0,6}?(?:no wait|wait no|i mean|i meant|sorry|actually|make (?:it|that))[,\\s]*)(\\d{1,2}|an?|${ENGLISH_COUNT})(?:\\s+(day|week)s?)?(?![a-z\\d])`,
      'g',
    ),
    read: (m) => daysIn(m[1], m[2]),
  },
  {
    needs: NON_ASCII,
    pattern: new RegExp(
      `(?<=日前[^。]{0,6}?(?:いや|やっぱり?|じゃなくて|ちゃう|ちがう|違う)[、,\\s]*)(\\d{1,2}|[${KANJI_DIGIT}])\\s*日(?!\\s*前)`,
      'g',
    ),
    read: (m) => readCount(m[1]),
  },
  // The first of several counts sharing one "before": "3 days and 1 day before", "3 and 1 days
  // before", "7, 3 and 1 day before", 「3日と1日前」 (the last count is read by the rules above).
  // ("the next one, 3 days before": that "one" is the deadline, no count; "set one, 5 days before":
  // a reminder.)
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<![a-z\\d])(?<!(?:next|last|this|that|the|each|every|which|other|first|${MONTH_NAMES}|konbini|postcard|barcode|debit|bill)\\s+)(?!(?<=(?:set|add|get|make|create|want|need|schedule|put)\\s)(?:one|an?)(?![a-z]))(\\d{1,2}|an?|${ENGLISH_COUNT})\\s*(?:(day|week)s?)?\\s*(?:,|and|&)\\s+(?=(?:(?:\\d{1,2}|an?|${ENGLISH_COUNT})\\s*(?:(?:day|week)s?)?\\s*(?:,|and|&)\\s+)*(?:\\d{1,2}|an?|${ENGLISH_COUNT})\\s+(day|week)s?\\s+(?:before|prior|ahead|in advance|earlier)(?![a-z]))`,
      'g',
    ),
    read: (m) => daysIn(m[1], m[2] ?? m[3]),
  },
  {
    needs: NON_ASCII,
    pattern: new RegExp(
      `(?<![\\d${KANJI_DIGIT}月/])(\\d{1,2}|[${KANJI_DIGIT}])\\s*(日|週間)?\\s*(?:と|、|,)\\s*(?=(?:(?:\\d{1,2}|[${KANJI_DIGIT}])\\s*(?:日|週間)?\\s*(?:と|、|,)\\s*)*(?:\\d{1,2}|[${KANJI_DIGIT}])\\s*(?:日|週間)\\s*前)`,
      'g',
    ),
    read: (m) => daysIn(m[1], m[2]),
  },
  { pattern: /前々日/g, needs: NON_ASCII, read: () => 2 },
  { pattern: /前日|前の日|まえ\s*の\s*ひ(?![ぁ-ん])/g, needs: NON_ASCII, read: () => 1 },
  // 「前々日のは消して」: two days before (since training, see Rule.sinceTraining).
  { pattern: /前々日|前前日/g, needs: NON_ASCII, read: () => 2, sinceTraining: true },
  { pattern: /当日/g, needs: NON_ASCII, read: () => 0 },
  // 「その日の朝9時にリマインドして」 "remind me that day at 9" after a deadline, 「期限の日の朝7時に知らせて」:
  // the day itself.
  {
    pattern:
      /(?:その|期限の|締め?切りの|支払い?の|引き?落としの)日(?=の?\s*(?:朝|昼|夜|夕方)?\s*(?:\d{1,2}\s*時)?\s*に?\s*(?:りまいんど|教え|知らせ|通知|連絡))|(?<=(?:remind|notify|ping|tell) me )(?:on )?that day(?![a-z])/g,
    needs: 0,
    read: () => 0,
    sinceTraining: true,
  },
  // "the day before" (its night, evening or morning too), and "remind me day before" as it is often
  // typed (not "1 day before": a count).
  {
    pattern:
      /(?<!(?:\d|\ban?|one|two|three|four|five|six|seven|eight|nine|ten)\s+)(?<![a-z])(?:the\s+)?(?:day|night|evening|morning)[\s-]before(?![a-z])(?!\s+yesterday)/g,
    needs: ENGLISH,
    read: () => 1,
    sinceTraining: true,
  },
  {
    pattern:
      /(?<!(?:\d|\ban?|one|two|three|four|five|six|seven|eight|nine|ten)\s+)(?<![a-z])(?:the\s+)?(?:day|night|evening|morning)\s+before(?![a-z])(?!\s+yesterday)/g,
    needs: ENGLISH,
    read: () => 1,
    asTrained: true,
  },
  // "tell me before 3 day of deadline", "before 2 days": the count after "before", as learners write it.
  {
    pattern: new RegExp(`(?<![a-z])before\\s+(\\d{1,2}|${ENGLISH_COUNT})\\s+days?(?![a-z])`, 'g'),
    needs: ENGLISH,
    read: (m) => daysIn(m[1], 'day'),
    sinceTraining: true,
  },
  // "drop the week-before one", "a full week before": a week.
  {
    pattern: /(?<![a-z])(?:the|(?:a\s+)?full|(?:a\s+)?whole)\s+week[\s-]before(?![a-z])/g,
    needs: ENGLISH,
    read: () => 7,
    sinceTraining: true,
  },
  {
    needs: ENGLISH,
    pattern:
      /(?<![a-z])(?:on\s+the\s+(?:same\s+|due\s+)?day|on\s+the\s+due\s+date|same\s+day)(?![a-z])(?!\s+before)/g,
    read: () => 0,
  },
  {
    // "the day before and the day of", "day-of" (not "the day of the week", "the day of purchase").
    needs: ENGLISH,
    pattern:
      /(?<![a-z])(?<!on\s+|\d\s*)(?:the\s+)?day[\s-]of(?![a-z])(?!\s+(?:the\s+)?(?:week|month|year|purchase|payment|my|it|that))/g,
    read: () => 0,
  },
  {
    // "the day before and the day itself", "on the due date itself" (since training: see
    // Rule.sinceTraining).
    needs: ENGLISH,
    pattern: /(?<![a-z])(?:day|due\s+(?:date|day)|deadline)\s+itself(?![a-z])/g,
    read: () => 0,
    sinceTraining: true,
  },
]);

// ---------------------------------------------------------------------------------------------
// The hour of a reminder: "8時", "朝8時", "午後6時", "夜9時", "at 8am", "at 6 pm", "at 18:00".
// Afternoon words (午後, 夜, pm) add 12 to hours 1–11; anything outside 0–23 is no hour.

// 「夜12時」: midnight, as Japanese says it.
const NIGHT_WORDS: ReadonlySet<string> = new Set(['夜', 'よる']);
const readHour = (hour: string | undefined, afternoon: boolean): number | undefined => {
  const value = Number(hour) + (afternoon && Number(hour) < 12 ? 12 : 0);
  return Number.isInteger(value) && value >= 0 && value <= 23 ? value : undefined;
};

// Quiet hours: two hours and a "don't": 「22時から7時は通知しないで」, 「夜10時〜朝7時は送らないで」,
// "no reminders between 10pm and 7am", "quiet hours 22-7".
const JA_HOUR = '(?:(午前|午後|朝|夜|夕方)\\s*の?)?\\s*(\\d{1,2})\\s*時';
const EN_HOUR = '(\\d{1,2})(?::00)?\\s*(am|pm)?';

const QUIET_HOURS_RULES: readonly Rule<{ start: number; end: number }>[] = table([
  {
    needs: DIGIT | NON_ASCII,
    pattern: new RegExp(
      `${JA_HOUR}\\s*(?:から|〜|~|-|ー)\\s*${JA_HOUR}(?:まで)?.{0,12}(?:通知し|送ら|知らせ|連絡し|静か|やめ|止め|控え)`,
      'g',
    ),
    read: (m) => quietRange(readHour(m[2], isAfternoonWord(m[1])), readHour(m[4], isAfternoonWord(m[3]))),
  },
  {
    // Only after a "no": "between 2 and 3 shops" is not a quiet stretch.
    needs: DIGIT | ENGLISH,
    pattern: new RegExp(
      `(?:\\bno\\b|n't|\\bnot\\b|never|quiet|silence)[^.?!]{0,40}?(?:between|from)\\s+${EN_HOUR}\\s+(?:and|to|-)\\s+${EN_HOUR}`,
      'g',
    ),
    read: (m) => quietRange(readHour(m[1], m[2] === 'pm'), readHour(m[3], m[4] === 'pm')),
  },
  {
    needs: DIGIT | ENGLISH,
    pattern: new RegExp(`quiet hours?\\s*:?\\s*${EN_HOUR}\\s*(?:-|to|~)\\s*${EN_HOUR}`, 'g'),
    read: (m) => quietRange(readHour(m[1], m[2] === 'pm'), readHour(m[3], m[4] === 'pm')),
  },
]);

function isAfternoonWord(word: string | undefined): boolean {
  return word === '午後' || word === '夜' || word === '夕方';
}

function quietRange(
  start: number | undefined,
  end: number | undefined,
): { start: number; end: number } | undefined {
  return start === undefined || end === undefined || start === end ? undefined : { start, end };
}

const IMPOSSIBLE_HOUR = /(?<![\d:])(2[4-9]|[3-9]\d)\s*(?:時(?!間)|:00)/;

const AFTERNOON_WORDS: ReadonlySet<string> = new Set(['午後', '夜', '夕方', 'ごご', 'よる', 'ゆうがた']);

// The clock's hours in English words ("nine in the evening"), read by readCount.
const HOUR_WORDS_EN = `${ENGLISH_COUNT}|eleven|twelve`;

const CLOCK_HOUR_TABLES: Tables<number, PlainDate> = tables([
  {
    needs: DIGIT | NON_ASCII,
    // 「夜8じ」: the hour typed in kana; 「夜の8時」, 「よる 8じ」 too.
    pattern:
      /(?:(午前|午後|朝|夜|夕方|ごぜん|ごご|あさ|よる|ゆうがた)\s*の?)?\s*(\d{1,2})\s*(?:時(?!間)|じ(?![かゃゅょ]))/g,
    read: (m) =>
      NIGHT_WORDS.has(m[1] ?? '') && m[2] === '12'
        ? 0
        : readHour(m[2], m[1] !== undefined && AFTERNOON_WORDS.has(m[1])),
  },
  // 「夜九時」「朝の七時」: the hour in kanji numerals. (Not 一時停止 「一時的」: "for a while".)
  {
    needs: NON_ASCII,
    pattern:
      /(?:(午前|午後|朝|夜|夕方)\s*の?)?\s*([一二三四五六七八九十]{1,3})\s*時(?!間|停止|的|期|金|保留|中断|休止|解除|預|払|帰|止め|とめ|ストップ|すとっぷ)/g,
    read: (m) =>
      readHour(String(kanjiNumber(m[2] ?? '') ?? ''), m[1] !== undefined && AFTERNOON_WORDS.has(m[1])),
    sinceTraining: true,
  },
  // "nine in the evening", "seven in the morning", "eight pm": the hour in English words.
  {
    needs: ENGLISH,
    pattern: new RegExp(
      `(?<![a-z])(${HOUR_WORDS_EN})(?:\\s+o'?clock)?\\s+(in the morning|in the afternoon|in the evening|at night|am|pm)(?![a-z])`,
      'g',
    ),
    read: (m) => readHour(String(readCount(m[1]) ?? ''), !/morning|am/.test(m[2] ?? '')),
    sinceTraining: true,
  },
  // 「真夜中」 "at midnight": zero o'clock (since training, see Rule.sinceTraining).
  {
    pattern: /真夜中|(?<![a-z])(?<!(?:after|past|before|until|till) )midnight(?![a-z])/g,
    read: () => 0,
    sinceTraining: true,
  },
  // 「正午」 "around noon", "midday": twelve o'clock, however it is said.
  { pattern: /正午|(?<![a-z])(?:noon(?:ish)?|midday|lunch ?time)(?![a-z])/g, read: () => 12 },
  {
    needs: DIGIT | LATIN,
    // Not "at 7-Eleven", "at 7/11": a shop, not a time; nor "at 5 diff shops", a count; nor "i buy at
    // 5 march", a date.
    pattern: new RegExp(
      `(?<![a-z\\d])at\\s+(\\d{1,2})(?::00)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?![a-z\\d:/-]|\\s+(?:(?:different|diff|other|separate)\\s+)?(?:shops?|stores?|sites?|places?|merchants?|websites?)|\\s*(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTH_NAMES})(?![a-z]))`,
      'g',
    ),
    read: (m) => readHour(m[1], m[2]?.startsWith('p') ?? false),
  },
  {
    needs: DIGIT | ENGLISH,
    pattern: /(?<![a-z\d])(\d{1,2})\s*(am|pm)(?![a-z])/g,
    read: (m) => readHour(m[1], m[2] === 'pm'),
  },
  // "7 in the morning", "at 9 in the evening", "8 at night" (starting with "at" where it is said,
  // so that it outlasts the bare "at 9" at the same place).
  // "evening 6", "morning 7": the part of the day first, as learners write it.
  {
    needs: DIGIT | ENGLISH,
    pattern:
      /(?<![a-z])(morning|evening|night|afternoon)\s+(?:at\s+)?(\d{1,2})(?::00)?(?![\d:]|\s*(?:am|pm|days?|hours?|weeks?)(?![a-z]))/g,
    read: (m) => readHour(m[2], m[1] !== 'morning'),
    sinceTraining: true,
  },
  {
    needs: DIGIT | ENGLISH,
    pattern:
      /(?<![a-z\d])(?:at\s+)?(\d{1,2})(?::00)?\s+(?:o'?clock\s+)?(in the morning|in the afternoon|in the evening|at night)(?![a-z])/g,
    read: (m) => readHour(m[1], m[2] !== 'in the morning'),
  },
]);

// A time of day without a clock hour, said of when a reminder comes: 「前日の夜に」「朝に変えて」
// 「夜がいい」, "the night before", "in the evening", "evenings are better": its usual hour. A clock
// hour said too wins (「夜8時」 starts at the same word and is longer; 「朝がええな、8時で」 says it after).
const PART_OF_DAY_TABLES: Tables<number, PlainDate> = tables([
  {
    needs: NON_ASCII,
    pattern:
      /(?:(?<=(?:前日|当日|日前)の?)(朝|昼|夕方|夜)|(朝|昼|夕方|夜)(?=(?:だけ|のみ)?(?:に(?:して|しといて|しておいて|変えて|変更|送って|お願い|教えて|通知|知らせ|連絡|来)|(?:が|の方が|のほうが)(?:いい|良い|ええ|助かる)|希望|で(?:お願い|いい|ええ)?[。.!！\s]*$)))(?!\s*\d)/g,
    read: (m) => PART_OF_DAY_HOUR[m[1] ?? m[2] ?? ''],
  },
  // 「朝イチがええな」「お昼ごろで」「時間は夕方くらい」: first thing in the morning, or a time of day
  // said about (ごろ) before the words the rule above takes, or alone.
  {
    needs: NON_ASCII,
    pattern:
      /(朝(?:いち|一番|一|いちばん)|寝る前|朝|昼|夕方|夜)(?:ごろ|頃|くらい|ぐらい|あたり)?(?=(?:だけ|のみ)?(?:に(?:して|しといて|しておいて|変えて|変更|送って|お願い|教えて|通知|知らせ|連絡|来)|(?:が|の方が|のほうが)(?:いい|良い|ええ|助かる)|希望|で(?:お願い|いい|ええ)?)?(?:な|ね|よ|わ|です|かな|やな)?[。.!！\s]*$)(?!\s*\d)/g,
    read: (m) => PART_OF_DAY_HOUR[m[1] ?? ''],
    sinceTraining: true,
  },
  // "first thing in the morning", "before bed", "after work", 「前日の寝る前に」 ("8pm-ish" is a
  // clock hour above).
  {
    needs: ENGLISH,
    pattern: /(?<![a-z])first thing in the morning(?![a-z])/g,
    read: () => 8,
    sinceTraining: true,
  },
  {
    needs: ENGLISH,
    pattern: /(?<![a-z])(?:before (?:bed|i go to bed|going to bed|sleeping)|bedtime)(?![a-z])/g,
    read: () => 22,
    sinceTraining: true,
  },
  { needs: ENGLISH, pattern: /(?<![a-z])after work(?![a-z])/g, read: () => 19, sinceTraining: true },
  // "tonight-ish", "tonight": the evening (a clock hour said with it is pm: "tonight-ish, like 9").
  { needs: ENGLISH, pattern: /(?<![a-z])tonight(?:-?ish)?(?![a-z])/g, read: () => 20, sinceTraining: true },
  { needs: NON_ASCII, pattern: /(?<=(?:前日|当日|日前)の?)寝る前/g, read: () => 22, sinceTraining: true },
  // 「仕事終わりの時間がいいな」「昼休みに」: after work, at lunch.
  {
    needs: NON_ASCII,
    pattern: /仕事(?:終わり|おわり|の後|のあと|帰り|がえり)|退勤後|定時後/g,
    read: () => 19,
    sinceTraining: true,
  },
  { needs: NON_ASCII, pattern: /昼休み/g, read: () => 12, sinceTraining: true },
  // 「夜遅めがいいな」「晩ごはんの後くらいに」: late in the evening, after dinner.
  { needs: NON_ASCII, pattern: /夜(?:遅め|おそめ|遅く)|遅めの夜/g, read: () => 22, sinceTraining: true },
  {
    needs: NON_ASCII,
    pattern: /(?:晩|夜|夕)(?:ごはん|ご飯|飯|めし|食)(?:の)?(?:後|あと)|夕食後/g,
    read: () => 20,
    sinceTraining: true,
  },
  {
    needs: ENGLISH,
    pattern:
      /(?<![a-z])(?:(night|evening|morning) before|(?<!\d\s)(?:in the (morning|evening|afternoon)|at (night|noon))|(?:prefer (?:the )?|rather )?(morning|evening|night)s?(?= (?:is|are|would be|works?) better| please|(?<=prefer (?:the )?\w+)))(?![a-z])/g,
    read: (m) => PART_OF_DAY_HOUR[m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''],
  },
]);

const HOUR_RULES: readonly Rule<number>[] = [...CLOCK_HOUR_TABLES.runtime, ...PART_OF_DAY_TABLES.runtime];

/** A part of the day from this hour on is the evening's (its clock hours are pm). */
const EVENING = 15;

/** The hour a reminder comes at when only the time of day is said. */
const PART_OF_DAY_HOUR: Readonly<Record<string, number>> = {
  朝: 9,
  朝いち: 8,
  朝一: 8,
  朝一番: 8,
  朝いちばん: 8,
  寝る前: 22,
  morning: 9,
  昼: 12,
  noon: 12,
  afternoon: 15,
  夕方: 18,
  evening: 18,
  夜: 20,
  night: 20,
};

// ---------------------------------------------------------------------------------------------
// Other payment services a Japanese user compares atone with (a general term such as
// クレジットカード is not one). Keys are the display names.

const OTHER_SERVICES: Readonly<Record<string, readonly string[]>> = {
  Paidy: ['paidy', 'ペイディ'],
  楽天カード: ['楽天カード', 'rakuten card'],
  楽天ペイ: ['楽天ペイ', 'rakuten pay'],
  PayPay: ['paypay', 'ペイペイ'],
  メルペイ: [
    'メルペイ',
    'merpay',
    'メルカリのあと払い',
    'メルカリの後払い',
    'メルカリあと払い',
    'mercari pay later',
  ],
  d払い: ['d払い', 'd barai', 'dbarai'],
  ドコモ払い: ['ドコモ払い', 'docomo払い', 'docomo barai'],
  'au PAY': ['au pay', 'aupay', 'auペイ'],
  'LINE Pay': ['line pay', 'linepay', 'ラインペイ'],
  NP後払い: ['NP後払い', 'np atobarai'],
  Klarna: ['klarna', 'クラーナ'],
  Afterpay: ['afterpay', 'アフターペイ'],
  Affirm: ['affirm'],
  PayPal: ['paypal', 'ペイパル'],
  'Apple Pay': ['apple pay', 'アップルペイ'],
  'Google Pay': ['google pay', 'グーグルペイ'],
  バンドルカード: ['バンドルカード', 'vandle card'],
  ツケ払い: ['ツケ払い', 'zozo tsuke'],
};

// 「ペイディじゃなくてアトネの話」 "not Paidy, atone": a service named to be set aside is not the subject.
const SERVICE_SET_ASIDE_AFTER =
  /^\s*(?:は|が|の話|のこと)?\s*(?:じゃなく|ではなく|でなく|じゃない|ではない|以外)/;
const SERVICE_SET_ASIDE_BEFORE = /(?<![a-z])(?:not|instead of|rather than|other than)\s+$/;

const OTHER_SERVICE_RULES: readonly Rule<string>[] = table(
  Object.entries(OTHER_SERVICES).map(([name, aliases]) => ({
    pattern: new RegExp(keywordAlternation(aliases), 'g'),
    needs: 0,
    read: (m) => {
      const end = m.index + m[0].length;
      const setAside =
        SERVICE_SET_ASIDE_AFTER.test(m.input.slice(end, end + 12)) ||
        SERVICE_SET_ASIDE_BEFORE.test(m.input.slice(Math.max(0, m.index - 16), m.index));
      return setAside ? undefined : name;
    },
  })),
);

/**
 * Every other service's names in one regex (grouped by first character: most questions name none,
 * and this says so fast); then the rules above need not run one by one.
 */
const ANY_OTHER_SERVICE = new RegExp(
  keywordAlternation(Object.values(OTHER_SERVICES).flat(), { grouped: true }),
);

// Amazon in any script (アマゾン folds to あまぞん; アマソン without its dakuten), and アマギフ (an Amazon gift card); a plain
// substring so amazon.co.jp and amazonで count.
const AMAZON = /amazon|あまぞん|あまそん|あまぎふ/;
// "8am", 「朝8時」「午前8時」, "noon": an hour said as the day's (since training, see Rule.sinceTraining).
const DAYTIME_HOUR =
  /(?<![a-z\d])\d{1,2}(?::\d\d)?\s*(?:am|a\.m\.)(?![a-z])|(?:朝|午前|あさ)\s*の?\s*\d{1,2}\s*時|正午|昼の?12時|(?<![a-z])(?:(?:in the )?morning|noon|midday)(?![a-z])/;
// "…, and how many for 3?", "what about 3?", 「3なら？」: another count of shops, said bare after one.
const BARE_SHOP_COUNT =
  /(?:(?<![a-z])(?:and|what about|how about|how many|or)(?: points)? (?:for |with |at )?|[、,?？。]\s*)(\d{1,2})\s*(?:なら|では|だと|は)?\s*[?？]\s*$/;
// "does amzn take atone": Amazon as chat writes it (since training, see Rule.sinceTraining).
const AMAZON_SLANG = /(?<![a-z])amzn(?![a-z])/;
const AMAZON_SET_ASIDE =
  /(?<![a-z])(?:not|wasn'?t|isn'?t|besides|other than|except|apart from|aside from|not asking about|forget(?: about)?) (?:on |at |from |with |through )?amazon(?![a-z])|(?:amazon|あまぞん)以外|(?:amazon|あまぞん)(?:で|の(?:こと|話|はなし)?)?(?:は)?(?:なくて|じゃなくて|じゃなく|ではなく|やなくて|じゃない|ちゃう)/;

// ---------------------------------------------------------------------------------------------
// What is left of a message once its slots are taken out: 「口座振替は？」 leaves 「 は？」, "and the
// fee?" leaves "and the fee?". The conversation layer reads it to tell a bare answer or follow-up
// from a question of its own.

const SLOT_PATTERNS: readonly RegExp[] = [
  ...DATE_TABLES.runtime.map((r) => r.pattern),
  ...RELATIVE_DATE_TABLES.runtime.map((r) => r.pattern),
  ...COMING_DATE_TABLES.runtime.map((r) => r.pattern),
  ...PURCHASE_AGO_RULES.map((r) => r.pattern),
  ANY_METHOD,
  ...SHOP_RULES.map((r) => r.pattern),
  ...DAYS_BEFORE_TABLES.runtime.map((r) => r.pattern),
  ...QUIET_HOURS_RULES.map((r) => r.pattern),
  ...HOUR_RULES.map((r) => r.pattern),
  new RegExp(AMAZON.source, 'g'),
];

// (A way to pay described, "the paper one", is a method said too; not taken out for the matcher,
// whose words 「紙が届いて」 are.)
const METHODS_DESCRIBED = [...ROMAJI_METHODS, ...DESCRIBED_METHODS].map(
  ([pattern]) => new RegExp(pattern.source, 'g'),
);

/** What is left once the slots are taken out, the ways to pay described too (a bare answer's test). */
export function withoutAnySlots(normalized: string): string {
  let text = withoutSlots(normalized);
  for (const pattern of METHODS_DESCRIBED) text = text.replace(pattern, ' ');
  return text.replace(/\s+/g, ' ').trim();
}

export function withoutSlots(normalized: string): string {
  let text = normalized;
  for (const pattern of SLOT_PATTERNS) text = text.replace(pattern, ' ');
  return text.replace(/\s+/g, ' ').trim();
}
