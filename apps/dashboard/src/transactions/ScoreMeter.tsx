import { scoreLevel } from './score';

/** Risk score 0–100 as a number and a small bar. */
export function ScoreMeter({ score }: { score: number }) {
  const clamped = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <span className={`score score-${scoreLevel(clamped)}`} title={`Risk score ${clamped} of 100`}>
      <span className="score-value">{clamped}</span>
      <span className="score-track" aria-hidden="true">
        <span className="score-fill" style={{ width: `${clamped}%` }} />
      </span>
    </span>
  );
}
