import { formatCount } from '../format/number';
import { useWindowSnapshot } from './live-context';
import { WorldMap } from './WorldMap';

interface Bar {
  key: string;
  label: string;
  value: number;
  tone?: string;
  title?: string;
}

function BarList({
  bars,
  of,
  empty,
  testId,
}: {
  bars: readonly Bar[];
  of: number;
  empty: string;
  testId: string;
}) {
  if (bars.length === 0 || of === 0) return <p className="muted-text breakdown-empty">{empty}</p>;
  return (
    <ul className="bar-list" data-testid={testId}>
      {bars.map((bar) => (
        <li key={bar.key} className="bar-item" title={bar.title}>
          <span className="bar-label">{bar.label}</span>
          <span className="bar-value">{formatCount(bar.value)}</span>
          <span className="bar-track" aria-hidden="true">
            <span
              className={`bar-fill ${bar.tone ?? ''}`}
              style={{ width: `${Math.min(100, (bar.value / of) * 100)}%` }}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** What the last minute was made of: outcomes, the signals that fired most, where buyers were. */
export function Breakdowns() {
  const snapshot = useWindowSnapshot();
  const { count, held, blocked, topSignals, countries } = snapshot;
  const outcomes: Bar[] = [
    { key: 'approved', label: 'Approved', value: count - held - blocked, tone: 'bar-fill-ok' },
    { key: 'held', label: 'Held for review', value: held, tone: 'bar-fill-warn' },
    { key: 'blocked', label: 'Blocked', value: blocked, tone: 'bar-fill-danger' },
  ];
  const signalBars: Bar[] = topSignals.map((signal) => ({
    key: signal.code,
    label: signal.description,
    value: signal.count,
    tone: 'bar-fill-warn',
    title: signal.code,
  }));
  const countryBars: Bar[] = countries.map((entry) => ({
    key: entry.country,
    label: entry.country,
    value: entry.count,
  }));
  const span = `last ${snapshot.seconds} s`;

  return (
    <section className="breakdowns" aria-label={`Breakdowns, ${span}`} data-testid="breakdowns">
      <article className="panel breakdown">
        <h2 className="panel-title">Outcomes</h2>
        <p className="panel-subtitle">{span}</p>
        <BarList bars={outcomes} of={count} empty="No transactions yet." testId="breakdown-outcomes" />
      </article>
      <article className="panel breakdown">
        <h2 className="panel-title">Top signals</h2>
        <p className="panel-subtitle">Share of transactions each fired on, {span}</p>
        <BarList bars={signalBars} of={count} empty="No signals fired." testId="breakdown-signals" />
      </article>
      <article className="panel breakdown">
        <h2 className="panel-title">Countries</h2>
        <p className="panel-subtitle">By IP, else billing address, {span}</p>
        <BarList bars={countryBars} of={count} empty="No locations known." testId="breakdown-countries" />
      </article>
      <article className="panel breakdown breakdown-map">
        <h2 className="panel-title">Where orders come from</h2>
        <p className="panel-subtitle">
          Shaded by orders, outlined red where some were held or blocked, {span}
        </p>
        <WorldMap activity={snapshot.geo} />
      </article>
    </section>
  );
}
