// Slack accepts about one message per second per channel (short bursts allowed). The scheduler
// already paces per destination; this keeps the rule inside the adapter too, so that no caller
// of `send` (two destinations naming one channel, a future broadcast) can burst a channel.

export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class ChannelPacer {
  /** Per channel: when the last task started, and the end of its queue. */
  private readonly lanes = new Map<string, { lastStart: number; tail: Promise<unknown> }>();

  constructor(
    private readonly gapMs = 1_000,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {}

  /** Runs `task` once the channel's previous task has started at least `gapMs` ago, in call order. */
  run<T>(channel: string, task: () => Promise<T>): Promise<T> {
    const lane = this.lanes.get(channel) ?? { lastStart: -Infinity, tail: Promise.resolve() };
    const result = lane.tail.then(async () => {
      const wait = lane.lastStart + this.gapMs - this.now();
      if (wait > 0) await this.sleep(wait);
      lane.lastStart = this.now();
      return task();
    });
    const tail = result.catch(() => undefined);
    lane.tail = tail;
    this.lanes.set(channel, lane);
    // Forget idle channels once their gap has passed, so the map does not grow with every user.
    void tail
      .then(() => this.sleep(this.gapMs))
      .then(() => {
        if (lane.tail === tail) this.lanes.delete(channel);
      });
    return result;
  }
}
