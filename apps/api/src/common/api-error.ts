import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { type ApiErrorJson, type DecisionConflictJson } from '@vigil/contracts';
import { type ApiErrorExtra, DomainError } from './domain-error.js';
import { isBodyParserError, RequestError } from './request.errors.js';

/** How the api answers an error, whoever caught it (Nest filter, Express handler, webhook fast path). */
export interface ApiErrorReply {
  status: number;
  body: ApiErrorJson | DecisionConflictJson;
  /** Extra response headers, e.g. Retry-After. */
  headers: Record<string, string>;
  /** Not an answer the api chose (a bug or an outage): log it with its stack, which never leaves the server. */
  unexpected: boolean;
}

/** The error body: `{statusCode, error, message}` (plus `current` on a decision conflict), nothing else. */
export function apiErrorJson(status: number, message: string, extra: ApiErrorExtra = {}): ApiErrorJson {
  return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message, ...extra };
}

function messageOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/** The one mapping from anything thrown to the JSON error the api answers with. */
export function apiErrorReply(error: unknown): ApiErrorReply {
  const known = isBodyParserError(error) ? RequestError.fromBodyParser(error) : error;
  if (known instanceof DomainError) {
    return {
      status: known.status,
      body: apiErrorJson(known.status, known.message, known.extra),
      headers: known.headers,
      unexpected: false,
    };
  }
  if (known instanceof HttpException) {
    const status = known.getStatus();
    return { status, body: apiErrorJson(status, messageOf(known)), headers: {}, unexpected: false };
  }
  return { status: 500, body: apiErrorJson(500, 'Internal server error'), headers: {}, unexpected: true };
}

/** What goes to the log for an unexpected error: its stack when it has one. */
export function describeUnexpected(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
