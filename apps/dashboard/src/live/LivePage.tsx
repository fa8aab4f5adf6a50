import { KpiTiles } from './KpiTiles';
import { LiveFeed } from './LiveFeed';
import { RateChart } from './RateChart';
import './live.css';

/** Everything arriving right now: totals for the last minute, the rate, and the feed itself. */
export function LivePage() {
  return (
    <main className="page live-page">
      <title>Live · Vigil</title>
      <KpiTiles />
      <RateChart />
      <LiveFeed />
    </main>
  );
}
