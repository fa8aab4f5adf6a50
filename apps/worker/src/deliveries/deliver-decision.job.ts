import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { deliveryMessageId } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { deriveKey, openSecret, SECRET_KEY } from '@vigil/persistence';
import { type DeliverDecisionJobData, QUEUES } from '@vigil/pipeline';
import { deliveryBackoffStrategy, deliveryRetryDelay } from './delivery-backoff.js';
import { type SendResult, sendDecisionWebhook, signedHeaders } from './decision-webhook-sender.js';

interface DeliveryRow {
  id: string;
  body: string;
  status: string;
  decision_url: string | null;
  secret_sealed: string;
}

/** Counts the attempt first, so concurrent manual and scheduled attempts get distinct numbers. */
const START_ATTEMPT = `
UPDATE deliveries d SET attempt_count = d.attempt_count + 1, updated_at = now()
FROM sources s WHERE d.id = $1 AND s.id = d.source_id
RETURNING d.id, d.body, d.status, d.attempt_count, s.decision_url, s.secret_sealed`;

const RECORD_ATTEMPT = `
INSERT INTO delivery_attempts (delivery_id, attempt, at, url, status_code, latency_ms, error, manual)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

/** Delivered wins over anything; a scheduled attempt's failure says pending (with when) or failed. */
const FINISH = `
UPDATE deliveries SET
  status = CASE WHEN status = 'delivered' OR $2::boolean THEN 'delivered' ELSE $3 END,
  delivered_at = CASE WHEN $2::boolean AND delivered_at IS NULL THEN now() ELSE delivered_at END,
  next_attempt_at = CASE WHEN $2::boolean THEN NULL ELSE $4::timestamptz END,
  updated_at = now()
WHERE id = $1`;

class DeliveryFailed extends Error {
  override readonly name = 'DeliveryFailed';
}

/**
 * Sends one decision webhook (spec §2 "Outbound decision webhooks"): Standard Webhooks signature with the
 * source's current secret, 10 s timeout, every attempt stored. Failures are retried by BullMQ on the custom
 * schedule (2 s … hourly for 24 h); a manual redelivery is a single extra attempt.
 */
@Processor(QUEUES.deliveries, { autorun: false, concurrency: 16 })
export class DeliverDecisionJob extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeliverDecisionJob.name);
  private readonly key: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SECRET_KEY) secretKey: string,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {
    super();
    this.key = deriveKey(secretKey, 'source-secrets');
  }

  /** The backoff needs the configured scale, so the worker starts only once it is set. */
  onApplicationBootstrap(): void {
    this.worker.opts.settings = {
      ...this.worker.opts.settings,
      backoffStrategy: deliveryBackoffStrategy(this.config.deliveryBackoffScale),
    };
    this.worker
      .run()
      .catch((error: unknown) => this.logger.error(`deliveries worker stopped: ${String(error)}`));
  }

  async process(job: Job<DeliverDecisionJobData>): Promise<string> {
    const manual = job.data.manual === true;
    const [rows] = (await this.dataSource.query(START_ATTEMPT, [job.data.deliveryId])) as [
      Array<DeliveryRow & { attempt_count: number }>,
      number,
    ];
    const delivery = rows[0];
    if (!delivery) return 'gone';
    // A manual redelivery already got it through: the scheduled retry has nothing left to do.
    if (delivery.status === 'delivered' && !manual) return 'already delivered';
    const at = new Date();
    const result: SendResult = delivery.decision_url
      ? await sendDecisionWebhook(
          delivery.decision_url,
          signedHeaders(
            openSecret(delivery.secret_sealed, this.key),
            deliveryMessageId(delivery.id),
            delivery.body,
            at,
          ),
          delivery.body,
        )
      : { statusCode: null, latencyMs: 0, error: 'the source has no decisionUrl any more', ok: false };
    await this.dataSource.query(RECORD_ATTEMPT, [
      delivery.id,
      delivery.attempt_count,
      at,
      (delivery.decision_url ?? '').slice(0, 2048),
      result.statusCode,
      result.latencyMs,
      result.error,
      manual,
    ]);
    if (result.ok) {
      await this.dataSource.query(FINISH, [delivery.id, true, 'delivered', null]);
      return 'delivered';
    }
    if (manual) return `manual attempt failed: ${result.error}`;
    const retries = delivery.decision_url && job.attemptsMade + 1 < (job.opts.attempts ?? 1);
    const nextAt = retries
      ? new Date(Date.now() + deliveryRetryDelay(job.attemptsMade + 1, this.config.deliveryBackoffScale))
      : null;
    await this.dataSource.query(FINISH, [delivery.id, false, retries ? 'pending' : 'failed', nextAt]);
    if (!retries) {
      this.logger.warn(`decision webhook ${delivery.id} failed for good: ${result.error}`);
      return `failed: ${result.error}`;
    }
    throw new DeliveryFailed(result.error ?? 'delivery failed');
  }
}
