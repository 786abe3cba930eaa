// The metrics port (src/metrics.ts) on prom-client: one registry per process with every metric of
// METRICS and Node's default process metrics (memory, CPU, event loop lag, handles), served as
// Prometheus text at GET /metrics.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { METRICS, type MetricKey, type Metrics } from '../../src/metrics.js';

export interface PrometheusMetrics extends Metrics {
  /** The text a scrape gets, and its content type. */
  render(): Promise<{ contentType: string; body: string }>;
}

export function createPrometheusMetrics(): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const instruments = new Map<MetricKey, Counter | Histogram>();
  for (const [key, spec] of Object.entries(METRICS) as [MetricKey, (typeof METRICS)[MetricKey]][]) {
    const common = { name: spec.name, help: spec.help, labelNames: [...spec.labels], registers: [registry] };
    instruments.set(
      key,
      spec.type === 'counter'
        ? new Counter(common)
        : new Histogram({ ...common, buckets: [...(spec as { buckets: readonly number[] }).buckets] }),
    );
  }
  return {
    count(metric, labels, by = 1) {
      (instruments.get(metric) as Counter).inc(labels, by);
    },
    observe(metric, value, labels) {
      (instruments.get(metric) as Histogram).observe(labels, value);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
