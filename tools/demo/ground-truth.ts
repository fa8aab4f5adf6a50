import { type TransactionJson, type TransactionStatus } from '@vigil/contracts';
import { type Pattern, PATTERNS } from './patterns.js';
import { type Purchase } from './purchase.js';

interface Truth {
  pattern: Pattern;
  amount: number;
  /** Vigil's automatic verdict when the transaction first appeared (later disputes or people don't count). */
  verdict: TransactionStatus | null;
  acknowledged: boolean;
}

export interface PatternStats {
  pattern: Pattern;
  fraud: boolean;
  sent: number;
  scored: number;
  approved: number;
  review: number;
  blocked: number;
  value: number;
  /** Value of the scored ones that were held or blocked. */
  stoppedValue: number;
  scoredValue: number;
}

/** A pattern's counters without its name. */
export type PatternCounts = Omit<PatternStats, 'pattern' | 'fraud'>;

/** Every counter at zero: a pattern's row before its first purchase, and the start of a report's total. */
export function zeroCounts(): PatternCounts {
  return {
    sent: 0,
    scored: 0,
    approved: 0,
    review: 0,
    blocked: 0,
    value: 0,
    stoppedValue: 0,
    scoredValue: 0,
  };
}

/**
 * What really happened, kept only here: each purchase's pattern by `sourceId|order id` and
 * `sourceId|payment id` (Vigil merges a transaction by either), and the verdict Vigil gave it.
 */
export class GroundTruth {
  private readonly byKey = new Map<string, Truth>();
  private readonly all: Truth[] = [];

  record(sourceId: string, purchase: Purchase, pattern: Pattern): Truth {
    const truth: Truth = { pattern, amount: purchase.amount, verdict: null, acknowledged: false };
    if (purchase.orderId) this.byKey.set(`${sourceId}|o|${purchase.orderId}`, truth);
    if (purchase.paymentId) this.byKey.set(`${sourceId}|p|${purchase.paymentId}`, truth);
    this.all.push(truth);
    return truth;
  }

  /** Notes the verdict of a transaction the first time it is seen; true when it was one of ours. */
  observe(tx: TransactionJson): boolean {
    const truth =
      (tx.orderId ? this.byKey.get(`${tx.sourceId}|o|${tx.orderId}`) : undefined) ??
      (tx.paymentId ? this.byKey.get(`${tx.sourceId}|p|${tx.paymentId}`) : undefined);
    if (!truth) return false;
    truth.verdict ??= tx.status;
    return true;
  }

  pending(): number {
    return this.all.filter((t) => t.acknowledged && t.verdict === null).length;
  }

  stats(): PatternStats[] {
    const rows = new Map<Pattern, PatternStats>();
    for (const truth of this.all) {
      let row = rows.get(truth.pattern);
      if (!row) {
        row = { pattern: truth.pattern, fraud: PATTERNS[truth.pattern].fraud, ...zeroCounts() };
        rows.set(truth.pattern, row);
      }
      row.sent += 1;
      row.value += truth.amount;
      if (truth.verdict === null) continue;
      row.scored += 1;
      row.scoredValue += truth.amount;
      row[truth.verdict] += 1;
      if (truth.verdict !== 'approved') row.stoppedValue += truth.amount;
    }
    return [...rows.values()];
  }
}
