import { z } from 'zod';
import { REVIEWER_VERDICTS } from '@vigil/contracts';

export const labelSchema = z.object({
  label: z.enum(REVIEWER_VERDICTS, `label must be one of ${REVIEWER_VERDICTS.join(', ')}`),
  // Card numbers are masked by the service before a note is stored.
  note: z.string('note must be a string').trim().max(1000, 'note must be at most 1000 characters').optional(),
});
export type LabelInput = z.infer<typeof labelSchema>;
