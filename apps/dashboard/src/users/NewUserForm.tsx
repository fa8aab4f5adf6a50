import { PASSWORD_MIN_LENGTH, ROLES, type CreatedUserJson, type Role } from '@vigil/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../ui/ErrorNote';
import { createUser, usersKeys } from './users-api';

export const ROLE_TEXT: Record<Role, string> = {
  owner: 'Owner — everything',
  staff: 'Staff — review queue and decisions',
  viewer: 'Viewer — read only',
};

/** Adds a person; without a password one is generated and shown once. */
export function NewUserForm({
  onCreated,
  onCancel,
}: {
  onCreated(user: CreatedUserJson): void;
  onCancel(): void;
}) {
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [password, setPassword] = useState('');
  const passwordValid = password === '' || password.length >= PASSWORD_MIN_LENGTH;
  const create = useMutation({
    mutationFn: () => createUser({ email: email.trim(), role, password: password || undefined }),
    onSuccess: (user) => {
      void client.invalidateQueries({ queryKey: usersKeys.list });
      onCreated(user);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (email.trim() !== '' && passwordValid) create.mutate();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <label className="field">
        <span className="field-label">Email</span>
        <input
          className="input"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoFocus
          data-testid="user-email"
        />
      </label>
      <label className="field">
        <span className="field-label">Role</span>
        <select
          className="input"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          data-testid="user-role"
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_TEXT[value]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Password</span>
        <input
          className="input"
          type="password"
          autoComplete="new-password"
          value={password}
          aria-invalid={!passwordValid || undefined}
          onChange={(event) => setPassword(event.target.value)}
        />
        <span className="field-hint">
          Leave empty to generate one (shown once). At least {PASSWORD_MIN_LENGTH} characters.
        </span>
      </label>
      <ErrorNote error={create.error} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={create.isPending || email.trim() === '' || !passwordValid}
          data-testid="user-create"
        >
          Add user
        </button>
      </div>
    </form>
  );
}
