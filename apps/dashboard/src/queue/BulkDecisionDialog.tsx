import { useState, type FormEvent } from 'react';
import type { DecisionAction } from '../transactions/decisions-api';
import { Dialog } from '../ui/Dialog';

/** Confirms a bulk decision, with an optional note recorded on every order. */
export function BulkDecisionDialog({
  action,
  count,
  onConfirm,
  onClose,
}: {
  action: DecisionAction;
  count: number;
  onConfirm(note: string): void;
  onClose(): void;
}) {
  const [note, setNote] = useState('');
  const verb = action === 'approve' ? 'Approve' : 'Block';

  function submit(event: FormEvent) {
    event.preventDefault();
    onConfirm(note.trim());
  }

  return (
    <Dialog title={`${verb} ${count} order${count === 1 ? '' : 's'}?`} onClose={onClose} testId="bulk-dialog">
      <form className="form" onSubmit={submit}>
        <p className="muted-text">
          {action === 'approve'
            ? 'They will be released to the store as approved.'
            : 'They will be reported to the store as blocked.'}
        </p>
        <label className="field">
          <span className="field-label">Note (optional)</span>
          <textarea
            className="input textarea"
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={`button ${action === 'approve' ? 'button-approve-solid' : 'button-danger'}`}
            autoFocus
            data-testid="bulk-confirm"
          >
            {verb} {count}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
