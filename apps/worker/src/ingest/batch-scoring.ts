import { observationFor, scoreEvent } from '../risk/event-scoring.js';
import { type ObservationMeta, type ScoredTransaction } from '../risk/risk-input.js';
import { type RiskSettings } from '../risk/risk-settings.js';
import { type VelocityObservation, type VelocityReading } from '../risk/velocity-store.js';
import { absorbVerdict, type BatchPlan, type PlannedTransaction, type PlanStep } from './batch-plan.js';
import { type IngestEvent } from './read-ingest-event.js';
import { type MergeState } from './merge-transaction.js';

type MergeStep = Extract<PlanStep, { kind: 'merge' }>;

const parsed = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** The transaction as the one-event path would have loaded it right after this merge (what scoring reads). */
function scoringView(
  transaction: PlannedTransaction,
  state: MergeState,
  riskSnapshot: ScoredTransaction['riskSnapshot'],
): ScoredTransaction {
  return {
    id: transaction.id,
    sourceId: transaction.sourceId,
    amount: state.amount,
    currency: state.currency,
    customerId: state.customer_id,
    customerEmail: state.customer_email,
    billing: parsed(state.billing),
    shipping: parsed(state.shipping),
    ip: state.ip,
    deviceId: state.device_id,
    card: parsed(state.card),
    checks: parsed(state.checks),
    riskSnapshot,
  };
}

/** The velocity store's side of batch scoring: many observations, one round trip, readings in order. */
export interface BatchVelocity {
  observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]>;
  /** Approved transactions join their customers' profiles (VelocityStore.confirm), one round trip. */
  confirmMany(observations: VelocityObservation[]): Promise<void>;
}

/**
 * Scores a planned batch: every event's velocity call goes out in one round trip (in event order, so the
 * counters see the events as they happened), then the steps replay in memory: folds keep the strictest
 * verdict, scorable events set the score, signals and (unless a person decided) the status.
 */
export async function scoreBatch(
  plan: BatchPlan,
  inputs: ReadonlyMap<number, IngestEvent>,
  velocity: BatchVelocity,
  settings: RiskSettings,
): Promise<void> {
  const merges = plan.steps.filter((step): step is MergeStep => step.kind === 'merge');
  const metaOf = (input: IngestEvent): ObservationMeta => ({
    sourceId: input.sourceId,
    eventId: input.eventId,
    occurredAt: input.occurredAt,
  });
  const inputOf = (step: MergeStep): IngestEvent => {
    const input = inputs.get(step.event.key);
    if (!input) throw new Error(`batch plan refers to unknown event ${step.event.key}`);
    return input;
  };
  // One view per step, built once: observation and verdict read the same merged state.
  const views = new Map(merges.map((step) => [step, scoringView(step.transaction, step.state, null)]));
  const observations = merges.map((step) =>
    observationFor(views.get(step) as ScoredTransaction, inputOf(step).event, metaOf(inputOf(step))),
  );
  const readings = await velocity.observeMany(observations.filter((o) => o !== null));
  const readingOf = new Map<MergeStep, VelocityReading>();
  const observationOf = new Map<MergeStep, VelocityObservation>();
  let next = 0;
  merges.forEach((step, i) => {
    const observation = observations[i];
    const reading = observation ? readings[next++] : undefined;
    if (reading && observation) {
      readingOf.set(step, reading);
      observationOf.set(step, observation);
    }
  });
  const approved: VelocityObservation[] = [];

  for (const step of plan.steps) {
    if (step.kind === 'absorb') {
      absorbVerdict(step.survivor, step.others);
      continue;
    }
    const input = inputOf(step);
    const reading = readingOf.get(step);
    if (!input.event.scorable || !reading) continue;
    const target = step.transaction;
    const view = views.get(step) as ScoredTransaction;
    view.riskSnapshot = target.verdict.risk_snapshot;
    const update = scoreEvent(view, input.event, metaOf(input), reading, settings);
    target.verdict = {
      ...target.verdict,
      score: update.score,
      signals: JSON.stringify(update.signals),
      status: target.verdict.decided ? target.verdict.status : update.status,
      risk_snapshot: update.riskSnapshot,
      risk_reason: update.riskReason,
      ip_country: update.ipCountry,
      scored: true,
    };
    const observation = observationOf.get(step);
    if (update.status === 'approved' && observation) approved.push(observation);
  }
  if (approved.length > 0) await velocity.confirmMany(approved);
}
