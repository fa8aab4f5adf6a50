import { type TransactionStatus } from '@vigil/contracts';
import { amountInEuros, amountInMajorUnits } from '@vigil/risk-engine';
import { type Verdict } from './replay.js';
import { type PurchaseTruth } from './traffic-model.js';

export type Decision = TransactionStatus | 'unscored';
const DECISIONS: readonly Decision[] = ['approved', 'review', 'blocked', 'unscored'];

type Counts = Record<Decision, number>;
const zero = (): Counts => ({ approved: 0, review: 0, blocked: 0, unscored: 0 });

/** One kind of purchase (a model's pattern), by count and by value. */
export interface KindRow {
  kind: string;
  fraud: boolean;
  count: number;
  /** Total value in euros. */
  value: number;
  decisions: Counts;
  /** Value of the held or blocked ones (euros). */
  stoppedValue: number;
}

/** Everything `npm run eval` reports about one run (a model and seed, or several pooled). */
export interface Metrics {
  purchases: number;
  /** Values in euros (valueInEuros). */
  fraud: { count: number; value: number; stopped: number; stoppedValue: number };
  good: { count: number; value: number; held: number; blocked: number };
  /** Share of fraud value held or blocked at decision time (0–1). */
  fraudValueStopped: number;
  /** Share of fraud purchases held or blocked (0–1). */
  fraudCountStopped: number;
  /** Share of good purchases held or blocked (0–1). */
  goodHeldOrBlocked: number;
  /** Share of good purchases blocked (0–1). */
  goodBlocked: number;
  /** Rows fraud / good, columns approved / review / blocked / unscored. */
  confusion: { fraud: Counts; good: Counts };
  kinds: KindRow[];
}

/**
 * A purchase's value in euros at the engine's fixed reference rates (major units for a currency without one), so
 * value shares of a store selling in several currencies add up like money, not like minor units.
 */
export const valueInEuros = (p: Pick<PurchaseTruth, 'amount' | 'currency'>): number =>
  amountInEuros(p.amount, p.currency) ?? amountInMajorUnits(p.amount, p.currency.toUpperCase());

const stopped = (decision: Decision): boolean => decision === 'review' || decision === 'blocked';
const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/**
 * Scores decisions against the truth. "Stopped" means held for review or blocked at decision time; a purchase
 * that never became a transaction (unscored) counts as not stopped, so a refused payload can only lose.
 */
export function measure(
  truth: readonly PurchaseTruth[],
  decisions: ReadonlyMap<string, Pick<Verdict, 'status'>>,
): Metrics {
  const confusion = { fraud: zero(), good: zero() };
  const kinds = new Map<string, KindRow>();
  const fraud = { count: 0, value: 0, stopped: 0, stoppedValue: 0 };
  const good = { count: 0, value: 0, held: 0, blocked: 0 };
  for (const p of truth) {
    const decision: Decision = decisions.get(p.purchase)?.status ?? 'unscored';
    const value = valueInEuros(p);
    const row =
      kinds.get(p.kind) ??
      kinds
        .set(p.kind, { kind: p.kind, fraud: p.fraud, count: 0, value: 0, decisions: zero(), stoppedValue: 0 })
        .get(p.kind)!;
    row.count += 1;
    row.value += value;
    row.decisions[decision] += 1;
    if (stopped(decision)) row.stoppedValue += value;
    (p.fraud ? confusion.fraud : confusion.good)[decision] += 1;
    if (p.fraud) {
      fraud.count += 1;
      fraud.value += value;
      if (stopped(decision)) {
        fraud.stopped += 1;
        fraud.stoppedValue += value;
      }
    } else {
      good.count += 1;
      good.value += value;
      if (stopped(decision)) good.held += 1;
      if (decision === 'blocked') good.blocked += 1;
    }
  }
  return {
    purchases: truth.length,
    fraud,
    good,
    fraudValueStopped: share(fraud.stoppedValue, fraud.value),
    fraudCountStopped: share(fraud.stopped, fraud.count),
    goodHeldOrBlocked: share(good.held, good.count),
    goodBlocked: share(good.blocked, good.count),
    confusion,
    kinds: [...kinds.values()].sort((a, b) => Number(b.fraud) - Number(a.fraud) || b.count - a.count),
  };
}

/** Several runs as one (sums, then shares of the sums). */
export function pool(runs: readonly Metrics[]): Metrics {
  const kinds = new Map<string, KindRow>();
  const confusion = { fraud: zero(), good: zero() };
  const fraud = { count: 0, value: 0, stopped: 0, stoppedValue: 0 };
  const good = { count: 0, value: 0, held: 0, blocked: 0 };
  let purchases = 0;
  for (const run of runs) {
    purchases += run.purchases;
    for (const key of Object.keys(fraud) as Array<keyof typeof fraud>) fraud[key] += run.fraud[key];
    for (const key of Object.keys(good) as Array<keyof typeof good>) good[key] += run.good[key];
    for (const decision of DECISIONS) {
      confusion.fraud[decision] += run.confusion.fraud[decision];
      confusion.good[decision] += run.confusion.good[decision];
    }
    for (const k of run.kinds) {
      const row = kinds.get(k.kind) ?? { ...k, decisions: zero(), count: 0, value: 0, stoppedValue: 0 };
      row.count += k.count;
      row.value += k.value;
      row.stoppedValue += k.stoppedValue;
      for (const decision of DECISIONS) row.decisions[decision] += k.decisions[decision];
      kinds.set(k.kind, row);
    }
  }
  return {
    purchases,
    fraud,
    good,
    fraudValueStopped: share(fraud.stoppedValue, fraud.value),
    fraudCountStopped: share(fraud.stopped, fraud.count),
    goodHeldOrBlocked: share(good.held, good.count),
    goodBlocked: share(good.blocked, good.count),
    confusion,
    kinds: [...kinds.values()].sort((a, b) => Number(b.fraud) - Number(a.fraud) || b.count - a.count),
  };
}

/** The goal: ≥ 90 % of fraud value stopped, ≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked. */
export const GOALS = { fraudValueStopped: 0.9, goodHeldOrBlocked: 0.02, goodBlocked: 0.005 } as const;

export function meetsGoals(m: Metrics): boolean {
  return (
    m.fraudValueStopped >= GOALS.fraudValueStopped &&
    m.goodHeldOrBlocked <= GOALS.goodHeldOrBlocked &&
    m.goodBlocked <= GOALS.goodBlocked
  );
}
