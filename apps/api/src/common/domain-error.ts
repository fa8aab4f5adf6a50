import { type DecisionConflictJson } from '@vigil/contracts';

/** Fields an error body may carry beside `{statusCode, error, message}`: a 409's `current` state. */
export type ApiErrorExtra = Partial<Pick<DecisionConflictJson, 'current'>>;

/**
 * Base of every feature's exception type (AuthError, SourceError, IngestError, …). Features throw their own
 * type with the HTTP status docs/api.md names; `apiErrorReply` (api-error.ts) turns it into the JSON error
 * shape, wherever the error surfaces.
 */
export abstract class DomainError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra response headers, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
    readonly extra: ApiErrorExtra = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
