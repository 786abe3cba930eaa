// Puts a reminder that is due now into a store, through the store API: a running scheduler (its
// first tick at start) or a test's own tick delivers it at once. Any platform.
import { reminderDestination } from '../../../src/assistant.js';
import { daysBetween, toIsoDate, tokyoToday } from '../../../src/domain/dates.js';
import { nextDeadline } from '../../../src/domain/deadlines.js';
import { methodById } from '../../../src/domain/knowledge-base.js';
import { METHOD_IDS } from '../../../src/domain/methods.js';
import { defaultKnowledgeBase } from '../../../src/knowledge.js';
import { normalizeSubscriptionInput } from '../../../src/reminders/subscription.js';
import type { ReminderStore } from '../../../src/store/port.js';
import type { Lang, Platform } from '../../../src/types.js';

export interface SeededReminder {
  subscriptionId: string;
  deliveryId: string;
  dueDate: string;
}

export async function seedDueReminder(
  store: ReminderStore,
  platform: Platform,
  userId: string,
  { now = new Date(), lang = 'ja' }: { now?: Date; lang?: Lang } = {},
): Promise<SeededReminder> {
  const kb = defaultKnowledgeBase();
  const today = tokyoToday(now);
  // The method whose next deadline is furthest away: at least tomorrow, so that Snooze is offered.
  const [method, deadline] = METHOD_IDS.map(
    (id) => [id, nextDeadline(methodById(kb, id), now)] as const,
  ).sort(([, a], [, b]) => daysBetween(today, b.due) - daysBetween(today, a.due))[0] as [
    (typeof METHOD_IDS)[number],
    ReturnType<typeof nextDeadline>,
  ];
  const subscription = await store.upsertSubscription(
    normalizeSubscriptionInput({
      platform,
      userId,
      destination: reminderDestination({ platform, userId }),
      method,
      leadDays: [3],
      lang,
    }),
    now,
  );
  const dueDate = toIsoDate(deadline.due);
  await store.insertPlanned(
    [
      {
        subscriptionId: subscription.id,
        dueDate,
        leadDays: daysBetween(today, deadline.due),
        sendAt: new Date(now.getTime() - 60_000),
      },
    ],
    now,
  );
  const delivery = (await store.listUpcoming(platform, userId, 5)).find((d) => d.dueDate === dueDate);
  if (!delivery) throw new Error('seeding the reminder failed');
  return { subscriptionId: subscription.id, deliveryId: delivery.id, dueDate };
}
