import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { deliveryMessageId } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { deriveKey, openSecret, SECRET_KEY } from '@vigil/persistence';
import { type DeliverDecisionJobData } from '@vigil/pipeline';
import { deliveryRetryDelay } from './delivery-backoff.js';
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

/** Where a scheduled delivery stands in BullMQ's retries. */
export interface DeliveryRetries {
  /** Attempts BullMQ made before this one. */
  attemptsMade: number;
  /** Attempts BullMQ makes in all. */
  attempts: number;
}

/**
 * Sends one decision webhook (docs/api.md#outbound-decision-webhooks): Standard Webhooks signature with the
 * source's current secret, 10 s timeout, every attempt stored. A failure that may be retried throws, so BullMQ
 * retries it on the custom schedule (2 s … hourly for 24 h); a manual redelivery is a single extra attempt.
 */
@Injectable()
export class DecisionDeliveryService {
  private readonly logger = new Logger(DecisionDeliveryService.name);
  private readonly key: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SECRET_KEY) secretKey: string,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {
    this.key = deriveKey(secretKey, 'source-secrets');
  }

  /** One attempt; answers what happened (BullMQ keeps it as the job's result). */
  async attempt(attempt: DeliverDecisionJobData, retries: DeliveryRetries): Promise<string> {
    const manual = attempt.manual === true;
    const [rows] = (await this.dataSource.query(START_ATTEMPT, [attempt.deliveryId])) as [
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
    const retried = delivery.decision_url && retries.attemptsMade + 1 < retries.attempts;
    const nextAt = retried
      ? new Date(Date.now() + deliveryRetryDelay(retries.attemptsMade + 1, this.config.deliveryBackoffScale))
      : null;
    await this.dataSource.query(FINISH, [delivery.id, false, retried ? 'pending' : 'failed', nextAt]);
    if (!retried) {
      this.logger.warn(`decision webhook ${delivery.id} failed for good: ${result.error}`);
      return `failed: ${result.error}`;
    }
    throw new DeliveryFailed(result.error ?? 'delivery failed');
  }
}
