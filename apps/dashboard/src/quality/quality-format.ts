import type { CurrencyAmounts } from '@vigil/contracts';
import { formatMinorUnits } from '../format/money';

/** "€1,200.00 + $9.00": every currency on its own, never added together. */
export function formatAmounts(amounts: CurrencyAmounts): string {
  const parts = Object.entries(amounts)
    .filter(([, value]) => value !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, value]) => formatMinorUnits(value, currency));
  return parts.length === 0 ? '—' : parts.join(' + ');
}

/** 0.1234 → "12.3 %"; null → "—". */
export function formatRate(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)} %`;
}
