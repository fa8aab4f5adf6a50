import type { Role } from './roles.js';
import type { LoginResponse, UserJson } from './auth.js';

/** Minimum length of every password a person chooses or Vigil generates. */
export const PASSWORD_MIN_LENGTH = 12;

/** A user as the owner's user management sees it (`GET /api/users`). */
export interface UserAdminJson extends UserJson {
  disabled: boolean;
  twoFactorEnabled: boolean;
  createdAt: string;
}

export interface CreateUserRequest {
  email: string;
  role: Role;
  /** Omit to have one generated; it is returned once. */
  password?: string;
}

/** `POST /api/users` → 201; `password` only when Vigil generated it (shown this once). */
export interface CreatedUserJson extends UserJson {
  password?: string;
}

export interface UpdateUserRequest {
  role?: Role;
  disabled?: boolean;
}

/** `POST /api/users/:id/reset-password`: the new generated password, shown this once. */
export interface PasswordResetJson extends UserJson {
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** `GET /api/auth/me`: the signed-in user and where they stand with two-factor sign-in. */
export interface MeJson extends UserJson {
  twoFactorEnabled: boolean;
  /** The owner requires 2FA and this user has not enabled it: only 2FA setup is open to them. */
  twoFactorSetupRequired: boolean;
}

/** `POST /api/auth/login` for a user with 2FA: no session yet; finish with `POST /api/auth/login/2fa`. */
export interface LoginTwoFactorRequired {
  twoFactorRequired: true;
  challenge: string;
}

export type LoginOutcome = LoginResponse | LoginTwoFactorRequired;

/** `POST /api/auth/login/2fa`: the challenge plus either a current TOTP code or an unused recovery code. */
export interface LoginTwoFactorRequest {
  challenge: string;
  code?: string;
  recoveryCode?: string;
}

/** `POST /api/auth/2fa/setup`: add the secret to an authenticator app, then confirm with `enable`. */
export interface TwoFactorSetupJson {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

/** `POST /api/auth/2fa/enable`: ten one-time recovery codes, shown this once. */
export interface TwoFactorEnabledJson {
  recoveryCodes: string[];
}

/** `GET|PUT /api/settings/security`. */
export interface SecuritySettingsJson {
  requireTwoFactor: boolean;
}

/** 403 message of every route a user without 2FA may not use while the owner requires it. */
export const TWO_FACTOR_REQUIRED_MESSAGE = 'two-factor authentication required';

/** `POST /api/privacy/erase`: what was erased for one customer. */
/** What one erasure changed (`POST /api/privacy/erase`); repeating it changes nothing more. */
export interface PrivacyEraseJson {
  transactions: number;
  /** Stored webhook payloads. */
  events: number;
  /** List items that named the customer, removed. */
  listItems: number;
  /** Decisions whose note or reason named the customer. */
  decisions: number;
  /** Audit entries whose details named the customer. */
  auditEntries: number;
  /** Failed ingest jobs rewritten without the customer; -1 when the queue could not be reached. */
  deadLetters: number;
}
