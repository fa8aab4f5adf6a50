import type { BacktestResultJson } from '@vigil/contracts';
import { Link } from 'react-router';
import { formatMinorUnits } from '../format/money';
import { formatCount } from '../format/number';
import { formatDateTime } from '../format/time';
import { StatusBadge } from '../transactions/StatusBadge';

function share(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const pct = (part / whole) * 100;
  return pct > 0 && pct < 0.1 ? '<0.1%' : `${pct.toFixed(pct < 10 ? 1 : 0)}%`;
}

function Bar({ label, value, of, tone }: { label: string; value: number; of: number; tone: string }) {
  return (
    <li className="bar-item">
      <span className="bar-label">{label}</span>
      <span className="bar-value">{formatCount(value)}</span>
      <span className="bar-track" aria-hidden="true">
        <span className={`bar-fill ${tone}`} style={{ width: of > 0 ? `${(value / of) * 100}%` : '0%' }} />
      </span>
    </li>
  );
}

/** What a draft expression would have matched among stored transactions, before it is saved. */
export function BacktestResult({ result, range }: { result: BacktestResultJson; range: string }) {
  const { matched, total, byOutcome, byLabel } = result;
  return (
    <div className="backtest" data-testid="backtest-result" aria-live="polite">
      <p className="backtest-headline">
        Would have matched <strong data-testid="backtest-matched">{formatCount(matched)}</strong> of{' '}
        {formatCount(total)} transactions ({share(matched, total)}) · {range}
      </p>
      {result.truncated ? (
        <p className="muted-text" data-testid="backtest-truncated">
          The backtest stopped at its limit: these are the newest {formatCount(total)} transactions of the
          range.
        </p>
      ) : null}
      {matched > 0 ? (
        <div className="backtest-grid">
          <div>
            <h4 className="subheading">Their outcome today</h4>
            <ul className="bar-list">
              <Bar label="Approved" value={byOutcome.approved} of={matched} tone="bar-fill-ok" />
              <Bar label="Held" value={byOutcome.review} of={matched} tone="bar-fill-warn" />
              <Bar label="Blocked" value={byOutcome.blocked} of={matched} tone="bar-fill-danger" />
            </ul>
          </div>
          <div>
            <h4 className="subheading">Later found to be bad</h4>
            <ul className="bar-list">
              <Bar label="Disputed" value={byLabel.disputed} of={matched} tone="bar-fill-danger" />
              <Bar label="Fraud warning" value={byLabel.fraud_warning} of={matched} tone="bar-fill-danger" />
              <Bar label="Refunded" value={byLabel.refunded} of={matched} tone="bar-fill-warn" />
              {result.byTruth ? (
                <Bar
                  label="Counted as fraud (all labels)"
                  value={result.byTruth.fraud}
                  of={matched}
                  tone="bar-fill-danger"
                />
              ) : null}
            </ul>
          </div>
        </div>
      ) : null}
      {result.samples.length > 0 ? (
        <details className="backtest-samples">
          <summary className="link-button">Examples ({result.samples.length})</summary>
          <div className="table-wrap">
            <table className="table table-compact">
              <tbody>
                {result.samples.map((tx) => (
                  <tr key={tx.id}>
                    <td className="nowrap muted-text">{formatDateTime(tx.createdAt)}</td>
                    <td>
                      <Link to={`/transactions/${tx.id}`} className="mono">
                        {tx.orderId ?? tx.paymentId ?? tx.id.slice(0, 8)}
                      </Link>
                    </td>
                    <td className="num">{formatMinorUnits(tx.amount, tx.currency)}</td>
                    <td>
                      <StatusBadge status={tx.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </div>
  );
}
