import { Histogram, type MetricType, type Registry } from 'prom-client';

type HistogramJson = Awaited<ReturnType<Histogram['get']>>;

/** Per-bucket (not cumulative) counts keyed by upper bound in ms (`+Inf` for the rest), and their sum in ms. */
export interface BucketCounts {
  counts: ReadonlyMap<string, number>;
  sumMs: number;
}

/**
 * A histogram whose buckets every worker process fills (summed in the shared metric counters), exposed in
 * seconds. prom-client can only `observe()` one value at a time, so this one answers the registry with the
 * summed counts instead of its own; everything else (name, HELP, TYPE, text format) is prom-client's.
 */
export class SummedHistogram extends Histogram {
  constructor(
    private readonly spec: {
      name: string;
      help: string;
      boundsMs: readonly number[];
      registry: Registry;
      read: () => BucketCounts | null;
    },
  ) {
    super({
      name: spec.name,
      help: spec.help,
      buckets: spec.boundsMs.map((ms) => ms / 1000),
      registers: [spec.registry],
    });
  }

  override async get(): Promise<HistogramJson> {
    return Promise.resolve({
      name: this.spec.name,
      help: this.spec.help,
      // The typings name an enum; the text format (and prom-client itself at run time) uses the word.
      type: 'histogram' as unknown as MetricType,
      aggregator: 'sum',
      values: this.samples(),
    } as HistogramJson);
  }

  /** What prom-client 15's Registry#metrics() asks a metric for (lib/registry.js); the same as get(). */
  getForPromString(): Promise<HistogramJson> {
    return this.get();
  }

  private samples(): HistogramJson['values'] {
    const buckets = this.spec.read();
    if (!buckets) return [];
    const bucket = `${this.spec.name}_bucket`;
    let cumulative = 0;
    const values: HistogramJson['values'] = this.spec.boundsMs.map((ms) => {
      cumulative += buckets.counts.get(String(ms)) ?? 0;
      return { metricName: bucket, labels: { le: ms / 1000 }, value: cumulative };
    });
    cumulative += buckets.counts.get('+Inf') ?? 0;
    values.push(
      { metricName: bucket, labels: { le: '+Inf' }, value: cumulative },
      { metricName: `${this.spec.name}_sum`, labels: {}, value: buckets.sumMs / 1000 },
      { metricName: `${this.spec.name}_count`, labels: {}, value: cumulative },
    );
    return values;
  }
}
