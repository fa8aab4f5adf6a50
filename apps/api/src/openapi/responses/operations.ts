import { type AuditEventJson, AUDIT_RESULTS, type Page, SOURCE_KINDS } from '@vigil/contracts';
import { type DeadLetter } from '@vigil/pipeline';
import { z } from 'zod';
import { pageOf, timestamp } from './common.js';
import { contractSchema } from './contract-schema.js';

export const auditPage = contractSchema<Page<AuditEventJson>>()(
  pageOf(
    z.object({
      id: z.string(),
      at: timestamp,
      actor: z.object({ userId: z.string().nullable(), email: z.string().nullable() }),
      action: z.string(),
      target: z.object({ type: z.string().nullable(), id: z.string().nullable() }),
      ip: z.string().nullable(),
      userAgent: z.string().nullable(),
      result: z.enum(AUDIT_RESULTS),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
);

const deadLetter = contractSchema<DeadLetter>()(
  z.object({
    id: z.string(),
    sourceId: z.string(),
    kind: z.enum(SOURCE_KINDS),
    eventId: z.string(),
    receivedAt: timestamp,
    failedAt: timestamp.nullable(),
    attempts: z.number().int(),
    reason: z.string(),
  }),
);

export const deadLetterPage = contractSchema<{ items: DeadLetter[]; total: number }>()(
  z.object({ items: z.array(deadLetter), total: z.number().int() }),
);

export const deadLetterReplayed = contractSchema<{ replayed: true; id: string }>()(
  z.object({ replayed: z.literal(true), id: z.string() }),
);

export const liveness = contractSchema<{ status: 'ok' }>()(z.object({ status: z.literal('ok') }));

/** @nestjs/terminus' answer (its own type is generic): each check under info/error/details. */
const checks = z.record(z.string(), z.object({ status: z.string() }).loose());
export const readiness = z.object({
  status: z.enum(['ok', 'error', 'shutting_down']),
  info: checks.optional(),
  error: checks.optional(),
  details: checks,
});

export const prometheusText = z.string().meta({ description: 'Prometheus text exposition format 0.0.4.' });

export const openApiJson = z
  .record(z.string(), z.unknown())
  .meta({ description: 'This OpenAPI 3.1 document.' });
