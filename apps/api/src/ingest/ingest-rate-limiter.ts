import { Injectable } from '@nestjs/common';
import { clientAddressKey } from '../common/client-address-key.js';
import { IngestError } from './ingest.errors.js';
import { RecentWindows } from './recent-windows.js';

/** Requests with a bad signature one address may send in a minute before it gets 429s. */
export const BAD_SIGNATURES_PER_MINUTE = 100;
/** Addresses (or IPv6 /64s) remembered at once; a few MB at most. */
const TRACKED_ADDRESSES = 50_000;
/** Sources are few (they are rows the owner created); the bound only guards the map. */
const TRACKED_SOURCES = 10_000;

/**
 * Per-process limits (docs/api.md#webhook-sources-and-ingestion): a source's requests per second, and
 * addresses that keep sending bad signatures. Kept in memory so the hot path costs no round trip to a shared
 * store; with N api nodes the effective limits are N times the configured ones, which only matters for abuse,
 * never for real bursts (docs/operations.md "Limits without Redis"). Both maps are bounded by evicting the
 * least recently seen key.
 */
@Injectable()
export class IngestRateLimiter {
  private readonly perSource = new RecentWindows(1_000, TRACKED_SOURCES);
  private readonly badSignatures = new RecentWindows(60_000, TRACKED_ADDRESSES);

  assertIpNotBlocked(ip: string, now = Date.now()): void {
    // Nobody sent a bad signature lately (the usual case): no address to key.
    if (this.badSignatures.size === 0) return;
    const window = this.badSignatures.current(clientAddressKey(ip), now);
    if (window && window.count >= BAD_SIGNATURES_PER_MINUTE) {
      const retryAfter = Math.ceil((window.start + 60_000 - now) / 1000);
      throw IngestError.rateLimited(retryAfter, 'too many requests with bad signatures from this address');
    }
  }

  recordBadSignature(ip: string, now = Date.now()): void {
    this.badSignatures.bump(clientAddressKey(ip), now);
  }

  assertSourceWithinLimit(sourceId: string, perSecond: number, now = Date.now()): void {
    const window = this.perSource.bump(sourceId, now);
    if (window.count > perSecond)
      throw IngestError.rateLimited(1, `this source is limited to ${perSecond} requests/s`);
  }
}
