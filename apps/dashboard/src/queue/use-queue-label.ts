import type { ReviewerVerdict, TransactionJson } from '@vigil/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { errorMessage } from '../api/errors';
import { orderLabel } from '../transactions/decision-words';
import { setLabel, transactionLabelsQueryKey } from '../transactions/labels-api';
import { useToast } from '../ui/toast-context';
import type { QueueStore } from './queue-store';

const SAID: Record<ReviewerVerdict, string> = { fraud: 'fraud', not_fraud: 'not fraud' };

/** `F` / `N` in the queue: the reviewer's verdict on the active order (docs/detection.md "Labels"). */
export function useQueueLabel(store: QueueStore): (tx: TransactionJson, verdict: ReviewerVerdict) => void {
  const toast = useToast();
  const client = useQueryClient();
  return useCallback(
    (tx, verdict) => {
      setLabel(tx.id, { label: verdict })
        .then((result) => {
          store.apply([result.transaction]);
          client.setQueryData(transactionLabelsQueryKey(tx.id), result);
          toast(`Labelled ${orderLabel(tx)} ${SAID[verdict]}`, 'success');
        })
        .catch((error: unknown) =>
          toast(`Could not label ${orderLabel(tx)}: ${errorMessage(error)}`, 'error'),
        );
    },
    [client, store, toast],
  );
}
