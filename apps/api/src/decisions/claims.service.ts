import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DecisionAuditAction, LiveEvent, type TransactionJson } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { toTransactionJson, TransactionEntity } from '@vigil/persistence';
import { LiveBatcher } from '@vigil/pipeline';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { DecisionError } from './decisions.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Claims change who is looking, not the order: `version` stays (a reviewer's decision must not turn stale
 * because someone claimed), `updated_at` moves so live clients take the new state.
 */
const CLAIM = `
UPDATE transactions SET claimed_by = $2, claimed_by_email = $3,
  claim_expires_at = now() + make_interval(secs => $4), updated_at = now()
WHERE id = $1 AND status = 'review'
  AND (claimed_by IS NULL OR claimed_by = $2 OR claim_expires_at IS NULL OR claim_expires_at <= now())
RETURNING id`;

const RELEASE = `
UPDATE transactions SET claimed_by = NULL, claimed_by_email = NULL, claim_expires_at = NULL, updated_at = now()
WHERE id = $1 AND claimed_by IS NOT NULL
  AND (claimed_by = $2 OR $3::boolean OR claim_expires_at IS NULL OR claim_expires_at <= now())
RETURNING id`;

/**
 * Soft locks on held orders (docs/api.md#transactions-and-decisions): visible to everyone, lapsing after
 * VIGIL_CLAIM_MINUTES.
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveBatcher,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  /** Claims (or extends one's own claim); 409 with the current state when held by another or not held. */
  async claim(id: string, actor: Actor): Promise<TransactionJson> {
    const { user } = actor;
    const [rows] = (await this.dataSource.query(CLAIM, [
      id,
      user.id,
      user.email,
      this.config.claimMinutes * 60,
    ])) as [Array<{ id: string }>, number];
    if (rows.length === 0) {
      const current = await this.current(id);
      const error =
        current.status === 'review' ? DecisionError.claimedByOther(current) : DecisionError.notHeld(current);
      await this.record(DecisionAuditAction.Claim, id, actor, { reason: error.message });
      throw error;
    }
    const json = await this.current(id);
    await this.record(DecisionAuditAction.Claim, id, actor, null, { until: json.claimExpiresAt });
    this.live.push(LiveEvent.TransactionUpdated, json);
    return json;
  }

  /** Releases one's own claim (an owner may force anyone's); releasing an absent claim changes nothing. */
  async release(id: string, actor: Actor): Promise<TransactionJson> {
    const { user } = actor;
    const [rows] = (await this.dataSource.query(RELEASE, [id, user.id, user.role === 'owner'])) as [
      Array<{ id: string }>,
      number,
    ];
    const current = await this.current(id);
    if (rows.length === 0) {
      if (current.claimedBy && current.claimedBy !== user.id) {
        const error = DecisionError.releaseForbidden(current);
        await this.record(DecisionAuditAction.Release, id, actor, { reason: error.message });
        throw error;
      }
      return current;
    }
    await this.record(DecisionAuditAction.Release, id, actor, null);
    this.live.push(LiveEvent.TransactionUpdated, current);
    return current;
  }

  private async current(id: string): Promise<TransactionJson> {
    const row = UUID.test(id)
      ? await this.dataSource.getRepository(TransactionEntity).findOneBy({ id })
      : null;
    if (!row) throw DecisionError.notFound(id);
    return toTransactionJson(row);
  }

  private record(
    action: string,
    id: string,
    actor: Actor,
    failure: { reason: string } | null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record({
      action,
      actor,
      result: failure ? 'failure' : 'success',
      targetType: 'transaction',
      targetId: id,
      details: failure ? { ...details, ...failure } : details,
    });
  }
}
