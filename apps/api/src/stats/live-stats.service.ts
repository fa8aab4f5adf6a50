import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LIVE_STATS_RATE_SECONDS, LIVE_STATS_WINDOW_SECONDS, type LiveStatsJson } from '@vigil/contracts';
import { LiveStatsWindow, type SecondRow } from './live-stats-window.js';

/** Seconds reread on every tick: new transactions land here (created_at is their insert's start). */
export const RECENT_SECONDS = 5;
/** Every this many ticks the whole window is reread, so decisions on older transactions show up. */
export const FULL_REREAD_EVERY = 10;

/**
 * Per second and currency, counts by current status (the same definitions as `GET /api/stats`) of the
 * transactions created since $1: a range scan of ix_transactions_created.
 */
const SECONDS = `
SELECT floor(extract(epoch FROM created_at))::float8 AS second, currency,
  count(*)::int AS count,
  count(*) FILTER (WHERE status <> 'approved' OR held_at IS NOT NULL)::int AS flagged,
  count(*) FILTER (WHERE status = 'review')::int AS held,
  count(*) FILTER (WHERE status = 'blocked')::int AS blocked,
  count(*) FILTER (WHERE status = 'approved')::int AS approved,
  COALESCE(sum(amount), 0)::text AS amount
FROM transactions
WHERE created_at >= $1
GROUP BY 1, 2`;

/** The review queue's size: served by the partial index on held transactions (ix_transactions_review_deadline). */
const PENDING_REVIEW = `SELECT count(*)::int AS pending FROM transactions WHERE status = 'review'`;

type SecondQueryRow = Omit<SecondRow, 'amount'> & { amount: string };

/**
 * The numbers of the live channel's `stats` event. Each call is one tick: it rereads only the last few
 * seconds (the whole minute every FULL_REREAD_EVERY ticks, or after a pause), so its cost does not grow with
 * the rate times the window. One instance per api process; the gateway calls it once a second while the
 * process has sockets, and shares the result among them.
 */
@Injectable()
export class LiveStatsService {
  readonly #window = new LiveStatsWindow(LIVE_STATS_WINDOW_SECONDS, LIVE_STATS_RATE_SECONDS);
  #lastSecond: number | undefined;
  #ticksSinceFull = 0;

  constructor(private readonly dataSource: DataSource) {}

  async next(nowMs = Date.now()): Promise<LiveStatsJson> {
    const nowSec = Math.floor(nowMs / 1000);
    const recentFrom = nowSec - RECENT_SECONDS + 1;
    // A full reread when the last tick is too long ago for the recent seconds to reach back to it.
    const full =
      this.#lastSecond === undefined ||
      recentFrom > this.#lastSecond ||
      this.#ticksSinceFull + 1 >= FULL_REREAD_EVERY;
    const fromSec = full ? this.#window.start(nowSec) : recentFrom;
    const rows = (await this.dataSource.query(SECONDS, [new Date(fromSec * 1000)])) as SecondQueryRow[];
    const [{ pending }] = (await this.dataSource.query(PENDING_REVIEW)) as [{ pending: number }];
    this.#window.replace(
      fromSec,
      nowSec,
      rows.map((row) => ({ ...row, amount: Number(row.amount) })),
    );
    this.#lastSecond = nowSec;
    this.#ticksSinceFull = full ? 0 : this.#ticksSinceFull + 1;
    return this.#window.summary(nowMs, pending);
  }

  /** Forgets the window (no sockets left): the next tick rereads it whole. */
  reset(): void {
    this.#lastSecond = undefined;
  }
}
