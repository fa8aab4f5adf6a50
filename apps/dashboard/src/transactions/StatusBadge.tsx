import type { TransactionLabel, TransactionStatus } from '@vigil/contracts';

const STATUS_TEXT: Record<TransactionStatus, string> = {
  approved: 'Approved',
  review: 'Held',
  blocked: 'Blocked',
};

const LABEL_TEXT: Record<TransactionLabel, string> = {
  refunded: 'Refunded',
  disputed: 'Disputed',
  fraud_warning: 'Fraud warning',
  provider_fraud: 'Reported as fraud',
  fraud: 'Fraud (reviewer)',
  not_fraud: 'Not fraud (reviewer)',
};

export function StatusBadge({ status }: { status: TransactionStatus }) {
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {STATUS_TEXT[status] ?? status}
    </span>
  );
}

export function LabelTags({ labels }: { labels: readonly TransactionLabel[] }) {
  if (labels.length === 0) return null;
  return (
    <span className="labels">
      {labels.map((label) => (
        <span key={label} className={`label label-${label}`} data-testid="label-tag" data-label={label}>
          {LABEL_TEXT[label] ?? label}
        </span>
      ))}
    </span>
  );
}
