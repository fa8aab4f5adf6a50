import type { TransactionJson } from './transaction.js';

/** socket.io namespace of the live channel. */
export const LIVE_NAMESPACE = '/live';

/**
 * Every event the live channel carries (server → client) and its payload. A payload is always an array: what
 * happened within a few milliseconds goes out as one message (docs/api.md#live-channel).
 */
export interface LiveEventMap {
  'transaction.created': TransactionJson[];
  'transaction.updated': TransactionJson[];
}

export type LiveEventName = keyof LiveEventMap;

/** One element of an event's payload. */
export type LiveEventItem<E extends LiveEventName> = LiveEventMap[E][number];

export const LiveEvent = {
  TransactionCreated: 'transaction.created',
  TransactionUpdated: 'transaction.updated',
} as const satisfies Record<string, LiveEventName>;

/** The channel in socket.io's typed-events form: one listener per event, taking its payload. */
export type LiveListeners = { [E in LiveEventName]: (payload: LiveEventMap[E]) => void };

/** `connect_error` message for a handshake without a valid session. */
export const LIVE_UNAUTHORIZED = 'unauthorized';
