import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** Phones and computers, with the user agents browsers send in September 2026 (and Instagram's in-app browser). */

export type Platform = 'android' | 'iphone' | 'windows' | 'mac';

const chrome = (rng: Rng) => `${rng.int(150, 153)}.0.0.0`;
const ANDROID_MODELS = [
  'SM-A556E',
  'SM-A256E',
  'SM-A155M',
  'SM-S921B',
  '23129RAA4G',
  'moto g84 5G',
  'SM-A057M',
];

/** A user agent on the platform, as browsers of September 2026 send them (in-app browsers from ads too). */
export function userAgent(rng: Rng, platform: Platform): string {
  switch (platform) {
    case 'android':
      return rng.weightedPick<string>([
        [
          `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome(rng)} Mobile Safari/537.36`,
          55,
        ],
        [
          `Mozilla/5.0 (Linux; Android 15; SAMSUNG ${rng.pick(ANDROID_MODELS.slice(0, 4))}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Mobile Safari/537.36`,
          25,
        ],
        [
          `Mozilla/5.0 (Linux; Android 14; ${rng.pick(ANDROID_MODELS)} Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome(rng)} Mobile Safari/537.36 Instagram 398.0.0.45.77 Android`,
          20,
        ],
      ]);
    case 'iphone':
      return rng.weightedPick<string>([
        [
          'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
          60,
        ],
        [
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
          20,
        ],
        [
          'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 398.0.0.31.81 (iPhone15,3; iOS 26_0; es_CO; es; scale=3.00; 1290x2796)',
          20,
        ],
      ]);
    case 'windows':
      return rng.weightedPick<string>([
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome(rng)} Safari/537.36`,
          70,
        ],
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/152.0.0.0 Safari/537.36 Edg/152.0.0.0`,
          20,
        ],
        ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:155.0) Gecko/20100101 Firefox/155.0', 10],
      ]);
    case 'mac':
      return rng.weightedPick<string>([
        [
          'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
          60,
        ],
        [
          `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome(rng)} Safari/537.36`,
          40,
        ],
      ]);
  }
}

/** A device: its user agent and, most of the time, the fingerprint script's id (Safari and Firefox block it more). */
export function deviceOf(rng: Rng, platform: Platform): Device {
  const ua = userAgent(rng, platform);
  const blocked = /Firefox|Version\/\d+\.\d+ (Mobile\/\S+ )?Safari/.test(ua) ? 0.25 : 0.08;
  return { userAgent: ua, ...(rng.chance(blocked) ? {} : { id: `dv_${rng.token(20)}` }) };
}

/** A phone: mostly Android in Colombia, mostly iPhone in the US and Europe. */
export const phoneIn = (rng: Rng, country: string): Device =>
  deviceOf(rng, rng.chance(country === 'CO' ? 0.7 : 0.45) ? 'android' : 'iphone');
/** A computer. */
export const computerIn = (rng: Rng, country: string): Device =>
  deviceOf(rng, rng.chance(country === 'CO' ? 0.75 : 0.55) ? 'windows' : 'mac');
