import { AuditAction, DecisionAuditAction, RiskAuditAction, type AuditEventJson } from '@vigil/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { formatCount } from '../format/number';
import { formatDateTime } from '../format/time';
import { JsonTree } from '../transactions/detail/JsonTree';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';
import { auditQuery, EMPTY_AUDIT_FILTERS, type AuditFilters } from './audit-filters';
import { fetchAudit } from './audit-api';
import './audit.css';

const PAGE_SIZE = 100;

/** Known actions for the filter's suggestions (the api also takes a prefix ending in `*`). */
const KNOWN_ACTIONS = [
  ...new Set<string>([
    ...Object.values(AuditAction),
    ...Object.values(RiskAuditAction),
    ...Object.values(DecisionAuditAction),
    'auth.*',
    'user.*',
    'rule.*',
    'list.*',
    'source.*',
    'decision.*',
  ]),
].sort();

function AuditRow({ event }: { event: AuditEventJson }) {
  const hasDetails = Object.keys(event.details ?? {}).length > 0;
  return (
    <tr data-testid="audit-row" data-action={event.action}>
      <td className="nowrap muted-text">{formatDateTime(event.at)}</td>
      <td className="truncate">
        {event.actor.email ?? (event.actor.userId ? event.actor.userId.slice(0, 8) : 'system')}
      </td>
      <td>
        <code className="mono">{event.action}</code>
      </td>
      <td className="truncate">
        {event.target.type ? (
          <>
            {event.target.type} <code className="mono muted-text">{event.target.id}</code>
          </>
        ) : (
          '—'
        )}
      </td>
      <td>
        <span className={`chip ${event.result === 'success' ? 'chip-ok' : 'chip-danger'}`}>
          {event.result}
        </span>
      </td>
      <td className="nowrap" title={event.userAgent ?? undefined}>
        {event.ip ?? '—'}
      </td>
      <td>
        {hasDetails ? (
          <details>
            <summary className="link-button">Details</summary>
            <JsonTree value={event.details} />
          </details>
        ) : null}
      </td>
    </tr>
  );
}

/** Who did what, when, from where, with what result (owner only). */
export function AuditPage() {
  const [draft, setDraft] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const params = auditQuery(filters);
  const audit = useInfiniteQuery({
    queryKey: ['audit', params],
    queryFn: ({ pageParam, signal }) =>
      fetchAudit({ ...params, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = audit.data?.pages.flatMap((page) => page.items) ?? [];
  const total = audit.data?.pages[0]?.total ?? null;

  function set<K extends keyof AuditFilters>(key: K, value: string) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
  }

  return (
    <main className="page">
      <PageHeader
        title="Audit log"
        subtitle={total === null ? 'Every sign-in, decision and change.' : `${formatCount(total)} entries`}
      />
      <form className="filters audit-filters" onSubmit={onSubmit} role="search">
        <label className="field">
          <span className="field-label">Who</span>
          <input
            className="input input-small"
            placeholder="email or user id"
            value={draft.actor}
            onChange={(event) => set('actor', event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">Action</span>
          <input
            className="input input-small"
            list="audit-actions"
            placeholder="e.g. rule.* or auth.login"
            value={draft.action}
            onChange={(event) => set('action', event.target.value)}
            data-testid="audit-action"
          />
          <datalist id="audit-actions">
            {KNOWN_ACTIONS.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span className="field-label">From</span>
          <input
            className="input input-small"
            type="datetime-local"
            value={draft.from}
            onChange={(event) => set('from', event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">To</span>
          <input
            className="input input-small"
            type="datetime-local"
            value={draft.to}
            onChange={(event) => set('to', event.target.value)}
          />
        </label>
        <div className="audit-filter-actions">
          <button type="submit" className="button button-primary">
            Apply
          </button>
          <button
            type="button"
            className="button button-ghost"
            onClick={() => {
              setDraft(EMPTY_AUDIT_FILTERS);
              setFilters(EMPTY_AUDIT_FILTERS);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <section className="panel">
        {audit.isError ? (
          <QueryError error={audit.error} what="the audit log" onRetry={() => void audit.refetch()} />
        ) : (
          <div className="table-wrap">
            <table className="table audit-table" data-testid="audit">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Target</th>
                  <th scope="col">Result</th>
                  <th scope="col">From</th>
                  <th scope="col">
                    <span className="visually-hidden">Details</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((event) => (
                  <AuditRow key={event.id} event={event} />
                ))}
              </tbody>
            </table>
            {rows.length === 0 ? (
              <p className="empty">{audit.isPending ? 'Loading…' : 'Nothing matches.'}</p>
            ) : null}
          </div>
        )}
        {audit.hasNextPage ? (
          <div className="table-footer">
            <span>Showing {formatCount(rows.length)}</span>
            <button
              type="button"
              className="button"
              disabled={audit.isFetchingNextPage}
              onClick={() => void audit.fetchNextPage()}
            >
              Load more
            </button>
          </div>
        ) : null}
      </section>
    </main>
  );
}
