import { describe, expect, it } from '@jest/globals';
import { isDisposableEmail } from './disposable-email.js';
import { ipCountry } from './geo-ip.js';

describe('IP geolocation (geoip-country data)', () => {
  it('finds the country of public IPv4 and IPv6 addresses', () => {
    expect(ipCountry('8.8.8.8')).toBe('US');
    expect(ipCountry(' 81.2.69.142 ')).toBe('GB');
    expect(ipCountry('2a00:1450:4001:80b::200e')).toBe('DE');
  });

  it('has no country for documentation, private or malformed addresses', () => {
    expect(ipCountry('203.0.113.7')).toBeNull();
    expect(ipCountry('10.0.0.1')).toBeNull();
    expect(ipCountry('::1')).toBeNull();
    expect(ipCountry('not-an-ip')).toBeNull();
    expect(ipCountry(null)).toBeNull();
  });
});

describe('disposable email detection (mailchecker data)', () => {
  it('flags throw-away mail services and their subdomains', () => {
    expect(isDisposableEmail('someone@mailinator.com')).toBe(true);
    expect(isDisposableEmail('Someone@YOPMAIL.com')).toBe(true);
    expect(isDisposableEmail('x@inbox.mailinator.com')).toBe(true);
  });

  it('does not flag ordinary mail, and says nothing without an address', () => {
    expect(isDisposableEmail('ann@example.com')).toBe(false);
    expect(isDisposableEmail('ann@gmail.com')).toBe(false);
    expect(isDisposableEmail('no-at-sign')).toBeNull();
    expect(isDisposableEmail(null)).toBeNull();
  });
});
