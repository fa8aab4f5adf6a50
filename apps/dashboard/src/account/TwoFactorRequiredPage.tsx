import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../auth/current-user';
import { meQueryKey } from '../auth/session';
import { useLogout } from '../auth/use-auth';
import { TwoFactorSetup } from './TwoFactorSetup';
import '../auth/login.css';
import './account.css';

/** The owner requires two-factor sign-in: until this user sets it up, this is all they can do. */
export function TwoFactorRequiredPage() {
  const me = useMe();
  const client = useQueryClient();
  const logout = useLogout();
  return (
    <main className="login">
      <title>Set up two-factor sign-in · Vigil</title>
      <section className="login-card two-factor-card" aria-labelledby="required-title">
        <div className="login-brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Vigil</span>
        </div>
        <h1 id="required-title" className="login-title">
          Two-factor sign-in required
        </h1>
        <p className="login-subtitle">
          The owner requires it for every account. Set it up to continue as {me.email}.
        </p>
        <TwoFactorSetup onEnabled={() => void client.invalidateQueries({ queryKey: meQueryKey })} />
        <button type="button" className="button button-ghost" onClick={() => logout.mutate()}>
          Sign out
        </button>
      </section>
    </main>
  );
}
