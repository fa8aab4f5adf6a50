import { Injectable } from '@nestjs/common';

/**
 * One long scan of stored history (backtest, simulation, calibration) per user and kind at a time, per api
 * process: a second one while the first runs is refused rather than queued, so one person cannot occupy the
 * database with scans (docs/security.md#backtests).
 */
@Injectable()
export class RunSlots {
  private readonly running = new Set<string>();

  /** The release function, or null when this user already runs one of this kind. */
  take(kind: string, userId: string): (() => void) | null {
    const key = `${kind}|${userId}`;
    if (this.running.has(key)) return null;
    this.running.add(key);
    return () => this.running.delete(key);
  }
}
