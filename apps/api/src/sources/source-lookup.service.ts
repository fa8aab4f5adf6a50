import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type SourceKind } from '@vigil/contracts';
import { SourceEntity } from '@vigil/persistence';
import { SourceSecrets } from './source-secrets.js';

export interface VerifiableSource {
  id: string;
  kind: SourceKind;
  /** Current secret first, then the previous one while its grace period lasts. */
  secrets: string[];
  rateLimitPerSecond: number;
}

const TTL_MS = 5_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ingest hot path looks a source up on every webhook: decrypted secrets are cached briefly in memory
 * (a rotation reaches every node within TTL_MS; the old secret keeps verifying for hours anyway).
 */
@Injectable()
export class SourceLookupService {
  private readonly cache = new Map<string, { value: VerifiableSource | null; expires: number }>();

  constructor(
    @InjectRepository(SourceEntity) private readonly sources: Repository<SourceEntity>,
    private readonly secrets: SourceSecrets,
  ) {}

  async find(id: string): Promise<VerifiableSource | null> {
    if (!UUID.test(id)) return null;
    const now = Date.now();
    const hit = this.cache.get(id);
    if (hit && hit.expires > now) return hit.value;
    const row = await this.sources.findOneBy({ id });
    const value = row ? this.toVerifiable(row, now) : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(id, { value, expires: now + TTL_MS });
    return value;
  }

  invalidate(id: string): void {
    this.cache.delete(id);
  }

  private toVerifiable(row: SourceEntity, now: number): VerifiableSource {
    const secrets = [this.secrets.open(row.secretSealed)];
    if (
      row.previousSecretSealed &&
      row.previousSecretExpiresAt &&
      row.previousSecretExpiresAt.getTime() > now
    ) {
      secrets.push(this.secrets.open(row.previousSecretSealed));
    }
    return { id: row.id, kind: row.kind, secrets, rateLimitPerSecond: row.rateLimitPerSecond };
  }
}
