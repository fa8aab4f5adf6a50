import type { Page, TransactionDetailJson, TransactionJson, TransactionStatus } from '@vigil/contracts';
import { api } from '../api/http';
import { withQuery } from '../api/query-string';
import { isTransactionJson } from './transaction-guards';

export interface TransactionListParams {
  limit: number;
  status?: TransactionStatus;
  q?: string;
  sourceId?: string;
  from?: string;
  to?: string;
  cursor?: string;
  /** Review queue order (servers without it answer newest first; the queue sorts again anyway). */
  sort?: 'waiting' | 'risk' | 'amount';
}

export const transactionsQueryKey = (params: TransactionListParams) =>
  ['transactions', 'list', params] as const;

export const transactionDetailQueryKey = (id: string) => ['transactions', 'detail', id] as const;

/** `GET /api/transactions`: newest first unless `sort` says otherwise. */
export async function fetchTransactions(
  params: TransactionListParams,
  signal?: AbortSignal,
): Promise<Page<TransactionJson>> {
  const page = await api<Page<TransactionJson>>(withQuery('/api/transactions', { ...params }), { signal });
  return { ...page, items: page.items.filter(isTransactionJson) };
}

/** `GET /api/transactions/:id`: the full record with its timeline, decisions and deliveries. */
export function fetchTransactionDetail(id: string, signal?: AbortSignal): Promise<TransactionDetailJson> {
  return api<TransactionDetailJson>(`/api/transactions/${encodeURIComponent(id)}`, { signal });
}
