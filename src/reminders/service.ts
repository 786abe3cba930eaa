// The reminder service: what the chat layer (intents, the terminal, the adapters' buttons) calls.
// Expected outcomes (already paid, nothing to snooze, not your reminder) are results, not errors.
import { parseIsoDate } from '../domain/dates.js';
import type { KnowledgeBase } from '../domain/knowledge-base.js';
import type { Delivery, DeliveryNotice, ReminderStore } from '../store/port.js';
import type { Platform } from '../types.js';

/** A reminder's own buttons, decoded (src/actions.ts). */
export type ReminderButton =
  | { kind: 'paid'; subscriptionId: string; due: string }
  | { kind: 'snooze'; deliveryId: string };

import { deadlinePassed, snoozeTarget } from './plan.js';
import { planSubscriptions } from './planner.js';
import {
  changesPlanning,
  normalizeSubscriptionInput,
  type Subscription,
  type SubscriptionInput,
  type SubscriptionSettings,
} from './subscription.js';

export interface ReminderServiceOptions {
  store: ReminderStore;
  kb: KnowledgeBase;
  now: () => Date;
  /** Days planned ahead at subscription time (default 35, as the scheduler). */
  horizonDays?: number;
}

export interface SubscribeResult {
  subscription: Subscription;
  /** The next planned reminders, soonest first. */
  upcoming: Delivery[];
}

export type MarkPaidOutcome =
  | { ok: true; subscription: Subscription; dueDate: string; alreadyPaid: boolean; cancelled: number }
  | { ok: false; reason: 'not_found' | 'invalid_date' };

export type SnoozeOutcome =
  | { ok: true; delivery: Delivery; subscription: Subscription }
  | { ok: false; reason: 'not_found' | 'inactive' | 'paid' | 'deadline_passed' | 'no_tomorrow' };

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
  /** Creates or changes the user's subscription and plans its reminders at once. */
  subscribe(input: SubscriptionInput): Promise<SubscribeResult>;
  /** Cancels the user's reminders; undefined when they had no subscription. */
  unsubscribe(platform: Platform, userId: string): Promise<Subscription | undefined>;
  get(platform: Platform, userId: string): Promise<Subscription | undefined>;
  /** Reminders still to come, soonest first. */
  upcoming(platform: Platform, userId: string, limit?: number): Promise<Delivery[]>;
  /** Reminders sent (or failed, or dropped), latest first. */
  recent(platform: Platform, userId: string, limit?: number): Promise<Delivery[]>;
  /** No more reminders for that deadline, now or after a re-plan. */
  markPaid(subscriptionId: string, dueIso: string): Promise<MarkPaidOutcome>;
  /** Sends that reminder again tomorrow morning at the user's send hour. */
  snooze(deliveryId: string): Promise<SnoozeOutcome>;
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

export function createReminderService(options: ReminderServiceOptions): ReminderService {
  const { store, kb, now } = options;
  const horizonDays = options.horizonDays ?? 35;

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
    const target = snoozeTarget(subscription, delivery.dueDate, at);
    if (!target) return { ok: false, reason: 'no_tomorrow' };
    // Keyed like any reminder, by its day before the deadline: snoozing twice, or onto a day
    // that already has a reminder, yields that one reminder, not two.
    const snoozed = await store.insertSnooze(
      {
        subscriptionId: subscription.id,
        dueDate: delivery.dueDate,
        leadDays: target.leadDays,
        sendAt: target.sendAt,
      },
      at,
    );
    return { ok: true, delivery: snoozed, subscription };
  }

  return {
    async subscribe(input) {
      const settings = normalizeSubscriptionInput(input);
      const at = now();
      const subscription = await store.upsertSubscription(settings, at, plansOutdated);
      await planSubscriptions(store, kb, [subscription], at, horizonDays);
      const upcoming = await store.listUpcoming(subscription.platform, subscription.userId, 10);
      return { subscription, upcoming };
    },
    unsubscribe: (platform, userId) => store.deactivateSubscription(platform, userId, now()),
    get: (platform, userId) => store.getSubscription(platform, userId),
    upcoming: (platform, userId, limit = 5) => store.listUpcoming(platform, userId, limit),
    recent: (platform, userId, limit = 5) => store.listRecent(platform, userId, limit),
    markPaid,
    snooze,
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
