import type {
  CreateSourceRequest,
  RotateSourceRequest,
  SourceJson,
  SourceWithSecretJson,
  UpdateSourceRequest,
} from '@vigil/contracts';
import { api } from '../api/http';

export const sourcesKeys = { list: ['sources', 'list'] as const };

export async function fetchSources(signal?: AbortSignal): Promise<SourceJson[]> {
  return (await api<{ items: SourceJson[] }>('/api/sources', { signal })).items;
}

export function createSource(request: CreateSourceRequest): Promise<SourceWithSecretJson> {
  return api<SourceWithSecretJson>('/api/sources', { method: 'POST', body: request });
}

export function updateSource(id: string, patch: UpdateSourceRequest): Promise<SourceJson> {
  return api<SourceJson>(`/api/sources/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function rotateSource(id: string, request: RotateSourceRequest): Promise<SourceWithSecretJson> {
  return api<SourceWithSecretJson>(`/api/sources/${encodeURIComponent(id)}/rotate`, {
    method: 'POST',
    body: request,
  });
}
