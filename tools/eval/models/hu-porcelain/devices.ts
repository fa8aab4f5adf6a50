import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Browsers as the checkout sees them in December 2026. The shop's fingerprint script sets a device id on most
 * visits; privacy browsers, blockers and scripted checkouts leave it out.
 */

export type Platform = 'windows' | 'mac' | 'iphone' | 'ipad' | 'android' | 'linux';

const chrome = (v: number) => `Chrome/${v}.0.0.0`;

function userAgent(rng: Rng, platform: Platform): string {
  const v = rng.int(139, 143);
  switch (platform) {
    case 'windows':
      return rng.chance(0.3)
        ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(v)} Safari/537.36 Edg/${v}.0.0.0`
        : rng.chance(0.12)
          ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v + 4}.0) Gecko/20100101 Firefox/${v + 4}.0`
          : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(v)} Safari/537.36`;
    case 'mac':
      return rng.chance(0.55)
        ? `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.pick(['18.6', '26.0', '26.1'])} Safari/605.1.15`
        : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(v)} Safari/537.36`;
    case 'iphone': {
      const ios = rng.pick(['18_6', '18_7', '26_0', '26_1', '26_2']);
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${ios.replace('_', '.')} Mobile/15E148 Safari/604.1`;
    }
    case 'ipad':
      return `Mozilla/5.0 (iPad; CPU OS ${rng.pick(['17_7', '18_6', '26_1'])} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1`;
    case 'android':
      return `Mozilla/5.0 (Linux; Android ${rng.pick(['13', '14', '15', '16'])}; K) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(v)} Mobile Safari/537.36`;
    case 'linux':
      return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(v)} Safari/537.36`;
  }
}

/** Platforms by who is buying: older Hungarian buyers on Windows and Android, collectors abroad on Apple. */
export type Crowd = 'hu' | 'west' | 'asia' | 'gulf' | 'office';

const CROWDS: Record<Crowd, ReadonlyArray<readonly [Platform, number]>> = {
  hu: [
    ['windows', 34],
    ['android', 30],
    ['iphone', 22],
    ['mac', 7],
    ['ipad', 7],
  ],
  west: [
    ['iphone', 34],
    ['mac', 20],
    ['windows', 26],
    ['android', 12],
    ['ipad', 8],
  ],
  asia: [
    ['iphone', 44],
    ['android', 20],
    ['windows', 18],
    ['mac', 12],
    ['ipad', 6],
  ],
  gulf: [
    ['iphone', 62],
    ['android', 14],
    ['mac', 10],
    ['windows', 8],
    ['ipad', 6],
  ],
  office: [
    ['windows', 80],
    ['mac', 18],
    ['linux', 2],
  ],
};

export const crowdOf = (country: string): Crowd =>
  ['HU', 'SK', 'RO'].includes(country)
    ? 'hu'
    : ['JP', 'TW', 'HK', 'SG', 'KR', 'CN'].includes(country)
      ? 'asia'
      : ['AE', 'SA', 'QA', 'KW'].includes(country)
        ? 'gulf'
        : 'west';

export const isMobile = (d: Device): boolean => /iPhone|Android/.test(d.userAgent);

/** A buyer's own device: the fingerprint script sets an id on about nine visits in ten. */
export function newDevice(rng: Rng, crowd: Crowd, withId = 0.9): Device {
  const ua = userAgent(rng, rng.weightedPick(CROWDS[crowd]));
  return rng.chance(withId) ? { id: `dv_${rng.token(20)}`, userAgent: ua } : { userAgent: ua };
}

/**
 * A crew's browser: an anti-detect profile that looks like a fresh Windows or Mac Chrome each time, or a
 * script with no fingerprint at all.
 */
export function crewDevice(rng: Rng, scripted: boolean): Device {
  if (scripted) return { userAgent: userAgent(rng, rng.pick<Platform>(['windows', 'linux', 'windows'])) };
  return newDevice(rng, rng.chance(0.5) ? 'west' : 'hu', 0.7);
}
