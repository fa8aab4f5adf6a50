import { z } from 'zod';
import { LIST_KINDS } from '@vigil/contracts';

export const createListSchema = z.object({
  name: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z][a-z0-9_]{0,99}$/,
      'name must start with a letter and hold only letters, digits and _ (at most 100), e.g. vip_customers',
    ),
  kind: z.enum(LIST_KINDS, `kind must be one of ${LIST_KINDS.join(', ')}`),
  description: z.string().trim().max(500, 'description must be at most 500 characters').nullable().optional(),
});
export type CreateListInput = z.infer<typeof createListSchema>;

export const addListItemSchema = z.object({
  value: z.string('value must be a string').max(1_000, 'value is too long'),
  note: z.string().trim().max(500, 'note must be at most 500 characters').nullable().optional(),
});
export type AddListItemInput = z.infer<typeof addListItemSchema>;

export const listItemsQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int('limit must be an integer')
    .min(1, 'limit must be at least 1')
    .max(500, 'limit must be at most 500')
    .default(50),
  cursor: z.string().max(200).optional(),
  /** Items whose value starts with this (case-insensitively for emails, domains, IPs and countries). */
  q: z.string().max(320).optional(),
});
export type ListItemsQuery = z.infer<typeof listItemsQuerySchema>;
