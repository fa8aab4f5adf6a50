import type { ItemSummary } from '../normalized-event.js';
import { asObject, str } from './read.js';

/** How much item text is kept: enough for rule substrings, never a whole catalogue. */
const MAX_TEXT = 500;
const MAX_LINES = 200;

/** A quantity as sent: a non-negative integer, or a numeric string (Shopify sends numbers). */
function quantity(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/**
 * What the order's lines say, in a few numbers and one lower-case text (sku, name, title, category of each
 * line): enough for rules about resale goods (many units of one thing, gift cards). Null when the event has
 * no lines. Unknown fields are ignored; a line without a quantity counts as one unit.
 */
export function summarizeItems(value: unknown): ItemSummary | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  let units = 0;
  let maxQuantity = 0;
  const text: string[] = [];
  let lines = 0;
  for (const entry of value.slice(0, MAX_LINES)) {
    const item = asObject(entry);
    if (!item) continue;
    lines += 1;
    const q = quantity(item['quantity']) ?? 1;
    units += q;
    maxQuantity = Math.max(maxQuantity, q);
    for (const field of ['sku', 'name', 'title', 'category', 'product_type']) {
      const part = str(item[field]);
      if (part) text.push(part.toLowerCase());
    }
  }
  if (lines === 0) return null;
  return { lines, units, maxQuantity, text: text.join(' | ').slice(0, MAX_TEXT) };
}
