import { type ErasureTarget } from '@vigil/webhooks';

/** Everything that identifies the customer being erased, as found on their transactions. */
export interface ErasedSubject {
  /** Lower-case. */
  email: string;
  ips: string[];
  /** Store customer ids, with the source each belongs to (a customer id means nothing across stores). */
  customers: Array<{ sourceId: string; customerId: string }>;
  deviceIds: string[];
  names: string[];
}

/** Short values (a one-letter name, an id like "1") would match unrelated text; they are erased only by field. */
const MIN_FREE_TEXT_LENGTH = 3;

export function erasureTarget(subject: ErasedSubject): ErasureTarget {
  return {
    email: subject.email,
    ips: subject.ips,
    values: [...subject.customers.map((c) => c.customerId), ...subject.deviceIds, ...subject.names],
  };
}

/** The identifiers free text (notes, reasons, audit details) is searched for, longest first. */
export function freeTextIdentifiers(subject: ErasedSubject): string[] {
  const values = [
    subject.email,
    ...subject.ips,
    ...subject.customers.map((c) => c.customerId),
    ...subject.deviceIds,
    ...subject.names,
  ].filter((value) => value.length >= MIN_FREE_TEXT_LENGTH);
  return [...new Set(values.map((value) => value.toLowerCase()))].sort((a, b) => b.length - a.length);
}

export const ERASED = '[erased]';

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every occurrence of the identifiers (whole words, any case) with `[erased]`. */
export function scrubText(text: string, identifiers: readonly string[]): string {
  if (identifiers.length === 0) return text;
  const pattern = new RegExp(`(?<![\\w@.-])(?:${identifiers.map(escapeRegExp).join('|')})(?![\\w@-])`, 'giu');
  return text.replace(pattern, ERASED);
}

/** `scrubText` on every string of a JSON value; `changed` says whether anything was replaced. */
export function scrubJson(
  value: unknown,
  identifiers: readonly string[],
): { value: unknown; changed: boolean } {
  let changed = false;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const scrubbed = scrubText(node, identifiers);
      if (scrubbed !== node) changed = true;
      return scrubbed;
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item)]));
    return node;
  };
  const result = walk(value);
  return { value: result, changed };
}
