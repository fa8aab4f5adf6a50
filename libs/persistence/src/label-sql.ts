import { FRAUD_LABELS } from '@vigil/contracts';

/*
 * The contracts' `isFraud` and decision-time outcome as SQL over `transactions t`, so aggregates need no
 * second copy of the rules (docs/detection.md "Labels").
 */
export const IS_FRAUD_SQL = `(NOT ('not_fraud' = ANY(t.labels)) AND t.labels && ARRAY[${FRAUD_LABELS.map(
  (label) => `'${label}'`,
).join(', ')}]::text[])`;

/** held = held for review at decision time (whatever a person did then); blocked = blocked automatically. */
export const DECIDED_OUTCOME_SQL = `(CASE WHEN t.held_at IS NOT NULL OR t.status = 'review' THEN 'held'
  WHEN t.status = 'blocked' THEN 'blocked' ELSE 'approved' END)`;
