import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { type SourceJson, type SourceWithSecretJson } from '@vigil/contracts';
import { canonicalOrder, signStandard } from '@vigil/testing';
import {
  findTransactions,
  postWebhook,
  type RawRequest,
  storedEventCount,
  useIngestSuite,
  waitForStoredEvents,
} from './ingest-helpers.js';

interface ErrorBody {
  statusCode: number;
  message: string;
}

/**
 * Every answer of POST /webhooks/:sourceId (docs/architecture.md#ingestion-contract), on a Standard Webhooks
 * source.
 */
describe('webhook responses', () => {
  const suite = useIngestSuite({ name: 'Standard store', kind: 'standard' });

  const post = (request: RawRequest, url = suite.source.ingestUrl) => postWebhook(url, request);
  const ingestUrl = (id: string) => `${suite.stack.api.baseUrl}/webhooks/${id}`;

  it('404 for an unknown source, whether its id is a UUID or not', async () => {
    const signed = signStandard(suite.source.secret, 'msg_404', canonicalOrder());
    for (const id of [randomUUID(), 'not-a-uuid', "1'; DROP TABLE sources;--"]) {
      const response = await post(signed, ingestUrl(encodeURIComponent(id)));
      expect(response.status).toBe(404);
      expect(((await response.json()) as ErrorBody).message).toMatch(/unknown webhook source/i);
    }
  });

  it('415 when the Content-Type is not application/json', async () => {
    const signed = signStandard(suite.source.secret, 'msg_415', canonicalOrder({ orderId: 'T-415' }));
    const response = await post({ ...signed, headers: { ...signed.headers, 'content-type': 'text/plain' } });
    expect(response.status).toBe(415);
    expect(((await response.json()) as ErrorBody).message).toMatch(/application\/json/);
  });

  it('413 for a body over 1 MiB', async () => {
    const order = canonicalOrder({ orderId: 'T-413' });
    const huge = { ...order, data: { ...(order['data'] as object), note: 'x'.repeat(1024 * 1024) } };
    const response = await post(signStandard(suite.source.secret, 'msg_413', huge));
    expect(response.status).toBe(413);
  });

  it('401 without a webhook-signature, or with a stale timestamp', async () => {
    const signed = signStandard(suite.source.secret, 'msg_401a', canonicalOrder({ orderId: 'T-401' }));
    const { 'webhook-signature': _dropped, ...unsigned } = signed.headers;
    const missing = await post({ body: signed.body, headers: unsigned });
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as ErrorBody).message).toMatch(/webhook-signature/);

    const tenMinutesAgo = new Date(Date.now() - 600_000);
    const stale = await post(
      signStandard(suite.source.secret, 'msg_401b', canonicalOrder({ orderId: 'T-401' }), tenMinutesAgo),
    );
    expect(stale.status).toBe(401);
    expect(((await stale.json()) as ErrorBody).message).toMatch(/timestamp/);
  });

  it('400 for a body that is not JSON, and for JSON that lacks a required field (named)', async () => {
    const notJson = await post(signStandard(suite.source.secret, 'msg_400a', '{"type": "order.created", '));
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as ErrorBody).message).toMatch(/JSON/);

    const order = canonicalOrder({ orderId: 'T-400' });
    const { amount: _amount, ...withoutAmount } = order['data'] as Record<string, unknown>;
    const missing = await post(
      signStandard(suite.source.secret, 'msg_400b', { ...order, data: withoutAmount }),
    );
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as ErrorBody).message).toMatch(/data\.amount/);
  });

  it('stores nothing for any refused request', async () => {
    const probe = signStandard(suite.source.secret, 'msg_probe', canonicalOrder({ orderId: 'T-PROBE' }));
    expect((await post(probe)).status).toBe(202);
    await waitForStoredEvents(suite.stack.db, suite.source.id, ['msg_probe']);
    for (const id of ['msg_415', 'msg_413', 'msg_401a', 'msg_401b', 'msg_400a', 'msg_400b'])
      expect(await storedEventCount(suite.stack.db, suite.source.id, id)).toBe(0);
    for (const orderId of ['T-415', 'T-413', 'T-401', 'T-400'])
      expect(await findTransactions(suite.stack.client, `orderId=${orderId}`)).toHaveLength(0);
  });

  it('429 with Retry-After once a source exceeds its rate limit', async () => {
    const limited = await suite.stack.client.createSource({ name: 'Limited store', kind: 'standard' });
    // Warm the source cache first: the limit must apply at once, not when the cache expires.
    expect(
      (await post(signStandard(limited.secret, 'rl_warm', canonicalOrder()), limited.ingestUrl)).status,
    ).toBe(202);
    const updated = await suite.stack.client.json<SourceJson>(`/api/sources/${limited.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ rateLimitPerSecond: 2 }),
    });
    expect(updated.rateLimitPerSecond).toBe(2);

    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        post(
          signStandard(limited.secret, `rl_${i}`, canonicalOrder({ orderId: `RL-${i}` })),
          limited.ingestUrl,
        ),
      ),
    );
    const refused = burst.filter((response) => response.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(burst.filter((response) => response.status === 202).length).toBeGreaterThan(0);
    expect(burst.every((response) => [202, 429].includes(response.status))).toBe(true);
    for (const response of refused) {
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await response.json()) as ErrorBody).message).toMatch(/rate limit/i);
    }
  });

  it('accepts 10 concurrent deliveries of one id as one transaction', async () => {
    const signed = signStandard(
      suite.source.secret,
      'msg_concurrent',
      canonicalOrder({ orderId: 'T-CONCURRENT' }),
    );
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(signed)));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(202));
    const acks = (await Promise.all(responses.map((response) => response.json()))) as Array<{
      duplicate: boolean;
    }>;
    expect(acks.filter((ack) => ack.duplicate).length).toBeGreaterThanOrEqual(1);

    const probe = signStandard(
      suite.source.secret,
      'msg_after_concurrent',
      canonicalOrder({ orderId: 'T-AFTER' }),
    );
    expect((await post(probe)).status).toBe(202);
    await waitForStoredEvents(suite.stack.db, suite.source.id, ['msg_concurrent', 'msg_after_concurrent']);
    expect(await storedEventCount(suite.stack.db, suite.source.id, 'msg_concurrent')).toBe(1);
    const found = await findTransactions(suite.stack.client, 'orderId=T-CONCURRENT');
    expect(found).toHaveLength(1);
    expect(found[0]?.version).toBe(1);
  });

  it('keeps accepting the old secret after a rotation, and accepts the new one', async () => {
    const rotating = await suite.stack.client.createSource({ name: 'Rotating store', kind: 'standard' });
    const rotated = await suite.stack.client.json<SourceWithSecretJson>(
      `/api/sources/${rotating.id}/rotate`,
      {
        method: 'POST',
      },
    );
    expect(rotated.secret).not.toBe(rotating.secret);
    const viaOld = await post(
      signStandard(rotating.secret, 'rot_old', canonicalOrder({ orderId: 'ROT-OLD' })),
      rotating.ingestUrl,
    );
    const viaNew = await post(
      signStandard(rotated.secret, 'rot_new', canonicalOrder({ orderId: 'ROT-NEW' })),
      rotating.ingestUrl,
    );
    expect([viaOld.status, viaNew.status]).toEqual([202, 202]);
    await waitForStoredEvents(suite.stack.db, rotating.id, ['rot_old', 'rot_new']);
  });
});
