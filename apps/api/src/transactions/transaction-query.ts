import { z } from 'zod';
import { STORED_LENGTH, TRANSACTION_SORTS, TRANSACTION_STATUSES } from '@vigil/contracts';
import { cutToLength } from '@vigil/webhooks';
import { cursorParam, isoDateParam, limitParam } from '../common/list-query.js';

/** Longer than any stored value: an id as the sender sent it finds the transaction it was cut to. */
const MAX_SEARCH_LENGTH = 2048;

export const transactionQuerySchema = z.object({
  status: z.enum(TRANSACTION_STATUSES, `status must be one of ${TRANSACTION_STATUSES.join(', ')}`).optional(),
  sourceId: z.uuid('sourceId must be a UUID').optional(),
  orderId: z
    .string()
    .max(MAX_SEARCH_LENGTH)
    .transform((value) => cutToLength(value, STORED_LENGTH.orderId))
    .optional(),
  email: z
    .string()
    .max(MAX_SEARCH_LENGTH)
    .transform((value) => cutToLength(value.toLowerCase(), STORED_LENGTH.customerEmail))
    .optional(),
  /** Matched against order id, payment id, email and IP, each as that column stores it (cut to its length). */
  q: z.string().max(MAX_SEARCH_LENGTH).optional(),
  from: isoDateParam('from').optional(),
  to: isoDateParam('to').optional(),
  limit: limitParam,
  cursor: cursorParam,
  /** newest (default), waiting (longest held first: the review queue), risk (highest score), amount. */
  sort: z.enum(TRANSACTION_SORTS, `sort must be one of ${TRANSACTION_SORTS.join(', ')}`).default('newest'),
  /** A user id, `me`, or `none` (no unexpired claim). */
  claimedBy: z
    .union([z.uuid(), z.literal('me'), z.literal('none')], 'claimedBy must be a user id, me or none')
    .optional(),
  escalated: z
    .enum(['true', 'false'], 'escalated must be true or false')
    .transform((v) => v === 'true')
    .optional(),
});

export type TransactionQuery = z.infer<typeof transactionQuerySchema>;
