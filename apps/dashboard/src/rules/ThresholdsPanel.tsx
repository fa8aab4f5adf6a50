import type { RiskThresholdsJson } from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../ui/ErrorNote';
import { QueryError } from '../ui/QueryError';
import { useToast } from '../ui/toast-context';
import { fetchThresholds, rulesKeys, saveThresholds } from './rules-api';

function ThresholdsForm({ current, editable }: { current: RiskThresholdsJson; editable: boolean }) {
  const client = useQueryClient();
  const toast = useToast();
  const [review, setReview] = useState(String(current.review));
  const [block, setBlock] = useState(String(current.block));
  const r = Number(review);
  const b = Number(block);
  const valid = [r, b].every((v) => Number.isInteger(v) && v >= 1 && v <= 100) && r <= b;
  const changed = r !== current.review || b !== current.block;
  const save = useMutation({
    mutationFn: () => saveThresholds({ review: r, block: b }),
    onSuccess: (saved) => {
      client.setQueryData(rulesKeys.thresholds, saved);
      toast('Thresholds saved', 'success');
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (valid && changed) save.mutate();
  }

  return (
    <form className="thresholds" onSubmit={onSubmit} noValidate>
      <label className="field">
        <span className="field-label">Hold for review from</span>
        <input
          className="input input-small"
          type="number"
          min={1}
          max={100}
          value={review}
          disabled={!editable}
          aria-invalid={!valid || undefined}
          onChange={(event) => setReview(event.target.value)}
          data-testid="threshold-review"
        />
      </label>
      <label className="field">
        <span className="field-label">Block from</span>
        <input
          className="input input-small"
          type="number"
          min={1}
          max={100}
          value={block}
          disabled={!editable}
          aria-invalid={!valid || undefined}
          onChange={(event) => setBlock(event.target.value)}
          data-testid="threshold-block"
        />
      </label>
      {editable ? (
        <button type="submit" className="button" disabled={!valid || !changed || save.isPending}>
          Save thresholds
        </button>
      ) : null}
      {!valid ? <p className="field-hint">Whole numbers from 1 to 100, review not above block.</p> : null}
      <ErrorNote error={save.error} />
    </form>
  );
}

/** Score thresholds: at or above `review` an order is held, at or above `block` it is blocked. */
export function ThresholdsPanel({ editable }: { editable: boolean }) {
  const thresholds = useQuery({
    queryKey: rulesKeys.thresholds,
    queryFn: ({ signal }) => fetchThresholds(signal),
  });
  return (
    <section className="panel" aria-labelledby="thresholds-title">
      <header className="panel-header">
        <div>
          <h2 id="thresholds-title" className="panel-title">
            Score thresholds
          </h2>
          <p className="panel-subtitle">
            Unless an allow rule matched, the score decides together with rule actions.
          </p>
        </div>
      </header>
      <div className="panel-body">
        {thresholds.data ? (
          <ThresholdsForm
            key={`${thresholds.data.review}-${thresholds.data.block}`}
            current={thresholds.data}
            editable={editable}
          />
        ) : thresholds.isError ? (
          <QueryError error={thresholds.error} what="the thresholds" />
        ) : (
          <p className="muted-text">Loading…</p>
        )}
      </div>
    </section>
  );
}
