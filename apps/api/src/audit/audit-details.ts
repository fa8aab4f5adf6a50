/** Keys whose values never belong in the audit trail, whatever a caller passes. */
const SECRET_KEY =
  /pass(word|phrase)?|secret|token|cookie|authorization|credential|^t?otp|^recoveryCodes?$|hash$|^code$/i;
const MAX_DEPTH = 4;
const MAX_STRING = 500;
const MAX_ITEMS = 50;

export const REDACTED = '[redacted]';

/**
 * Makes `details` safe to store: secret-looking keys are redacted, long strings cut and deep or wide
 * structures trimmed, so a careless caller cannot leak a password or bloat the table.
 */
export function sanitizeDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!details) return {};
  return sanitizeObject(details, 0);
}

function sanitizeObject(value: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value).slice(0, MAX_ITEMS)) {
    out[key] = SECRET_KEY.test(key) ? REDACTED : sanitizeValue(item, depth + 1);
  }
  return out;
}

function sanitizeValue(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => sanitizeValue(item, depth + 1));
  if (typeof value === 'object') return sanitizeObject(value as Record<string, unknown>, depth);
  return null;
}
