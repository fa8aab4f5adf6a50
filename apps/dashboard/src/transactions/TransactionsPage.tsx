import { TRANSACTION_STATUSES, type TransactionStatus } from '@vigil/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatMinorUnits } from '../format/money';
import { formatCount } from '../format/number';
import { formatDateTime } from '../format/time';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';
import { ScoreMeter } from './ScoreMeter';
import { LabelTags, StatusBadge } from './StatusBadge';
import { fetchTransactions } from './transactions-api';

const STATUS_TEXT: Record<TransactionStatus, string> = {
  approved: 'Approved',
  review: 'Held',
  blocked: 'Blocked',
};
const PAGE_SIZE = 50;

function isStatus(value: string | null): value is TransactionStatus {
  return value !== null && (TRANSACTION_STATUSES as readonly string[]).includes(value);
}

/** Every stored transaction, newest first; search by order, payment, email or IP. */
export function TransactionsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const [draft, setDraft] = useState(q);

  const query = useInfiniteQuery({
    queryKey: ['transactions', 'search', { q, status }],
    queryFn: ({ pageParam, signal }) =>
      fetchTransactions({ limit: PAGE_SIZE, q: q || undefined, status, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total ?? null;

  function update(next: { q?: string; status?: string }) {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  }

  function onSearch(event: FormEvent) {
    event.preventDefault();
    update({ q: draft.trim() });
  }

  return (
    <main className="page">
      <PageHeader
        title="Transactions"
        subtitle={total === null ? 'Search every order and payment.' : `${formatCount(total)} matching`}
      />
      <form className="filters" role="search" onSubmit={onSearch}>
        <label className="field filters-q">
          <span className="visually-hidden">Search</span>
          <input
            className="input input-small"
            type="search"
            placeholder="Order id, payment id, email or IP"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            data-testid="transactions-search"
          />
        </label>
        <label className="inline-field">
          <span className="inline-label">Status</span>
          <select
            className="input select"
            value={status ?? ''}
            onChange={(event) => update({ status: event.target.value })}
          >
            <option value="">Any</option>
            {TRANSACTION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_TEXT[value]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <section className="panel">
        {query.isError && items.length === 0 ? (
          <QueryError error={query.error} what="transactions" onRetry={() => void query.refetch()} />
        ) : (
          <div className="table-wrap">
            <table className="table tx-table" data-testid="transactions-table">
              <thead>
                <tr>
                  <th scope="col">Created</th>
                  <th scope="col">Order / payment</th>
                  <th scope="col">Customer</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col">Score</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {items.map((tx) => (
                  <tr key={tx.id} data-testid="transaction-row" data-order-id={tx.orderId ?? undefined}>
                    <td className="nowrap muted-text">{formatDateTime(tx.createdAt)}</td>
                    <td>
                      <Link to={`/transactions/${tx.id}`} state={{ from: '/transactions' }} className="mono">
                        {tx.orderId ?? tx.paymentId ?? tx.id.slice(0, 8)}
                      </Link>
                    </td>
                    <td className="truncate">{tx.customer.email ?? tx.customer.name ?? '—'}</td>
                    <td className="num">{formatMinorUnits(tx.amount, tx.currency)}</td>
                    <td>
                      <ScoreMeter score={tx.score} />
                    </td>
                    <td className="nowrap">
                      <StatusBadge status={tx.status} />
                      <LabelTags labels={tx.labels} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {items.length === 0 ? (
              <p className="empty">{query.isPending ? 'Loading…' : 'No transactions match.'}</p>
            ) : null}
          </div>
        )}
        {query.hasNextPage ? (
          <div className="table-footer">
            <span>
              Showing {formatCount(items.length)}
              {total !== null ? ` of ${formatCount(total)}` : ''}
            </span>
            <button
              type="button"
              className="button"
              disabled={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          </div>
        ) : null}
      </section>
    </main>
  );
}
