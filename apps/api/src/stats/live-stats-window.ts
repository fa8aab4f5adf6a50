import { type LiveStatsJson } from '@vigil/contracts';
import { addCounts, type CountsRow, emptyCounts } from './stats-counts.js';

/** One second's transactions of one currency, by current status, as the database holds them now. */
export interface SecondRow extends CountsRow {
  /** Epoch second of `created_at`. */
  second: number;
}

/**
 * The `stats` event's sliding window, kept per second so that a tick only has to reread the last few seconds
 * (where new transactions land) and, now and then, the whole window (status changes of older ones).
 */
export class LiveStatsWindow {
  readonly #seconds = new Map<number, SecondRow[]>();

  constructor(
    readonly windowSeconds: number,
    readonly rateSeconds: number,
  ) {}

  /** First second of the window whose second in progress is `nowSec`. */
  start(nowSec: number): number {
    return nowSec - this.windowSeconds + 1;
  }

  /**
   * Replaces every second from `fromSec` on with `rows` (a reread of those seconds), and forgets the seconds
   * that have left the window.
   */
  replace(fromSec: number, nowSec: number, rows: readonly SecondRow[]): void {
    const oldest = this.start(nowSec);
    for (const second of this.#seconds.keys()) {
      if (second >= fromSec || second < oldest) this.#seconds.delete(second);
    }
    for (const row of rows) {
      if (row.second < oldest || row.second < fromSec) continue;
      const list = this.#seconds.get(row.second) ?? [];
      list.push(row);
      this.#seconds.set(row.second, list);
    }
  }

  /**
   * Totals of the window whose second in progress is `nowMs`'s (anything stamped later counts too: clocks
   * differ a little). The rate covers whole seconds only, so a half-filled second never reads as a dip.
   */
  summary(nowMs: number, pendingReview: number): LiveStatsJson {
    const nowSec = Math.floor(nowMs / 1000);
    const oldest = this.start(nowSec);
    const rateFrom = nowSec - this.rateSeconds;
    const totals = emptyCounts();
    let recent = 0;
    for (const [second, rows] of this.#seconds) {
      if (second < oldest) continue;
      for (const row of rows) {
        addCounts(totals, row);
        if (second >= rateFrom && second < nowSec) recent += row.count;
      }
    }
    return {
      at: new Date(nowMs).toISOString(),
      windowSeconds: this.windowSeconds,
      totals,
      eventsPerSecond: Math.round((recent / this.rateSeconds) * 10) / 10,
      pendingReview,
    };
  }
}
