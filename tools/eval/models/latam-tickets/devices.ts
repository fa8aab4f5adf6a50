import { type Card, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

export type { Card, Device };

/** Phones, browsers and cards: Android-heavy Brazil and Mexico, the store's own apps, local issuers' BINs. */

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  iphone18:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile Safari/537.36',
  moto: 'Mozilla/5.0 (Linux; Android 13; moto g54 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36',
  xiaomi:
    'Mozilla/5.0 (Linux; Android 14; 23053RN02Y) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.99 Mobile Safari/537.36',
  app: 'LatamTickets/5.12.0 (Android 14; SM-S918B) okhttp/4.12.0',
  iosApp: 'LatamTickets/5.12.1 (iPhone15,3; iOS 17.6.1) CFNetwork/1496.0.7 Darwin/23.6.0',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.2739.67',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/127.0.6533.88 Safari/537.36',
  python: 'python-requests/2.32.3',
} as const;
export type UaName = keyof typeof UA;

/** A shopper's own device: Android-heavy in Brazil and Mexico, app users get a stable device id. */
export function deviceFor(rng: Rng, home: string): Device {
  const latam = home === 'BR' || home === 'MX' || home === 'AR' || home === 'CO';
  const name = rng.weighted<Exclude<UaName, 'headless' | 'python'>>(
    latam
      ? {
          samsung: 26,
          moto: 16,
          xiaomi: 12,
          iphone: 12,
          iphone18: 3,
          app: 12,
          iosApp: 4,
          windows: 12,
          edge: 2,
          mac: 2,
        }
      : {
          iphone: 20,
          iphone18: 8,
          samsung: 14,
          xiaomi: 6,
          moto: 2,
          app: 10,
          iosApp: 8,
          windows: 18,
          edge: 4,
          mac: 12,
        },
  );
  // The web checkout's fingerprint script is blocked by some privacy settings; the apps always send one.
  const withId = name === 'app' || name === 'iosApp' || rng.chance(0.82);
  return { ...(withId ? { id: `dv_${rng.token(20)}` } : {}), userAgent: UA[name] };
}

export const uaNamed = (name: UaName) => UA[name];

const ISSUERS: Readonly<Record<string, ReadonlyArray<[string, string]>>> = {
  ES: [
    ['454881', 'visa'],
    ['491671', 'visa'],
    ['540145', 'mastercard'],
    ['516352', 'mastercard'],
  ],
  PT: [
    ['477197', 'visa'],
    ['526486', 'mastercard'],
  ],
  IT: [
    ['453997', 'visa'],
    ['532591', 'mastercard'],
    ['402360', 'visa'],
  ],
  MX: [
    ['415231', 'visa'],
    ['557910', 'mastercard'],
    ['491566', 'visa'],
    ['377801', 'amex'],
  ],
  BR: [
    ['498401', 'visa'],
    ['536804', 'mastercard'],
    ['636368', 'elo'],
    ['606282', 'hipercard'],
    ['650485', 'elo'],
  ],
  US: [
    ['414720', 'visa'],
    ['542418', 'mastercard'],
    ['371449', 'amex'],
    ['601100', 'discover'],
  ],
};

export function cardFrom(rng: Rng, code: string, prefix?: [string, string]): Card {
  const [bin, brand] =
    prefix ??
    rng.pick(
      ISSUERS[code] ?? [
        [`4${rng.digits(5)}`, 'visa'],
        [`5${rng.int(1, 5)}${rng.digits(4)}`, 'mastercard'],
      ],
    );
  return { bin, last4: rng.digits(4), brand, country: code, fingerprint: `fp_${rng.token(16)}` };
}
