import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Browsers as the shop's checkout sees them. Kenya is an Android country (Tecno, Infinix, Samsung A-series,
 * Redmi), mostly on Chrome, whose reduced user agent shows every phone as "Android 10; K", with Opera and the
 * Transsion phones' own Phoenix browser besides; the diaspora, expats and tourists are more often on iPhones
 * and Macs; offices use Windows. The site's fingerprint script gives a device id most of the time.
 */

const CHROME = ['129.0.0.0', '130.0.0.0', '131.0.0.0'];
const IOS = ['17_6', '18_0', '18_1'];

const chromeAndroid = (rng: Rng) =>
  `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(
    CHROME,
  )} Mobile Safari/537.36`;

const operaAndroid = (rng: Rng) =>
  `Mozilla/5.0 (Linux; Android ${rng.pick(['12', '13', '14'])}; ${rng.pick([
    'TECNO KI7',
    'Infinix X6833B',
    'SM-A145F',
  ])}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Mobile Safari/537.36 OPR/85.1.4462.82406`;

const phoenix = (rng: Rng) =>
  `Mozilla/5.0 (Linux; U; Android ${rng.pick(['12', '13'])}; en-us; ${rng.pick([
    'TECNO CK7n',
    'Infinix X6711',
    'TECNO BG6',
  ])} Build/SP1A.210812.016) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/112.0.5615.136 Mobile Safari/537.36 PHX/14.0`;

const samsung = (rng: Rng) =>
  `Mozilla/5.0 (Linux; Android 14; SAMSUNG ${rng.pick([
    'SM-A245F',
    'SM-A346E',
    'SM-S911B',
  ])}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36`;

const iphone = (rng: Rng) => {
  const v = rng.pick(IOS);
  return `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v
    .replace('_', '.')
    .replace(/_.*/, '')} Mobile/15E148 Safari/604.1`;
};

const windows = (rng: Rng) =>
  rng.chance(0.8)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(
        CHROME,
      )} Safari/537.36`
    : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(
        CHROME,
      )} Safari/537.36 Edg/131.0.0.0`;

const mac = (rng: Rng) =>
  rng.chance(0.6)
    ? 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15'
    : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(
        CHROME,
      )} Safari/537.36`;

const firefox = () => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

const ipad = () =>
  'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

/** Headless browsers and scripted checkouts, as card testers run them. */
const headless = (rng: Rng) =>
  rng.chance(0.5)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${rng.pick(
        CHROME,
      )} Safari/537.36`
    : `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`;

export type Profile = 'kenyan' | 'western' | 'office' | 'script';

/** A browser for a kind of buyer. */
export function userAgent(rng: Rng, profile: Profile): string {
  switch (profile) {
    case 'kenyan':
      return rng.weightedPick<(r: Rng) => string>([
        [chromeAndroid, 56],
        [operaAndroid, 7],
        [phoenix, 6],
        [samsung, 6],
        [iphone, 13],
        [windows, 9],
        [mac, 3],
      ])(rng);
    case 'western':
      return rng.weightedPick<(r: Rng) => string>([
        [iphone, 42],
        [chromeAndroid, 16],
        [samsung, 4],
        [mac, 17],
        [windows, 15],
        [firefox, 3],
        [ipad, 3],
      ])(rng);
    case 'office':
      return rng.weightedPick<(r: Rng) => string>([
        [windows, 70],
        [mac, 18],
        [firefox, 6],
        [iphone, 6],
      ])(rng);
    case 'script':
      return headless(rng);
  }
}

export const deviceId = (rng: Rng): string => `dv_${rng.token(20)}`;

/** A browser with the fingerprint script's id, unless a blocker or private mode stops it. */
export function device(rng: Rng, profile: Profile, idShare = 0.9): Device {
  const ua = userAgent(rng, profile);
  return rng.chance(idShare) ? { id: deviceId(rng), userAgent: ua } : { userAgent: ua };
}
