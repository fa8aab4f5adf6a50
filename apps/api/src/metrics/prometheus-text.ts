/**
 * A minimal writer of the Prometheus text exposition format (0.0.4). `prom-client` is not among the
 * installed dependencies; this covers what /metrics needs (counters, gauges, histograms with labels) and
 * keeps metric names and label sets compatible with it, so swapping it in later changes no dashboard.
 */
export type MetricType = 'counter' | 'gauge' | 'histogram';

export interface Sample {
  /** Suffix after the family name (`_bucket`, `_sum`, `_count`), if any. */
  suffix?: string;
  labels?: Record<string, string>;
  value: number;
}

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const escapeLabel = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

const formatValue = (value: number): string =>
  Number.isNaN(value) ? 'NaN' : value === Infinity ? '+Inf' : value === -Infinity ? '-Inf' : String(value);

export class PrometheusText {
  private readonly lines: string[] = [];

  family(name: string, type: MetricType, help: string, samples: Sample[]): this {
    this.lines.push(
      `# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`,
      `# TYPE ${name} ${type}`,
    );
    for (const sample of samples) {
      const labels = Object.entries(sample.labels ?? {});
      const rendered =
        labels.length === 0 ? '' : `{${labels.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;
      this.lines.push(`${name}${sample.suffix ?? ''}${rendered} ${formatValue(sample.value)}`);
    }
    return this;
  }

  /** A histogram from per-bucket (not cumulative) counts keyed by upper bound; `+Inf` may be absent. */
  histogram(
    name: string,
    help: string,
    bounds: number[],
    counts: Map<string, number>,
    sum: number,
    scale = 1,
  ): this {
    let cumulative = 0;
    const samples: Sample[] = bounds.map((le) => {
      cumulative += counts.get(String(le)) ?? 0;
      return { suffix: '_bucket', labels: { le: String(le / scale) }, value: cumulative };
    });
    cumulative += counts.get('+Inf') ?? 0;
    samples.push({ suffix: '_bucket', labels: { le: '+Inf' }, value: cumulative });
    samples.push({ suffix: '_sum', value: sum / scale }, { suffix: '_count', value: cumulative });
    return this.family(name, 'histogram', help, samples);
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
