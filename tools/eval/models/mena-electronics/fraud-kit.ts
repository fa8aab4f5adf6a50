import { type Rng } from '../kit/random.js';
import { MARKETS, type MarketCode } from './markets.js';
import { address, HOSTING, type Network, networksIn, VPNS } from './networks.js';
import { mailbox, type Origin, person } from './people.js';
import { type Address, dropIn } from './places.js';
import { type Buyer, DAY, desktopAgent, type Device, MIN, userId, when, type Window } from './purchase.js';

/** What the fraud planners share: the kinds and their shares, crews, their tools and how stolen money unwinds. */

export const FRAUD = {
  stolen_card_foreign: 18,
  smishing_local_card: 14,
  account_takeover: 12,
  cod_refusal_ring: 12,
  card_testing: 10,
  bnpl_identity_fraud: 9,
  reshipper_export: 7,
  friendly_fraud: 8,
  promo_abuse: 7,
  gift_card_cashout: 6,
  refund_abuse: 3,
  corporate_impersonation: 3,
} as const;

export type FraudKind = keyof typeof FRAUD;

/** `n` fraud orders split by share (largest remainder, ties in listing order); every kind gets one if n allows. */
export function allocate(n: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const total = kinds.reduce((s, k) => s + FRAUD[k], 0);
  const exact = kinds.map((k) => (n * FRAUD[k]) / total);
  const out = Object.fromEntries(kinds.map((k, i) => [k, Math.floor(exact[i] ?? 0)])) as Record<
    FraudKind,
    number
  >;
  let left = n - kinds.reduce((s, k) => s + out[k], 0);
  const order = kinds.map((k, i) => [k, (exact[i] ?? 0) - out[k]] as const).sort((a, b) => b[1] - a[1]);
  for (const [k] of order) {
    if (left <= 0) break;
    out[k] += 1;
    left -= 1;
  }
  return out;
}

/**
 * A crew: a handful of people working one storefront with the same few machines, the same proxies and a
 * few drop addresses, so their orders share devices, networks and delivery points.
 */
export interface Crew {
  market: MarketCode;
  devices: Device[];
  /** The proxies and VPNs it connects through. */
  nets: Network[];
  drops: Address[];
  /** A mail provider its throwaway accounts use. */
  mail: string;
}

/** An anti-detect browser, an Android phone or emulator with the app, or an iPhone. */
export function fraudDevice(rng: Rng): Device {
  const style = rng.weighted({ antidetect: 45, android: 35, iphone: 20 });
  if (style === 'antidetect') return { userAgent: desktopAgent(rng), id: `wd_${rng.token(20)}` };
  if (style === 'android')
    return {
      userAgent: `BarqApp/5.${rng.int(12, 18)} (Android ${rng.int(11, 14)}; ${rng.pick(['SM-G991B', 'sdk_gphone64_x86_64', 'Pixel 7', 'M2101K6G'])})`,
      id: `and_${rng.token(24)}`,
    };
  return {
    userAgent: `BarqApp/5.${rng.int(14, 18)} (iPhone; iOS 26.0; Scale/3.00)`,
    id: `ios_${rng.token(24)}`,
  };
}

/** Residential proxies in the storefront's country, VPN exits and hosts, and the crew's own country's lines. */
export function crewNets(rng: Rng, market: MarketCode, home: string): Network[] {
  const nets: Network[] = [];
  if (rng.chance(0.6)) nets.push(rng.pick(networksIn(market, 'mobile', 'broadband')));
  if (rng.chance(0.5)) nets.push(rng.pick(VPNS));
  if (rng.chance(0.3)) nets.push(rng.pick(HOSTING));
  const own = networksIn(home, 'mobile', 'broadband');
  if (nets.length === 0 || (own.length > 0 && rng.chance(0.25)))
    nets.push(rng.pick(own.length > 0 ? own : VPNS));
  return nets;
}

export function crew(
  rng: Rng,
  market: MarketCode,
  opts: { home?: string; drop?: 'flat' | 'locker' | 'forwarder' } = {},
): Crew {
  const home = opts.home ?? market;
  return {
    market,
    devices: Array.from({ length: rng.int(1, 3) }, () => fraudDevice(rng)),
    nets: crewNets(rng, market, home),
    drops: Array.from({ length: rng.int(1, 4) }, () =>
      dropIn(rng, market, opts.drop ?? rng.weighted({ flat: 60, locker: 30, forwarder: 10 })),
    ),
    mail: rng.weighted({
      'gmail.com': 50,
      'outlook.com': 20,
      'hotmail.com': 15,
      'proton.me': 8,
      'mail.com': 7,
    }),
  };
}

/** The crew's machine for this order: one of theirs, now and then with its web id reset. */
export function crewDevice(rng: Rng, c: Crew): Device {
  const d = rng.pick(c.devices);
  return d.id?.startsWith('wd_') && rng.chance(0.35) ? { ...d, id: `wd_${rng.token(20)}` } : d;
}

export const crewIp = (rng: Rng, c: Crew): string => address(rng, rng.pick(c.nets));

/** Who crews pass themselves off as when they don't use the victim's name. */
const CREW_ORIGINS: readonly Origin[] = [
  'egyptian',
  'pakistani',
  'indian',
  'syrian',
  'moroccan',
  'filipino',
  'jordanian',
];

/** A throwaway account's e-mail: a plausible name with digits, or keyboard noise. */
export function throwaway(rng: Rng, c: Crew, origin?: Origin): { email: string; name: string } {
  const p = person(rng, origin ?? rng.pick(CREW_ORIGINS));
  if (rng.chance(0.25))
    return { name: p.name, email: `${rng.token(rng.int(7, 11))}${rng.int(1, 99)}@${c.mail}` };
  return { name: p.name, email: mailbox(rng, p.first, p.last, c.mail) };
}

/** Where stolen foreign cards come from. */
export const foreignCardCountry = (rng: Rng): string =>
  rng.weighted({ US: 36, GB: 28, DE: 9, FR: 9, CA: 9, ES: 9 });

/** A moment: half follow the storefront's evening, half any hour (crews abroad, bots). */
export const fraudWhen = (rng: Rng, w: Window, m: MarketCode): number =>
  rng.chance(0.55) ? when(rng, w, m) : Math.floor(rng.float(w.start, w.end));

/** A guest, or an account opened minutes to hours before the order. */
export function freshBuyer(rng: Rng, at: number, who: { email: string; name: string }, guest = 0.45): Buyer {
  if (rng.chance(guest)) return { ...who };
  return { ...who, id: userId(rng), createdAt: at - Math.floor(rng.logNormal(40, 1.2) * MIN) };
}

/** A few crews for `n` orders (at most `most`). */
export const crews = (rng: Rng, n: number, make: () => Crew, most = 5): Crew[] =>
  Array.from({ length: Math.max(1, Math.min(n, rng.int(2, most))) }, make);

/** Where crews working with foreign cards sit. */
export const CREW_HOMES = { NG: 25, VN: 10, ID: 10, RU: 10, PK: 10, AE: 20, EG: 15 };

/** When the courier reaches the door: the storefront's delivery days. */
export const delivered = (rng: Rng, m: MarketCode) =>
  rng.float(MARKETS[m].deliveryDays[0], MARKETS[m].deliveryDays[1] + 0.7) * DAY;
