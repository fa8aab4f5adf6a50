import type { StatsCountsJson } from './decisions.js';
import type { TransactionJson } from './transaction.js';

/** socket.io namespace of the live channel. */
export const LIVE_NAMESPACE = '/live';

/** Width of the `stats` event's window, in seconds (the live page's tiles cover the same minute). */
export const LIVE_STATS_WINDOW_SECONDS = 60;
/** `eventsPerSecond` is the average over this many whole seconds before `at`. */
export const LIVE_STATS_RATE_SECONDS = 10;

/**
 * The `stats` event: about once a second, to every socket. Counts the transactions created in the last
 * `windowSeconds` by their current status (the same counts as `GET /api/stats`), plus the review queue's size.
 */
export interface LiveStatsJson {
  /** When these numbers were computed (server clock, ISO 8601). */
  at: string;
  windowSeconds: number;
  totals: StatsCountsJson;
  /** Transactions created per second, averaged over the last LIVE_STATS_RATE_SECONDS whole seconds. */
  eventsPerSecond: number;
  /** Transactions held for review right now, whenever they were created. */
  pendingReview: number;
}

/**
 * Every event the live channel carries (server → client) and its payload. A payload is always an array: what
 * happened within a few milliseconds goes out as one message (docs/api.md#live-channel). `stats` carries one
 * element, sent by each api process to its own sockets (never through the socket.io adapter).
 */
export interface LiveEventMap {
  'transaction.created': TransactionJson[];
  'transaction.updated': TransactionJson[];
  stats: LiveStatsJson[];
}

export type LiveEventName = keyof LiveEventMap;

/** The events published through the socket.io adapter to every api node (LiveBatcher); not `stats`. */
export type LiveBroadcastEventName = 'transaction.created' | 'transaction.updated';
export type LiveBroadcastEventMap = Pick<LiveEventMap, LiveBroadcastEventName>;

/** One element of an event's payload. */
export type LiveEventItem<E extends LiveEventName> = LiveEventMap[E][number];

export const LiveEvent = {
  TransactionCreated: 'transaction.created',
  TransactionUpdated: 'transaction.updated',
  Stats: 'stats',
} as const satisfies Record<string, LiveEventName>;

/** The channel in socket.io's typed-events form: one listener per event, taking its payload. */
export type LiveListeners = { [E in LiveEventName]: (payload: LiveEventMap[E]) => void };

/** `connect_error` message for a handshake without a valid session. */
export const LIVE_UNAUTHORIZED = 'unauthorized';
