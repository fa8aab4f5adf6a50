import { z } from 'zod';
import { RULE_ACTION_NAMES } from '@vigil/contracts';

const name = z.string().trim().min(1, 'name is required').max(200, 'name must be at most 200 characters');
// The engine refuses long expressions with a position; this only bounds what is read at all.
const expression = z.string().min(1, 'expression is required').max(20_000, 'expression is far too long');
const action = z.enum(RULE_ACTION_NAMES, `action must be one of ${RULE_ACTION_NAMES.join(', ')}`);
const points = z
  .number('points must be a number')
  .int('points must be an integer')
  .min(-100, 'points must be between -100 and 100')
  .max(100, 'points must be between -100 and 100');
const description = z.string().trim().max(500, 'description must be at most 500 characters').nullable();

export const createRuleSchema = z.object({
  name,
  expression,
  action,
  points: points.optional(),
  enabled: z.boolean('enabled must be true or false').optional(),
  description: description.optional(),
});
export type CreateRuleInput = z.infer<typeof createRuleSchema>;

export const updateRuleSchema = z
  .object({
    name: name.optional(),
    expression: expression.optional(),
    action: action.optional(),
    points: points.optional(),
    enabled: z.boolean('enabled must be true or false').optional(),
    description: description.optional(),
    version: z.number().int().positive('version must be the rule version you edited').optional(),
  })
  .refine(
    (patch) => Object.keys(patch).some((key) => key !== 'version'),
    'nothing to change: send at least one of name, expression, action, points, enabled, description',
  );
export type UpdateRuleInput = z.infer<typeof updateRuleSchema>;

const thresholdValue = (which: string) =>
  z
    .number(`${which} must be a number`)
    .int(`${which} must be an integer`)
    .min(1, `${which} must be between 1 and 100`)
    .max(100, `${which} must be between 1 and 100`);

export const thresholdsSchema = z
  .object({ block: thresholdValue('block'), review: thresholdValue('review') })
  .refine((t) => t.review <= t.block, 'review must not be above block');
export type ThresholdsInput = z.infer<typeof thresholdsSchema>;

const isoDate = (field: string) =>
  z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), `${field} must be an ISO 8601 date`)
    .transform((v) => new Date(v));

export const backtestSchema = z.object({
  expression,
  from: isoDate('from').optional(),
  to: isoDate('to').optional(),
});
export type BacktestInput = z.infer<typeof backtestSchema>;

/** Rule ids are slugs ('cvc_fail'); anything else cannot name a rule. */
export const RULE_ID = /^[a-z0-9_]{1,100}$/;
