import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { registerClusterMetrics } from './cluster-metrics.js';
import { registerHttpMetrics, type HttpMetrics } from './http-metrics.js';
import { EMPTY_SNAPSHOT, type ScrapeSnapshot } from './scrape-snapshot.js';

/**
 * This api process's prom-client registry: Node's process metrics (`process_*`, `nodejs_*`), the process's
 * own HTTP metrics, and the cluster-wide ones read from the shared store at scrape time. One registry per
 * app (not prom-client's global one), so several apps in one test process do not collide.
 */
@Injectable()
export class MetricsRegistry implements OnModuleDestroy {
  readonly registry = new Registry();
  readonly http: HttpMetrics;
  private snapshot: ScrapeSnapshot = EMPTY_SNAPSHOT;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.http = registerHttpMetrics(this.registry);
    registerClusterMetrics(this.registry, () => this.snapshot);
  }

  /**
   * The exposition for `snapshot`. Registry#metrics() calls every collector synchronously before its first
   * await, so concurrent scrapes each see their own snapshot.
   */
  render(snapshot: ScrapeSnapshot): Promise<string> {
    this.snapshot = snapshot;
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }
}
