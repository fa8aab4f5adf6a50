import { z } from 'zod';
import { hasNoNul, noNulMessage } from '../auth/safe-text.js';
import { cursorParam, isoDateParam, limitParam } from '../common/list-query.js';

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
  from: isoDateParam('from').optional(),
  to: isoDateParam('to').optional(),
  limit: limitParam,
  cursor: cursorParam,
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;
