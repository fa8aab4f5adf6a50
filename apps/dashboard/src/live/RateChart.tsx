import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../format/number';
import { formatClock } from '../format/time';
import { useWindowSnapshot } from './live-context';

const TICK_EVERY = 15;

/** Transactions per second over the window; redrawn once a second, never per event. */
export function RateChart() {
  const snapshot = useWindowSnapshot();
  const { nowSec, seconds, series } = snapshot;
  const start = nowSec - seconds;
  const end = nowSec - 1;
  const ticks: number[] = [];
  for (let t = end; t >= start; t -= TICK_EVERY) ticks.unshift(t);
  const peak = series.reduce((max, point) => Math.max(max, point.count), 0);

  return (
    <section className="panel chart-panel" aria-labelledby="rate-title">
      <header className="panel-header">
        <div>
          <h2 id="rate-title" className="panel-title">
            Transactions per second
          </h2>
          <p className="panel-subtitle">
            Last {seconds} s · peak <span className="tabular">{formatCount(peak)}</span>/s
          </p>
        </div>
      </header>
      <div className="chart" data-testid="rate-chart">
        <AreaChart
          responsive
          data={series as { t: number; count: number }[]}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          style={{ width: '100%', height: '100%' }}
        >
          <CartesianGrid vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            domain={[start, end]}
            ticks={ticks}
            tickFormatter={(t: number) => (t === end ? 'now' : `−${end - t}s`)}
            tickLine={false}
            axisLine={false}
          />
          <YAxis
            allowDecimals={false}
            width={44}
            tickLine={false}
            axisLine={false}
            tickFormatter={(value: number) => formatCount(value)}
          />
          <Tooltip
            isAnimationActive={false}
            cursor={{ className: 'chart-cursor' }}
            labelFormatter={(label) =>
              typeof label === 'number' ? formatClock(label * 1000) : String(label)
            }
            formatter={(value) => [`${formatCount(Number(value))} / s`, 'Transactions']}
            wrapperClassName="chart-tooltip"
          />
          <Area
            type="monotone"
            dataKey="count"
            className="chart-area"
            isAnimationActive={false}
            dot={false}
            activeDot={{ r: 3, className: 'chart-dot' }}
          />
        </AreaChart>
      </div>
    </section>
  );
}
