/**
 * Short-lived values shared by every api node (pending two-factor logins). `take` removes the value in the
 * same atomic step that reads it, so two concurrent readers can never both get it.
 */
export interface ExpiringValues {
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** The value, removed; null when absent or expired. */
  take(key: string): Promise<string | null>;
}
