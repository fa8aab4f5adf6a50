import { type Rng } from '../kit/random.js';

/**
 * Browsers as the storefront sees them: a device id from the store's own first-party cookie script (missing
 * when an ad blocker or strict privacy setting stops it) and the user agent. Most orders come from phones,
 * many through Instagram's and Facebook's in-app browsers after an ad; iPads report a Mac user agent.
 */

export interface Device {
  id?: string;
  userAgent?: string;
  apple: boolean;
  mobile: boolean;
}

const SAFARI = (v: string) => `Version/${v} Mobile/15E148 Safari/604.1`;
const IOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)';
const CHROME_TAIL = (v: number) => `AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0`;

type Platform =
  'iphone' | 'iphone-inapp' | 'android' | 'android-inapp' | 'mac' | 'windows' | 'chromeos' | 'linux';

const MIX: Readonly<Record<Platform, number>> = {
  iphone: 33,
  'iphone-inapp': 7,
  android: 15,
  'android-inapp': 3,
  mac: 16,
  windows: 22,
  chromeos: 2,
  linux: 2,
};

function userAgent(rng: Rng, platform: Platform): string {
  const chrome = rng.weightedPick([
    [156, 5],
    [155, 3],
    [154, 1],
    [149, 0.5],
  ] as const);
  switch (platform) {
    case 'iphone':
      return rng.chance(0.85)
        ? `${IOS} ${SAFARI(rng.pick(['27.1', '27.2', '27.0', '26.6', '18.7']))}`
        : `${IOS} CriOS/${chrome}.0.7632.${rng.int(40, 120)} Mobile/15E148 Safari/604.1`;
    case 'iphone-inapp':
      return rng.chance(0.6)
        ? `${IOS} Mobile/15E148 Instagram ${rng.int(400, 412)}.0.0.${rng.int(10, 40)}.${rng.int(70, 99)} (iPhone16,2; iOS 27_1; en_US; en; scale=3.00; 1290x2796)`
        : `${IOS} Mobile/15E148 [FBAN/FBIOS;FBAV/${rng.int(520, 535)}.0.0.${rng.int(20, 60)}.${rng.int(90, 120)};FBBV/${rng.int(700, 799)}${rng.digits(6)};FBDV/iPhone15,3;FBMD/iPhone;FBSN/iOS;FBSV/27.1;FBSS/3;FBLC/en_US]`;
    case 'android':
      return rng.chance(0.8)
        ? `Mozilla/5.0 (Linux; Android 10; K) ${CHROME_TAIL(chrome)} Mobile Safari/537.36`
        : `Mozilla/5.0 (Linux; Android 16; SM-S${rng.pick(['931U', '936U', '938U', '928U'])}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${rng.int(29, 31)}.0 Chrome/${chrome - 6}.0.0.0 Mobile Safari/537.36`;
    case 'android-inapp':
      return `Mozilla/5.0 (Linux; Android 16; Pixel ${rng.int(8, 10)} Build/BP${rng.int(2, 4)}A.${rng.int(250101, 251201)}.${rng.int(1, 9)}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome}.0.0.0 Mobile Safari/537.36 Instagram ${rng.int(400, 412)}.0.0.${rng.int(10, 40)}.${rng.int(70, 99)} Android`;
    case 'mac':
      return rng.chance(0.55)
        ? `${MAC} AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.pick(['27.1', '27.2', '26.6'])} Safari/605.1.15`
        : `${MAC} ${CHROME_TAIL(chrome)} Safari/537.36`;
    case 'windows': {
      const base = `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${CHROME_TAIL(chrome)} Safari/537.36`;
      const roll = rng.next();
      if (roll < 0.62) return base;
      if (roll < 0.87) return `${base} Edg/${chrome}.0.0.0`;
      const firefox = rng.int(157, 159);
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${firefox}.0) Gecko/20100101 Firefox/${firefox}.0`;
    }
    case 'chromeos':
      return `Mozilla/5.0 (X11; CrOS x86_64 16${rng.int(100, 400)}.0.0) ${CHROME_TAIL(chrome)} Safari/537.36`;
    case 'linux':
      return `Mozilla/5.0 (X11; Linux x86_64; rv:${rng.int(157, 159)}.0) Gecko/20100101 Firefox/${rng.int(157, 159)}.0`;
  }
}

export const deviceId = (rng: Rng) => `d_${rng.token(22)}`;

/** A customer's own browser. `blocked` is the share whose privacy tools stop the store's cookie script. */
export function newDevice(rng: Rng, options: { platform?: Platform; blocked?: number } = {}): Device {
  const platform = options.platform ?? rng.weighted(MIX);
  const apple = platform === 'iphone' || platform === 'iphone-inapp' || platform === 'mac';
  const mobile = platform.startsWith('iphone') || platform.startsWith('android');
  const id = rng.chance(options.blocked ?? 0.025) ? undefined : deviceId(rng);
  return { ...(id ? { id } : {}), userAgent: userAgent(rng, platform), apple, mobile };
}

export const desktopDevice = (rng: Rng) =>
  newDevice(rng, {
    platform: rng.weightedPick([
      ['windows', 3],
      ['mac', 2],
    ] as const),
  });

/**
 * What fraud tooling shows: anti-detect browsers spoof a current desktop Chrome with a fresh id per order;
 * scripts run headless Chrome, often without the cookie script ever executing; some call the API directly.
 */
export function fraudDevice(rng: Rng, style: 'antidetect' | 'headless' | 'script' | 'phone'): Device {
  switch (style) {
    case 'antidetect':
      return {
        id: deviceId(rng),
        userAgent: userAgent(rng, rng.chance(0.8) ? 'windows' : 'mac'),
        apple: false,
        mobile: false,
      };
    case 'headless': {
      const id = rng.chance(0.5) ? deviceId(rng) : undefined;
      const userAgent = `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${rng.int(120, 150)}.0.0.0 Safari/537.36`;
      return { ...(id ? { id } : {}), userAgent, apple: false, mobile: false };
    }
    case 'script':
      return {
        userAgent: rng.pick(['python-requests/2.32.3', 'okhttp/4.12.0', 'axios/1.7.9', 'Go-http-client/2.0']),
        apple: false,
        mobile: false,
      };
    case 'phone':
      return newDevice(rng, { platform: rng.chance(0.6) ? 'android' : 'iphone', blocked: 0 });
  }
}
