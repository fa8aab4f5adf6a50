import { useMemo } from 'react';
import { computeKpis, kpiInputFromServer, kpiInputFromWindow, type Kpi } from './kpis';
import { useServerStats, useWindowSnapshot } from './live-context';

/** The tiles: the server's numbers while they arrive (complete from the first second), else the events seen. */
export function useLiveWindowKpis(): Kpi[] {
  const snapshot = useWindowSnapshot();
  const server = useServerStats();
  return useMemo(
    () => computeKpis(server ? kpiInputFromServer(server) : kpiInputFromWindow(snapshot)),
    [snapshot, server],
  );
}
