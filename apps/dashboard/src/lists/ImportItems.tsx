import type { ListJson } from '@vigil/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/errors';
import { formatCount } from '../format/number';
import { addListItem, listsKeys } from './lists-api';
import {
  mapLimited,
  parseImportLines,
  summarizeImport,
  type ImportOutcome,
  type ImportSummary,
} from './import-lines';

const CONCURRENCY = 4;

/** Adds a pasted column of values, one request per value, and reports each line that failed and why. */
export function ImportItems({ list }: { list: ListJson }) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const lines = parseImportLines(text);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (lines.length === 0 || progress) return;
    setSummary(null);
    setProgress({ done: 0, total: lines.length });
    const outcomes = await mapLimited(
      lines,
      CONCURRENCY,
      async ({ line, value }): Promise<ImportOutcome> => {
        try {
          const { added } = await addListItem(list.id, { value });
          return { line, value, kind: added ? 'added' : 'existing' };
        } catch (error) {
          return { line, value, kind: 'failed', message: errorMessage(error) };
        }
      },
      (done) => setProgress({ done, total: lines.length }),
    );
    const result = summarizeImport(outcomes);
    setSummary(result);
    setProgress(null);
    // Keep only the lines that failed, so they can be fixed and imported again.
    setText(result.failed.map((failure) => failure.value).join('\n'));
    void client.invalidateQueries({ queryKey: listsKeys.all });
  }

  return (
    <form className="form import-form" onSubmit={onSubmit} data-testid="list-import">
      <label className="field">
        <span className="field-label">Import a column</span>
        <textarea
          className="input textarea mono"
          rows={5}
          placeholder={'One value per line, e.g. pasted from a spreadsheet'}
          value={text}
          onChange={(event) => setText(event.target.value)}
          disabled={progress !== null}
          data-testid="list-import-text"
        />
        <span className="field-hint">
          {lines.length > 0
            ? `${formatCount(lines.length)} value${lines.length === 1 ? '' : 's'} to add`
            : ' '}
        </span>
      </label>
      <div className="form-actions">
        {progress ? (
          <progress className="import-progress" max={progress.total} value={progress.done}>
            {progress.done} of {progress.total}
          </progress>
        ) : null}
        <button
          type="submit"
          className="button"
          disabled={lines.length === 0 || progress !== null}
          data-testid="list-import-submit"
        >
          {progress ? `Adding ${progress.done} of ${progress.total}…` : 'Import'}
        </button>
      </div>
      {summary ? (
        <div className="import-summary" aria-live="polite" data-testid="list-import-summary">
          <p className={summary.failed.length === 0 ? 'ok-note' : 'warn-note'}>
            {formatCount(summary.added)} added
            {summary.existing > 0 ? `, ${formatCount(summary.existing)} already on the list` : ''}
            {summary.failed.length > 0 ? `, ${formatCount(summary.failed.length)} refused` : ''}.
          </p>
          {summary.failed.length > 0 ? (
            <ul className="import-failures" data-testid="list-import-failures">
              {summary.failed.map((failure) => (
                <li key={failure.line}>
                  <span className="import-line">Line {failure.line}</span>{' '}
                  <code className="mono">{failure.value}</code>: {failure.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
