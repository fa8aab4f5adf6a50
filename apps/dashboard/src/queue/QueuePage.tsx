import type { TransactionJson } from '@vigil/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan, useMe } from '../auth/current-user';
import { formatCount } from '../format/number';
import type { DecisionAction } from '../transactions/decisions-api';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';
import { useToast } from '../ui/toast-context';
import { useNow } from '../ui/use-now';
import { BulkDecisionDialog } from './BulkDecisionDialog';
import { QueueRow } from './QueueRow';
import { ShortcutHelp } from './ShortcutHelp';
import type { QueueCommand } from './queue-keys';
import { isQueueSort, QUEUE_SORT_LABEL, QUEUE_SORTS, sortQueue, type QueueSort } from './queue-sort';
import { useQueueActions } from './use-queue-actions';
import { useQueueLabel } from './use-queue-label';
import { useQueueKeyboard } from './use-queue-keyboard';
import { useReviewQueue } from './use-review-queue';
import './queue.css';

interface Cursor {
  id: string | null;
  /** Where it was: when that row leaves (decided), the one now in its place becomes active. */
  index: number;
}

/** Held orders, worked from the keyboard: claim, look, approve or block; every open dashboard stays in step. */
export function QueuePage() {
  const me = useMe();
  const canDecide = useCan('decide');
  const toast = useToast();
  const navigate = useNavigate();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const sortParam = params.get('sort');
  const sort: QueueSort = isQueueSort(sortParam) ? sortParam : 'waiting';

  const { store, items, query } = useReviewQueue(sort);
  const { refetch } = query;
  const refetchQueue = useCallback(() => void refetch(), [refetch]);
  const actions = useQueueActions(store, refetchQueue);
  const label = useQueueLabel(store);

  const [cursor, setCursor] = useState<Cursor>({ id: null, index: 0 });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [helpOpen, setHelpOpen] = useState(false);
  const [bulk, setBulk] = useState<DecisionAction | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const gridRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(() => {
    const shown = new Set(items.map((tx) => tx.id));
    const extra = [...actions.settled.values()].filter((tx) => !shown.has(tx.id));
    return sortQueue(extra.length > 0 ? [...items, ...extra] : items, sort);
  }, [items, actions.settled, sort]);

  const found = cursor.id === null ? -1 : rows.findIndex((tx) => tx.id === cursor.id);
  const activeIndex = rows.length === 0 ? -1 : found >= 0 ? found : Math.min(cursor.index, rows.length - 1);
  const active: TransactionJson | null = activeIndex >= 0 ? rows[activeIndex] : null;
  const selectedRows = rows.filter((tx) => selected.has(tx.id) && tx.status === 'review');

  const activate = useCallback(
    (id: string, index: number) =>
      setCursor((current) => (current.id === id && current.index === index ? current : { id, index })),
    [],
  );

  // Keyboard moves and decisions keep the active row focused (and scrolled into view).
  const activeId = active?.id ?? null;
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid || activeId === null) return;
    const focused = document.activeElement;
    if (focusTick === 0 && focused !== document.body && !grid.contains(focused)) return;
    const row = grid.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(activeId)}"]`);
    if (row && !row.contains(focused)) {
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'nearest' });
    }
  }, [activeId, focusTick]);

  const toggleSelect = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  function move(index: number) {
    if (rows.length === 0) return;
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    setCursor({ id: rows[clamped].id, index: clamped });
    setFocusTick((tick) => tick + 1);
  }

  function startBulk(action: DecisionAction) {
    if (!canDecide) return;
    if (selectedRows.length === 0) {
      toast('Select orders first (X or Space), then press Shift+A or Shift+B.');
      return;
    }
    setBulk(action);
  }

  function onCommand(command: QueueCommand) {
    switch (command) {
      case 'next':
        return move(activeIndex + 1);
      case 'previous':
        return move(activeIndex - 1);
      case 'first':
        return move(0);
      case 'last':
        return move(rows.length - 1);
      case 'help':
        return setHelpOpen((open) => !open);
      case 'clear':
        return setSelected(new Set());
      case 'bulk-approve':
        return startBulk('approve');
      case 'bulk-block':
        return startBulk('block');
    }
    if (!active) return;
    switch (command) {
      case 'open':
        return void navigate(`/transactions/${active.id}`, { state: { from: '/queue' } });
      case 'toggle-select':
        if (canDecide && active.status === 'review') toggleSelect(active.id);
        return;
      case 'approve':
      case 'block':
        if (canDecide) actions.decideOne(active, command);
        setFocusTick((tick) => tick + 1);
        return;
      case 'claim':
        if (canDecide) actions.toggleClaim(active);
        return;
      case 'label-fraud':
      case 'label-not-fraud':
        if (canDecide) label(active, command === 'label-fraud' ? 'fraud' : 'not_fraud');
        return;
    }
  }

  useQueueKeyboard(onCommand);

  const total = store.total ?? items.length;
  const subtitle = store.loaded ? (
    <>
      <span className="tabular" data-testid="queue-count">
        {formatCount(total)}
      </span>{' '}
      held{total > items.length ? ` · showing ${formatCount(items.length)}` : ''} · press <kbd>?</kbd> for
      shortcuts
    </>
  ) : (
    'Loading held orders…'
  );

  return (
    <main className="page queue-page">
      <PageHeader
        title="Review queue"
        subtitle={subtitle}
        actions={
          <>
            <label className="inline-field">
              <span className="inline-label">Sort</span>
              <select
                className="input select"
                value={sort}
                onChange={(event) => {
                  const next = new URLSearchParams(params);
                  next.set('sort', event.target.value);
                  setParams(next, { replace: true });
                }}
                data-testid="queue-sort"
              >
                {QUEUE_SORTS.map((value) => (
                  <option key={value} value={value}>
                    {QUEUE_SORT_LABEL[value]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button"
              aria-pressed={helpOpen}
              onClick={() => setHelpOpen((open) => !open)}
            >
              Shortcuts
            </button>
          </>
        }
      />

      {helpOpen ? <ShortcutHelp /> : null}

      {canDecide && selectedRows.length > 0 ? (
        <div className="bulk-bar" role="region" aria-label="Bulk decision" data-testid="bulk-bar">
          <span className="bulk-count">
            <span className="tabular">{selectedRows.length}</span> selected
          </span>
          <button
            type="button"
            className="button button-approve-solid"
            onClick={() => startBulk('approve')}
            data-testid="bulk-approve"
          >
            Approve selected
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => startBulk('block')}
            data-testid="bulk-block"
          >
            Block selected
          </button>
          <button type="button" className="button button-ghost" onClick={() => setSelected(new Set())}>
            Clear
          </button>
        </div>
      ) : null}

      <section className="panel queue-panel">
        {query.isError && !store.loaded ? (
          <QueryError error={query.error} what="the review queue" onRetry={refetchQueue} />
        ) : (
          <div
            ref={gridRef}
            className={`queue-grid${canDecide ? '' : ' is-readonly'}`}
            role="grid"
            aria-label="Held orders"
            aria-rowcount={rows.length + 1}
            aria-multiselectable={canDecide}
            data-testid="queue"
          >
            <div role="row" className="queue-row queue-head">
              <div role="columnheader" className="q-cell q-select">
                <span className="visually-hidden">Select</span>
              </div>
              <div role="columnheader" className="q-cell q-waiting">
                Waiting
              </div>
              <div role="columnheader" className="q-cell q-ref">
                Order
              </div>
              <div role="columnheader" className="q-cell q-amount">
                Amount
              </div>
              <div role="columnheader" className="q-cell q-score">
                Risk
              </div>
              <div role="columnheader" className="q-cell q-why">
                Why held
              </div>
              <div role="columnheader" className="q-cell q-claim">
                On it
              </div>
              <div role="columnheader" className="q-cell q-actions">
                <span className="visually-hidden">Actions</span>
              </div>
            </div>
            {rows.length === 0 ? (
              <div className="queue-empty" data-testid="queue-empty">
                {store.loaded
                  ? 'Nothing is held for review. New holds appear here the moment they happen.'
                  : 'Loading held orders…'}
              </div>
            ) : (
              rows.map((tx, index) => (
                <QueueRow
                  key={tx.id}
                  tx={tx}
                  index={index}
                  now={now}
                  meId={me.id}
                  active={index === activeIndex}
                  selected={selected.has(tx.id)}
                  pending={actions.pending.has(tx.id)}
                  note={actions.notes.get(tx.id) ?? null}
                  canDecide={canDecide}
                  onActivate={activate}
                  onToggleSelect={toggleSelect}
                  onDecide={actions.decideOne}
                  onClaim={actions.toggleClaim}
                  onDismiss={actions.dismiss}
                />
              ))
            )}
          </div>
        )}
      </section>

      {bulk ? (
        <BulkDecisionDialog
          action={bulk}
          count={selectedRows.length}
          onClose={() => setBulk(null)}
          onConfirm={(note) => {
            const chosen = selectedRows;
            setBulk(null);
            setSelected(new Set());
            void actions.decideMany(chosen, bulk, note);
          }}
        />
      ) : null}
    </main>
  );
}
