// The scheduler: plan → claim → send → mark, once per tick.
//
// Guarantees (tested with real processes in test/reminders/processes.ts):
// - Nothing is lost: a delivery is a row; a worker leases it, and a worker killed at any moment
//   leaves a lease that expires, after which any worker (or the restarted one) claims it again.
// - Nothing is doubled by the store: the key (subscription, due date, lead) is unique and a
//   lease belongs to one worker at a time. Between a successful send and its "sent" mark there
//   is a window (a crash, a lost database connection) in which the platform has the message
//   but the store does not know: the delivery is then sent again, with the same idempotency
//   key. That window holds the sends in flight and the marks not yet written, which are
//   written in groups while a batch is sent (one statement at a time, see sentMarks). So
//   delivery is at-least-once in general, and exactly-once where the receiving side
//   deduplicates on `meta.idempotencyKey` (Discord's enforce_nonce and LINE's retry key do;
//   Slack has no such key). A worker never starts a send once its lease is about to expire, so a slow batch
//   cannot overlap another worker's lease of the same row.
// - After downtime: a reminder whose deadline has not passed goes out marked late; one whose
//   deadline has passed is dropped and counted.
// - Failures: a rate limit (an error carrying `retryAfterMs`) waits exactly that long and does
//   not count toward giving up; a platform that will never deliver (UndeliverableError) stops
//   the subscription's reminders and leaves the user a notice; one where retrying cannot help
//   (PermanentSendError) fails the delivery at once; any other error retries with exponential
//   backoff, and after the last attempt the delivery stays visible as `failed`.
import { toIsoDate, tokyoToday } from '../domain/dates.js';
import type { KnowledgeBase } from '../domain/knowledge-base.js';
import type { ClaimedDelivery, ReminderStore } from '../store/port.js';
import { purgeExpiredData, type RetentionPolicy, type RetentionStore } from '../store/retention.js';
import type { Answer } from '../types.js';
import { type BackoffPolicy, backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
import { retryAfterOf, sendFailureOf } from './errors.js';
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
 * (see RateLimitError), an UndeliverableError when the platform will never deliver to the user,
 * a PermanentSendError when retrying cannot help, or any other error for a failure worth retrying.
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
  /**
   * Deletes data kept past its time (unanswered records, expired conversation state and event
   * keys) once per `intervalMs` (default 1 h) across all instances, when given.
   */
  retention?: { store: RetentionStore; policy?: RetentionPolicy; intervalMs?: number };
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
  /** Gave up after the last attempt, or at once when retrying cannot help (kept as failed). */
  failed: number;
  /** The platform will never deliver to the user: their reminders stopped, a notice left. */
  undeliverable: number;
  /** Failed and scheduled again with backoff. */
  retried: number;
  /** Rate limited and scheduled again after Retry-After. */
  rateLimited: number;
  /** Held back by per-destination pacing. */
  deferred: number;
  /** Given back unsent because the lease was about to expire. */
  released: number;
  /** Rows deleted by the retention pass, when one ran this tick. */
  purged: number;
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

/** One tick's batch in progress. */
interface Tick {
  report: TickReport;
  /** Sent marks being written; the tick ends when all are. */
  marking: Promise<void>[];
  /** Subscriptions found undeliverable in this batch: their other reminders are not tried. */
  unreachable: Set<string>;
}

const emptyReport = (): TickReport => ({
  planned: 0,
  claimed: 0,
  sent: 0,
  late: 0,
  dropped: 0,
  failed: 0,
  undeliverable: 0,
  retried: 0,
  rateLimited: 0,
  deferred: 0,
  released: 0,
  purged: 0,
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

  const marks = sentMarks(store, now);
  let lastPlannedBucket: number | undefined;
  let lastPurgedBucket: number | undefined;
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

  async function maybePurge(at: Date): Promise<number> {
    const retention = options.retention;
    if (!retention) return 0;
    const intervalMs = retention.intervalMs ?? 60 * 60_000;
    const bucket = Math.floor(at.getTime() / intervalMs);
    if (bucket === lastPurgedBucket) return 0;
    lastPurgedBucket = bucket;
    try {
      if (!(await store.rememberEvent(`store:retention:${bucket}`, intervalMs, at))) return 0;
      const purged = await purgeExpiredData(retention.store, at, retention.policy);
      return purged.unanswered + purged.conversations + purged.seenEvents + purged.inboxEvents;
    } catch (error) {
      // Housekeeping never holds reminders back; the next interval tries again.
      onError(error, 'retention');
      return 0;
    }
  }

  async function deliver(claimed: ClaimedDelivery, tick: Tick): Promise<void> {
    const { delivery, subscription } = claimed;
    const { report } = tick;
    // Found unreachable earlier in this batch: the store cancelled this reminder with it.
    if (tick.unreachable.has(subscription.id)) return;
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
      await recordFailure(claimed, error, tick);
      return;
    }
    // The message is out: record it, even if the lease has moved on. The mark joins the group
    // being written (sentMarks) while this lane goes on; the tick ends when all are written.
    tick.marking.push(
      marks.add(delivery.id, late).then(
        () => {
          report.sent++;
          if (late) report.late++;
        },
        (error) => onError(error, `marking reminder ${delivery.id} sent`),
      ),
    );
  }

  async function recordFailure(claimed: ClaimedDelivery, error: unknown, tick: Tick): Promise<void> {
    const { delivery, subscription } = claimed;
    const { report } = tick;
    const at = now();
    const message = error instanceof Error ? error.message : String(error);
    const failure = sendFailureOf(error);
    if (failure?.kind === 'undeliverable') {
      tick.unreachable.add(subscription.id);
      if (await store.markUndeliverable(delivery.id, workerId, failure.reason, at)) report.undeliverable++;
      return;
    }
    if (failure?.kind === 'permanent') {
      await store.markFailed(
        delivery.id,
        workerId,
        { error: failure.reason, nextAttemptAt: null, countsAsAttempt: true },
        at,
      );
      report.failed++;
      onError(error, `reminder ${delivery.id} failed for good: ${failure.reason}`);
      return;
    }
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
    report.purged = await maybePurge(at);
    report.dropped = await store.dropExpired(today, at);
    const claimed = await store.claimDue({ workerId, now: at, leaseMs, limit: batchSize, today });
    report.claimed = claimed.length;
    const queue = [...claimed];
    const tick: Tick = { report, marking: [], unreachable: new Set() };
    const lanes = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        try {
          await deliver(next, tick);
        } catch (error) {
          // A store error mid-delivery: the lease expires and the row is taken again.
          onError(error, `delivering reminder ${next.delivery.id}`);
        }
      }
    });
    await Promise.all(lanes);
    await Promise.all(tick.marking);
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

/**
 * Marks deliveries sent in groups, one statement at a time: the marks that arrive while one
 * statement runs are written together by the next (two statements when late and on-time
 * reminders mix). The groups adapt to the pace: when sends take longer than a statement (real
 * platforms), a group is one or two marks; when sends are instant, it is much of the batch, and
 * the database commits once per group instead of once per reminder. Each statement is tried
 * twice, because a lost mark means the reminder is sent again.
 */
function sentMarks(store: ReminderStore, now: () => Date): { add(id: string, late: boolean): Promise<void> } {
  interface Mark {
    id: string;
    late: boolean;
    resolve: () => void;
    reject: (error: unknown) => void;
  }
  let waiting: Mark[] = [];
  let writing = false;

  async function write(ids: string[], late: boolean): Promise<void> {
    try {
      await store.markSentMany(ids, now(), late);
    } catch {
      await store.markSentMany(ids, now(), late);
    }
  }

  async function drain(): Promise<void> {
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      for (const late of [false, true]) {
        const marks = group.filter((m) => m.late === late);
        if (marks.length === 0) continue;
        try {
          await write(
            marks.map((m) => m.id),
            late,
          );
          for (const m of marks) m.resolve();
        } catch (error) {
          for (const m of marks) m.reject(error);
        }
      }
    }
    writing = false;
  }

  return {
    add(id, late) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ id, late, resolve, reject });
        if (writing) return;
        // Wait one turn of the event loop, so that every lane whose send finished in this turn
        // joins the first group too.
        writing = true;
        setImmediate(() => void drain());
      });
    },
  };
}
