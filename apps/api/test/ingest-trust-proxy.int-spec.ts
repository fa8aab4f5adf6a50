import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiErrorJson, type SourceWithSecretJson, type WebhookAck } from '@vigil/contracts';
import { ApiClient, canonicalOrder, signStandard } from '@vigil/testing';
import { generateSourceSecret } from '@vigil/webhooks';
import { AuditModule } from '../src/audit/audit.module.js';
import { AuditService } from '../src/audit/audit.service.js';
import { AuthModule } from '../src/auth/auth.module.js';
import { IngestModule } from '../src/ingest/ingest.module.js';
import { BAD_SIGNATURES_PER_MINUTE } from '../src/ingest/ingest-rate-limiter.js';
import { SourcesService } from '../src/sources/sources.service.js';
import { type NestModuleHarness, startNestModule } from './nest-module-harness.js';

/**
 * VIGIL_TRUST_PROXY decides which address per-IP limits and the audit log see. Behind a trusted proxy the
 * webhook is served by the Nest route (Express resolves `X-Forwarded-For`); without one, by the fast path,
 * which must never believe the header. Both run here in-process: the ingest, auth and audit modules only.
 */

/** What a client may put in X-Forwarded-For itself; a proxy appends the address it saw after it. */
const CLIENT_WRITTEN = (i: number) => `203.0.113.${i % 250}`;

let delivery = 0;

function postWebhook(
  h: NestModuleHarness,
  source: SourceWithSecretJson,
  options: { secret: string; forwardedFor: string },
): Promise<Response> {
  delivery += 1;
  const signed = signStandard(
    options.secret,
    `msg_${delivery}`,
    canonicalOrder({ orderId: `XFF-${delivery}` }),
  );
  return fetch(`${h.baseUrl}/webhooks/${source.id}`, {
    method: 'POST',
    headers: { ...signed.headers, 'x-forwarded-for': options.forwardedFor },
    body: signed.body,
  });
}

/** Sends as many bad signatures as an address may, each a 401; the next request from it is over the limit. */
async function exhaustBadSignatures(
  h: NestModuleHarness,
  source: SourceWithSecretJson,
  forwardedFor: (i: number) => string,
): Promise<void> {
  const wrongSecret = generateSourceSecret('standard');
  for (let i = 0; i < BAD_SIGNATURES_PER_MINUTE; i++) {
    const response = await postWebhook(h, source, { secret: wrongSecret, forwardedFor: forwardedFor(i) });
    expect(response.status).toBe(401);
  }
}

async function expectRateLimited(response: Response): Promise<void> {
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  const body = (await response.json()) as ApiErrorJson;
  expect(body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  expect(body.message).toMatch(/bad signatures from this address/);
}

/** Creates a source over HTTP as the owner and returns the address its audit entry kept. */
async function auditedIpOfSourceCreation(h: NestModuleHarness, forwardedFor: string): Promise<string | null> {
  const owner = await ApiClient.login(h.baseUrl);
  const response = await owner.request('/api/sources', {
    method: 'POST',
    headers: { 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ name: 'Audited', kind: 'standard' }),
  });
  expect(response.status).toBe(201);
  const created = (await response.json()) as SourceWithSecretJson;
  const page = await h.get<AuditService>(AuditService).list({ action: 'source.create', limit: 50 });
  const entry = page.items.find((item) => item.target.id === created.id);
  expect(entry).toBeDefined();
  return entry?.ip ?? null;
}

async function startIngest(env: NodeJS.ProcessEnv): Promise<{
  h: NestModuleHarness;
  source: SourceWithSecretJson;
}> {
  const h = await startNestModule({ imports: [AuditModule, AuthModule, IngestModule], env });
  const source = await h.get<SourcesService>(SourcesService).create({ name: 'Store', kind: 'standard' });
  return { h, source };
}

describe('webhooks behind a trusted proxy (VIGIL_TRUST_PROXY=loopback)', () => {
  let h: NestModuleHarness;
  let source: SourceWithSecretJson;

  beforeAll(async () => {
    ({ h, source } = await startIngest({ VIGIL_TRUST_PROXY: 'loopback' }));
  });

  afterAll(async () => {
    await h?.close();
  });

  it('limits bad signatures per forwarded client address, whatever the client wrote before it', async () => {
    await exhaustBadSignatures(h, source, (i) => `${CLIENT_WRITTEN(i)}, 198.51.100.7`);

    // Even a correctly signed request from that client is refused for the rest of the minute...
    await expectRateLimited(
      await postWebhook(h, source, {
        secret: source.secret,
        forwardedFor: `${CLIENT_WRITTEN(999)}, 198.51.100.7`,
      }),
    );
    // ...while another client behind the same proxy is not affected.
    const other = await postWebhook(h, source, { secret: source.secret, forwardedFor: '198.51.100.8' });
    expect(other.status).toBe(202);
    expect((await other.json()) as WebhookAck).toEqual({ received: true, duplicate: false });
  });

  it('records the forwarded client address in the audit log', async () => {
    expect(await auditedIpOfSourceCreation(h, `${CLIENT_WRITTEN(1)}, 198.51.100.20`)).toBe('198.51.100.20');
  });
});

describe('webhooks without a trusted proxy (default)', () => {
  let h: NestModuleHarness;
  let source: SourceWithSecretJson;

  beforeAll(async () => {
    ({ h, source } = await startIngest({}));
  });

  afterAll(async () => {
    await h?.close();
  });

  it('ignores X-Forwarded-For: a new spoofed address per request does not escape the limit', async () => {
    await exhaustBadSignatures(h, source, (i) => `198.51.100.${i}`);

    await expectRateLimited(
      await postWebhook(h, source, { secret: source.secret, forwardedFor: '198.51.100.222' }),
    );
  });

  it('records the connection address in the audit log, not the header', async () => {
    expect(await auditedIpOfSourceCreation(h, '198.51.100.20')).toBe('127.0.0.1');
  });
});
