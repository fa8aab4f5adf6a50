import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { toDataURL } from 'qrcode';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { type TwoFactorEnabledJson, type TwoFactorSetupJson } from '@vigil/contracts';
import {
  deriveKey,
  openSecret,
  RecoveryCodeEntity,
  sealSecret,
  SECRET_KEY,
  UserEntity,
} from '@vigil/persistence';
import { AuthError } from './auth.errors.js';
import { generateRecoveryCodes, hashRecoveryCode, legacyRecoveryCodeHash } from './recovery-codes.js';
import { matchTotpStep, newTotpSecret, otpauthUrl } from './totp.js';

/** TOTP two-factor sign-in: secrets sealed at rest, codes single-use, recovery codes stored as keyed hashes. */
@Injectable()
export class TwoFactorService {
  private readonly key: Buffer;
  private readonly recoveryKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RecoveryCodeEntity) private readonly codes: Repository<RecoveryCodeEntity>,
    @Inject(SECRET_KEY) secretKey: string,
  ) {
    this.key = deriveKey(secretKey, 'totp');
    this.recoveryKey = deriveKey(secretKey, 'recovery-codes');
  }

  /** A fresh secret for the authenticator app; it becomes active only once `enable` confirms a code. */
  async setup(user: UserEntity): Promise<TwoFactorSetupJson> {
    if (user.totpEnabledAt) throw AuthError.twoFactorAlreadyEnabled();
    const secret = newTotpSecret();
    await this.users.update(
      { id: user.id },
      { totpSecretSealed: sealSecret(secret, this.key), totpLastStep: null },
    );
    const url = otpauthUrl(secret, user.email);
    return { secret, otpauthUrl: url, qrDataUrl: await toDataURL(url, { margin: 1 }) };
  }

  async enable(user: UserEntity, code: string): Promise<TwoFactorEnabledJson> {
    if (user.totpEnabledAt) throw AuthError.twoFactorAlreadyEnabled();
    if (!user.totpSecretSealed) throw AuthError.twoFactorNotSetUp();
    if (!(await this.acceptTotp(user, code))) throw AuthError.twoFactorCodeRejected();
    const recoveryCodes = generateRecoveryCodes();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { totpEnabledAt: new Date() });
      await manager.delete(RecoveryCodeEntity, { userId: user.id });
      await manager.insert(
        RecoveryCodeEntity,
        recoveryCodes.map((code) => ({
          userId: user.id,
          codeHash: hashRecoveryCode(code, this.recoveryKey),
          usedAt: null,
        })),
      );
    });
    return { recoveryCodes };
  }

  async disable(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: userId },
        { totpSecretSealed: null, totpEnabledAt: null, totpLastStep: null },
      );
      await manager.delete(RecoveryCodeEntity, { userId });
    });
  }

  /**
   * True when `code` is a current code of the user's secret whose time step is newer than the last one
   * accepted; the step is recorded in the same statement, so a code (or a replay of it) works once.
   */
  async acceptTotp(user: UserEntity, code: string): Promise<boolean> {
    if (!user.totpSecretSealed) return false;
    const step = matchTotpStep(openSecret(user.totpSecretSealed, this.key), code.trim());
    if (step === null) return false;
    const result = await this.users
      .createQueryBuilder()
      .update()
      .set({ totpLastStep: step })
      .where('id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)', { id: user.id, step })
      .execute();
    return result.affected === 1;
  }

  /** Marks an unused recovery code used; false when it is unknown or already spent. */
  async useRecoveryCode(userId: string, code: string): Promise<boolean> {
    const hashes = [hashRecoveryCode(code, this.recoveryKey), legacyRecoveryCodeHash(code)];
    const result = await this.codes.update(
      { userId, codeHash: In(hashes), usedAt: IsNull() },
      { usedAt: new Date() },
    );
    return result.affected === 1;
  }

  remainingRecoveryCodes(userId: string): Promise<number> {
    return this.codes.countBy({ userId, usedAt: IsNull() });
  }
}
