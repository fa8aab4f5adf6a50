import { type FieldCutJson } from '@vigil/contracts';
import { type NormalizedEvent } from './normalized-event.js';

/**
 * The version of what the api's normalizers produce. The api puts the normalized event in the queue job so
 * the worker does not parse and normalize the body a second time (docs/pipeline.md "Normalize once"); a
 * worker whose version differs (a rolling upgrade) normalizes the body itself. Bump it whenever a normalizer
 * or the NormalizedEvent shape changes meaning.
 */
export const NORMALIZED_EVENT_VERSION = 5;

/** The normalized event as it travels in a queue job (JSON: dates as ISO strings). */
export interface EncodedNormalizedEvent {
  v: number;
  event: NormalizedEvent;
  cuts: FieldCutJson[];
}

export function encodeNormalizedEvent(event: NormalizedEvent, cuts: FieldCutJson[]): EncodedNormalizedEvent {
  return { v: NORMALIZED_EVENT_VERSION, event, cuts };
}

const date = (value: unknown): Date | null => {
  if (value instanceof Date) return value;
  if (typeof value !== 'string') return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
};

/** The event back from a job, or null when another version (or nothing) was queued: normalize the body then. */
export function decodeNormalizedEvent(
  encoded: EncodedNormalizedEvent | undefined,
): { event: NormalizedEvent; cuts: FieldCutJson[] } | null {
  if (!encoded || encoded.v !== NORMALIZED_EVENT_VERSION) return null;
  const { event } = encoded;
  return {
    event: {
      ...event,
      occurredAt: date(event.occurredAt),
      customer: { ...event.customer, createdAt: date(event.customer.createdAt) },
    },
    cuts: encoded.cuts,
  };
}
