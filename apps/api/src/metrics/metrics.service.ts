import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Namespace } from 'socket.io';
import { DataSource } from 'typeorm';
import {
  INGEST_QUEUE_ADMIN,
  type IngestQueueAdmin,
  PROCESSING_LATENCY_BUCKETS_MS,
  SHARED_STORES,
  type SharedStores,
} from '@vigil/pipeline';
import { IngestCounters } from '../ingest/ingest-counters.js';
import { LiveGateway } from '../live/live.gateway.js';
import { PrometheusText } from './prometheus-text.js';

/** Fields `<prefix>:<label>` of a hash as labelled samples. */
function byPrefix(hash: Map<string, number>, prefix: string, label: string) {
  return [...hash]
    .filter(([field]) => field.startsWith(`${prefix}:`))
    .map(([field, value]) => ({ labels: { [label]: field.slice(prefix.length + 1) }, value }));
}

/**
 * GET /metrics in the Prometheus text format. Counters are cluster-wide (every api and worker adds its
 * counts to the shared metric counters), queue figures come from the queue itself, decisions and deliveries from
 * PostgreSQL; `vigil_socket_clients` is this api node's own (scrape every node, or sum them).
 */
@Injectable()
export class MetricsService {
  private readonly logger = new Logger(MetricsService.name);

  constructor(
    @Inject(SHARED_STORES) private readonly stores: SharedStores,
    @Inject(INGEST_QUEUE_ADMIN) private readonly queue: IngestQueueAdmin,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counters: IngestCounters,
    private readonly moduleRef: ModuleRef,
  ) {}

  async render(): Promise<string> {
    await this.counters.flush();
    const [api, worker, queue, decisions, deliveries, attemptFailures] = await Promise.all([
      this.stores.metrics.read('api').catch(() => new Map<string, number>()),
      this.stores.metrics.read('worker').catch(() => new Map<string, number>()),
      this.queue.stats().catch(() => null),
      this.rows<{ action: string; n: number }>(
        'SELECT action, count(*)::int AS n FROM decisions GROUP BY action',
      ),
      this.rows<{ status: string; n: number }>(
        'SELECT status, count(*)::int AS n FROM deliveries GROUP BY status',
      ),
      this.rows<{ n: number }>(
        `SELECT count(*)::int AS n FROM delivery_attempts
         WHERE status_code IS NULL OR status_code < 200 OR status_code > 299`,
      ),
    ]);
    const text = new PrometheusText()
      .family(
        'vigil_webhooks_total',
        'counter',
        'Webhook requests answered, by HTTP status.',
        byPrefix(api, 'status', 'status'),
      )
      .family(
        'vigil_ingest_events_total',
        'counter',
        'Queued webhooks the workers processed, by outcome.',
        byPrefix(worker, 'outcome', 'outcome'),
      )
      .family(
        'vigil_ingest_job_errors_total',
        'counter',
        'Job attempts that failed (retried, or dead-lettered at the last).',
        [{ value: worker.get('job_errors') ?? 0 }],
      )
      .family('vigil_ingest_batches_total', 'counter', 'Worker batches (one database transaction each).', [
        { value: worker.get('batches') ?? 0 },
      ])
      .family(
        'vigil_ingest_batch_seconds_total',
        'counter',
        'Time workers spent in batches (divide by batches).',
        [{ value: (worker.get('batch_ms_sum') ?? 0) / 1000 }],
      )
      .family(
        'vigil_ingest_batch_fallbacks_total',
        'counter',
        'Batches that failed and were redone one event at a time.',
        [{ value: worker.get('batch_failures') ?? 0 }],
      )
      .histogram(
        'vigil_ingest_processing_seconds',
        'Webhook received by the api until committed by a worker.',
        PROCESSING_LATENCY_BUCKETS_MS,
        new Map(byPrefix(worker, 'latency_le', 'le').map((s) => [s.labels['le'] as string, s.value])),
        worker.get('latency_sum_ms') ?? 0,
        1000,
      )
      .family(
        'vigil_automatic_verdicts_total',
        'counter',
        'Status changes made by scoring, by new status.',
        byPrefix(worker, 'verdict', 'status'),
      );
    if (queue)
      text
        .family('vigil_ingest_queue_jobs', 'gauge', 'Ingest jobs by state (failed = dead letters).', [
          { labels: { state: 'waiting' }, value: queue.waiting },
          { labels: { state: 'active' }, value: queue.active },
          { labels: { state: 'delayed' }, value: queue.delayed },
          { labels: { state: 'failed' }, value: queue.failed },
        ])
        .family(
          'vigil_ingest_queue_lag_seconds',
          'gauge',
          'Age of the oldest ingest job waiting for a worker.',
          [{ value: queue.oldestWaitingMs / 1000 }],
        );
    if (decisions)
      text.family(
        'vigil_decisions_total',
        'counter',
        'Decisions on held transactions, by action.',
        decisions.map((r) => ({ labels: { action: r.action }, value: r.n })),
      );
    if (deliveries)
      text.family(
        'vigil_deliveries',
        'gauge',
        'Decision webhooks by delivery status.',
        deliveries.map((r) => ({ labels: { status: r.status }, value: r.n })),
      );
    if (attemptFailures)
      text.family(
        'vigil_delivery_attempt_failures_total',
        'counter',
        'Decision webhook attempts without a 2xx answer.',
        [{ value: attemptFailures[0]?.n ?? 0 }],
      );
    const clients = this.socketClients();
    if (clients !== null)
      text.family('vigil_socket_clients', 'gauge', 'Live-channel sockets connected to this api node.', [
        { value: clients },
      ]);
    return text.toString();
  }

  /** Rows of an optional query: a feature's table may not exist (yet), which must not break /metrics. */
  private async rows<T>(sql: string): Promise<T[] | null> {
    try {
      return (await this.dataSource.query(sql)) as T[];
    } catch (error) {
      this.logger.debug(`metrics query skipped: ${String(error)}`);
      return null;
    }
  }

  private socketClients(): number | null {
    try {
      // The gateway keeps its namespace private; reading its size is all /metrics needs from it.
      const gateway = this.moduleRef.get(LiveGateway, { strict: false }) as unknown as {
        namespace?: Namespace;
      };
      return gateway.namespace?.sockets.size ?? null;
    } catch {
      return null;
    }
  }
}
