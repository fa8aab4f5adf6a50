import { type CurrencyAmounts, type QualityJson } from '@vigil/contracts';
import { PATTERN_NAMES, PATTERNS } from './patterns.js';
import { type PatternCounts, type PatternStats, zeroCounts } from './ground-truth.js';

const euro = new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' });
const money = (minor: number): string => euro.format(minor / 100);
const percent = (part: number, whole: number): string =>
  whole === 0 ? '  –' : `${Math.round((100 * part) / whole)}%`.padStart(4);

export interface ReportHeader {
  elapsedSeconds: number;
  sent: number;
  refused: Record<string, number>;
  pending: number;
}

function line(label: string, s: PatternCounts, tail: string): string {
  return (
    `  ${label.padEnd(40)}${String(s.scored).padStart(6)}${String(s.approved).padStart(9)}` +
    `${String(s.review).padStart(6)}${String(s.blocked).padStart(8)}   ${tail}`
  );
}

function total(rows: PatternStats[]): PatternCounts {
  const sum = zeroCounts();
  for (const row of rows)
    for (const key of Object.keys(sum) as Array<keyof PatternCounts>) sum[key] += row[key];
  return sum;
}

/**
 * The simulator's scorecard: Vigil's verdicts against the ground truth. "Caught" = held for review or
 * blocked; for good orders that is a false positive.
 */
export function formatReport(header: ReportHeader, stats: PatternStats[]): string {
  const minutes = Math.floor(header.elapsedSeconds / 60);
  const seconds = String(Math.floor(header.elapsedSeconds % 60)).padStart(2, '0');
  const refused = Object.entries(header.refused)
    .map(([status, n]) => `${n}× ${status === '0' ? 'unreachable' : status}`)
    .join(', ');
  const ordered = PATTERN_NAMES.flatMap((name) => stats.filter((s) => s.pattern === name));
  const fraud = ordered.filter((s) => s.fraud);
  const good = ordered.filter((s) => !s.fraud);
  const out = [
    '',
    `── Vigil demo quality report · ${minutes}m${seconds}s · ${header.sent} webhooks sent` +
      ` (${(header.sent / Math.max(1, header.elapsedSeconds)).toFixed(1)}/s)` +
      `${refused ? ` · refused: ${refused}` : ''} · ${header.pending} awaiting a verdict ──`,
    `  ${'ground truth'.padEnd(40)} scored approved  held blocked`,
  ];
  out.push('  FRAUD');
  for (const s of fraud) {
    out.push(
      line(
        PATTERNS[s.pattern].title,
        s,
        `caught ${money(s.stoppedValue)} of ${money(s.scoredValue)} ${percent(s.stoppedValue, s.scoredValue)}`,
      ),
    );
  }
  const f = total(fraud);
  out.push(
    line(
      'all fraud',
      f,
      `caught ${money(f.stoppedValue)} of ${money(f.scoredValue)} ${percent(f.stoppedValue, f.scoredValue)} of fraud value`,
    ),
  );
  out.push('  GOOD');
  for (const s of good) {
    out.push(
      line(PATTERNS[s.pattern].title, s, `stopped ${s.review + s.blocked} (${money(s.stoppedValue)})`),
    );
  }
  const g = total(good);
  out.push(
    line(
      'all good orders',
      g,
      `false positives: ${g.review + g.blocked} of ${g.scored} (${percent(g.review + g.blocked, g.scored).trim()}), ${money(g.stoppedValue)} held or blocked`,
    ),
  );
  return `${out.join('\n')}\n`;
}

const amounts = (value: CurrencyAmounts): string =>
  Object.entries(value)
    .map(([currency, minor]) =>
      new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(minor / 100),
    )
    .join(' + ') || '–';
const rate = (value: number | null): string => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);

/**
 * What Vigil itself says from its labels (`GET /api/quality`, the quality page's numbers): only what the
 * store learnt so far (disputes, fraud warnings, fraudulent refunds, reviewers' verdicts).
 */
export function formatQualityReport(q: QualityJson): string {
  return [
    `  VIGIL'S OWN VIEW (GET /api/quality?window=${q.window}, from labels)`,
    `  labelled fraud ${q.matrix.fraud.approved + q.matrix.fraud.held + q.matrix.fraud.blocked} of ${q.total}` +
      ` · recall ${rate(q.recall.count)} (value ${rate(q.recall.value)})` +
      ` · good held or blocked ${rate(q.goodHeldOrBlockedRate)} (blocked ${rate(q.goodBlockedRate)})`,
    `  saved ${amounts(q.savedValue)} · false-positive cost ${amounts(q.falsePositiveCost)}`,
  ].join('\n');
}
