import { type Rng } from '../kit/random.js';
import { type Device } from './purchase.js';

/**
 * Phones and computers as the store sees them: mostly Android (Samsung Galaxy A and Motorola lead in Brazil),
 * iPhones, Windows and Mac browsers, and the store's app (which always sends its install id). The website's
 * fingerprint script is blocked now and then.
 */

const ANDROID = [
  'SM-A155M',
  'SM-A546E',
  'SM-A346M',
  'SM-S921B',
  'moto g84 5G',
  'moto g54 5G',
  'Redmi Note 13',
  'SM-A055M',
];
const CHROME = ['119.0.6045.163', '120.0.6099.43', '118.0.5993.111'];
const IOS = ['17_1_1', '17_0_3', '16_7_2', '17_1_2'];

export type Platform = 'android' | 'ios' | 'windows' | 'mac';

export function userAgent(rng: Rng, platform: Platform, app: boolean): string {
  if (app)
    return platform === 'ios'
      ? `Voltaria/8.${rng.int(10, 14)}.0 (iPhone; iOS ${rng.pick(IOS).replace(/_/g, '.')})`
      : `Voltaria/8.${rng.int(10, 14)}.0 (Android ${rng.int(12, 14)}; ${rng.pick(ANDROID)})`;
  const chrome = rng.pick(CHROME);
  switch (platform) {
    case 'android':
      return `Mozilla/5.0 (Linux; Android ${rng.int(11, 14)}; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`;
    case 'ios':
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${rng.pick(IOS)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1`;
    case 'windows':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`;
    case 'mac':
      return `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15`;
  }
}

export const platformOf = (rng: Rng): Platform =>
  rng.weighted<Platform>({ android: 58, ios: 17, windows: 20, mac: 5 });

/** A device: app installs always send an id, the website's script most of the time. */
export function device(rng: Rng, platform: Platform, app: boolean): Device {
  const ua = userAgent(rng, platform, app);
  if (app) return { userAgent: ua, id: `app-${rng.token(20)}` };
  return rng.chance(0.85) ? { userAgent: ua, id: `fp_${rng.token(24)}` } : { userAgent: ua };
}

/** Phones are used in the app half the time; computers never. */
export const prefersApp = (rng: Rng, platform: Platform): boolean =>
  (platform === 'android' || platform === 'ios') && rng.chance(0.5);
