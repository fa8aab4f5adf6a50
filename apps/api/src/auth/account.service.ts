import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditAction, type ChangePasswordRequest, type TwoFactorSetupJson } from '@vigil/contracts';
import { UserEntity } from '@vigil/persistence';
import { AuditService } from '../audit/audit.service.js';
import { AuthError } from './auth.errors.js';
import { type ClientInfo } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordHasher } from './password-hasher.js';
import { type RequestAuth } from './request-auth.js';
import { SecuritySettingsService } from './security-settings.service.js';
import { SessionService } from './session.service.js';
import { TwoFactorService } from './two-factor.service.js';

/** What a signed-in user does to their own account: password change, sign out everywhere, 2FA on and off. */
@Injectable()
export class AccountService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionService,
    private readonly twoFactor: TwoFactorService,
    private readonly settings: SecuritySettingsService,
    private readonly audit: AuditService,
  ) {}

  /** Changes the password and signs every other session out (the current one stays). */
  async changePassword(auth: RequestAuth, input: ChangePasswordRequest, client: ClientInfo): Promise<void> {
    await this.confirmPassword(auth, input.currentPassword, client, AuditAction.PasswordChange);
    if (input.newPassword === input.currentPassword) throw AuthError.samePassword();
    await this.users.update(
      { id: auth.user.id },
      { passwordHash: await this.hasher.hash(input.newPassword) },
    );
    const revoked = await this.sessions.revokeAllForUser(auth.user.id, auth.sessionId);
    await this.record(auth, client, AuditAction.PasswordChange, 'success', { otherSessionsRevoked: revoked });
  }

  async logoutEverywhere(auth: RequestAuth, client: ClientInfo): Promise<void> {
    const revoked = await this.sessions.revokeAllForUser(auth.user.id);
    await this.record(auth, client, AuditAction.LogoutAll, 'success', { sessionsRevoked: revoked });
  }

  /** A new authenticator secret, only after the password is confirmed again. */
  async setUpTwoFactor(auth: RequestAuth, password: string, client: ClientInfo): Promise<TwoFactorSetupJson> {
    await this.confirmPassword(auth, password, client, AuditAction.TwoFactorSetup);
    const setup = await this.twoFactor.setup(auth.user);
    await this.record(auth, client, AuditAction.TwoFactorSetup, 'success');
    return setup;
  }

  async disableTwoFactor(auth: RequestAuth, password: string, client: ClientInfo): Promise<void> {
    if (!auth.user.totpEnabledAt) throw AuthError.twoFactorNotEnabled();
    if ((await this.settings.get()).requireTwoFactor) throw AuthError.twoFactorMandatory();
    await this.confirmPassword(auth, password, client, AuditAction.TwoFactorDisable);
    await this.twoFactor.disable(auth.user.id);
    await this.record(auth, client, AuditAction.TwoFactorDisable, 'success');
  }

  /**
   * Re-checks the password of a signed-in user. Wrong guesses count against the same account throttle as
   * sign-in, so a stolen session cannot be used to brute-force the password.
   */
  private async confirmPassword(
    auth: RequestAuth,
    password: string,
    client: ClientInfo,
    action: string,
  ): Promise<void> {
    await this.throttle.beforeAttempt(auth.user.email, client.ip);
    if (!(await this.hasher.verify(auth.user.passwordHash, password))) {
      await this.record(auth, client, action, 'failure', { reason: 'wrong_password' });
      throw AuthError.wrongPassword();
    }
    await this.throttle.attemptSucceeded(auth.user.email);
  }

  private record(
    auth: RequestAuth,
    client: ClientInfo,
    action: string,
    result: 'success' | 'failure',
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record({
      action,
      result,
      actor: { id: auth.user.id, email: auth.user.email },
      targetType: 'user',
      targetId: auth.user.id,
      ip: client.ip,
      userAgent: client.userAgent,
      details,
    });
  }
}
