// Planning: which reminders to send, and when. Pure: the clock and the knowledge base are
// arguments, every date is a Tokyo calendar day, and nothing here touches a store.
//
// A reminder is identified by (subscription, due date, lead days). Its send time is
// `due − lead` days at the subscriber's send hour, moved out of their quiet hours:
// - a time inside quiet hours moves to the end of those quiet hours (a 07:00 send with quiet
//   hours 22–08 goes out at 08:00);
// - except when that end falls after the deadline day (lead 0 at 23:00 with quiet hours 22–08
//   would arrive the morning after the deadline, when it can no longer help): then it moves
//   earlier instead, to the last whole hour before the quiet hours began (21:00 that day).
//   A reminder that is useful and slightly early beats one that is quiet and useless.
// Two lead times that land on the same instant after moving are sent once (the smaller lead,
// whose "days left" is the truer one).
import type { PlainDate, YearMonth } from '../domain/calendar.js';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  parseIsoDate,
  toIsoDate,
  tokyoInstant,
  tokyoToday,
} from '../domain/dates.js';
import { type Deadline, type DueRule, deadlineForBillingMonth, nextDeadline } from '../domain/deadlines.js';
import { type KnowledgeBase, methodById } from '../domain/knowledge-base.js';
import { METHOD_IDS, type MethodId } from '../domain/methods.js';
import { MAX_LEAD_DAYS, type QuietHours, type Subscription } from './subscription.js';

/** One reminder to send: the unique key (subscriptionId, dueDate, leadDays) and its instant. */
export interface PlannedDelivery {
  subscriptionId: string;
  /** The deadline, 'YYYY-MM-DD' in Tokyo. */
  dueDate: string;
  leadDays: number;
  /** Shared between subscriptions with the same settings: treat as read-only. */
  sendAt: Date;
}

/** The part of a subscription planning reads. */
export type PlannableSubscription = Pick<
  Subscription,
  'id' | 'method' | 'leadDays' | 'sendHour' | 'quietHours' | 'active' | 'updatedAt'
>;

export interface PlanOptions {
  /** Deadlines already paid, as `paidKey(subscriptionId, dueIso)`: they get no reminders. */
  paid?: ReadonlySet<string>;
}

/** A Tokyo wall-clock time on a calendar day. */
export interface TokyoTime {
  date: PlainDate;
  hour: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function paidKey(subscriptionId: string, dueIso: string): string {
  return `${subscriptionId}|${dueIso}`;
}

function inQuietHours(hour: number, quiet: QuietHours): boolean {
  return quiet.start < quiet.end
    ? hour >= quiet.start && hour < quiet.end
    : hour >= quiet.start || hour < quiet.end;
}

/** When a reminder `leadDays` before `due` goes out, quiet hours applied (rules at the top of this file). */
export function reminderTime(
  due: PlainDate,
  leadDays: number,
  sendHour: number,
  quiet?: QuietHours,
): TokyoTime {
  return quietAdjusted({ date: addDays(due, -leadDays), hour: sendHour }, due, quiet);
}

/** Moves a send time out of quiet hours, never past the deadline day. */
export function quietAdjusted(time: TokyoTime, due: PlainDate, quiet?: QuietHours): TokyoTime {
  if (!quiet || !inQuietHours(time.hour, quiet)) return time;
  const wrapsAndStartedToday = quiet.start > quiet.end && time.hour >= quiet.start;
  const end: TokyoTime = { date: wrapsAndStartedToday ? addDays(time.date, 1) : time.date, hour: quiet.end };
  if (compareDates(end.date, due) <= 0) return end;
  // Only a stretch that wraps midnight can end after the deadline day, and it began today at
  // `start` ≥ 1, so `start − 1` is the same day and outside the quiet hours.
  return { date: time.date, hour: quiet.start - 1 };
}

/** Every deadline of a rule due within [from, to], in order. */
export function deadlinesBetween(rule: DueRule, from: PlainDate, to: PlainDate): Deadline[] {
  const found: Deadline[] = [];
  // Start a month early: a moved deadline (the 27th after the new-year closure) falls into the
  // month after its billing month.
  let month: YearMonth = addMonths({ year: from.year, month: from.month }, -1);
  for (;;) {
    const deadline = deadlineForBillingMonth(rule, month);
    if (compareDates(deadline.nominal, to) > 0) return found;
    if (compareDates(deadline.due, from) >= 0 && compareDates(deadline.due, to) <= 0) found.push(deadline);
    month = addMonths(month, 1);
  }
}

/** The deadline of a rule that falls on `dueIso`, if any (a reminder row keeps only the date). */
export function deadlineOnDate(rule: DueRule, dueIso: string): Deadline | undefined {
  const due = parseIsoDate(dueIso);
  if (!due) return undefined;
  return deadlinesBetween(rule, due, due)[0];
}

/**
 * The deadline a subscriber is to pay next: the first one due today or later (Tokyo) that is
 * not among `paid` (due dates, 'YYYY-MM-DD').
 */
export function nextUnpaidDeadline(rule: DueRule, now: Date, paid: ReadonlySet<string>): Deadline {
  let deadline = nextDeadline(rule, now);
  while (paid.has(toIsoDate(deadline.due)))
    deadline = nextDeadline(rule, tokyoInstant(addDays(deadline.due, 1), 0));
  return deadline;
}

/** True from the first instant of the day after the deadline (Tokyo): the reminder can no longer help. */
export function deadlinePassed(dueIso: string, now: Date): boolean {
  return toIsoDate(tokyoToday(now)) > dueIso;
}

/**
 * Plans the reminders of the next `horizonDays` days: for every active subscription, each
 * deadline of its method (from the domain, so the 27th moves to the next bank business day)
 * times each lead time. It keeps reminders whose send time is
 * - before now + horizon,
 * - not before the subscription's `updatedAt` (a reminder for a moment before the user
 *   subscribed or changed their settings is not owed; one that fell due while the bot was down
 *   is, and goes out marked late). So subscribing on 12/08 with 3日前・当日 plans the 当日 of
 *   12/10 but not the 3日前 of 12/07, and no catch-up is sent in its place either: the
 *   confirmation, which the user reads at that very moment, states the deadline and its days
 *   left (the service's NextDeadline), which is sooner than any catch-up could be; a catch-up
 *   would come at a time the user did not choose, repeat what they were just told, and come
 *   again after every change of settings,
 * - for a deadline that has not passed and is not paid.
 * Deadlines are computed once per method and reminder instants once per distinct settings, so
 * the work per subscription is a lookup and a few comparisons.
 */
export function planDeliveries(
  subs: readonly PlannableSubscription[],
  kb: KnowledgeBase,
  now: Date,
  horizonDays: number,
  options: PlanOptions = {},
): PlannedDelivery[] {
  const today = tokyoToday(now);
  const horizonEnd = now.getTime() + horizonDays * DAY_MS;
  // A reminder sent by the horizon can be for a deadline up to MAX_LEAD_DAYS later.
  const lastDue = addDays(tokyoToday(new Date(horizonEnd)), MAX_LEAD_DAYS);
  const deadlinesByMethod = new Map<MethodId, Deadline[]>();
  for (const id of METHOD_IDS)
    deadlinesByMethod.set(id, deadlinesBetween(methodById(kb, id), today, lastDue));

  const schedules = new Map<string, Slot[]>();
  const paid = options.paid && options.paid.size > 0 ? options.paid : undefined;
  const out: PlannedDelivery[] = [];
  for (const sub of subs) {
    if (!sub.active) continue;
    const key = settingsKey(sub);
    let slots = schedules.get(key);
    if (!slots) {
      slots = slotsFor(sub, deadlinesByMethod.get(sub.method) ?? [], horizonEnd);
      schedules.set(key, slots);
    }
    const since = sub.updatedAt.getTime();
    for (const slot of slots) {
      if (slot.sendAtMs < since) continue;
      if (paid?.has(paidKey(sub.id, slot.dueDate))) continue;
      out.push({
        subscriptionId: sub.id,
        dueDate: slot.dueDate,
        leadDays: slot.leadDays,
        sendAt: slot.sendAt,
      });
    }
  }
  return out;
}

interface Slot {
  dueDate: string;
  leadDays: number;
  sendAt: Date;
  sendAtMs: number;
}

function settingsKey(sub: PlannableSubscription): string {
  const q = sub.quietHours;
  return `${sub.method}|${sub.sendHour}|${q ? `${q.start}-${q.end}` : ''}|${sub.leadDays.join(',')}`;
}

function slotsFor(sub: PlannableSubscription, deadlines: readonly Deadline[], horizonEnd: number): Slot[] {
  const slots: Slot[] = [];
  for (const deadline of deadlines) {
    const dueDate = toIsoDate(deadline.due);
    const byInstant = new Map<number, Slot>();
    for (const leadDays of sub.leadDays) {
      const time = reminderTime(deadline.due, leadDays, sub.sendHour, sub.quietHours);
      const sendAt = tokyoInstant(time.date, time.hour);
      const sendAtMs = sendAt.getTime();
      if (sendAtMs >= horizonEnd) continue;
      const existing = byInstant.get(sendAtMs);
      if (!existing || leadDays < existing.leadDays)
        byInstant.set(sendAtMs, { dueDate, leadDays, sendAt, sendAtMs });
    }
    slots.push(...byInstant.values());
  }
  return slots.sort((a, b) => a.sendAtMs - b.sendAtMs);
}

/**
 * Where a snoozed reminder goes: tomorrow (Tokyo) at the send hour, quiet hours applied.
 * Undefined when tomorrow is after the deadline: there is no tomorrow to remind about.
 */
export function snoozeTarget(
  sub: Pick<Subscription, 'sendHour' | 'quietHours'>,
  dueIso: string,
  now: Date,
): { leadDays: number; sendAt: Date } | undefined {
  const due = parseIsoDate(dueIso);
  if (!due) return undefined;
  const tomorrow = addDays(tokyoToday(now), 1);
  if (compareDates(tomorrow, due) > 0) return undefined;
  const leadDays = daysBetween(tomorrow, due);
  const time = quietAdjusted({ date: tomorrow, hour: sub.sendHour }, due, sub.quietHours);
  return { leadDays, sendAt: tokyoInstant(time.date, time.hour) };
}
