import { describe, expect, it } from '@jest/globals';
import {
  type CalibrationCase,
  type CalibrationRule,
  CalibrationSearch,
  pointCandidates,
} from './calibration-search.js';

const cases = (count: number, matched: number[], fraud: boolean, value = 1000): CalibrationCase[] =>
  Array.from({ length: count }, () => ({ matched, fraud, value }));

const rules: CalibrationRule[] = [
  { id: 'cvc_fail', action: 'score', points: 10 },
  { id: 'new_customer', action: 'score', points: 10 },
  { id: 'trusted', action: 'allow', points: 0 },
];
const start = { points: [10, 10, 0], thresholds: { review: 50, block: 75 } };
const noSteps = () => '';

describe('CalibrationSearch', () => {
  it('offers multiples of 5 on the rule’s side of zero, and its own value', () => {
    expect(pointCandidates(12)).toContain(12);
    expect(pointCandidates(12)).toHaveLength(22);
    expect(Math.min(...pointCandidates(-20))).toBe(-50);
    expect(Math.max(...pointCandidates(-20))).toBe(0);
  });

  it('stops all fraud a rule separates from good orders, holding no good order', () => {
    const history = [...cases(40, [0, 1], true), ...cases(400, [1], false), ...cases(100, [], false)];
    const search = new CalibrationSearch(rules, history);
    expect(search.evaluate(start)).toMatchObject({ fraudStopped: 0, goodStopped: 0 });
    const found = search.search(start, noSteps);
    expect(search.evaluate(found)).toMatchObject({ feasible: true, fraudStopped: 40, goodStopped: 0 });
    expect(search.steps.length).toBeGreaterThan(0);
    // Deterministic: the same history, the same answer.
    expect(new CalibrationSearch(rules, history).search(start, noSteps)).toEqual(found);
  });

  it('keeps the false-positive budget even when that leaves fraud through', () => {
    // Whatever matches the fraud also matches 10 % of good orders: stopping it would hold far over 2 %.
    const history = [...cases(40, [0], true), ...cases(100, [0], false), ...cases(900, [], false)];
    const search = new CalibrationSearch(rules, history);
    const found = search.search(start, noSteps);
    const score = search.evaluate(found);
    expect(score.feasible).toBe(true);
    expect(score.goodStopped).toBeLessThanOrEqual(0.02 * 1000);
    expect(score.fraudStopped).toBe(0);
  });

  it('never stops what an allow rule approves', () => {
    const history = [...cases(40, [0, 2], true), ...cases(30, [0], true), ...cases(500, [], false)];
    const search = new CalibrationSearch(rules, history);
    const found = search.search(start, noSteps);
    expect(search.evaluate(found).fraudStopped).toBe(30);
  });

  it('maximizes fraud value, not only the count', () => {
    const history = [
      ...cases(30, [0], true, 100),
      ...cases(5, [1], true, 100_000),
      ...cases(5, [0], false),
      ...cases(5, [1], false),
      ...cases(240, [], false),
    ];
    // Only 2 % of 250 good orders (5) may be held: the search can afford one of the two rules.
    const search = new CalibrationSearch(rules, history);
    const found = search.search(start, noSteps);
    expect(search.evaluate(found)).toMatchObject({
      feasible: true,
      fraudStopped: 5,
      fraudValueStopped: 500_000,
    });
  });
});
