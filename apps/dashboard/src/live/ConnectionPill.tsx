import type { ConnectionStatus } from './live-feed-store';
import { useConnectionStatus } from './live-context';

const DESCRIPTION: Record<ConnectionStatus, string> = {
  live: 'Receiving transactions as they happen',
  connecting: 'Connecting to the live channel…',
  offline: 'Live channel unreachable; retrying in the background',
};

/** The live channel's state. Its text is exactly `live`, `connecting` or `offline`. */
export function ConnectionPill() {
  const status = useConnectionStatus();
  return (
    <span
      className={`pill pill-${status}`}
      title={DESCRIPTION[status]}
      role="status"
      aria-label={`Live channel: ${status}`}
    >
      <span className="pill-dot" aria-hidden="true" />
      <span data-testid="connection-status" data-status={status}>
        {status}
      </span>
    </span>
  );
}
