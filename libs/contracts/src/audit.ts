export const AUDIT_RESULTS = ['success', 'failure'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/**
 * Actions recorded by the api. Features add their own (`rule.update`, `decision.create`, …): the column is
 * free text of the form `<area>.<verb>`.
 */
export const AuditAction = {
  Login: 'auth.login',
  LoginFailed: 'auth.login_failed',
  Logout: 'auth.logout',
  LogoutAll: 'auth.logout_all',
  PasswordChange: 'auth.password_change',
  TwoFactorSetup: 'auth.2fa_setup',
  TwoFactorEnable: 'auth.2fa_enable',
  TwoFactorDisable: 'auth.2fa_disable',
  UserCreate: 'user.create',
  UserUpdate: 'user.update',
  UserPasswordReset: 'user.password_reset',
  UserTwoFactorReset: 'user.2fa_reset',
  SecuritySettingsUpdate: 'settings.security_update',
  PrivacyErase: 'privacy.erase',
  SourceCreate: 'source.create',
  SourceUpdate: 'source.update',
  SourceRotate: 'source.rotate',
} as const;

/** One audit entry as `GET /api/audit` returns it (newest first, keyset-paginated). */
export interface AuditEventJson {
  id: string;
  at: string;
  actor: { userId: string | null; email: string | null };
  action: string;
  target: { type: string | null; id: string | null };
  ip: string | null;
  userAgent: string | null;
  result: AuditResult;
  details: Record<string, unknown>;
}

/** Query of `GET /api/audit`: `actor` is a user id or an email; `action` is exact, or a prefix ending in `*`. */
export interface AuditQueryParams {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}
