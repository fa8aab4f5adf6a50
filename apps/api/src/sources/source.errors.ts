import { DomainError } from '../common/domain-error.js';

export class SourceError extends DomainError {
  readonly feature = 'sources';

  static notFound(id: string): SourceError {
    return new SourceError(404, `Unknown webhook source ${id}`);
  }
}
