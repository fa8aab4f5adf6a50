import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { UserEntity } from '@vigil/persistence';
import { PasswordHasher } from './password-hasher.js';

const OWNER_LOCK_ID = 4_711_004;
export const DEFAULT_OWNER_EMAIL = 'owner@vigil.local';

/**
 * First start: create the owner when no user exists (docs/api.md#signing-in-and-roles), exactly once across
 * concurrent api nodes.
 */
@Injectable()
export class OwnerBootstrapService implements OnApplicationBootstrap {
  /**
   * Set when this process created the owner; main.ts prints it once. The password only when it was generated:
   * a configured VIGIL_OWNER_PASSWORD is never echoed into logs (docs/security.md#operations).
   */
  createdLogin: { email: string; generatedPassword: string | null } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.ownerEmail ?? DEFAULT_OWNER_EMAIL;
    const password = this.config.ownerPassword ?? randomBytes(12).toString('base64url');
    const passwordHash = await this.hasher.hash(password);
    const created = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [OWNER_LOCK_ID]);
      if ((await manager.count(UserEntity)) > 0) return false;
      await manager.insert(UserEntity, { email, passwordHash, role: 'owner', disabled: false });
      return true;
    });
    if (created) {
      this.createdLogin = { email, generatedPassword: this.config.ownerPassword === null ? password : null };
    }
  }
}
