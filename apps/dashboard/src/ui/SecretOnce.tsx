import { CopyButton } from './CopyButton';

/** A secret shown this one time (webhook secret, generated password, recovery codes): copy it now. */
export function SecretOnce({
  title,
  value,
  hint,
  onDismiss,
  testId,
}: {
  title: string;
  value: string;
  hint: string;
  onDismiss(): void;
  testId?: string;
}) {
  return (
    <div className="secret-box" role="alert" data-testid={testId}>
      <p className="field-label">{title}</p>
      <div className="secret-value">
        <code data-testid={testId ? `${testId}-value` : undefined}>{value}</code>
        <CopyButton value={value} />
      </div>
      <p className="field-hint">{hint}</p>
      <div>
        <button type="button" className="button button-small" onClick={onDismiss}>
          I have stored it
        </button>
      </div>
    </div>
  );
}
