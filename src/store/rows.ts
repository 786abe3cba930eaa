// Rows as the drivers return them, and their mapping to the port's types, shared by both stores.
// SQLite gives instants as epoch milliseconds, booleans as 0/1 and lists as JSON text;
// PostgreSQL gives Date, boolean and arrays. Each mapper accepts either.
import type { Platform } from '../types.js';
import type { InboxEvent, UnansweredGroup, UnansweredKind, UnansweredRecord } from './port.js';

type Instant = number | Date;

export function toDate(value: Instant): Date {
  return new Date(value);
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

export const UNANSWERED_COLUMNS = 'at, platform, lang, kind, intent, confidence, text, normalized, user_hash';

/** The values of UNANSWERED_COLUMNS after `at` (which each driver writes its own way). */
export function unansweredValues(record: UnansweredRecord): unknown[] {
  return [
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
