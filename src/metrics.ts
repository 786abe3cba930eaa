// What the bot counts, in one list, and the small port that records it. Any part of the program
// (core or adapter) records through `Metrics`; the composition root passes the Prometheus
// implementation (adapters/http/prometheus.ts), tests and the CLI pass `noMetrics`. Nothing here
// knows prom-client. A metric is added by adding one entry to METRICS.

/** Label names and, for histograms, bucket bounds (seconds). */
interface MetricSpec {
  readonly type: 'counter' | 'histogram';
  readonly name: string;
  readonly help: string;
  readonly labels: readonly string[];
  readonly buckets?: readonly number[];
}

export const METRICS = {
  questions: {
    type: 'counter',
    name: 'atone_questions_total',
    help: 'Messages and button presses answered, by platform, intent and language.',
    labels: ['platform', 'intent', 'lang'],
  },
  fallbacks: {
    type: 'counter',
    name: 'atone_fallbacks_total',
    help: 'Answers that could not match the question (the fallback intent).',
    labels: ['platform', 'lang'],
  },
  handoffs: {
    type: 'counter',
    name: 'atone_handoffs_total',
    help: 'Answers that sent the user to a person or the official help centre.',
    labels: ['platform', 'lang'],
  },
  answerSeconds: {
    type: 'histogram',
    name: 'atone_answer_seconds',
    help: 'Time to build an answer (matching, the store, the reply not included).',
    labels: ['platform'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  },
  turnErrors: {
    type: 'counter',
    name: 'atone_turn_errors_total',
    help: 'Turns that failed and got an apology, by cause (store, platform, input, internal).',
    labels: ['platform', 'cause'],
  },
  reminders: {
    type: 'counter',
    name: 'atone_reminders_total',
    help: 'Reminder deliveries by outcome: planned, sent, late (also counted as sent), dropped, failed, retried, rate_limited, undeliverable.',
    labels: ['outcome'],
  },
  platformErrors: {
    type: 'counter',
    name: 'atone_platform_api_errors_total',
    help: 'Calls to a platform API that failed, by platform and kind (error, rate_limited).',
    labels: ['platform', 'kind'],
  },
  duplicateEvents: {
    type: 'counter',
    name: 'atone_duplicate_events_total',
    help: 'Events a platform delivered again (retries, redeliveries), dropped unanswered.',
    labels: ['platform'],
  },
  linePushes: {
    type: 'counter',
    name: 'atone_line_push_messages_total',
    help: 'LINE push requests by outcome (sent, duplicate, quota_exhausted, rate_limited, failed); "sent" ones count against the monthly message quota.',
    labels: ['outcome'],
  },
  inboxReplayed: {
    type: 'counter',
    name: 'atone_inbox_replayed_total',
    help: 'Acknowledged events answered from the durable inbox after a crash or restart.',
    labels: ['platform'],
  },
  retentionPurged: {
    type: 'counter',
    name: 'atone_retention_purged_rows_total',
    help: 'Rows deleted by the hourly retention pass (old unanswered records, expired conversation state and event keys).',
    labels: [],
  },
  inboxStale: {
    type: 'counter',
    name: 'atone_inbox_stale_dropped_total',
    help: 'Acknowledged events left unanswered by a crash and dropped because they were too old to answer.',
    labels: [],
  },
} as const satisfies Record<string, MetricSpec>;

export type MetricKey = keyof typeof METRICS;
type Spec<K extends MetricKey> = (typeof METRICS)[K];
export type CounterKey = { [K in MetricKey]: Spec<K>['type'] extends 'counter' ? K : never }[MetricKey];
export type HistogramKey = { [K in MetricKey]: Spec<K>['type'] extends 'histogram' ? K : never }[MetricKey];
/** The labels a metric declares, each a string. */
export type LabelsOf<K extends MetricKey> = { [L in Spec<K>['labels'][number]]: string };

export interface Metrics {
  count<K extends CounterKey>(metric: K, labels: LabelsOf<K>, by?: number): void;
  observe<K extends HistogramKey>(metric: K, value: number, labels: LabelsOf<K>): void;
}

export const noMetrics: Metrics = {
  count: () => {},
  observe: () => {},
};
