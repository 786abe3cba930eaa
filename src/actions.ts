// What a button (or a command standing for one) asks for, and the one place its id is written
// and read. Adapters carry the encoded id as it is (Slack's value, Discord's custom_id, LINE's
// postback data) and give it back to the assistant; nothing else parses it.
//
// Ids fit every platform: at most 100 characters (Slack action values are larger, Discord custom
// ids and LINE postback data are 100 and 300), ASCII, no spaces. The reminder ids are the ones
// already sent in reminders (`reminder.paid:…`, `reminder.snooze:…`), so old buttons keep working.
//
//   ask:<intent>                                  answer the question as this intent or topic ("did you mean")
//   reminder.subscribe[:<method|->[:<days>[:<hour>]]]   set or change reminders; days as 3-0,
//                                                 or +3 to add them to those set
//   reminder.stop                                 turn reminders off
//   reminder.list                                 show my reminders
//   reminder.paid:<subscriptionId>:<YYYY-MM-DD>   this deadline is paid
//   reminder.snooze:<deliveryId>                  remind me again tomorrow (at the send hour)
//   forget                                        delete everything kept about me (asks first)
//   confirm:<action>                              yes, do it (the action asked about)
//   cancel                                        no, leave things as they are
import { METHOD_IDS, type MethodId } from './domain/methods.js';
import { defaultKnowledgeBase } from './knowledge.js';
import { type AnswerIntent, INTENT_NAMES } from './types.js';

/** The actions a confirm button may stand for: the ones that change a user's data. */
export type ConfirmableAction = SubscribeAction | { kind: 'unsubscribe' } | { kind: 'forget' };

export interface SubscribeAction {
  kind: 'subscribe';
  method?: MethodId;
  leadDays?: number[];
  /** 「3日前も追加できる？」: the lead days are added to those set, not put in their place. */
  addLeadDays?: true;
  sendHour?: number;
}

export type Action =
  | { kind: 'ask'; intent: AnswerIntent }
  | SubscribeAction
  | { kind: 'unsubscribe' }
  | { kind: 'list' }
  | { kind: 'paid'; subscriptionId: string; due: string }
  | { kind: 'snooze'; deliveryId: string }
  | { kind: 'forget' }
  | { kind: 'confirm'; action: ConfirmableAction }
  | { kind: 'cancel' };

/** The longest id any platform takes as it is (Discord custom ids, Slack action ids). */
export const MAX_ACTION_ID_LENGTH = 100;

const SUBSCRIPTION_ID = /^[A-Za-z0-9_-]{1,60}$/;
const DELIVERY_ID = /^\d{1,19}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_LEAD_DAYS = 31;

export function encodeAction(action: Action): string {
  switch (action.kind) {
    case 'ask':
      return `ask:${action.intent}`;
    case 'subscribe': {
      // The usual button (a method or none, no lead days or hour): one string, no list to join.
      if (!action.leadDays?.length && action.sendHour === undefined)
        return action.method !== undefined ? `reminder.subscribe:${action.method}` : 'reminder.subscribe';
      const parts = [
        action.method ?? '-',
        action.leadDays?.length ? `${action.addLeadDays ? '+' : ''}${action.leadDays.join('-')}` : '-',
        action.sendHour !== undefined ? String(action.sendHour) : '-',
      ];
      // Trailing "no preference" parts are left out: `reminder.subscribe:barcode`.
      while (parts.at(-1) === '-') parts.pop();
      return ['reminder.subscribe', ...parts].join(':');
    }
    case 'unsubscribe':
      return 'reminder.stop';
    case 'list':
      return 'reminder.list';
    case 'paid':
      return `reminder.paid:${action.subscriptionId}:${action.due}`;
    case 'snooze':
      return `reminder.snooze:${action.deliveryId}`;
    case 'forget':
      return 'forget';
    case 'confirm':
      return `confirm:${encodeAction(action.action)}`;
    case 'cancel':
      return 'cancel';
  }
}

/** The action an id stands for, or undefined for anything malformed, unknown or too long. */
export function decodeAction(id: string): Action | undefined {
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ACTION_ID_LENGTH) return undefined;
  if (id.startsWith('confirm:')) {
    const inner = decodeAction(id.slice('confirm:'.length));
    return inner?.kind === 'subscribe' || inner?.kind === 'unsubscribe' || inner?.kind === 'forget'
      ? { kind: 'confirm', action: inner }
      : undefined;
  }
  const [kind, ...args] = id.split(':');
  switch (kind) {
    case 'ask': {
      const [intent = ''] = args;
      return args.length === 1 && isAskable(intent) ? { kind: 'ask', intent } : undefined;
    }
    case 'reminder.subscribe':
      return decodeSubscribe(args);
    case 'reminder.stop':
      return args.length === 0 ? { kind: 'unsubscribe' } : undefined;
    case 'reminder.list':
      return args.length === 0 ? { kind: 'list' } : undefined;
    case 'reminder.paid': {
      const [subscriptionId = '', due = ''] = args;
      return args.length === 2 && SUBSCRIPTION_ID.test(subscriptionId) && ISO_DAY.test(due)
        ? { kind: 'paid', subscriptionId, due }
        : undefined;
    }
    case 'reminder.snooze': {
      const [deliveryId = ''] = args;
      return args.length === 1 && DELIVERY_ID.test(deliveryId) ? { kind: 'snooze', deliveryId } : undefined;
    }
    case 'cancel':
      return args.length === 0 ? { kind: 'cancel' } : undefined;
    case 'forget':
      return args.length === 0 ? { kind: 'forget' } : undefined;
    default:
      return undefined;
  }
}

function decodeSubscribe(args: string[]): SubscribeAction | undefined {
  if (args.length > 3) return undefined;
  const [method = '-', days = '-', hour = '-'] = args;
  const action: SubscribeAction = { kind: 'subscribe' };
  if (method !== '-') {
    const known = METHOD_IDS.find((m) => m === method);
    if (!known) return undefined;
    action.method = known;
  }
  if (days !== '-') {
    if (!/^\+?\d{1,2}(-\d{1,2}){0,4}$/.test(days)) return undefined;
    const added = days.startsWith('+');
    const leadDays = (added ? days.slice(1) : days).split('-').map(Number);
    if (leadDays.some((d) => d > MAX_LEAD_DAYS)) return undefined;
    action.leadDays = leadDays;
    if (added) action.addLeadDays = true;
  }
  if (hour !== '-') {
    if (!/^\d{1,2}$/.test(hour) || Number(hour) > 23) return undefined;
    action.sendHour = Number(hour);
  }
  return action;
}

/** True for actions that act on one of the user's reminders (Paid, Snooze): settled in place. */
export function isReminderButton(action: Action | undefined): boolean {
  return action?.kind === 'paid' || action?.kind === 'snooze';
}

/** True for actions about the user's own settings: their answer is shown to them only. */
export function isPersonal(action: Action | undefined): boolean {
  return action !== undefined && action.kind !== 'ask';
}

/** What a "did you mean" may offer: a core intent or a topic of the knowledge base. */
function isAskable(name: string): boolean {
  return (
    (INTENT_NAMES as readonly string[]).includes(name) ||
    defaultKnowledgeBase().topics.some((topic) => topic.id === name)
  );
}
