import {
  buildRiskLists,
  compileRuleSet,
  type CompiledRuleSet,
  DEFAULT_LISTS,
  DEFAULT_RULES,
  DEFAULT_THRESHOLDS,
  type RiskLists,
  type RiskThresholds,
} from '@vigil/risk-engine';

/** Rules, lists and thresholds as one evaluation uses them (loaded by RiskSettingsCache, or by the eval). */
export interface RiskSettings {
  ruleSet: CompiledRuleSet;
  lists: RiskLists;
  thresholds: RiskThresholds;
}

/** Thresholds as stored by the api; anything unusable falls back to the defaults (75 / 50). */
export function readThresholds(value: unknown): RiskThresholds {
  const candidate = value as Partial<RiskThresholds> | null;
  const block = candidate?.block;
  const review = candidate?.review;
  const valid = (n: unknown): n is number =>
    typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100;
  return valid(block) && valid(review) ? { block, review } : { ...DEFAULT_THRESHOLDS };
}

/** What a fresh installation scores with: the rules, lists (with their first items) and thresholds the api installs. */
export function defaultRiskSettings(): RiskSettings {
  return {
    ruleSet: compileRuleSet(DEFAULT_RULES),
    lists: buildRiskLists(DEFAULT_LISTS.map((list) => ({ ...list, items: list.items ?? [] }))),
    thresholds: { ...DEFAULT_THRESHOLDS },
  };
}
