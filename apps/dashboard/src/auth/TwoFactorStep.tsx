import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/errors';
import { useTwoFactorLogin } from './use-auth';

/** Second sign-in step: a code from the authenticator app, or one of the recovery codes. */
export function TwoFactorStep({ challenge, onRestart }: { challenge: string; onRestart(): void }) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const verify = useTwoFactorLogin();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = code.trim();
    if (value === '' || verify.isPending) return;
    verify.mutate(
      useRecovery ? { challenge, recoveryCode: value } : { challenge, code: value.replace(/\s+/g, '') },
    );
  }

  return (
    <form className="login-card" onSubmit={onSubmit} noValidate aria-labelledby="twofactor-title">
      <div className="login-brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Vigil</span>
      </div>
      <h1 id="twofactor-title" className="login-title">
        Two-factor sign-in
      </h1>
      <p className="login-subtitle">
        {useRecovery
          ? 'Enter one of your recovery codes. Each works once.'
          : 'Enter the 6-digit code from your authenticator app.'}
      </p>
      <label className="field">
        <span className="field-label">{useRecovery ? 'Recovery code' : 'Code'}</span>
        <input
          key={useRecovery ? 'recovery' : 'code'}
          className="input otp"
          name="code"
          inputMode={useRecovery ? 'text' : 'numeric'}
          autoComplete="one-time-code"
          autoFocus
          maxLength={useRecovery ? 64 : 10}
          value={code}
          onChange={(event) => {
            setCode(event.target.value);
            if (verify.error) verify.reset();
          }}
          data-testid="login-2fa-code"
        />
      </label>
      {verify.error ? (
        <div className="login-error" role="alert">
          <p data-testid="login-error">{errorMessage(verify.error)}</p>
        </div>
      ) : null}
      <button
        className="button button-primary login-submit"
        type="submit"
        disabled={verify.isPending}
        data-testid="login-2fa-submit"
      >
        {verify.isPending ? 'Checking…' : 'Verify'}
      </button>
      <div className="login-links">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setUseRecovery((value) => !value);
            setCode('');
            verify.reset();
          }}
        >
          {useRecovery ? 'Use the authenticator app' : 'Use a recovery code'}
        </button>
        <button type="button" className="link-button" onClick={onRestart}>
          Start over
        </button>
      </div>
    </form>
  );
}
