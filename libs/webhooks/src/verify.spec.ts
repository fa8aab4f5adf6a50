import { describe, expect, it } from '@jest/globals';
import {
  shopifySignature,
  standardSignatureHeaders,
  stripeChargeSucceeded,
  stripeSignature,
  TEST_SECRETS,
} from '@vigil/testing';
import { generateSourceSecret } from './secrets.js';
import { verifyWebhookSignature } from './verify.js';

const { stripe: STRIPE_SECRET, standard: STANDARD_SECRET, shopify: SHOPIFY_SECRET } = TEST_SECRETS;
/** The `webhook-*` headers a Standard Webhooks sender adds, with the JSON content type. */
const standardHeaders = (secret: string, id: string, raw: string, at: Date) => ({
  'content-type': 'application/json',
  ...standardSignatureHeaders(secret, id, raw, at),
});

const NOW_MS = Date.UTC(2025, 10, 21, 10, 0, 0);
const NOW_S = NOW_MS / 1000;
const payload = JSON.stringify(stripeChargeSucceeded);
const body = Buffer.from(payload);

describe('Stripe signatures', () => {
  const verify = (header: string | undefined, secrets = [STRIPE_SECRET], raw = body) =>
    verifyWebhookSignature('stripe', raw, { 'stripe-signature': header }, secrets, NOW_MS);

  it('accepts a header made by the stripe library and returns the signed time', () => {
    expect(verify(stripeSignature(STRIPE_SECRET, payload, new Date((NOW_S - 10) * 1000)))).toEqual({
      ok: true,
      timestamp: (NOW_S - 10) * 1000,
    });
  });

  it('refuses a tampered body, a wrong secret and a missing header', () => {
    const header = stripeSignature(STRIPE_SECRET, payload, new Date(NOW_MS));
    expect(verify(header, [STRIPE_SECRET], Buffer.from(payload.replace('12999', '12990')))).toEqual({
      ok: false,
      reason: 'no signature in Stripe-Signature matches',
    });
    expect(verify(header, ['whsec_other']).ok).toBe(false);
    expect(verify(undefined)).toEqual({ ok: false, reason: 'missing Stripe-Signature header' });
    expect(verify(`v1=${'a'.repeat(64)}`)).toEqual({
      ok: false,
      reason: 'Stripe-Signature has no valid t= timestamp',
    });
    expect(verify(`t=${NOW_S}`)).toEqual({ ok: false, reason: 'Stripe-Signature has no v1 signature' });
  });

  it('refuses stale and far-future timestamps but allows 300 s either way', () => {
    const at = (t: number) => verify(stripeSignature(STRIPE_SECRET, payload, new Date(t * 1000)));
    expect(at(NOW_S - 300).ok).toBe(true);
    expect(at(NOW_S + 300).ok).toBe(true);
    expect(at(NOW_S - 301)).toEqual({
      ok: false,
      reason: 'Stripe-Signature timestamp is outside the 300 s tolerance',
    });
    expect(at(NOW_S + 301).ok).toBe(false);
  });

  it('accepts when only the second of several v1 signatures matches', () => {
    const good = stripeSignature(STRIPE_SECRET, payload, new Date(NOW_MS));
    const goodSig = /v1=([0-9a-f]+)/.exec(good)?.[1];
    expect(verify(`t=${NOW_S},v1=${'0'.repeat(64)},v1=${goodSig},v0=ignored`).ok).toBe(true);
  });

  it('accepts the previous secret during rotation', () => {
    const oldSecret = generateSourceSecret('stripe');
    const header = stripeSignature(oldSecret, payload, new Date(NOW_MS));
    expect(verify(header, [STRIPE_SECRET, oldSecret]).ok).toBe(true);
    expect(verify(header, [STRIPE_SECRET]).ok).toBe(false);
  });

  it('refuses when the source has no secret', () => {
    const header = stripeSignature(STRIPE_SECRET, payload, new Date(NOW_MS));
    expect(verify(header, [])).toEqual({
      ok: false,
      reason: 'no webhook secret is configured for this source',
    });
  });
});

describe('Standard Webhooks signatures', () => {
  const sentAt = new Date(NOW_MS - 5000);
  const headers = standardHeaders(STANDARD_SECRET, 'msg_2pXq9', payload, sentAt);
  const verify = (h: Record<string, string | undefined>, secrets = [STANDARD_SECRET], raw = body) =>
    verifyWebhookSignature('standard', raw, h, secrets, NOW_MS);

  it('accepts headers made by the standardwebhooks library', () => {
    expect(verify(headers)).toEqual({ ok: true, timestamp: Math.floor(sentAt.getTime() / 1000) * 1000 });
  });

  it('accepts a secret given without the whsec_ prefix', () => {
    expect(verify(headers, [STANDARD_SECRET.slice('whsec_'.length)]).ok).toBe(true);
  });

  it('refuses a tampered body, a wrong secret and a changed webhook-id', () => {
    expect(verify(headers, [STANDARD_SECRET], Buffer.from(`${payload} `))).toEqual({
      ok: false,
      reason: 'no signature in webhook-signature matches',
    });
    expect(verify(headers, [generateSourceSecret('standard')]).ok).toBe(false);
    expect(verify({ ...headers, 'webhook-id': 'msg_other' }).ok).toBe(false);
  });

  it('refuses stale and future timestamps', () => {
    const stale = standardHeaders(STANDARD_SECRET, 'msg_1', payload, new Date(NOW_MS - 301_000));
    const future = standardHeaders(STANDARD_SECRET, 'msg_1', payload, new Date(NOW_MS + 301_000));
    expect(verify(stale)).toEqual({ ok: false, reason: 'webhook-timestamp is outside the 300 s tolerance' });
    expect(verify(future).ok).toBe(false);
    expect(verify({ ...headers, 'webhook-timestamp': '17637e5' })).toEqual({
      ok: false,
      reason: 'webhook-timestamp must be whole seconds since the epoch',
    });
  });

  it('names the missing header', () => {
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      expect(verify({ ...headers, [name]: undefined })).toEqual({
        ok: false,
        reason: `missing ${name} header`,
      });
    }
  });

  it('accepts when only the second of several signatures matches and ignores other versions', () => {
    const good = headers['webhook-signature'];
    expect(verify({ ...headers, 'webhook-signature': `v1,${'A'.repeat(43)}= v1a,xyz ${good}` }).ok).toBe(
      true,
    );
    expect(verify({ ...headers, 'webhook-signature': good.replace('v1,', 'v2,') })).toEqual({
      ok: false,
      reason: 'webhook-signature has no v1 signature',
    });
  });

  it('accepts the previous secret during rotation', () => {
    const newSecret = generateSourceSecret('standard');
    expect(verify(headers, [newSecret, STANDARD_SECRET]).ok).toBe(true);
  });
});

describe('Shopify signatures', () => {
  const signed = {
    'x-shopify-hmac-sha256': shopifySignature(SHOPIFY_SECRET, body),
    'x-shopify-triggered-at': '2025-11-21T09:59:58.123456789Z',
  };
  const verify = (h: Record<string, string | undefined>, secrets = [SHOPIFY_SECRET], raw = body) =>
    verifyWebhookSignature('shopify', raw, h, secrets, NOW_MS);

  it('accepts the HMAC of the raw body and reports X-Shopify-Triggered-At in ms', () => {
    expect(verify(signed)).toEqual({ ok: true, timestamp: Date.parse('2025-11-21T09:59:58.123Z') });
    expect(verify({ ...signed, 'x-shopify-triggered-at': undefined })).toEqual({ ok: true, timestamp: null });
  });

  it('does no time check (Shopify signs no timestamp)', () => {
    expect(verify({ ...signed, 'x-shopify-triggered-at': '2020-01-01T00:00:00Z' }).ok).toBe(true);
  });

  it('refuses a tampered body, a wrong secret and a missing header', () => {
    expect(verify(signed, [SHOPIFY_SECRET], Buffer.from(payload.replace('ann@', 'bob@')))).toEqual({
      ok: false,
      reason: 'X-Shopify-Hmac-Sha256 does not match the body',
    });
    expect(verify(signed, [generateSourceSecret('shopify')]).ok).toBe(false);
    expect(verify({})).toEqual({ ok: false, reason: 'missing X-Shopify-Hmac-Sha256 header' });
  });

  it('accepts the previous secret during rotation', () => {
    expect(verify(signed, [generateSourceSecret('shopify'), SHOPIFY_SECRET]).ok).toBe(true);
  });
});

describe('generateSourceSecret', () => {
  it('makes whsec_ secrets of 32 random bytes for Stripe and Standard Webhooks', () => {
    for (const kind of ['stripe', 'standard'] as const) {
      const secret = generateSourceSecret(kind);
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    }
    expect(generateSourceSecret('stripe')).not.toBe(generateSourceSecret('stripe'));
  });

  it('makes 64 hex characters for Shopify', () => {
    expect(generateSourceSecret('shopify')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes Standard secrets the standardwebhooks library can sign with', () => {
    const secret = generateSourceSecret('standard');
    const h = standardHeaders(secret, 'msg_x', payload, new Date(NOW_MS));
    expect(verifyWebhookSignature('standard', body, h, [secret], NOW_MS).ok).toBe(true);
  });
});
