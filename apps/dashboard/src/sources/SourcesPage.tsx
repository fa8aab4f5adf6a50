import type { SourceJson, SourceWithSecretJson } from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useCan } from '../auth/current-user';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';
import { SecretOnce } from '../ui/SecretOnce';
import { useToast } from '../ui/toast-context';
import { SourceCard } from './SourceCard';
import { SourceForm, type SourceFormValues } from './SourceForm';
import { sourceCreation, sourcePatch } from './source-changes';
import { createSource, fetchSources, rotateSource, sourcesKeys, updateSource } from './sources-api';
import './sources.css';

type Editing =
  { mode: 'new' } | { mode: 'edit'; source: SourceJson } | { mode: 'rotate'; source: SourceJson } | null;

function RotateForm({
  source,
  onRotated,
  onCancel,
}: {
  source: SourceJson;
  onRotated(result: SourceWithSecretJson): void;
  onCancel(): void;
}) {
  const [grace, setGrace] = useState('24');
  const graceHours = Number(grace);
  const valid = Number.isFinite(graceHours) && graceHours >= 0 && graceHours <= 720;
  const rotate = useMutation({
    mutationFn: () => rotateSource(source.id, { graceHours }),
    onSuccess: onRotated,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (valid) rotate.mutate();
  }

  return (
    <form className="form" onSubmit={submit}>
      <p className="muted-text">
        A new secret is generated and shown once. The current one keeps working for the grace period, so the
        store can switch without losing webhooks.
      </p>
      <label className="field">
        <span className="field-label">Old secret accepted for (hours)</span>
        <input
          className="input"
          type="number"
          min={0}
          max={720}
          value={grace}
          aria-invalid={!valid || undefined}
          onChange={(event) => setGrace(event.target.value)}
        />
      </label>
      <ErrorNote error={rotate.error} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={!valid || rotate.isPending}
          data-testid="rotate-confirm"
        >
          Rotate secret
        </button>
      </div>
    </form>
  );
}

/** Where webhooks come from: ingest URLs to give each sender, secrets (shown once), limits and hold policy. */
export function SourcesPage() {
  const editable = useCan('editSources');
  const client = useQueryClient();
  const toast = useToast();
  const sources = useQuery({ queryKey: sourcesKeys.list, queryFn: ({ signal }) => fetchSources(signal) });
  const [editing, setEditing] = useState<Editing>(null);
  const [secret, setSecret] = useState<SourceWithSecretJson | null>(null);

  const save = useMutation({
    mutationFn: async (values: SourceFormValues): Promise<SourceJson | SourceWithSecretJson> => {
      if (editing?.mode !== 'edit') return createSource(sourceCreation(values));
      const patch = sourcePatch(editing.source, values);
      return Object.keys(patch).length === 0 ? editing.source : updateSource(editing.source.id, patch);
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: sourcesKeys.list });
      setEditing(null);
      if ('secret' in saved) setSecret(saved);
      else toast(`Saved “${saved.name}”`, 'success');
    },
  });

  function close() {
    setEditing(null);
    save.reset();
  }

  return (
    <main className="page">
      <PageHeader
        title="Sources"
        subtitle="Each store or payment provider posts signed webhooks to its own ingest URL."
        actions={
          editable ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setEditing({ mode: 'new' })}
              data-testid="source-new"
            >
              New source
            </button>
          ) : null
        }
      />
      {secret ? (
        <SecretOnce
          title={`Signing secret of “${secret.name}”`}
          value={secret.secret}
          hint="Shown only now. Put it in the sender's webhook settings; Vigil keeps it encrypted and never shows it again."
          onDismiss={() => setSecret(null)}
          testId="source-secret"
        />
      ) : null}
      {sources.isError ? (
        <QueryError error={sources.error} what="the sources" onRetry={() => void sources.refetch()} />
      ) : sources.data?.length === 0 ? (
        <div className="panel empty">
          No sources yet. {editable ? 'Create one to get an ingest URL.' : ''}
        </div>
      ) : (
        <div className="source-grid">
          {(sources.data ?? []).map((source) => (
            <SourceCard
              key={source.id}
              source={source}
              editable={editable}
              onEdit={() => setEditing({ mode: 'edit', source })}
              onRotate={() => setEditing({ mode: 'rotate', source })}
            />
          ))}
        </div>
      )}
      {editing?.mode === 'new' || editing?.mode === 'edit' ? (
        <Dialog
          title={editing.mode === 'new' ? 'New source' : `Edit “${editing.source.name}”`}
          onClose={close}
        >
          <SourceForm
            source={editing.mode === 'edit' ? editing.source : null}
            pending={save.isPending}
            error={save.error}
            onSubmit={(values) => save.mutate(values)}
            onCancel={close}
          />
        </Dialog>
      ) : null}
      {editing?.mode === 'rotate' ? (
        <Dialog title={`Rotate the secret of “${editing.source.name}”`} onClose={close}>
          <RotateForm
            source={editing.source}
            onCancel={close}
            onRotated={(result) => {
              void client.invalidateQueries({ queryKey: sourcesKeys.list });
              setEditing(null);
              setSecret(result);
            }}
          />
        </Dialog>
      ) : null}
    </main>
  );
}
