import { createHash } from 'node:crypto';
import { type FieldCutJson, STORED_LENGTH } from '@vigil/contracts';
import type { NormalizedEvent } from './normalized-event.js';

/*
 * An acknowledged event is never lost to its own content: values longer than their columns are cut here, in
 * the normalizer, so every later hop (risk engine, merge, insert) sees what will be stored
 * (docs/security.md#event-content).
 */

/** Characters as PostgreSQL counts them (code points; a surrogate pair is one). */
export function characterCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** The first `max` characters, never splitting a surrogate pair. */
export function cutToLength(value: string, max: number): string {
  if (value.length <= max) return value;
  let units = 0;
  for (let kept = 0; kept < max && units < value.length; kept++) {
    const c = value.charCodeAt(units);
    const pair = c >= 0xd800 && c <= 0xdbff && units + 1 < value.length;
    units += pair && value.charCodeAt(units + 1) >= 0xdc00 && value.charCodeAt(units + 1) <= 0xdfff ? 2 : 1;
  }
  return value.slice(0, units);
}

const HASH_HEX_LENGTH = 64;

/**
 * Event ids are the dedupe key, so a long one is not simply cut (two events sharing a prefix would count as
 * one): it keeps a prefix and ends in the SHA-256 of the whole id, which fits the column exactly.
 */
export function boundedEventId(eventId: string): string {
  if (characterCount(eventId) <= STORED_LENGTH.eventId) return eventId;
  const digest = createHash('sha256').update(eventId, 'utf8').digest('hex');
  return `${cutToLength(eventId, STORED_LENGTH.eventId - HASH_HEX_LENGTH - 1)}~${digest}`;
}

type Cut = (value: string) => void;

function cutField(cuts: FieldCutJson[], field: string, value: string | null, max: number, set: Cut): void {
  if (value === null || value.length <= max) return;
  const length = characterCount(value);
  if (length <= max) return;
  set(cutToLength(value, max));
  cuts.push({ field, length, keptLength: max });
}

/** Cuts the event's stored values to their columns in place; says which were cut. */
export function cutToStoredLengths(event: NormalizedEvent): FieldCutJson[] {
  const cuts: FieldCutJson[] = [];
  const { customer } = event;
  cutField(cuts, 'type', event.providerType, STORED_LENGTH.eventType, (v) => (event.providerType = v));
  cutField(cuts, 'orderId', event.orderId, STORED_LENGTH.orderId, (v) => (event.orderId = v));
  cutField(cuts, 'paymentId', event.paymentId, STORED_LENGTH.paymentId, (v) => (event.paymentId = v));
  cutField(cuts, 'customer.id', customer.id, STORED_LENGTH.customerId, (v) => (customer.id = v));
  // Emails are stored lower-cased, and lower-casing can lengthen a string ("İ" becomes two characters).
  const email = customer.email?.toLowerCase() ?? null;
  cutField(cuts, 'customer.email', email, STORED_LENGTH.customerEmail, (v) => (customer.email = v));
  cutField(cuts, 'customer.name', customer.name, STORED_LENGTH.customerName, (v) => (customer.name = v));
  cutField(cuts, 'ip', event.ip, STORED_LENGTH.ip, (v) => (event.ip = v));
  cutField(cuts, 'deviceId', event.deviceId, STORED_LENGTH.deviceId, (v) => (event.deviceId = v));
  return cuts;
}
