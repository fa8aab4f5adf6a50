import type { ListJson } from '@vigil/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/errors';
import { useCan } from '../auth/current-user';
import { formatCount } from '../format/number';
import { formatDateTime } from '../format/time';
import { ErrorNote } from '../ui/ErrorNote';
import { QueryError } from '../ui/QueryError';
import { useToast } from '../ui/toast-context';
import { ImportItems } from './ImportItems';
import { addListItem, fetchListPage, listsKeys, removeListItem } from './lists-api';

const PAGE_SIZE = 100;

function AddItem({ list }: { list: ListJson }) {
  const client = useQueryClient();
  const toast = useToast();
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const add = useMutation({
    mutationFn: () => addListItem(list.id, { value: value.trim(), note: note.trim() || null }),
    onSuccess: ({ item, added }) => {
      toast(
        added ? `Added ${item.value}` : `${item.value} was already on the list`,
        added ? 'success' : 'info',
      );
      setValue('');
      setNote('');
      void client.invalidateQueries({ queryKey: listsKeys.all });
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() !== '') add.mutate();
  }

  return (
    <form className="add-item" onSubmit={onSubmit}>
      <label className="field">
        <span className="field-label">Value</span>
        <input
          className="input input-small"
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            add.reset();
          }}
          placeholder={list.kind.replace('_', ' ')}
          data-testid="list-item-value"
        />
      </label>
      <label className="field">
        <span className="field-label">Note</span>
        <input className="input input-small" value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button
        type="submit"
        className="button"
        disabled={add.isPending || value.trim() === ''}
        data-testid="list-item-add"
      >
        Add
      </button>
      <ErrorNote error={add.error} testId="list-item-error" />
    </form>
  );
}

/** One list's items (newest first, searchable by prefix); owners add, remove and import. */
export function ListItems({ list }: { list: ListJson }) {
  const editable = useCan('editLists');
  const client = useQueryClient();
  const toast = useToast();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const items = useInfiniteQuery({
    queryKey: listsKeys.detail(list.id, q),
    queryFn: ({ pageParam, signal }) =>
      fetchListPage(list.id, { limit: PAGE_SIZE, cursor: pageParam, q: q || undefined }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const remove = useMutation({
    mutationFn: (itemId: string) => removeListItem(list.id, itemId),
    onSuccess: () => void client.invalidateQueries({ queryKey: listsKeys.all }),
    onError: (error) => toast(`Could not remove: ${errorMessage(error)}`, 'error'),
  });
  const rows = items.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="panel" aria-labelledby="list-items-title" data-testid="list-detail">
      <header className="panel-header">
        <div>
          <h2 id="list-items-title" className="panel-title">
            <code className="mono">@{list.name}</code>
          </h2>
          <p className="panel-subtitle">
            {list.kind.replace('_', ' ')} · {formatCount(list.itemCount)} item
            {list.itemCount === 1 ? '' : 's'}
            {list.description ? ` · ${list.description}` : ''}
          </p>
        </div>
      </header>
      {editable ? (
        <div className="panel-body list-tools">
          <AddItem list={list} />
          <ImportItems list={list} />
        </div>
      ) : null}
      <div className="panel-body">
        <label className="field">
          <span className="visually-hidden">Search items</span>
          <input
            className="input input-small"
            type="search"
            placeholder="Find values starting with…"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
      </div>
      {items.isError ? (
        <QueryError error={items.error} what="the list items" onRetry={() => void items.refetch()} />
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="list-items">
            <thead>
              <tr>
                <th scope="col">Value</th>
                <th scope="col">Note</th>
                <th scope="col">Added</th>
                {editable ? (
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <tr key={item.id} data-testid="list-item">
                  <td>
                    <code className="mono">{item.value}</code>
                  </td>
                  <td className="muted-text">{item.note ?? ''}</td>
                  <td className="nowrap muted-text">{formatDateTime(item.createdAt)}</td>
                  {editable ? (
                    <td className="num">
                      <button
                        type="button"
                        className="button button-ghost button-small"
                        disabled={remove.isPending && remove.variables === item.id}
                        onClick={() => remove.mutate(item.id)}
                        aria-label={`Remove ${item.value}`}
                        data-testid="list-item-remove"
                      >
                        Remove
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 ? (
            <p className="empty">
              {items.isPending ? 'Loading…' : q ? 'No values start with that.' : 'This list is empty.'}
            </p>
          ) : null}
        </div>
      )}
      {items.hasNextPage ? (
        <div className="table-footer">
          <span>Showing {formatCount(rows.length)}</span>
          <button
            type="button"
            className="button"
            disabled={items.isFetchingNextPage}
            onClick={() => void items.fetchNextPage()}
          >
            Load more
          </button>
        </div>
      ) : null}
    </section>
  );
}
