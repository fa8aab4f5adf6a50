import { DomainError } from '../common/domain-error.js';

export class ListError extends DomainError {
  static notFound(id: string): ListError {
    return new ListError(404, `List ${id.slice(0, 100)} not found`);
  }
  static itemNotFound(id: string): ListError {
    return new ListError(404, `List item ${id.slice(0, 100)} not found`);
  }
  static nameTaken(name: string): ListError {
    return new ListError(409, `A list named ${name} already exists`);
  }
  static invalidValue(message: string): ListError {
    return new ListError(400, message);
  }
  static badCursor(): ListError {
    return new ListError(400, 'cursor is not valid: pass the nextCursor of a previous page');
  }
}
