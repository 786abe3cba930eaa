// The LINE adapter's counters. Push messages count against the channel's monthly quota (200 on
// the free plan), so every push is counted by outcome. TEMPORARY registry: the counter sits in
// prom-client's default registry until the shared one (the "prod" builder's /metrics) lands.
import { Counter, register } from 'prom-client';

export type PushOutcome = 'sent' | 'duplicate' | 'quota_exhausted' | 'rate_limited' | 'failed';

export interface LineMetrics {
  /** One push request and what LINE made of it. */
  countPush(outcome: PushOutcome): void;
}

const PUSHES = 'atone_line_push_messages_total';

/** The counter, created once per registry (several adapters in one test process share it). */
export function createLineMetrics(registry = register): LineMetrics {
  const counter =
    (registry.getSingleMetric(PUSHES) as Counter<'outcome'> | undefined) ??
    new Counter({
      name: PUSHES,
      help: 'LINE push requests by outcome; "sent" ones count against the monthly message quota',
      labelNames: ['outcome'],
      registers: [registry],
    });
  return { countPush: (outcome) => counter.inc({ outcome }) };
}
