import { DomainError } from '../common/domain-error.js';

export class IngestError extends DomainError {
  static unknownSource(): IngestError {
    return new IngestError(404, 'Unknown webhook source: check the ingest URL');
  }
  static unsupportedMediaType(got: string | undefined): IngestError {
    return new IngestError(
      415,
      `Content-Type must be application/json (got ${got ? `"${got.slice(0, 100)}"` : 'none'})`,
    );
  }
  static tooLarge(limit: number): IngestError {
    return new IngestError(413, `Webhook body is larger than ${limit} bytes`);
  }
  static badSignature(reason: string): IngestError {
    return new IngestError(401, `Signature verification failed: ${reason}`);
  }
  static badPayload(reason: string): IngestError {
    return new IngestError(400, `Invalid webhook payload: ${reason}`);
  }
  static rateLimited(retryAfterSeconds: number, why: string): IngestError {
    return new IngestError(429, `Rate limit exceeded: ${why}`, { 'Retry-After': String(retryAfterSeconds) });
  }
  static notQueued(): IngestError {
    return new IngestError(503, 'The event could not be queued right now; retry later', {
      'Retry-After': '5',
    });
  }
}
