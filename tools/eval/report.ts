import { GOALS, type KindRow, type Metrics } from './metrics.js';
import { type ModelRun } from './evaluate.js';

const pct = (share: number): string => `${(share * 100).toFixed(1)} %`;
const pad = (text: string | number, width: number, right = false): string =>
  right ? String(text).padStart(width) : String(text).padEnd(width);

function headline(label: string, m: Metrics): string {
  return [
    pad(label, 22),
    pad(m.purchases, 7, true),
    pad(m.fraud.count, 6, true),
    pad(pct(m.fraudValueStopped), 11, true),
    pad(pct(m.fraudCountStopped), 11, true),
    pad(pct(m.goodHeldOrBlocked), 12, true),
    pad(pct(m.goodBlocked), 11, true),
  ].join(' ');
}

function kindLine(k: KindRow): string {
  const stoppedCount = k.decisions.review + k.decisions.blocked;
  return [
    pad(k.kind, 26),
    pad(k.fraud ? 'fraud' : 'good', 6),
    pad(k.count, 6, true),
    pad(k.decisions.approved, 9, true),
    pad(k.decisions.review, 7, true),
    pad(k.decisions.blocked, 8, true),
    pad(pct(k.count ? stoppedCount / k.count : 0), 10, true),
    pad(pct(k.value ? k.stoppedValue / k.value : 0), 10, true),
  ].join(' ');
}

/** The tables `npm run eval` prints for one model: seeds and pooled, per kind, confusion matrix. */
export function formatModelRun(run: ModelRun): string {
  const lines: string[] = [];
  lines.push(`model ${run.model}: ${run.description}`);
  lines.push(
    [
      pad('run', 22),
      pad('orders', 7, true),
      pad('fraud', 6, true),
      pad('fraud value', 11, true),
      pad('fraud count', 11, true),
      pad('good held+bl', 12, true),
      pad('good block', 11, true),
    ].join(' '),
  );
  for (const seed of run.seeds) lines.push(headline(`  seed ${seed.seed}`, seed.metrics));
  lines.push(headline(`  pooled (${run.seeds.length} seeds)`, run.pooled));
  lines.push(
    `  goal (values in euros at fixed rates): fraud value ≥ ${pct(GOALS.fraudValueStopped)}, good held+blocked ≤ ${pct(GOALS.goodHeldOrBlocked)}, ` +
      `good blocked ≤ ${pct(GOALS.goodBlocked)} (stopped = held for review or blocked at decision time)`,
  );
  lines.push('');
  lines.push(
    [
      pad('  kind (pooled)', 26),
      pad('', 6),
      pad('orders', 6, true),
      pad('approved', 9, true),
      pad('review', 7, true),
      pad('blocked', 8, true),
      pad('by count', 10, true),
      pad('by value', 10, true),
    ].join(' '),
  );
  for (const k of run.pooled.kinds) lines.push(`  ${kindLine(k)}`);
  lines.push('');
  const c = run.pooled.confusion;
  lines.push(`  confusion (pooled)   approved   review  blocked  unscored`);
  for (const [label, row] of [
    ['fraud', c.fraud],
    ['good', c.good],
  ] as const) {
    lines.push(
      `  ${pad(label, 18)} ${pad(row.approved, 9, true)} ${pad(row.review, 8, true)} ${pad(row.blocked, 8, true)} ${pad(row.unscored, 9, true)}`,
    );
  }
  return lines.join('\n');
}

/** --explain: why good orders were stopped and which fraud got through (for tuning on the tuning model only). */
export function formatExplanations(run: ModelRun, limit: number): string {
  const lines: string[] = [`explain ${run.model}:`];
  const stoppedGood = new Map<string, number>();
  const missed = new Map<string, number>();
  const example = new Map<string, string>();
  for (const seed of run.seeds) {
    for (const { truth, verdict } of seed.outcomes) {
      const codes = verdict ? verdict.signals.map((s) => s.code).join('+') || '(none)' : '(unscored)';
      const status = verdict?.status ?? 'unscored';
      if (!truth.fraud && (status === 'review' || status === 'blocked')) {
        const key = `${truth.kind} ${status} [${codes}]`;
        stoppedGood.set(key, (stoppedGood.get(key) ?? 0) + 1);
        if (!example.has(key)) example.set(key, JSON.stringify(verdict?.snapshot ?? {}));
      }
      if (truth.fraud && status !== 'review' && status !== 'blocked') {
        const key = `${truth.kind} [${codes}]`;
        missed.set(key, (missed.get(key) ?? 0) + 1);
      }
    }
  }
  const top = (map: Map<string, number>): string[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(
        ([key, n]) =>
          `    ${pad(n, 4, true)}  ${key}${example.has(key) && process.env['EVAL_SNAPSHOTS'] ? `\n          ${example.get(key)}` : ''}`,
      );
  lines.push('  good orders held or blocked:', ...top(stoppedGood));
  lines.push('  fraud let through:', ...top(missed));
  return lines.join('\n');
}
