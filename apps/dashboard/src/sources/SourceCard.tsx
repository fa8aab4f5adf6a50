import type { SourceJson } from '@vigil/contracts';
import { formatCount } from '../format/number';
import { formatDateTime, formatDuration } from '../format/time';
import { CopyButton } from '../ui/CopyButton';
import { EXPIRY_TEXT } from './SourceForm';

const KIND_LABEL: Record<SourceJson['kind'], string> = {
  stripe: 'Stripe',
  shopify: 'Shopify',
  standard: 'Standard',
};

/** One webhook source: where it posts, how it is limited, what happens to its held orders. */
export function SourceCard({
  source,
  editable,
  onEdit,
  onRotate,
}: {
  source: SourceJson;
  editable: boolean;
  onEdit(): void;
  onRotate(): void;
}) {
  return (
    <article className="panel source-card" data-testid="source" data-source-id={source.id}>
      <header className="panel-header">
        <div>
          <h2 className="panel-title">
            {source.name} <span className="chip">{KIND_LABEL[source.kind]}</span>
          </h2>
          <p className="panel-subtitle">Added {formatDateTime(source.createdAt)}</p>
        </div>
        {editable ? (
          <div className="page-actions">
            <button type="button" className="button button-small" onClick={onEdit} data-testid="source-edit">
              Edit
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={onRotate}
              data-testid="source-rotate"
            >
              Rotate secret
            </button>
          </div>
        ) : null}
      </header>
      <dl className="facts panel-body">
        <div className="facts-item">
          <dt>Ingest URL</dt>
          <dd>
            <code className="mono source-url" data-testid="source-ingest-url">
              {source.ingestUrl}
            </code>
            <CopyButton value={source.ingestUrl} label="Copy URL" testId="source-copy-url" />
          </dd>
        </div>
        <div className="facts-item">
          <dt>Decision URL</dt>
          <dd>
            {source.decisionUrl ? (
              <code className="mono">{source.decisionUrl}</code>
            ) : (
              <span className="muted">none</span>
            )}
          </dd>
        </div>
        <div className="facts-item">
          <dt>Rate limit</dt>
          <dd>{formatCount(source.rateLimitPerSecond)} requests/s</dd>
        </div>
        {source.holdMinutes !== undefined ? (
          <div className="facts-item">
            <dt>Held orders</dt>
            <dd>
              after {formatDuration(source.holdMinutes * 60_000)},{' '}
              {EXPIRY_TEXT[source.onHoldExpiry] ?? source.onHoldExpiry}
              {source.notifyAutoApprovals ? ' · automatic approvals are sent too' : ''}
            </dd>
          </div>
        ) : null}
        {source.previousSecretExpiresAt ? (
          <div className="facts-item">
            <dt>Old secret</dt>
            <dd className="warn-text">
              still accepted until {formatDateTime(source.previousSecretExpiresAt)}
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
