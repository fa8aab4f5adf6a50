/**
 * PostgreSQL text cannot hold NUL (U+0000): such a string would fail deep in a query as a 500. Schemas
 * refuse it up front with a clear 400 instead.
 */
export const hasNoNul = (value: string): boolean => !value.includes('\u0000');

export const noNulMessage = (name: string): string => `${name} must not contain NUL characters`;
