import { type LiveBroadcastEventMap, type LiveBroadcastEventName } from '@vigil/contracts';

/** Every authenticated socket joins this room; transaction events go to it. */
export const LIVE_ROOM = 'live';

/**
 * Fans live events out to every api node: RedisLivePublisher or PostgresLivePublisher (chosen at boot).
 * Processes publish through a LiveBatcher (live-batcher.ts), which owns one of these.
 */
export interface LivePublisher {
  publish<E extends LiveBroadcastEventName>(event: E, payload: LiveBroadcastEventMap[E]): void;
  close(): Promise<void>;
}
