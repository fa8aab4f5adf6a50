import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from './metrics-registry.js';
import { ScrapeSnapshotReader } from './scrape-snapshot.js';

/**
 * GET /metrics in the Prometheus text format, by prom-client. Counters are cluster-wide (every api and
 * worker adds its counts to the shared metric counters), queue figures come from the queue itself,
 * decisions and deliveries from PostgreSQL; `vigil_socket_clients`, `vigil_http_*` and the process metrics
 * are this api node's own (scrape every node, or sum them).
 */
@Injectable()
export class MetricsService {
  constructor(
    private readonly registry: MetricsRegistry,
    private readonly snapshots: ScrapeSnapshotReader,
  ) {}

  get contentType(): string {
    return this.registry.contentType;
  }

  async render(): Promise<string> {
    return this.registry.render(await this.snapshots.read());
  }
}
