import { FALSE_POSITIVE_BUDGET, type RiskThresholdsJson } from '@vigil/contracts';
import { type RuleAction } from '@vigil/risk-engine';

/*
 * Calibration as a deterministic coordinate search (docs/detection.md "Calibration"). Which rules match
 * each labelled transaction does not depend on points or thresholds, so it is computed once; a candidate
 * is then only sums. For each rule in turn, every candidate points value is tried, and for each the best
 * pair of thresholds is found exactly from score histograms. A step is kept only when it is strictly
 * better; passes repeat until nothing improves.
 */

export interface CalibrationRule {
  id: string;
  action: RuleAction;
  points: number;
}

/** One labelled transaction: which rules (by index) matched it, whether it is fraud, its value. */
export interface CalibrationCase {
  matched: readonly number[];
  fraud: boolean;
  /** Minor units in the main currency; 0 for other currencies (they still count by number). */
  value: number;
}

export interface Candidate {
  points: number[];
  thresholds: RiskThresholdsJson;
}

export interface Score {
  feasible: boolean;
  /** How far over the budget (0 when feasible). */
  excess: number;
  fraudValueStopped: number;
  fraudStopped: number;
  goodStopped: number;
  fraudValueBlocked: number;
  /** How far from the current rules (points and thresholds, summed): the smaller change wins ties. */
  distance: number;
}

const EMPTY_SCORE: Score = {
  feasible: false,
  excess: 0,
  fraudValueStopped: 0,
  fraudStopped: 0,
  goodStopped: 0,
  fraudValueBlocked: 0,
  distance: 0,
};
const SEVERITY: Partial<Record<RuleAction, number>> = { review: 1, block: 2 };
const MAX_PASSES = 4;
const STEP = 5;

/** Candidate points for a rule: multiples of 5 on the side of zero it is already on, and its own value. */
export function pointCandidates(current: number): number[] {
  const values = new Set<number>([current]);
  const [low, high] = current < 0 ? [-50, 0] : [0, 100];
  for (let p = low; p <= high; p += STEP) values.add(p);
  return [...values].sort((a, b) => a - b);
}

/** a better than b? Feasible first, then less excess, more fraud value, count, fewer good stopped, … */
export function better(a: Score, b: Score): boolean {
  if (a.feasible !== b.feasible) return a.feasible;
  if (!a.feasible && a.excess !== b.excess) return a.excess < b.excess;
  if (a.fraudValueStopped !== b.fraudValueStopped) return a.fraudValueStopped > b.fraudValueStopped;
  if (a.fraudStopped !== b.fraudStopped) return a.fraudStopped > b.fraudStopped;
  if (a.goodStopped !== b.goodStopped) return a.goodStopped < b.goodStopped;
  if (a.fraudValueBlocked !== b.fraudValueBlocked) return a.fraudValueBlocked > b.fraudValueBlocked;
  return a.distance < b.distance;
}

export class CalibrationSearch {
  private readonly n: number;
  /** Per case: allowed by an allow rule; the outcome floor its action rules set (0 approve, 1 hold, 2 block). */
  private readonly allowed: Uint8Array;
  private readonly floor: Uint8Array;
  private readonly fraud: Uint8Array;
  private readonly value: Float64Array;
  /** Cases each rule matched. */
  private readonly byRule: number[][];
  private readonly goodTotal: number;
  readonly steps: string[] = [];

  constructor(
    private readonly rules: readonly CalibrationRule[],
    cases: readonly CalibrationCase[],
    private readonly budget = FALSE_POSITIVE_BUDGET,
  ) {
    this.n = cases.length;
    this.allowed = new Uint8Array(this.n);
    this.floor = new Uint8Array(this.n);
    this.fraud = new Uint8Array(this.n);
    this.value = new Float64Array(this.n);
    this.byRule = rules.map(() => []);
    let good = 0;
    cases.forEach((c, i) => {
      this.fraud[i] = c.fraud ? 1 : 0;
      this.value[i] = c.value;
      if (!c.fraud) good += 1;
      for (const r of c.matched) {
        const rule = rules[r] as CalibrationRule;
        (this.byRule[r] as number[]).push(i);
        if (rule.action === 'allow') this.allowed[i] = 1;
        else this.floor[i] = Math.max(this.floor[i] as number, SEVERITY[rule.action] ?? 0);
      }
    });
    this.goodTotal = good;
  }

  /** Raw score sums (before clamping) of every case under `points`. */
  private rawScores(points: readonly number[]): Int32Array {
    const raw = new Int32Array(this.n);
    this.byRule.forEach((matches, r) => {
      const p = points[r] as number;
      if (p !== 0) for (const i of matches) raw[i] = (raw[i] as number) + p;
    });
    return raw;
  }

  /**
   * The best thresholds for these raw scores, exactly: histograms by score, suffix sums, every pair
   * review ≤ block tried.
   */
  private bestThresholds(
    raw: Int32Array,
    start: Candidate,
    pointsDistance: number,
  ): { thresholds: RiskThresholdsJson; score: Score } {
    const near = start.thresholds;
    // [score] → sums over cases whose outcome the thresholds decide.
    const fraudHoldValue = new Float64Array(102);
    const fraudHoldCount = new Float64Array(102);
    const fraudBlockValue = new Float64Array(102);
    const goodHold = new Float64Array(102);
    const goodBlock = new Float64Array(102);
    let fraudForcedValue = 0;
    let fraudForcedCount = 0;
    let fraudForcedBlockValue = 0;
    let goodForcedStop = 0;
    let goodForcedBlock = 0;
    for (let i = 0; i < this.n; i += 1) {
      if (this.allowed[i]) continue;
      const s = Math.min(100, Math.max(0, raw[i] as number));
      const floor = this.floor[i] as number;
      if (this.fraud[i]) {
        const v = this.value[i] as number;
        if (floor >= 1) {
          fraudForcedValue += v;
          fraudForcedCount += 1;
        } else {
          fraudHoldValue[s] = (fraudHoldValue[s] as number) + v;
          fraudHoldCount[s] = (fraudHoldCount[s] as number) + 1;
        }
        if (floor === 2) fraudForcedBlockValue += v;
        else fraudBlockValue[s] = (fraudBlockValue[s] as number) + v;
      } else {
        if (floor >= 1) goodForcedStop += 1;
        else goodHold[s] = (goodHold[s] as number) + 1;
        if (floor === 2) goodForcedBlock += 1;
        else goodBlock[s] = (goodBlock[s] as number) + 1;
      }
    }
    for (const h of [fraudHoldValue, fraudHoldCount, fraudBlockValue, goodHold, goodBlock])
      for (let s = 99; s >= 0; s -= 1) h[s] = (h[s] as number) + (h[s + 1] as number);

    const maxHeld = this.budget.heldOrBlocked * this.goodTotal;
    const maxBlocked = this.budget.blocked * this.goodTotal;
    const total = Math.max(1, this.goodTotal);
    // One scratch score, copied only when it wins: 5,050 pairs per candidate allocate nothing.
    const scratch: Score = { ...EMPTY_SCORE };
    let best: Score | null = null;
    let bestThresholds: RiskThresholdsJson = { ...near };
    for (let review = 1; review <= 100; review += 1) {
      const goodStopped = goodForcedStop + (goodHold[review] as number);
      const heldExcess = Math.max(0, goodStopped - maxHeld) / total;
      for (let block = review; block <= 100; block += 1) {
        const goodBlocked = goodForcedBlock + (goodBlock[block] as number);
        scratch.excess = heldExcess + Math.max(0, goodBlocked - maxBlocked) / total;
        scratch.feasible = scratch.excess === 0;
        scratch.fraudValueStopped = fraudForcedValue + (fraudHoldValue[review] as number);
        scratch.fraudStopped = fraudForcedCount + (fraudHoldCount[review] as number);
        scratch.goodStopped = goodStopped;
        scratch.fraudValueBlocked = fraudForcedBlockValue + (fraudBlockValue[block] as number);
        scratch.distance = pointsDistance + Math.abs(review - near.review) + Math.abs(block - near.block);
        if (!best || better(scratch, best)) {
          best = { ...scratch };
          bestThresholds = { review, block };
        }
      }
    }
    return { thresholds: bestThresholds, score: best as Score };
  }

  /** Scores a candidate as it is (its own thresholds, no search). */
  evaluate(candidate: Candidate): Score {
    const raw = this.rawScores(candidate.points);
    let fraudValueStopped = 0;
    let fraudStopped = 0;
    let goodStopped = 0;
    let goodBlocked = 0;
    let fraudValueBlocked = 0;
    for (let i = 0; i < this.n; i += 1) {
      const outcome = this.outcome(i, raw, candidate.thresholds);
      if (this.fraud[i]) {
        if (outcome >= 1) {
          fraudValueStopped += this.value[i] as number;
          fraudStopped += 1;
        }
        if (outcome === 2) fraudValueBlocked += this.value[i] as number;
      } else {
        if (outcome >= 1) goodStopped += 1;
        if (outcome === 2) goodBlocked += 1;
      }
    }
    const total = Math.max(1, this.goodTotal);
    const excess =
      Math.max(0, goodStopped - this.budget.heldOrBlocked * this.goodTotal) / total +
      Math.max(0, goodBlocked - this.budget.blocked * this.goodTotal) / total;
    return {
      feasible: excess === 0,
      excess,
      fraudValueStopped,
      fraudStopped,
      goodStopped,
      fraudValueBlocked,
      distance: 0,
    };
  }

  /** 0 approve, 1 hold, 2 block: the engine's combination (allow wins, else the most severe). */
  outcome(i: number, raw: Int32Array, thresholds: RiskThresholdsJson): number {
    if (this.allowed[i]) return 0;
    const s = Math.min(100, Math.max(0, raw[i] as number));
    const byScore = s >= thresholds.block ? 2 : s >= thresholds.review ? 1 : 0;
    return Math.max(this.floor[i] as number, byScore);
  }

  outcomes(candidate: Candidate): Uint8Array {
    const raw = this.rawScores(candidate.points);
    const result = new Uint8Array(this.n);
    for (let i = 0; i < this.n; i += 1) result[i] = this.outcome(i, raw, candidate.thresholds);
    return result;
  }

  /** Coordinate search from the current points and thresholds. */
  search(start: Candidate, describe: (score: Score) => string): Candidate {
    const points = [...start.points];
    const moved = (): number =>
      points.reduce((sum, p, r) => sum + Math.abs(p - (start.points[r] as number)), 0);
    let current = this.bestThresholds(this.rawScores(points), start, 0);
    const startScore = this.evaluate(start);
    // Keep today's thresholds when re-tuning them alone does not help.
    if (!better(current.score, { ...startScore, distance: 0 })) {
      current = { thresholds: start.thresholds, score: { ...startScore, distance: 0 } };
    } else {
      this.steps.push(
        `thresholds ${start.thresholds.review}/${start.thresholds.block} → ` +
          `${current.thresholds.review}/${current.thresholds.block}: ${describe(current.score)}`,
      );
    }
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      let improved = false;
      for (let r = 0; r < this.rules.length; r += 1) {
        const rule = this.rules[r] as CalibrationRule;
        if (rule.action === 'allow' || (this.byRule[r] as number[]).length === 0) continue;
        const before = points[r] as number;
        let bestValue = before;
        for (const candidate of pointCandidates(before)) {
          if (candidate === before) continue;
          points[r] = candidate;
          const found = this.bestThresholds(this.rawScores(points), start, moved());
          if (better(found.score, current.score)) {
            current = found;
            bestValue = candidate;
          }
        }
        points[r] = bestValue;
        if (bestValue !== before) {
          improved = true;
          this.steps.push(
            `${rule.id}: ${before} → ${bestValue} points, thresholds ` +
              `${current.thresholds.review}/${current.thresholds.block}: ${describe(current.score)}`,
          );
        }
      }
      if (!improved) break;
    }
    return { points, thresholds: current.thresholds };
  }
}
