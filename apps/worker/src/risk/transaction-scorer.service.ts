import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type TransactionStatus } from '@vigil/contracts';
import { TransactionEntity } from '@vigil/persistence';
import { type NormalizedEvent } from '@vigil/webhooks';
import { observationFor, type RiskUpdate, scoreEvent } from './event-scoring.js';
import { type ObservationMeta, toObservation } from './risk-input.js';
import { RiskSettingsCache } from './risk-settings.cache.js';
import { type RiskSettings } from './risk-settings.js';
import {
  VELOCITY_STORE,
  type VelocityObservation,
  type VelocityReading,
  type VelocityStore,
} from './velocity-store.js';

export { type RiskUpdate } from './event-scoring.js';
/** A person's decision stands: re-scoring updates the score and signals, never the status then. */
const APPLY_RISK = `
WITH u AS (
  UPDATE transactions SET score = $2, signals = $3::jsonb,
    status = CASE WHEN decided_by IS NULL AND decided_at IS NULL THEN $4 ELSE status END,
    risk_snapshot = $5::jsonb, risk_reason = $6, ip_country = $7
  WHERE id = $1
  RETURNING status
)
SELECT status FROM u`;

/**
 * enrich (geo-IP, disposable email, customer age, velocity and label history) → evaluate → store the verdict,
 * for one event merged into its transaction. Runs inside the writer's database transaction, after the merge,
 * so it sees the merged transaction and a verdict is committed with the event or not at all.
 */
@Injectable()
export class TransactionScorer {
  constructor(
    @Inject(VELOCITY_STORE) private readonly velocity: VelocityStore,
    private readonly settings: RiskSettingsCache,
  ) {}

  /** Scores a scorable event's transaction; other events only feed label history. Returns the stored row. */
  async apply(
    manager: EntityManager,
    tx: TransactionEntity,
    event: NormalizedEvent,
    meta: ObservationMeta,
  ): Promise<TransactionEntity> {
    if (!event.scorable) {
      const observation = this.observation(tx, event, meta);
      if (observation) await this.velocity.observe(observation);
      return tx;
    }
    const update = await this.assess(tx, event, meta);
    const [row] = (await manager.query(APPLY_RISK, [
      tx.id,
      update.score,
      JSON.stringify(update.signals),
      update.status,
      JSON.stringify(update.riskSnapshot),
      update.riskReason,
      update.ipCountry,
    ])) as Array<{ status: TransactionStatus }>;
    Object.assign(tx, {
      score: update.score,
      signals: update.signals,
      status: row?.status ?? tx.status,
      riskSnapshot: update.riskSnapshot,
      riskReason: update.riskReason,
      ipCountry: update.ipCountry,
    });
    if (update.status === 'approved') await this.velocity.confirm(toObservation(tx, event, meta));
    return tx;
  }

  async assess(tx: TransactionEntity, event: NormalizedEvent, meta: ObservationMeta): Promise<RiskUpdate> {
    const [reading, settings] = await Promise.all([
      this.velocity.observe(toObservation(tx, event, meta)),
      this.settings.current(),
    ]);
    return this.verdict(tx, event, meta, reading, settings);
  }

  /** Rules, lists and thresholds as of now (batches read them once, before their database transaction). */
  currentSettings(): Promise<RiskSettings> {
    return this.settings.current();
  }

  /** See observationFor (event-scoring.ts). */
  observation(
    tx: TransactionEntity,
    event: NormalizedEvent,
    meta: ObservationMeta,
  ): VelocityObservation | null {
    return observationFor(tx, event, meta);
  }

  /** One round trip for many observations, in order. */
  observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]> {
    return this.velocity.observeMany(observations);
  }

  /** Approved transactions join their customers' profiles; one round trip as for observeMany. */
  async confirmMany(observations: VelocityObservation[]): Promise<void> {
    await Promise.all(observations.map((observation) => this.velocity.confirm(observation)));
  }

  /** enrich → evaluate, given the velocity reading and the settings (pure: scoreEvent). */
  verdict(
    tx: TransactionEntity,
    event: NormalizedEvent,
    meta: ObservationMeta,
    reading: VelocityReading,
    settings: RiskSettings,
  ): RiskUpdate {
    return scoreEvent(tx, event, meta, reading, settings);
  }
}
