import { describe, expect, it } from '@jest/globals';
import { STORED_LENGTH } from '@vigil/contracts';
import { providerEventId } from './event-id.js';
import { standardOrderCreated } from '@vigil/testing';
import { normalizeFixture, RECEIVED_AT } from '../test/normalize-fixture.js';
import { parseAndNormalize } from './parse-and-normalize.js';
import { boundedEventId, characterCount, cutToLength } from './stored-lengths.js';

const EMOJI = '\u{1F600}'; // one character, two UTF-16 units

function standardOrder(data: Record<string, unknown>): Buffer {
  const body = standardOrderCreated as unknown as { data: Record<string, unknown> };
  return Buffer.from(JSON.stringify({ ...body, data: { ...body.data, ...data } }));
}

describe('cutting values to their columns', () => {
  it('counts and cuts characters as PostgreSQL does, never splitting a surrogate pair', () => {
    expect(characterCount(`a${EMOJI}b`)).toBe(3);
    expect(cutToLength(`a${EMOJI}b`, 2)).toBe(`a${EMOJI}`);
    expect(cutToLength(`${EMOJI}`.repeat(5), 3)).toBe(EMOJI.repeat(3));
    expect(cutToLength('short', 10)).toBe('short');
  });

  it('cuts over-long customer, id and IP values and says which', () => {
    const result = parseAndNormalize(
      'standard',
      standardOrder({
        orderId: 'o'.repeat(300),
        paymentId: 'p'.repeat(256),
        deviceId: 'd'.repeat(1000),
        ip: '2001:db8::'.padEnd(100, '1'),
        customer: { id: 'c'.repeat(400), email: `${'A'.repeat(400)}@example.com`, name: EMOJI.repeat(301) },
      }),
      { 'webhook-id': 'msg_long' },
      RECEIVED_AT,
    );
    if (!result.ok) throw new Error(result.reason);
    const { event, cuts } = result;
    expect(event.orderId).toBe('o'.repeat(STORED_LENGTH.orderId));
    expect(event.paymentId).toBe('p'.repeat(STORED_LENGTH.paymentId));
    expect(event.deviceId).toHaveLength(STORED_LENGTH.deviceId);
    expect(event.ip).toHaveLength(STORED_LENGTH.ip);
    expect(event.customer.id).toHaveLength(STORED_LENGTH.customerId);
    expect(event.customer.email).toBe('a'.repeat(STORED_LENGTH.customerEmail));
    expect(event.customer.name).toBe(EMOJI.repeat(STORED_LENGTH.customerName));
    expect(cuts).toEqual([
      { field: 'orderId', length: 300, keptLength: 255 },
      { field: 'paymentId', length: 256, keptLength: 255 },
      { field: 'customer.id', length: 400, keptLength: 255 },
      { field: 'customer.email', length: 412, keptLength: 320 },
      { field: 'customer.name', length: 301, keptLength: 300 },
      { field: 'ip', length: 100, keptLength: 64 },
      { field: 'deviceId', length: 1000, keptLength: 255 },
    ]);
  });

  it('cuts nothing when every value fits', () => {
    const result = parseAndNormalize('standard', standardOrder({}), { 'webhook-id': 'msg_1' }, RECEIVED_AT);
    expect(result.ok && result.cuts).toEqual([]);
  });

  it('bounds long event ids by prefix and hash, so two long ids never collide', () => {
    const a = `evt_${'x'.repeat(300)}a`;
    const b = `evt_${'x'.repeat(300)}b`;
    expect(boundedEventId('evt_short')).toBe('evt_short');
    expect(characterCount(boundedEventId(a))).toBe(STORED_LENGTH.eventId);
    expect(boundedEventId(a)).not.toBe(boundedEventId(b));
    expect(providerEventId('standard', { 'webhook-id': a }, {})).toBe(boundedEventId(a));
    const stripe = normalizeFixture('stripe', { id: a, object: 'event', type: 'customer.created', data: {} });
    expect(stripe.eventId).toBe(boundedEventId(a));
  });
});

describe('invalid Unicode', () => {
  it('replaces lone surrogates in every string and key of the stored body and of the event', () => {
    // JSON escapes of surrogates without their partner, as a hostile sender writes them.
    const raw = standardOrder({ customer: { name: 'Ann <D800> <DC00>x' }, note: { 'k<DBFF>': '<DFFF>' } })
      .toString()
      .replace(/<(D[89A-F]\w\w)>/g, '\\u$1');
    const result = parseAndNormalize('standard', Buffer.from(raw), { 'webhook-id': 'msg_2' }, RECEIVED_AT);
    if (!result.ok) throw new Error(result.reason);
    expect(result.event.customer.name).toBe('Ann \ufffd \ufffdx');
    const data = (result.body as { data: Record<string, unknown> }).data;
    expect(data['note']).toEqual({ 'k\ufffd': '\ufffd' });
    expect(JSON.stringify(result.body)).not.toMatch(/\\ud[89a-f]/i);
  });

  it('keeps well-formed surrogate pairs', () => {
    const result = parseAndNormalize(
      'standard',
      standardOrder({ customer: { name: `Ann ${EMOJI}` } }),
      { 'webhook-id': 'msg_3' },
      RECEIVED_AT,
    );
    expect(result.ok && result.event.customer.name).toBe(`Ann ${EMOJI}`);
  });
});
