import type {
  BulkDecisionRequest,
  DecisionAction,
  DecisionRequest,
  DeliveryJson,
  TransactionJson,
} from '@vigil/contracts';
import { isApiError } from '../api/errors';
import { api } from '../api/http';
import { isTransactionJson } from './transaction-guards';

/** The transaction's state in a 409 answer (`current`), when the server sent it. */
export function conflictCurrent(error: unknown): TransactionJson | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const body = error.body;
  if (typeof body !== 'object' || body === null) return null;
  const current = (body as { current?: unknown }).current;
  return isTransactionJson(current) ? current : null;
}

/** The transaction a write answered with; null when it answered something else (the caller refetches). */
function asTransaction(value: unknown): TransactionJson | null {
  return isTransactionJson(value) ? value : null;
}

const transactionPath = (id: string) => `/api/transactions/${encodeURIComponent(id)}`;

export async function decide(id: string, request: DecisionRequest): Promise<TransactionJson | null> {
  return asTransaction(
    await api<unknown>(`${transactionPath(id)}/decision`, { method: 'POST', body: request }),
  );
}

export async function claim(id: string): Promise<TransactionJson | null> {
  return asTransaction(await api<unknown>(`${transactionPath(id)}/claim`, { method: 'POST' }));
}

export async function releaseClaim(id: string): Promise<TransactionJson | null> {
  return asTransaction(await api<unknown>(`${transactionPath(id)}/claim`, { method: 'DELETE' }));
}

/** One more attempt of a decision webhook (owner); the worker sends it. */
export function redeliver(deliveryId: string): Promise<DeliveryJson> {
  return api<DeliveryJson>(`/api/deliveries/${encodeURIComponent(deliveryId)}/redeliver`, { method: 'POST' });
}

export interface BulkItemResult {
  id: string;
  ok: boolean;
  /** The transaction after the decision, or its current state after a refusal, when sent. */
  transaction: TransactionJson | null;
  /** Why it was refused. */
  message: string | null;
  status: number | null;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/**
 * Reads a bulk answer (`{results: [{id, status, transaction?, current?, message?}]}`), checking every entry:
 * a malformed one must not hide the outcome of the others.
 */
export function readBulkResults(body: unknown, requested: readonly string[]): BulkItemResult[] {
  const root = record(body);
  const list: unknown[] = Array.isArray(root?.['results']) ? (root['results'] as unknown[]) : [];
  const results: BulkItemResult[] = [];
  for (const entry of list) {
    const item = record(entry);
    if (!item) continue;
    const transaction = asTransaction(item['transaction']) ?? asTransaction(item['current']);
    const id = typeof item['id'] === 'string' ? item['id'] : (transaction?.id ?? null);
    if (!id) continue;
    const status = typeof item['status'] === 'number' ? item['status'] : null;
    const message = typeof item['message'] === 'string' ? item['message'] : null;
    const ok = status !== null ? status >= 200 && status < 300 : false;
    results.push({ id, ok, transaction, message, status });
  }
  // Anything the answer did not mention is reported rather than silently dropped.
  const seen = new Set(results.map((result) => result.id));
  for (const id of requested) {
    if (!seen.has(id))
      results.push({ id, ok: false, transaction: null, message: 'No answer for this order', status: null });
  }
  return results;
}

/** Decides several held orders at once; every order gets its own outcome (some may be stale, others pass). */
export async function decideBulk(request: BulkDecisionRequest): Promise<BulkItemResult[]> {
  const body = await api<unknown>('/api/transactions/decisions/bulk', { method: 'POST', body: request });
  return readBulkResults(
    body,
    request.items.map((item) => item.id),
  );
}

export type { DecisionAction };
