import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { type SourceWithSecretJson } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { SQL_POOL } from '@vigil/persistence';
import {
  createIngestQueue,
  type EnqueueResult,
  INGEST_QUEUE_TOKEN,
  type IngestJobData,
  type IngestQueueJobData,
  isEnvelope,
  type IngestQueue,
  queueConnection,
  queuePrefix,
  QUEUES,
  type SqlPool,
} from '@vigil/pipeline';
import { canonicalOrder, type SignedRequest, signStandard } from '@vigil/testing';
import { IngestModule } from '../src/ingest/ingest.module.js';
import { SourcesService } from '../src/sources/sources.service.js';
import { type NestModuleHarness, startNestModule } from './nest-module-harness.js';

type QueueMode = 'working' | 'refusing' | 'hanging';

/**
 * The api's real queue (Redis or PostgreSQL) behind a switch: `refusing` fails like a store that is gone, `hanging` never
 * answers (the api gives up after its enqueue timeout). A black-box test can only kill Redis, which is
 * slow and cannot make it hang.
 */
class SwitchableIngestQueue implements IngestQueue {
  mode: QueueMode = 'working';

  constructor(private readonly real: IngestQueue) {}

  enqueue(job: IngestJobData): Promise<EnqueueResult> {
    if (this.mode === 'refusing') return Promise.reject(new Error('Connection is closed.'));
    if (this.mode === 'hanging') return new Promise<EnqueueResult>(() => undefined);
    return this.real.enqueue(job);
  }

  requeueAlone(jobs: IngestJobData[]): Promise<void> {
    return this.real.requeueAlone(jobs);
  }

  ready(): Promise<void> {
    return this.real.ready();
  }

  close(): Promise<void> {
    return this.real.close();
  }
}

/**
 * docs/api.md#reliability: a webhook is acknowledged only once its job is in Redis. When the queue cannot
 * take it the provider gets a 503 it will retry, and nothing may remember the event as seen: the retry is
 * accepted as new. Run on both ways a webhook is served: the fast path (default) and the Nest route (trusted
 * proxy).
 */
describe.each([
  { served: 'by the fast path', env: {} },
  { served: 'by the Nest route behind a trusted proxy', env: { VIGIL_TRUST_PROXY: 'loopback' } },
])('a webhook the queue cannot take, served $served', ({ env }) => {
  let h: NestModuleHarness;
  let queue: SwitchableIngestQueue;
  let source: SourceWithSecretJson;
  /** Reads what was queued for the worker (no worker runs here, so jobs stay waiting). */
  let queued: Queue<IngestQueueJobData>;

  beforeAll(async () => {
    h = await startNestModule({
      imports: [IngestModule],
      env,
      override: (builder) =>
        builder.overrideProvider(INGEST_QUEUE_TOKEN).useFactory({
          factory: (config: VigilConfig, pool: SqlPool) =>
            new SwitchableIngestQueue(createIngestQueue(config, pool)),
          inject: [VIGIL_CONFIG, SQL_POOL],
        }),
    });
    queue = h.get<SwitchableIngestQueue>(INGEST_QUEUE_TOKEN);
    source = await h.get<SourcesService>(SourcesService).create({ name: 'Store', kind: 'standard' });
    queued = new Queue<IngestQueueJobData>(QUEUES.ingest, {
      ...queuePrefix(h.config),
      connection: queueConnection(h.config, 'producer'),
    });
  });

  afterAll(async () => {
    await queued?.close();
    await h?.close();
  });

  const post = (signed: SignedRequest) =>
    fetch(`${h.baseUrl}/webhooks/${source.id}`, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    });

  /** The event ids in the jobs waiting for a worker (no worker runs here). */
  async function queuedEventIds(): Promise<string[]> {
    const jobs = await queued.getJobs(['wait', 'prioritized'], 0, -1);
    return jobs.flatMap((job) => (isEnvelope(job.data) ? job.data.events : [job.data]).map((e) => e.eventId));
  }

  /** The provider's delivery while the queue is in `mode`, then its retry and one more redelivery. */
  async function deliverWhile(mode: QueueMode, eventId: string): Promise<void> {
    const delivery = signStandard(source.secret, eventId, canonicalOrder({ orderId: eventId }));
    queue.mode = mode;
    const refused = await post(delivery);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await refused.json()).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'The event could not be queued right now; retry later',
    });
    expect(await queuedEventIds()).not.toContain(eventId);

    queue.mode = 'working';
    const retried = await post(delivery);
    expect(retried.status).toBe(202);
    expect(await retried.json()).toEqual({ received: true, duplicate: false });
    // Only now is it known: the same delivery once more is a duplicate, and the worker has it once.
    const again = await post(delivery);
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    // Queued once: the redelivery is known by its marker and not queued again.
    expect((await queuedEventIds()).filter((id) => id === eventId)).toHaveLength(1);
  }

  it('answers 503 when the queue refuses the job, and accepts the retry as new once it works', async () => {
    await deliverWhile('refusing', 'msg_refused');
  });

  it('answers 503 when the queue does not answer in time, and accepts the retry as new', async () => {
    await deliverWhile('hanging', 'msg_hung');
  });
});
