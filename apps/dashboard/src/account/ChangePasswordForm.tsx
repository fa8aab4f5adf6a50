import { PASSWORD_MIN_LENGTH } from '@vigil/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../ui/ErrorNote';
import { changePassword } from './account-api';

export function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setDone(true);
      setCurrent('');
      setNext('');
      setConfirm('');
    },
  });
  const tooShort = next !== '' && next.length < PASSWORD_MIN_LENGTH;
  const mismatch = confirm !== '' && confirm !== next;
  const valid = current !== '' && next.length >= PASSWORD_MIN_LENGTH && confirm === next;

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (valid) change.mutate();
  }

  return (
    <form className="form narrow-form" onSubmit={submit} noValidate>
      <input type="text" name="username" autoComplete="username" hidden readOnly />
      <label className="field">
        <span className="field-label">Current password</span>
        <input
          className="input"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">New password</span>
        <input
          className="input"
          type="password"
          autoComplete="new-password"
          value={next}
          aria-invalid={tooShort || undefined}
          aria-describedby="new-password-hint"
          onChange={(event) => setNext(event.target.value)}
        />
        <span id="new-password-hint" className="field-hint">
          At least {PASSWORD_MIN_LENGTH} characters; a few unrelated words work well.
        </span>
      </label>
      <label className="field">
        <span className="field-label">New password again</span>
        <input
          className="input"
          type="password"
          autoComplete="new-password"
          value={confirm}
          aria-invalid={mismatch || undefined}
          onChange={(event) => setConfirm(event.target.value)}
        />
        {mismatch ? <span className="field-hint">The two do not match.</span> : null}
      </label>
      <ErrorNote error={change.error} />
      {done ? (
        <p className="ok-note" role="status">
          Password changed.
        </p>
      ) : null}
      <div>
        <button type="submit" className="button button-primary" disabled={!valid || change.isPending}>
          Change password
        </button>
      </div>
    </form>
  );
}
