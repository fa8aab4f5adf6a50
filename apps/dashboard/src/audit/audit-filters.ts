import type { AuditQueryParams } from '@vigil/contracts';

export interface AuditFilters {
  actor: string;
  action: string;
  /** `datetime-local` values (the viewer's time zone). */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilters = { actor: '', action: '', from: '', to: '' };

/** Filter fields → query parameters: trimmed, empty ones left out, local times as ISO instants. */
export function auditQuery(filters: AuditFilters): AuditQueryParams {
  const toIso = (local: string): string | undefined => {
    if (local.trim() === '') return undefined;
    const ms = Date.parse(local);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  };
  return {
    actor: filters.actor.trim() || undefined,
    action: filters.action.trim() || undefined,
    from: toIso(filters.from),
    to: toIso(filters.to),
  };
}
