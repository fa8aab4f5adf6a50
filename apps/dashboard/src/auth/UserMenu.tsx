import type { UserJson } from '@vigil/contracts';
import { Link } from 'react-router';
import { errorMessage } from '../api/errors';
import { ThemeToggle } from '../ui/ThemeToggle';
import { useLogout } from './use-auth';

export function UserMenu({ user }: { user: UserJson }) {
  const logoutMutation = useLogout();
  return (
    <div className="user-menu">
      <ThemeToggle />
      <Link to="/account" className="user-identity" title="Your account">
        <span className="user-email" data-testid="current-user" data-role={user.role}>
          {user.email}
        </span>
        <span className={`role-badge role-${user.role}`} data-testid="current-role">
          {user.role}
        </span>
      </Link>
      <button
        type="button"
        className="button button-ghost"
        onClick={() => logoutMutation.mutate()}
        disabled={logoutMutation.isPending}
        data-testid="logout"
      >
        {logoutMutation.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {logoutMutation.isError ? (
        <span className="user-menu-error" role="alert">
          {errorMessage(logoutMutation.error)}
        </span>
      ) : null}
    </div>
  );
}
