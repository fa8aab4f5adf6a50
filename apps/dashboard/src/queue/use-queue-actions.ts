import type { TransactionJson } from '@vigil/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { errorMessage, isConflict } from '../api/errors';
import { useMe } from '../auth/current-user';
import {
  claim,
  conflictCurrent,
  decide,
  decideBulk,
  releaseClaim,
  type DecisionAction,
} from '../transactions/decisions-api';
import { conflictExplanation, orderLabel } from '../transactions/decision-words';
import { claimOf } from '../transactions/review-fields';
import { fetchTransactionDetail } from '../transactions/transactions-api';
import { useToast } from '../ui/toast-context';
import type { QueueStore } from './queue-store';

export interface RowNote {
  tone: 'error' | 'info';
  text: string;
}

export interface QueueActions {
  /** Rows with a request in flight. */
  pending: ReadonlySet<string>;
  /** Explanations shown in place (a 409, a refusal). */
  notes: ReadonlyMap<string, RowNote>;
  /** Rows another person decided while this one tried: kept visible with the reason until dismissed. */
  settled: ReadonlyMap<string, TransactionJson>;
  decideOne(tx: TransactionJson, action: DecisionAction): void;
  decideMany(txs: readonly TransactionJson[], action: DecisionAction, note?: string): Promise<void>;
  toggleClaim(tx: TransactionJson): void;
  dismiss(id: string): void;
}

const PAST: Record<DecisionAction, string> = { approve: 'Approved', block: 'Blocked' };

function withKey<K, V>(map: ReadonlyMap<K, V>, key: K, value: V | null): Map<K, V> {
  const next = new Map(map);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next;
}

/** Decisions and claims from the queue, with their outcomes explained on the row they concern. */
export function useQueueActions(store: QueueStore, refetch: () => void): QueueActions {
  const me = useMe();
  const toast = useToast();
  const client = useQueryClient();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState<ReadonlyMap<string, RowNote>>(new Map());
  const [settled, setSettled] = useState<ReadonlyMap<string, TransactionJson>>(new Map());

  const setBusy = useCallback((ids: readonly string[], busy: boolean) => {
    setPending((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (busy) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const note = useCallback((id: string, value: RowNote | null) => {
    setNotes((current) => withKey(current, id, value));
  }, []);

  /** A fresh state from the server: into the queue, and any open detail of it is now stale. */
  const applyResult = useCallback(
    (tx: TransactionJson) => {
      store.apply([tx]);
      void client.invalidateQueries({ queryKey: ['transactions', 'detail', tx.id] });
    },
    [client, store],
  );

  /** The transaction carries only the decider's id: the detail's decision history names them. */
  const nameDecider = useCallback(
    (current: TransactionJson) => {
      fetchTransactionDetail(current.id)
        .then((detail) => {
          const last = detail.decisions?.at(-1);
          const email = last?.decidedBy?.email ?? null;
          if (email) note(current.id, { tone: 'error', text: conflictExplanation(current, me, email) });
        })
        .catch(() => {
          // The generic explanation already shown stays.
        });
    },
    [me, note],
  );

  const refuse = useCallback(
    (tx: TransactionJson, error: unknown) => {
      const current = conflictCurrent(error);
      if (current) {
        applyResult(current);
        if (current.status !== 'review') setSettled((map) => withKey(map, tx.id, current));
      } else {
        refetch();
      }
      const conflict = current !== null || isConflict(error);
      note(tx.id, { tone: 'error', text: conflict ? conflictExplanation(current, me) : errorMessage(error) });
      if (current && current.status !== 'review') nameDecider(current);
    },
    [applyResult, me, note, refetch, nameDecider],
  );

  const decideOne = useCallback(
    (tx: TransactionJson, action: DecisionAction) => {
      if (pending.has(tx.id) || tx.status !== 'review') return;
      setBusy([tx.id], true);
      note(tx.id, null);
      decide(tx.id, { action, version: tx.version })
        .then((result) => {
          if (result) applyResult(result);
          else refetch();
          toast(`${PAST[action]} ${orderLabel(tx)}`, 'success');
        })
        .catch((error: unknown) => refuse(tx, error))
        .finally(() => setBusy([tx.id], false));
    },
    [applyResult, note, pending, refetch, refuse, setBusy, toast],
  );

  const decideMany = useCallback(
    async (txs: readonly TransactionJson[], action: DecisionAction, text?: string) => {
      const held = txs.filter((tx) => tx.status === 'review' && !pending.has(tx.id));
      if (held.length === 0) return;
      const ids = held.map((tx) => tx.id);
      setBusy(ids, true);
      try {
        const results = await decideBulk({
          action,
          note: text || undefined,
          items: held.map((tx) => ({ id: tx.id, version: tx.version })),
        });
        const byId = new Map(held.map((tx) => [tx.id, tx]));
        let done = 0;
        for (const result of results) {
          const tx = byId.get(result.id);
          if (!tx) continue;
          if (result.ok) {
            done += 1;
            note(tx.id, null);
            if (result.transaction) applyResult(result.transaction);
            continue;
          }
          if (result.transaction) {
            const current = result.transaction;
            applyResult(current);
            if (current.status !== 'review') {
              setSettled((map) => withKey(map, tx.id, current));
              nameDecider(current);
            }
          }
          note(tx.id, {
            tone: 'error',
            text:
              result.status === 409 || result.transaction
                ? conflictExplanation(result.transaction, me)
                : (result.message ?? 'Not decided'),
          });
        }
        if (results.some((result) => result.ok && !result.transaction)) refetch();
        const failed = held.length - done;
        toast(
          failed === 0
            ? `${PAST[action]} ${done} order${done === 1 ? '' : 's'}`
            : `${PAST[action]} ${done} of ${held.length}; ${failed} could not be decided (see the rows)`,
          failed === 0 ? 'success' : 'error',
        );
      } catch (error) {
        toast(`Bulk decision failed: ${errorMessage(error)}`, 'error');
      } finally {
        setBusy(ids, false);
      }
    },
    [applyResult, me, note, nameDecider, pending, refetch, setBusy, toast],
  );

  const toggleClaim = useCallback(
    (tx: TransactionJson) => {
      if (pending.has(tx.id) || tx.status !== 'review') return;
      const mine = claimOf(tx)?.userId === me.id;
      setBusy([tx.id], true);
      note(tx.id, null);
      (mine ? releaseClaim(tx.id) : claim(tx.id))
        .then((result) => {
          if (result) applyResult(result);
          else refetch();
          toast(`${mine ? 'Released' : 'Claimed'} ${orderLabel(tx)}`, 'success');
        })
        .catch((error: unknown) => {
          const current = conflictCurrent(error);
          if (current) applyResult(current);
          note(tx.id, { tone: 'error', text: errorMessage(error) });
        })
        .finally(() => setBusy([tx.id], false));
    },
    [applyResult, me.id, note, pending, refetch, setBusy, toast],
  );

  const dismiss = useCallback(
    (id: string) => {
      note(id, null);
      setSettled((map) => withKey(map, id, null));
    },
    [note],
  );

  return { pending, notes, settled, decideOne, decideMany, toggleClaim, dismiss };
}
