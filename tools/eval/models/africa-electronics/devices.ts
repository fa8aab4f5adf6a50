import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The phones and browsers customers shop on: mostly Android (Tecno, Infinix, itel, Samsung, Xiaomi), iPhones
 * more in South Africa and abroad, Opera on budget phones, desktop browsers at work; the store's app sends an
 * install id, the website's fingerprint script a web id most of the time.
 */

export type { Device };

const BUDGET_ANDROID = [
  'TECNO KJ5',
  'TECNO BG6',
  'Infinix X6528',
  'Infinix X6525',
  'itel A665L',
  'itel S665L',
  'SM-A055F',
  '23108RN04Y',
];
const MID_ANDROID = [
  'TECNO CK7n',
  'Infinix X6851B',
  'SM-A155F',
  'SM-A356E',
  'SM-A556E',
  '23117RA68G',
  'CPH2579',
  'SM-S721B',
];
const IPHONES = ['iPhone13,2', 'iPhone14,5', 'iPhone14,7', 'iPhone15,3', 'iPhone16,2', 'iPhone17,2'];

export type Channel = 'app' | 'mweb' | 'desktop';

const chrome = (rng: Rng) => `Chrome/${rng.int(136, 142)}.0.${rng.int(6000, 7400)}.${rng.int(40, 180)}`;
const appVersion = (rng: Rng) => `6.${rng.int(18, 24)}.${rng.int(0, 9)}`;

export interface DeviceProfile {
  ios: boolean;
  budget: boolean;
  channel: Channel;
}

/** How likely a shopper in `country` is on an iPhone. */
export const IOS_SHARE: Record<string, number> = {
  NG: 0.12,
  KE: 0.1,
  ZA: 0.3,
  GH: 0.1,
  GB: 0.5,
  US: 0.55,
  AE: 0.55,
};

export function profile(rng: Rng, country: string, channel?: Channel): DeviceProfile {
  const ios = rng.chance(IOS_SHARE[country] ?? 0.3);
  return {
    ios,
    budget: !ios && rng.chance(country === 'ZA' ? 0.3 : ['GB', 'US', 'AE'].includes(country) ? 0.15 : 0.55),
    channel: channel ?? rng.weighted({ app: 52, mweb: 36, desktop: 12 }),
  };
}

function desktop(rng: Rng): string {
  return rng.chance(0.84)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(rng)} Safari/537.36${rng.chance(0.15) ? ` Edg/${rng.int(136, 142)}.0.0.0` : ''}`
    : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.${rng.int(2, 6)} Safari/605.1.15`;
}

/** A device as the store sees it: the app with its install id, the mobile site, or a desktop browser. */
export function device(rng: Rng, p: DeviceProfile): Device {
  if (p.channel === 'desktop')
    return { userAgent: desktop(rng), ...(rng.chance(0.8) ? { id: `w_${rng.token(20)}` } : {}) };
  const android = rng.int(11, 15);
  const model = p.ios ? rng.pick(IPHONES) : rng.pick(p.budget ? BUDGET_ANDROID : MID_ANDROID);
  if (p.channel === 'app')
    return {
      userAgent: p.ios
        ? `NuruShop/${appVersion(rng)} (${model}; iOS 18.${rng.int(1, 6)}; Scale/3.00)`
        : `NuruShop/${appVersion(rng)} (Linux; Android ${android}; ${model})`,
      id: `${p.ios ? 'ios' : 'and'}-${rng.token(8, '0123456789abcdef')}-${rng.token(4, '0123456789abcdef')}-${rng.token(12, '0123456789abcdef')}`,
    };
  const opera = !p.ios && p.budget && rng.chance(0.3);
  return {
    userAgent: p.ios
      ? `Mozilla/5.0 (iPhone; CPU iPhone OS 18_${rng.int(1, 6)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.${rng.int(1, 6)} Mobile/15E148 Safari/604.1`
      : `Mozilla/5.0 (Linux; Android ${android}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(rng)} Mobile Safari/537.36${opera ? ` OPR/${rng.int(84, 88)}.0.${rng.int(2000, 4000)}.0` : ''}`,
    ...(rng.chance(opera ? 0.45 : 0.75) ? { id: `w_${rng.token(20)}` } : {}),
  };
}

/** Anti-detect browsers and emulators crews run: a spoofed, stale or headless browser, or a cloned app install. */
export function crewDevice(rng: Rng): Device {
  const kind = rng.weighted({ antidetect: 45, emulator: 30, headless: 25 });
  if (kind === 'emulator')
    return {
      userAgent: `NuruShop/${appVersion(rng)} (Linux; Android ${rng.pick([9, 10, 11])}; ${rng.pick(['SM-G988N', 'sdk_gphone64_x86_64', 'ASUS_I003DD', 'SM-S908N'])})`,
      id: `and-${rng.token(8, '0123456789abcdef')}-${rng.token(4, '0123456789abcdef')}-${rng.token(12, '0123456789abcdef')}`,
    };
  if (kind === 'headless')
    return {
      userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${rng.int(118, 134)}.0.0.0 Safari/537.36`,
      ...(rng.chance(0.2) ? { id: `w_${rng.token(20)}` } : {}),
    };
  return { userAgent: desktop(rng), id: `w_${rng.token(20)}` };
}
