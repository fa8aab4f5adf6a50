import { Inject, Injectable } from '@nestjs/common';
import { RiskSettingsCache } from './risk-settings.cache.js';
import { type RiskSettings } from './risk-settings.js';
import {
  VELOCITY_STORE,
  type VelocityObservation,
  type VelocityReading,
  type VelocityStore,
} from './velocity-store.js';

export { type RiskUpdate } from './event-scoring.js';

/**
 * What an ingest batch needs to score its events (batch-scoring.ts; the scoring itself is pure, in
 * event-scoring.ts): the current rules, lists and thresholds, and the velocity store. The verdicts are
 * committed with the events or not at all.
 */
@Injectable()
export class TransactionScorer {
  constructor(
    @Inject(VELOCITY_STORE) private readonly velocity: VelocityStore,
    private readonly settings: RiskSettingsCache,
  ) {}

  /** Rules, lists and thresholds as of now (batches read them once, before their database transaction). */
  currentSettings(): Promise<RiskSettings> {
    return this.settings.current();
  }

  /** One round trip for many observations, in order. */
  observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]> {
    return this.velocity.observeMany(observations);
  }

  /** Approved transactions join their customers' profiles; one round trip, as for observeMany. */
  confirmMany(observations: VelocityObservation[]): Promise<void> {
    return this.velocity.confirmMany(observations);
  }
}
