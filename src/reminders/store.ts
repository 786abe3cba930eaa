// The store port: everything the reminder engine keeps, behind one async interface with two
// implementations (SQLite for one process, PostgreSQL for several) that one contract test
// suite checks alike (test/reminders/store-contract.ts).
import type { Platform } from '../types.js';
import { parseDatabaseUrl } from './database-url.js';
import type { PlannedDelivery } from './plan.js';
import type { Subscription, SubscriptionSettings } from './subscription.js';

/**
 * pending   waiting for its send time (or for a retry: `attempts` > 0, `lastError` set)
 * sent      delivered
 * failed    gave up after many attempts; kept and listed, never silently dropped
 * dropped   its deadline passed before it could be sent (after downtime)
 * cancelled the deadline was paid, or the subscription cancelled
 */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'dropped' | 'cancelled';

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

export interface ReminderStore {
  readonly kind: 'sqlite' | 'postgres';

  /** Creates the user's subscription or changes it (one per platform + user; re-subscribing reactivates). */
  upsertSubscription(settings: SubscriptionSettings, now: Date): Promise<Subscription>;
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
  /** Records a failed attempt and releases the lease; false when the worker no longer holds it. */
  markFailed(id: string, workerId: string, failure: FailureUpdate, now: Date): Promise<boolean>;
  /** Gives a leased delivery back unsent, claimable again from `nextAttemptAt` (pacing, shutdown). */
  release(id: string, workerId: string, nextAttemptAt: Date, now: Date): Promise<boolean>;
  /** Marks a deadline paid: its pending reminders are cancelled and planning skips it from now on. */
  markPaid(subscriptionId: string, dueDate: string, now: Date): Promise<MarkPaidResult>;
  getDelivery(id: string): Promise<Delivery | undefined>;
  /** Pending reminders of the user's subscription, soonest first. */
  listUpcoming(platform: Platform, userId: string, limit: number): Promise<Delivery[]>;
  /** Sent, failed and dropped reminders of the user's subscription, latest first. */
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
}

/**
 * Opens the store `DATABASE_URL` names and brings its schema up to date:
 * unset → SQLite at ./data/atone-bot.db; `sqlite:/path/file.db` or `sqlite::memory:`;
 * `postgres://…` or `postgresql://…` → PostgreSQL. Anything else throws a ReminderError.
 * The drivers are loaded only when chosen.
 */
export async function openStore(
  databaseUrl?: string,
  options: OpenStoreOptions = {},
): Promise<ReminderStore> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.kind === 'sqlite') {
    const { openSqliteStore } = await import('./sqlite-store.js');
    return openSqliteStore(target.path);
  }
  const { openPostgresStore } = await import('./postgres-store.js');
  return openPostgresStore(target.url, options);
}
