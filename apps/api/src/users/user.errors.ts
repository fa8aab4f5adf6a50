import { DomainError } from '../common/domain-error.js';

export class UserError extends DomainError {
  readonly feature = 'users';

  static notFound(id: string): UserError {
    return new UserError(404, `User ${id} not found`);
  }

  static emailTaken(): UserError {
    return new UserError(409, 'A user with this email already exists');
  }

  static lastOwner(): UserError {
    return new UserError(
      409,
      'This is the last enabled owner: make another user an owner before demoting or disabling this one',
    );
  }
}
