import { errorMessage, isEndpointMissing, isForbidden } from '../api/errors';
import { NotAvailable } from './NotAvailable';

/** Why a query failed, with a retry; a route the server lacks reads as "not available", not as an error. */
export function QueryError({
  error,
  what,
  onRetry,
}: {
  error: unknown;
  /** "the review queue", "this list"… */
  what: string;
  onRetry?: () => void;
}) {
  if (isEndpointMissing(error)) return <NotAvailable title={`${capitalize(what)} is not available yet`} />;
  if (isForbidden(error))
    return <NotAvailable title="Not allowed">{`Your role cannot see ${what}.`}</NotAvailable>;
  return (
    <div className="error-note" role="alert">
      <p>
        Couldn’t load {what}: {errorMessage(error)}
      </p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
