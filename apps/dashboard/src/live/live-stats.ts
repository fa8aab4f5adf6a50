import type { CurrencyAmounts, LiveStatsJson } from '@vigil/contracts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function isAmounts(value: unknown): value is CurrencyAmounts {
  return isRecord(value) && Object.values(value).every((amount) => typeof amount === 'number');
}

/** Cheap structural check of a `stats` element: what comes over the wire is not the browser's to trust. */
export function isLiveStats(value: unknown): value is LiveStatsJson {
  if (!isRecord(value) || !isRecord(value.totals)) return false;
  const { totals } = value;
  return (
    typeof value.at === 'string' &&
    isCount(value.windowSeconds) &&
    value.windowSeconds > 0 &&
    isCount(value.eventsPerSecond) &&
    isCount(value.pendingReview) &&
    isCount(totals.count) &&
    isCount(totals.flagged) &&
    isCount(totals.held) &&
    isCount(totals.blocked) &&
    isCount(totals.approved) &&
    isAmounts(totals.amount)
  );
}

/** The newest well-formed stats of a `stats` payload (an array, or a single object), if any. */
export function latestLiveStats(payload: unknown): LiveStatsJson | null {
  const list: unknown[] = Array.isArray(payload) ? payload : [payload];
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i];
    if (isLiveStats(item)) return item;
  }
  return null;
}
