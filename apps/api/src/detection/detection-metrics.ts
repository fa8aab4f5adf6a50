import {
  type CurrencyAmounts,
  type DetectionMetricsJson,
  type DetectionOutcome,
  type OutcomeAmounts,
  type OutcomeCounts,
  type RuleHitsJson,
} from '@vigil/contracts';

const zeroCounts = (): OutcomeCounts => ({ approved: 0, held: 0, blocked: 0 });
const zeroAmounts = (): OutcomeAmounts => ({ approved: {}, held: {}, blocked: {} });

function add(amounts: CurrencyAmounts, currency: string | null, value: number): void {
  if (currency === null || !Number.isFinite(value)) return;
  amounts[currency] = (amounts[currency] ?? 0) + value;
}

function sum(...maps: CurrencyAmounts[]): CurrencyAmounts {
  const total: CurrencyAmounts = {};
  for (const map of maps) for (const [currency, value] of Object.entries(map)) add(total, currency, value);
  return total;
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * Counts transactions into the confusion matrix (truth × outcome) by count and by value per currency, the
 * way docs/detection.md describes. `add` takes aggregated groups too (the quality page's SQL sums).
 */
export class DetectionMetrics {
  private readonly counts = { fraud: zeroCounts(), good: zeroCounts() };
  private readonly amounts = { fraud: zeroAmounts(), good: zeroAmounts() };
  /** Transactions per currency: the main currency is the most used one. */
  private readonly perCurrency = new Map<string, number>();

  add(
    fraud: boolean,
    outcome: DetectionOutcome,
    currency: string | null,
    amount: number | null,
    count = 1,
  ): void {
    const truth = fraud ? 'fraud' : 'good';
    this.counts[truth][outcome] += count;
    if (currency !== null && amount !== null) {
      add(this.amounts[truth][outcome], currency, amount);
      this.perCurrency.set(currency, (this.perCurrency.get(currency) ?? 0) + count);
    }
  }

  mainCurrency(): string | null {
    let best: string | null = null;
    let bestCount = -1;
    // Ties go to the alphabetically first currency, so the answer never depends on row order.
    for (const [currency, count] of [...this.perCurrency].sort(([a], [b]) => a.localeCompare(b))) {
      if (count > bestCount) [best, bestCount] = [currency, count];
    }
    return best;
  }

  toJson(): DetectionMetricsJson {
    const { fraud, good } = this.counts;
    const fraudTotal = fraud.approved + fraud.held + fraud.blocked;
    const goodTotal = good.approved + good.held + good.blocked;
    const main = this.mainCurrency();
    const fraudValueStopped = sum(this.amounts.fraud.held, this.amounts.fraud.blocked);
    const fraudValueMissed = sum(this.amounts.fraud.approved);
    const inMain = (map: CurrencyAmounts): number => (main === null ? 0 : (map[main] ?? 0));
    const fraudValue = inMain(fraudValueStopped) + inMain(fraudValueMissed);
    return {
      total: fraudTotal + goodTotal,
      mainCurrency: main,
      matrix: { fraud: { ...fraud }, good: { ...good } },
      matrixValue: structuredClone(this.amounts),
      recall: {
        count: ratio(fraud.held + fraud.blocked, fraudTotal),
        value: main === null ? null : ratio(inMain(fraudValueStopped), fraudValue),
      },
      goodHeldOrBlockedRate: ratio(good.held + good.blocked, goodTotal),
      goodBlockedRate: ratio(good.blocked, goodTotal),
      fraudValueStopped,
      fraudValueMissed,
      goodValueStopped: sum(this.amounts.good.held, this.amounts.good.blocked),
    };
  }
}

/** Per-rule hits and precision, for rules that matched at least once (sorted by hits, then id). */
export class RuleHits {
  private readonly byRule = new Map<
    string,
    { hits: number; fraudHits: number; fraudValue: CurrencyAmounts }
  >();

  add(ruleId: string, fraud: boolean, currency: string | null, amount: number | null, count = 1): void {
    let entry = this.byRule.get(ruleId);
    if (!entry) this.byRule.set(ruleId, (entry = { hits: 0, fraudHits: 0, fraudValue: {} }));
    entry.hits += count;
    if (fraud) {
      entry.fraudHits += count;
      if (amount !== null) add(entry.fraudValue, currency, amount);
    }
  }

  toJson(names: ReadonlyMap<string, string>): RuleHitsJson[] {
    return [...this.byRule]
      .map(([ruleId, entry]) => ({
        ruleId,
        name: names.get(ruleId) ?? null,
        hits: entry.hits,
        fraudHits: entry.fraudHits,
        precision: ratio(entry.fraudHits, entry.hits),
        fraudValue: entry.fraudValue,
      }))
      .sort((a, b) => b.hits - a.hits || a.ruleId.localeCompare(b.ruleId));
  }
}
