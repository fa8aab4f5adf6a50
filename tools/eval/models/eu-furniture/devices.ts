import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Phones, tablets and computers, and the store's own app (which always sends its install id). The web checkout's
 * fingerprint script reports a device id most of the time; blockers and private windows hide it.
 */

export type { Device };
export type Kind = 'android' | 'iphone' | 'windows' | 'mac' | 'ipad' | 'app';

const AGENTS: Readonly<Record<Exclude<Kind, 'app'>, readonly string[]>> = {
  android: [
    'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; 2201117TY) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 14; 23090RA98G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 12; SM-A127F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  ],
  iphone: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  ],
  windows: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ],
  mac: [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
  ipad: [
    'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  ],
};

/** Southern and eastern Europe buy on Android more than anywhere; Greeks and Spaniards also on iPhones. */
const MIX: Readonly<Record<string, ReadonlyArray<readonly [Kind, number]>>> = {
  default: [
    ['android', 38],
    ['iphone', 22],
    ['windows', 22],
    ['mac', 6],
    ['ipad', 4],
    ['app', 8],
  ],
  PL: [
    ['android', 44],
    ['iphone', 16],
    ['windows', 26],
    ['mac', 3],
    ['ipad', 2],
    ['app', 9],
  ],
  RO: [
    ['android', 48],
    ['iphone', 16],
    ['windows', 24],
    ['mac', 3],
    ['ipad', 2],
    ['app', 7],
  ],
};

export function deviceOf(rng: Rng, kind: Kind, { hidden = 0.15 } = {}): Device {
  if (kind === 'app') {
    const os = rng.chance(0.65)
      ? `Android ${rng.pick([12, 13, 14])}`
      : `iOS ${rng.pick(['17.6', '18.1', '18.2'])}`;
    return { userAgent: `CasaViva/5.${rng.int(2, 4)}.${rng.int(0, 9)} (${os})`, id: `app-${rng.token(20)}` };
  }
  const userAgent = rng.pick(AGENTS[kind]);
  return rng.chance(hidden) ? { userAgent } : { userAgent, id: `dv_${rng.token(22)}` };
}

export const newDevice = (rng: Rng, country: string): Device =>
  deviceOf(rng, rng.weightedPick(MIX[country] ?? MIX.default ?? [['android', 1]]));

export const isApp = (d: Device): boolean => d.userAgent.startsWith('CasaViva/');

export const isMobile = (d: Device): boolean => /Mobile|Android|CasaViva/.test(d.userAgent);

/** What automation sends: headless browsers and stock user agents rotated by a tool, no fingerprint. */
export function botDevice(rng: Rng): Device {
  return rng.weightedPick<Device>([
    [
      {
        userAgent:
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      },
      3,
    ],
    [{ userAgent: rng.pick(AGENTS.windows) }, 5],
    [{ userAgent: rng.pick(AGENTS.android), id: `dv_${rng.token(22)}` }, 2],
  ]);
}
