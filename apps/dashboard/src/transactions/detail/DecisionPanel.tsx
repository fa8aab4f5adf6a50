import type { DecisionAction, ListableField, TransactionDetailJson, TransactionJson } from '@vigil/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, isConflict } from '../../api/errors';
import { useMe } from '../../auth/current-user';
import { formatClock } from '../../format/time';
import { useToast } from '../../ui/toast-context';
import { useNow } from '../../ui/use-now';
import { claim, conflictCurrent, decide, releaseClaim } from '../decisions-api';
import { conflictExplanation, orderLabel } from '../decision-words';
import { claimOf } from '../review-fields';
import { transactionDetailQueryKey } from '../transactions-api';
import { LIST_TARGET_LABEL, listTargets } from './list-targets';

interface DecideInput {
  action: DecisionAction;
  note: string;
  addToLists: ListableField[];
}

/** Approve or block a held order: with a note, optionally adding its email, card, IP… to the block lists. */
export function DecisionPanel({ tx }: { tx: TransactionDetailJson }) {
  const me = useMe();
  const now = useNow();
  const toast = useToast();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [lists, setLists] = useState<ReadonlySet<ListableField>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const key = transactionDetailQueryKey(tx.id);
  const holder = claimOf(tx, now);
  const mine = holder?.userId === me.id;
  const targets = listTargets(tx);

  /** The server's newer state: shown at once, the rest (timeline, decisions) reloaded. */
  function refresh(next: TransactionJson | null) {
    if (next) {
      client.setQueryData<TransactionDetailJson>(key, (detail) => (detail ? { ...detail, ...next } : detail));
    }
    void client.invalidateQueries({ queryKey: key });
  }

  const decision = useMutation({
    mutationFn: (input: DecideInput) =>
      decide(tx.id, {
        action: input.action,
        version: tx.version,
        note: input.note || undefined,
        addToLists: input.action === 'block' && input.addToLists.length > 0 ? input.addToLists : undefined,
      }),
    onMutate: () => setProblem(null),
    onSuccess: (result, input) => {
      refresh(result);
      toast(`${input.action === 'approve' ? 'Approved' : 'Blocked'} ${orderLabel(tx)}`, 'success');
    },
    onError: (error) => {
      const current = conflictCurrent(error);
      if (isConflict(error)) refresh(current);
      setProblem(isConflict(error) ? conflictExplanation(current, me) : errorMessage(error));
    },
  });

  const claiming = useMutation({
    mutationFn: () => (mine ? releaseClaim(tx.id) : claim(tx.id)),
    onMutate: () => setProblem(null),
    onSuccess: (result) => refresh(result),
    onError: (error) => {
      if (isConflict(error)) refresh(conflictCurrent(error));
      setProblem(errorMessage(error));
    },
  });

  const busy = decision.isPending || claiming.isPending;

  if (tx.status !== 'review') {
    const last = tx.decisions?.at(-1);
    const verb = tx.status === 'approved' ? 'Approved' : 'Blocked';
    const who = last?.decidedBy
      ? last.decidedBy.id === me.id
        ? 'you'
        : (last.decidedBy.email ?? 'a former user')
      : null;
    return (
      <section className="panel detail-panel" aria-labelledby="decide-title" data-testid="decision-panel">
        <header className="panel-header">
          <h2 id="decide-title" className="panel-title">
            Decision
          </h2>
        </header>
        <div className="panel-body form">
          <p data-testid="decision-outcome">
            {verb}
            {who ? ` by ${who}` : last ? ' automatically' : ''}
            {last ? ` at ${formatClock(last.at)}` : ''}. It is no longer held.
          </p>
          {problem ? (
            <p className="error-note" role="alert" data-testid="decision-error">
              {problem}
            </p>
          ) : null}
        </div>
      </section>
    );
  }

  function run(action: DecisionAction) {
    decision.mutate({ action, note: note.trim(), addToLists: [...lists] });
  }

  function toggleList(kind: ListableField) {
    setLists((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  }

  return (
    <section
      className="panel detail-panel decision-panel"
      aria-labelledby="decide-title"
      data-testid="decision-panel"
    >
      <header className="panel-header">
        <div>
          <h2 id="decide-title" className="panel-title">
            Decide
          </h2>
          <p className="panel-subtitle" data-testid="detail-claim">
            {holder
              ? mine
                ? `You are on it${holder.expiresAt ? ` until ${formatClock(holder.expiresAt)}` : ''}.`
                : `${holder.email ?? 'Someone else'} is on it${holder.expiresAt ? ` until ${formatClock(holder.expiresAt)}` : ''}.`
              : 'Nobody has claimed this order.'}
          </p>
        </div>
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => claiming.mutate()}
          data-testid="detail-claim-toggle"
        >
          {mine ? 'Release' : 'Claim'}
        </button>
      </header>
      <div className="panel-body form">
        <label className="field">
          <span className="field-label">Note</span>
          <textarea
            className="input textarea"
            rows={2}
            maxLength={1000}
            placeholder="Why (kept in the decision history)"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            data-testid="decision-note"
          />
        </label>
        {targets.length > 0 ? (
          <fieldset className="fieldset">
            <legend className="field-label">When blocking, also add to the block lists</legend>
            <div className="checkbox-grid">
              {targets.map((target) => (
                <label key={target.kind} className="checkbox">
                  <input
                    type="checkbox"
                    checked={lists.has(target.kind)}
                    onChange={() => toggleList(target.kind)}
                    data-testid={`add-to-list-${target.kind}`}
                  />
                  <span>
                    {LIST_TARGET_LABEL[target.kind]} <code className="mono muted-text">{target.value}</code>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        {problem ? (
          <p className="error-note" role="alert" data-testid="decision-error">
            {problem}
          </p>
        ) : null}
        <div className="form-actions decision-actions">
          <button
            type="button"
            className="button button-approve-solid"
            disabled={busy}
            onClick={() => run('approve')}
            data-testid="detail-approve"
          >
            Approve
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => run('block')}
            data-testid="detail-block"
          >
            {lists.size > 0 ? `Block and add ${lists.size} to lists` : 'Block'}
          </button>
        </div>
      </div>
    </section>
  );
}
