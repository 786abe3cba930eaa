// The scheduler: plan → claim → send → mark, once per tick.
//
// Guarantees (see also the report in test/reminders/crash.test.ts):
// - Nothing is lost: a delivery is a row; a worker leases it, and a worker killed at any moment
//   leaves a lease that expires, after which any worker (or the restarted one) claims it again.
// - Nothing is doubled by the store: the key (subscription, due date, lead) is unique and a
//   lease belongs to one worker at a time. Between a successful send and its "sent" mark there
//   is a window (a crash, a lost database connection) in which the platform has the message
//   but the store does not know: the delivery is then sent again, with the same idempotency
//   key. So delivery is at-least-once in general, and exactly-once where the receiving side
//   deduplicates on `meta.idempotencyKey` (Discord's enforce_nonce does; Slack has no such
//   key). A worker never starts a send once its lease is about to expire, so a slow batch
//   cannot overlap another worker's lease of the same row.
// - After downtime: a reminder whose deadline has not passed goes out marked late; one whose
//   deadline has passed is dropped and counted.
// - Failures: a rate limit (an error carrying `retryAfterMs`) waits exactly that long and does
//   not count toward giving up; any other error retries with exponential backoff, and after the
//   last attempt the delivery stays visible as `failed`.
import { toIsoDate, tokyoToday } from '../domain/dates.js';
import type { KnowledgeBase } from '../domain/knowledge-base.js';
import type { ClaimedDelivery, ReminderStore } from '../store/port.js';
import type { Answer } from '../types.js';
import { type BackoffPolicy, backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
import { retryAfterOf } from './errors.js';
import { DestinationPacer } from './pacer.js';
import { deadlinePassed } from './plan.js';
import { planAllSubscriptions } from './planner.js';
import { reminderAnswer } from './reminder-answer.js';

/** What a send knows beyond the destination and the answer. */
export interface SendMeta {
  deliveryId: string;
  /** Stable for one reminder across retries and crashes: pass it to a platform that deduplicates. */
  idempotencyKey: string;
  late: boolean;
}

/**
 * The adapters' port: returns on success; throws an error with `retryAfterMs` when rate limited
 * (see RateLimitError), or any other error for a failure worth retrying.
 */
export type SendFn = (destination: string, answer: Answer, meta: SendMeta) => Promise<void>;

/** setTimeout/clearTimeout, injectable so that tests drive the loop without sleeping. */
export interface Timer {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SchedulerOptions {
  store: ReminderStore;
  kb: KnowledgeBase;
  now: () => Date;
  send: SendFn;
  /** Unique per process: leases are taken in its name. */
  workerId: string;
  /** How long a claim is held before another worker may take it over (default 60 s). */
  leaseMs?: number;
  /** Deliveries claimed per tick (default 100). */
  batchSize?: number;
  /** Sends in flight at once within a tick (default 4). */
  concurrency?: number;
  /** Pause between ticks when started (default 5 s). */
  intervalMs?: number;
  /** Minimum gap between two messages to one destination (default 1 s). */
  paceMs?: number;
  /**
   * A send this much after its time is marked late (default 1 h: a queue that takes a while to
   * drain at the platforms' rate limits is not "late"; downtime is).
   */
  lateAfterMs?: number;
  /** Days ahead that planning covers (default 35: the next month's deadlines and their lead times). */
  horizonDays?: number;
  /** How often the whole plan is refreshed, across all instances together (default 1 h). */
  planIntervalMs?: number;
  /** False for a process that only delivers what others planned (default true). */
  planning?: boolean;
  backoff?: BackoffPolicy;
  timer?: Timer;
  /** Where unexpected errors go (a failed tick, a failed send); default console.error. */
  onError?: (error: unknown, context: string) => void;
  /** Called after each tick the loop runs. */
  onTick?: (report: TickReport) => void;
}

export interface TickReport {
  /** New delivery rows from planning. */
  planned: number;
  /** Claimed this tick. */
  claimed: number;
  /** Sent successfully, late ones included. */
  sent: number;
  /** Of `sent`, those marked late. */
  late: number;
  /** Deadline passed before they could be sent. */
  dropped: number;
  /** Gave up after the last attempt (kept as failed). */
  failed: number;
  /** Failed and scheduled again with backoff. */
  retried: number;
  /** Rate limited and scheduled again after Retry-After. */
  rateLimited: number;
  /** Held back by per-destination pacing. */
  deferred: number;
  /** Given back unsent because the lease was about to expire. */
  released: number;
}

export interface Scheduler {
  /** One round: plan when due, drop expired, claim, send, mark. Ticks never overlap. */
  tick(): Promise<TickReport>;
  /** Plans every active subscription now, whatever the plan interval; returns new rows. */
  planNow(): Promise<number>;
  /** Starts ticking every `intervalMs` (the first tick at once). */
  start(): void;
  /** Stops the loop and waits for a tick in progress to finish. */
  stop(): Promise<void>;
}

const emptyReport = (): TickReport => ({
  planned: 0,
  claimed: 0,
  sent: 0,
  late: 0,
  dropped: 0,
  failed: 0,
  retried: 0,
  rateLimited: 0,
  deferred: 0,
  released: 0,
});

export function reminderIdempotencyKey(delivery: {
  subscriptionId: string;
  dueDate: string;
  leadDays: number;
}): string {
  return `atone-reminder:${delivery.subscriptionId}:${delivery.dueDate}:${delivery.leadDays}`;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, kb, now, send, workerId } = options;
  const leaseMs = options.leaseMs ?? 60_000;
  const batchSize = options.batchSize ?? 100;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const intervalMs = options.intervalMs ?? 5_000;
  const lateAfterMs = options.lateAfterMs ?? 60 * 60_000;
  const horizonDays = options.horizonDays ?? 35;
  const planIntervalMs = options.planIntervalMs ?? 60 * 60_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const timer: Timer = options.timer ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const onError = options.onError ?? ((error, context) => console.error(`[reminders] ${context}:`, error));
  // Stop starting sends when less than this is left of the lease: a send that began just before
  // expiry could still be in flight when another worker claims the row.
  const leaseSafetyMs = Math.min(leaseMs / 4, 15_000);
  const pacer = new DestinationPacer(options.paceMs ?? 1_000);

  let lastPlannedBucket: number | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let running = false;
  let handle: unknown;

  async function maybePlan(at: Date): Promise<number> {
    // One instance plans per interval: the bucket key is claimed through the store, so that
    // ten processes on one PostgreSQL do not all re-plan a million subscriptions.
    if (options.planning === false) return 0;
    const bucket = Math.floor(at.getTime() / planIntervalMs);
    if (bucket === lastPlannedBucket) return 0;
    lastPlannedBucket = bucket;
    if (!(await store.rememberEvent(`reminders:plan:${bucket}`, planIntervalMs, at))) return 0;
    return planAllSubscriptions(store, kb, at, horizonDays);
  }

  async function deliver(claimed: ClaimedDelivery, report: TickReport): Promise<void> {
    const { delivery, subscription } = claimed;
    const at = now();
    const atMs = at.getTime();
    const leaseUntil = delivery.leaseUntil?.getTime() ?? 0;
    if (atMs >= leaseUntil - leaseSafetyMs || deadlinePassed(delivery.dueDate, at)) {
      // Too late in the lease to start a send safely, or midnight passed during the batch: give
      // it back untouched (the next tick sends it, or drops it as expired).
      if (await store.release(delivery.id, workerId, delivery.nextAttemptAt, at)) report.released++;
      return;
    }
    const allowedAt = pacer.reserve(subscription.destination, atMs);
    if (allowedAt > 0) {
      if (await store.release(delivery.id, workerId, new Date(allowedAt), at)) report.deferred++;
      return;
    }
    const late = atMs - delivery.sendAt.getTime() > lateAfterMs;
    const answer = reminderAnswer({ kb, subscription, delivery, now: at, late });
    try {
      await send(subscription.destination, answer, {
        deliveryId: delivery.id,
        idempotencyKey: reminderIdempotencyKey(delivery),
        late,
      });
    } catch (error) {
      await recordFailure(claimed, error, report);
      return;
    }
    // The message is out: record it even if the lease has moved on, and try twice, because a
    // lost mark means the reminder is sent again.
    const sentAt = now();
    try {
      await store.markSent(delivery.id, sentAt, late);
    } catch {
      await store.markSent(delivery.id, sentAt, late);
    }
    report.sent++;
    if (late) report.late++;
  }

  async function recordFailure(claimed: ClaimedDelivery, error: unknown, report: TickReport): Promise<void> {
    const { delivery, subscription } = claimed;
    const at = now();
    const message = error instanceof Error ? error.message : String(error);
    const retryAfterMs = retryAfterOf(error);
    if (retryAfterMs !== undefined) {
      const until = new Date(at.getTime() + retryAfterMs);
      pacer.pause(subscription.destination, until.getTime());
      await store.markFailed(
        delivery.id,
        workerId,
        { error: `rate limited: ${message}`, nextAttemptAt: until, countsAsAttempt: false },
        at,
      );
      report.rateLimited++;
      return;
    }
    const delay = backoffDelay(delivery.attempts + 1, backoff);
    const nextAttemptAt = delay === undefined ? null : new Date(at.getTime() + delay);
    await store.markFailed(
      delivery.id,
      workerId,
      { error: message, nextAttemptAt, countsAsAttempt: true },
      at,
    );
    if (nextAttemptAt) report.retried++;
    else {
      report.failed++;
      onError(error, `reminder ${delivery.id} failed for good after ${delivery.attempts + 1} attempts`);
    }
  }

  async function runTick(): Promise<TickReport> {
    const report = emptyReport();
    const at = now();
    const today = toIsoDate(tokyoToday(at));
    report.planned = await maybePlan(at);
    report.dropped = await store.dropExpired(today, at);
    const claimed = await store.claimDue({ workerId, now: at, leaseMs, limit: batchSize, today });
    report.claimed = claimed.length;
    const queue = [...claimed];
    const lanes = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        try {
          await deliver(next, report);
        } catch (error) {
          // A store error mid-delivery: the lease expires and the row is taken again.
          onError(error, `delivering reminder ${next.delivery.id}`);
        }
      }
    });
    await Promise.all(lanes);
    pacer.prune(now().getTime());
    return report;
  }

  function tick(): Promise<TickReport> {
    const result = chain.then(runTick, runTick);
    chain = result.catch(() => undefined);
    return result;
  }

  function schedule(ms: number): void {
    handle = timer.setTimeout(() => {
      tick()
        .then((report) => options.onTick?.(report))
        .catch((error) => onError(error, 'reminder tick'))
        .finally(() => {
          if (running) schedule(intervalMs);
        });
    }, ms);
  }

  return {
    tick,
    planNow: () => {
      const result = chain.then(() => planAllSubscriptions(store, kb, now(), horizonDays));
      chain = result.catch(() => undefined);
      return result;
    },
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (handle !== undefined) timer.clearTimeout(handle);
      handle = undefined;
      await chain;
    },
  };
}
