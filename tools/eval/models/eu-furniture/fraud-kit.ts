import { type Address, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { moment, type Rhythm } from './calendar.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Network, ipOn, networksOf, NETWORKS } from './networks.js';
import { type Name, personalEmail, personName } from './names.js';
import { type World } from './people.js';
import { addressIn, type Market, MARKETS, pickCity } from './places.js';
import { type Attempt, DAY, HOUR, type LaterEvent, paid, type Purchase } from './purchase.js';

/** What the fraud planners share: their networks, throw-away identities, drop addresses and the aftermath. */

/**
 * Where a fraudster connects from: a residential proxy that exits on a home line in the victim's market, a mobile
 * data SIM bought for the job, a VPN or hosting exit, or their own country's lines.
 */
export function fraudNetwork(
  rng: Rng,
  m: Market,
  weights: Partial<Record<'proxy' | 'mobile' | 'hosting' | 'abroad', number>>,
): Network {
  const how = rng.weighted({ proxy: 0, mobile: 0, hosting: 0, abroad: 0, ...weights });
  if (how === 'proxy') return rng.pick(networksOf(m, 'home'));
  if (how === 'mobile') return rng.pick(networksOf(m, 'mobile'));
  if (how === 'hosting') return rng.pick(NETWORKS.filter((n) => n.kind === 'hosting'));
  return rng.pick(
    NETWORKS.filter((n) => ['NG', 'VN', 'ID', 'DZ', 'UA', 'MD', 'AL', 'GB', 'US'].includes(n.country)),
  );
}

const THROWAWAY = [
  'gmail.com',
  'outlook.com',
  'yahoo.com',
  'proton.me',
  'mail.com',
  'gmx.com',
  'tutanota.com',
  'yandex.com',
];

/** An address made for one order: a name and digits at webmail, or random letters. */
export function throwawayEmail(rng: Rng, n?: Name): string {
  const domain = rng.pick(THROWAWAY);
  if (n && rng.chance(0.6)) {
    const first = n.first
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
    const last = n.last
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
    return `${first}${last}${rng.int(1, 9999)}@${domain}`;
  }
  return `${rng.token(rng.int(7, 12), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(0, 4))}@${domain}`;
}

/** A person in the market whose name the fraudster uses (a mule, a drop, a made-up buyer). */
export const someone = (rng: Rng, m: Market): Name => personName(rng, m);

/** A drop: a flat rented short-term, a building's shared entrance, a mule's place; in a big city. */
export function dropAddress(rng: Rng, m: Market): Address {
  const city = pickCity(rng, m, (c) => !c.resort && c.weight >= 5);
  return addressIn(rng, city);
}

/**
 * What follows a stolen card once the money is taken: the store sometimes spots it and cancels before the crew
 * goes out; otherwise the issuer's early warning and the holder's dispute arrive days to weeks later.
 */
export function chargebackLater(
  rng: Rng,
  { caught = 0.08, warning = 0.35, dispute = 0.8 } = {},
): LaterEvent[] {
  if (rng.chance(caught)) {
    const after = rng.int(2 * HOUR, 2 * DAY);
    return [
      { type: 'order.cancelled', afterMs: after, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: after + rng.int(HOUR, 6 * HOUR), reason: 'fraudulent' },
    ];
  }
  const out: LaterEvent[] = [];
  if (rng.chance(warning))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(12, 60) * DAY, reason: 'fraudulent' });
  return out;
}

export interface FraudDraft {
  at: number;
  kind: string;
  market: Market;
  buyer: Buyer;
  basket: Basket;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  slot?: { from: number; to: number };
  warehouse?: string;
  attempts: Attempt[];
  network: Network;
  device: Device;
  ip?: string;
  company?: { name: string; vatId: string };
  later: LaterEvent[];
}

/** A fraudulent purchase: later events only when money was taken. */
export function fraudPurchase(rng: Rng, d: FraudDraft): Purchase {
  const base = {
    at: d.at,
    fraud: true,
    kind: d.kind,
    market: d.market,
    buyer: d.buyer,
    basket: d.basket,
    billing: d.billing,
    fulfilment: d.fulfilment,
    attempts: d.attempts,
    ip: d.ip ?? ipOn(rng, d.network),
    device: d.device,
    locale: MARKETS[d.market].locale,
    ...(d.shipping && d.fulfilment !== 'collect' ? { shipping: d.shipping } : {}),
    ...(d.slot ? { slot: d.slot } : {}),
    ...(d.warehouse ? { warehouse: d.warehouse } : {}),
    ...(d.company ? { company: d.company } : {}),
    later: [] as LaterEvent[],
  };
  return { ...base, later: paid(base) ? d.later : [] };
}

export const when = (rng: Rng, w: World, m: Market, rhythm: Rhythm): number =>
  moment(rng, w.window, m, rhythm);

export { personalEmail };
