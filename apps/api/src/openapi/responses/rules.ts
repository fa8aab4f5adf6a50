import {
  type BacktestResultJson,
  LIST_KINDS,
  type ListDetailJson,
  type ListItemJson,
  type ListJson,
  type RiskThresholdsJson,
  RULE_ACTION_NAMES,
  RULE_CHANGES,
  type RuleAttributeJson,
  type RuleJson,
  type RuleVersionJson,
} from '@vigil/contracts';
import { z } from 'zod';
import { itemsOf, timestamp } from './common.js';
import { contractSchema } from './contract-schema.js';
import { transactionJson } from './transactions.js';

export const ruleJson = contractSchema<RuleJson>()(
  z
    .object({
      id: z.string(),
      name: z.string(),
      expression: z.string(),
      action: z.enum(RULE_ACTION_NAMES),
      points: z.number(),
      enabled: z.boolean(),
      description: z.string().nullable(),
      version: z.number().int(),
      createdAt: timestamp,
      updatedAt: timestamp,
    })
    .meta({ id: 'Rule' }),
);

export const ruleList = itemsOf(ruleJson);

export const ruleVersions = itemsOf(
  contractSchema<RuleVersionJson>()(
    z.object({
      ruleId: z.string(),
      version: z.number().int(),
      change: z.enum(RULE_CHANGES),
      name: z.string(),
      expression: z.string(),
      action: z.enum(RULE_ACTION_NAMES),
      points: z.number(),
      enabled: z.boolean(),
      description: z.string().nullable(),
      changedBy: z.string().nullable(),
      createdAt: timestamp,
    }),
  ),
);

export const ruleAttributes = itemsOf(
  contractSchema<RuleAttributeJson>()(
    z.object({
      name: z.string(),
      type: z.enum(['number', 'string', 'boolean']),
      category: z.string(),
      description: z.string(),
    }),
  ),
);

export const riskThresholds = contractSchema<RiskThresholdsJson>()(
  z.object({ block: z.number(), review: z.number() }).meta({ id: 'RiskThresholds' }),
);

export const backtestResult = contractSchema<BacktestResultJson>()(
  z.object({
    matched: z.number().int(),
    total: z.number().int(),
    byOutcome: z.object({ approved: z.number().int(), review: z.number().int(), blocked: z.number().int() }),
    byLabel: z.object({
      disputed: z.number().int(),
      fraud_warning: z.number().int(),
      refunded: z.number().int(),
    }),
    byTruth: z.object({ fraud: z.number().int(), good: z.number().int() }).optional(),
    samples: z.array(transactionJson),
    range: z.object({ from: timestamp, to: timestamp }).optional(),
    truncated: z.boolean().optional(),
  }),
);

export const listJson = contractSchema<ListJson>()(
  z
    .object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(LIST_KINDS),
      description: z.string().nullable(),
      itemCount: z.number().int(),
      createdAt: timestamp,
      updatedAt: timestamp,
    })
    .meta({ id: 'List' }),
);

export const listList = itemsOf(listJson);

export const listItemJson = contractSchema<ListItemJson>()(
  z
    .object({
      id: z.string(),
      listId: z.string(),
      value: z.string(),
      note: z.string().nullable(),
      createdAt: timestamp,
    })
    .meta({ id: 'ListItem' }),
);

export const listDetail = contractSchema<ListDetailJson>()(
  listJson.extend({ items: z.array(listItemJson), nextCursor: z.string().nullable() }),
);
