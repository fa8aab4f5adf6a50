import geoip from 'geoip-country';
import { isIP } from 'node:net';

/**
 * Country of an IP address from the geoip-country package (MaxMind GeoLite2 data bundled offline, loaded into
 * memory once). Private, reserved and unknown addresses have no country.
 */
export function ipCountry(ip: string | null | undefined): string | null {
  if (typeof ip !== 'string') return null;
  const address = ip.trim();
  if (isIP(address) === 0) return null;
  const country = geoip.lookup(address)?.country;
  return typeof country === 'string' && /^[A-Z]{2}$/.test(country) ? country : null;
}
