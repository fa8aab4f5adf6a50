import { DomainError } from './domain-error.js';

/** What Express' JSON body parser throws (http-errors): a status and a `type` such as `entity.too.large`. */
export interface BodyParserError {
  status: number;
  type: string;
}

export function isBodyParserError(e: unknown): e is BodyParserError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { type?: unknown }).type === 'string' &&
    typeof (e as { status?: unknown }).status === 'number'
  );
}

/** A request refused before any route sees it: its body or its characters. */
export class RequestError extends DomainError {
  static containsNul(): RequestError {
    return new RequestError(400, 'Input must not contain NUL characters');
  }

  /** The parser's own status for client errors; anything else it reports is the server's fault. */
  static fromBodyParser(error: BodyParserError): RequestError {
    if (error.type === 'entity.too.large') return new RequestError(413, 'Request body is too large');
    if (error.type === 'entity.parse.failed') return new RequestError(400, 'Request body is not valid JSON');
    if (error.status >= 400 && error.status < 500) return new RequestError(error.status, 'Bad request');
    return new RequestError(500, 'Internal server error');
  }
}
