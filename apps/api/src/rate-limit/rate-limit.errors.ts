import { DomainError } from '../common/domain-error.js';

export class RateLimitError extends DomainError {
  readonly feature = 'rate-limit';

  static exceeded(retryAfterSeconds: number): RateLimitError {
    return new RateLimitError(
      429,
      `Too many requests; try again in ${retryAfterSeconds} s (see Retry-After)`,
      {
        'Retry-After': String(retryAfterSeconds),
      },
    );
  }
}
