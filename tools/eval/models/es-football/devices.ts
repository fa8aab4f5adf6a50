import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Browsers and phones as the checkout sees them (user agent, and the fingerprint id when the script runs).
 */

const IOS = ['18_6', '18_7'];
const SAFARI = ['26.1', '26.2', '27.0', '27.1'];
const CHROME = [150, 151, 152, 153, 154];

const iphone = (rng: Rng) =>
  `Mozilla/5.0 (iPhone; CPU iPhone OS ${rng.pick(IOS)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.pick(SAFARI)} Mobile/15E148 Safari/604.1`;
const android = (rng: Rng) =>
  `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)}.0.0.0 Mobile Safari/537.36`;
const samsung = (rng: Rng) =>
  `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${rng.int(28, 30)}.0 Chrome/${rng.pick(CHROME) - 4}.0.0.0 Mobile Safari/537.36`;
const instagram = (rng: Rng) =>
  `Mozilla/5.0 (iPhone; CPU iPhone OS ${rng.pick(IOS)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram ${rng.int(400, 420)}.0.0.${rng.int(10, 40)}.${rng.int(80, 120)}`;
export const windowsChrome = (rng: Rng, version = rng.pick(CHROME)): string =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version}.0.0.0 Safari/537.36`;
const edge = (rng: Rng) => {
  const v = rng.pick(CHROME);
  return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`;
};
const firefox = (rng: Rng) => {
  const v = rng.int(148, 152);
  return `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
};
const mac = (rng: Rng) =>
  `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.pick(SAFARI)} Safari/605.1.15`;

/** A fingerprint id as the shop's checkout script sets it. */
export const deviceId = (rng: Rng): string => `dv_${rng.token(22)}`;

/**
 * A person's device: a phone most of the time (iPhones commoner in the UK and US, Android in Spain and Latin
 * America), now and then the Instagram in-app browser from a drop post; the checkout script's fingerprint
 * most of the time (blockers stop it).
 */
export function humanDevice(rng: Rng, country: string, phoneShare = 0.66): Device {
  const iphones = ['GB', 'US', 'IE'].includes(country) ? 0.55 : 0.32;
  const userAgent = rng.chance(phoneShare)
    ? rng.chance(iphones)
      ? rng.chance(0.06)
        ? instagram(rng)
        : iphone(rng)
      : rng.chance(0.18)
        ? samsung(rng)
        : android(rng)
    : rng.weightedPick<() => string>([
        [() => windowsChrome(rng), 52],
        [() => mac(rng), 20],
        [() => edge(rng), 14],
        [() => firefox(rng), 10],
      ])();
  return rng.chance(0.9) ? { userAgent, id: deviceId(rng) } : { userAgent };
}
