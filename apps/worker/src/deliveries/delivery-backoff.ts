import { type BackoffStrategy } from 'bullmq';
import { DELIVERY_RETRY_DELAYS_MS } from '@vigil/contracts';
import { DELIVERY_BACKOFF_TYPE } from '@vigil/pipeline';

/** Delay before retry `retry` (1-based) of a decision webhook, scaled (tests run hours of schedule in seconds). */
export function deliveryRetryDelay(retry: number, scale: number): number {
  const delays = DELIVERY_RETRY_DELAYS_MS;
  const base = delays[Math.min(Math.max(retry, 1), delays.length) - 1] ?? 0;
  return Math.max(1, Math.round(base * scale));
}

/**
 * BullMQ's custom backoff for the `deliveries` queue: 2 s, 10 s, 30 s, 2 min, 10 min, 30 min, then hourly.
 * BullMQ passes the number of attempts made so far, i.e. the retry about to be scheduled.
 */
export function deliveryBackoffStrategy(scale: number): BackoffStrategy {
  return (attemptsMade, type) => {
    if (type !== DELIVERY_BACKOFF_TYPE) throw new Error(`unknown backoff type ${type ?? '(none)'}`);
    return deliveryRetryDelay(attemptsMade, scale);
  };
}
