import { TransactionEntity } from '@vigil/persistence';
import { type ObservationMeta } from '../risk/risk-input.js';
import { type RiskSettings } from '../risk/risk-settings.cache.js';
import { type TransactionScorer } from '../risk/transaction-scorer.service.js';
import { type VelocityReading } from '../risk/velocity-store.js';
import { absorbVerdict, type BatchPlan, type PlannedTransaction, type PlanStep } from './batch-plan.js';
import { type IngestEvent } from './ingest-event.js';
import { type MergeState } from './merge-transaction.js';

type MergeStep = Extract<PlanStep, { kind: 'merge' }>;

const parsed = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** The transaction as the one-event path would have loaded it right after this merge (what scoring reads). */
function scoringView(
  transaction: PlannedTransaction,
  state: MergeState,
  riskSnapshot: TransactionEntity['riskSnapshot'],
): TransactionEntity {
  return Object.assign(new TransactionEntity(), {
    id: transaction.id,
    sourceId: transaction.sourceId,
    mergeKey: transaction.mergeKey,
    orderId: state.order_id,
    paymentId: state.payment_id,
    amount: state.amount,
    currency: state.currency,
    labels: state.labels,
    customerId: state.customer_id,
    customerEmail: state.customer_email,
    customerName: state.customer_name,
    billing: parsed(state.billing),
    shipping: parsed(state.shipping),
    ip: state.ip,
    deviceId: state.device_id,
    card: parsed(state.card),
    checks: parsed(state.checks),
    riskSnapshot,
  });
}

/**
 * Scores a planned batch: every event's velocity call goes out in one round trip (in event order, so the
 * counters see the events as they happened), then the steps replay in memory: folds keep the strictest
 * verdict, scorable events set the score, signals and (unless a person decided) the status.
 */
export async function scoreBatch(
  plan: BatchPlan,
  inputs: ReadonlyMap<number, IngestEvent>,
  scorer: TransactionScorer,
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
    scorer.observation(views.get(step) as TransactionEntity, inputOf(step).event, metaOf(inputOf(step))),
  );
  const readings = await scorer.observeMany(observations.filter((o) => o !== null));
  const readingOf = new Map<MergeStep, VelocityReading>();
  let next = 0;
  merges.forEach((step, i) => {
    const reading = observations[i] ? readings[next++] : undefined;
    if (reading) readingOf.set(step, reading);
  });

  for (const step of plan.steps) {
    if (step.kind === 'absorb') {
      absorbVerdict(step.survivor, step.others);
      continue;
    }
    const input = inputOf(step);
    const reading = readingOf.get(step);
    if (!input.event.scorable || !reading) continue;
    const target = step.transaction;
    const view = views.get(step) as TransactionEntity;
    view.riskSnapshot = target.verdict.risk_snapshot;
    const update = scorer.verdict(view, input.event, metaOf(input), reading, settings);
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
  }
}
