import { describe, expect, it } from '@jest/globals';
import { hostingProvider, isHostingIp } from './hosting-network.js';

describe('hostingProvider', () => {
  it('names the cloud and server-hosting companies behind well-known server addresses', () => {
    expect(hostingProvider('3.80.12.7')).toBe('Amazon Web Services');
    expect(hostingProvider('88.198.5.5')).toBe('Hetzner');
    expect(hostingProvider('45.33.10.10')).toBe('Linode (Akamai Cloud)');
    expect(hostingProvider('178.62.10.10')).toBe('DigitalOcean');
    expect(hostingProvider('51.222.1.1')).toBe('OVHcloud');
  });

  it('reads IPv6, compressed forms and IPv4-mapped addresses', () => {
    expect(hostingProvider('2a01:4f8:c17:1::1')).toBe('Hetzner');
    expect(hostingProvider('2A01:4F8::1')).toBe('Hetzner');
    expect(hostingProvider('2600:1f18:1234::5')).toBe('Amazon Web Services');
    expect(hostingProvider('::ffff:88.198.5.5')).toBe('Hetzner');
  });

  it('does not count home, mobile and business access networks, nor relays of consumers’ own traffic', () => {
    for (const ip of ['77.1.180.5', '73.15.20.1', '86.150.1.1', '2003:e8:1::1', '1.1.1.1', '172.224.226.1']) {
      expect(hostingProvider(ip)).toBeNull();
    }
  });

  it('has no answer for private, reserved or malformed addresses', () => {
    for (const ip of [
      '10.0.0.1',
      '192.168.1.1',
      '127.0.0.1',
      '::1',
      'fe80::1',
      'fe80::1%eth0',
      'fe80::%1',
      'not an ip',
      '',
      '3.80.12',
    ]) {
      expect(hostingProvider(ip)).toBeNull();
    }
    expect(hostingProvider(null)).toBeNull();
  });
});

describe('isHostingIp', () => {
  it('is true for a hosting network, false for another valid address, null without one', () => {
    expect(isHostingIp(' 88.198.5.5 ')).toBe(true);
    expect(isHostingIp('77.1.180.5')).toBe(false);
    expect(isHostingIp('garbage')).toBeNull();
    expect(isHostingIp(undefined)).toBeNull();
  });
});
