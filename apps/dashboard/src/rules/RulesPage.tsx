import type { RuleJson } from '@vigil/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../auth/current-user';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';
import { AttributeReference } from './AttributeReference';
import { RuleEditor } from './RuleEditor';
import { RuleList } from './RuleList';
import { RuleSetLab } from './RuleSetLab';
import { ThresholdsPanel } from './ThresholdsPanel';
import { fetchRules, rulesKeys } from './rules-api';
import './rules.css';

type Editing = { mode: 'new' } | { mode: 'edit'; rule: RuleJson } | null;

/** The rules that score every transaction: switch them, edit them (checked and backtested), tune thresholds. */
export function RulesPage() {
  const editable = useCan('editRules');
  const rules = useQuery({ queryKey: rulesKeys.list, queryFn: ({ signal }) => fetchRules(signal) });
  const [editing, setEditing] = useState<Editing>(null);
  const items = rules.data ?? [];
  const enabled = items.filter((rule) => rule.enabled).length;

  return (
    <main className="page rules-page">
      <PageHeader
        title="Rules"
        subtitle={rules.data ? `${enabled} of ${items.length} enabled` : 'How every transaction is scored'}
        actions={
          editable ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setEditing({ mode: 'new' })}
              data-testid="rule-new"
            >
              New rule
            </button>
          ) : null
        }
      />
      {editing ? (
        <RuleEditor
          key={editing.mode === 'edit' ? `${editing.rule.id}@${editing.rule.version}` : 'new'}
          rule={editing.mode === 'edit' ? editing.rule : null}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <div className="rules-layout">
        <div className="rules-main">
          <section className="panel" aria-labelledby="rules-title">
            <header className="panel-header">
              <h2 id="rules-title" className="panel-title">
                All rules
              </h2>
            </header>
            {rules.isError ? (
              <QueryError error={rules.error} what="the rules" onRetry={() => void rules.refetch()} />
            ) : rules.data ? (
              <RuleList
                rules={items}
                editable={editable}
                selectedId={editing?.mode === 'edit' ? editing.rule.id : null}
                onEdit={(rule) => {
                  setEditing({ mode: 'edit', rule });
                  window.scrollTo({ top: 0, behavior: 'smooth' });
                }}
              />
            ) : (
              <p className="empty">Loading…</p>
            )}
          </section>
          {editable ? <RuleSetLab /> : null}
        </div>
        <aside className="rules-aside">
          <ThresholdsPanel editable={editable} />
          {editing ? null : <AttributeReference />}
        </aside>
      </div>
    </main>
  );
}
