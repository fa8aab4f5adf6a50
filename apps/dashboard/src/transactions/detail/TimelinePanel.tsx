import type { TimelineEntryJson } from '@vigil/contracts';
import { useState } from 'react';
import { formatDateTime } from '../../format/time';
import { CopyButton } from '../../ui/CopyButton';
import { JsonTree } from './JsonTree';

function TimelineEntry({ entry }: { entry: TimelineEntryJson }) {
  const [open, setOpen] = useState(false);
  const late = Date.parse(entry.receivedAt) - Date.parse(entry.occurredAt);
  return (
    <li className="timeline-entry" data-testid="timeline-entry">
      <span className="timeline-dot" aria-hidden="true" />
      <div className="timeline-head">
        <span className="timeline-type">{entry.type}</span>
        <time className="timeline-time" dateTime={entry.occurredAt}>
          {formatDateTime(entry.occurredAt)}
        </time>
        {late > 60_000 ? (
          <span className="chip" title={`Received ${formatDateTime(entry.receivedAt)}`}>
            arrived late
          </span>
        ) : null}
      </div>
      <p className="timeline-meta">
        Event <code className="mono">{entry.eventId}</code>
      </p>
      {entry.cuts.length > 0 ? (
        <ul className="timeline-cuts" data-testid="timeline-cuts">
          {entry.cuts.map((cut) => (
            <li key={cut.field}>
              <span className="chip">cut</span> <code className="mono">{cut.field}</code> was {cut.length}{' '}
              characters; the first {cut.keptLength} are kept (the full value is in the payload)
            </li>
          ))}
        </ul>
      ) : null}
      <div className="timeline-payload">
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => setOpen((value) => !value)}
          data-testid="timeline-toggle"
        >
          {open ? 'Hide payload' : 'Show payload (card numbers masked)'}
        </button>
        {open ? (
          <div className="payload-box" data-testid="timeline-payload">
            <div className="payload-tools">
              <CopyButton value={JSON.stringify(entry.payload, null, 2)} label="Copy JSON" />
            </div>
            <JsonTree value={entry.payload} />
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** Every webhook that built this transaction, in the order they happened, with the stored payloads. */
export function TimelinePanel({ timeline }: { timeline: readonly TimelineEntryJson[] }) {
  return (
    <section className="panel detail-panel" aria-labelledby="timeline-title">
      <header className="panel-header">
        <div>
          <h2 id="timeline-title" className="panel-title">
            Event timeline
          </h2>
          <p className="panel-subtitle">
            {timeline.length} event{timeline.length === 1 ? '' : 's'}, oldest first
          </p>
        </div>
      </header>
      <div className="panel-body">
        {timeline.length === 0 ? (
          <p className="muted-text">No stored events (payloads are purged after the retention period).</p>
        ) : (
          <ol className="timeline" data-testid="timeline">
            {timeline.map((entry) => (
              <TimelineEntry key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
