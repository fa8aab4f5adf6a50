import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from '@jest/globals';
import { signedHeaders } from './decision-webhook-sender.js';

const body = JSON.stringify({ type: 'transaction.held', data: { transactionId: 't_1' } });

describe('decision webhook signatures', () => {
  it('verify with the Standard Webhooks reference library for whsec_ secrets', () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const headers = signedHeaders(secret, 'msg_1', body, new Date());
    expect(headers['webhook-id']).toBe('msg_1');
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });

  it("use a Shopify-style secret's own bytes, verifiable in the library's raw format", () => {
    const secret = randomBytes(32).toString('hex');
    const headers = signedHeaders(secret, 'msg_2', body, new Date());
    expect(new Webhook(secret, { format: 'raw' }).verify(body, headers)).toEqual(JSON.parse(body));
  });
});
