import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type SourceKind } from '@vigil/contracts';
import { SourceEntity } from '@vigil/persistence';
import { isSourceId } from './source-id.js';
import { SourceSecrets } from './source-secrets.js';

export interface VerifiableSource {
  id: string;
  kind: SourceKind;
  /** Current secret first, then the previous one while its grace period lasts. */
  secrets: string[];
  rateLimitPerSecond: number;
}

const TTL_MS = 5_000;

/**
 * The ingest hot path looks a source up on every webhook: decrypted secrets are cached briefly in memory
 * (changes made on this node invalidate it at once; other nodes see them within TTL_MS, and a rotated-out
 * secret keeps verifying for its grace period anyway).
 */
@Injectable()
export class SourceLookupService {
  private readonly cache = new Map<string, { value: VerifiableSource | null; expires: number }>();
  /** Bumped by every invalidation, so a read that raced with a change is not cached. */
  private generation = 0;

  constructor(
    @InjectRepository(SourceEntity) private readonly sources: Repository<SourceEntity>,
    private readonly secrets: SourceSecrets,
  ) {}

  async find(id: string): Promise<VerifiableSource | null> {
    if (!isSourceId(id)) return null;
    const now = Date.now();
    const hit = this.cache.get(id);
    if (hit && hit.expires > now) return hit.value;
    const generation = this.generation;
    const row = await this.sources.findOneBy({ id });
    const value = row ? this.toVerifiable(row, now) : null;
    if (generation !== this.generation) return value;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(id, { value, expires: now + TTL_MS });
    return value;
  }

  /** Called after a change to the source (rotation, rate limit) so this node uses it from the next request. */
  invalidate(id: string): void {
    this.generation += 1;
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
