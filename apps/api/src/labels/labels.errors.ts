import { DomainError } from '../common/domain-error.js';

export class LabelError extends DomainError {
  static notFound(id: string): LabelError {
    return new LabelError(404, `Transaction ${id.slice(0, 100)} not found`);
  }
}
