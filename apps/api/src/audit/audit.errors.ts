import { DomainError } from '../common/domain-error.js';

export class AuditError extends DomainError {
  static badCursor(): AuditError {
    return new AuditError(400, 'cursor is not valid: pass the nextCursor of a previous page');
  }
}
