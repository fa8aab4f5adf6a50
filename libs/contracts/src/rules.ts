import type { TransactionJson } from './transaction.js';

/**
 * What a matching rule does (docs/api.md#rules-and-lists): `allow` approves, `score` only adds its points.
 */
export const RULE_ACTION_NAMES = ['allow', 'block', 'review', 'score'] as const;
export type RuleActionName = (typeof RULE_ACTION_NAMES)[number];

/** What a rule_versions row records. */
export const RULE_CHANGES = ['created', 'updated', 'deleted'] as const;
export type RuleChange = (typeof RULE_CHANGES)[number];

/** GET /api/rules items; `id` is also the `code` of the signal a match produces. */
export interface RuleJson {
  id: string;
  name: string;
  expression: string;
  action: RuleActionName;
  points: number;
  enabled: boolean;
  description: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** POST /api/rules. `points` (default 0, −100…100) is what a match adds to the score, whatever the action. */
export interface CreateRuleRequest {
  name: string;
  expression: string;
  action: RuleActionName;
  points?: number;
  enabled?: boolean;
  description?: string | null;
}

/** PATCH /api/rules/:id. With `version`, the change is refused with 409 when the rule changed meanwhile. */
export interface UpdateRuleRequest {
  name?: string;
  expression?: string;
  action?: RuleActionName;
  points?: number;
  enabled?: boolean;
  description?: string | null;
  version?: number;
}

/** GET /api/rules/:id/versions items, newest first. */
export interface RuleVersionJson {
  ruleId: string;
  version: number;
  change: RuleChange;
  name: string;
  expression: string;
  action: RuleActionName;
  points: number;
  enabled: boolean;
  description: string | null;
  changedBy: string | null;
  createdAt: string;
}

/** GET /api/rules/attributes items: what a rule expression may reference, for the editor's reference panel. */
export interface RuleAttributeJson {
  name: string;
  type: 'number' | 'string' | 'boolean';
  category: string;
  description: string;
}

/** GET/PUT /api/rules/thresholds: a score ≥ block blocks, ≥ review holds (defaults 75 / 50). */
export interface RiskThresholdsJson {
  block: number;
  review: number;
}

/** POST /api/rules/backtest: `from`/`to` (ISO 8601) bound the transactions' creation time. */
export interface BacktestRequest {
  expression: string;
  from?: string;
  to?: string;
}

/** How many stored transactions (those with a risk snapshot) the draft expression matches. */
export interface BacktestResultJson {
  matched: number;
  total: number;
  /** Matched transactions by their current status. */
  byOutcome: { approved: number; review: number; blocked: number };
  /** Matched transactions carrying each label. */
  byLabel: { disputed: number; fraud_warning: number; refunded: number };
  /**
   * Matched transactions by ground truth (docs/detection.md "Labels": fraud unless a reviewer said otherwise;
   * unlabelled ones are good). Optional only so older servers' answers still type-check.
   */
  byTruth?: { fraud: number; good: number };
  /** Up to 20 matched transactions, newest first. */
  samples: TransactionJson[];
  /** The creation-time range read (`to` defaults to now, `from` to at most two years before it). */
  range?: { from: string; to: string };
  /** True when the scan stopped at its row or time limit: the counts cover the newest part of the range. */
  truncated?: boolean;
}

/**
 * Item kinds of lists (libs/risk-engine/ATTRIBUTES.md); the kind decides how values are validated and
 * normalized.
 */
export const LIST_KINDS = [
  'email',
  'email_domain',
  'ip',
  'country',
  'card_fingerprint',
  'card_bin',
  'customer_id',
  'device_id',
] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export interface ListJson {
  id: string;
  /** Lower-case; rules refer to it as `@name`. */
  name: string;
  kind: ListKind;
  description: string | null;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateListRequest {
  name: string;
  kind: ListKind;
  description?: string | null;
}

export interface ListItemJson {
  id: string;
  listId: string;
  /** Normalized for the list's kind (emails, domains, IPs lower-case; countries upper-case). */
  value: string;
  note: string | null;
  createdAt: string;
}

/** GET /api/lists/:id?limit=&cursor=&q=: the list with one page of its items, newest first. */
export interface ListDetailJson extends ListJson {
  items: ListItemJson[];
  nextCursor: string | null;
}

/**
 * POST /api/lists/:id/items. Adding a value the list already holds is idempotent: 200 with the existing item
 * (201 when it was added).
 */
export interface AddListItemRequest {
  value: string;
  note?: string | null;
}

/** Audit actions of rule, threshold and list changes (the audit trail's `action` column). */
export const RiskAuditAction = {
  RuleCreate: 'rule.create',
  RuleUpdate: 'rule.update',
  RuleDelete: 'rule.delete',
  ThresholdsUpdate: 'rule.thresholds_update',
  ListCreate: 'list.create',
  ListItemAdd: 'list.item_add',
  ListItemRemove: 'list.item_remove',
} as const;
