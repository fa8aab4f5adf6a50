import type { LabelRequest, TransactionLabelsJson } from '@vigil/contracts';
import { api } from '../api/http';

const labelPath = (id: string) => `/api/transactions/${encodeURIComponent(id)}/label`;

export const transactionLabelsQueryKey = (id: string) => ['transaction-labels', id] as const;

export function fetchLabels(id: string): Promise<TransactionLabelsJson> {
  return api<TransactionLabelsJson>(labelPath(id));
}

/** A reviewer's verdict (staff and owners); the latest one wins. */
export function setLabel(id: string, request: LabelRequest): Promise<TransactionLabelsJson> {
  return api<TransactionLabelsJson>(labelPath(id), { method: 'PUT', body: request });
}

/** Clears the reviewer's verdict (owner only); provider labels stay. */
export function clearLabel(id: string): Promise<TransactionLabelsJson> {
  return api<TransactionLabelsJson>(labelPath(id), { method: 'DELETE' });
}
