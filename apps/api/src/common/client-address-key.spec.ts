import { describe, expect, it } from '@jest/globals';
import { clientAddressKey } from './client-address-key.js';

describe('clientAddressKey', () => {
  it('keeps IPv4 addresses and unwraps IPv4-mapped IPv6 ones', () => {
    expect(clientAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('keys IPv6 addresses by their /64, however they are written', () => {
    const key = clientAddressKey('2001:db8:1:2:aaaa::1');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe(key);
    expect(clientAddressKey('2001:db8:1:3::1')).not.toBe(key);
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('gives an IPv4-mapped address the key of its IPv4 address in every spelling (fast path or not)', () => {
    for (const mapped of [
      '::ffff:198.51.100.1',
      '::FFFF:198.51.100.1',
      '::ffff:198.51.100.1%eth0',
      '0:0:0:0:0:ffff:198.51.100.1',
      '::ffff:c633:6401',
    ])
      expect(clientAddressKey(mapped)).toBe('198.51.100.1');
    // Not a canonical dotted quad: no fast path, and the same answer as before it existed.
    expect(clientAddressKey('::ffff:198.051.100.1')).toBe('::ffff:198.051.100.1');
    expect(clientAddressKey('::ffff:1.2.3')).toBe('::ffff:1.2.3');
  });
});
