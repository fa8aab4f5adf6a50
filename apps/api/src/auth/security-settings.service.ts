import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Subject } from 'rxjs';
import { Repository } from 'typeorm';
import { AuditAction, type SecuritySettingsJson } from '@vigil/contracts';
import { SettingEntity, type UserEntity } from '@vigil/persistence';
import { AuditService } from '../audit/audit.service.js';
import { type Actor } from './actor.js';
import { AuthError } from './auth.errors.js';

const SETTING_KEY = 'security';
/** Read on every authenticated request, so cached briefly; another api node sees a change within this. */
const CACHE_MS = 2_000;
const DEFAULTS: SecuritySettingsJson = { requireTwoFactor: false };

@Injectable()
export class SecuritySettingsService {
  /** Fires when the owner turns the 2FA requirement on: the live gateway drops sockets of users without 2FA. */
  readonly twoFactorRequired$ = new Subject<void>();
  private cached: { value: SecuritySettingsJson; expires: number } | null = null;

  constructor(
    @InjectRepository(SettingEntity) private readonly settings: Repository<SettingEntity>,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<SecuritySettingsJson> {
    const now = Date.now();
    if (this.cached && this.cached.expires > now) return this.cached.value;
    const row = await this.settings.findOneBy({ key: SETTING_KEY });
    const stored = (row?.value ?? {}) as Partial<SecuritySettingsJson>;
    const value = { requireTwoFactor: stored.requireTwoFactor === true };
    this.cached = { value, expires: now + CACHE_MS };
    return value;
  }

  /**
   * True while the owner requires 2FA and this user has not enabled it: such a user may only reach the
   * 2FA setup routes (the HTTP guard) and not the live channel.
   */
  async twoFactorSetupPending(user: Pick<UserEntity, 'totpEnabledAt'>): Promise<boolean> {
    return !user.totpEnabledAt && (await this.get()).requireTwoFactor;
  }

  /** The owner's change; `requireTwoFactor` then leaves users without 2FA only the setup routes. */
  async update(actor: Actor, patch: Partial<SecuritySettingsJson>): Promise<SecuritySettingsJson> {
    // The owner must not lock themselves out of the setting they just turned on.
    if (patch.requireTwoFactor && !actor.user.totpEnabledAt) throw AuthError.ownerNeedsTwoFactorFirst();
    const before = await this.get();
    const value = { ...DEFAULTS, ...before, ...patch };
    await this.settings.upsert({ key: SETTING_KEY, value }, ['key']);
    this.cached = { value, expires: Date.now() + CACHE_MS };
    if (value.requireTwoFactor && !before.requireTwoFactor) this.twoFactorRequired$.next();
    await this.audit.record({
      action: AuditAction.SecuritySettingsUpdate,
      actor,
      targetType: 'settings',
      targetId: SETTING_KEY,
      details: { requireTwoFactor: { from: before.requireTwoFactor, to: value.requireTwoFactor } },
    });
    return value;
  }
}
