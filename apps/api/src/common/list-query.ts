import { z } from 'zod';

/** Shared pieces of every list endpoint's query: ISO dates, `limit` (1–500, default 50), keyset cursors. */
export const isoDateParam = (name: string) =>
  z
    .string()
    .max(64)
    .refine((v) => !Number.isNaN(Date.parse(v)), `${name} must be an ISO 8601 date`)
    .transform((v) => new Date(v));

export const limitParam = z.coerce
  .number()
  .int('limit must be an integer')
  .min(1, 'limit must be at least 1')
  .max(500, 'limit must be at most 500')
  .default(50);

export const cursorParam = z.string().max(200).optional();

export interface KeysetPosition {
  at: Date;
  id: string;
}

/** Keyset pagination on (timestamp, id), newest first; timestamps are stored to the millisecond. */
export function encodeKeysetCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

export function decodeKeysetCursor(cursor: string): KeysetPosition | null {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || Number.isNaN(at.getTime()) || !z.uuid().safeParse(id).success) return null;
  return { at, id };
}
