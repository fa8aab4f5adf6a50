import { DomainError } from '../common/domain-error.js';

export class SourceError extends DomainError {
  /** Also for ids that are not UUIDs: no source could have them. */
  static notFound(): SourceError {
    return new SourceError(404, 'Unknown webhook source');
  }
  static invalidSecret(reason: string): SourceError {
    return new SourceError(400, reason);
  }
}
