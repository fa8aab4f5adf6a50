import { LIST_KINDS, type ListJson, type ListKind } from '@vigil/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../ui/ErrorNote';
import { createList, listsKeys } from './lists-api';

/** A new list: rules then refer to it as `@name`. */
export function NewListForm({ onCreated }: { onCreated(list: ListJson): void }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ListKind>('email');
  const [description, setDescription] = useState('');
  const create = useMutation({
    mutationFn: () => createList({ name: name.trim(), kind, description: description.trim() || null }),
    onSuccess: (list) => {
      void client.invalidateQueries({ queryKey: listsKeys.all });
      onCreated(list);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() !== '') create.mutate();
  }

  return (
    <form className="form" onSubmit={onSubmit}>
      <label className="field">
        <span className="field-label">Name</span>
        <input
          className="input"
          value={name}
          placeholder="vip_customers"
          onChange={(event) => setName(event.target.value)}
          autoFocus
        />
        <span className="field-hint">Letters, digits and _; rules use it as @{name.trim() || 'name'}.</span>
      </label>
      <label className="field">
        <span className="field-label">Holds</span>
        <select className="input" value={kind} onChange={(event) => setKind(event.target.value as ListKind)}>
          {LIST_KINDS.map((value) => (
            <option key={value} value={value}>
              {value.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Description</span>
        <input
          className="input"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </label>
      <ErrorNote error={create.error} />
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={create.isPending || name.trim() === ''}
        >
          Create list
        </button>
      </div>
    </form>
  );
}
