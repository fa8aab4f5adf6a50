import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  AuditAction,
  type ChangePasswordRequest,
  type TwoFactorEnabledJson,
  type TwoFactorSetupJson,
} from '@vigil/contracts';
import { UserEntity } from '@vigil/persistence';
import { AuditService } from '../audit/audit.service.js';
import { type Actor } from './actor.js';
import { AuthError } from './auth.errors.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SecuritySettingsService } from './security-settings.service.js';
import { SessionService } from './session.service.js';
import { TwoFactorService } from './two-factor.service.js';

/** What a signed-in user does to their own account: password, sign out (everywhere), 2FA on and off. */
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
  async changePassword(actor: Actor, input: ChangePasswordRequest): Promise<void> {
    await this.confirmPassword(actor, input.currentPassword, AuditAction.PasswordChange);
    if (input.newPassword === input.currentPassword) throw AuthError.samePassword();
    await this.users.update(
      { id: actor.user.id },
      { passwordHash: await this.hasher.hash(input.newPassword) },
    );
    const revoked = await this.sessions.revokeAllForUser(actor.user.id, actor.sessionId);
    await this.record(actor, AuditAction.PasswordChange, 'success', { otherSessionsRevoked: revoked });
  }

  /** Ends this session only. */
  async logout(actor: Actor): Promise<void> {
    await this.sessions.revoke(actor.sessionId);
    await this.audit.record({
      action: AuditAction.Logout,
      actor,
      targetType: 'session',
      targetId: actor.sessionId,
    });
  }

  async logoutEverywhere(actor: Actor): Promise<void> {
    const revoked = await this.sessions.revokeAllForUser(actor.user.id);
    await this.record(actor, AuditAction.LogoutAll, 'success', { sessionsRevoked: revoked });
  }

  /** A new authenticator secret, only after the password is confirmed again. */
  async setUpTwoFactor(actor: Actor, password: string): Promise<TwoFactorSetupJson> {
    await this.confirmPassword(actor, password, AuditAction.TwoFactorSetup);
    const setup = await this.twoFactor.setup(actor.user);
    await this.record(actor, AuditAction.TwoFactorSetup, 'success');
    return setup;
  }

  /** Confirms the app works with one current code; answers the recovery codes, shown this once. */
  async enableTwoFactor(actor: Actor, code: string): Promise<TwoFactorEnabledJson> {
    const enabled = await this.twoFactor.enable(actor.user, code);
    await this.record(actor, AuditAction.TwoFactorEnable, 'success');
    return enabled;
  }

  async disableTwoFactor(actor: Actor, password: string): Promise<void> {
    if (!actor.user.totpEnabledAt) throw AuthError.twoFactorNotEnabled();
    if ((await this.settings.get()).requireTwoFactor) throw AuthError.twoFactorMandatory();
    await this.confirmPassword(actor, password, AuditAction.TwoFactorDisable);
    await this.twoFactor.disable(actor.user.id);
    await this.record(actor, AuditAction.TwoFactorDisable, 'success');
  }

  /**
   * Re-checks the password of a signed-in user. Wrong guesses count against the same account throttle as
   * sign-in, so a stolen session cannot be used to brute-force the password.
   */
  private async confirmPassword(actor: Actor, password: string, action: string): Promise<void> {
    await this.throttle.beforeAttempt(actor.user.email, actor.ip);
    if (!(await this.hasher.verify(actor.user.passwordHash, password))) {
      await this.record(actor, action, 'failure', { reason: 'wrong_password' });
      throw AuthError.wrongPassword();
    }
    await this.throttle.attemptSucceeded(actor.user.email);
  }

  private record(
    actor: Actor,
    action: string,
    result: 'success' | 'failure',
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record({ action, result, actor, targetType: 'user', targetId: actor.user.id, details });
  }
}
