import { describe, expect, it } from '@jest/globals';
import { DUPLICATE_ACK, FRESH_ACK, webhookSourceId } from './webhook-fast-path.js';

describe('webhookSourceId (which requests the fast path answers)', () => {
  it('takes POST /webhooks/:id with or without a trailing slash or query, decoded', () => {
    expect(webhookSourceId('POST', '/webhooks/abc')).toBe('abc');
    expect(webhookSourceId('POST', '/webhooks/abc/')).toBe('abc');
    expect(webhookSourceId('POST', '/webhooks/abc?x=1')).toBe('abc');
    expect(webhookSourceId('POST', '/WEBHOOKS/a%20b')).toBe('a b');
  });

  it('leaves everything else to Express', () => {
    expect(webhookSourceId('GET', '/webhooks/abc')).toBeNull();
    expect(webhookSourceId('POST', '/webhooks/')).toBeNull();
    expect(webhookSourceId('POST', '/webhooks/a/b')).toBeNull();
    expect(webhookSourceId('POST', '/webhooksabc')).toBeNull();
    expect(webhookSourceId('POST', '/webhooks/%E0%A4%A')).toBeNull();
    expect(webhookSourceId('POST', '/api/webhooks/abc')).toBeNull();
  });
});

describe('the 202 acknowledgements (built once)', () => {
  it('are the JSON of the ack, with its byte length and the usual headers', () => {
    for (const [reply, duplicate] of [
      [FRESH_ACK, false],
      [DUPLICATE_ACK, true],
    ] as const) {
      expect(JSON.parse(reply.json)).toEqual({ received: true, duplicate });
      expect(reply.headers).toEqual({
        'content-type': 'application/json; charset=utf-8',
        'x-content-type-options': 'nosniff',
        'content-length': Buffer.byteLength(reply.json),
      });
    }
  });
});
