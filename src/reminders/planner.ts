// Planning against the store: pure planning (plan.ts) page by page, so that a million
// subscriptions never sit in memory at once, with the paid deadlines of each page skipped.
import { toIsoDate, tokyoToday } from '../domain/dates.js';
import type { KnowledgeBase } from '../domain/knowledge-base.js';
import type { ReminderStore } from '../store/port.js';
import { paidKey, planDeliveries } from './plan.js';
import type { Subscription } from './subscription.js';

/** Plans and stores the reminders of these subscriptions; returns how many rows were new. */
export async function planSubscriptions(
  store: ReminderStore,
  kb: KnowledgeBase,
  subs: readonly Subscription[],
  now: Date,
  horizonDays: number,
): Promise<number> {
  if (subs.length === 0) return 0;
  const today = toIsoDate(tokyoToday(now));
  const paidRows = await store.listPaidDeadlines(
    subs.map((s) => s.id),
    today,
  );
  const paid = new Set(paidRows.map(([subscriptionId, due]) => paidKey(subscriptionId, due)));
  return store.insertPlanned(planDeliveries(subs, kb, now, horizonDays, { paid }), now);
}

/** Plans every active subscription, `pageSize` at a time; returns how many rows were new. */
export async function planAllSubscriptions(
  store: ReminderStore,
  kb: KnowledgeBase,
  now: Date,
  horizonDays: number,
  pageSize = 2000,
): Promise<number> {
  let inserted = 0;
  let afterId: string | undefined;
  for (;;) {
    const page = await store.listActiveSubscriptions(afterId, pageSize);
    inserted += await planSubscriptions(store, kb, page, now, horizonDays);
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) return inserted;
    afterId = last.id;
  }
}
