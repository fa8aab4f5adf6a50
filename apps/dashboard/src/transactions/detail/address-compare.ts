import type { AddressJson } from '@vigil/contracts';

export const ADDRESS_FIELDS = ['line1', 'city', 'postalCode', 'country'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

export const ADDRESS_FIELD_LABEL: Record<AddressField, string> = {
  line1: 'Street',
  city: 'City',
  postalCode: 'Postal code',
  country: 'Country',
};

export interface AddressLine {
  field: AddressField;
  billing: string | null;
  shipping: string | null;
  /** Both present and different (ignoring case, spacing and punctuation). */
  mismatch: boolean;
}

function normalize(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Billing and shipping side by side, field by field, with the differences marked. */
export function compareAddresses(billing: AddressJson, shipping: AddressJson): AddressLine[] {
  return ADDRESS_FIELDS.map((field) => {
    const b = billing[field] ?? null;
    const s = shipping[field] ?? null;
    const mismatch = b !== null && s !== null && normalize(b) !== normalize(s);
    return { field, billing: b, shipping: s, mismatch };
  });
}

/** True when every field is absent. */
export function isEmptyAddress(address: AddressJson): boolean {
  return ADDRESS_FIELDS.every((field) => !address[field]);
}
