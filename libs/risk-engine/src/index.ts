export { RuleSyntaxError } from './errors.js';
export { MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH, MAX_STRING_LITERAL_LENGTH } from './limits.js';
export {
  compileExpression,
  validateExpression,
  type CompiledExpression,
  type ExpressionOptions,
  type ExpressionValidation,
} from './expression.js';
export {
  ATTRIBUTES,
  type AttributeDefinition,
  type AttributeType,
  type AttributeCase,
} from './attributes.js';
export type { AttributeValue, RiskContext } from './risk-context.js';
export {
  addressIdentity,
  buildRiskContext,
  CUSTOMER_NOVELTY_SUBJECTS,
  HISTORY_COUNTERS,
  MIN_STORE_BASKET_ORDERS,
  NEW_CUSTOMER_MAX_DAYS,
  VELOCITY_COUNTERS,
  type AddressInput,
  type CustomerNovelty,
  type CustomerNoveltySubject,
  type HistoryCounter,
  type RiskInput,
  type VelocityCounter,
} from './build-context.js';
export {
  buildRiskLists,
  DEFAULT_LISTS,
  LIST_ITEM_KINDS,
  normalizeListItem,
  SANCTIONED_COUNTRIES,
  SANCTIONS_REVIEW_COUNTRIES,
  type DefaultListDefinition,
  type ListItemKind,
  type NamedList,
  type RiskLists,
} from './lists.js';
export {
  compileRuleSet,
  RULE_ACTIONS,
  type CompiledRule,
  type CompiledRuleSet,
  type RuleAction,
  type RuleCompileError,
  type RuleDefinition,
} from './rule-set.js';
export {
  DEFAULT_THRESHOLDS,
  evaluate,
  type RiskOutcome,
  type RiskThresholds,
  type RiskVerdict,
} from './evaluate.js';
export { DEFAULT_RULES } from './default-rules.js';
export { runRiskEngineBench, type RiskEngineBenchResult } from './bench.js';
export { amountInEuros, amountInMajorUnits, EUR_RATES } from './currency.js';
