import {
  HOLD_EXPIRY_POLICIES,
  SOURCE_KINDS,
  type SourceJson,
  type SourceWithSecretJson,
  type WebhookAck,
} from '@vigil/contracts';
import { z } from 'zod';
import { itemsOf, timestamp } from './common.js';
import { contractSchema } from './contract-schema.js';

export const sourceJson = contractSchema<SourceJson>()(
  z
    .object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(SOURCE_KINDS),
      ingestUrl: z.string(),
      decisionUrl: z.string().nullable(),
      rateLimitPerSecond: z.number(),
      holdMinutes: z.number(),
      onHoldExpiry: z.enum(HOLD_EXPIRY_POLICIES),
      notifyAutoApprovals: z.boolean(),
      previousSecretExpiresAt: timestamp.nullable(),
      createdAt: timestamp,
    })
    .meta({ id: 'Source' }),
);

export const sourceWithSecret = contractSchema<SourceWithSecretJson>()(
  sourceJson
    .extend({ secret: z.string().meta({ description: 'Shown only by create and rotate.' }) })
    .meta({ id: 'SourceWithSecret' }),
);

export const sourceList = itemsOf(sourceJson);

export const webhookAck = contractSchema<WebhookAck>()(
  z.object({ received: z.literal(true), duplicate: z.boolean() }).meta({ id: 'WebhookAck' }),
);
