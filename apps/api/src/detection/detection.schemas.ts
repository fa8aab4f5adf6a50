import { z } from 'zod';
import { RULE_ACTION_NAMES } from '@vigil/contracts';
import { thresholdsSchema } from '../rules/rules.schemas.js';

/** A draft rule set is bounded like the stored one could ever be. */
export const MAX_DRAFT_RULES = 500;
export const MAX_RANGE_DAYS = 366;

const isoDate = (field: string) =>
  z
    .string(`${field} must be an ISO 8601 date`)
    .refine((v) => !Number.isNaN(Date.parse(v)), `${field} must be an ISO 8601 date`)
    .transform((v) => new Date(v));

const points = z
  .number('points must be a number')
  .int('points must be an integer')
  .min(-100, 'points must be between -100 and 100')
  .max(100, 'points must be between -100 and 100');

const draftRule = z.object({
  id: z
    .string('rules[].id must be a string')
    .regex(/^[a-z0-9_]{1,100}$/, 'rules[].id must be lower-case letters, digits and _ (at most 100)')
    .optional(),
  name: z.string('rules[].name is required').trim().min(1, 'rules[].name is required').max(200),
  expression: z.string('rules[].expression is required').min(1, 'rules[].expression is required').max(20_000),
  action: z.enum(RULE_ACTION_NAMES, `rules[].action must be one of ${RULE_ACTION_NAMES.join(', ')}`),
  points: points.optional(),
  enabled: z.boolean('rules[].enabled must be true or false').optional(),
});

const period = {
  from: isoDate('from').optional(),
  to: isoDate('to').optional(),
};

export const simulationSchema = z.object({
  rules: z
    .array(draftRule, 'rules must be an array of rules')
    .max(MAX_DRAFT_RULES, `rules must hold at most ${MAX_DRAFT_RULES} rules`)
    .optional(),
  thresholds: thresholdsSchema.optional(),
  ...period,
});
export type SimulationInput = z.infer<typeof simulationSchema>;

export const calibrationSchema = z.object(period);
export type CalibrationInput = z.infer<typeof calibrationSchema>;

export const calibrationApplySchema = z.object({
  suggestion: z.object(
    {
      thresholds: thresholdsSchema,
      rules: z
        .array(
          z.object({
            ruleId: z.string('suggestion.rules[].ruleId is required').max(100),
            version: z.int('suggestion.rules[].version must be an integer').min(1),
            pointsAfter: points,
          }),
          'suggestion.rules must be an array',
        )
        .max(MAX_DRAFT_RULES),
    },
    'suggestion is required: send the suggestion POST /api/rules/calibrate answered',
  ),
});
export type CalibrationApplyInput = z.infer<typeof calibrationApplySchema>;

const DAY_MS = 86_400_000;

/** The period of a run: defaults to the last `defaultDays`, never longer than a year, `from` before `to`. */
export function resolvePeriod(
  input: { from?: Date; to?: Date },
  defaultDays: number,
): { from: Date; to: Date } | { error: string } {
  const to = input.to ?? new Date();
  const from = input.from ?? new Date(to.getTime() - defaultDays * DAY_MS);
  if (from.getTime() >= to.getTime()) return { error: 'from must be before to' };
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS)
    return { error: `the period must be at most ${MAX_RANGE_DAYS} days` };
  return { from, to };
}
