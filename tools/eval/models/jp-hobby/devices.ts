import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** Browsers and the store's app: iPhones dominate in Japan, Android (Xperia, AQUOS, Pixel, Galaxy) the rest. */

const IOS = ['17_6', '18_2', '18_3', '18_4'];
const ANDROID = ['SO-51D', 'SH-53D', 'Pixel 8a', 'SC-51E', 'A302SH', 'XQ-ES44', 'Pixel 9'];
const CHROME = ['132.0.0.0', '133.0.0.0', '134.0.0.0'];

export type Platform = 'iphone' | 'android' | 'windows' | 'mac' | 'ipad';

export function userAgent(rng: Rng, platform: Platform, app = false): string {
  const ios = rng.pick(IOS);
  if (app)
    return platform === 'android'
      ? `HoshizoraHobby/5.3.${rng.int(0, 4)} (Android 14; ${rng.pick(ANDROID)})`
      : `HoshizoraHobby/5.3.${rng.int(0, 4)} (iPhone; iOS ${ios.replace('_', '.')})`;
  switch (platform) {
    case 'iphone':
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${ios.split('_')[0]}.0 Mobile/15E148 Safari/604.1`;
    case 'ipad':
      return `Mozilla/5.0 (iPad; CPU OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${ios.split('_')[0]}.0 Mobile/15E148 Safari/604.1`;
    case 'android':
      return `Mozilla/5.0 (Linux; Android 14; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Mobile Safari/537.36`;
    case 'mac':
      return rng.chance(0.5)
        ? 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15'
        : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`;
    default:
      return rng.chance(0.25)
        ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36 Edg/${rng.pick(CHROME)}`
        : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`;
  }
}

/** Japanese shoppers: mostly phones, and mostly iPhones. */
export const jpPlatform = (rng: Rng): Platform =>
  rng.weighted<Platform>({ iphone: 48, android: 22, windows: 20, mac: 6, ipad: 4 });
/** Overseas collectors browse a Japanese shop more often from a computer. */
export const abroadPlatform = (rng: Rng): Platform =>
  rng.weighted<Platform>({ iphone: 30, android: 22, windows: 32, mac: 12, ipad: 4 });

/** A device: the app always sends its id, the web fingerprint script most of the time. */
export function device(rng: Rng, platform: Platform, app = false): Device {
  const id = app || rng.chance(0.85) ? `dev_${rng.token(20)}` : undefined;
  return { userAgent: userAgent(rng, platform, app), ...(id ? { id } : {}) };
}

/** Release-day bots: one automation stack, the same user agent, and a device id only when it bothers to fake one. */
export function botDevice(rng: Rng, stackUa: string): Device {
  return { userAgent: stackUa, ...(rng.chance(0.4) ? { id: `dev_${rng.token(20)}` } : {}) };
}

export const HEADLESS_UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
];
