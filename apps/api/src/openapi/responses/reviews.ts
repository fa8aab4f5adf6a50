import {
  type BulkDecisionResultJson,
  LABEL_SOURCES,
  TRANSACTION_LABELS,
  type TransactionLabelsJson,
} from '@vigil/contracts';
import { z } from 'zod';
import { timestamp } from './common.js';
import { contractSchema } from './contract-schema.js';
import { transactionJson } from './transactions.js';

export const bulkDecisionResult = contractSchema<BulkDecisionResultJson>()(
  z.object({
    results: z.array(
      z.object({
        id: z.string(),
        status: z.literal([200, 404, 409]),
        transaction: transactionJson.optional(),
        current: transactionJson.optional(),
        message: z.string().optional(),
      }),
    ),
    decided: z.number().int(),
    conflicts: z.number().int(),
    notFound: z.number().int(),
  }),
);

const labelEntry = z
  .object({
    label: z.enum(TRANSACTION_LABELS).nullable(),
    source: z.enum(LABEL_SOURCES),
    reason: z.string().nullable(),
    by: z.object({ id: z.string(), email: z.string().nullable() }).nullable(),
    eventType: z.string().nullable(),
    at: timestamp,
  })
  .meta({ id: 'LabelEntry' });

export const transactionLabels = contractSchema<TransactionLabelsJson>()(
  z.object({
    transaction: transactionJson,
    verdict: labelEntry.nullable(),
    fraud: z.boolean(),
    history: z.array(labelEntry),
  }),
);
