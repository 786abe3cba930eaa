// A clock tests move by hand, and a timer that fires only when told: no test sleeps.
import type { Timer } from '../../../src/reminders/scheduler.js';

export interface FakeClock {
  now: () => Date;
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function fakeClock(start: Date | string): FakeClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export interface ManualTimer extends Timer {
  /** Callbacks waiting, with their delays. */
  readonly pending: Array<{ ms: number; callback: () => void }>;
  /** Runs every waiting callback once (those they schedule wait for the next call). */
  fire(): void;
}

export function manualTimer(): ManualTimer {
  const pending: Array<{ ms: number; callback: () => void; handle: number }> = [];
  let nextHandle = 1;
  return {
    pending,
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      pending.push({ ms, callback, handle });
      return handle;
    },
    clearTimeout(handle) {
      const index = pending.findIndex((p) => p.handle === handle);
      if (index >= 0) pending.splice(index, 1);
    },
    fire() {
      for (const entry of pending.splice(0)) entry.callback();
    },
  };
}
