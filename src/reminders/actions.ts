// The buttons (or terminal commands) a reminder carries. Their ids are built and parsed here
// only, so that adapters, the chat layer and the service agree on one format:
//   reminder.paid:<subscriptionId>:<dueIso>   this deadline is paid, no more reminders for it
//   reminder.snooze:<deliveryId>              send this reminder again tomorrow morning

export type ReminderAction =
  | { kind: 'paid'; subscriptionId: string; dueIso: string }
  | { kind: 'snooze'; deliveryId: string };

export const PAID_ACTION_PREFIX = 'reminder.paid:';
export const SNOOZE_ACTION_PREFIX = 'reminder.snooze:';

export function paidActionId(subscriptionId: string, dueIso: string): string {
  return `${PAID_ACTION_PREFIX}${subscriptionId}:${dueIso}`;
}

export function snoozeActionId(deliveryId: string): string {
  return `${SNOOZE_ACTION_PREFIX}${deliveryId}`;
}

const PAID = /^reminder\.paid:([A-Za-z0-9_-]{1,100}):(\d{4}-\d{2}-\d{2})$/;
const SNOOZE = /^reminder\.snooze:(\d{1,19})$/;

/** The action an id names, or undefined when it is not a (well-formed) reminder action. */
export function parseReminderAction(id: string): ReminderAction | undefined {
  const paid = PAID.exec(id);
  if (paid) return { kind: 'paid', subscriptionId: paid[1] as string, dueIso: paid[2] as string };
  const snooze = SNOOZE.exec(id);
  if (snooze) return { kind: 'snooze', deliveryId: snooze[1] as string };
  return undefined;
}
