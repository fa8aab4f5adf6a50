/** Node timers hold at most 2^31 − 1 ms (about 24.8 days); longer sessions are waited for in steps. */
const MAX_TIMER_MS = 2_147_483_647;

/** Calls `expire` once `expiresAt` has passed; the returned function cancels it. */
export function onExpiry(expiresAt: Date, expire: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const wait = (): void => {
    const remaining = expiresAt.getTime() - Date.now();
    if (remaining <= 0) {
      expire();
      return;
    }
    timer = setTimeout(wait, Math.min(remaining, MAX_TIMER_MS));
    timer.unref();
  };
  wait();
  return () => clearTimeout(timer);
}
