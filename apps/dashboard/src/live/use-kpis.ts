import { useMemo } from 'react';
import { computeKpis, type Kpi } from './kpis';
import { useWindowSnapshot } from './live-context';

export function useLiveWindowKpis(): Kpi[] {
  const snapshot = useWindowSnapshot();
  return useMemo(() => computeKpis(snapshot), [snapshot]);
}
