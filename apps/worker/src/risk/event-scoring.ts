import { type SignalJson, type TransactionStatus } from '@vigil/contracts';
import { buildRiskContext, evaluate } from '@vigil/risk-engine';
import { type NormalizedEvent } from '@vigil/webhooks';
import { isDisposableEmail } from './disposable-email.js';
import { isFreeEmail } from './free-email.js';
import { ipCountry } from './geo-ip.js';
import { hostingProvider, isHostingIp } from './hosting-network.js';
import { isPrivacyRelayEmail } from './privacy-relay-email.js';
import {
  type ObservationMeta,
  riskSnapshot,
  type ScoredTransaction,
  STATUS_BY_OUTCOME,
  toObservation,
  toRiskInput,
} from './risk-input.js';
import { type RiskSettings } from './risk-settings.js';
import { type VelocityObservation, type VelocityReading } from './velocity-store.js';

/**
 * Scoring without I/O: what an event tells the velocity counters, and the verdict once their reading is in.
 * The worker (TransactionScorer, batch scoring) and `npm run eval` both call these, so the evaluation
 * measures exactly what production does (docs/detection.md).
 */

export interface RiskUpdate {
  score: number;
  signals: SignalJson[];
  status: TransactionStatus;
  riskSnapshot: Record<string, string | number | boolean>;
  riskReason: string;
  ipCountry: string | null;
}

/**
 * What this event tells the velocity counters: every scorable event, and label-only events that put
 * history labels (disputes, fraud warnings) on their transaction; null when it tells them nothing.
 */
export function observationFor(
  tx: ScoredTransaction,
  event: NormalizedEvent,
  meta: ObservationMeta,
): VelocityObservation | null {
  const observation = toObservation(tx, event, meta);
  if (event.scorable) return observation;
  return observation.disputed || observation.fraudWarning ? { ...observation, record: false } : null;
}

/** enrich (geo-IP, hosting network, disposable email, customer age, the velocity reading) → evaluate. */
export function scoreEvent(
  tx: ScoredTransaction,
  event: NormalizedEvent,
  meta: ObservationMeta,
  reading: VelocityReading,
  settings: RiskSettings,
): RiskUpdate {
  const country = ipCountry(tx.ip);
  const ctx = buildRiskContext(
    toRiskInput(tx, event, meta.occurredAt, {
      ipCountry: country,
      hostingIp: isHostingIp(tx.ip),
      hostingProvider: hostingProvider(tx.ip),
      disposableEmail: isDisposableEmail(tx.customerEmail),
      privacyRelayEmail: isPrivacyRelayEmail(tx.customerEmail),
      freeEmail: isFreeEmail(tx.customerEmail),
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
