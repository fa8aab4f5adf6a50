import { describe, expect, it, jest } from '@jest/globals';
import { type EnqueueResult, type IngestJobData } from './ingest-queue.js';
import { markerId, sendUnseen } from './known-duplicates.js';

const job = (eventId: string, body = '{}'): IngestJobData => ({
  sourceId: 'src-1',
  kind: 'shopify',
  eventId,
  receivedAt: '2026-12-04T00:00:00.000Z',
  body,
  headers: {},
});

const queued = (jobs: IngestJobData[]): Promise<EnqueueResult[]> =>
  Promise.resolve(jobs.map(() => ({ duplicate: false })));

describe('sendUnseen', () => {
  it('never queues an event whose marker is set: a redelivery with another body cannot overtake the first', async () => {
    const send = jest.fn(queued);
    const results = await sendUnseen(
      [job('a'), job('b', '{"total_price":"1.00"}'), job('c')],
      () => Promise.resolve(new Set([markerId('src-1', 'b')])),
      send,
    );
    expect(results).toEqual([{ duplicate: false }, { duplicate: true }, { duplicate: false }]);
    expect(send.mock.calls[0]?.[0].map((j) => j.eventId)).toEqual(['a', 'c']);
  });

  it('queues the first copy of an id repeated in one burst and answers the repeat as its duplicate', async () => {
    const send = jest.fn(queued);
    const found = jest.fn((_unique: IngestJobData[]) => Promise.resolve(new Set<string>()));
    const results = await sendUnseen([job('a', 'first'), job('a', 'second'), job('b')], found, send);
    expect(results).toEqual([{ duplicate: false }, { duplicate: true }, { duplicate: false }]);
    expect(found.mock.calls[0]?.[0].map((j) => j.eventId)).toEqual(['a', 'b']);
    expect(send.mock.calls[0]?.[0].map((j) => j.body)).toEqual(['first', '{}']);
  });

  it('a repeat shares its first copy’s failure, so neither is acknowledged', async () => {
    const failure = new Error('queue full');
    const results = await sendUnseen(
      [job('a'), job('a'), job('b')],
      () => Promise.resolve(new Set<string>()),
      () => Promise.resolve([failure, { duplicate: false }]),
    );
    expect(results).toEqual([failure, failure, { duplicate: false }]);
  });

  it('fails the burst when the markers cannot be read (the store is away), and sends nothing when all are known', async () => {
    const send = jest.fn(queued);
    await expect(
      sendUnseen([job('a'), job('b')], () => Promise.reject(new Error('down')), send),
    ).rejects.toThrow('down');
    expect(send).not.toHaveBeenCalled();
    const none = jest.fn(queued);
    const results = await sendUnseen(
      [job('a')],
      () => Promise.resolve(new Set([markerId('src-1', 'a')])),
      none,
    );
    expect(results).toEqual([{ duplicate: true }]);
    expect(none).not.toHaveBeenCalled();
  });
});
