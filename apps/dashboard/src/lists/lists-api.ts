import type {
  AddListItemRequest,
  CreateListRequest,
  ListDetailJson,
  ListItemJson,
  ListJson,
} from '@vigil/contracts';
import { api, apiExchange } from '../api/http';
import { withQuery } from '../api/query-string';

export const listsKeys = {
  all: ['lists'] as const,
  list: ['lists', 'list'] as const,
  detail: (id: string, q: string) => ['lists', 'detail', id, q] as const,
};

export async function fetchLists(signal?: AbortSignal): Promise<ListJson[]> {
  return (await api<{ items: ListJson[] }>('/api/lists', { signal })).items;
}

export function fetchListPage(
  id: string,
  params: { limit: number; cursor?: string; q?: string },
  signal?: AbortSignal,
): Promise<ListDetailJson> {
  return api<ListDetailJson>(withQuery(`/api/lists/${encodeURIComponent(id)}`, params), { signal });
}

export function createList(request: CreateListRequest): Promise<ListJson> {
  return api<ListJson>('/api/lists', { method: 'POST', body: request });
}

/** Adds a value; `added` is false when the list already held it (the api answers 200 instead of 201). */
export async function addListItem(
  id: string,
  request: AddListItemRequest,
): Promise<{ item: ListItemJson; added: boolean }> {
  const { status, body } = await apiExchange<ListItemJson>(`/api/lists/${encodeURIComponent(id)}/items`, {
    method: 'POST',
    body: request,
  });
  return { item: body, added: status === 201 };
}

export function removeListItem(id: string, itemId: string): Promise<void> {
  return api<void>(`/api/lists/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}`, {
    method: 'DELETE',
  });
}
