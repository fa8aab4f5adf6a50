import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Browsers and the store's app. The web checkout runs a fingerprint script that most browsers let through
 * (`dv_…`); the app always sends its install id (`app_…`).
 */

export type { Device };

const chrome = (rng: Rng) => `${rng.int(139, 143)}.0.${rng.int(7100, 7499)}.${rng.int(40, 199)}`;
const ios = (rng: Rng) => `${rng.pick(['18', '26'])}_${rng.int(0, 6)}`;
const webId = (rng: Rng, share: number) => (rng.chance(share) ? { id: `dv_${rng.token(22)}` } : {});

export function desktop(rng: Rng, idShare = 0.88): Device {
  const v = chrome(rng);
  const userAgent = rng.weightedPick<string>([
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36`,
      48,
    ],
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36 Edg/${v}`,
      18,
    ],
    [
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.int(18, 26)}.${rng.int(0, 5)} Safari/605.1.15`,
      18,
    ],
    [
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36`,
      9,
    ],
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${rng.int(141, 145)}.0) Gecko/20100101 Firefox/${rng.int(141, 145)}.0`,
      5,
    ],
    [
      `Mozilla/5.0 (X11; CrOS x86_64 16181.47.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36`,
      2,
    ],
  ]);
  return { userAgent, ...webId(rng, idShare) };
}

export function phoneWeb(rng: Rng, idShare = 0.82): Device {
  const userAgent = rng.chance(0.56)
    ? `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios(rng)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.int(18, 26)}.${rng.int(0, 5)} Mobile/15E148 Safari/604.1`
    : `Mozilla/5.0 (Linux; Android ${rng.int(13, 16)}; ${rng.pick(['SM-S931U', 'SM-A166U', 'Pixel 9', 'Pixel 8a', 'moto g 5G - 2025', 'SM-S928U'])}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome(rng)} Mobile Safari/537.36`;
  return { userAgent, ...webId(rng, idShare) };
}

export function tablet(rng: Rng): Device {
  return {
    userAgent: `Mozilla/5.0 (iPad; CPU OS ${ios(rng)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.int(18, 26)}.${rng.int(0, 5)} Mobile/15E148 Safari/604.1`,
    ...webId(rng, 0.85),
  };
}

/** The store's app: build, phone model and OS; always an install id. */
export function app(rng: Rng): Device {
  const build = `${rng.int(9, 10)}.${rng.int(0, 24)}.${rng.int(0, 3)}`;
  const userAgent = rng.chance(0.6)
    ? `KeystoneHome/${build} (iPhone${rng.int(14, 17)},${rng.int(1, 4)}; iOS ${ios(rng).replace('_', '.')}; Scale/3.00)`
    : `KeystoneHome/${build} (Android ${rng.int(13, 16)}; ${rng.pick(['SM-S931U', 'Pixel 9', 'SM-A556U', 'moto g power'])}) okhttp/4.12.0`;
  return { userAgent, id: `app_${rng.token(8)}-${rng.token(4)}-${rng.token(12)}` };
}

/** A household's own device: mostly phones and the app in the holiday weeks, a laptop, sometimes a tablet. */
export const personalDevice = (rng: Rng): Device =>
  rng.weightedPick<() => Device>([
    [() => phoneWeb(rng), 34],
    [() => app(rng), 22],
    [() => desktop(rng), 36],
    [() => tablet(rng), 8],
  ])();

/** An automated browser as bots drive it: a stock desktop Chrome string, and the fingerprint script blocked. */
export function automated(rng: Rng): Device {
  const v = `${rng.int(139, 143)}.0.0.0`;
  return {
    userAgent: rng.chance(0.8)
      ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36`
      : `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${v} Safari/537.36`,
    ...(rng.chance(0.25) ? { id: `dv_${rng.token(22)}` } : {}),
  };
}
