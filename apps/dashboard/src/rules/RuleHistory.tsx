import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '../format/time';
import { QueryError } from '../ui/QueryError';
import { fetchRuleVersions, rulesKeys } from './rules-api';

/** Earlier versions of a rule: who changed what, when (loaded when opened). */
export function RuleHistory({ ruleId }: { ruleId: string }) {
  const [open, setOpen] = useState(false);
  const versions = useQuery({
    queryKey: rulesKeys.versions(ruleId),
    queryFn: ({ signal }) => fetchRuleVersions(ruleId, signal),
    enabled: open,
  });
  return (
    <details className="rule-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="link-button">Version history</summary>
      {versions.isError ? <QueryError error={versions.error} what="the version history" /> : null}
      {versions.data ? (
        <ol className="history-list">
          {versions.data.map((version) => (
            <li key={version.version} className="rule-version">
              <div className="history-head">
                <span className="chip">v{version.version}</span>
                <span>{version.change}</span>
                <span className="muted-text">
                  {formatDateTime(version.createdAt)}
                  {version.changedBy ? ` · ${version.changedBy}` : ''}
                </span>
                <span className="chip">{version.enabled ? 'enabled' : 'disabled'}</span>
              </div>
              <code className="mono rule-version-expression">{version.expression}</code>
            </li>
          ))}
        </ol>
      ) : open ? (
        <p className="muted-text">Loading…</p>
      ) : null}
    </details>
  );
}
