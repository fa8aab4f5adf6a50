import { Breakdowns } from './Breakdowns';
import { KpiTiles } from './KpiTiles';
import { LiveFeed } from './LiveFeed';
import { RateChart } from './RateChart';
import { StatsPanel } from './StatsPanel';
import './live.css';

/** Everything arriving right now: totals for the last minute, the rate, and the feed itself. */
export function LivePage() {
  return (
    <main className="page live-page">
      <title>Live · Vigil</title>
      <KpiTiles />
      <RateChart />
      <Breakdowns />
      <LiveFeed />
      <StatsPanel />
    </main>
  );
}
