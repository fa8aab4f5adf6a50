import type { Rng, Weighted } from './random.js';
import type { Device } from './types.js';

/**
 * Browser user agents as a European store saw them in late 2026 (mobile-first, iOS strong in the north and
 * west, Android in the south and east), and the headless or spoofed agents of checkout bots.
 */

export type DeviceClass = 'iphone' | 'android' | 'ipad' | 'windows' | 'mac' | 'linux';

const IOS_VERSIONS = ['18_6', '18_7', '26_0', '26_1', '26_1'];
const ANDROID_MODELS = [
  'SM-S931B',
  'SM-S926B',
  'SM-A556B',
  'SM-A356B',
  'SM-G991B',
  'Pixel 9',
  'Pixel 8a',
  'Pixel 10',
  '2312DRA50G',
  '23129RAA4G',
  'CPH2581',
  'moto g84 5G',
  'SM-A156B',
  'XQ-DQ72',
];
const CHROME = ['140.0.0.0', '141.0.0.0', '142.0.0.0', '142.0.0.0'];

export function userAgentFor(rng: Rng, cls: DeviceClass): string {
  switch (cls) {
    case 'iphone': {
      const v = rng.pick(IOS_VERSIONS);
      const safari = v.startsWith('26') ? '26.1' : v.replace('_', '.');
      return rng.chance(0.85)
        ? `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Mobile/15E148 Safari/604.1`
        : `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/${rng.pick(CHROME)} Mobile/15E148 Safari/604.1`;
    }
    case 'ipad': {
      const v = rng.pick(IOS_VERSIONS);
      return `Mozilla/5.0 (iPad; CPU OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.startsWith('26') ? '26.1' : v.replace('_', '.')} Mobile/15E148 Safari/604.1`;
    }
    case 'android': {
      const model = rng.pick(ANDROID_MODELS);
      const android = rng.pick(['14', '15', '16', '16']);
      return rng.chance(0.8)
        ? `Mozilla/5.0 (Linux; Android ${android}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Mobile Safari/537.36`
        : `Mozilla/5.0 (Linux; Android ${android}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36`;
    }
    case 'windows':
      return rng.weighted<string>([
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`,
          60,
        ],
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36 Edg/${rng.pick(CHROME)}`,
          25,
        ],
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${rng.pick(['143.0', '144.0', '145.0'])}) Gecko/20100101 Firefox/${rng.pick(['143.0', '144.0', '145.0'])}`,
          15,
        ],
      ]);
    case 'mac':
      return rng.chance(0.55)
        ? `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.pick(['18.6', '26.0', '26.1'])} Safari/605.1.15`
        : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`;
    case 'linux':
      return rng.chance(0.6)
        ? `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`
        : `Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:144.0) Gecko/20100101 Firefox/144.0`;
  }
}

/** Device classes of shoppers by region: phones dominate; iPhones are stronger in the north-west. */
export function deviceMix(country: string): Weighted<DeviceClass> {
  const iosHeavy = ['GB', 'IE', 'CH', 'DK', 'NO', 'SE', 'US', 'NL', 'LU'].includes(country);
  const androidHeavy = [
    'PL',
    'RO',
    'BG',
    'IT',
    'ES',
    'PT',
    'GR',
    'CZ',
    'TR',
    'UA',
    'IR',
    'SY',
    'CU',
  ].includes(country);
  const iphone = iosHeavy ? 34 : androidHeavy ? 16 : 26;
  const android = iosHeavy ? 22 : androidHeavy ? 42 : 32;
  return [
    ['iphone', iphone],
    ['android', android],
    ['ipad', 5],
    ['windows', 24],
    ['mac', iosHeavy ? 12 : 7],
    ['linux', 1],
  ];
}

/** The store's fingerprint script id for one browser install. */
export function newDeviceId(rng: Rng): string {
  return `dev_${rng.hex(16)}`;
}

export function newDevice(rng: Rng, cls: DeviceClass): Device & { cls: DeviceClass } {
  return { id: newDeviceId(rng), userAgent: userAgentFor(rng, cls), cls };
}

export function isMobile(cls: DeviceClass): boolean {
  return cls === 'iphone' || cls === 'android';
}

/** What checkout bots send: headless Chrome, or a common desktop agent copied verbatim. */
export function botUserAgent(rng: Rng): string {
  return rng.weighted<string>([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/141.0.0.0 Safari/537.36',
      30,
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      30,
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36',
      15,
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36',
      15,
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
      10,
    ],
  ]);
}
