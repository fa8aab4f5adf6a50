import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { canonicalOrder, signStandard, waitFor } from '@vigil/testing';
import { postWebhook, type IngestStack, startIngestStack, waitForStoredEvents } from './ingest-helpers.js';

const SCRAPER_TOKEN = 'scraper-token-0123456789abcdef';

/** GET /metrics (Prometheus text) and the dead-letter API are the owner's (or a scraper token's) only. */
describe('metrics and dead letters', () => {
  let stack: IngestStack;

  beforeAll(async () => {
    stack = await startIngestStack({ VIGIL_METRICS_TOKEN: SCRAPER_TOKEN });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('counts ingestion, queue and processing in Prometheus text for the owner', async () => {
    const source = await stack.client.createSource({ name: 'metrics', kind: 'standard' });
    const signed = signStandard(source.secret, 'msg_metrics_1', canonicalOrder({ orderId: 'm-1' }));
    expect((await postWebhook(source.ingestUrl, signed)).status).toBe(202);
    await waitForStoredEvents(stack.db, source.id, ['msg_metrics_1']);

    let text = '';
    await waitFor(
      async () => {
        const response = await stack.client.request('/metrics');
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('text/plain');
        text = await response.text();
        return /vigil_ingest_events_total\{outcome="created"\} [1-9]/.test(text);
      },
      15_000,
      'the worker counters in /metrics',
    );
    expect(text).toMatch(/vigil_webhooks_total\{status="202"\} [1-9]/);
    expect(text).toMatch(/vigil_ingest_queue_jobs\{state="waiting"\} \d+/);
    expect(text).toMatch(/vigil_ingest_queue_lag_seconds \d/);
    expect(text).toMatch(/vigil_ingest_processing_seconds_bucket\{le="\+Inf"\} [1-9]/);
    expect(text).toMatch(/vigil_socket_clients \d+/);
    expect(text).toMatch(/^# TYPE vigil_ingest_processing_seconds histogram$/m);
  });

  it("adds the process metrics and this node's HTTP metrics (prom-client)", async () => {
    await stack.client.request('/api/sources');
    const text = await (await stack.client.request('/metrics')).text();
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(
      /^vigil_http_requests_total\{method="GET",route="\/api\/sources",status="200"\} [1-9]/m,
    );
    expect(text).toMatch(
      /^vigil_http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/api\/sources"/m,
    );
  });

  it('refuses anonymous scrapes and accepts the scraper token', async () => {
    expect((await fetch(`${stack.api.baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${stack.api.baseUrl}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const scraper = await fetch(`${stack.api.baseUrl}/metrics`, {
      headers: { authorization: `Bearer ${SCRAPER_TOKEN}` },
    });
    expect(scraper.status).toBe(200);
    expect(await scraper.text()).toContain('# TYPE vigil_webhooks_total counter');
  });

  it('lists dead letters for the owner and answers 404 for replaying an unknown one', async () => {
    const page = await stack.client.json<{ items: unknown[]; total: number }>('/api/dead-letters?limit=10');
    expect(page).toEqual({ items: [], total: 0 });
    const replay = await stack.client.request('/api/dead-letters/nope/replay', { method: 'POST' });
    expect(replay.status).toBe(404);
  });
});
