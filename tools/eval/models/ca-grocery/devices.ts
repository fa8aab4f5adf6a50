import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Phones, tablets and computers: the store's iOS and Android apps (which always send their install id) and the
 * website (whose fingerprint script gets through most of the time; blockers stop it).
 */

export type { Device };

const APP = 'PanierBoreal';

const IOS = ['17.6.1', '18.1', '18.1.1', '18.2'];
const ANDROID = [
  ['14', 'SM-S921W'],
  ['14', 'Pixel 8'],
  ['13', 'SM-A536W'],
  ['15', 'Pixel 9'],
  ['12', 'moto g power (2022)'],
] as const;
const DESKTOP = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
];
/** Older machines seniors keep. */
const OLD_DESKTOP = [
  'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPad; CPU OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1',
];
/** What automation and anti-detect browsers send. */
const HEADLESS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'python-requests/2.32.3',
];

export type DeviceType = 'ios_app' | 'android_app' | 'mobile_web' | 'desktop' | 'old_desktop';

export function newDevice(rng: Rng, type: DeviceType, french = false): Device {
  const lang = french ? 'fr-CA' : 'en-CA';
  if (type === 'ios_app') {
    const ios = rng.pick(IOS);
    return {
      userAgent: `${APP}/6.${rng.int(8, 12)}.${rng.int(0, 3)} (iPhone; iOS ${ios}; ${lang})`,
      id: `ios-${rng.token(24)}`,
    };
  }
  if (type === 'android_app') {
    const [v, model] = rng.pick(ANDROID);
    return {
      userAgent: `${APP}/6.${rng.int(8, 12)}.${rng.int(0, 3)} (Android ${v}; ${model}; ${lang})`,
      id: `and-${rng.token(24)}`,
    };
  }
  const web = (userAgent: string): Device =>
    rng.chance(0.85) ? { userAgent, id: `web-${rng.token(20)}` } : { userAgent };
  if (type === 'mobile_web') {
    const ios = rng.pick(IOS).replace(/\./g, '_');
    return web(
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1`,
    );
  }
  return web(rng.pick(type === 'old_desktop' ? OLD_DESKTOP : DESKTOP));
}

/** A household's usual mix of devices. */
export const householdDevice = (rng: Rng, french: boolean): Device =>
  newDevice(
    rng,
    rng.weightedPick<DeviceType>([
      ['ios_app', 30],
      ['android_app', 22],
      ['mobile_web', 13],
      ['desktop', 35],
    ]),
    french,
  );

/** An anti-detect or scripted browser: a fresh id every session, or none. */
export function automatedDevice(rng: Rng): Device {
  const userAgent = rng.pick(HEADLESS);
  return rng.chance(0.5) ? { userAgent, id: `web-${rng.token(20)}` } : { userAgent };
}

export const isApp = (d: Device): boolean => d.userAgent.startsWith(APP);
