import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type SourceWithSecretJson, type TransactionJson } from '@vigil/contracts';
import {
  loadRealworldCorpus,
  type RealworldPayload,
  realworldMismatches,
  shopifyHeaders,
  signShopify,
  signStripe,
  waitFor,
} from '@vigil/testing';
import { findTransactions, type IngestStack, postWebhook, startIngestStack } from './ingest-helpers.js';

/**
 * The real-world corpus end to end, as the outside check posts it: every payload signed with its provider's
 * scheme into `POST /webhooks/:sourceId`, in the manifest's order, then each transaction found by `?q=`.
 */
describe('real-world payloads end to end', () => {
  const corpus = loadRealworldCorpus();
  let stack: IngestStack;
  const sources: Partial<Record<RealworldPayload['provider'], SourceWithSecretJson>> = {};
  const answers = new Map<string, { status: number; body: unknown }>();

  beforeAll(async () => {
    stack = await startIngestStack();
    sources.stripe = await stack.client.createSource({ name: 'Stripe (corpus)', kind: 'stripe' });
    sources.shopify = await stack.client.createSource({ name: 'Shopify (corpus)', kind: 'shopify' });
    for (const payload of corpus) {
      const source = sources[payload.provider] as SourceWithSecretJson;
      const request =
        payload.provider === 'stripe'
          ? signStripe(source.secret, payload.body)
          : signShopify(source.secret, payload.body, shopifyHeaders(payload));
      const response = await postWebhook(source.ingestUrl, request);
      answers.set(payload.id, { status: response.status, body: await response.json() });
    }
    // The last payloads of each source are in when every id of the corpus is found.
    await waitFor(
      async () => {
        for (const payload of corpus.filter((p) => p.find !== undefined)) {
          if ((await findTransactions(stack.client, `q=${payload.find}`)).length === 0) return undefined;
        }
        return true;
      },
      30_000,
      'every corpus transaction to be committed',
    );
  });
  afterAll(() => stack?.close());

  it.each(corpus.map((p) => [p.id, p] as const))('%s is accepted once', (id) => {
    expect(answers.get(id)).toEqual({ status: 202, body: { received: true, duplicate: false } });
  });

  const checked = corpus.filter((p) => !p.acceptOnly && p.find !== undefined && p.expect);
  it.each(checked.map((p) => [`${p.id} ${p.type}`, p] as const))(
    '%s comes back right',
    async (_name, payload) => {
      const source = sources[payload.provider] as SourceWithSecretJson;
      const found = (await findTransactions(stack.client, `q=${payload.find}`)).filter(
        (t: TransactionJson) => t.sourceId === source.id,
      );
      if (payload.expect?.single) expect(found).toHaveLength(1);
      const t = found[0] as TransactionJson;
      const mismatches = realworldMismatches(payload.expect ?? {}, {
        amount: t.amount,
        currency: t.currency,
        email: t.customer.email,
        billingCountry: t.billing.country,
        shippingCountry: t.shipping.country,
        labels: t.labels,
        card: t.card,
        checks: t.checks,
      });
      expect(mismatches).toEqual([]);
    },
  );

  it('leaves nothing in the dead letters and the api ready', async () => {
    expect((await stack.client.json<{ total: number }>('/api/dead-letters?limit=10')).total).toBe(0);
    expect((await fetch(`${stack.api.baseUrl}/health/ready`)).status).toBe(200);
  });
});
