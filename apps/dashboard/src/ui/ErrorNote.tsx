import { errorMessage } from '../api/errors';

/** An inline error under a form or control; nothing when there is no error. */
export function ErrorNote({ error, testId }: { error: unknown; testId?: string }) {
  if (error === null || error === undefined) return null;
  return (
    <p className="error-note" role="alert" data-testid={testId}>
      {typeof error === 'string' ? error : errorMessage(error)}
    </p>
  );
}
