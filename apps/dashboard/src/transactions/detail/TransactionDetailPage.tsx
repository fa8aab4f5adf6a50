import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { useCan } from '../../auth/current-user';
import { formatMinorUnits } from '../../format/money';
import { formatDateTime } from '../../format/time';
import { QueryError } from '../../ui/QueryError';
import { orderLabel } from '../decision-words';
import { LabelTags, StatusBadge } from '../StatusBadge';
import { AddressPanel } from './AddressPanel';
import { DecisionPanel } from './DecisionPanel';
import { HistoryPanel } from './HistoryPanel';
import { LabelPanel } from './LabelPanel';
import { PartiesPanel } from './PartiesPanel';
import { ScorePanel } from './ScorePanel';
import { TimelinePanel } from './TimelinePanel';
import { useTransactionDetail } from './use-transaction-detail';
import './detail.css';

const BACK_LABEL: Record<string, string> = {
  '/': 'Live',
  '/queue': 'Review queue',
  '/transactions': 'Transactions',
};

function backTarget(state: unknown): string {
  const from = typeof state === 'object' && state !== null ? (state as { from?: unknown }).from : undefined;
  return typeof from === 'string' && from in BACK_LABEL ? from : '/transactions';
}

/** Everything about one transaction: why it scored what it did, who it is, what happened, what was decided. */
export function TransactionDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const canDecide = useCan('decide');
  const query = useTransactionDetail(id);
  const back = backTarget(location.state);
  const tx = query.data;

  return (
    <main className="page detail-page" data-testid="transaction-detail">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={back}>← {BACK_LABEL[back]}</Link>
      </nav>
      {!tx ? (
        query.isError ? (
          isApiError(query.error) && query.error.status === 404 ? (
            <div className="empty">
              <title>Not found · Vigil</title>
              This transaction does not exist (or was erased).
            </div>
          ) : (
            <QueryError error={query.error} what="this transaction" onRetry={() => void query.refetch()} />
          )
        ) : (
          <p className="empty">Loading…</p>
        )
      ) : (
        <>
          <header className="detail-header">
            <title>{`${orderLabel(tx)} · Vigil`}</title>
            <div className="detail-title-row">
              <h1 className="page-title">
                {tx.orderId
                  ? `Order ${tx.orderId}`
                  : tx.paymentId
                    ? `Payment ${tx.paymentId}`
                    : 'Transaction'}
              </h1>
              <StatusBadge status={tx.status} />
              <LabelTags labels={tx.labels} />
            </div>
            <p className="detail-amount" data-testid="detail-amount">
              {formatMinorUnits(tx.amount, tx.currency)}
            </p>
            <p className="page-subtitle">
              Created {formatDateTime(tx.createdAt)} · updated {formatDateTime(tx.updatedAt)}
              {tx.paymentId && tx.orderId ? (
                <>
                  {' '}
                  · payment <code className="mono">{tx.paymentId}</code>
                </>
              ) : null}{' '}
              · version {tx.version}
            </p>
          </header>
          <div className="detail-grid">
            <div className="detail-column">
              <ScorePanel tx={tx} />
              {canDecide && (tx.status === 'review' || tx.heldAt) ? <DecisionPanel tx={tx} /> : null}
              <LabelPanel transactionId={tx.id} />
              <AddressPanel tx={tx} />
              <PartiesPanel tx={tx} />
            </div>
            <div className="detail-column">
              <TimelinePanel timeline={tx.timeline} />
              <HistoryPanel transactionId={tx.id} decisions={tx.decisions} deliveries={tx.deliveries} />
            </div>
          </div>
        </>
      )}
    </main>
  );
}
