import type { TransactionJson } from '@vigil/contracts';
import { memo } from 'react';
import { Link } from 'react-router';
import { formatMinorUnits } from '../format/money';
import { formatClock, formatDuration } from '../format/time';
import { claimOf, heldSince, holdDeadlineOf, topSignals } from '../transactions/review-fields';
import { ScoreMeter } from '../transactions/ScoreMeter';
import { StatusBadge } from '../transactions/StatusBadge';
import type { DecisionAction } from '../transactions/decisions-api';
import type { RowNote } from './use-queue-actions';

/** Deadlines closer than this are shown as urgent. */
const URGENT_MS = 15 * 60_000;

export interface QueueRowProps {
  tx: TransactionJson;
  /** Position in the list, remembered so a decided row hands over to its neighbour. */
  index: number;
  now: number;
  meId: string;
  active: boolean;
  selected: boolean;
  pending: boolean;
  note: RowNote | null;
  canDecide: boolean;
  onActivate(id: string, index: number): void;
  onToggleSelect(id: string): void;
  onDecide(tx: TransactionJson, action: DecisionAction): void;
  onClaim(tx: TransactionJson): void;
  onDismiss(id: string): void;
}

function Deadline({ deadline, now }: { deadline: string | null; now: number }) {
  if (!deadline) return null;
  const left = Date.parse(deadline) - now;
  if (!Number.isFinite(left)) return null;
  const urgent = left < URGENT_MS;
  return (
    <span
      className={`queue-deadline${urgent ? ' is-urgent' : ''}`}
      title={`Decided automatically at ${deadline}`}
    >
      {left <= 0 ? 'deadline passed' : `${formatDuration(left)} left`}
    </span>
  );
}

function ClaimBadge({ tx, now, meId }: { tx: TransactionJson; now: number; meId: string }) {
  const claim = claimOf(tx, now);
  if (!claim) return <span className="claim claim-none">Unclaimed</span>;
  const mine = claim.userId === meId;
  const who = mine ? 'You' : (claim.email ?? 'Someone else');
  return (
    <span
      className={`claim ${mine ? 'claim-mine' : 'claim-other'}`}
      data-testid="claim-indicator"
      title={claim.expiresAt ? `Claimed until ${formatClock(claim.expiresAt)}` : 'Claimed'}
    >
      <span className="claim-dot" aria-hidden="true" />
      <span className="claim-who">{who}</span>
      {claim.expiresAt ? (
        <span className="claim-until"> · {formatDuration(Date.parse(claim.expiresAt) - now)}</span>
      ) : null}
    </span>
  );
}

function QueueRowView(props: QueueRowProps) {
  const { tx, now, meId, active, selected, pending, note, canDecide } = props;
  const held = tx.status === 'review';
  const reference = tx.orderId ?? tx.paymentId ?? tx.id.slice(0, 8);
  const signals = topSignals(tx, 3);
  const tabIndex = active ? 0 : -1;
  const claim = claimOf(tx, now);
  const mine = claim?.userId === meId;

  return (
    <div
      role="row"
      aria-selected={selected}
      tabIndex={tabIndex}
      className={`queue-row${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}${held ? '' : ' is-settled'}`}
      data-testid="queue-row"
      data-row-id={tx.id}
      data-transaction-id={tx.id}
      data-order-id={tx.orderId ?? undefined}
      data-status={tx.status}
      data-version={tx.version}
      aria-busy={pending || undefined}
      onFocus={() => props.onActivate(tx.id, props.index)}
      onClick={() => props.onActivate(tx.id, props.index)}
    >
      <div role="gridcell" className="q-cell q-select">
        {canDecide && held ? (
          <input
            type="checkbox"
            checked={selected}
            tabIndex={tabIndex}
            aria-label={`Select ${reference}`}
            onChange={() => props.onToggleSelect(tx.id)}
            onClick={(event) => event.stopPropagation()}
            data-testid="queue-select"
          />
        ) : null}
      </div>
      <div role="gridcell" className="q-cell q-waiting">
        <span className="queue-waited" title={`Held since ${formatClock(heldSince(tx))}`}>
          {formatDuration(now - Date.parse(heldSince(tx)))}
        </span>
        {tx.escalated ? (
          <span className="queue-deadline is-urgent" title="The hold ran out: it needs a person now">
            escalated
          </span>
        ) : (
          <Deadline deadline={holdDeadlineOf(tx)} now={now} />
        )}
      </div>
      <div role="gridcell" className="q-cell q-ref">
        <Link
          to={`/transactions/${tx.id}`}
          state={{ from: '/queue' }}
          className="queue-ref"
          tabIndex={tabIndex}
          onClick={(event) => event.stopPropagation()}
        >
          {reference}
        </Link>
        <span className="queue-customer">{tx.customer.email ?? tx.customer.name ?? '—'}</span>
      </div>
      <div role="gridcell" className="q-cell q-amount">
        {formatMinorUnits(tx.amount, tx.currency)}
      </div>
      <div role="gridcell" className="q-cell q-score">
        <ScoreMeter score={tx.score} />
      </div>
      <div role="gridcell" className="q-cell q-why">
        {signals.length === 0 ? (
          <span className="muted">No signals recorded</span>
        ) : (
          <ul className="why-list" aria-label="Why it was held">
            {signals.map((signal) => (
              <li key={signal.code} className="why-chip" title={signal.description}>
                <span className="why-text">{signal.description}</span>
                <span className="why-points">+{signal.points}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div role="gridcell" className="q-cell q-claim">
        {held ? <ClaimBadge tx={tx} now={now} meId={meId} /> : <StatusBadge status={tx.status} />}
      </div>
      <div role="gridcell" className="q-cell q-actions">
        {canDecide && held ? (
          <>
            <button
              type="button"
              className="button button-small"
              tabIndex={tabIndex}
              disabled={pending}
              onClick={(event) => {
                event.stopPropagation();
                props.onClaim(tx);
              }}
              data-testid="queue-claim"
            >
              {mine ? 'Release' : 'Claim'}
            </button>
            <button
              type="button"
              className="button button-small button-approve"
              tabIndex={tabIndex}
              disabled={pending}
              onClick={(event) => {
                event.stopPropagation();
                props.onDecide(tx, 'approve');
              }}
              data-testid="queue-approve"
            >
              Approve
            </button>
            <button
              type="button"
              className="button button-small button-block"
              tabIndex={tabIndex}
              disabled={pending}
              onClick={(event) => {
                event.stopPropagation();
                props.onDecide(tx, 'block');
              }}
              data-testid="queue-block"
            >
              Block
            </button>
          </>
        ) : null}
      </div>
      {note ? (
        <div className={`queue-note queue-note-${note.tone}`} role="alert" data-testid="queue-note">
          <span>{note.text}</span>
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={(event) => {
              event.stopPropagation();
              props.onDismiss(tx.id);
            }}
          >
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** One held order; re-renders only when its data, state or the clock changes. */
export const QueueRow = memo(QueueRowView);
