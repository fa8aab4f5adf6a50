import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useMe } from '../auth/current-user';
import { markSignedOut, meQueryKey } from '../auth/session';
import { ErrorNote } from '../ui/ErrorNote';
import { PageHeader } from '../ui/PageHeader';
import { useToast } from '../ui/toast-context';
import { ChangePasswordForm } from './ChangePasswordForm';
import { TwoFactorSetup } from './TwoFactorSetup';
import { disableTwoFactor, logoutEverywhere } from './account-api';
import './account.css';

function DisableTwoFactor() {
  const client = useQueryClient();
  const toast = useToast();
  const [password, setPassword] = useState('');
  const disable = useMutation({
    mutationFn: () => disableTwoFactor(password),
    onSuccess: () => {
      toast('Two-factor sign-in is off', 'success');
      void client.invalidateQueries({ queryKey: meQueryKey });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== '') disable.mutate();
  }

  return (
    <form className="form narrow-form" onSubmit={submit}>
      <p className="ok-note">Two-factor sign-in is on.</p>
      <label className="field">
        <span className="field-label">Password, to turn it off</span>
        <input
          className="input"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      <ErrorNote error={disable.error} />
      <div>
        <button type="submit" className="button" disabled={disable.isPending || password === ''}>
          Turn off two-factor sign-in
        </button>
      </div>
    </form>
  );
}

/** The signed-in person's own settings: password, two-factor sign-in, sessions. */
export function AccountPage() {
  const me = useMe();
  const client = useQueryClient();
  const everywhere = useMutation({ mutationFn: logoutEverywhere, onSuccess: () => markSignedOut(client) });

  return (
    <main className="page account-page">
      <PageHeader title="Account" subtitle={`${me.email} · ${me.role}`} />
      <section className="panel" aria-labelledby="password-title">
        <header className="panel-header">
          <h2 id="password-title" className="panel-title">
            Password
          </h2>
        </header>
        <div className="panel-body">
          <ChangePasswordForm />
        </div>
      </section>
      <section className="panel" aria-labelledby="twofactor-title" data-testid="two-factor">
        <header className="panel-header">
          <h2 id="twofactor-title" className="panel-title">
            Two-factor sign-in
          </h2>
        </header>
        <div className="panel-body">
          {me.twoFactorEnabled ? (
            <DisableTwoFactor />
          ) : (
            <TwoFactorSetup onEnabled={() => void client.invalidateQueries({ queryKey: meQueryKey })} />
          )}
        </div>
      </section>
      <section className="panel" aria-labelledby="sessions-title">
        <header className="panel-header">
          <div>
            <h2 id="sessions-title" className="panel-title">
              Sessions
            </h2>
            <p className="panel-subtitle">
              Lost a device or left a session open? End them all, this one included.
            </p>
          </div>
          <button
            type="button"
            className="button"
            disabled={everywhere.isPending}
            onClick={() => everywhere.mutate()}
          >
            Sign out everywhere
          </button>
        </header>
        <div className="panel-body">
          <ErrorNote error={everywhere.error} />
        </div>
      </section>
    </main>
  );
}
