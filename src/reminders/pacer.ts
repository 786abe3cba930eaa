// Per-destination pacing: at most one message per `intervalMs` to a conversation (Slack allows
// about one message per second per channel), and a destination that answered 429 waits out its
// Retry-After. In memory and per process: each process paces what it sends itself.

export class DestinationPacer {
  private readonly nextAllowed = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  /**
   * Reserves a send to `destination` at `nowMs`: returns 0 when it may go now (and books the
   * next slot), or the time from which it may go.
   */
  reserve(destination: string, nowMs: number): number {
    const allowedAt = this.nextAllowed.get(destination) ?? 0;
    if (allowedAt > nowMs) return allowedAt;
    if (this.intervalMs > 0) this.nextAllowed.set(destination, nowMs + this.intervalMs);
    return 0;
  }

  /** Holds a destination back until `untilMs` (a platform's Retry-After). */
  pause(destination: string, untilMs: number): void {
    if ((this.nextAllowed.get(destination) ?? 0) < untilMs) this.nextAllowed.set(destination, untilMs);
  }

  /** Forgets destinations that are free again, so the map does not grow with every user ever seen. */
  prune(nowMs: number): void {
    for (const [destination, allowedAt] of this.nextAllowed)
      if (allowedAt <= nowMs) this.nextAllowed.delete(destination);
  }
}
