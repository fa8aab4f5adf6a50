import type { SignalJson } from '@vigil/contracts';
import type { RiskContext } from './risk-context.js';
import type { CompiledRuleSet, RuleAction } from './rule-set.js';

export type RiskOutcome = 'approve' | 'review' | 'block';

export interface RiskThresholds {
  /** Score at or above which a transaction is blocked. */
  block: number;
  /** Score at or above which a transaction is held for review. */
  review: number;
}

export const DEFAULT_THRESHOLDS: Readonly<RiskThresholds> = Object.freeze({ block: 75, review: 50 });

export interface RiskVerdict {
  /** Sum of matched rules' points, clamped to 0–100. */
  score: number;
  outcome: RiskOutcome;
  /** Every matched rule in rule order: code = rule id, plain-words description, points contributed. */
  signals: SignalJson[];
  matchedRuleIds: string[];
  /** One sentence saying what decided the outcome (for decision webhooks and the review queue). */
  reason: string;
}

const SEVERITY: Record<RiskOutcome, number> = { approve: 0, review: 1, block: 2 };
const ACTION_OUTCOME: Record<Exclude<RuleAction, 'allow'>, RiskOutcome> = {
  score: 'approve',
  review: 'review',
  block: 'block',
};

/**
 * Runs every rule and combines them (ATTRIBUTES.md#outcome): a matching `allow` rule approves whatever else
 * matched; otherwise the most severe of the matched actions and the score thresholds wins (block > review >
 * approve).
 */
export function evaluate(
  ruleSet: CompiledRuleSet,
  ctx: RiskContext,
  thresholds: RiskThresholds = DEFAULT_THRESHOLDS,
): RiskVerdict {
  const signals: SignalJson[] = [];
  const matchedRuleIds: string[] = [];
  let sum = 0;
  let allowedBy: string | null = null;
  let actionOutcome: RiskOutcome = 'approve';
  let actionRule: string | null = null;
  for (const rule of ruleSet.rules) {
    if (!rule.expression.evaluate(ctx)) continue;
    matchedRuleIds.push(rule.id);
    signals.push({ code: rule.id, description: rule.description, points: rule.points });
    sum += rule.points;
    if (rule.action === 'allow') {
      allowedBy ??= rule.name;
    } else if (SEVERITY[ACTION_OUTCOME[rule.action]] > SEVERITY[actionOutcome]) {
      actionOutcome = ACTION_OUTCOME[rule.action];
      actionRule = rule.name;
    }
  }
  const score = Math.min(100, Math.max(0, sum));
  const scoreOutcome: RiskOutcome =
    score >= thresholds.block ? 'block' : score >= thresholds.review ? 'review' : 'approve';

  let outcome: RiskOutcome;
  let reason: string;
  if (allowedBy !== null) {
    outcome = 'approve';
    reason = `Approved by allow rule "${allowedBy}".`;
  } else if (SEVERITY[actionOutcome] >= SEVERITY[scoreOutcome] && actionRule !== null) {
    outcome = actionOutcome;
    reason = `${outcome === 'block' ? 'Blocked' : 'Held for review'} by rule "${actionRule}".`;
  } else if (scoreOutcome !== 'approve') {
    outcome = scoreOutcome;
    const verb = outcome === 'block' ? 'Blocked' : 'Held for review';
    reason = `${verb}: risk score ${score} reached the ${outcome} threshold of ${thresholds[outcome]}.`;
  } else {
    outcome = 'approve';
    reason = `Approved: risk score ${score} is below the review threshold of ${thresholds.review}.`;
  }
  return { score, outcome, signals, matchedRuleIds, reason };
}
