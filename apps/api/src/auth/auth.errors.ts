import { TWO_FACTOR_REQUIRED_MESSAGE } from '@vigil/contracts';
import { DomainError } from '../common/domain-error.js';

export class AuthError extends DomainError {
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

  static wrongPassword(): AuthError {
    return new AuthError(400, 'password is incorrect');
  }

  static samePassword(): AuthError {
    return new AuthError(400, 'newPassword must differ from the current password');
  }

  static challengeInvalid(): AuthError {
    return new AuthError(401, 'Sign-in challenge is invalid or has expired: sign in again');
  }

  static invalidTwoFactorCode(): AuthError {
    return new AuthError(401, 'Invalid two-factor code');
  }

  static twoFactorRequired(): AuthError {
    return new AuthError(403, TWO_FACTOR_REQUIRED_MESSAGE);
  }

  static twoFactorAlreadyEnabled(): AuthError {
    return new AuthError(
      409,
      'Two-factor authentication is already enabled: disable it first to set it up again',
    );
  }

  static twoFactorNotSetUp(): AuthError {
    return new AuthError(409, 'Start with POST /api/auth/2fa/setup, then confirm a code from the app');
  }

  static twoFactorNotEnabled(): AuthError {
    return new AuthError(409, 'Two-factor authentication is not enabled');
  }

  static twoFactorCodeRejected(): AuthError {
    return new AuthError(400, 'code is not valid: enter the current 6-digit code from the authenticator app');
  }

  static twoFactorMandatory(): AuthError {
    return new AuthError(409, 'The owner requires two-factor authentication: it cannot be disabled');
  }

  static ownerNeedsTwoFactorFirst(): AuthError {
    return new AuthError(
      409,
      'Enable two-factor authentication on your own account before requiring it for everyone',
    );
  }
}
