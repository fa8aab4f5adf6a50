/**
 * Base of every feature's exception type (AuthError, SourceError, IngestError, …). Features throw their own
 * type with the HTTP status the spec names; HttpErrorFilter turns it into the JSON error shape in one place.
 */
export abstract class DomainError extends Error {
  abstract readonly feature: string;

  constructor(
    readonly status: number,
    message: string,
    /** Extra response headers, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
