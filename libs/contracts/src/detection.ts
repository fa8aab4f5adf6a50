import type { CurrencyAmounts } from './decisions.js';
import type { RiskThresholdsJson, RuleActionName } from './rules.js';

/*
 * Detection quality: the quality page, rule-set simulations and calibration share one way of counting
 * (docs/detection.md). Truth comes from labels (`isFraud`); unlabelled transactions count as good.
 * Outcomes: `approved`, `held` (review), `blocked`. Money stays per currency (minor units); ratios over
 * money use the main currency (the one most of the transactions counted are in).
 */
export const DETECTION_OUTCOMES = ['approved', 'held', 'blocked'] as const;
export type DetectionOutcome = (typeof DETECTION_OUTCOMES)[number];

export type OutcomeCounts = Record<DetectionOutcome, number>;
export type OutcomeAmounts = Record<DetectionOutcome, CurrencyAmounts>;

export interface DetectionMetricsJson {
  total: number;
  /** The currency value ratios use; null when nothing carried an amount. */
  mainCurrency: string | null;
  /** Rows: truth; columns: outcome. */
  matrix: { fraud: OutcomeCounts; good: OutcomeCounts };
  matrixValue: { fraud: OutcomeAmounts; good: OutcomeAmounts };
  /** Share of fraud held or blocked (count, and value in the main currency); null without fraud. */
  recall: { count: number | null; value: number | null };
  /** Share of good transactions held or blocked (the false-positive rate); null without good ones. */
  goodHeldOrBlockedRate: number | null;
  /** Share of good transactions blocked. */
  goodBlockedRate: number | null;
  /** Fraud value held or blocked. */
  fraudValueStopped: CurrencyAmounts;
  /** Fraud value let through. */
  fraudValueMissed: CurrencyAmounts;
  /** Good value held or blocked: what false positives cost. */
  goodValueStopped: CurrencyAmounts;
}

/** Per rule: how often it matched and how often what it matched was fraud. */
export interface RuleHitsJson {
  ruleId: string;
  name: string | null;
  hits: number;
  fraudHits: number;
  /** fraudHits / hits; null without hits. */
  precision: number | null;
  fraudValue: CurrencyAmounts;
}

/** The false-positive budget calibration keeps (docs/detection.md#calibration). */
export const FALSE_POSITIVE_BUDGET = { heldOrBlocked: 0.02, blocked: 0.005 } as const;

/** `GET /api/quality?window=`. */
export const QUALITY_WINDOWS = ['24h', '7d', '30d', '90d'] as const;
export type QualityWindow = (typeof QUALITY_WINDOWS)[number];

export interface QualityTrendPointJson {
  /** Start of the bucket (an hour for 24h, else a day, UTC). */
  at: string;
  total: number;
  fraud: number;
  fraudStopped: number;
  goodStopped: number;
  /** In the main currency. */
  savedValue: number;
  falsePositiveValue: number;
}

/**
 * Of the transactions created in the window, as they were decided: `held` = held for review at decision time
 * (whatever a person decided later), `blocked` = blocked automatically.
 */
export interface QualityJson extends DetectionMetricsJson {
  window: QualityWindow;
  from: string;
  to: string;
  /** Fraud value blocked (automatically or by a reviewer): money kept from fraudsters. */
  savedValue: CurrencyAmounts;
  /** = goodValueStopped: good orders held or blocked. */
  falsePositiveCost: CurrencyAmounts;
  rules: RuleHitsJson[];
  trend: QualityTrendPointJson[];
}

/** A rule of a draft rule set; `id` is optional for new rules (it names the rule in the per-rule results). */
export interface DraftRuleJson {
  id?: string;
  name: string;
  expression: string;
  action: RuleActionName;
  points?: number;
  enabled?: boolean;
}

/**
 * `POST /api/rules/simulate`: the current rules and thresholds, or a draft of either, over the stored risk
 * snapshots of a period (default the last 30 days, at most 366 days and 1,000,000 transactions). With
 * `Accept: application/x-ndjson` the answer streams `{"type":"progress",…}` lines, then one
 * `{"type":"result","result":…}` (or `{"type":"error","message":…}`).
 */
export interface SimulationRequest {
  rules?: DraftRuleJson[];
  thresholds?: RiskThresholdsJson;
  from?: string;
  to?: string;
}

export interface SimulationSampleJson {
  id: string;
  amount: number | null;
  currency: string | null;
  score: number;
  outcome: DetectionOutcome;
  fraud: boolean;
  matchedRuleIds: string[];
}

export interface SimulationResultJson extends DetectionMetricsJson {
  from: string;
  to: string;
  thresholds: RiskThresholdsJson;
  /** The row cap was reached: only the newest transactions were simulated. */
  truncated: boolean;
  rules: RuleHitsJson[];
  /** Up to 10 each: fraud let through, good orders stopped. */
  samples: { missedFraud: SimulationSampleJson[]; stoppedGood: SimulationSampleJson[] };
  elapsedMs: number;
}

export type SimulationStreamLine =
  | { type: 'progress'; scanned: number; estimatedTotal: number }
  | { type: 'result'; result: SimulationResultJson }
  | { type: 'error'; status: number; message: string };

/** `POST /api/rules/calibrate`: labelled history of a period (default the last 90 days). */
export interface CalibrationRequest {
  from?: string;
  to?: string;
}

/** Fewer than these in the history and calibration answers "not enough labelled history". */
export const CALIBRATION_MIN_FRAUD = 20;
export const CALIBRATION_MIN_TOTAL = 200;

export interface CalibrationRuleChangeJson {
  ruleId: string;
  name: string;
  action: RuleActionName;
  /** The version the suggestion was computed from (apply refuses a rule changed since). */
  version: number;
  pointsBefore: number;
  pointsAfter: number;
}

export interface CalibrationSuggestionJson {
  thresholds: RiskThresholdsJson;
  /** Every enabled rule with its points before and after; unchanged ones too. */
  rules: CalibrationRuleChangeJson[];
}

export type CalibrationResultJson =
  | {
      status: 'not_enough_history';
      message: string;
      fraud: number;
      total: number;
      needed: { fraud: number; total: number };
    }
  | {
      status: 'ok';
      from: string;
      to: string;
      /** The current rules already did best within the budget: the suggestion equals them. */
      unchanged: boolean;
      /** Whether the suggestion keeps the false-positive budget on this history. */
      withinBudget: boolean;
      budget: typeof FALSE_POSITIVE_BUDGET;
      thresholdsBefore: RiskThresholdsJson;
      suggestion: CalibrationSuggestionJson;
      before: DetectionMetricsJson;
      after: DetectionMetricsJson;
      /** How the search went, in words (one line per accepted step). */
      steps: string[];
    };

/** `POST /api/rules/calibrate/apply` (owner): writes the suggestion as new rule versions and thresholds. */
export interface CalibrationApplyRequest {
  suggestion: CalibrationSuggestionJson;
}

export const CalibrationAuditAction = { Apply: 'rule.calibration_apply' } as const;
