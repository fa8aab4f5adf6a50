import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Namespace } from 'socket.io';
import { DataSource } from 'typeorm';
import {
  INGEST_QUEUE_ADMIN,
  type IngestQueueAdmin,
  type IngestQueueStats,
  SHARED_STORES,
  type SharedStores,
} from '@vigil/pipeline';
import { IngestCounters } from '../ingest/ingest-counters.js';
import { LiveGateway } from '../live/live.gateway.js';

/**
 * What one scrape of /metrics reports beyond this process: the cluster-wide counters every api and worker
 * adds to the shared store (`api`: webhook answers, `worker`: ingest outcomes, batches, latency buckets;
 * field names in apps/worker ingest-metrics.ts), the queue's own figures and PostgreSQL's counts. A part
 * that cannot be read is null (or empty), and its metrics are left out of that scrape.
 */
export interface ScrapeSnapshot {
  api: Map<string, number>;
  worker: Map<string, number>;
  queue: IngestQueueStats | null;
  decisions: Array<{ action: string; n: number }> | null;
  deliveries: Array<{ status: string; n: number }> | null;
  attemptFailures: number | null;
  /** Live-channel sockets on this api node (null before the gateway runs). */
  socketClients: number | null;
}

export const EMPTY_SNAPSHOT: ScrapeSnapshot = {
  api: new Map(),
  worker: new Map(),
  queue: null,
  decisions: null,
  deliveries: null,
  attemptFailures: null,
  socketClients: null,
};

@Injectable()
export class ScrapeSnapshotReader {
  private readonly logger = new Logger(ScrapeSnapshotReader.name);

  constructor(
    @Inject(SHARED_STORES) private readonly stores: SharedStores,
    @Inject(INGEST_QUEUE_ADMIN) private readonly queue: IngestQueueAdmin,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counters: IngestCounters,
    private readonly moduleRef: ModuleRef,
  ) {}

  async read(): Promise<ScrapeSnapshot> {
    // This node's unsent webhook counts first, so a scrape right after a webhook already includes it.
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
    return {
      api,
      worker,
      queue,
      decisions,
      deliveries,
      attemptFailures: attemptFailures ? (attemptFailures[0]?.n ?? 0) : null,
      socketClients: this.socketClients(),
    };
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
