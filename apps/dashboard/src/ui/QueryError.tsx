import { errorMessage, isForbidden } from '../api/errors';

/** Why a query failed, with a retry; a 403 says the role cannot see it, which no retry changes. */
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
  if (isForbidden(error))
    return (
      <div className="not-allowed" role="status" data-testid="not-allowed">
        <p className="not-allowed-title">Not allowed</p>
        <p className="not-allowed-body">{`Your role cannot see ${what}.`}</p>
      </div>
    );
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
