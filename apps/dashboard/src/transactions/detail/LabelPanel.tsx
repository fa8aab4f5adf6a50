import type { LabelEntryJson, ReviewerVerdict } from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useCan, useMe } from '../../auth/current-user';
import { formatDateTime } from '../../format/time';
import { useToast } from '../../ui/toast-context';
import { clearLabel, fetchLabels, setLabel, transactionLabelsQueryKey } from '../labels-api';
import { transactionDetailQueryKey } from '../transactions-api';

const VERDICT_TEXT: Record<ReviewerVerdict, string> = { fraud: 'Fraud', not_fraud: 'Not fraud' };

function entryText(entry: LabelEntryJson): string {
  if (entry.source === 'reviewer') {
    const who = entry.by?.email ?? 'someone';
    return entry.label === null ? `${who} cleared the verdict` : `${who}: ${entry.label.replace('_', ' ')}`;
  }
  return `${entry.eventType ?? 'provider'}: ${entry.label}${entry.reason ? ` (${entry.reason})` : ''}`;
}

/**
 * The reviewer's verdict (docs/detection.md "Labels"): fraud / not fraud with who set it, and the label
 * history with the providers' reasons. Staff and owners set it; the owner may also clear it.
 */
export function LabelPanel({ transactionId }: { transactionId: string }) {
  const canLabel = useCan('decide');
  const me = useMe();
  const toast = useToast();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const key = transactionLabelsQueryKey(transactionId);
  const query = useQuery({ queryKey: key, queryFn: () => fetchLabels(transactionId) });
  const change = useMutation({
    mutationFn: (verdict: ReviewerVerdict | null) =>
      verdict === null
        ? clearLabel(transactionId)
        : setLabel(transactionId, { label: verdict, note: note || undefined }),
    onSuccess: (result, verdict) => {
      client.setQueryData(key, result);
      void client.invalidateQueries({ queryKey: transactionDetailQueryKey(transactionId) });
      setNote('');
      toast(
        verdict === null ? 'Verdict cleared' : `Labelled ${VERDICT_TEXT[verdict].toLowerCase()}`,
        'success',
      );
    },
  });
  const data = query.data;
  const verdict = data?.verdict ?? null;

  return (
    <section className="panel detail-panel" aria-labelledby="label-title" data-testid="label-panel">
      <header className="panel-header">
        <h2 id="label-title" className="panel-title">
          Label
        </h2>
      </header>
      <div className="panel-body">
        {!data ? (
          <p className="empty">{query.isError ? errorMessage(query.error) : 'Loading…'}</p>
        ) : (
          <>
            <p
              data-testid="label-current"
              data-verdict={verdict?.label ?? 'none'}
              data-fraud={String(data.fraud)}
            >
              {verdict?.label ? (
                <>
                  <strong>{VERDICT_TEXT[verdict.label as ReviewerVerdict]}</strong>, said by{' '}
                  <span data-testid="label-set-by">{verdict.by?.email ?? 'someone'}</span> on{' '}
                  {formatDateTime(verdict.at)}
                  {verdict.reason ? <> — “{verdict.reason}”</> : null}
                </>
              ) : (
                'No reviewer verdict yet.'
              )}{' '}
              Counts as <strong>{data.fraud ? 'fraud' : 'good'}</strong> for quality and calibration.
            </p>
            {canLabel ? (
              <div className="form">
                <label className="field">
                  <span className="field-label">Note (optional)</span>
                  <input
                    className="input"
                    value={note}
                    maxLength={1000}
                    onChange={(event) => setNote(event.target.value)}
                    data-testid="label-note"
                  />
                </label>
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button-danger"
                    aria-pressed={verdict?.label === 'fraud'}
                    disabled={change.isPending}
                    onClick={() => change.mutate('fraud')}
                    data-testid="label-fraud"
                  >
                    Fraud
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-pressed={verdict?.label === 'not_fraud'}
                    disabled={change.isPending}
                    onClick={() => change.mutate('not_fraud')}
                    data-testid="label-not-fraud"
                  >
                    Not fraud
                  </button>
                  {me.role === 'owner' && verdict ? (
                    <button
                      type="button"
                      className="button link-button"
                      disabled={change.isPending}
                      onClick={() => change.mutate(null)}
                      data-testid="label-clear"
                    >
                      Clear verdict
                    </button>
                  ) : null}
                </div>
                {change.isError ? (
                  <p className="error-note" role="alert" data-testid="label-error">
                    {errorMessage(change.error)}
                  </p>
                ) : null}
              </div>
            ) : null}
            {data.history.length > 0 ? (
              <ol className="label-history" aria-label="Label history">
                {data.history.map((entry, i) => (
                  <li key={`${entry.at}-${i}`} data-testid="label-history-entry">
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> {entryText(entry)}
                  </li>
                ))}
              </ol>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}
