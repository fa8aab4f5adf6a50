import type { Ref } from 'react';
import { sliceAtProblem } from './expression-error';
import type { ExpressionCheck } from './use-expression-check';

/** The expression editor: monospace, checked as you type, the offending position highlighted. */
export function ExpressionField({
  value,
  onChange,
  check,
  inputRef,
  onGoTo,
}: {
  value: string;
  onChange(value: string): void;
  check: ExpressionCheck;
  inputRef: Ref<HTMLTextAreaElement>;
  /** Puts the cursor at a position of the expression. */
  onGoTo(position: number, length: number): void;
}) {
  const invalid = check.state === 'invalid';
  const slices =
    check.state === 'invalid' && check.problem.position !== null
      ? sliceAtProblem(value, check.problem.position, check.problem.length)
      : null;
  return (
    <div className="field">
      <label className="field-label" htmlFor="rule-expression">
        Expression
      </label>
      <textarea
        id="rule-expression"
        ref={inputRef}
        className="input textarea expression-input"
        rows={4}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby="rule-expression-status"
        placeholder=":amount: > 50000 and :billing_country: != :shipping_country:"
        onChange={(event) => onChange(event.target.value)}
        data-testid="rule-expression"
      />
      <div id="rule-expression-status" className="expression-status" aria-live="polite">
        {check.state === 'checking' ? <span className="muted-text">Checking…</span> : null}
        {check.state === 'valid' ? (
          <span className="expression-ok" data-testid="expression-valid">
            ✓ Valid expression
          </span>
        ) : null}
        {check.state === 'unavailable' ? <span className="muted-text">{check.message}</span> : null}
        {check.state === 'invalid' ? (
          <div className="expression-error" role="alert" data-testid="expression-error">
            <p>
              {check.problem.line !== null
                ? `Line ${check.problem.line}, column ${check.problem.column}: `
                : null}
              {check.problem.message.replace(/^at position \d+:\s*/, '')}
            </p>
            {slices ? (
              <>
                <pre className="expression-snippet" aria-hidden="true">
                  {slices.before}
                  <mark data-testid="expression-error-mark">{slices.at}</mark>
                  {slices.after}
                </pre>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onGoTo(check.problem.position ?? 0, check.problem.length)}
                >
                  Go to the error
                </button>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
