import { Counter, Gauge, type Registry } from 'prom-client';
import { PROCESSING_LATENCY_BUCKETS_MS } from '@vigil/pipeline';
import { type ScrapeSnapshot } from './scrape-snapshot.js';
import { SummedHistogram } from './summed-histogram.js';

/** Fields `<prefix>:<value>` of a shared counter hash, as label value → count. */
function byPrefix(hash: Map<string, number>, prefix: string): Array<[string, number]> {
  return [...hash]
    .filter(([field]) => field.startsWith(`${prefix}:`))
    .map(([field, value]) => [field.slice(prefix.length + 1), value]);
}

/** Label values → value of one metric, as read from a scrape's snapshot (null: nothing to report). */
type Readings<L extends string> = (
  snapshot: ScrapeSnapshot,
) => Array<[Partial<Record<L, string>>, number]> | null;

/** A metric whose values come from elsewhere (the shared store, PostgreSQL) at each scrape. */
type ScrapedMetric<L extends string> = [
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
  readings: Readings<L>,
  snapshot: () => ScrapeSnapshot,
];

/** The configuration that, at each scrape, forgets what the metric held and `write`s the values read now. */
function scrapedConfig<L extends string, M extends { reset(): void }>(
  [registry, name, help, labelNames, readings, snapshot]: ScrapedMetric<L>,
  write: (metric: M, labels: Partial<Record<L, string>>, value: number) => void,
) {
  return {
    name,
    help,
    labelNames,
    registers: [registry],
    collect(this: M): void {
      this.reset();
      for (const [labels, value] of readings(snapshot()) ?? []) write(this, labels, value);
    },
  };
}

/** A counter whose total comes from elsewhere at each scrape (never negative: counters only go up). */
function totalCounter<L extends string>(...metric: ScrapedMetric<L>): void {
  new Counter<L>(
    scrapedConfig<L, Counter<L>>(metric, (counter, labels, value) => counter.inc(labels, Math.max(0, value))),
  );
}

function gauge<L extends string>(...metric: ScrapedMetric<L>): void {
  new Gauge<L>(scrapedConfig<L, Gauge<L>>(metric, (values, labels, value) => values.set(labels, value)));
}

/**
 * The cluster-wide metrics, under the names and meanings /metrics has always had (dashboards are built on
 * them; docs/operations.md "Health checks and the API description"): every api and worker process adds its
 * counts to the shared store, and any api node reports the totals read at scrape time.
 */
export function registerClusterMetrics(registry: Registry, snapshot: () => ScrapeSnapshot): void {
  const single = (value: number | undefined): Array<[Record<never, string>, number]> => [[{}, value ?? 0]];
  totalCounter(
    registry,
    'vigil_webhooks_total',
    'Webhook requests answered, by HTTP status.',
    ['status'],
    (s) => byPrefix(s.api, 'status').map(([status, n]) => [{ status }, n]),
    snapshot,
  );
  totalCounter(
    registry,
    'vigil_ingest_events_total',
    'Queued webhooks the workers processed, by outcome.',
    ['outcome'],
    (s) => byPrefix(s.worker, 'outcome').map(([outcome, n]) => [{ outcome }, n]),
    snapshot,
  );
  totalCounter(
    registry,
    'vigil_ingest_job_errors_total',
    'Job attempts that failed (retried, or dead-lettered at the last).',
    [],
    (s) => single(s.worker.get('job_errors')),
    snapshot,
  );
  totalCounter(
    registry,
    'vigil_ingest_batches_total',
    'Worker batches (one database transaction each).',
    [],
    (s) => single(s.worker.get('batches')),
    snapshot,
  );
  totalCounter(
    registry,
    'vigil_ingest_batch_seconds_total',
    'Time workers spent in batches (divide by batches).',
    [],
    (s) => single((s.worker.get('batch_ms_sum') ?? 0) / 1000),
    snapshot,
  );
  totalCounter(
    registry,
    'vigil_ingest_batch_fallbacks_total',
    'Batches that failed and were redone one event at a time.',
    [],
    (s) => single(s.worker.get('batch_failures')),
    snapshot,
  );
  new SummedHistogram({
    name: 'vigil_ingest_processing_seconds',
    help: 'Webhook received by the api until committed by a worker.',
    boundsMs: PROCESSING_LATENCY_BUCKETS_MS,
    registry,
    read: () => {
      const worker = snapshot().worker;
      return { counts: new Map(byPrefix(worker, 'latency_le')), sumMs: worker.get('latency_sum_ms') ?? 0 };
    },
  });
  totalCounter(
    registry,
    'vigil_automatic_verdicts_total',
    'Status changes made by scoring, by new status.',
    ['status'],
    (s) => byPrefix(s.worker, 'verdict').map(([status, n]) => [{ status }, n]),
    snapshot,
  );
  gauge(
    registry,
    'vigil_ingest_queue_jobs',
    'Ingest jobs by state (failed = dead letters).',
    ['state'],
    ({ queue }) =>
      queue && [
        [{ state: 'waiting' }, queue.waiting],
        [{ state: 'active' }, queue.active],
        [{ state: 'delayed' }, queue.delayed],
        [{ state: 'failed' }, queue.failed],
      ],
    snapshot,
  );
  gauge(
    registry,
    'vigil_ingest_queue_lag_seconds',
    'Age of the oldest ingest job waiting for a worker.',
    [],
    ({ queue }) => queue && [[{}, queue.oldestWaitingMs / 1000]],
    snapshot,
  );
  totalCounter(
    registry,
    'vigil_decisions_total',
    'Decisions on held transactions, by action.',
    ['action'],
    ({ decisions }) => decisions?.map((row) => [{ action: row.action }, row.n]) ?? null,
    snapshot,
  );
  gauge(
    registry,
    'vigil_deliveries',
    'Decision webhooks by delivery status.',
    ['status'],
    ({ deliveries }) => deliveries?.map((row) => [{ status: row.status }, row.n]) ?? null,
    snapshot,
  );
  totalCounter(
    registry,
    'vigil_delivery_attempt_failures_total',
    'Decision webhook attempts without a 2xx answer.',
    [],
    ({ attemptFailures }) => (attemptFailures === null ? null : single(attemptFailures)),
    snapshot,
  );
  gauge(
    registry,
    'vigil_socket_clients',
    'Live-channel sockets connected to this api node.',
    [],
    ({ socketClients }) => (socketClients === null ? null : [[{}, socketClients]]),
    snapshot,
  );
}
