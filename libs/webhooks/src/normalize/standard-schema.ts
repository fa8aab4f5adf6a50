import { CANONICAL_EVENT_TYPES, CHECK_RESULTS } from '@vigil/contracts';
import { z } from 'zod';
import { normalizeCurrency } from '../currency.js';

/**
 * Vigil's canonical Standard Webhooks body (docs/api.md#webhook-sources-and-ingestion). Only the required
 * shape is enforced; every other field is optional (null allowed) and only type-checked, and unknown fields
 * are ignored.
 */

/** "is required" when absent, the given message when present but wrong. */
const expect = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'is required' : message;

const text = z.string({ error: 'must be a string' }).nullish();

/** Ids may be strings or integers (many stores use numeric ids); both are kept as strings. */
const id = z
  .union([z.string(), z.int()], { error: 'must be a string or an integer' })
  .transform((value) => String(value))
  .nullish();

const dateTime = z
  .string({ error: 'must be an ISO 8601 date-time string' })
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'must be an ISO 8601 date-time string' })
  .nullish();

const amount = z
  .int({ error: 'must be an integer ≥ 0' })
  .min(0, { error: 'must be an integer ≥ 0' })
  .nullish();

const currency = z
  .string({ error: 'must be an ISO 4217 code' })
  .transform((value, ctx) => {
    const code = normalizeCurrency(value);
    if (code === null) {
      ctx.issues.push({ code: 'custom', message: 'must be an ISO 4217 code', input: value });
      return z.NEVER;
    }
    return code;
  })
  .nullish();

const object = <T extends z.ZodRawShape>(shape: T) =>
  z.object(shape, { error: 'must be an object' }).nullish();

const addressSchema = object({ country: text, postalCode: text, city: text, line1: text });
const check = z.enum(CHECK_RESULTS, { error: `must be one of ${CHECK_RESULTS.join(', ')}` }).nullish();

const dataSchema = z.object(
  {
    orderId: id,
    paymentId: id,
    amount,
    currency,
    customer: object({ id, email: text, name: text, createdAt: dateTime }),
    billing: addressSchema,
    shipping: addressSchema,
    ip: text,
    deviceId: id,
    userAgent: text,
    card: object({ bin: text, last4: text, brand: text, country: text, fingerprint: text }),
    checks: object({ avs: check, cvc: check }),
    items: z.array(z.unknown(), { error: 'must be an array' }).nullish(),
    /** How it was paid, in the store's own words (`card`, `paypal`, `cod`, `klarna`, …; docs/api.md). */
    paymentMethod: text,
    /**
     * Of refund and dispute events: the reason (`fraudulent` makes it count as fraud). Of a failed payment: why it
     * was declined (`stolen_card`, `insufficient_funds`, …).
     */
    reason: text,
  },
  { error: expect('must be an object') },
);

/** Order and payment events describe a priced transaction, so they must say how much. */
const PRICED_PREFIXES = ['order.', 'payment.'];

/** The schema as written: the runtime parser, whose answers (and error messages) are the reference. */
export const standardBodyRuntimeSchema = z
  .object(
    {
      type: z.enum(CANONICAL_EVENT_TYPES, {
        error: expect(`must be one of ${CANONICAL_EVENT_TYPES.join(', ')}`),
      }),
      timestamp: dateTime,
      data: dataSchema,
    },
    { error: 'must be a JSON object' },
  )
  .superRefine((body, ctx) => {
    const data = body.data;
    if (typeof data !== 'object' || data === null) return;
    if (!data.orderId && !data.paymentId) {
      ctx.addIssue({ code: 'custom', path: ['data'], message: 'must include orderId or paymentId' });
    }
    if (!PRICED_PREFIXES.some((prefix) => body.type.startsWith(prefix))) return;
    if (data.amount === undefined || data.amount === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['data', 'amount'],
        message: `is required for ${body.type} (an integer ≥ 0 in the currency's minor unit)`,
      });
    }
    if (data.currency === undefined || data.currency === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['data', 'currency'],
        message: `is required for ${body.type} (an ISO 4217 code)`,
      });
    }
  });

/**
 * The schema compiled ahead of time (zod's `z.compile`): a parser generated for this one shape runs first and hands
 * anything it rejects to the runtime parser, so valid bodies parse several times faster on the ingest path and
 * errors keep the runtime's messages (docs/profile.md, "The canonical body's schema, compiled").
 */
export const standardBodySchema = z.compile(standardBodyRuntimeSchema);

export type StandardBody = z.output<typeof standardBodySchema>;

/** "data.amount must be an integer ≥ 0; data.currency must be an ISO 4217 code" — first issue per field. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const issue of issues) {
    const path = formatPath(issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    parts.push(`${path} ${issue.message}`);
    if (parts.length === 3) break;
  }
  return parts.join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'body';
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
