// The store, as the rest of the program sees it: one object made of small ports, each used by
// the part that needs it. Adapters get only `EventStore`; the conversation layer only
// `ConversationStore`; the reminder engine `ReminderStore`. SQLite and PostgreSQL implement all
// of it, checked by one shared contract suite.

import type { ReminderStore } from '../reminders/store.js';
import type { Lang, Platform } from '../types.js';

export type { ReminderStore } from '../reminders/store.js';

/** Whose conversation: a user in one channel (a DM, a channel thread, the terminal). */
export interface ConversationKey {
  platform: Platform;
  userId: string;
  channelId: string;
}

/** Short-lived state of one conversation (its last turn, an open question), kept as JSON. */
export interface ConversationStore {
  /** The saved state, or undefined when there is none or it expired before `now`. */
  loadConversation(key: ConversationKey, now: Date): Promise<unknown | undefined>;
  /** Saves (replaces) the state; it is forgotten after `expiresAt`. `state` must be JSON-serialisable. */
  saveConversation(key: ConversationKey, state: unknown, expiresAt: Date, now: Date): Promise<void>;
  deleteConversation(key: ConversationKey): Promise<void>;
}

/** Why a turn was recorded for the operator. */
export type UnansweredKind = 'fallback' | 'handoff' | 'low_confidence';

/** A turn the bot could not answer well: what the operator reads in `npm run report`. */
export interface UnansweredRecord {
  at: Date;
  platform: Platform;
  lang: Lang;
  kind: UnansweredKind;
  /** The intent (or topic) guessed, and how sure the matcher was. */
  intent: string;
  confidence: number;
  /** The question as typed (truncated by the caller), and its normalised form for grouping. */
  text: string;
  normalized: string;
  /** A keyed hash of platform + user id (never the id itself), so that "forget me" can find it. */
  userHash: string;
}

/** One group of the report: the same normalised question, asked `count` times. */
export interface UnansweredGroup {
  normalized: string;
  /** The most recent wording of it. */
  example: string;
  count: number;
  lastAt: Date;
  kinds: UnansweredKind[];
  intents: string[];
}

export interface UnansweredStore {
  recordUnanswered(record: UnansweredRecord): Promise<void>;
  /** The most frequent unanswered questions since `since`, most asked first. */
  topUnanswered(since: Date, limit: number): Promise<UnansweredGroup[]>;
  /** Deletes records older than `before` (retention); returns how many. */
  purgeUnanswered(before: Date): Promise<number>;
}

/** An event written before it was acknowledged, so that a crash after the acknowledgement loses nothing. */
export interface InboxEvent {
  /** Unique per event (Slack `event_id`, LINE `webhookEventId`...): a redelivery has the same key. */
  key: string;
  platform: Platform;
  /** The event as received (JSON), to be processed again after a crash. */
  payload: unknown;
  receivedAt: Date;
  attempts: number;
}

export interface EventStore {
  /** True the first time `key` is seen within `ttlMs` (retry deduplication across instances). */
  rememberEvent(key: string, ttlMs: number, now: Date): Promise<boolean>;
  /**
   * Writes an event to the durable inbox before it is acknowledged, leased to `workerId` for
   * `leaseMs` (it is being processed right now). False when the key is there already (a redelivery).
   */
  enqueueEvent(event: Omit<InboxEvent, 'attempts'>, workerId: string, leaseMs: number): Promise<boolean>;
  /** Leases events whose lease expired (their process died), oldest first. */
  claimEvents(workerId: string, now: Date, leaseMs: number, limit: number): Promise<InboxEvent[]>;
  /** The event was answered: it is removed from the inbox. */
  completeEvent(key: string): Promise<void>;
  /** Removes unanswered events received before `before` (too old to answer now); returns how many. */
  dropStaleEvents(before: Date): Promise<number>;
}

/** What "forget me" removed. */
export interface ForgetResult {
  subscriptions: number;
  deliveries: number;
  conversations: number;
  unanswered: number;
}

/** Everything the bot keeps, behind one object. */
export interface Store extends ReminderStore, ConversationStore, UnansweredStore, EventStore {
  /** Deletes everything kept about one user: subscriptions, deliveries, conversation state, unanswered records. */
  forgetUser(platform: Platform, userId: string, userHash: string): Promise<ForgetResult>;
  /** Resolves when the database answers a trivial query (for /readyz); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
