import type { AddressJson, CardJson, SourceKind } from '@vigil/contracts';
import type { NormalizedEvent } from '../normalized-event.js';

/** Lenient readers for provider payloads: anything of the wrong type reads as "not sent" (null). */

export type JsonObject = Record<string, unknown>;
export type NormalizeResult = { ok: true; event: NormalizedEvent } | { ok: false; reason: string };

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/** A non-empty string, trimmed. */
export function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Ids arrive as strings (Stripe) or JSON numbers (Shopify); both become strings. */
export function idString(value: unknown): string | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? String(value) : null;
  return str(value);
}

/** Stripe fields that are either an id or, when expanded, the object itself. */
export function idOf(value: unknown): string | null {
  return idString(value) ?? idString(asObject(value)?.['id']);
}

export function int(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

export function isoDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}

export function unixSecondsDate(value: unknown): Date | null {
  const seconds = int(value);
  return seconds === null || seconds < 0 ? null : new Date(seconds * 1000);
}

/** First element of an array that has the wanted shape. */
export function firstOf<T>(value: unknown, pick: (item: unknown) => T | null): T | null {
  if (!Array.isArray(value)) return null;
  for (const item of value) {
    const picked = pick(item);
    if (picked !== null) return picked;
  }
  return null;
}

/** Null when nothing was sent, so "no address" and "address with no fields" look the same. */
export function address(parts: Partial<Record<keyof AddressJson, unknown>>): AddressJson | null {
  const result: AddressJson = {
    country: str(parts.country)?.toUpperCase() ?? null,
    postalCode: str(parts.postalCode),
    city: str(parts.city),
    line1: str(parts.line1),
  };
  return Object.values(result).every((v) => v === null) ? null : result;
}

/**
 * Card facts only, never a number: `bin` keeps the leading digits (6–8), `last4` the trailing four, so even a
 * full number sent in those fields could not pass through.
 */
export function card(parts: Partial<Record<keyof CardJson, unknown>>): CardJson | null {
  const binDigits = /^\d+/.exec(str(parts.bin) ?? '')?.[0] ?? '';
  const lastDigits = /\d+$/.exec(str(parts.last4) ?? '')?.[0] ?? '';
  const result: CardJson = {
    bin: binDigits.length >= 6 ? binDigits.slice(0, 8) : null,
    last4: lastDigits.length >= 4 ? lastDigits.slice(-4) : null,
    brand: str(parts.brand)?.toLowerCase() ?? null,
    country: str(parts.country)?.toUpperCase() ?? null,
    fingerprint: str(parts.fingerprint),
  };
  return Object.values(result).every((v) => v === null) ? null : result;
}

export function emptyEvent(source: SourceKind, eventId: string, providerType: string): NormalizedEvent {
  return {
    source,
    eventId,
    providerType,
    kind: 'other',
    scorable: false,
    occurredAt: null,
    orderId: null,
    orderName: null,
    paymentId: null,
    amount: null,
    currency: null,
    customer: { id: null, email: null, name: null, createdAt: null },
    billing: null,
    shipping: null,
    ip: null,
    deviceId: null,
    userAgent: null,
    card: null,
    checks: { avs: null, cvc: null },
    items: null,
    paymentOutcome: null,
    paymentMethod: null,
    providerRisk: null,
    labels: [],
    labelReason: null,
    declineCode: null,
    cancelled: false,
  };
}

/** Sets a top-level field only if no earlier (more specific) object already did. */
export function fill<K extends keyof NormalizedEvent>(
  event: NormalizedEvent,
  key: K,
  value: NormalizedEvent[K] | null,
): void {
  if (event[key] === null && value !== null) event[key] = value;
}
