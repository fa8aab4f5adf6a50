import { DomainError } from '../common/domain-error.js';

export class LabelError extends DomainError {
  readonly feature = 'labels';

  static notFound(id: string): LabelError {
    return new LabelError(404, `Transaction ${id.slice(0, 100)} not found`);
  }
}
