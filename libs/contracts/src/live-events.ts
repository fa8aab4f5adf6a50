import type { TransactionJson } from './transaction.js';

/** socket.io namespace of the live channel. */
export const LIVE_NAMESPACE = '/live';

export const LiveEvent = {
  TransactionCreated: 'transaction.created',
  TransactionUpdated: 'transaction.updated',
  Stats: 'stats',
} as const;
export type LiveEventName = (typeof LiveEvent)[keyof typeof LiveEvent];

/** Live events may arrive one at a time or batched as an array. */
export type LiveTransactionPayload = TransactionJson | TransactionJson[];

/** `connect_error` message for a handshake without a valid session. */
export const LIVE_UNAUTHORIZED = 'unauthorized';
