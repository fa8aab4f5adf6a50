import type { AuditEventJson, AuditQueryParams, Page } from '@vigil/contracts';
import { api } from '../api/http';
import { withQuery } from '../api/query-string';

export function fetchAudit(params: AuditQueryParams, signal?: AbortSignal): Promise<Page<AuditEventJson>> {
  return api<Page<AuditEventJson>>(withQuery('/api/audit', { ...params }), { signal });
}
