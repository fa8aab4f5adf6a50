import { type Rng } from '../kit/random.js';
import { address, NETWORKS } from './networks.js';
import { billingOf, homeOf } from './people.js';
import { market, type Market } from './places.js';
import { when, type Window } from './purchase.js';
import { homeIp, honestPayment, ownCard, type Payment, shopper, type Shopper } from './shoppers.js';

/**
 * Honest shoppers who are not where their card is: VPN users (privacy, or a cheaper region's prices), people
 * on a trip (hotel or café Wi-Fi abroad, paying from home in their home currency) and expats (living in one
 * storefront's country with a card from home).
 */

export interface Away {
  s: Shopper;
  m: Market;
  at: number;
  pay: Payment;
}

/** The VPN exit a privacy user picks: their own country's, the nearest, or a popular one. */
const NEAREST: Readonly<Record<string, string>> = {
  MX: 'US',
  ID: 'SG',
  PH: 'SG',
  NG: 'GB',
  SA: 'NL',
  TR: 'TR',
  IN: 'IN',
  BR: 'BR',
};
const POPULAR = ['NL', 'CH', 'SE', 'US', 'DE', 'GB'];
const exits = (country: string) => NETWORKS.filter((n) => n.kind === 'vpn' && n.country === country);

function vpnIp(rng: Rng, country: string): string {
  const own = exits(country);
  const near = exits(NEAREST[country] ?? '');
  const list = rng.chance(0.3)
    ? exits(rng.pick(POPULAR))
    : own.length > 0
      ? own
      : near.length > 0
        ? near
        : exits('NL');
  return address(rng, rng.pick(list));
}

/** Region hoppers: living in a dear storefront, shopping through an exit in a cheap one. */
const DEAR = ['US', 'GB', 'DE', 'FR', 'PL', 'SA', 'CA', 'AU'];
const CHEAP = ['TR', 'IN', 'BR'];

export function vpnShopper(rng: Rng, w: Window): Away {
  if (rng.chance(0.55)) {
    const m = market(rng.pick([...DEAR, 'MX', 'BR', 'IN', 'TR', 'ID', 'PH', 'NG']));
    const tz = rng.pick(m.tz);
    const at = when(rng, w, tz);
    const s = { ...shopper(rng, m, { at, start: w.start, tz }), ip: vpnIp(rng, m.country) };
    return { s, m, at, pay: honestPayment(rng, s) };
  }
  const home = market(rng.pick(DEAR));
  const m = market(rng.pick(CHEAP));
  const tz = rng.pick(home.tz);
  const at = when(rng, w, tz);
  const base = shopper(rng, home, { at, start: w.start, tz, age: 'old', phone: false });
  const s: Shopper = { ...base, ip: address(rng, rng.pick(exits(m.country))), method: 'card' };
  // Half give their real billing country; half claim the region's, with a made-up postal code.
  const claimed = rng.chance(0.5);
  const billing = claimed ? billingOf(rng, homeOf(rng, m)) : billingOf(rng, s.home);
  return { s, m, at, pay: honestPayment(rng, s, 'card', billing, claimed ? 'no' : 'yes') };
}

const ABROAD: ReadonlyArray<readonly [string, number]> = [
  ['ES', 2],
  ['IT', 2],
  ['NL', 2],
  ['AE', 4],
  ['FR', 2],
  ['GB', 1],
  ['US', -4],
  ['TR', 3],
  ['MX', -6],
  ['DE', 2],
];

/** On a trip: the home account, card and currency, an address abroad. */
export function traveller(rng: Rng, w: Window): Away {
  const m = market(rng.pick(['US', 'GB', 'DE', 'FR', 'CA', 'AU', 'SA', 'PL', 'BR', 'MX', 'IN']));
  const [dest, tz] = rng.pick(ABROAD.filter(([c]) => c !== m.country));
  const at = when(rng, w, tz);
  const nets = NETWORKS.filter((n) => n.country === dest && (n.kind === 'home' || n.kind === 'mobile'));
  const base = shopper(rng, m, { at, start: w.start, tz, age: 'old', young: false });
  const s: Shopper = { ...base, ip: address(rng, rng.pick(nets)) };
  return { s, m, at, pay: honestPayment(rng, s) };
}

const EXPATS: ReadonlyArray<readonly [string, string]> = [
  ['IN', 'SA'],
  ['PH', 'SA'],
  ['ID', 'SA'],
  ['NG', 'GB'],
  ['PL', 'GB'],
  ['TR', 'DE'],
  ['BR', 'US'],
  ['MX', 'US'],
  ['IN', 'US'],
  ['FR', 'GB'],
  ['PH', 'US'],
  ['IN', 'GB'],
];

/** Living abroad: the storefront and connection of where they live, a card (and often its address) from home. */
export function expat(rng: Rng, w: Window): Away {
  const [from, livesIn] = rng.pick(EXPATS);
  const origin = market(from);
  const m = market(livesIn);
  const tz = rng.pick(m.tz);
  const at = when(rng, w, tz);
  const base = shopper(rng, origin, { at, start: w.start, tz, young: false });
  const here = homeOf(rng, m);
  const s: Shopper = {
    ...base,
    ip: homeIp(rng, m, rng.chance(0.4)).ip,
    home: rng.chance(0.6) ? here : base.home,
    method: rng.chance(0.85) ? 'card' : 'paypal',
    card: ownCard(rng, origin),
  };
  return {
    s,
    m,
    at,
    pay: honestPayment(rng, s, s.method, billingOf(rng, s.home), s.home === here ? 'no' : 'yes'),
  };
}
