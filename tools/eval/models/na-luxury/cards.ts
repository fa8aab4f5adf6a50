import { type Home } from './geo.js';
import { type Card, type Device, DAY } from '../kit/purchase.js';
import { type Rng } from './random.js';

/** Cards, devices and accounts of Maison Nord's shoppers (and of those who pose as them). */

/** Issuer BINs by card country (brand, BIN prefix). Illustrative six-digit BINs, not a registry. */
const BINS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  US: [
    ['visa', '414720'],
    ['visa', '426684'],
    ['visa', '440066'],
    ['visa', '473702'],
    ['mastercard', '542418'],
    ['mastercard', '518791'],
    ['amex', '371549'],
    ['amex', '379766'],
    ['amex', '374355'],
    ['discover', '601100'],
  ],
  CA: [
    ['visa', '450060'],
    ['visa', '451015'],
    ['visa', '452088'],
    ['mastercard', '520416'],
    ['mastercard', '545230'],
    ['amex', '373952'],
  ],
  GB: [
    ['visa', '465858'],
    ['mastercard', '535522'],
  ],
  FR: [['visa', '497010']],
  IT: [['mastercard', '532438']],
  CH: [['visa', '404159']],
  AE: [
    ['visa', '428671'],
    ['mastercard', '512345'],
  ],
  HK: [
    ['visa', '421440'],
    ['mastercard', '528630'],
  ],
  JP: [
    ['jcb', '356600'],
    ['visa', '498027'],
  ],
  CN: [['unionpay', '622848']],
  KR: [['visa', '433290']],
  SG: [['visa', '455652']],
  AU: [['visa', '456472']],
  MX: [['mastercard', '557910']],
  BR: [['mastercard', '524703']],
};
/** Prepaid and virtual-card BINs resale crews fund themselves. */
export const PREPAID: Record<Home, ReadonlyArray<readonly [string, string]>> = {
  US: [
    ['visa', '485246'],
    ['mastercard', '530125'],
    ['visa', '403446'],
  ],
  CA: [
    ['visa', '453091'],
    ['mastercard', '537860'],
  ],
};

export function makeCard(rng: Rng, country: string, from?: ReadonlyArray<readonly [string, string]>): Card {
  const list = from ?? BINS[country] ?? BINS.US ?? [];
  const [brand, bin] = rng.pick(list);
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.chars(16)}` };
}

/** A resident's own card: Amex is common among luxury shoppers, more so in the US. */
export function homeCard(rng: Rng, country: Home): Card {
  const amex = rng.yes(country === 'US' ? 0.3 : 0.15);
  const list = (BINS[country] ?? []).filter(([brand]) => (brand === 'amex') === amex);
  return makeCard(rng, country, list.length > 0 ? list : undefined);
}

const UA = {
  iphone: (v: string) =>
    `Mozilla/5.0 (iPhone; CPU iPhone OS ${v.replace('.', '_')} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`,
  ipad: (v: string) =>
    `Mozilla/5.0 (iPad; CPU OS ${v.replace('.', '_')} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`,
  mac: (v: string) =>
    `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`,
  chrome: (os: string, v: number) =>
    `Mozilla/5.0 (${os}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  android: (model: string, v: number) =>
    `Mozilla/5.0 (Linux; Android 14; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`,
  app: (v: string) => `MaisonNord/6.4.${v} (iPhone; iOS 18.1) CFNetwork/1568.200.51 Darwin/24.1.0`,
};

export type DeviceKind = 'iphone' | 'ipad' | 'mac' | 'windows' | 'android' | 'app';
export const DEVICE_MIX: Record<DeviceKind, number> = {
  iphone: 38,
  app: 12,
  mac: 20,
  windows: 14,
  android: 10,
  ipad: 6,
};

export function device(
  rng: Rng,
  kind: DeviceKind = rng.weighted(DEVICE_MIX),
  scripted = rng.yes(0.86),
): Device {
  const v = rng.pick(['17.6', '18.0', '18.1', '18.1']);
  const chrome = rng.int(129, 131);
  const userAgent =
    kind === 'iphone'
      ? UA.iphone(v)
      : kind === 'ipad'
        ? UA.ipad(v)
        : kind === 'mac'
          ? rng.yes(0.6)
            ? UA.mac(v)
            : UA.chrome('Macintosh; Intel Mac OS X 10_15_7', chrome)
          : kind === 'windows'
            ? UA.chrome('Windows NT 10.0; Win64; x64', chrome)
            : kind === 'android'
              ? UA.android(rng.pick(['Pixel 8', 'SM-S921U', 'SM-S928W', 'Pixel 9 Pro']), chrome)
              : UA.app(String(rng.int(0, 3)));
  return kind === 'app' || scripted ? { userAgent, id: `dv_${rng.chars(20)}` } : { userAgent };
}

/** Automation: headless browsers and raw HTTP clients. */
export function botDevice(rng: Rng): Device {
  const userAgent = rng.pick([
    UA.chrome('X11; Linux x86_64', 131).replace('Chrome/', 'HeadlessChrome/'),
    'python-requests/2.32.3',
    'Go-http-client/2.0',
    UA.chrome('Windows NT 10.0; Win64; x64', rng.int(118, 124)),
  ]);
  return rng.yes(0.5) ? { userAgent, id: `dv_${rng.chars(20)}` } : { userAgent };
}

export const accountAge = (rng: Rng, at: number, minDays: number, maxDays: number) =>
  Math.floor(at - rng.range(minDays, maxDays) * DAY);
export const customerId = (rng: Rng) => `cus_${rng.digits(7)}`;
