import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  LiveEvent,
  type LiveBroadcastEventMap,
  type LiveBroadcastEventName,
  type TransactionJson,
} from '@vigil/contracts';
import { LiveBatcher } from './live-batcher.js';
import { type LivePublisher } from './live-publisher.js';

const tx = (id: string) => ({ id }) as TransactionJson;

function recordingPublisher() {
  const published: Array<[LiveBroadcastEventName, string[]]> = [];
  const publisher: LivePublisher = {
    publish<E extends LiveBroadcastEventName>(event: E, payload: LiveBroadcastEventMap[E]) {
      published.push([event, payload.map((t) => t.id)]);
    },
    close: jest.fn(async () => undefined),
  };
  return { publisher, published };
}

describe('LiveBatcher', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('publishes what arrives within a few milliseconds as one array per event', () => {
    const { publisher, published } = recordingPublisher();
    const live = new LiveBatcher(publisher);
    live.push(LiveEvent.TransactionCreated, tx('a'));
    live.push(LiveEvent.TransactionUpdated, tx('b'));
    live.push(LiveEvent.TransactionCreated, tx('c'), tx('d'));
    expect(published).toEqual([]);
    jest.advanceTimersByTime(25);
    expect(published).toEqual([
      ['transaction.created', ['a', 'c', 'd']],
      ['transaction.updated', ['b']],
    ]);
  });

  it('sends a single event as an array too, and nothing for an empty push', () => {
    const { publisher, published } = recordingPublisher();
    const live = new LiveBatcher(publisher);
    live.push(LiveEvent.TransactionUpdated);
    live.push(LiveEvent.TransactionUpdated, tx('only'));
    live.flush();
    expect(published).toEqual([['transaction.updated', ['only']]]);
  });

  it('publishes a full batch at once and flushes before closing the publisher', async () => {
    const { publisher, published } = recordingPublisher();
    const live = new LiveBatcher(publisher);
    for (let i = 0; i < 250; i++) live.push(LiveEvent.TransactionCreated, tx(String(i)));
    expect(published).toHaveLength(1);
    live.push(LiveEvent.TransactionCreated, tx('last'));
    await live.close();
    expect(published.at(-1)).toEqual(['transaction.created', ['last']]);
    expect(publisher.close).toHaveBeenCalledTimes(1);
  });
});
