import { Injectable } from '@nestjs/common';
import { IngestError } from './ingest.errors.js';

/** Requests with a bad signature one address may send in a minute before it gets 429s. */
export const BAD_SIGNATURES_PER_MINUTE = 100;

interface Window {
  start: number;
  count: number;
}

/**
 * Per-process limits (spec §2): a source's requests per second, and IPs that keep sending bad signatures.
 * Kept in memory so the hot path costs no Redis round trip; with N api nodes the effective source limit is
 * N times the configured one, which only matters for abuse, never for real bursts.
 */
@Injectable()
export class IngestRateLimiter {
  private readonly perSource = new Map<string, Window>();
  private readonly badSignatures = new Map<string, Window>();

  private bump(map: Map<string, Window>, key: string, windowMs: number, now: number): Window {
    let window = map.get(key);
    if (!window || now - window.start >= windowMs) {
      if (map.size > 50_000) map.clear();
      window = { start: now, count: 0 };
      map.set(key, window);
    }
    window.count += 1;
    return window;
  }

  assertIpNotBlocked(ip: string, now = Date.now()): void {
    const window = this.badSignatures.get(ip);
    if (window && now - window.start < 60_000 && window.count >= BAD_SIGNATURES_PER_MINUTE) {
      const retryAfter = Math.ceil((window.start + 60_000 - now) / 1000);
      throw IngestError.rateLimited(retryAfter, 'too many requests with bad signatures from this address');
    }
  }

  recordBadSignature(ip: string, now = Date.now()): void {
    this.bump(this.badSignatures, ip, 60_000, now);
  }

  assertSourceWithinLimit(sourceId: string, perSecond: number, now = Date.now()): void {
    const window = this.bump(this.perSource, sourceId, 1_000, now);
    if (window.count > perSecond)
      throw IngestError.rateLimited(1, `this source is limited to ${perSecond} requests/s`);
  }
}
