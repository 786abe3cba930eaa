// Payment deadlines of atone 翌月払い (domain.md, "Payment methods").
//
// - Purchases close at the end of the month and are billed the following month, so usage in
//   month M is due in month M+1 (December's usage is due in January of the next year).
// - The due day comes from the method's entry in the knowledge base: the 10th (store, barcode),
//   the 20th (postcard), the 27th (auto_debit).
// - Only the 27th auto-debit moves: a bank cannot debit an account on a day it is closed, and
//   the source says it then runs on the next bank business day. No source says the 10th or the
//   20th moves, so they never do here: the bot must not promise an extension.
// - 12/31–1/3 is part of the bank rule but cannot touch a 27th (12/27 on a weekend moves to
//   12/28 or 12/29); it is applied generally all the same, for any due day a rule may name.

import { type NonBusinessReason, nextBankBusinessDay, nonBusinessReason } from './bank-days.js';
import type { PlainDate, YearMonth } from './calendar.js';
import { addMonths, compareDates, daysBetween, daysInMonth, sameDate, tokyoToday } from './dates.js';

/** The part of a payment method that decides its deadline; a PaymentMethod satisfies it. */
export interface DueRule {
  dueDay: number;
  movesToNextBusinessDay: boolean;
}

export interface Deadline {
  /** The month the bill is due in (the usage month + 1). */
  billingMonth: YearMonth;
  /** The purchase month the bill covers. */
  usageMonth: YearMonth;
  /** The day the rule names, e.g. the 27th. */
  nominal: PlainDate;
  /** The day to pay by: `nominal`, or the next bank business day where the rule says so. */
  due: PlainDate;
  /** True when `due` differs from `nominal`. */
  moved: boolean;
  /** Why `nominal` was not a bank business day; set only when the deadline moved. */
  reason?: NonBusinessReason;
}

export interface DeadlineStatus {
  state: 'upcoming' | 'today' | 'passed';
  /** Tokyo calendar days from today to the due day: 0 on the day, negative once it has passed. */
  days: number;
}

/** The month a purchase is billed and due in: the next month (December → January of the next year). */
export function billingMonthOf(purchase: PlainDate | YearMonth): YearMonth {
  return addMonths({ year: purchase.year, month: purchase.month }, 1);
}

// A deadline is a pure function of the rule (its due day, whether it moves) and the billing
// month, and a deadline answer asks for the same few of them on every question (each method's,
// this month's and the next): each is worked out once, bank days and holidays included, and
// shared. Shared, so frozen: a caller that changed one would change every later answer.
const CACHE_LIMIT = 10_000;
const deadlines = new Map<number, Deadline>();

/** One number per (rule, billing month); undefined for a rule outside the schema's range (not cached). */
function deadlineKey(rule: DueRule, { year, month }: YearMonth): number | undefined {
  const { dueDay } = rule;
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 31) return undefined;
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return undefined;
  return ((year * 12 + (month - 1)) * 32 + dueDay) * 2 + (rule.movesToNextBusinessDay ? 1 : 0);
}

export function deadlineForBillingMonth(rule: DueRule, billingMonth: YearMonth): Deadline {
  const key = deadlineKey(rule, billingMonth);
  if (key === undefined) return computeDeadline(rule, billingMonth);
  let deadline = deadlines.get(key);
  if (deadline === undefined) {
    deadline = frozen(computeDeadline(rule, billingMonth));
    if (deadlines.size >= CACHE_LIMIT) deadlines.clear();
    deadlines.set(key, deadline);
  }
  return deadline;
}

function frozen(deadline: Deadline): Deadline {
  for (const part of [deadline.billingMonth, deadline.usageMonth, deadline.nominal, deadline.due])
    Object.freeze(part);
  return Object.freeze(deadline);
}

function computeDeadline(rule: DueRule, billingMonth: YearMonth): Deadline {
  const { year, month } = billingMonth;
  // The schema keeps dueDay within 1–28, so the day exists in every month; clamp anyway so that
  // a rule built elsewhere cannot produce February 30th.
  const nominal: PlainDate = { year, month, day: Math.min(rule.dueDay, daysInMonth(year, month)) };
  const usageMonth = addMonths(billingMonth, -1);
  const due = rule.movesToNextBusinessDay ? nextBankBusinessDay(nominal) : nominal;
  const deadline: Deadline = {
    billingMonth: { year, month },
    usageMonth,
    nominal,
    due,
    moved: !sameDate(due, nominal),
  };
  if (deadline.moved) deadline.reason = nonBusinessReason(nominal);
  return deadline;
}

/** The deadline of the bill that covers a purchase made on that day (or in that month). */
export function deadlineForPurchase(rule: DueRule, purchase: PlainDate | YearMonth): Deadline {
  // Only the month matters: every purchase of a month is on the same bill.
  return deadlineForBillingMonth(rule, billingMonthOf(purchase));
}

/**
 * The earliest deadline due today or later, in Tokyo: this month's bill (last month's usage)
 * while it is not yet past, else next month's bill (this month's usage). Starts one month
 * earlier still, because a moved 27th can fall into the following month: in a February with no
 * 29th whose 27th is a Saturday (2021, 2027), the debit runs on Monday 1 March, so on 1 March
 * the February bill is still the next one due.
 */
export function nextDeadline(rule: DueRule, now: Date): Deadline {
  return nextDeadlineFrom(rule, tokyoToday(now));
}

/** nextDeadline as of a Tokyo day (an answer knows its day: finding it again from the instant each time cost). */
export function nextDeadlineFrom(rule: DueRule, today: PlainDate): Deadline {
  const thisMonth: YearMonth = { year: today.year, month: today.month };
  for (let offset = -1; ; offset++) {
    const deadline = deadlineForBillingMonth(rule, addMonths(thisMonth, offset));
    if (compareDates(deadline.due, today) >= 0) return deadline;
  }
}

/** Where today (in Tokyo) stands relative to a deadline's due day. */
export function deadlineStatus(deadline: Deadline, now: Date): DeadlineStatus {
  return deadlineStatusOn(deadline, tokyoToday(now));
}

/** deadlineStatus as of a Tokyo day. */
export function deadlineStatusOn(deadline: Deadline, today: PlainDate): DeadlineStatus {
  const days = daysBetween(today, deadline.due);
  return { state: days > 0 ? 'upcoming' : days === 0 ? 'today' : 'passed', days };
}
