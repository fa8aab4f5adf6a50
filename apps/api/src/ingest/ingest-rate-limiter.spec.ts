import { describe, expect, it } from '@jest/globals';
import { IngestRateLimiter } from './ingest-rate-limiter.js';

const T0 = 1_800_000_000_000;

describe('IngestRateLimiter', () => {
  it('blocks an address after 100 bad signatures in a minute, until the minute ends', () => {
    const limiter = new IngestRateLimiter();
    for (let i = 0; i < 100; i += 1) limiter.recordBadSignature('198.51.100.1', T0 + i);
    expect(() => limiter.assertIpNotBlocked('198.51.100.1', T0 + 1_000)).toThrow(/bad signatures/);
    expect(() => limiter.assertIpNotBlocked('198.51.100.2', T0 + 1_000)).not.toThrow();
    expect(() => limiter.assertIpNotBlocked('198.51.100.1', T0 + 60_000)).not.toThrow();
  });

  it('does not forget a blocked address when a flood of other addresses fills its memory', () => {
    const limiter = new IngestRateLimiter();
    const attacker = '198.51.100.66';
    for (let i = 0; i < 100; i += 1) limiter.recordBadSignature(attacker, T0);
    // 60,000 one-off addresses (more than the limiter keeps), the attacker still sending among them.
    for (let i = 0; i < 60_000; i += 1) {
      limiter.recordBadSignature(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, T0 + 1);
      if (i % 1_000 === 0) limiter.recordBadSignature(attacker, T0 + 1);
    }
    expect(() => limiter.assertIpNotBlocked(attacker, T0 + 2)).toThrow(/bad signatures/);
  });

  it('blocks an IPv4 client however its socket reports it (dual-stack sockets map it into IPv6)', () => {
    const limiter = new IngestRateLimiter();
    expect(() => limiter.assertIpNotBlocked('::ffff:198.51.100.1', T0)).not.toThrow();
    for (let i = 0; i < 100; i += 1) limiter.recordBadSignature('::ffff:198.51.100.1', T0 + i);
    expect(() => limiter.assertIpNotBlocked('198.51.100.1', T0 + 1_000)).toThrow(/bad signatures/);
    expect(() => limiter.assertIpNotBlocked('::FFFF:198.51.100.1', T0 + 1_000)).toThrow(/bad signatures/);
    expect(() => limiter.assertIpNotBlocked('::ffff:198.51.100.2', T0 + 1_000)).not.toThrow();
  });

  it('counts an IPv6 client by its /64', () => {
    const limiter = new IngestRateLimiter();
    for (let i = 0; i < 100; i += 1) limiter.recordBadSignature(`2001:db8:0:1::${i.toString(16)}`, T0);
    expect(() => limiter.assertIpNotBlocked('2001:db8:0:1:ffff::1', T0 + 1)).toThrow(/bad signatures/);
    expect(() => limiter.assertIpNotBlocked('2001:db8:0:2::1', T0 + 1)).not.toThrow();
  });
});
