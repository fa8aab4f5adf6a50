import { useState, type FormEvent } from 'react';
import { errorMessage, isApiError } from '../api/errors';
import { formatWait } from '../format/time';
import { TwoFactorStep } from './TwoFactorStep';
import { useLogin } from './use-auth';
import './login.css';

export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const loginMutation = useLogin();
  const { error, isPending } = loginMutation;
  const retryAfter = isApiError(error) && error.status === 429 ? error.retryAfterSeconds : null;
  const message = missing ? 'Enter your email and password.' : error ? errorMessage(error) : null;
  const challenge = loginMutation.data?.kind === 'two-factor' ? loginMutation.data.challenge : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const trimmed = email.trim();
    if (trimmed === '' || password === '') {
      loginMutation.reset();
      setMissing(true);
      return;
    }
    loginMutation.mutate({ email: trimmed, password });
  }

  function clearError() {
    setMissing(false);
    if (error) loginMutation.reset();
  }

  if (challenge) {
    return (
      <main className="login">
        <title>Two-factor sign-in · Vigil</title>
        <TwoFactorStep
          challenge={challenge}
          onRestart={() => {
            loginMutation.reset();
            setPassword('');
          }}
        />
      </main>
    );
  }

  return (
    <main className="login">
      <title>Sign in · Vigil</title>
      <form className="login-card" onSubmit={onSubmit} noValidate aria-labelledby="login-title">
        <div className="login-brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Vigil</span>
        </div>
        <h1 id="login-title" className="login-title">
          Sign in
        </h1>
        <p className="login-subtitle">Real-time fraud monitoring for your store.</p>

        <label className="field">
          <span className="field-label">Email</span>
          <input
            className="input"
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            autoFocus
            required
            aria-invalid={missing && email.trim() === '' ? true : undefined}
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              clearError();
            }}
            data-testid="login-email"
          />
        </label>

        <label className="field">
          <span className="field-label">Password</span>
          <input
            className="input"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            aria-invalid={missing && password === '' ? true : undefined}
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              clearError();
            }}
            data-testid="login-password"
          />
        </label>

        {message !== null ? (
          <div className="login-error" role="alert">
            <p data-testid="login-error">{message}</p>
            {retryAfter !== null ? (
              <p className="login-error-hint" data-testid="login-retry-after">
                You can try again in {formatWait(retryAfter)}.
              </p>
            ) : null}
          </div>
        ) : null}

        <button
          className="button button-primary login-submit"
          type="submit"
          disabled={isPending}
          data-testid="login-submit"
        >
          {isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
