import {
  RULE_ACTION_NAMES,
  type BacktestResultJson,
  type RuleActionName,
  type RuleJson,
  type UpdateRuleRequest,
} from '@vigil/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { errorMessage, isConflict } from '../api/errors';
import { ErrorNote } from '../ui/ErrorNote';
import { useToast } from '../ui/toast-context';
import { AttributeReference } from './AttributeReference';
import { BacktestResult } from './BacktestResult';
import { ExpressionField } from './ExpressionField';
import { RuleHistory } from './RuleHistory';
import { BACKTEST_RANGE_LABEL, BACKTEST_RANGES, backtestFrom, type BacktestRange } from './backtest-range';
import { backtest, createRule, deleteRule, rulesKeys, updateRule } from './rules-api';
import { useExpressionCheck } from './use-expression-check';

export const ACTION_TEXT: Record<RuleActionName, string> = {
  allow: 'Allow (approve whatever else matched)',
  block: 'Block',
  review: 'Hold for review',
  score: 'Add to the score only',
};

interface Draft {
  name: string;
  expression: string;
  action: RuleActionName;
  points: string;
  enabled: boolean;
  description: string;
}

function draftOf(rule: RuleJson | null): Draft {
  return {
    name: rule?.name ?? '',
    expression: rule?.expression ?? '',
    action: rule?.action ?? 'score',
    points: String(rule?.points ?? 10),
    enabled: rule?.enabled ?? true,
    description: rule?.description ?? '',
  };
}

/** Creates or edits one rule. A changed expression is backtested before it can be saved. */
export function RuleEditor({
  rule,
  onDone,
}: {
  rule: RuleJson | null;
  /** Closes the editor; with the saved rule (or null after a delete or cancel). */
  onDone(saved: RuleJson | null): void;
}) {
  const client = useQueryClient();
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>(() => draftOf(rule));
  const [range, setRange] = useState<BacktestRange>('30d');
  const [tested, setTested] = useState<{
    expression: string;
    range: BacktestRange;
    result: BacktestResultJson;
  } | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const check = useExpressionCheck(draft.expression, true);
  const expressionChanged = rule === null || draft.expression !== rule.expression;
  const testedCurrent = tested !== null && tested.expression === draft.expression;
  const points = Number(draft.points);
  const pointsValid =
    draft.points.trim() !== '' && Number.isInteger(points) && points >= -100 && points <= 100;

  const run = useMutation({
    mutationFn: (input: { expression: string; range: BacktestRange }) =>
      backtest({ expression: input.expression, from: backtestFrom(input.range, Date.now()) }),
    onSuccess: (result, input) => setTested({ ...input, result }),
  });

  const save = useMutation({
    mutationFn: async (): Promise<RuleJson> => {
      const fields = {
        name: draft.name.trim(),
        expression: draft.expression,
        action: draft.action,
        points,
        enabled: draft.enabled,
        description: draft.description.trim() || null,
      };
      if (!rule) return createRule(fields);
      const patch: UpdateRuleRequest = { version: rule.version };
      if (fields.name !== rule.name) patch.name = fields.name;
      if (fields.expression !== rule.expression) patch.expression = fields.expression;
      if (fields.action !== rule.action) patch.action = fields.action;
      if (fields.points !== rule.points) patch.points = fields.points;
      if (fields.enabled !== rule.enabled) patch.enabled = fields.enabled;
      if (fields.description !== rule.description) patch.description = fields.description;
      if (Object.keys(patch).length === 1) return rule;
      return updateRule(rule.id, patch);
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: rulesKeys.all });
      toast(`Saved rule “${saved.name}”`, 'success');
      onDone(saved);
    },
    onError: (error) => {
      if (isConflict(error)) void client.invalidateQueries({ queryKey: rulesKeys.list });
    },
  });

  const remove = useMutation({
    mutationFn: () => deleteRule(rule?.id ?? ''),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: rulesKeys.all });
      toast(`Deleted rule “${rule?.name}”`, 'success');
      onDone(null);
    },
  });

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function insert(text: string) {
    const input = inputRef.current;
    const start = input?.selectionStart ?? draft.expression.length;
    const end = input?.selectionEnd ?? draft.expression.length;
    const before = draft.expression.slice(0, start);
    const spaced = before === '' || /\s$/.test(before) ? text : ` ${text}`;
    set('expression', before + spaced + draft.expression.slice(end));
    requestAnimationFrame(() => {
      input?.focus();
      const caret = start + spaced.length;
      input?.setSelectionRange(caret, caret);
    });
  }

  function goTo(position: number, length: number) {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(position, Math.min(draft.expression.length, position + length));
  }

  const blockers: string[] = [];
  if (draft.name.trim() === '') blockers.push('Give the rule a name.');
  if (!pointsValid) blockers.push('Points must be a whole number from −100 to 100.');
  if (check.state === 'invalid') blockers.push('Fix the expression.');
  if (expressionChanged && check.state === 'valid' && !testedCurrent)
    blockers.push('Run the backtest to see what this expression matches before saving.');
  const canSave = blockers.length === 0 && check.state === 'valid' && !save.isPending;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (canSave) save.mutate();
  }

  return (
    <section className="panel rule-editor" aria-labelledby="rule-editor-title" data-testid="rule-editor">
      <header className="panel-header">
        <div>
          <h2 id="rule-editor-title" className="panel-title">
            {rule ? `Edit “${rule.name}”` : 'New rule'}
          </h2>
          {rule ? (
            <p className="panel-subtitle">
              Signal code <code className="mono">{rule.id}</code> · version {rule.version}
            </p>
          ) : null}
        </div>
        <button type="button" className="button button-ghost" onClick={() => onDone(null)}>
          Close
        </button>
      </header>
      <div className="rule-editor-grid">
        <form className="panel-body form" onSubmit={onSubmit} noValidate>
          <div className="form-row">
            <label className="field">
              <span className="field-label">Name</span>
              <input
                className="input"
                value={draft.name}
                maxLength={200}
                onChange={(event) => set('name', event.target.value)}
                data-testid="rule-name"
              />
            </label>
            <label className="field">
              <span className="field-label">When it matches</span>
              <select
                className="input"
                value={draft.action}
                onChange={(event) => set('action', event.target.value as RuleActionName)}
                data-testid="rule-action"
              >
                {RULE_ACTION_NAMES.map((action) => (
                  <option key={action} value={action}>
                    {ACTION_TEXT[action]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">Points</span>
              <input
                className="input"
                type="number"
                min={-100}
                max={100}
                step={1}
                value={draft.points}
                aria-invalid={!pointsValid || undefined}
                onChange={(event) => set('points', event.target.value)}
                data-testid="rule-points"
              />
            </label>
          </div>

          <ExpressionField
            value={draft.expression}
            onChange={(value) => set('expression', value)}
            check={check}
            inputRef={inputRef}
            onGoTo={goTo}
          />

          <label className="field">
            <span className="field-label">Description</span>
            <input
              className="input"
              value={draft.description}
              maxLength={500}
              placeholder="Shown as the signal's explanation on transactions"
              onChange={(event) => set('description', event.target.value)}
            />
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.enabled}
              onChange={(event) => set('enabled', event.target.checked)}
            />
            <span>Enabled</span>
          </label>

          <div className="backtest-box">
            <div className="backtest-controls">
              <span className="field-label">Backtest</span>
              <select
                className="input select"
                value={range}
                aria-label="Backtest period"
                onChange={(event) => setRange(event.target.value as BacktestRange)}
              >
                {BACKTEST_RANGES.map((value) => (
                  <option key={value} value={value}>
                    {BACKTEST_RANGE_LABEL[value]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                disabled={check.state !== 'valid' || run.isPending}
                onClick={() => run.mutate({ expression: draft.expression, range })}
                data-testid="backtest-run"
              >
                {run.isPending ? 'Running…' : 'Run backtest'}
              </button>
            </div>
            <ErrorNote error={run.error} />
            {tested ? (
              <div className={testedCurrent ? undefined : 'is-stale'}>
                {testedCurrent ? null : (
                  <p className="warn-note">The expression changed since this backtest: run it again.</p>
                )}
                <BacktestResult result={tested.result} range={BACKTEST_RANGE_LABEL[tested.range]} />
              </div>
            ) : null}
          </div>

          {blockers.length > 0 && check.state !== 'checking' ? (
            <ul className="blockers" aria-live="polite">
              {blockers.map((blocker) => (
                <li key={blocker}>{blocker}</li>
              ))}
            </ul>
          ) : null}
          <ErrorNote error={save.error ? errorMessage(save.error) : null} testId="rule-save-error" />
          <ErrorNote error={remove.error} />

          <div className="form-actions">
            {rule ? (
              <button
                type="button"
                className="button button-ghost button-delete"
                disabled={remove.isPending}
                onClick={() => {
                  if (
                    window.confirm(`Delete the rule “${rule.name}”? Transactions keep the signals they have.`)
                  )
                    remove.mutate();
                }}
              >
                Delete rule
              </button>
            ) : null}
            <button
              type="submit"
              className="button button-primary"
              disabled={!canSave}
              data-testid="rule-save"
            >
              {save.isPending ? 'Saving…' : rule ? 'Save changes' : 'Create rule'}
            </button>
          </div>
          {rule ? <RuleHistory ruleId={rule.id} /> : null}
        </form>
        <AttributeReference onInsert={insert} embedded />
      </div>
    </section>
  );
}
