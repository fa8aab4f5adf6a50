import { ROLES, type Role, type UserAdminJson } from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../api/errors';
import { useMe } from '../auth/current-user';
import { formatDateTime } from '../format/time';
import { Dialog } from '../ui/Dialog';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';
import { SecretOnce } from '../ui/SecretOnce';
import { useToast } from '../ui/toast-context';
import { NewUserForm } from './NewUserForm';
import { SecuritySettingsPanel } from './SecuritySettingsPanel';
import { fetchUsers, resetPassword, resetTwoFactor, updateUser, usersKeys } from './users-api';

interface Shown {
  title: string;
  value: string;
}

function UserRow({ user, onPassword }: { user: UserAdminJson; onPassword(shown: Shown): void }) {
  const me = useMe();
  const client = useQueryClient();
  const toast = useToast();
  const self = user.id === me.id;
  const update = useMutation({
    mutationFn: (patch: { role?: Role; disabled?: boolean }) => updateUser(user.id, patch),
    onSuccess: (saved) => {
      client.setQueryData<UserAdminJson[]>(usersKeys.list, (users) =>
        users?.map((u) => (u.id === saved.id ? saved : u)),
      );
      toast(`Updated ${saved.email}`, 'success');
    },
    onError: (error) => toast(`Could not update ${user.email}: ${errorMessage(error)}`, 'error'),
  });
  const resetSecondFactor = useMutation({
    mutationFn: () => resetTwoFactor(user.id),
    onSuccess: (saved) => {
      client.setQueryData<UserAdminJson[]>(usersKeys.list, (users) =>
        users?.map((u) => (u.id === saved.id ? saved : u)),
      );
      toast(`Two-factor sign-in of ${saved.email} is off; they set it up again`, 'success');
    },
    onError: (error) => toast(`Could not reset: ${errorMessage(error)}`, 'error'),
  });
  const reset = useMutation({
    mutationFn: () => resetPassword(user.id),
    onSuccess: (result) => onPassword({ title: `New password for ${result.email}`, value: result.password }),
    onError: (error) => toast(`Could not reset: ${errorMessage(error)}`, 'error'),
  });

  return (
    <tr data-testid="user-row" data-email={user.email} className={user.disabled ? 'is-disabled' : undefined}>
      <td>
        {user.email} {self ? <span className="chip chip-accent">you</span> : null}
      </td>
      <td>
        <select
          className="input select"
          value={user.role}
          disabled={self || update.isPending}
          aria-label={`Role of ${user.email}`}
          onChange={(event) => update.mutate({ role: event.target.value as Role })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </td>
      <td>
        <span className={`chip ${user.twoFactorEnabled ? 'chip-ok' : ''}`}>
          {user.twoFactorEnabled ? 'on' : 'off'}
        </span>
      </td>
      <td>
        <span className={`chip ${user.disabled ? 'chip-danger' : 'chip-ok'}`}>
          {user.disabled ? 'disabled' : 'active'}
        </span>
      </td>
      <td className="nowrap muted-text">{formatDateTime(user.createdAt)}</td>
      <td className="nowrap">
        {self ? null : (
          <>
            <button
              type="button"
              className="button button-small"
              disabled={update.isPending}
              onClick={() => update.mutate({ disabled: !user.disabled })}
            >
              {user.disabled ? 'Enable' : 'Disable'}
            </button>{' '}
            <button
              type="button"
              className="button button-small"
              disabled={reset.isPending}
              onClick={() => {
                if (window.confirm(`Reset the password of ${user.email}? Their sessions end.`))
                  reset.mutate();
              }}
            >
              Reset password
            </button>
            {user.twoFactorEnabled ? (
              <>
                {' '}
                <button
                  type="button"
                  className="button button-small"
                  disabled={resetSecondFactor.isPending}
                  data-testid="user-reset-2fa"
                  onClick={() => {
                    if (
                      window.confirm(
                        `Turn off two-factor sign-in of ${user.email} (lost phone and recovery codes)? Their sessions end.`,
                      )
                    )
                      resetSecondFactor.mutate();
                  }}
                >
                  Reset 2FA
                </button>
              </>
            ) : null}
          </>
        )}
      </td>
    </tr>
  );
}

/** Who can sign in and what they may do (owner only). */
export function UsersPage() {
  const users = useQuery({ queryKey: usersKeys.list, queryFn: ({ signal }) => fetchUsers(signal) });
  const [adding, setAdding] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);

  return (
    <main className="page">
      <PageHeader
        title="Users"
        subtitle="Owners do everything; staff work the review queue; viewers only look."
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => setAdding(true)}
            data-testid="user-new"
          >
            Add user
          </button>
        }
      />
      {shown ? (
        <SecretOnce
          title={shown.title}
          value={shown.value}
          hint="Shown only now. Hand it over safely; they can change it under Account."
          onDismiss={() => setShown(null)}
          testId="user-password"
        />
      ) : null}
      <section className="panel">
        {users.isError ? (
          <QueryError error={users.error} what="the users" onRetry={() => void users.refetch()} />
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="users">
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">2FA</th>
                  <th scope="col">Status</th>
                  <th scope="col">Added</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {(users.data ?? []).map((user) => (
                  <UserRow key={user.id} user={user} onPassword={setShown} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <SecuritySettingsPanel />
      {adding ? (
        <Dialog title="Add user" onClose={() => setAdding(false)}>
          <NewUserForm
            onCancel={() => setAdding(false)}
            onCreated={(user) => {
              setAdding(false);
              if (user.password) setShown({ title: `Password for ${user.email}`, value: user.password });
            }}
          />
        </Dialog>
      ) : null}
    </main>
  );
}
