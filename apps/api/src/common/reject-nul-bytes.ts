import type { NextFunction, Request, Response } from 'express';
import { RequestError } from './request.errors.js';

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1));
}

/**
 * PostgreSQL text and jsonb cannot hold NUL characters: refuse them in /api paths, queries and JSON bodies
 * with a clear 400 instead of letting a query fail with a 500 (answered by expressErrorHandler).
 */
export function rejectNulBytes(request: Request, _response: Response, next: NextFunction): void {
  if (/%00/i.test(request.originalUrl) || containsNul(request.body)) return next(RequestError.containsNul());
  next();
}
