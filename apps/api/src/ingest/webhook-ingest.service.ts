import { Inject, Injectable, Logger } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { type WebhookAck } from '@vigil/contracts';
import { INGEST_QUEUE_TOKEN, type IngestJobData, type IngestQueue } from '@vigil/pipeline';
import {
  encodeNormalizedEvent,
  maskCardNumbers,
  parseAndNormalize,
  providerEventId,
  verifyWebhookSignature,
} from '@vigil/webhooks';
import { SourceLookupService } from '../sources/source-lookup.service.js';
import { IngestRateLimiter } from './ingest-rate-limiter.js';
import { IngestError } from './ingest.errors.js';
import { readRawBody } from './read-raw-body.js';

const ENQUEUE_TIMEOUT_MS = 3_000;
/** Headers the worker's normalizers read; everything else (signatures included) is not kept. */
export const KEPT_HEADERS: readonly string[] = [
  'x-shopify-topic',
  'x-shopify-event-id',
  'x-shopify-webhook-id',
  'x-shopify-triggered-at',
  'x-shopify-shop-domain',
  'x-shopify-api-version',
  'webhook-id',
  'webhook-timestamp',
  'user-agent',
];

/** PostgreSQL jsonb cannot store U+0000: drop escaped NULs (an escaped backslash before `u0000` is kept). */
function withoutNulCharacters(json: string): string {
  return json.includes('\\u0000') ? json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1') : json;
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * POST /webhooks/:sourceId, in the order docs/architecture.md#ingestion-contract lists: 404 source, 415 media
 * type, 413 size, 401 signature (on the raw bytes, before parsing), 400 shape, 429 rate, 503 queue; 202 only
 * once the job is in Redis.
 */
@Injectable()
export class WebhookIngestService {
  private readonly logger = new Logger(WebhookIngestService.name);

  constructor(
    private readonly sources: SourceLookupService,
    private readonly limiter: IngestRateLimiter,
    @Inject(INGEST_QUEUE_TOKEN) private readonly queue: IngestQueue,
  ) {}

  /** `ip` is the caller's address as the HTTP layer resolved it (proxies honoured when configured). */
  async receive(sourceId: string, request: IncomingMessage, ip: string): Promise<WebhookAck> {
    const receivedAt = new Date();
    const source = await this.sources.find(sourceId).catch((error: unknown) => {
      // PostgreSQL away (without Redis it also holds the queue): the provider must retry, as for a 503.
      this.logger.warn(`could not look up source ${sourceId}: ${String(error)}`);
      throw IngestError.notQueued();
    });
    if (!source) throw IngestError.unknownSource();
    if (!isJson(request.headers['content-type']))
      throw IngestError.unsupportedMediaType(request.headers['content-type']);
    const rawBody = await readRawBody(request);

    this.limiter.assertIpNotBlocked(ip);
    const verified = verifyWebhookSignature(
      source.kind,
      rawBody,
      request.headers,
      source.secrets,
      receivedAt.getTime(),
    );
    if (!verified.ok) {
      this.limiter.recordBadSignature(ip);
      throw IngestError.badSignature(verified.reason);
    }

    const parsed = parseAndNormalize(source.kind, rawBody, request.headers, receivedAt);
    if (!parsed.ok) throw IngestError.badPayload(parsed.reason);
    const eventId = providerEventId(source.kind, request.headers, parsed.body);
    if (!eventId) throw IngestError.badPayload('the event has no id to deduplicate it by');
    this.limiter.assertSourceWithinLimit(source.id, source.rateLimitPerSecond);

    // parseAndNormalize returns the body with card data already masked.
    const text = JSON.stringify(parsed.body);
    const body = withoutNulCharacters(text);
    const job: IngestJobData = {
      sourceId: source.id,
      kind: source.kind,
      eventId,
      receivedAt: receivedAt.toISOString(),
      body,
      headers: this.keptHeaders(request),
      // The worker uses this instead of normalizing again; a body that had NULs dropped (rare) is normalized
      // again from what is stored, so the stored event and its transaction agree.
      ...(body === text ? { normalized: encodeNormalizedEvent(parsed.event, parsed.cuts) } : {}),
    };
    try {
      // A redelivery of an acknowledged id is answered as a duplicate and not queued again (its marker is set
      // only once the first copy's job is stored): docs/pipeline.md "Envelopes".
      const { duplicate } = await withTimeout(this.queue.enqueue(job), ENQUEUE_TIMEOUT_MS);
      return { received: true, duplicate };
    } catch (error) {
      this.logger.warn(
        `could not queue ${source.id}/${eventId}: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw IngestError.notQueued();
    }
  }

  private keptHeaders(request: IncomingMessage): Record<string, string> {
    return keptHeaders(request.headers);
  }
}

/**
 * The kept headers of a request, masked and cut to 500 characters: a lookup per kept name (Node's header names
 * are lower case), not a pattern test per header the request carries.
 */
export function keptHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = headers[name];
    if (typeof value === 'string') kept[name] = maskCardNumbers(value.slice(0, 500));
  }
  return kept;
}
