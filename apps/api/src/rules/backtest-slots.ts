import { Injectable } from '@nestjs/common';

/**
 * One backtest per user at a time (per api process): a second one while the first runs is refused rather than
 * queued, so one person cannot occupy the database with scans (docs/security.md#backtests).
 */
@Injectable()
export class BacktestSlots {
  private readonly running = new Set<string>();

  /** The release function, or null when this user already has a backtest running. */
  take(userId: string): (() => void) | null {
    if (this.running.has(userId)) return null;
    this.running.add(userId);
    return () => this.running.delete(userId);
  }
}
