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
/** How often at most the list of source ids is read again because of an id not in it. */
const KNOWN_IDS_REFRESH_MS = 1_000;

/**
 * The ingest hot path looks a source up on every webhook: decrypted secrets are cached briefly in memory
 * (changes made on this node invalidate it at once; other nodes see them within TTL_MS, and a rotated-out
 * secret keeps verifying for its grace period anyway). Unknown ids are answered from the list of existing
 * source ids, read again at most once a second, so a flood of made-up ids costs no query each
 * (docs/security.md#operations); memory stays bounded by the number of sources.
 */
@Injectable()
export class SourceLookupService {
  private readonly cache = new Map<string, { value: VerifiableSource | null; expires: number }>();
  /** Bumped by every invalidation, so a read that raced with a change is not cached. */
  private generation = 0;
  private known: { ids: ReadonlySet<string>; readAt: number } | null = null;
  private knownLoading: Promise<ReadonlySet<string>> | null = null;
  /** Lookups under way: concurrent requests for the same uncached source share one query. */
  private readonly loading = new Map<string, Promise<VerifiableSource | null>>();

  constructor(
    @InjectRepository(SourceEntity) private readonly sources: Repository<SourceEntity>,
    private readonly secrets: SourceSecrets,
  ) {}

  async find(id: string): Promise<VerifiableSource | null> {
    if (!isSourceId(id)) return null;
    const now = Date.now();
    const hit = this.cache.get(id);
    if (hit && hit.expires > now) return hit.value;
    const pending = this.loading.get(id);
    if (pending) return pending;
    const load = this.load(id, now).finally(() => {
      if (this.loading.get(id) === load) this.loading.delete(id);
    });
    this.loading.set(id, load);
    return load;
  }

  private async load(id: string, now: number): Promise<VerifiableSource | null> {
    if (!(await this.mayExist(id, now))) return null;
    const generation = this.generation;
    const row = await this.sources.findOneBy({ id });
    const value = row ? this.toVerifiable(row, now) : null;
    if (generation !== this.generation) return value;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(id, { value, expires: now + TTL_MS });
    return value;
  }

  /** Called after a change to the source (creation, rotation, rate limit) so this node uses it at once. */
  invalidate(id: string): void {
    this.generation += 1;
    this.cache.delete(id);
    // A lookup already under way may have read the old row: later callers must not join it.
    this.loading.delete(id);
    this.known = null;
  }

  /** False only when the id is not among the sources read within the last KNOWN_IDS_REFRESH_MS. */
  private async mayExist(id: string, now: number): Promise<boolean> {
    if (this.known?.ids.has(id)) return true;
    if (this.known && now - this.known.readAt < KNOWN_IDS_REFRESH_MS) return false;
    return (await this.loadKnownIds()).has(id);
  }

  /** One query however many callers wait for it. */
  private loadKnownIds(): Promise<ReadonlySet<string>> {
    this.knownLoading ??= this.sources
      .find({ select: { id: true } })
      .then((rows) => {
        const ids = new Set(rows.map((row) => row.id));
        this.known = { ids, readAt: Date.now() };
        return ids;
      })
      .finally(() => (this.knownLoading = null));
    return this.knownLoading;
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
