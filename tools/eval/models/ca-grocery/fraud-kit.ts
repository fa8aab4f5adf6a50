import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Card, fraudDecline, type Match } from './cards.js';
import { automatedDevice, householdDevice, newDevice } from './devices.js';
import { type Session } from './honest-kit.js';
import { draw, homeNetworks, type Network, network, ofKind } from './networks.js';
import { addressIn, type City, pickCity, type Province } from './places.js';
import { type Attempt, cardAttempt, firstAuth, type LaterEvent, retryGap } from './purchase.js';

/** What the fraud planners share: where fraudsters connect from, drop addresses, stolen-card attempts, chargebacks. */

export type Cover = 'residential_proxy' | 'vpn' | 'cloud' | 'abroad' | 'mobile';

/** A fraudster's connection: residential proxies in the victim's province are the careful choice. */
export function fraudSession(rng: Rng, cover: Cover, province: Province, device?: Device): Session {
  const pool: Record<Cover, () => Network> = {
    residential_proxy: () => rng.pick(homeNetworks(province)),
    vpn: () => rng.pick(ofKind('vpn')),
    cloud: () => rng.pick(ofKind('cloud')),
    abroad: () => network(rng.pick(['us-datacenter', 'nl-hosting', 'vn-broadband', 'ng-mobile'])),
    mobile: () => rng.pick(ofKind('mobile')),
  };
  const net = pool[cover]();
  const d =
    device ??
    (cover === 'residential_proxy' || cover === 'mobile'
      ? householdDevice(rng, false)
      : rng.chance(0.5)
        ? automatedDevice(rng)
        : newDevice(rng, 'desktop'));
  return { network: net, ip: draw(rng, net, cover === 'mobile' ? 0.4 : 0.1), device: d };
}

/** How careful fraudsters hide: mostly residential proxies now, some VPNs and cloud, a few careless. */
export const pickCover = (rng: Rng, careful = 0.5): Cover =>
  rng.chance(careful)
    ? rng.weightedPick<Cover>([
        ['residential_proxy', 75],
        ['mobile', 25],
      ])
    : rng.weightedPick<Cover>([
        ['vpn', 35],
        ['cloud', 15],
        ['abroad', 30],
        ['residential_proxy', 20],
      ]);

/**
 * Where stolen goods go: a reshipper's or mule's apartment in a big city, a building with a concierge, an
 * address that takes parcels for many names.
 */
export function dropAddress(rng: Rng, city?: City): Address {
  const c = city ?? pickCity(rng, rng.pick(['ON', 'ON', 'QC', 'BC', 'AB'] as const));
  return addressIn(rng, c, true);
}

/** The cardholder's address as the fraudster has it (fullz) or guessed; a victim in any big city. */
export function victimAddress(rng: Rng): { city: City; address: Address } {
  const city = pickCity(rng);
  return { city, address: addressIn(rng, city, rng.chance(0.3)) };
}

/**
 * Stolen-card authorisations: `tries` cards until one goes through (or none does). Declines come as issuers
 * answer stolen cards; `match` says whether the fraudster had the billing address right.
 */
export function stolenAttempts(
  rng: Rng,
  cards: Card[],
  match: Match,
  pass: number,
  entry: 'typed' | 'wallet' = 'typed',
): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const ok = rng.chance(pass);
    const after = i === 0 ? firstAuth(rng) : retryGap(rng) / 3;
    const decline = ok ? undefined : fraudDecline(rng);
    out.push(cardAttempt(rng, card, ok, entry, match, after, decline, decline !== 'incorrect_cvc'));
    if (ok) break;
  }
  return out;
}

/** What follows a stolen-card purchase: early fraud warnings, chargebacks weeks later, a few caught first. */
export function chargebackLater(
  rng: Rng,
  { warning = 0.35, dispute = 0.7, caught = 0.06 } = {},
): LaterEvent[] {
  if (rng.chance(caught))
    return [
      { type: 'order.cancelled', afterMs: rng.int(DAY / 12, DAY), reason: 'fraud_suspected' },
      { type: 'refund.created', afterMs: rng.int(DAY + 1, 2 * DAY), reason: 'fraudulent' },
    ];
  const out: LaterEvent[] = [];
  if (rng.chance(warning))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2 * DAY, 14 * DAY), reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(12 * DAY, 60 * DAY), reason: 'fraudulent' });
  return out;
}
