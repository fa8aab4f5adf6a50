import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Browsers as the shop sees them: mostly Android phones (Samsung, Xiaomi, Oppo, Vivo, Honor, Huawei) and iPhones,
 * many arriving through Instagram, TikTok or Facebook's in-app browsers from the house's Raya campaigns; Windows
 * and Mac desktops in offices. The web checkout runs a fingerprint script, which blockers and some in-app browsers
 * stop (no device id then). The shop has no app.
 */

export type Channel = 'web' | 'instagram' | 'tiktok' | 'facebook' | 'whatsapp';

const ANDROID_MODELS = [
  'SM-A546E',
  'SM-A155F',
  'SM-S911B',
  'SM-A356E',
  '23090RA98G',
  '2312DRA50G',
  'CPH2565',
  'CPH2591',
  'V2314',
  'V2247',
  'ALI-NX1',
  'JNY-LX2',
  'RMX3834',
] as const;
const CHROME = ['120.0.6099.230', '121.0.6167.178', '122.0.6261.64', '121.0.6167.164'] as const;
const IOS = ['16_7_5', '17_2_1', '17_3', '17_3_1', '17_4'] as const;

function android(rng: Rng, channel: Channel): string {
  const model = rng.pick(ANDROID_MODELS);
  const v = rng.pick(['12', '13', '14', '14']);
  const chrome = rng.pick(CHROME);
  const base = `Mozilla/5.0 (Linux; Android ${v}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko)`;
  if (channel === 'instagram')
    return `${base} Version/4.0 Chrome/${chrome} Mobile Safari/537.36 Instagram 318.0.0.30.110 Android (34/${v}; 420dpi; 1080x2340; ${model}; ms_MY)`;
  if (channel === 'tiktok')
    return `${base} Version/4.0 Chrome/${chrome} Mobile Safari/537.36 trill_330405 JsSdk/1.0 NetType/4G Channel/googleplay AppName/trill app_version/33.4.5 ByteLocale/ms`;
  if (channel === 'facebook')
    return `${base} Version/4.0 Chrome/${chrome} Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/449.0.0.41.111;]`;
  if (model.startsWith('SM-') && rng.chance(0.35))
    return `${base} SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36`;
  return `${base} Chrome/${chrome} Mobile Safari/537.36`;
}

function iphone(rng: Rng, channel: Channel): string {
  const os = rng.pick(IOS);
  const base = `Mozilla/5.0 (iPhone; CPU iPhone OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)`;
  if (channel === 'instagram')
    return `${base} Mobile/15E148 Instagram 318.0.0.30.110 (iPhone14,5; iOS ${os}; ms_MY)`;
  if (channel === 'tiktok')
    return `${base} Mobile/15E148 musical_ly_33.4.0 JsSdk/2.0 NetType/WIFI Channel/App Store`;
  if (channel === 'facebook') return `${base} Mobile/15E148 [FBAN/FBIOS;FBAV/449.0.0.37.108;FBBV/560000000]`;
  return `${base} Version/${os.split('_').slice(0, 2).join('.')} Mobile/15E148 Safari/604.1`;
}

const WINDOWS = (rng: Rng) =>
  rng.chance(0.7)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`
    : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.2277.112`;
const MAC = (rng: Rng) =>
  `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${rng.int(2, 4)} Safari/605.1.15`;

export type Kind = 'android' | 'iphone' | 'desktop' | 'mac';

export interface HeldDevice extends Device {
  kind: Kind;
}

const deviceId = (rng: Rng) => `dv_${rng.token(22)}`;

/** A buyer's device; `android` share of phones is Malaysia's (about seven in ten) unless said. */
export function newDevice(
  rng: Rng,
  o: { desktop?: number; android?: number; channel?: Channel; fingerprinted?: number } = {},
): HeldDevice {
  const channel = o.channel ?? 'web';
  const desktop = channel === 'web' && rng.chance(o.desktop ?? 0.15);
  const kind: Kind = desktop
    ? rng.chance(0.8)
      ? 'desktop'
      : 'mac'
    : rng.chance(o.android ?? 0.68)
      ? 'android'
      : 'iphone';
  const userAgent =
    kind === 'desktop'
      ? WINDOWS(rng)
      : kind === 'mac'
        ? MAC(rng)
        : kind === 'android'
          ? android(rng, channel)
          : iphone(rng, channel);
  const fingerprinted = rng.chance(o.fingerprinted ?? (channel === 'web' ? 0.9 : 0.75));
  return { kind, userAgent, ...(fingerprinted ? { id: deviceId(rng) } : {}) };
}

/** The same phone in another app's browser: the user agent changes, the fingerprint mostly holds. */
export function throughChannel(rng: Rng, d: HeldDevice, channel: Channel): HeldDevice {
  if (channel === 'web' || d.kind === 'desktop' || d.kind === 'mac') return d;
  const ua = d.kind === 'android' ? android(rng, channel) : iphone(rng, channel);
  return { ...d, userAgent: ua };
}

/** Where a shopper arrived from this season: the house's Raya campaigns run on Instagram and TikTok. */
export const channelOf = (rng: Rng, social = 0.3): Channel =>
  rng.chance(social)
    ? rng.weightedPick<Channel>([
        ['instagram', 40],
        ['tiktok', 35],
        ['facebook', 20],
        ['whatsapp', 5],
      ])
    : 'web';

/** A bot's browser: a desktop Chrome string shared by the whole run, or a headless one; rarely a fingerprint. */
export function botDevice(rng: Rng): HeldDevice {
  const headless = rng.chance(0.3);
  const userAgent = headless
    ? `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${rng.pick(CHROME)} Safari/537.36`
    : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`;
  return { kind: 'desktop', userAgent, ...(rng.chance(0.3) ? { id: deviceId(rng) } : {}) };
}
