// Puts a reminder that is due now into the bot's SQLite file before it starts, through the store
// API, so that the running bot's scheduler (first tick at start) delivers it at once.
import { daysBetween, toIsoDate, tokyoToday } from '../../../src/domain/dates.js';
import { nextDeadline } from '../../../src/domain/deadlines.js';
import { methodById } from '../../../src/domain/knowledge-base.js';
import { METHOD_IDS } from '../../../src/domain/methods.js';
import { defaultKnowledgeBase } from '../../../src/knowledge.js';
import { normalizeSubscriptionInput } from '../../../src/reminders/subscription.js';
import { openStore } from '../../../src/store/open.js';

export interface SeededReminder {
  subscriptionId: string;
  deliveryId: string;
  dueDate: string;
}

export async function seedDueReminder(databaseUrl: string, userId: string): Promise<SeededReminder> {
  const kb = defaultKnowledgeBase();
  const now = new Date();
  const today = tokyoToday(now);
  // The method whose next deadline is furthest away: at least tomorrow, so that Snooze is offered.
  const [method, deadline] = METHOD_IDS.map(
    (id) => [id, nextDeadline(methodById(kb, id), now)] as const,
  ).sort(([, a], [, b]) => daysBetween(today, b.due) - daysBetween(today, a.due))[0] as [
    (typeof METHOD_IDS)[number],
    ReturnType<typeof nextDeadline>,
  ];
  const store = await openStore(databaseUrl);
  try {
    const subscription = await store.upsertSubscription(
      normalizeSubscriptionInput({
        platform: 'discord',
        userId,
        destination: `discord:user:${userId}`,
        method,
        leadDays: [3],
        lang: 'ja',
      }),
      now,
    );
    const dueDate = toIsoDate(deadline.due);
    const planned = {
      subscriptionId: subscription.id,
      dueDate,
      leadDays: daysBetween(today, deadline.due),
      sendAt: new Date(now.getTime() - 60_000),
    };
    await store.insertPlanned([planned], now);
    const [delivery] = await store.listUpcoming('discord', userId, 1);
    if (!delivery || delivery.dueDate !== dueDate) throw new Error('seeding the reminder failed');
    return { subscriptionId: subscription.id, deliveryId: delivery.id, dueDate };
  } finally {
    await store.close();
  }
}
