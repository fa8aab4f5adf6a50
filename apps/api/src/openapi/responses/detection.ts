import {
  type CalibrationResultJson,
  DETECTION_OUTCOMES,
  FALSE_POSITIVE_BUDGET,
  QUALITY_WINDOWS,
  type QualityJson,
  RULE_ACTION_NAMES,
  type RuleJson,
  type RiskThresholdsJson,
  type SimulationResultJson,
  STATS_WINDOWS,
  type StatsJson,
} from '@vigil/contracts';
import { z } from 'zod';
import { currencyAmounts, timestamp } from './common.js';
import { contractSchema } from './contract-schema.js';
import { riskThresholds, ruleJson } from './rules.js';

const count = z.number().int();
const ratio = z.number().nullable();

const statsCounts = z.object({
  count,
  amount: currencyAmounts,
  flagged: count,
  held: count,
  blocked: count,
  approved: count,
});

export const statsJson = contractSchema<StatsJson>()(
  z.object({
    window: z.enum(STATS_WINDOWS),
    from: timestamp,
    to: timestamp,
    bucketSeconds: z.number().int(),
    totals: statsCounts,
    buckets: z.array(statsCounts.extend({ at: timestamp })),
    moneyAtRisk: z.object({
      heldValue: currencyAmounts,
      blockedValue: currencyAmounts,
      approvedAfterReviewValue: currencyAmounts,
      confirmedLossValue: currencyAmounts,
    }),
  }),
);

const outcomeCounts = z.record(z.enum(DETECTION_OUTCOMES), count);
const outcomeAmounts = z.record(z.enum(DETECTION_OUTCOMES), currencyAmounts);

const detectionMetrics = z
  .object({
    total: count,
    mainCurrency: z.string().nullable(),
    matrix: z.object({ fraud: outcomeCounts, good: outcomeCounts }),
    matrixValue: z.object({ fraud: outcomeAmounts, good: outcomeAmounts }),
    recall: z.object({ count: ratio, value: ratio }),
    goodHeldOrBlockedRate: ratio,
    goodBlockedRate: ratio,
    fraudValueStopped: currencyAmounts,
    fraudValueMissed: currencyAmounts,
    goodValueStopped: currencyAmounts,
  })
  .meta({ id: 'DetectionMetrics' });

const ruleHits = z
  .object({
    ruleId: z.string(),
    name: z.string().nullable(),
    hits: count,
    fraudHits: count,
    precision: ratio,
    fraudValue: currencyAmounts,
  })
  .meta({ id: 'RuleHits' });

export const qualityJson = contractSchema<QualityJson>()(
  detectionMetrics.extend({
    window: z.enum(QUALITY_WINDOWS),
    from: timestamp,
    to: timestamp,
    savedValue: currencyAmounts,
    falsePositiveCost: currencyAmounts,
    rules: z.array(ruleHits),
    trend: z.array(
      z.object({
        at: timestamp,
        total: count,
        fraud: count,
        fraudStopped: count,
        goodStopped: count,
        savedValue: z.number(),
        falsePositiveValue: z.number(),
      }),
    ),
  }),
);

const simulationSample = z.object({
  id: z.string(),
  amount: z.number().int().nullable(),
  currency: z.string().nullable(),
  score: z.number(),
  outcome: z.enum(DETECTION_OUTCOMES),
  fraud: z.boolean(),
  matchedRuleIds: z.array(z.string()),
});

export const simulationResult = contractSchema<SimulationResultJson>()(
  detectionMetrics.extend({
    from: timestamp,
    to: timestamp,
    thresholds: riskThresholds,
    truncated: z.boolean(),
    rules: z.array(ruleHits),
    samples: z.object({ missedFraud: z.array(simulationSample), stoppedGood: z.array(simulationSample) }),
    elapsedMs: z.number(),
  }),
);

/** With `Accept: application/x-ndjson`: one JSON object a line (progress…, then the result or an error). */
export const simulationStream = z.string().meta({
  description:
    'Lines of `{"type":"progress","scanned","estimatedTotal"}`, then `{"type":"result","result"}` or ' +
    '`{"type":"error","status","message"}`.',
});

export const calibrationResult = contractSchema<CalibrationResultJson>()(
  z.discriminatedUnion('status', [
    z.object({
      status: z.literal('not_enough_history'),
      message: z.string(),
      fraud: count,
      total: count,
      needed: z.object({ fraud: count, total: count }),
    }),
    z.object({
      status: z.literal('ok'),
      from: timestamp,
      to: timestamp,
      unchanged: z.boolean(),
      withinBudget: z.boolean(),
      budget: z.object({
        heldOrBlocked: z.literal(FALSE_POSITIVE_BUDGET.heldOrBlocked),
        blocked: z.literal(FALSE_POSITIVE_BUDGET.blocked),
      }),
      thresholdsBefore: riskThresholds,
      suggestion: z.object({
        thresholds: riskThresholds,
        rules: z.array(
          z.object({
            ruleId: z.string(),
            name: z.string(),
            action: z.enum(RULE_ACTION_NAMES),
            version: z.number().int(),
            pointsBefore: z.number(),
            pointsAfter: z.number(),
          }),
        ),
      }),
      before: detectionMetrics,
      after: detectionMetrics,
      steps: z.array(z.string()),
    }),
  ]),
);

export const calibrationApplied = contractSchema<{ rules: RuleJson[]; thresholds: RiskThresholdsJson }>()(
  z.object({ rules: z.array(ruleJson), thresholds: riskThresholds }),
);
