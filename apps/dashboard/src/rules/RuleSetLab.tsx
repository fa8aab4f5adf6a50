import type { CalibrationResultJson, DetectionMetricsJson, SimulationResultJson } from '@vigil/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { errorMessage } from '../api/errors';
import { formatCount } from '../format/number';
import { ConfusionMatrix } from '../quality/ConfusionMatrix';
import { formatAmounts, formatRate } from '../quality/quality-format';
import { useToast } from '../ui/toast-context';
import { applyCalibration, calibrate, simulate } from './detection-api';
import { rulesKeys } from './rules-api';

const PERIODS = [7, 30, 90] as const;
const DAY_MS = 86_400_000;

function MetricsSummary({ metrics, testId }: { metrics: DetectionMetricsJson; testId: string }) {
  return (
    <dl className="lab-metrics" data-testid={testId}>
      <dt>Fraud stopped</dt>
      <dd>
        {formatRate(metrics.recall.count)} of orders, {formatRate(metrics.recall.value)} of value
      </dd>
      <dt>Good orders held or blocked</dt>
      <dd>
        {formatRate(metrics.goodHeldOrBlockedRate)} ({formatRate(metrics.goodBlockedRate)} blocked)
      </dd>
      <dt>Fraud value stopped</dt>
      <dd>{formatAmounts(metrics.fraudValueStopped)}</dd>
      <dt>Good value held or blocked</dt>
      <dd>{formatAmounts(metrics.goodValueStopped)}</dd>
    </dl>
  );
}

function SimulationView({ result }: { result: SimulationResultJson }) {
  return (
    <div className="lab-result" data-testid="simulation-result">
      <p className="muted-text">
        {formatCount(result.total)} transactions{result.truncated ? ' (the newest 1,000,000)' : ''} with
        thresholds {result.thresholds.review} / {result.thresholds.block}, in {formatCount(result.elapsedMs)}{' '}
        ms.
      </p>
      <MetricsSummary metrics={result} testId="simulation-metrics" />
      <ConfusionMatrix metrics={result} testId="simulation-matrix" />
      {result.rules.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Matched</th>
              <th scope="col">Precision</th>
            </tr>
          </thead>
          <tbody>
            {result.rules.map((rule) => (
              <tr key={rule.ruleId}>
                <th scope="row">{rule.name ?? rule.ruleId}</th>
                <td className="tabular">{formatCount(rule.hits)}</td>
                <td className="tabular">{formatRate(rule.precision)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function CalibrationView({ result, onApplied }: { result: CalibrationResultJson; onApplied: () => void }) {
  const client = useQueryClient();
  const toast = useToast();
  const apply = useMutation({
    mutationFn: () => {
      if (result.status !== 'ok') throw new Error('nothing to apply');
      return applyCalibration(result.suggestion);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: rulesKeys.all });
      toast('Calibration applied as new rule versions', 'success');
      onApplied();
    },
  });
  if (result.status !== 'ok') {
    return (
      <p className="empty" data-testid="calibration-not-enough">
        {result.message}
      </p>
    );
  }
  const changed = result.suggestion.rules.filter((rule) => rule.pointsAfter !== rule.pointsBefore);
  const { thresholds } = result.suggestion;
  return (
    <div className="lab-result" data-testid="calibration-result">
      <div className="lab-compare">
        <section>
          <h3 className="lab-heading">Now</h3>
          <MetricsSummary metrics={result.before} testId="calibration-before" />
        </section>
        <section>
          <h3 className="lab-heading">Suggested</h3>
          <MetricsSummary metrics={result.after} testId="calibration-after" />
        </section>
      </div>
      <p>
        Thresholds {result.thresholdsBefore.review} / {result.thresholdsBefore.block} → {thresholds.review} /{' '}
        {thresholds.block} (hold / block).{' '}
        {result.withinBudget
          ? 'Within the false-positive budget (≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked).'
          : 'No setting keeps the false-positive budget on this history; this one comes closest.'}
      </p>
      {changed.length > 0 ? (
        <table className="table" data-testid="calibration-rules">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Points now</th>
              <th scope="col">Suggested</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((rule) => (
              <tr key={rule.ruleId}>
                <th scope="row">{rule.name}</th>
                <td className="tabular">{rule.pointsBefore}</td>
                <td className="tabular">{rule.pointsAfter}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {result.steps.length > 0 ? (
        <details>
          <summary>How the search got there</summary>
          <ol className="lab-steps">
            {result.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </details>
      ) : null}
      {result.unchanged ? (
        <p className="muted-text">The current rules already do best on this history.</p>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={apply.isPending || apply.isSuccess}
            onClick={() => apply.mutate()}
            data-testid="calibration-apply"
          >
            {apply.isSuccess ? 'Applied' : 'Apply as new rule versions'}
          </button>
        </div>
      )}
      {apply.isError ? (
        <p className="error-note" role="alert">
          {errorMessage(apply.error)}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The whole rule set against the store's labelled history (docs/detection.md): simulate the current rules,
 * or let calibration suggest points and thresholds, then apply them. Owners only, like the api.
 */
export function RuleSetLab() {
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  const [progress, setProgress] = useState<{ scanned: number; total: number } | null>(null);
  const running = useRef<AbortController | null>(null);
  const period = () => ({ from: new Date(Date.now() - days * DAY_MS).toISOString() });

  const simulation = useMutation({
    mutationFn: () => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setProgress({ scanned: 0, total: 0 });
      return simulate(period(), (scanned, total) => setProgress({ scanned, total }), controller.signal);
    },
    onSettled: () => setProgress(null),
  });
  const calibration = useMutation({ mutationFn: () => calibrate(period()) });
  const busy = simulation.isPending || calibration.isPending;

  return (
    <section className="panel rule-lab" aria-labelledby="rule-lab-title" data-testid="rule-lab">
      <header className="panel-header">
        <div>
          <h2 id="rule-lab-title" className="panel-title">
            Simulate and calibrate
          </h2>
          <p className="panel-subtitle">The whole rule set against your labelled history.</p>
        </div>
      </header>
      <div className="panel-body form">
        <div className="form-row">
          <label className="field">
            <span className="field-label">History</span>
            <select
              className="select"
              value={days}
              onChange={(event) => setDays(Number(event.target.value) as (typeof PERIODS)[number])}
              data-testid="lab-period"
            >
              {PERIODS.map((d) => (
                <option key={d} value={d}>
                  Last {d} days
                </option>
              ))}
            </select>
          </label>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => simulation.mutate()}
              data-testid="simulation-run"
            >
              Simulate current rules
            </button>
            {simulation.isPending ? (
              <button type="button" className="button" onClick={() => running.current?.abort()}>
                Stop
              </button>
            ) : null}
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => calibration.mutate()}
              data-testid="calibration-run"
            >
              Suggest weights and thresholds
            </button>
          </div>
        </div>
        {progress ? (
          <progress
            className="lab-progress"
            max={Math.max(1, progress.total)}
            value={progress.scanned}
            aria-label="Simulation progress"
          >
            {formatCount(progress.scanned)}
          </progress>
        ) : null}
        {simulation.isError ? (
          <p className="error-note" role="alert">
            {errorMessage(simulation.error)}
          </p>
        ) : null}
        {simulation.data ? <SimulationView result={simulation.data} /> : null}
        {calibration.isError ? (
          <p className="error-note" role="alert">
            {errorMessage(calibration.error)}
          </p>
        ) : null}
        {calibration.data ? (
          <CalibrationView result={calibration.data} onApplied={() => simulation.reset()} />
        ) : null}
      </div>
    </section>
  );
}
