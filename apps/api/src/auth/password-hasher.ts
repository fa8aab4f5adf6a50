import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline (19 MiB, 2 passes). `2` is Algorithm.Argon2id (a const enum, not importable). */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** Verified against when the email is unknown, so both cases take the same time. */
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(storedHash: string | null, password: string): Promise<boolean> {
    this.dummyHash ??= this.hash('vigil-timing-equaliser');
    const target = storedHash ?? (await this.dummyHash);
    const ok = await verify(target, password).catch(() => false);
    return storedHash !== null && ok;
  }
}
