import type { UserJson } from '@vigil/contracts';
import { errorMessage } from '../api/errors';
import { useLogout } from './use-auth';

export function UserMenu({ user }: { user: UserJson }) {
  const logoutMutation = useLogout();
  return (
    <div className="user-menu">
      <div className="user-identity">
        <span className="user-email" data-testid="current-user" data-role={user.role} title={user.email}>
          {user.email}
        </span>
        <span className={`role-badge role-${user.role}`} data-testid="current-role">
          {user.role}
        </span>
      </div>
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
