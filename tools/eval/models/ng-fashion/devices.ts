import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The phones and computers checkouts come from. In Nigeria most shoppers are on Android (Tecno, Infinix, itel,
 * Samsung, Xiaomi), often in Chrome or Opera, a good share arriving from an Instagram post in the app's own
 * browser; iPhones among Lagos' better-off and the diaspora; desktops in offices. The shop's fingerprint script
 * sets a device id on most browsers (not when blocked, nor in some in-app browsers).
 */

const ANDROID_MODELS: ReadonlyArray<readonly [string, number]> = [
  ['TECNO CK7n', 14],
  ['TECNO KI7', 10],
  ['TECNO LH7n', 6],
  ['Infinix X6833B', 12],
  ['Infinix X6831', 9],
  ['Infinix X6739', 5],
  ['itel A665L', 6],
  ['SM-A155F', 9],
  ['SM-A057F', 5],
  ['SM-S918B', 4],
  ['23129RAA4G', 6],
  ['23106RN0DA', 4],
  ['Pixel 7', 1],
];
const ANDROID_VERSIONS = ['12', '13', '13', '14', '14'];
const CHROME = ['129.0.6668.100', '130.0.6723.107', '131.0.6778.81', '131.0.6778.104'];
const IOS = ['17_6_1', '18_0_1', '18_1', '18_1_1', '18_2'];

function android(rng: Rng): string {
  const model = rng.weightedPick(ANDROID_MODELS);
  const v = rng.pick(ANDROID_VERSIONS);
  const chrome = rng.pick(CHROME);
  const base = `Mozilla/5.0 (Linux; Android ${v}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko)`;
  if (rng.chance(0.2))
    return `${base} Chrome/${chrome} Mobile Safari/537.36 OPR/85.0.4341.${rng.int(60, 90)}`;
  return `${base} Chrome/${chrome} Mobile Safari/537.36`;
}

function instagramAndroid(rng: Rng): string {
  const model = rng.weightedPick(ANDROID_MODELS);
  const v = rng.pick(ANDROID_VERSIONS);
  return (
    `Mozilla/5.0 (Linux; Android ${v}; ${model} Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like ` +
    `Gecko) Version/4.0 Chrome/${rng.pick(CHROME)} Mobile Safari/537.36 Instagram 358.0.0.${rng.int(20, 60)}.` +
    `${rng.int(80, 120)} Android`
  );
}

function iphone(rng: Rng): string {
  const v = rng.pick(IOS);
  const short = v.split('_').slice(0, 2).join('.');
  return `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${short} Mobile/15E148 Safari/604.1`;
}

function instagramIphone(rng: Rng): string {
  const v = rng.pick(IOS);
  return `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 358.0.0.${rng.int(20, 60)}.${rng.int(80, 120)} (iPhone14,5; iOS ${v}; en_GB)`;
}

function windows(rng: Rng): string {
  return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`;
}

function mac(rng: Rng): string {
  return rng.chance(0.5)
    ? `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15`
    : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`;
}

export type DeviceProfile = 'nigeria' | 'diaspora' | 'office' | 'instagram';

export const deviceId = (rng: Rng): string => `dv_${rng.token(22)}`;

/** A new device of the profile's mix; the fingerprint script gives it an id most of the time. */
export function newDevice(rng: Rng, profile: DeviceProfile): Device {
  let userAgent: string;
  if (profile === 'instagram') userAgent = rng.chance(0.75) ? instagramAndroid(rng) : instagramIphone(rng);
  else if (profile === 'office') userAgent = rng.chance(0.8) ? windows(rng) : mac(rng);
  else {
    const mix: ReadonlyArray<readonly [() => string, number]> =
      profile === 'nigeria'
        ? [
            [() => android(rng), 76],
            [() => iphone(rng), 18],
            [() => windows(rng), 4],
            [() => mac(rng), 2],
          ]
        : [
            [() => iphone(rng), 52],
            [() => android(rng), 30],
            [() => windows(rng), 10],
            [() => mac(rng), 8],
          ];
    userAgent = rng.weightedPick(mix)();
  }
  const withId = rng.chance(profile === 'instagram' ? 0.6 : 0.9);
  return { userAgent, ...(withId ? { id: deviceId(rng) } : {}) };
}

/** A card tester's or fraud ring's browser: automation, or a desktop Chrome it pretends to be. */
export function fraudDevice(rng: Rng, headless: boolean): Device {
  const userAgent = headless
    ? `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${rng.pick(CHROME)} Safari/537.36`
    : rng.chance(0.6)
      ? android(rng)
      : windows(rng);
  return { userAgent, ...(rng.chance(headless ? 0.4 : 0.85) ? { id: deviceId(rng) } : {}) };
}
