import { DomainError } from '../common/domain-error.js';

export class TransactionError extends DomainError {
  static notFound(id: string): TransactionError {
    return new TransactionError(404, `Transaction ${id} not found`);
  }
  static badCursor(): TransactionError {
    return new TransactionError(400, 'cursor is not valid: pass the nextCursor of a previous page');
  }
}
