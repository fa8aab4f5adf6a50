import { type LiveEventName } from '@vigil/contracts';

/** Every authenticated socket joins this room; transaction events go to it. */
export const LIVE_ROOM = 'live';

/** Fans live events out to every api node: RedisLivePublisher or PostgresLivePublisher (chosen at boot). */
export interface LivePublisher {
  publish(event: LiveEventName, payload: unknown): void;
  close(): Promise<void>;
}

export const LIVE_PUBLISHER = Symbol('LIVE_PUBLISHER');
