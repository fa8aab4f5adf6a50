import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorNote } from '../ui/ErrorNote';
import { QueryError } from '../ui/QueryError';
import { fetchSecuritySettings, saveSecuritySettings, usersKeys } from './users-api';

/** The owner's switch that makes two-factor sign-in mandatory for everyone. */
export function SecuritySettingsPanel() {
  const client = useQueryClient();
  const settings = useQuery({
    queryKey: usersKeys.security,
    queryFn: ({ signal }) => fetchSecuritySettings(signal),
  });
  const save = useMutation({
    mutationFn: (requireTwoFactor: boolean) => saveSecuritySettings({ requireTwoFactor }),
    onSuccess: (saved) => client.setQueryData(usersKeys.security, saved),
  });
  const required = settings.data?.requireTwoFactor ?? false;
  return (
    <section className="panel" aria-labelledby="security-title">
      <header className="panel-header">
        <div>
          <h2 id="security-title" className="panel-title">
            Two-factor sign-in
          </h2>
          <p className="panel-subtitle">
            When required, people without it can only set it up until they do. Turn it on for yourself first
            (Account).
          </p>
        </div>
        {settings.data ? (
          <button
            type="button"
            role="switch"
            className="switch"
            aria-checked={required}
            aria-label="Require two-factor sign-in for everyone"
            disabled={save.isPending}
            onClick={() => save.mutate(!required)}
          />
        ) : null}
      </header>
      <div className="panel-body">
        {settings.isError ? <QueryError error={settings.error} what="the security settings" /> : null}
        <ErrorNote error={save.error} />
      </div>
    </section>
  );
}
