import { describe, expect, it } from '@jest/globals';
import { evaluate } from './evaluate.js';
import type { RiskContext } from './risk-context.js';
import { compileRuleSet, type RuleDefinition } from './rule-set.js';

const ctx: RiskContext = { attributes: { amount: 100, email: 'ann@example.com' }, lists: {} };

function r(
  id: string,
  action: RuleDefinition['action'],
  points?: number,
  expression = 'true',
): RuleDefinition {
  return { id, name: `Rule ${id}`, expression, action, points, enabled: true, description: `${id} matched` };
}

const verdict = (rules: RuleDefinition[], thresholds?: { block: number; review: number }) =>
  evaluate(compileRuleSet(rules), ctx, thresholds);

describe('evaluate', () => {
  it('approves with score 0 when nothing matches', () => {
    expect(verdict([r('a', 'score', 30, ':amount: > 1000')])).toEqual({
      score: 0,
      outcome: 'approve',
      signals: [],
      matchedRuleIds: [],
      reason: 'Approved: risk score 0 is below the review threshold of 50.',
    });
  });

  it('sums points of matched rules and explains each signal', () => {
    const v = verdict([r('a', 'score', 20), r('b', 'score', 15), r('c', 'score', 40, ':amount: > 1000')]);
    expect(v.score).toBe(35);
    expect(v.outcome).toBe('approve');
    expect(v.signals).toEqual([
      { code: 'a', description: 'a matched', points: 20 },
      { code: 'b', description: 'b matched', points: 15 },
    ]);
    expect(v.matchedRuleIds).toEqual(['a', 'b']);
  });

  it('clamps the score to 0–100', () => {
    expect(verdict([r('a', 'score', 80), r('b', 'score', 70)]).score).toBe(100);
    expect(verdict([r('a', 'score', -30), r('b', 'score', 10)]).score).toBe(0);
  });

  it('applies the score thresholds: ≥ 50 review, ≥ 75 block by default', () => {
    expect(verdict([r('a', 'score', 49)]).outcome).toBe('approve');
    expect(verdict([r('a', 'score', 50)]).outcome).toBe('review');
    expect(verdict([r('a', 'score', 74)]).outcome).toBe('review');
    const blocked = verdict([r('a', 'score', 75)]);
    expect(blocked.outcome).toBe('block');
    expect(blocked.reason).toBe('Blocked: risk score 75 reached the block threshold of 75.');
    expect(verdict([r('a', 'score', 30)], { block: 60, review: 30 }).outcome).toBe('review');
  });

  it('lets an allow rule approve whatever else matched', () => {
    const v = verdict([r('b', 'block', 100), r('s', 'score', 90), r('ok', 'allow')]);
    expect(v.outcome).toBe('approve');
    expect(v.score).toBe(100);
    expect(v.matchedRuleIds).toEqual(['b', 's', 'ok']);
    expect(v.signals.at(-1)).toEqual({ code: 'ok', description: 'ok matched', points: 0 });
    expect(v.reason).toBe('Approved by allow rule "Rule ok".');
  });

  it('does not approve through an allow rule that does not match', () => {
    expect(verdict([r('b', 'block'), r('ok', 'allow', 0, ':amount: > 1000')]).outcome).toBe('block');
  });

  it('lets block beat review, and an action beat a lower score outcome', () => {
    const v = verdict([r('rv', 'review', 10), r('b', 'block')]);
    expect(v).toMatchObject({ outcome: 'block', score: 10, reason: 'Blocked by rule "Rule b".' });
    expect(verdict([r('rv', 'review')])).toMatchObject({ outcome: 'review', score: 0 });
  });

  it('lets the score thresholds beat a less severe action', () => {
    const v = verdict([r('rv', 'review', 40), r('s', 'score', 40)]);
    expect(v).toMatchObject({ outcome: 'block', score: 80 });
    expect(v.reason).toContain('threshold');
  });

  it('gives block and review rules no points unless configured', () => {
    expect(verdict([r('b', 'block')]).signals).toEqual([{ code: 'b', description: 'b matched', points: 0 }]);
  });
});

describe('compileRuleSet', () => {
  it('skips disabled rules and reports broken ones without failing the set', () => {
    const set = compileRuleSet([
      { ...r('off', 'block'), enabled: false },
      r('bad', 'score', 10, ':amount: > and'),
      r('good', 'score', 10, ':amount: > 5'),
      r('good', 'score', 10),
      r('huge', 'score', 1000),
      { ...r('nan', 'score'), points: Number.NaN },
      { ...r('act', 'score'), action: 'explode' as RuleDefinition['action'] },
    ]);
    expect(set.rules.map((rule) => rule.id)).toEqual(['good']);
    expect(set.errors.map((e) => [e.ruleId, e.position])).toEqual([
      ['bad', 11],
      ['good', -1],
      ['huge', -1],
      ['nan', -1],
      ['act', -1],
    ]);
    expect(set.errors[0]?.message).toBe("at position 11: expected an attribute or a value but found 'and'");
    expect(evaluate(set, ctx).matchedRuleIds).toEqual(['good']);
  });

  it('uses the rule name as the signal description when none is given', () => {
    const set = compileRuleSet([
      { id: 'x', name: 'Big order', expression: 'true', action: 'score', enabled: true },
    ]);
    expect(evaluate(set, ctx).signals).toEqual([{ code: 'x', description: 'Big order', points: 0 }]);
  });
});
