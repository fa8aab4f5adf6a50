import type { TransactionJson } from '@vigil/contracts';
import { memo } from 'react';
import { Link } from 'react-router';
import { formatMinorUnits } from '../format/money';
import { formatClock } from '../format/time';
import { ScoreMeter } from '../transactions/ScoreMeter';
import { LabelTags, StatusBadge } from '../transactions/StatusBadge';

export const FEED_ROW_HEIGHT = 52;

interface FeedRowProps {
  tx: TransactionJson;
  /** Offset from the top of the list, in px. */
  top: number;
  /** 1-based row number for assistive tech (the header is row 1). */
  rowIndex: number;
  fresh: boolean;
}

function FeedRowView({ tx, top, rowIndex, fresh }: FeedRowProps) {
  const reference = tx.orderId ?? tx.paymentId ?? tx.id;
  const secondary = tx.orderId !== null ? tx.paymentId : null;
  const customer = tx.customer.email ?? tx.customer.name;
  const country = tx.ipCountry;
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className={`feed-row feed-item status-${tx.status}${fresh ? ' is-fresh' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      data-testid="live-row"
      data-transaction-id={tx.id}
      data-order-id={tx.orderId ?? undefined}
      data-status={tx.status}
    >
      <div role="cell" className="cell cell-time">
        <time dateTime={tx.createdAt} title={tx.createdAt}>
          {formatClock(tx.createdAt)}
        </time>
      </div>
      <div role="cell" className="cell cell-ref">
        <Link
          to={`/transactions/${tx.id}`}
          state={{ from: '/' }}
          className="ref-primary ref-link"
          title={`Open ${reference}`}
          data-testid="live-row-link"
        >
          {reference}
        </Link>
        {secondary ? (
          <span className="ref-secondary" title={secondary}>
            {secondary}
          </span>
        ) : null}
      </div>
      <div role="cell" className="cell cell-customer" title={customer ?? undefined}>
        {customer ?? <span className="muted">—</span>}
      </div>
      <div role="cell" className="cell cell-amount">
        {formatMinorUnits(tx.amount, tx.currency)}
      </div>
      <div role="cell" className="cell cell-score">
        <ScoreMeter score={tx.score} />
      </div>
      <div role="cell" className="cell cell-status">
        <StatusBadge status={tx.status} />
        <LabelTags labels={tx.labels ?? []} />
      </div>
      <div role="cell" className="cell cell-country" title={tx.ip ?? undefined}>
        {country ?? <span className="muted">—</span>}
      </div>
    </div>
  );
}

/** One transaction of the feed; re-renders only when its data or position changes. */
export const FeedRow = memo(FeedRowView);
