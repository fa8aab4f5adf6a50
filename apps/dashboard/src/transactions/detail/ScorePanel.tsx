import type { TransactionJson } from '@vigil/contracts';
import { useQuery } from '@tanstack/react-query';
import { fetchThresholds, rulesKeys } from '../../rules/rules-api';
import { BLOCK_SCORE, REVIEW_SCORE, scoreLevel } from '../score';

function outcomeSentence(tx: TransactionJson, review: number, block: number): string {
  const score = tx.score;
  if (tx.status === 'review') {
    return score >= review
      ? `Held: the score ${score} reached the review threshold (${review}).`
      : `Held by a rule that asks for review, although the score ${score} is below ${review}.`;
  }
  if (tx.status === 'blocked') {
    if (tx.decidedBy) return 'Blocked by a person after review.';
    return score >= block
      ? `Blocked: the score ${score} reached the block threshold (${block}).`
      : 'Blocked by a rule or a block list, whatever the score.';
  }
  if (tx.decidedBy) return 'Approved by a person after review.';
  return score >= review
    ? `Approved by an allow rule despite a score of ${score}.`
    : `Approved automatically: the score ${score} is below the review threshold (${review}).`;
}

/** The risk score and every signal that fired, with what each added, in plain words. */
export function ScorePanel({ tx }: { tx: TransactionJson }) {
  const thresholds = useQuery({
    queryKey: rulesKeys.thresholds,
    queryFn: ({ signal }) => fetchThresholds(signal),
  });
  const review = thresholds.data?.review ?? REVIEW_SCORE;
  const block = thresholds.data?.block ?? BLOCK_SCORE;
  const signals = [...tx.signals].sort((a, b) => b.points - a.points);
  const score = Math.max(0, Math.min(100, Math.round(tx.score)));

  return (
    <section className="panel detail-panel" aria-labelledby="score-title" data-testid="score-panel">
      <header className="panel-header">
        <h2 id="score-title" className="panel-title">
          Risk score
        </h2>
      </header>
      <div className="panel-body">
        <div className={`score-big score-${scoreLevel(score)}`}>
          <span className="score-big-value" data-testid="detail-score">
            {score}
          </span>
          <span className="score-big-of">/ 100</span>
        </div>
        <div className="score-scale" aria-hidden="true">
          <span className="score-scale-fill" style={{ width: `${score}%` }} />
          <span className="score-scale-mark" style={{ left: `${review}%` }} title={`Review at ${review}`} />
          <span
            className="score-scale-mark is-block"
            style={{ left: `${block}%` }}
            title={`Block at ${block}`}
          />
        </div>
        <p className="score-outcome">{outcomeSentence(tx, review, block)}</p>
        {tx.riskReason ? (
          <p className="muted-text" data-testid="risk-reason">
            Engine: {tx.riskReason}
          </p>
        ) : null}

        <h3 className="subheading">Why</h3>
        {signals.length === 0 ? (
          <p className="muted-text">No risk signals fired for this transaction.</p>
        ) : (
          <ul className="signal-list" data-testid="signal-list">
            {signals.map((signal) => (
              <li key={signal.code} className="signal" data-testid="signal" data-code={signal.code}>
                <div className="signal-text">
                  <span className="signal-description">{signal.description}</span>
                  <span className="signal-words">
                    {signal.points > 0
                      ? `added ${signal.points} point${signal.points === 1 ? '' : 's'}`
                      : signal.points < 0
                        ? `took away ${-signal.points} point${signal.points === -1 ? '' : 's'}`
                        : 'noted, no points'}
                    {' · '}
                    <code className="signal-code">{signal.code}</code>
                  </span>
                </div>
                <span className={`signal-points${signal.points < 0 ? ' is-negative' : ''}`}>
                  {signal.points > 0 ? '+' : ''}
                  {signal.points}
                </span>
                <span className="signal-bar" aria-hidden="true">
                  <span style={{ width: `${Math.min(100, Math.abs(signal.points))}%` }} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
