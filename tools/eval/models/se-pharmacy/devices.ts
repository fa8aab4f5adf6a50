import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Phones, tablets and computers. The store's app always sends a device id; the website's fingerprint script
 * most of the time (blockers and strict privacy settings stop it).
 */

const IOS = ['17_6', '18_1', '18_2', '16_7'];
const ANDROID = [
  ['14', 'SM-S911B'],
  ['14', 'SM-A546B'],
  ['13', 'Pixel 7'],
  ['14', 'SM-S921B'],
  ['13', 'moto g54 5G'],
] as const;
const CHROME = ['130.0.0.0', '131.0.0.0', '132.0.0.0'];

export type Platform = 'iphone' | 'android' | 'ipad' | 'windows' | 'mac' | 'app_ios' | 'app_android';

function userAgent(rng: Rng, platform: Platform, lang: string): string {
  const ios = rng.pick(IOS);
  const [av, model] = rng.pick(ANDROID);
  const chrome = rng.pick(CHROME);
  switch (platform) {
    case 'iphone':
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${ios.split('_')[0]}.${ios.split('_')[1]} Mobile/15E148 Safari/604.1`;
    case 'ipad':
      return `Mozilla/5.0 (iPad; CPU OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${ios.split('_')[0]}.${ios.split('_')[1]} Mobile/15E148 Safari/604.1`;
    case 'android':
      return `Mozilla/5.0 (Linux; Android ${av}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`;
    case 'windows':
      return rng.chance(0.3)
        ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/${chrome}`
        : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`;
    case 'mac':
      return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
    case 'app_ios':
      return `Norrsken/6.${rng.int(2, 4)}.${rng.int(0, 3)} (iPhone; iOS ${ios.replace('_', '.')}; ${lang})`;
    default:
      return `Norrsken/6.${rng.int(2, 4)}.${rng.int(0, 3)} (Android ${av}; ${model}; ${lang})`;
  }
}

/** A household's device: phones first, then computers; the app for a third of phone users. */
export function newDevice(rng: Rng, lang: string, platform?: Platform): Device {
  const p =
    platform ??
    rng.weightedPick<Platform>([
      ['iphone', 28],
      ['android', 20],
      ['app_ios', 14],
      ['app_android', 9],
      ['windows', 15],
      ['mac', 9],
      ['ipad', 5],
    ]);
  const ua = userAgent(rng, p, lang);
  if (p === 'app_ios' || p === 'app_android') return { userAgent: ua, id: `app-${rng.token(20)}` };
  return rng.chance(0.85) ? { userAgent: ua, id: `fp_${rng.token(22)}` } : { userAgent: ua };
}

/** An anti-detect browser or emulator profile: desktop Chrome a few versions old, a fresh fingerprint. */
export function fraudDevice(rng: Rng, withId = 0.9): Device {
  const chrome = rng.pick(['118.0.0.0', '120.0.0.0', '122.0.0.0', '124.0.0.0', '131.0.0.0']);
  const ua = rng.chance(0.7)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`
    : `Mozilla/5.0 (Linux; Android 13; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`;
  return rng.chance(withId) ? { userAgent: ua, id: `fp_${rng.token(22)}` } : { userAgent: ua };
}

/** A headless checkout script: no fingerprint most of the time. */
export function botDevice(rng: Rng): Device {
  const ua = rng.chance(0.5)
    ? 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/122.0.0.0 Safari/537.36'
    : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
  return rng.chance(0.35) ? { userAgent: ua, id: `fp_${rng.token(22)}` } : { userAgent: ua };
}
