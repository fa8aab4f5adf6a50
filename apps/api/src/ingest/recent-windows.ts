export interface Window {
  start: number;
  count: number;
}

/**
 * Fixed windows per key, at most `capacity` keys: when full, the key touched least recently is dropped.
 * Keys that keep arriving (an address that keeps sending bad signatures) are always the most recent, so a
 * flood of one-off keys evicts only other one-off keys and never makes the limiter forget an attacker.
 */
export class RecentWindows {
  // A Map iterates in insertion order: re-inserting on every touch keeps the least recent first.
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly windowMs: number,
    private readonly capacity: number,
  ) {}

  get size(): number {
    return this.windows.size;
  }

  /** Counts one event for `key` and returns its window. */
  bump(key: string, now: number): Window {
    let window = this.windows.get(key);
    this.windows.delete(key);
    if (!window || now - window.start >= this.windowMs) window = { start: now, count: 0 };
    window.count += 1;
    this.windows.set(key, window);
    if (this.windows.size > this.capacity) {
      const oldest = this.windows.keys().next();
      if (!oldest.done) this.windows.delete(oldest.value);
    }
    return window;
  }

  /** The running window of `key`, if any (does not count as a touch). */
  current(key: string, now: number): Window | null {
    const window = this.windows.get(key);
    return window && now - window.start < this.windowMs ? window : null;
  }
}
