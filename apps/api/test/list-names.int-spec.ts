import { describe, expect, it } from '@jest/globals';
import { type ListJson } from '@vigil/contracts';
import { canonicalOrder, signStandard, waitFor } from '@vigil/testing';
import { findTransactions, postWebhook, useIngestSuite } from './ingest-helpers.js';

/** A list named like an Object.prototype member works end to end: created, used by a rule, matched. */
describe('a list named constructor', () => {
  const suite = useIngestSuite({ name: 'Store', kind: 'standard' });

  it('blocks the e-mail it holds, and other orders are scored as usual', async () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) {
      const list = await suite.stack.client.json<ListJson>('/api/lists', {
        method: 'POST',
        body: JSON.stringify({ name, kind: 'email' }),
      });
      const item = await suite.stack.client.request(`/api/lists/${list.id}/items`, {
        method: 'POST',
        body: JSON.stringify({ value: `${name.toLowerCase()}@example.com` }),
      });
      expect(item.status).toBe(201);
    }
    const rule = await suite.stack.client.request('/api/rules', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Listed',
        expression: ':email: in @constructor',
        action: 'block',
        enabled: true,
      }),
    });
    expect(rule.status).toBe(201);
    for (const [orderId, email] of [
      ['LN-1', 'constructor@example.com'],
      ['LN-2', 'someone@example.com'],
    ] as const) {
      const signed = signStandard(suite.source.secret, `msg_${orderId}`, canonicalOrder({ orderId, email }));
      expect((await postWebhook(suite.source.ingestUrl, signed)).status).toBe(202);
    }
    const statusOf = (orderId: string) =>
      waitFor(
        async () => (await findTransactions(suite.stack.client, `orderId=${orderId}`))[0]?.status,
        20_000,
      );
    expect(await statusOf('LN-1')).toBe('blocked');
    expect(await statusOf('LN-2')).toBe('approved');
  });
});
