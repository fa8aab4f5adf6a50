import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import {
  AuditAction,
  type CreatedUserJson,
  type PasswordResetJson,
  type UserAdminJson,
} from '@vigil/contracts';
import { UserEntity } from '@vigil/persistence';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { toUserJson } from '../auth/auth.service.js';
import { LoginThrottleService } from '../auth/login-throttle.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { generatePassword } from '../auth/password-policy.js';
import { SessionService } from '../auth/session.service.js';
import { TwoFactorService } from '../auth/two-factor.service.js';
import { UserError } from './users.errors.js';
import { type CreateUserInput, type UpdateUserInput } from './users.schemas.js';

/** Serialises changes to roles and `disabled`, so two owners cannot demote each other at the same moment. */
const USERS_LOCK_ID = 4_711_005;

export const toUserAdminJson = (user: UserEntity): UserAdminJson => ({
  ...toUserJson(user),
  disabled: user.disabled,
  twoFactorEnabled: user.totpEnabledAt !== null,
  createdAt: user.createdAt.toISOString(),
});

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async list(): Promise<UserAdminJson[]> {
    const rows = await this.users.find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toUserAdminJson);
  }

  async create(input: CreateUserInput, actor: Actor): Promise<CreatedUserJson> {
    const generated = input.password === undefined ? generatePassword() : null;
    const passwordHash = await this.hasher.hash(input.password ?? generated ?? '');
    let user: UserEntity;
    try {
      user = await this.users.save(
        this.users.create({ email: input.email, role: input.role, passwordHash, disabled: false }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw UserError.emailTaken();
      throw error;
    }
    await this.audit.record({
      action: AuditAction.UserCreate,
      actor,
      targetType: 'user',
      targetId: user.id,
      details: { email: user.email, role: user.role, generatedLogin: generated !== null },
    });
    return generated === null ? toUserJson(user) : { ...toUserJson(user), password: generated };
  }

  async update(id: string, patch: UpdateUserInput, actor: Actor): Promise<UserAdminJson> {
    const { before, after } = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [USERS_LOCK_ID]);
      const user = await manager.findOneBy(UserEntity, { id });
      if (!user) throw UserError.notFound(id);
      const before = { role: user.role, disabled: user.disabled };
      const next = { role: patch.role ?? user.role, disabled: patch.disabled ?? user.disabled };
      const losesOwner =
        before.role === 'owner' && !before.disabled && (next.role !== 'owner' || next.disabled);
      if (losesOwner) {
        const others = await manager
          .createQueryBuilder(UserEntity, 'u')
          .where(`u.role = 'owner' AND u.disabled = false AND u.id <> :id`, { id })
          .getCount();
        if (others === 0) throw UserError.lastOwner();
      }
      await manager.update(UserEntity, { id }, next);
      return { before, after: { ...user, ...next } as UserEntity };
    });
    // Disabled users are refused at once anyway (sessions resolve only for enabled users); revoking also
    // drops their live sockets.
    const revoked = after.disabled && !before.disabled ? await this.sessions.revokeAllForUser(id) : 0;
    await this.audit.record({
      action: AuditAction.UserUpdate,
      actor,
      targetType: 'user',
      targetId: id,
      details: {
        email: after.email,
        changes: changes(before, { role: after.role, disabled: after.disabled }),
        sessionsRevoked: revoked,
      },
    });
    return toUserAdminJson(after);
  }

  /** A new generated password (shown once); the user is signed out everywhere and their lockout lifted. */
  async resetPassword(id: string, actor: Actor): Promise<PasswordResetJson> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw UserError.notFound(id);
    const password = generatePassword();
    await this.users.update({ id }, { passwordHash: await this.hasher.hash(password) });
    const revoked = await this.sessions.revokeAllForUser(id);
    await this.throttle.liftLockout(user.email);
    await this.audit.record({
      action: AuditAction.UserPasswordReset,
      actor,
      targetType: 'user',
      targetId: id,
      details: { email: user.email, sessionsRevoked: revoked },
    });
    return { ...toUserJson(user), password };
  }

  /**
   * For someone who lost their authenticator and recovery codes: removes another user's two-factor sign-in
   * and signs them out everywhere; they set it up again at their next sign-in (when it is required). Audited.
   */
  async resetTwoFactor(id: string, actor: Actor): Promise<UserAdminJson> {
    if (id === actor.user.id) throw UserError.ownTwoFactorReset();
    const user = await this.users.findOneBy({ id });
    if (!user) throw UserError.notFound(id);
    const wasEnabled = user.totpEnabledAt !== null;
    await this.twoFactor.disable(id);
    const revoked = await this.sessions.revokeAllForUser(id);
    await this.audit.record({
      action: AuditAction.UserTwoFactorReset,
      actor,
      targetType: 'user',
      targetId: id,
      details: { email: user.email, wasEnabled, sessionsRevoked: revoked },
    });
    user.totpEnabledAt = null;
    return toUserAdminJson(user);
  }
}

function changes(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (before[key] !== value) out[key] = { from: before[key], to: value };
  }
  return out;
}
