import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditAction, type LoginRequest, type LoginTwoFactorRequest, type UserJson } from '@vigil/contracts';
import { UserEntity } from '@vigil/persistence';
import { AuditService } from '../audit/audit.service.js';
import { type ClientInfo } from './actor.js';
import { AuthError } from './auth.errors.js';
import { LoginChallengeStore } from './login-challenge.store.js';
import { LoginThrottleService, throttledError } from './login-throttle.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionService } from './session.service.js';
import { TwoFactorService } from './two-factor.service.js';

export type LoginStep =
  | { kind: 'session'; token: string; sessionId: string; user: UserJson }
  | { kind: 'challenge'; challenge: string };

export const toUserJson = (user: UserEntity): UserJson => ({
  id: user.id,
  email: user.email,
  role: user.role,
});

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionService,
    private readonly challenges: LoginChallengeStore,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuditService,
  ) {}

  /** Password step: a session, or (for users with 2FA) a challenge to answer with a code. */
  async login(input: LoginRequest, client: ClientInfo): Promise<LoginStep> {
    const email = input.email.trim().toLowerCase();
    await this.throttled(email, client);
    const user = await this.users.findOneBy({ email });
    const ok = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !ok || user.disabled) {
      // The attempt keeps the account slot it reserved: that is the failure counted.
      const reason = !user ? 'unknown_email' : !ok ? 'wrong_password' : 'disabled';
      await this.failed(email, user?.id ?? null, client, reason);
      throw AuthError.invalidCredentials();
    }
    await this.throttle.attemptSucceeded(email);
    if (user.totpEnabledAt) {
      return { kind: 'challenge', challenge: await this.challenges.create(user.id, email) };
    }
    return this.startSession(user, client, 'password');
  }

  /** Second step of a 2FA login: the challenge plus a current TOTP code or an unused recovery code. */
  async completeTwoFactor(input: LoginTwoFactorRequest, client: ClientInfo): Promise<LoginStep> {
    // The address is counted first, so guessing challenges is throttled like guessing passwords.
    const ipVerdict = await this.throttle.countIp(client.ip);
    if (ipVerdict) throw throttledError(ipVerdict);
    const pending = await this.challenges.take(input.challenge);
    if (!pending) {
      await this.failed(null, null, client, 'challenge_invalid');
      throw AuthError.challengeInvalid();
    }
    const accountVerdict = await this.throttle.reserveAccountAttempt(pending.email);
    if (accountVerdict) {
      await this.failed(pending.email, pending.userId, client, 'throttled');
      throw throttledError(accountVerdict);
    }
    const user = await this.users.findOneBy({ id: pending.userId });
    if (!user || user.disabled || !user.totpEnabledAt) {
      await this.failed(pending.email, pending.userId, client, 'disabled');
      throw AuthError.invalidCredentials();
    }
    const method = input.code !== undefined ? 'totp' : 'recovery_code';
    const ok =
      input.code !== undefined
        ? await this.twoFactor.acceptTotp(user, input.code)
        : await this.twoFactor.useRecoveryCode(user.id, input.recoveryCode ?? '');
    if (!ok) {
      await this.challenges.putBack(input.challenge, pending);
      await this.failed(
        pending.email,
        user.id,
        client,
        method === 'totp' ? 'wrong_code' : 'wrong_recovery_code',
      );
      throw AuthError.invalidTwoFactorCode();
    }
    await this.throttle.attemptSucceeded(pending.email);
    const details =
      method === 'recovery_code'
        ? { recoveryCodesLeft: await this.twoFactor.remainingRecoveryCodes(user.id) }
        : {};
    return this.startSession(user, client, method, details);
  }

  private async startSession(
    user: UserEntity,
    client: ClientInfo,
    method: string,
    details: Record<string, unknown> = {},
  ): Promise<LoginStep> {
    const { token, session } = await this.sessions.create(user, client.ip, client.userAgent);
    await this.audit.record({
      action: AuditAction.Login,
      actor: { user, ...client },
      targetType: 'session',
      targetId: session.id,
      details: { method, ...details },
    });
    return { kind: 'session', token, sessionId: session.id, user: toUserJson(user) };
  }

  /** Refuses throttled attempts; those against an account are audited (IP floods are not: no amplification). */
  private async throttled(email: string, client: ClientInfo): Promise<void> {
    const verdict = await this.throttle.check(email, client.ip);
    if (!verdict) return;
    if (verdict.limit === 'account') await this.failed(email, null, client, 'throttled');
    throw throttledError(verdict);
  }

  private failed(
    email: string | null,
    userId: string | null,
    client: ClientInfo,
    reason: string,
  ): Promise<void> {
    return this.audit.recordQuietly({
      action: AuditAction.LoginFailed,
      result: 'failure',
      actor: { user: { id: userId, email }, ...client },
      details: { reason },
    });
  }
}
