import { DomainError } from '../common/domain-error.js';

export class UserError extends DomainError {
  static notFound(id: string): UserError {
    return new UserError(404, `User ${id} not found`);
  }

  static emailTaken(): UserError {
    return new UserError(409, 'A user with this email already exists');
  }

  static ownTwoFactorReset(): UserError {
    return new UserError(
      400,
      'Reset two-factor sign-in of other users here; turn off your own with POST /api/auth/2fa/disable',
    );
  }

  static lastOwner(): UserError {
    return new UserError(
      409,
      'This is the last enabled owner: make another user an owner before demoting or disabling this one',
    );
  }
}
