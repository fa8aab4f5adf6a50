import { Inject, Injectable } from '@nestjs/common';
import { type SignalJson, type TransactionStatus } from '@vigil/contracts';
import { TransactionEntity } from '@vigil/persistence';
import { buildRiskContext, evaluate } from '@vigil/risk-engine';
import { type NormalizedEvent } from '@vigil/webhooks';
import { isDisposableEmail } from './disposable-email.js';
import { ipCountry } from './geo-ip.js';
import {
  type ObservationMeta,
  riskSnapshot,
  STATUS_BY_OUTCOME,
  toObservation,
  toRiskInput,
} from './risk-input.js';
import { type RiskSettings, RiskSettingsCache } from './risk-settings.cache.js';
import {
  VELOCITY_STORE,
  type VelocityObservation,
  type VelocityReading,
  type VelocityStore,
} from './velocity-store.js';

export interface RiskUpdate {
  score: number;
  signals: SignalJson[];
  status: TransactionStatus;
  riskSnapshot: Record<string, string | number | boolean>;
  riskReason: string;
  ipCountry: string | null;
}

/**
 * enrich (geo-IP, disposable email, customer age, velocity and label history) → evaluate, for the events an
 * ingest batch merges (batch-scoring.ts); the verdicts are committed with the events or not at all.
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

  /**
   * What this event tells the velocity counters: every scorable event, and label-only events that put
   * history labels (disputes, fraud warnings) on their transaction; null when it tells them nothing.
   */
  observation(
    tx: TransactionEntity,
    event: NormalizedEvent,
    meta: ObservationMeta,
  ): VelocityObservation | null {
    const observation = toObservation(tx, event, meta);
    if (event.scorable) return observation;
    return observation.disputed || observation.fraudWarning ? { ...observation, record: false } : null;
  }

  /** One round trip for many observations (the auto-pipelined client sends calls of one tick together). */
  observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]> {
    return Promise.all(observations.map((observation) => this.velocity.observe(observation)));
  }

  /** enrich → evaluate, given the velocity reading and the settings (pure). */
  verdict(
    tx: TransactionEntity,
    event: NormalizedEvent,
    meta: ObservationMeta,
    reading: VelocityReading,
    settings: RiskSettings,
  ): RiskUpdate {
    const country = ipCountry(tx.ip);
    const ctx = buildRiskContext(
      toRiskInput(tx, event, meta.occurredAt, {
        ipCountry: country,
        disposableEmail: isDisposableEmail(tx.customerEmail),
        reading,
        lists: settings.lists,
      }),
    );
    const verdict = evaluate(settings.ruleSet, ctx, settings.thresholds);
    return {
      score: verdict.score,
      signals: verdict.signals,
      status: STATUS_BY_OUTCOME[verdict.outcome],
      riskSnapshot: riskSnapshot(ctx),
      riskReason: verdict.reason,
      ipCountry: country,
    };
  }
}
