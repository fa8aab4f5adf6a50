import { DETECTION_OUTCOMES, type DetectionMetricsJson } from '@vigil/contracts';
import { formatCount } from '../format/number';
import { formatAmounts } from './quality-format';

const OUTCOME_TEXT = { approved: 'Approved', held: 'Held', blocked: 'Blocked' } as const;
const TRUTH_TEXT = { fraud: 'Fraud', good: 'Good' } as const;

/** Truth (labels) × outcome, by count and by value per currency. */
export function ConfusionMatrix({ metrics, testId }: { metrics: DetectionMetricsJson; testId: string }) {
  return (
    <table className="table confusion-matrix" data-testid={testId}>
      <caption className="visually-hidden">Outcomes by label</caption>
      <thead>
        <tr>
          <th scope="col">Labelled</th>
          {DETECTION_OUTCOMES.map((outcome) => (
            <th key={outcome} scope="col">
              {OUTCOME_TEXT[outcome]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(['fraud', 'good'] as const).map((truth) => (
          <tr key={truth}>
            <th scope="row">{TRUTH_TEXT[truth]}</th>
            {DETECTION_OUTCOMES.map((outcome) => (
              <td key={outcome} data-testid={`matrix-${truth}-${outcome}`}>
                <span className="tabular">{formatCount(metrics.matrix[truth][outcome])}</span>
                <span className="muted-text matrix-value">
                  {formatAmounts(metrics.matrixValue[truth][outcome])}
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
