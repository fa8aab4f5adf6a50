import { z } from 'zod';
import { hasNoNul, noNulMessage } from '../auth/safe-text.js';

const isoDate = (name: string) =>
  z
    .string()
    .max(64)
    .refine((v) => !Number.isNaN(Date.parse(v)), `${name} must be an ISO 8601 date`)
    .transform((v) => new Date(v));

export const auditQuerySchema = z.object({
  /** A user id, or an email (matched case-insensitively). */
  actor: z
    .string()
    .trim()
    .min(1)
    .max(320, 'actor must be at most 320 characters')
    .refine(hasNoNul, noNulMessage('actor'))
    .optional(),
  /** Exact action (`user.update`) or a prefix ending in `*` (`auth.*`). */
  action: z
    .string()
    .regex(
      /^[a-z0-9_.]{1,64}\*?$/i,
      'action must be an action name such as user.update, or a prefix like auth.*',
    )
    .optional(),
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

export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Keyset pagination on (at, id), newest first; `at` has millisecond precision, so the cursor is exact. */
export function encodeAuditCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

export function decodeAuditCursor(cursor: string): { at: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || Number.isNaN(at.getTime()) || !z.uuid().safeParse(id).success) return null;
  return { at, id };
}
