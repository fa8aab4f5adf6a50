import type { Page, TransactionJson } from '@vigil/contracts';
import { api } from '../api/http';
import { isTransactionJson } from './transaction-guards';

export interface TransactionListParams {
  limit: number;
}

export const transactionsQueryKey = (params: TransactionListParams) =>
  ['transactions', 'list', params] as const;

/** `GET /api/transactions`: newest first. */
export async function fetchTransactions(
  params: TransactionListParams,
  signal?: AbortSignal,
): Promise<Page<TransactionJson>> {
  const query = new URLSearchParams({ limit: String(params.limit) });
  const page = await api<Page<TransactionJson>>(`/api/transactions?${query.toString()}`, { signal });
  return { ...page, items: page.items.filter(isTransactionJson) };
}
