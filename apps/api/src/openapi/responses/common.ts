import { type ApiErrorJson, ROLES, type UserJson } from '@vigil/contracts';
import { z } from 'zod';
import { contractSchema } from './contract-schema.js';

/** ISO 8601 timestamps as the API writes them (`Date#toISOString`). */
export const timestamp = z.string().meta({ format: 'date-time' });
/** Minor units per currency: `{"EUR": 12999}`. */
export const currencyAmounts = z.record(z.string(), z.number().int()).meta({ id: 'CurrencyAmounts' });

export const apiError = contractSchema<ApiErrorJson>()(
  z
    .object({ statusCode: z.number().int(), error: z.string(), message: z.string() })
    .meta({ description: 'Every error answer: never a stack trace.' }),
);

export const userJson = contractSchema<UserJson>()(
  z.object({ id: z.string(), email: z.string(), role: z.enum(ROLES) }).meta({ id: 'User' }),
);

/** `{items, nextCursor, total}` of a list endpoint. */
export const pageOf = <S extends z.ZodType>(item: S) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int() });

/** `{items}` of a short, unpaged list. */
export const itemsOf = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item) });
