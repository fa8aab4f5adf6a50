import {
  CHECK_RESULTS,
  DELIVERY_STATUSES,
  DECISION_ACTIONS,
  DecisionWebhookType,
  type DecisionJson,
  type DeliveryJson,
  type Page,
  type TransactionDetailJson,
  type TransactionJson,
  TRANSACTION_LABELS,
  TRANSACTION_STATUSES,
} from '@vigil/contracts';
import { z } from 'zod';
import { pageOf, timestamp } from './common.js';
import { contractSchema } from './contract-schema.js';

const text = z.string().nullable();
const address = z
  .object({ country: text, postalCode: text, city: text, line1: text })
  .meta({ id: 'Address' });
const checkResult = z.enum(CHECK_RESULTS).nullable();

export const transactionJson = contractSchema<TransactionJson>()(
  z
    .object({
      id: z.string(),
      sourceId: z.string(),
      orderId: text,
      paymentId: text,
      status: z.enum(TRANSACTION_STATUSES),
      version: z.number().int(),
      amount: z.number().int().nullable(),
      currency: text,
      score: z.number(),
      signals: z.array(z.object({ code: z.string(), description: z.string(), points: z.number() })),
      labels: z.array(z.enum(TRANSACTION_LABELS)),
      customer: z.object({ id: text, email: text, name: text }),
      billing: address,
      shipping: address,
      ip: text,
      ipCountry: text,
      deviceId: text,
      card: z.object({ bin: text, last4: text, brand: text, country: text, fingerprint: text }),
      checks: z.object({ avs: checkResult, cvc: checkResult }),
      claimedBy: text,
      decidedBy: text,
      createdAt: timestamp,
      updatedAt: timestamp,
      claimedByEmail: text.optional(),
      claimExpiresAt: timestamp.nullable().optional(),
      heldAt: timestamp.nullable().optional(),
      holdDeadline: timestamp.nullable().optional(),
      escalated: z.boolean().optional(),
      decidedAt: timestamp.nullable().optional(),
      riskReason: text.optional(),
    })
    .meta({ id: 'Transaction' }),
);

export const transactionPage = contractSchema<Page<TransactionJson>>()(pageOf(transactionJson));

const decisionJson = contractSchema<DecisionJson>()(
  z
    .object({
      id: z.string(),
      action: z.enum(DECISION_ACTIONS),
      fromStatus: z.enum(TRANSACTION_STATUSES),
      note: text,
      reason: text,
      decidedBy: z.object({ id: z.string(), email: text }).nullable(),
      at: timestamp,
    })
    .meta({ id: 'Decision' }),
);

export const deliveryJson = contractSchema<DeliveryJson>()(
  z
    .object({
      id: z.string(),
      messageId: z.string(),
      transactionId: z.string(),
      sourceId: z.string(),
      type: z.enum([DecisionWebhookType.Held, DecisionWebhookType.Decided]),
      decision: z.enum(['review', 'approved', 'blocked']),
      status: z.enum(DELIVERY_STATUSES),
      attemptCount: z.number().int(),
      nextAttemptAt: timestamp.nullable(),
      deliveredAt: timestamp.nullable(),
      createdAt: timestamp,
      attempts: z.array(
        z.object({
          attempt: z.number().int(),
          at: timestamp,
          url: z.string(),
          statusCode: z.number().int().nullable(),
          latencyMs: z.number(),
          error: text,
          ok: z.boolean(),
          manual: z.boolean(),
        }),
      ),
    })
    .meta({ id: 'Delivery' }),
);

export const deliveryList = z.object({ items: z.array(deliveryJson) });

export const transactionDetailJson = contractSchema<TransactionDetailJson>()(
  transactionJson
    .extend({
      timeline: z.array(
        z.object({
          id: z.string(),
          eventId: z.string(),
          type: z.string(),
          occurredAt: timestamp,
          receivedAt: timestamp,
          payload: z.unknown().meta({ description: 'The provider’s payload with card numbers masked.' }),
          cuts: z.array(
            z.object({ field: z.string(), length: z.number().int(), keptLength: z.number().int() }),
          ),
        }),
      ),
      decisions: z.array(decisionJson),
      deliveries: z.array(deliveryJson),
    })
    .meta({ id: 'TransactionDetail' }),
);
