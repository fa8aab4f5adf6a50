import { z } from 'zod';
import { DECISION_ACTIONS, LISTABLE_FIELDS } from '@vigil/contracts';

export const BULK_DECISION_MAX = 500;

const action = z.enum(DECISION_ACTIONS, `action must be one of ${DECISION_ACTIONS.join(', ')}`);
// Card numbers are masked by the service before a note is stored (notes are free text typed by people).
const note = z.string('note must be a string').trim().max(1000, 'note must be at most 1000 characters');
const version = z.int('version must be an integer').min(1, 'version must be at least 1');

export const decisionSchema = z.object({
  action,
  note: note.optional(),
  version,
  addToLists: z
    .array(z.enum(LISTABLE_FIELDS, `addToLists items must be among ${LISTABLE_FIELDS.join(', ')}`))
    .max(LISTABLE_FIELDS.length)
    .optional(),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

export const bulkDecisionSchema = z.object({
  action,
  note: note.optional(),
  items: z
    .array(z.object({ id: z.string().max(64), version }))
    .min(1, 'items must hold at least one transaction')
    .max(BULK_DECISION_MAX, `items must hold at most ${BULK_DECISION_MAX} transactions`),
});
export type BulkDecisionInput = z.infer<typeof bulkDecisionSchema>;
