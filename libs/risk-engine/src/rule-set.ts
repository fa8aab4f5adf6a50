import { RuleSyntaxError } from './errors.js';
import { compileExpression, type CompiledExpression, type ExpressionOptions } from './expression.js';

export const RULE_ACTIONS = ['allow', 'block', 'review', 'score'] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

export interface RuleDefinition {
  /** Stable id; also the signal `code` a match produces (default rules use slugs like 'cvc_fail'). */
  id: string;
  name: string;
  expression: string;
  action: RuleAction;
  /** Added to the score when the rule matches; any action may carry points (default 0). */
  points?: number;
  enabled: boolean;
  /** Plain-words explanation shown with the signal; falls back to `name`. */
  description?: string;
}

export interface CompiledRule {
  id: string;
  name: string;
  action: RuleAction;
  points: number;
  description: string;
  expression: CompiledExpression;
}

export interface RuleCompileError {
  ruleId: string;
  name: string;
  /** Offset into the expression, or -1 when the problem is not in the expression (e.g. bad points). */
  position: number;
  expected: string;
  message: string;
}

export interface CompiledRuleSet {
  /** Enabled rules that compiled, in the given order. */
  rules: CompiledRule[];
  /** Rules that could not be compiled; they are left out of `rules`, the rest of the set still works. */
  errors: RuleCompileError[];
}

/** Points are bounded so one rule cannot overflow the sum; negative points lower the score (trusted signals). */
const MAX_POINTS = 100;

function checkRule(
  rule: RuleDefinition,
  seen: Set<string>,
): Omit<RuleCompileError, 'ruleId' | 'name'> | null {
  if (seen.has(rule.id))
    return { position: -1, expected: 'a unique rule id', message: `duplicate rule id ${rule.id}` };
  if (!(RULE_ACTIONS as readonly string[]).includes(rule.action)) {
    return {
      position: -1,
      expected: RULE_ACTIONS.join(', '),
      message: `unknown action ${String(rule.action)}`,
    };
  }
  const points = rule.points ?? 0;
  if (!Number.isFinite(points) || Math.abs(points) > MAX_POINTS) {
    return {
      position: -1,
      expected: `points between -${MAX_POINTS} and ${MAX_POINTS}`,
      message: `points must be a number between -${MAX_POINTS} and ${MAX_POINTS}`,
    };
  }
  return null;
}

/** Compiles every enabled rule once; a broken rule is reported in `errors` instead of failing the set. */
export function compileRuleSet(
  rules: ReadonlyArray<RuleDefinition>,
  options: ExpressionOptions = {},
): CompiledRuleSet {
  const compiled: CompiledRule[] = [];
  const errors: RuleCompileError[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const problem = checkRule(rule, seen);
    seen.add(rule.id);
    if (problem) {
      errors.push({ ruleId: rule.id, name: rule.name, ...problem });
      continue;
    }
    try {
      compiled.push({
        id: rule.id,
        name: rule.name,
        action: rule.action,
        points: rule.points ?? 0,
        description: rule.description ?? rule.name,
        expression: compileExpression(rule.expression, options),
      });
    } catch (error) {
      if (!(error instanceof RuleSyntaxError)) throw error;
      errors.push({
        ruleId: rule.id,
        name: rule.name,
        position: error.position,
        expected: error.expected,
        message: error.message,
      });
    }
  }
  return { rules: compiled, errors };
}
