import { z } from 'zod';
import { TRANSACTION_STATUSES } from '@vigil/contracts';

const isoDate = (name: string) =>
  z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), `${name} must be an ISO 8601 date`)
    .transform((v) => new Date(v));

export const transactionQuerySchema = z.object({
  status: z.enum(TRANSACTION_STATUSES, `status must be one of ${TRANSACTION_STATUSES.join(', ')}`).optional(),
  sourceId: z.uuid('sourceId must be a UUID').optional(),
  orderId: z.string().max(255).optional(),
  email: z.string().max(320).optional(),
  q: z.string().max(320).optional(),
  from: isoDate('from').optional(),
  to: isoDate('to').optional(),
  limit: z.coerce
    .number()
    .int('limit must be an integer')
    .min(1, 'limit must be at least 1')
    .max(500, 'limit must be at most 500')
    .default(50),
  cursor: z.string().max(200).optional(),
});

export type TransactionQuery = z.infer<typeof transactionQuerySchema>;

/** Keyset pagination on (created_at, id), newest first: stable under concurrent inserts. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime()) || !z.uuid().safeParse(id).success) return null;
  return { createdAt, id };
}
