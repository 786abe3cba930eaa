// Acknowledged means kept. A webhook event (Slack's Events API, LINE) is written to the store's
// durable inbox before the platform gets its acknowledgement, answered from a bounded queue, and
// then marked done. When a process dies with events unanswered, their leases expire and the
// recovery loop (of any process on the same database, or the same one restarted) answers them,
// each once; events too old to be worth answering are dropped and counted.
//
// The queue runs at most `concurrency` answers at once and starts each one on a later turn of the
// event loop, so that under a burst the acknowledgements (which Slack waits for, 3 s at most) go
// before the answers, and at most `concurrency` answers are caught between "sent to the
// platform" and "marked done" when the process is killed (those are the only ones that can be
// sent twice). Events of one conversation are answered one after the other, in the order they
// came (a follow-up must meet the state its predecessor left); other conversations in parallel.
//
// Every event this process holds (queued or running) keeps its lease while it is here: the
// leases are renewed every third of their length, so that a slow turn is never taken over by
// another process or answered again after a restart while it is still being answered. A
// shutdown stops taking events, finishes what it can by its deadline, and gives back the leases
// of the rest so that the next process answers them at once.
import type { Logger } from '../src/log.js';
import type { Metrics } from '../src/metrics.js';
import type { EventStore } from '../src/store/port.js';
import type { Platform } from '../src/types.js';

/**
 * Answers one event; `replay` is true when it comes from the inbox after a crash or a retry.
 * Throwing a RetryLater (the platform failed for now and the user got nothing, not even the
 * apology) leaves the event in the inbox, answered again a little later; any other failure is the
 * adapter's own to answer, and the event is done.
 */
export type InboxHandler = (payload: unknown, replay: boolean) => Promise<void>;

/** Thrown by a handler when its answer could not reach the platform for now: try again later. */
export class RetryLater extends Error {
  readonly retryLater = true;
}

/** How long a RetryLater event waits; until the staleness window ends, then it is dropped and counted. */
const RETRY_AFTER_MS = 10_000;

export type Admission = 'queued' | 'duplicate';

/** The conversation an event belongs to (e.g. user and channel); events without one run in parallel. */
export type ConversationOf = (payload: unknown) => string | undefined;

export interface Inbox {
  /**
   * How a platform's events are answered, live and after a crash; `conversationOf` says which
   * events must be answered one after the other.
   */
  handle(platform: Platform, handler: InboxHandler, conversationOf?: ConversationOf): void;
  /**
   * Writes the event to the inbox and queues its answer; resolves when it is safe to acknowledge.
   * 'duplicate': the key was there already (a retry or redelivery), nothing is queued. With the
   * store down the event is still answered, without the guarantee (logged and counted).
   */
  accept(platform: Platform, key: string, payload: unknown): Promise<Admission>;
  /** Starts the recovery loop (its first pass at once). */
  start(): void;
  /**
   * Stops claiming; answers what is queued and running until `deadline` (queued events are
   * started until a second before it); then gives back the leases of what is left. Resolves
   * with what was left unanswered.
   */
  stop(deadline: number): Promise<{ released: number }>;
}

export interface InboxOptions {
  store: EventStore;
  workerId: string;
  log: Logger;
  metrics: Metrics;
  now: () => Date;
  /**
   * True when no other live process can hold a lease on this database (SQLite: one process per
   * file), so that at start every leased event belongs to a dead process and is answered at once.
   */
  soleProcess: boolean;
  /** Answers in flight at once (default 8). */
  concurrency?: number;
  /** How long an event belongs to the process that received it (default 30 s). */
  leaseMs?: number;
  /** Unanswered events older than this are dropped rather than answered late (default 5 min). */
  staleAfterMs?: number;
  /** Pause between recovery passes (default 5 s). */
  intervalMs?: number;
  /** Processing starts after which an event is given up (it may be what kills the process; default 3). */
  maxAttempts?: number;
  /** A store write slower than this counts as failed: Slack waits 3 s for its acknowledgement (default 2 s). */
  acceptTimeoutMs?: number;
}

interface Job {
  platform: Platform;
  key: string;
  /** The conversation key, prefixed with the platform; undefined: no ordering needed. */
  conversation: string | undefined;
  payload: unknown;
  replay: boolean;
  /** False when the store could not take the event in time (it may still have, later). */
  durable: boolean;
}

export function createInbox(options: InboxOptions): Inbox {
  const { store, workerId, log, metrics, now } = options;
  const concurrency = options.concurrency ?? 8;
  const leaseMs = options.leaseMs ?? 30_000;
  const staleAfterMs = options.staleAfterMs ?? 5 * 60_000;
  const intervalMs = options.intervalMs ?? 5_000;
  const maxAttempts = options.maxAttempts ?? 3;
  const acceptTimeoutMs = options.acceptTimeoutMs ?? 2_000;
  const handlers = new Map<Platform, { handler: InboxHandler; conversationOf?: ConversationOf }>();
  const queue: Job[] = [];
  /** Jobs queued or running here, by key: a recovery pass never takes them over from ourselves. */
  const local = new Map<string, Job>();
  /** Keys of the jobs running now. */
  const runningKeys = new Set<string>();
  /** Conversations with a job running: their next job waits. */
  const busy = new Set<string>();
  let pumping = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let renewal: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  /** Set at the end of a shutdown: queued jobs are no longer started. */
  let closing = false;
  /** The last recovery pass filled the queue: more may be waiting in the inbox. */
  let backlog = false;
  let passing = false;
  const startedAt = now().getTime();
  const idleWaiters: Array<() => void> = [];

  function conversationOf(platform: Platform, payload: unknown): string | undefined {
    const of = handlers.get(platform)?.conversationOf;
    if (!of) return undefined;
    try {
      const conversation = of(payload);
      return conversation === undefined ? undefined : `${platform}:${conversation}`;
    } catch {
      return undefined;
    }
  }

  function enqueue(job: Job): void {
    if (closing) {
      // Accepted during the last second of a shutdown: kept for the next process.
      void release([job], false);
      return;
    }
    local.set(job.key, job);
    queue.push(job);
    pump();
  }

  /** The first queued job whose conversation is not being answered (queue order within each). */
  function nextRunnable(): Job | undefined {
    const index = queue.findIndex((job) => job.conversation === undefined || !busy.has(job.conversation));
    return index < 0 ? undefined : queue.splice(index, 1)[0];
  }

  /** Starts queued jobs up to the limit, one per event-loop turn, after pending I/O (new requests). */
  function pump(): void {
    if (pumping) return;
    pumping = true;
    setImmediate(() => {
      pumping = false;
      if (closing || runningKeys.size >= concurrency) return;
      const job = nextRunnable();
      if (!job) return;
      runningKeys.add(job.key);
      if (job.conversation) busy.add(job.conversation);
      void run(job).finally(() => {
        runningKeys.delete(job.key);
        if (job.conversation) busy.delete(job.conversation);
        local.delete(job.key);
        if (queue.length > 0) pump();
        if (runningKeys.size === 0 && (queue.length === 0 || closing))
          for (const wake of idleWaiters.splice(0)) wake();
        // A backlog left by a crash is taken in batches as fast as they are answered.
        if (backlog && !passing && !stopped && queue.length < concurrency) schedule(0);
      });
      if (queue.length > 0) pump();
    });
  }

  async function run(job: Job): Promise<void> {
    const handler = handlers.get(job.platform)?.handler;
    try {
      if (!handler) throw new Error(`no inbox handler for ${job.platform}`);
      await handler(job.payload, job.replay);
    } catch (error) {
      if ((error as Partial<RetryLater> | null)?.retryLater && job.durable) {
        // Nothing reached the user: the event waits in the inbox (any process may take it).
        const retryAt = new Date(now().getTime() + RETRY_AFTER_MS);
        const kept = await store.releaseEvents(workerId, [job.key], false, retryAt).then(
          (released) => released === 1,
          () => false,
        );
        if (kept) {
          log.warn('inbox: answer could not be delivered; retried later', {
            platform: job.platform,
            key: job.key,
            retryInS: RETRY_AFTER_MS / 1000,
          });
          return;
        }
      } else {
        // Adapters answer their own failures (an apology); this is a bug in one of them.
        log.error('inbox event failed', { platform: job.platform, key: job.key, error });
      }
    }
    // Also when the write timed out: it may have landed after all, and must not be answered again.
    // A lost connection (a database restart) is retried: a mark left undone means a second answer.
    for (let attempt = 1; ; attempt++) {
      try {
        await store.completeEvent(job.key);
        return;
      } catch (error) {
        if (attempt < 3 && job.durable) {
          await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
          continue;
        }
        // Left leased: answered again after the lease, which beats losing it.
        if (job.durable) log.warn('inbox event not marked done', { key: job.key, error });
        return;
      }
    }
  }

  /** Keeps the leases of every event held here (queued or running) from expiring. */
  async function renew(): Promise<void> {
    const keys = [...local.values()].filter((job) => job.durable).map((job) => job.key);
    if (keys.length === 0) return;
    try {
      const held = await store.renewEvents(workerId, keys, now(), leaseMs);
      // Fewer than asked: some were answered meanwhile, or (a pause longer than the lease) taken over.
      if (held < keys.length) log.debug('inbox: leases renewed', { asked: keys.length, held });
    } catch (error) {
      log.warn('inbox: leases not renewed', { count: keys.length, error });
    }
  }

  async function recover(): Promise<void> {
    const at = now();
    const dropped = await store.dropStaleEvents(new Date(at.getTime() - staleAfterMs));
    if (dropped > 0) {
      metrics.count('inboxStale', {}, dropped);
      log.warn('inbox: stale events dropped unanswered', { count: dropped, olderThanS: staleAfterMs / 1000 });
    }
    // Room in the queue only: a backlog is answered at the pace it can be, not all leased at once.
    const room = concurrency * 4 - queue.length;
    if (room <= 0) return;
    // A sole process: every lease taken before it started is a dead process's, so take it now.
    const claimAt = options.soleProcess ? new Date(Math.max(at.getTime(), startedAt + leaseMs)) : at;
    const events = await store.claimEvents(workerId, claimAt, leaseMs, room);
    backlog = events.length === room;
    for (const event of events) {
      if (local.has(event.key)) continue;
      if (stopped) {
        // Claimed while shutting down: give it back untouched.
        await store.releaseEvents(workerId, [event.key], false).catch(() => {});
        continue;
      }
      if (event.attempts > maxAttempts) {
        await store.completeEvent(event.key);
        log.error('inbox: event given up after repeated failures', {
          key: event.key,
          attempts: event.attempts,
        });
        continue;
      }
      metrics.count('inboxReplayed', { platform: event.platform });
      log.info('inbox: answering an event left by a stopped process', {
        platform: event.platform,
        key: event.key,
        attempts: event.attempts,
      });
      enqueue({
        platform: event.platform,
        key: event.key,
        conversation: conversationOf(event.platform, event.payload),
        payload: event.payload,
        replay: true,
        durable: true,
      });
    }
  }

  function schedule(ms: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void pass(), ms);
    timer.unref();
  }

  async function pass(): Promise<void> {
    if (passing) return;
    passing = true;
    try {
      await recover();
    } catch (error) {
      backlog = false;
      log.warn('inbox recovery pass failed', { error });
    } finally {
      passing = false;
      if (!stopped) schedule(backlog && queue.length < concurrency ? 0 : intervalMs);
    }
  }

  /** Resolves when nothing runs and nothing startable is queued, or at `deadline`. */
  async function idleBy(deadline: number): Promise<void> {
    if (runningKeys.size === 0 && (queue.length === 0 || closing)) return;
    const idle = new Promise<void>((resolve) => idleWaiters.push(resolve));
    let expire: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => {
      expire = setTimeout(resolve, Math.max(0, deadline - Date.now()));
    });
    await Promise.race([idle, late]);
    clearTimeout(expire);
  }

  /** Gives back the leases of these jobs, logging rather than failing the shutdown. */
  async function release(jobs: readonly Job[], started: boolean): Promise<number> {
    const keys = jobs.filter((job) => job.durable).map((job) => job.key);
    if (keys.length === 0) return 0;
    try {
      return await store.releaseEvents(workerId, keys, started);
    } catch (error) {
      log.warn('inbox: leases not given back; the next process waits for them to expire', {
        count: keys.length,
        error,
      });
      return 0;
    }
  }

  return {
    handle(platform, handler, conversation) {
      handlers.set(platform, { handler, ...(conversation ? { conversationOf: conversation } : {}) });
    },
    async accept(platform, key, payload) {
      let durable = true;
      try {
        const receivedAt = now();
        const write = store.enqueueEvent({ key, platform, payload, receivedAt }, workerId, leaseMs);
        if (!(await within(write, acceptTimeoutMs))) {
          metrics.count('duplicateEvents', { platform });
          log.info('duplicate event dropped', { platform, key });
          return 'duplicate';
        }
      } catch (error) {
        // The store is down or slow: answer now rather than make the platform retry into the outage.
        durable = false;
        log.warn('inbox unavailable: answering without keeping the event', { platform, key, error });
      }
      enqueue({
        platform,
        key,
        conversation: conversationOf(platform, payload),
        payload,
        replay: false,
        durable,
      });
      return 'queued';
    },
    start() {
      stopped = false;
      closing = false;
      schedule(0);
      renewal = setInterval(() => void renew(), Math.max(50, Math.floor(leaseMs / 3)));
      renewal.unref();
    },
    async stop(deadline) {
      stopped = true;
      if (timer) clearTimeout(timer);
      // Queued events are started until a second before the deadline, so that the last ones
      // started have that second to finish.
      await idleBy(Math.max(Date.now(), deadline - 1_000));
      closing = true;
      const unstarted = queue.splice(0);
      for (const job of unstarted) local.delete(job.key);
      let released = await release(unstarted, false);
      await idleBy(deadline);
      const unfinished = [...local.values()];
      released += await release(unfinished, true);
      if (renewal) clearInterval(renewal);
      const left = unstarted.length + unfinished.length;
      if (left > 0)
        log.warn('inbox: stopped with events unanswered; their leases are given back for the next process', {
          unstarted: unstarted.length,
          running: unfinished.length,
          released,
        });
      return { released: left };
    },
  };
}

/** The promise's value, or a rejection when it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A late failure, after the timeout, is nobody's to handle: never an unhandled rejection.
  promise.catch(() => {});
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the store within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
