/** A fixed window's count and how long until it resets (ms, at least 1 while the window runs). */
export interface RateWindow {
  count: number;
  resetMs: number;
}

/**
 * Fixed-window counters shared by every api process (login throttles). A window starts at its first hit
 * and lasts `windowMs`. Every operation is one atomic step in the store, so concurrent requests can never
 * all pass a check that only one of them should (docs/operations.md "Login throttling").
 */
export interface RateCounters {
  /** Counts one hit; the window's count including it. */
  hit(key: string, windowMs: number): Promise<RateWindow>;
  /** Counts one hit only while fewer than `limit` are counted; null (nothing counted) when full. */
  take(key: string, limit: number, windowMs: number): Promise<RateWindow | null>;
  /** The window as it stands (count 0 when none runs). */
  peek(key: string): Promise<RateWindow>;
  /** Gives one counted hit back (a reserved attempt that turned out not to count). */
  release(key: string): Promise<void>;
  /** Ends the window (an owner lifted a lockout). */
  reset(key: string): Promise<void>;
}
