// The store, as the rest of the program sees it: one object made of small ports, each used by
// the part that needs it. Adapters get only `EventStore`; the conversation layer only
// `ConversationStore`; the reminder engine `ReminderStore`. SQLite and PostgreSQL implement all
// of it, checked by one shared contract suite.

import type { PlannedDelivery } from '../reminders/plan.js';
import type { Subscription, SubscriptionSettings } from '../reminders/subscription.js';
import type { Lang, Platform } from '../types.js';

// ---- Reminders: subscriptions and their deliveries ----

/**
 * pending       waiting for its send time (or for a retry: `attempts` > 0, `lastError` set)
 * sent          delivered
 * failed        gave up after many attempts, or at once when retrying cannot help (`lastError`
 *               says why); kept and listed, never silently dropped
 * undeliverable the platform will never deliver to the user (they blocked the bot); listed
 * dropped       its deadline passed before it could be sent (after downtime)
 * cancelled     the deadline was paid, or the subscription stopped
 */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'undeliverable' | 'dropped' | 'cancelled';

/** Left on a subscription when its reminders stopped without the user asking, told to them once. */
export interface DeliveryNotice {
  kind: 'undeliverable';
  /** The platform's answer, e.g. 'discord 50007: Cannot send messages to this user'. */
  reason: string;
  at: Date;
  /** The deadline the reminder that failed was for, 'YYYY-MM-DD'. */
  dueDate: string;
  /** Other reminders cancelled with it. */
  cancelled: number;
}

/** 'plan' rows come from planning; 'snooze' rows from a user's "tomorrow again". */
export type DeliveryOrigin = 'plan' | 'snooze';

export interface Delivery {
  /** A decimal string: PostgreSQL's bigint does not fit a JS number in general. */
  id: string;
  subscriptionId: string;
  dueDate: string;
  leadDays: number;
  origin: DeliveryOrigin;
  sendAt: Date;
  status: DeliveryStatus;
  /** Failed attempts so far; a rate limit does not count. */
  attempts: number;
  /** When a pending delivery may next be claimed (its send time, or a retry's). */
  nextAttemptAt: Date;
  lastError?: string;
  sentAt?: Date;
  /** Sent noticeably after its send time (after downtime), and said so. */
  late: boolean;
  leaseOwner?: string;
  leaseUntil?: Date;
  updatedAt: Date;
}

/** A delivery leased to one worker, with the subscription it is for. */
export interface ClaimedDelivery {
  delivery: Delivery;
  subscription: Subscription;
}

export interface ClaimRequest {
  workerId: string;
  now: Date;
  leaseMs: number;
  limit: number;
  /** Today in Tokyo, 'YYYY-MM-DD': deliveries for earlier deadlines are never claimed. */
  today: string;
}

export interface FailureUpdate {
  error: string;
  /** The retry time; null gives up and leaves the delivery visible as failed. */
  nextAttemptAt: Date | null;
  /** False for a rate limit: waiting is not failing, so it does not bring giving up closer. */
  countsAsAttempt: boolean;
}

export interface MarkPaidResult {
  /** False when the deadline was already marked paid (a second click). */
  newlyPaid: boolean;
  /** Pending reminders for that deadline that will now never be sent. */
  cancelled: number;
}

/** How saveSubscription plans, within its transaction. The rules are the service's. */
export interface SubscriptionPlanning {
  /** Whether the reminders planned for `previous` are wrong for the new settings (see upsertSubscription). */
  plansOutdated(previous: Subscription, settings: SubscriptionSettings): boolean;
  /** Today in Tokyo, 'YYYY-MM-DD': the paid deadlines and pending reminders read are those due from it on. */
  today: string;
  /** The reminders of the saved subscription, given its paid deadlines (due dates): inserted like insertPlanned's. */
  plan(
    subscription: Subscription,
    paid: ReadonlySet<string>,
  ): readonly PlannedDelivery[] | Promise<readonly PlannedDelivery[]>;
  /** How many pending reminders to return. */
  upcomingLimit: number;
}

/** What saveSubscription committed. */
export interface SavedSubscription {
  subscription: Subscription;
  /** Its pending reminders for deadlines from `today` on, soonest first. */
  upcoming: Delivery[];
  /** Its paid deadlines from `today` on, 'YYYY-MM-DD'. */
  paid: string[];
}

export interface ReminderStore {
  readonly kind: 'sqlite' | 'postgres';

  /**
   * Creates the user's subscription or changes it (one per platform + user; re-subscribing
   * reactivates, and clears a DeliveryNotice). When `plansOutdated(previous, settings)` says so, the reminders planned for the
   * previous settings (pending or cancelled, and not leased: a leased one is being sent) are
   * deleted in the same transaction, for planning to recreate. The rule is the service's.
   * Planning is then the caller's: the service saves through saveSubscription, which does both.
   */
  upsertSubscription(
    settings: SubscriptionSettings,
    now: Date,
    plansOutdated?: (previous: Subscription, settings: SubscriptionSettings) => boolean,
  ): Promise<Subscription>;
  /**
   * upsertSubscription and the planning of the saved subscription's reminders as one
   * transaction: a subscription is never kept without the reminders planned for it (a
   * connection lost in between rolls both back). Returns what was committed.
   */
  saveSubscription(
    settings: SubscriptionSettings,
    now: Date,
    planning: SubscriptionPlanning,
  ): Promise<SavedSubscription>;
  /** The user's subscription, active or not. */
  getSubscription(platform: Platform, userId: string): Promise<Subscription | undefined>;
  getSubscriptionById(id: string): Promise<Subscription | undefined>;
  /** Stops the subscription and cancels its pending reminders; undefined when there was none. */
  deactivateSubscription(platform: Platform, userId: string, now: Date): Promise<Subscription | undefined>;
  /** Active subscriptions ordered by id, after `afterId` (keyset paging for planning). */
  listActiveSubscriptions(afterId: string | undefined, limit: number): Promise<Subscription[]>;
  /** The paid deadlines ('YYYY-MM-DD' ≥ fromDue) of these subscriptions, as [subscriptionId, dueDate]. */
  listPaidDeadlines(subscriptionIds: readonly string[], fromDue: string): Promise<Array<[string, string]>>;

  /** Inserts planned reminders; existing keys, paid deadlines and inactive subscriptions are skipped. Returns how many were new. */
  insertPlanned(planned: readonly PlannedDelivery[], now: Date): Promise<number>;
  /** Schedules a snoozed reminder (same uniqueness); returns the row, new or already there. */
  insertSnooze(planned: PlannedDelivery, now: Date): Promise<Delivery>;
  /** Marks pending reminders whose deadline is before `today` as dropped; returns how many. */
  dropExpired(today: string, now: Date): Promise<number>;
  /** Leases up to `limit` due deliveries to one worker (skipping those leased by others). */
  claimDue(request: ClaimRequest): Promise<ClaimedDelivery[]>;
  /** Records a delivery as sent (a fact, so it holds even if the lease has moved on). */
  markSent(id: string, sentAt: Date, late: boolean): Promise<boolean>;
  /** Records several deliveries as sent in one statement; returns how many were not marked sent before. */
  markSentMany(ids: readonly string[], sentAt: Date, late: boolean): Promise<number>;
  /** Records a failed attempt and releases the lease; false when the worker no longer holds it. */
  markFailed(id: string, workerId: string, failure: FailureUpdate, now: Date): Promise<boolean>;
  /**
   * The platform will never deliver to this user: marks the delivery undeliverable with the
   * reason, cancels the subscription's other pending reminders, stops the subscription and
   * leaves a DeliveryNotice on it. False when the worker no longer holds the lease.
   */
  markUndeliverable(id: string, workerId: string, reason: string, now: Date): Promise<boolean>;
  /** The notice left on the user's subscription, once: it is cleared as it is returned. */
  takeDeliveryNotice(platform: Platform, userId: string): Promise<DeliveryNotice | undefined>;
  /** Gives a leased delivery back unsent, claimable again from `nextAttemptAt` (pacing, shutdown). */
  release(id: string, workerId: string, nextAttemptAt: Date, now: Date): Promise<boolean>;
  /** Marks a deadline paid: its pending reminders are cancelled and planning skips it from now on. */
  markPaid(subscriptionId: string, dueDate: string, now: Date): Promise<MarkPaidResult>;
  getDelivery(id: string): Promise<Delivery | undefined>;
  /** Pending reminders of the user's subscription, soonest first. */
  listUpcoming(platform: Platform, userId: string, limit: number): Promise<Delivery[]>;
  /** Sent, failed, undeliverable and dropped reminders of the user's subscription, latest first. */
  listRecent(platform: Platform, userId: string, limit: number): Promise<Delivery[]>;

  /** True the first time `key` is seen within `ttlMs` (Slack retry deduplication across instances). */
  rememberEvent(key: string, ttlMs: number, now: Date): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** PostgreSQL only: the schema to use (created when missing); tests isolate themselves with it. */
  pgSchema?: string;
  /** PostgreSQL only: pool size (default 5). */
  pgPoolSize?: number;
  /**
   * PostgreSQL only: told when a connection fails outside any query (the server closed it, the
   * network dropped it). The pool replaces it by itself; this is for the logs.
   */
  onConnectionError?: (error: Error) => void;
}

// ---- Conversations, unanswered turns, the event inbox ----

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
  /** How many times processing started, this one included (1 for the first). */
  attempts: number;
}

export interface EventStore {
  /** True the first time `key` is seen within `ttlMs` (retry deduplication across instances). */
  rememberEvent(key: string, ttlMs: number, now: Date): Promise<boolean>;
  /**
   * Writes an event to the durable inbox before it is acknowledged, leased to `workerId` for
   * `leaseMs` from `receivedAt` (it is being processed right now). False when the key is there
   * already, answered or not (a redelivery).
   */
  enqueueEvent(event: Omit<InboxEvent, 'attempts'>, workerId: string, leaseMs: number): Promise<boolean>;
  /** Leases events whose lease expired (their process died), oldest first. */
  claimEvents(workerId: string, now: Date, leaseMs: number, limit: number): Promise<InboxEvent[]>;
  /**
   * Extends the leases `workerId` holds on these events to `now + leaseMs` (they are still being
   * answered, or waiting in its queue); returns how many it still held.
   */
  renewEvents(workerId: string, keys: readonly string[], now: Date, leaseMs: number): Promise<number>;
  /**
   * Gives back the leases `workerId` holds on these unanswered events (a shutdown), so that the
   * next process answers them at once. `started`: false for events never started here, whose
   * taking does not count as an attempt (nor does a clean failure to be retried). `retryAt`: not
   * claimable before then (a platform that failed for now). Returns how many were released.
   */
  releaseEvents(workerId: string, keys: readonly string[], started: boolean, retryAt?: Date): Promise<number>;
  /**
   * The event was answered: it is never claimed again and its payload is discarded. Its key stays
   * until the retention purge (`purgeExpired`), so that a late redelivery is still recognised.
   */
  completeEvent(key: string): Promise<void>;
  /**
   * Gives up on unanswered events received before `before` (too old to answer now): never claimed
   * again, payload discarded, key kept like a completed one. Returns how many.
   */
  dropStaleEvents(before: Date): Promise<number>;
}

/** What "forget me" removed. */
export interface ForgetResult {
  subscriptions: number;
  deliveries: number;
  conversations: number;
  unanswered: number;
}

/** What a retention purge removed. */
export interface PurgeResult {
  conversations: number;
  seenEvents: number;
  inboxEvents: number;
}

/** Everything the bot keeps, behind one object. */
export interface Store extends ReminderStore, ConversationStore, UnansweredStore, EventStore {
  /**
   * Deletes everything kept about one user: subscriptions (with their deliveries and paid
   * deadlines), conversation state, and the unanswered records whose hash is `userHash`.
   */
  forgetUser(platform: Platform, userId: string, userHash: string): Promise<ForgetResult>;
  /**
   * Retention: deletes conversation state expired by `now`, seen-event keys past their ttl, and
   * inbox keys (answered or given up) of events received before `inboxBefore`.
   */
  purgeExpired(now: Date, inboxBefore: Date): Promise<PurgeResult>;
  /**
   * A per-installation setting (a generated secret such as the key that hashes user ids): the
   * stored value, or `initial` stored now when there is none. Every instance sharing the database
   * gets the same value, whoever stored it first. Never touched by forgetUser or retention.
   */
  setting(name: string, initial: string): Promise<string>;
  /** Resolves when the database answers a trivial query (for /readyz); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
