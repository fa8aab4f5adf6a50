import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '../auth/current-user';
import { formatCount } from '../format/number';
import { Dialog } from '../ui/Dialog';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';
import { ListItems } from './ListItems';
import { NewListForm } from './NewListForm';
import { fetchLists, listsKeys } from './lists-api';
import './lists.css';

/** Allow and block lists that rules refer to (`@name`): what each holds, and its items. */
export function ListsPage() {
  const editable = useCan('editLists');
  const navigate = useNavigate();
  const { id } = useParams();
  const [creating, setCreating] = useState(false);
  const lists = useQuery({ queryKey: listsKeys.list, queryFn: ({ signal }) => fetchLists(signal) });
  const all = lists.data ?? [];
  const selected = all.find((list) => list.id === id) ?? null;

  return (
    <main className="page">
      <PageHeader
        title="Lists"
        subtitle={
          <>
            Values rules match with <code className="mono">in @list</code>: blocked emails, cards, IPs,
            countries…
          </>
        }
        actions={
          editable ? (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              New list
            </button>
          ) : null
        }
      />
      <div className="lists-layout">
        <nav className="panel lists-nav" aria-label="Lists">
          {lists.isError ? (
            <QueryError error={lists.error} what="the lists" onRetry={() => void lists.refetch()} />
          ) : (
            <ul className="lists-menu" data-testid="lists">
              {all.map((list) => (
                <li key={list.id}>
                  <Link
                    to={`/lists/${list.id}`}
                    className={`lists-link${list.id === id ? ' is-active' : ''}`}
                    aria-current={list.id === id ? 'page' : undefined}
                    data-testid="list-link"
                    data-list-name={list.name}
                  >
                    <span className="lists-name">@{list.name}</span>
                    <span className="lists-meta">
                      {list.kind.replace('_', ' ')} ·{' '}
                      <span className="tabular">{formatCount(list.itemCount)}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </nav>
        <div className="lists-detail">
          {selected ? (
            <ListItems key={selected.id} list={selected} />
          ) : (
            <div className="panel empty">
              {lists.isPending ? 'Loading…' : 'Choose a list to see its items.'}
            </div>
          )}
        </div>
      </div>
      {creating ? (
        <Dialog title="New list" onClose={() => setCreating(false)}>
          <NewListForm
            onCreated={(list) => {
              setCreating(false);
              void navigate(`/lists/${list.id}`);
            }}
          />
        </Dialog>
      ) : null}
    </main>
  );
}
