import type { Request } from 'express';
import { IngestError } from './ingest.errors.js';

export const MAX_WEBHOOK_BYTES = 1024 * 1024;

/** Reads the untouched request bytes (signatures are computed over them), refusing more than `limit`. */
export async function readRawBody(request: Request, limit = MAX_WEBHOOK_BYTES): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    throw IngestError.tooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      request.resume();
      throw IngestError.tooLarge(limit);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
