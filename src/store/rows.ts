// Rows as the drivers return them, their mapping to the port's types, and the column lists, in
// one place for both stores. SQLite gives instants as epoch milliseconds, booleans as 0/1 and
// lists as JSON text; PostgreSQL gives Date, boolean and arrays (and bigint ids as strings).
// Each mapper accepts either, so the two stores cannot drift apart.
import type { MethodId } from '../domain/methods.js';
import type { Subscription, SubscriptionSettings } from '../reminders/subscription.js';
import type { Lang, Platform } from '../types.js';
import type {
  ClaimedDelivery,
  Delivery,
  DeliveryNotice,
  DeliveryOrigin,
  DeliveryStatus,
  InboxEvent,
  UnansweredGroup,
  UnansweredKind,
  UnansweredRecord,
} from './port.js';

type Instant = number | Date;

function toDate(value: Instant): Date {
  return new Date(value);
}

function toBoolean(value: number | boolean): boolean {
  return value === true || value === 1;
}

/** A list kept as JSON text (SQLite) or as an array (PostgreSQL). */
function toList<T>(value: string | T[]): T[] {
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}

/** JSON text for a value the port says is JSON-serialisable; refuses what is not (undefined, a function). */
export function encodeJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('the store keeps JSON values only');
  return text;
}

/**
 * Text as both databases accept it: PostgreSQL refuses U+0000 in text, so it goes, in SQLite
 * too, so that the two stores keep the same thing.
 */
export function plainText(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

/**
 * A delivery id from the port as a number, or undefined for anything else (it then matches no
 * row, never a cast error). Ids are row numbers, far below 2^53.
 */
export function rowId(id: string): number | undefined {
  return /^\d{1,15}$/.test(id) ? Number(id) : undefined;
}

// ---- subscriptions ----

export const SUBSCRIPTION_COLUMNS =
  'id, platform, user_id, destination, method, lead_days, send_hour, quiet_start, quiet_end, lang, active, created_at, updated_at';

export interface SubscriptionRow {
  id: string;
  platform: string;
  user_id: string;
  destination: string;
  method: string;
  lead_days: string | number[];
  send_hour: number;
  quiet_start: number | null;
  quiet_end: number | null;
  lang: string;
  active: number | boolean;
  created_at: Instant;
  updated_at: Instant;
}

/** The settings as parameters, in the order destination, method, lead_days, send_hour, quiet_start, quiet_end, lang. */
export function settingsValues(settings: SubscriptionSettings): unknown[] {
  return [
    settings.destination,
    settings.method,
    settings.leadDays,
    settings.sendHour,
    settings.quietHours?.start ?? null,
    settings.quietHours?.end ?? null,
    settings.lang,
  ];
}

export function toSubscription(row: SubscriptionRow): Subscription {
  const sub: Subscription = {
    id: row.id,
    platform: row.platform as Platform,
    userId: row.user_id,
    destination: row.destination,
    method: row.method as MethodId,
    leadDays: toList<number>(row.lead_days),
    sendHour: row.send_hour,
    lang: row.lang as Lang,
    active: toBoolean(row.active),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
  if (row.quiet_start !== null && row.quiet_end !== null)
    sub.quietHours = { start: row.quiet_start, end: row.quiet_end };
  return sub;
}

// ---- deliveries ----

export const DELIVERY_COLUMNS =
  'id, subscription_id, due_date, lead_days, origin, send_at, status, attempts, next_attempt_at, lease_owner, lease_until, last_error, sent_at, late, updated_at';

/** Delivery columns of `d` and subscription columns of `s` prefixed `s_`, for joins. */
export const JOINED_DELIVERY_COLUMNS = prefixed(DELIVERY_COLUMNS, 'd.');
export const JOINED_SUBSCRIPTION_COLUMNS = SUBSCRIPTION_COLUMNS.split(', ')
  .map((c) => `s.${c} AS s_${c}`)
  .join(', ');

/** `a, b` → `t.a, t.b`. */
export function prefixed(columns: string, prefix: string): string {
  return columns
    .split(', ')
    .map((c) => `${prefix}${c}`)
    .join(', ');
}

export interface DeliveryRow {
  id: number | string;
  subscription_id: string;
  due_date: string;
  lead_days: number;
  origin: string;
  send_at: Instant;
  status: string;
  attempts: number;
  next_attempt_at: Instant;
  lease_owner: string | null;
  lease_until: Instant | null;
  last_error: string | null;
  sent_at: Instant | null;
  late: number | boolean;
  updated_at: Instant;
}

export function toDelivery(row: DeliveryRow): Delivery {
  const delivery: Delivery = {
    id: String(row.id),
    subscriptionId: row.subscription_id,
    dueDate: row.due_date,
    leadDays: row.lead_days,
    origin: row.origin as DeliveryOrigin,
    sendAt: toDate(row.send_at),
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: toDate(row.next_attempt_at),
    late: toBoolean(row.late),
    updatedAt: toDate(row.updated_at),
  };
  if (row.last_error !== null) delivery.lastError = row.last_error;
  if (row.sent_at !== null) delivery.sentAt = toDate(row.sent_at);
  if (row.lease_owner !== null) delivery.leaseOwner = row.lease_owner;
  if (row.lease_until !== null) delivery.leaseUntil = toDate(row.lease_until);
  return delivery;
}

export function toDeliveryNotice(text: string): DeliveryNotice {
  const notice = JSON.parse(text) as DeliveryNotice & { at: string };
  return { ...notice, at: new Date(notice.at) };
}

/** Splits a joined row (delivery columns + `s_` subscription columns) in two. */
export function toClaimed(row: Record<string, unknown>): ClaimedDelivery {
  const sub: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (key.startsWith('s_')) sub[key.slice(2)] = value;
  return {
    delivery: toDelivery(row as unknown as DeliveryRow),
    subscription: toSubscription(sub as unknown as SubscriptionRow),
  };
}

/** The claim order, whatever order RETURNING gave: next attempt first, then id. */
export function byNextAttempt(a: ClaimedDelivery, b: ClaimedDelivery): number {
  return (
    a.delivery.nextAttemptAt.getTime() - b.delivery.nextAttemptAt.getTime() ||
    Number(a.delivery.id) - Number(b.delivery.id)
  );
}

// ---- unanswered turns ----

export const UNANSWERED_COLUMNS = 'at, platform, lang, kind, intent, confidence, text, normalized, user_hash';

export function unansweredValues(record: UnansweredRecord): unknown[] {
  return [
    record.at,
    record.platform,
    record.lang,
    record.kind,
    record.intent,
    record.confidence,
    plainText(record.text),
    plainText(record.normalized),
    record.userHash,
  ];
}

export interface UnansweredGroupRow {
  normalized: string;
  example: string;
  count: number | string;
  last_at: Instant;
  kinds: string | string[];
  intents: string | string[];
}

export function toUnansweredGroup(row: UnansweredGroupRow): UnansweredGroup {
  return {
    normalized: row.normalized,
    example: row.example,
    count: Number(row.count),
    lastAt: toDate(row.last_at),
    kinds: toList<string>(row.kinds).sort() as UnansweredKind[],
    intents: toList<string>(row.intents).sort(),
  };
}

// ---- the event inbox ----

export const INBOX_COLUMNS = 'key, platform, payload, received_at, attempts';

export interface InboxRow {
  key: string;
  platform: string;
  payload: string | null;
  received_at: Instant;
  attempts: number;
}

export function toInboxEvent(row: InboxRow): InboxEvent {
  return {
    key: row.key,
    platform: row.platform as Platform,
    payload: row.payload === null ? null : JSON.parse(row.payload),
    receivedAt: toDate(row.received_at),
    attempts: row.attempts,
  };
}

/** Oldest first, then by key: the claim order, whatever order RETURNING gave. */
export function byReceipt(a: InboxEvent, b: InboxEvent): number {
  return a.receivedAt.getTime() - b.receivedAt.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
