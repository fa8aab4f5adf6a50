import type { RuleActionName, RuleJson } from '@vigil/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../api/errors';
import { useToast } from '../ui/toast-context';
import { rulesKeys, updateRule } from './rules-api';

const ACTION_CHIP: Record<RuleActionName, { text: string; tone: string }> = {
  allow: { text: 'allow', tone: 'chip-ok' },
  block: { text: 'block', tone: 'chip-danger' },
  review: { text: 'review', tone: 'chip-warn' },
  score: { text: 'score', tone: '' },
};

function EnabledSwitch({ rule, editable }: { rule: RuleJson; editable: boolean }) {
  const client = useQueryClient();
  const toast = useToast();
  const toggle = useMutation({
    mutationFn: () => updateRule(rule.id, { enabled: !rule.enabled, version: rule.version }),
    onSuccess: (saved) => {
      client.setQueryData<RuleJson[]>(rulesKeys.list, (rules) =>
        rules?.map((r) => (r.id === saved.id ? saved : r)),
      );
      toast(`${saved.enabled ? 'Enabled' : 'Disabled'} “${saved.name}”`, 'success');
    },
    onError: (error) => {
      toast(`Could not change “${rule.name}”: ${errorMessage(error)}`, 'error');
      void client.invalidateQueries({ queryKey: rulesKeys.list });
    },
  });
  if (!editable) {
    return <span className={`chip ${rule.enabled ? 'chip-ok' : ''}`}>{rule.enabled ? 'On' : 'Off'}</span>;
  }
  return (
    <button
      type="button"
      role="switch"
      className="switch"
      aria-checked={rule.enabled}
      aria-label={`${rule.name}: ${rule.enabled ? 'enabled' : 'disabled'}`}
      disabled={toggle.isPending}
      onClick={() => toggle.mutate()}
      data-testid="rule-toggle"
    />
  );
}

/** Every rule with its state; owners switch rules on and off in place and open one to edit it. */
export function RuleList({
  rules,
  editable,
  selectedId,
  onEdit,
}: {
  rules: readonly RuleJson[];
  editable: boolean;
  selectedId: string | null;
  onEdit(rule: RuleJson): void;
}) {
  return (
    <ul className="rule-list" data-testid="rule-list">
      {rules.map((rule) => {
        const chip = ACTION_CHIP[rule.action];
        return (
          <li
            key={rule.id}
            className={`rule-item${rule.id === selectedId ? ' is-selected' : ''}${rule.enabled ? '' : ' is-off'}`}
            data-testid="rule-item"
            data-rule-id={rule.id}
          >
            <EnabledSwitch rule={rule} editable={editable} />
            <div className="rule-main">
              <div className="rule-title">
                <span className="rule-name">{rule.name}</span>
                <span className={`chip ${chip.tone}`}>{chip.text}</span>
                {rule.points !== 0 ? (
                  <span className="rule-points">
                    {rule.points > 0 ? '+' : ''}
                    {rule.points} pts
                  </span>
                ) : null}
              </div>
              <code className="rule-expression">{rule.expression}</code>
              {rule.description ? <p className="rule-description">{rule.description}</p> : null}
            </div>
            {editable ? (
              <button
                type="button"
                className="button button-small"
                onClick={() => onEdit(rule)}
                data-testid="rule-edit"
                aria-label={`Edit ${rule.name}`}
              >
                Edit
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
