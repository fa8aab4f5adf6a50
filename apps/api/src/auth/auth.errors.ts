import { DomainError } from '../common/domain-error.js';

export class AuthError extends DomainError {
  readonly feature = 'auth';

  static unauthenticated(): AuthError {
    return new AuthError(401, 'Authentication required: sign in or send `Authorization: Bearer <token>`');
  }

  static invalidCredentials(): AuthError {
    // Same answer for an unknown email and a wrong password: no user enumeration.
    return new AuthError(401, 'Invalid email or password');
  }

  static forbidden(): AuthError {
    return new AuthError(403, 'Your role does not allow this action');
  }

  static csrf(): AuthError {
    return new AuthError(
      403,
      'Missing or invalid CSRF token: send the vigil_csrf cookie value in X-CSRF-Token',
    );
  }

  static throttled(retryAfterSeconds: number, why: string): AuthError {
    return new AuthError(429, `Too many sign-in attempts ${why}; try again in ${retryAfterSeconds} s`, {
      'Retry-After': String(retryAfterSeconds),
    });
  }
}
