// The reminder service: what the chat layer (intents, the terminal, the adapters' buttons) calls.
// Expected outcomes (already paid, nothing to snooze, not your reminder) are results, not errors.
import { daysBetween, parseIsoDate, toIsoDate, tokyoToday } from '../domain/dates.js';
import { type KnowledgeBase, methodById } from '../domain/knowledge-base.js';
import type { Delivery, DeliveryNotice, ReminderStore, SavedSubscription } from '../store/port.js';
import type { Platform } from '../types.js';
import { deadlinePassed, nextUnpaidDeadline, paidKey, planDeliveries, snoozeTarget } from './plan.js';
import {
  changesPlanning,
  MAX_LEAD_DAYS,
  normalizeSubscriptionInput,
  type Subscription,
  type SubscriptionInput,
  type SubscriptionSettings,
} from './subscription.js';

/** A reminder's own buttons, decoded (src/actions.ts). */
export type ReminderButton =
  | { kind: 'paid'; subscriptionId: string; due: string }
  | { kind: 'snooze'; deliveryId: string };

export interface ReminderServiceOptions {
  store: ReminderStore;
  kb: KnowledgeBase;
  now: () => Date;
  /** Days planned ahead at subscription time (default 35, as the scheduler). */
  horizonDays?: number;
}

export interface SubscribeResult {
  subscription: Subscription;
  /** The next planned reminders, soonest first, as committed with the subscription. */
  upcoming: Delivery[];
  /** The deadline to pay next, and what comes for it: the confirmation states it always. */
  next: NextDeadline;
}

/** The next deadline of a subscription's method that has not passed and is not paid. */
export interface NextDeadline {
  /** 'YYYY-MM-DD' in Tokyo. */
  dueDate: string;
  /** Tokyo calendar days from today: 0 on the deadline day. */
  daysLeft: number;
  /** Its reminders still to come, soonest first; empty when none can come before it. */
  reminders: Delivery[];
  /**
   * When none is stored yet because the deadline is beyond the planning horizon (the next one
   * after a deadline marked paid): when its reminders will come, as they will be planned.
   */
  later?: Date[];
}

export type MarkPaidOutcome =
  | { ok: true; subscription: Subscription; dueDate: string; alreadyPaid: boolean; cancelled: number }
  | { ok: false; reason: 'not_found' | 'invalid_date' };

export type SnoozeOutcome =
  | { ok: true; delivery: Delivery; subscription: Subscription }
  | {
      ok: false;
      reason: 'not_found' | 'inactive' | 'paid' | 'deadline_passed' | 'no_tomorrow' | 'too_early';
    };

/** Who clicked a button: a reminder's actions only work for its own subscriber. */
export interface Actor {
  platform: Platform;
  userId: string;
}

export type ActionOutcome =
  | ({ kind: 'paid' } & MarkPaidOutcome)
  | ({ kind: 'snooze' } & SnoozeOutcome)
  | { kind: 'unknown'; ok: false; reason: 'not_yours' };

export interface ReminderService {
  /**
   * Creates or changes the user's subscription and plans its reminders, as one transaction.
   * Once that has committed it does not fail: what it returns is what was saved.
   */
  subscribe(input: SubscriptionInput): Promise<SubscribeResult>;
  /** Cancels the user's reminders; undefined when they had no subscription. */
  unsubscribe(platform: Platform, userId: string): Promise<Subscription | undefined>;
  get(platform: Platform, userId: string): Promise<Subscription | undefined>;
  /** The subscription's next deadline that has not passed and is not paid, and its reminders to come. */
  nextDeadline(subscription: Subscription): Promise<NextDeadline>;
  /** Reminders still to come, soonest first. */
  upcoming(platform: Platform, userId: string, limit?: number): Promise<Delivery[]>;
  /** Reminders sent (or failed, or dropped), latest first. */
  recent(platform: Platform, userId: string, limit?: number): Promise<Delivery[]>;
  /** No more reminders for that deadline, now or after a re-plan. */
  markPaid(subscriptionId: string, dueIso: string): Promise<MarkPaidOutcome>;
  /** Sends that reminder again tomorrow at the user's send hour. */
  snooze(deliveryId: string): Promise<SnoozeOutcome>;
  /** 「明日もう一回教えて」 in words: the next unpaid deadline's reminder again tomorrow. */
  snoozeNext(platform: Platform, userId: string): Promise<SnoozeOutcome>;
  /** Runs a reminder's Paid or Snooze button, clicked by `actor`. */
  performAction(action: ReminderButton, actor: Actor): Promise<ActionOutcome>;
  /**
   * Why the user's reminders stopped without their asking (the platform refused to deliver to
   * them), once: tell them the next time they write; undefined when there is nothing to tell.
   */
  takeDeliveryNotice(platform: Platform, userId: string): Promise<DeliveryNotice | undefined>;
}

/**
 * Whether saving `next` over `previous` makes the reminders planned so far wrong: a reactivated
 * subscription starts afresh, and new settings plan other reminders (the language changes only
 * their wording). The store then drops those plans and planning makes the new ones.
 */
export function plansOutdated(previous: Subscription, next: SubscriptionSettings): boolean {
  return !previous.active || changesPlanning(previous, next);
}

/** Pending reminders returned with a subscription: enough for two deadlines of five lead times. */
const UPCOMING_LIMIT = 10;

export function createReminderService(options: ReminderServiceOptions): ReminderService {
  const { store, kb, now } = options;
  const horizonDays = options.horizonDays ?? 35;

  /**
   * Saves the settings and plans their reminders in one transaction (a subscription is never
   * left without its plan). When the connection is lost as the transaction ends, it may have
   * committed all the same: a user whose subscription was saved is told so, not "try again".
   */
  async function save(settings: SubscriptionSettings, at: Date): Promise<SavedSubscription> {
    const today = toIsoDate(tokyoToday(at));
    try {
      return await store.saveSubscription(settings, at, {
        plansOutdated,
        today,
        plan: (subscription, paidDues) => {
          const paid = new Set([...paidDues].map((due) => paidKey(subscription.id, due)));
          return planDeliveries([subscription], kb, at, horizonDays, { paid });
        },
        upcomingLimit: UPCOMING_LIMIT,
      });
    } catch (error) {
      const committed = await readBack(settings, at, today).catch(() => undefined);
      if (committed) return committed;
      throw error;
    }
  }

  /** The next unpaid deadline, with its reminders among `upcoming` (pending rows: never one already sent). */
  function nextOf(
    subscription: Subscription,
    upcoming: readonly Delivery[],
    paid: readonly string[],
    at: Date,
  ): NextDeadline {
    const deadline = nextUnpaidDeadline(methodById(kb, subscription.method), at, new Set(paid));
    const dueDate = toIsoDate(deadline.due);
    const reminders = upcoming.filter((d) => d.dueDate === dueDate);
    const daysLeft = daysBetween(tokyoToday(at), deadline.due);
    if (reminders.length > 0 || daysLeft <= horizonDays) return { dueDate, daysLeft, reminders };
    // Beyond the horizon nothing is stored yet: the times it will be planned for, so that none is
    // said to have passed.
    const later = planDeliveries([subscription], kb, at, daysLeft + 1)
      .filter((d) => d.dueDate === dueDate && d.sendAt.getTime() > at.getTime())
      .map((d) => d.sendAt);
    return { dueDate, daysLeft, reminders, ...(later.length > 0 ? { later } : {}) };
  }

  /** What this very save committed (its `updatedAt` is `at`), or undefined when it did not. */
  async function readBack(
    settings: SubscriptionSettings,
    at: Date,
    today: string,
  ): Promise<SavedSubscription | undefined> {
    const subscription = await store.getSubscription(settings.platform, settings.userId);
    if (!subscription?.active || subscription.updatedAt.getTime() !== at.getTime()) return undefined;
    if (changesPlanning(subscription, settings)) return undefined;
    const [upcoming, paid] = await Promise.all([
      store.listUpcoming(settings.platform, settings.userId, UPCOMING_LIMIT),
      store.listPaidDeadlines([subscription.id], today),
    ]);
    return {
      subscription,
      upcoming: upcoming.filter((d) => d.dueDate >= today),
      paid: paid.map(([, due]) => due),
    };
  }

  async function isPaid(subscriptionId: string, dueIso: string): Promise<boolean> {
    const rows = await store.listPaidDeadlines([subscriptionId], dueIso);
    return rows.some(([, due]) => due === dueIso);
  }

  async function markPaid(subscriptionId: string, dueIso: string): Promise<MarkPaidOutcome> {
    if (!parseIsoDate(dueIso)) return { ok: false, reason: 'invalid_date' };
    const subscription = await store.getSubscriptionById(subscriptionId);
    if (!subscription) return { ok: false, reason: 'not_found' };
    const result = await store.markPaid(subscriptionId, dueIso, now());
    return {
      ok: true,
      subscription,
      dueDate: dueIso,
      alreadyPaid: !result.newlyPaid,
      cancelled: result.cancelled,
    };
  }

  async function snooze(deliveryId: string): Promise<SnoozeOutcome> {
    const delivery = await store.getDelivery(deliveryId);
    if (!delivery) return { ok: false, reason: 'not_found' };
    const subscription = await store.getSubscriptionById(delivery.subscriptionId);
    if (!subscription) return { ok: false, reason: 'not_found' };
    if (!subscription.active) return { ok: false, reason: 'inactive' };
    const at = now();
    if (deadlinePassed(delivery.dueDate, at)) return { ok: false, reason: 'deadline_passed' };
    if (await isPaid(subscription.id, delivery.dueDate)) return { ok: false, reason: 'paid' };
    return snoozeOnto(subscription, delivery.dueDate, at);
  }

  /** Tomorrow's reminder of that deadline, at the send hour (it is not paid, not passed). */
  async function snoozeOnto(subscription: Subscription, dueIso: string, at: Date): Promise<SnoozeOutcome> {
    const target = snoozeTarget(subscription, dueIso, at);
    if (!target) return { ok: false, reason: 'no_tomorrow' };
    // Keyed like any reminder, by its day before the deadline: snoozing twice, or onto a day
    // that already has a reminder, yields that one reminder, not two.
    const snoozed = await store.insertSnooze(
      { subscriptionId: subscription.id, dueDate: dueIso, leadDays: target.leadDays, sendAt: target.sendAt },
      at,
    );
    return { ok: true, delivery: snoozed, subscription };
  }

  async function snoozeNext(platform: Platform, userId: string): Promise<SnoozeOutcome> {
    const subscription = await store.getSubscription(platform, userId);
    if (!subscription) return { ok: false, reason: 'not_found' };
    if (!subscription.active) return { ok: false, reason: 'inactive' };
    const at = now();
    const paid = await store.listPaidDeadlines([subscription.id], toIsoDate(tokyoToday(at)));
    const deadline = nextUnpaidDeadline(
      methodById(kb, subscription.method),
      at,
      new Set(paid.map(([, due]) => due)),
    );
    // (Weeks ahead, its bill not even issued, there is nothing to remind of tomorrow: its own
    // reminders come as set.)
    if (daysBetween(tokyoToday(at), deadline.due) > MAX_LEAD_DAYS) return { ok: false, reason: 'too_early' };
    return snoozeOnto(subscription, toIsoDate(deadline.due), at);
  }

  return {
    async subscribe(input) {
      const settings = normalizeSubscriptionInput(input);
      const at = now();
      const { subscription, upcoming, paid } = await save(settings, at);
      return { subscription, upcoming, next: nextOf(subscription, upcoming, paid, at) };
    },
    async nextDeadline(subscription) {
      const at = now();
      const today = toIsoDate(tokyoToday(at));
      const [upcoming, paid] = await Promise.all([
        store.listUpcoming(subscription.platform, subscription.userId, UPCOMING_LIMIT),
        store.listPaidDeadlines([subscription.id], today),
      ]);
      return nextOf(
        subscription,
        upcoming,
        paid.map(([, due]) => due),
        at,
      );
    },
    unsubscribe: (platform, userId) => store.deactivateSubscription(platform, userId, now()),
    get: (platform, userId) => store.getSubscription(platform, userId),
    upcoming: (platform, userId, limit = 5) => store.listUpcoming(platform, userId, limit),
    recent: (platform, userId, limit = 5) => store.listRecent(platform, userId, limit),
    markPaid,
    snooze,
    snoozeNext,
    takeDeliveryNotice: (platform, userId) => store.takeDeliveryNotice(platform, userId),
    async performAction(action, actor) {
      const subscriptionId =
        action.kind === 'paid'
          ? action.subscriptionId
          : (await store.getDelivery(action.deliveryId))?.subscriptionId;
      const owner = subscriptionId ? await store.getSubscriptionById(subscriptionId) : undefined;
      if (owner && (owner.platform !== actor.platform || owner.userId !== actor.userId)) {
        return { kind: 'unknown', ok: false, reason: 'not_yours' };
      }
      if (action.kind === 'paid')
        return { kind: 'paid', ...(await markPaid(action.subscriptionId, action.due)) };
      return { kind: 'snooze', ...(await snooze(action.deliveryId)) };
    },
  };
}
