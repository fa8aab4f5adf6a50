import { type Rng } from './random.js';

/**
 * Browsers as the store's checkout sees them: a device id (the shop's long-lived cookie) and the user agent.
 * Versions follow the date of the stream, since people mostly run current browsers; phones dominate, and
 * iPhones more so in the Nordics. Checkout bots drive headless or stale Chromium builds.
 */

export interface Device {
  id: string;
  userAgent: string;
  mobile: boolean;
}

export type Platform =
  'iphone' | 'android' | 'samsung' | 'ipad' | 'windows' | 'edge' | 'firefox' | 'mac' | 'macchrome';

const CONSUMER_MIX: ReadonlyArray<readonly [Platform, number]> = [
  ['iphone', 34],
  ['android', 20],
  ['samsung', 6],
  ['ipad', 4],
  ['windows', 14],
  ['edge', 5],
  ['firefox', 3],
  ['mac', 8],
  ['macchrome', 6],
];

const OFFICE_MIX: ReadonlyArray<readonly [Platform, number]> = [
  ['windows', 35],
  ['edge', 20],
  ['mac', 18],
  ['macchrome', 12],
  ['firefox', 5],
  ['iphone', 10],
];

const MONTH = 30.4 * 24 * 3_600_000;
/** Chrome 131 shipped in November 2024; a new major about every four weeks since. */
const CHROME_131 = Date.UTC(2024, 10, 12);

function chromeMajor(at: number): number {
  return 131 + Math.floor((at - CHROME_131) / (28 * 24 * 3_600_000));
}

/** Safari's major tracks the year since iOS 26 (September 2025); its iOS token is frozen at 18_6. */
function safariMajor(at: number): number {
  const date = new Date(at);
  return date.getUTCFullYear() - 2000 + (date.getUTCMonth() >= 8 ? 1 : 0);
}

function userAgent(rng: Rng, platform: Platform, at: number, staleMonths: number): string {
  const when = at - staleMonths * MONTH;
  const chrome = `${chromeMajor(when)}.0.0.0`;
  const safari = `${safariMajor(when)}.${rng.int(0, 2)}`;
  const firefox = `${chromeMajor(when) + 2}.0`;
  switch (platform) {
    case 'iphone':
      return `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Mobile/15E148 Safari/604.1`;
    case 'ipad':
      return `Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Mobile/15E148 Safari/604.1`;
    case 'android':
      return `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`;
    case 'samsung':
      return `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${27 + Math.floor((when - CHROME_131) / (4 * MONTH))}.0 Chrome/${chromeMajor(when) - 6}.0.0.0 Mobile Safari/537.36`;
    case 'windows':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`;
    case 'edge':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/${chrome}`;
    case 'firefox':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${firefox}) Gecko/20100101 Firefox/${firefox}`;
    case 'mac':
      return `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Safari/605.1.15`;
    case 'macchrome':
      return `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`;
  }
}

function deviceId(rng: Rng): string {
  return `dv_${rng.idToken(16)}`;
}

const MOBILE: ReadonlySet<Platform> = new Set(['iphone', 'android', 'samsung', 'ipad']);

/** A person's browser; most run a current version, some lag a few months behind. */
export function newDevice(rng: Rng, at: number, platform?: Platform, office = false): Device {
  const chosen = platform ?? rng.weightedPick(office ? OFFICE_MIX : CONSUMER_MIX);
  const stale = rng.chance(0.75) ? 0 : rng.int(1, 8);
  return { id: deviceId(rng), userAgent: userAgent(rng, chosen, at, stale), mobile: MOBILE.has(chosen) };
}

export function randomPlatform(rng: Rng, mobileOnly = false): Platform {
  const mix = mobileOnly ? CONSUMER_MIX.filter(([platform]) => MOBILE.has(platform)) : CONSUMER_MIX;
  return rng.weightedPick(mix);
}

/** Checkout automation: headless Chromium, or a common desktop string pinned to an old build. */
export function botDevice(rng: Rng, at: number): Device {
  const stale = rng.int(6, 30);
  const userAgent = rng.chance(0.35)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${chromeMajor(at - stale * MONTH)}.0.0.0 Safari/537.36`
    : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chromeMajor(at - stale * MONTH)}.0.0.0 Safari/537.36`;
  return { id: deviceId(rng), userAgent, mobile: false };
}

/** Anti-detect browsers copy a victim's user agent but cannot copy the shop's cookie. */
export function spoofedDevice(rng: Rng, copied: Device): Device {
  return { id: deviceId(rng), userAgent: copied.userAgent, mobile: copied.mobile };
}
