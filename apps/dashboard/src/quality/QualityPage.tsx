import { QUALITY_WINDOWS, type QualityWindow } from '@vigil/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../format/number';
import { QueryError } from '../ui/QueryError';
import { ConfusionMatrix } from './ConfusionMatrix';
import { fetchQuality, qualityQueryKey } from './quality-api';
import { formatAmounts, formatRate } from './quality-format';
import './quality.css';

const WINDOW_TEXT: Record<QualityWindow, string> = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
};

/** How well detection did, judged by labels (docs/detection.md "Quality"). */
export function QualityPage() {
  const [window, setWindow] = useState<QualityWindow>('7d');
  const query = useQuery({ queryKey: qualityQueryKey(window), queryFn: () => fetchQuality(window) });
  const q = query.data;

  return (
    <main className="page quality-page" data-testid="quality-page">
      <title>Quality · Vigil</title>
      <header className="page-header">
        <div>
          <h1 className="page-title">Detection quality</h1>
          <p className="page-subtitle">
            Judged by labels: disputes, fraud warnings, refunds marked fraudulent and reviewers’ verdicts.
            Unlabelled orders count as good.
          </p>
        </div>
        <label className="field">
          <span className="field-label">Period</span>
          <select
            className="select"
            value={window}
            onChange={(event) => setWindow(event.target.value as QualityWindow)}
            data-testid="quality-window"
          >
            {QUALITY_WINDOWS.map((w) => (
              <option key={w} value={w}>
                {WINDOW_TEXT[w]}
              </option>
            ))}
          </select>
        </label>
      </header>
      {!q ? (
        query.isError ? (
          <QueryError error={query.error} what="the quality numbers" onRetry={() => void query.refetch()} />
        ) : (
          <p className="empty">Loading…</p>
        )
      ) : (
        <>
          <dl className="quality-tiles">
            <div className="panel quality-tile">
              <dt>Fraud value saved (blocked)</dt>
              <dd data-testid="quality-saved">{formatAmounts(q.savedValue)}</dd>
            </div>
            <div className="panel quality-tile">
              <dt>Good orders held or blocked (cost)</dt>
              <dd data-testid="quality-fp-cost">{formatAmounts(q.falsePositiveCost)}</dd>
            </div>
            <div className="panel quality-tile">
              <dt>Fraud stopped (recall)</dt>
              <dd data-testid="quality-recall">
                {formatRate(q.recall.count)} of orders · {formatRate(q.recall.value)} of value
                {q.mainCurrency ? ` (${q.mainCurrency})` : ''}
              </dd>
            </div>
            <div className="panel quality-tile">
              <dt>False-positive rate</dt>
              <dd data-testid="quality-fp-rate">
                {formatRate(q.goodHeldOrBlockedRate)} held or blocked · {formatRate(q.goodBlockedRate)}{' '}
                blocked
              </dd>
            </div>
          </dl>
          <div className="quality-grid">
            <section className="panel" aria-labelledby="matrix-title">
              <header className="panel-header">
                <h2 id="matrix-title" className="panel-title">
                  Outcomes by label
                </h2>
                <p className="panel-subtitle">
                  {formatCount(q.total)} scored orders; held = held for review when decided
                </p>
              </header>
              <div className="panel-body">
                <ConfusionMatrix metrics={q} testId="quality-matrix" />
              </div>
            </section>
            <section className="panel" aria-labelledby="trend-title">
              <header className="panel-header">
                <h2 id="trend-title" className="panel-title">
                  Trend
                </h2>
              </header>
              <div className="chart" data-testid="quality-trend">
                <LineChart
                  responsive
                  data={q.trend}
                  margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
                  style={{ width: '100%', height: '100%' }}
                >
                  <CartesianGrid vertical={false} />
                  <XAxis
                    dataKey="at"
                    tickFormatter={(at: string) => (window === '24h' ? at.slice(11, 16) : at.slice(5, 10))}
                    tickLine={false}
                    axisLine={false}
                  />
                  <YAxis allowDecimals={false} width={44} tickLine={false} axisLine={false} />
                  <Tooltip isAnimationActive={false} />
                  <Legend />
                  <Line dataKey="fraud" name="Fraud" isAnimationActive={false} dot={false} stroke="#c0392b" />
                  <Line
                    dataKey="fraudStopped"
                    name="Fraud stopped"
                    isAnimationActive={false}
                    dot={false}
                    stroke="#2e7d32"
                  />
                  <Line
                    dataKey="goodStopped"
                    name="Good orders stopped"
                    isAnimationActive={false}
                    dot={false}
                    stroke="#b7791f"
                  />
                </LineChart>
              </div>
            </section>
          </div>
          <section className="panel" aria-labelledby="rules-quality-title">
            <header className="panel-header">
              <h2 id="rules-quality-title" className="panel-title">
                Precision per rule
              </h2>
            </header>
            <div className="panel-body">
              {q.rules.length === 0 ? (
                <p className="empty">No rule matched in this period.</p>
              ) : (
                <table className="table" data-testid="quality-rules">
                  <thead>
                    <tr>
                      <th scope="col">Rule</th>
                      <th scope="col">Matched</th>
                      <th scope="col">Of them fraud</th>
                      <th scope="col">Precision</th>
                      <th scope="col">Fraud value</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.rules.map((rule) => (
                      <tr key={rule.ruleId} data-testid="quality-rule" data-rule-id={rule.ruleId}>
                        <th scope="row">{rule.name ?? rule.ruleId}</th>
                        <td className="tabular">{formatCount(rule.hits)}</td>
                        <td className="tabular">{formatCount(rule.fraudHits)}</td>
                        <td className="tabular">{formatRate(rule.precision)}</td>
                        <td>{formatAmounts(rule.fraudValue)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          </section>
        </>
      )}
    </main>
  );
}
