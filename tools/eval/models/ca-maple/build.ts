import { type Address, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, basket, type Currency, type Fulfilment, type Line } from './catalogue.js';
import { type NetName, ipOf } from './networks.js';
import { type Account, type Base, newDevice, type Place } from './people.js';
import { type LaterEvent, type Method, type Paying, type Purchase, released, isPaid } from './purchase.js';

/** The world a seed's purchases draw from, and the assembly of one purchase from its parts. */

export interface Sender {
  account: Account;
  sessions: number[];
  recipients: Place[];
}

export interface World {
  window: { start: number; end: number };
  base: Base;
  /** Americans who send several gifts in one sitting, each to another address. */
  senders: Sender[];
}

export interface Draft {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  /** Province (or state) of delivery, for tax. */
  province?: string;
  lines: Line[];
  currency: Currency;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: Purchase['locale'];
  promo?: { code: string; rate: number };
  extra?: Pick<Purchase, 'giftNote' | 'company' | 'recipients' | 'seating' | 'recipientEmail'>;
}

/** A purchase: its basket, how it was paid (`pay`), then what follows once paid (`after`) or its release. */
export function assemble(
  d: Draft,
  pay: (amount: number) => Paying,
  after: (b: Basket) => LaterEvent[],
): Purchase {
  const b = basket(d.lines, d.currency, d.fulfilment, d.province, d.promo);
  const paying = pay(b.amount);
  const paid = isPaid(paying);
  const later: LaterEvent[] = [];
  if (paying.settles) later.push(paying.settles);
  // Goods wait for an e-Transfer to arrive: what follows is timed from the money.
  const wait = paying.settles?.afterMs ?? 0;
  if (paid || paying.method === 'invoice' || paying.method === 'pay_at_pickup')
    later.push(...after(b).map((l) => ({ ...l, afterMs: l.afterMs + wait })));
  else later.push(released(paying));
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket: b,
    billing: d.billing,
    attempts: paying.attempts,
    later,
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    method: paying.method,
    ...(d.extra ?? {}),
  };
}

/**
 * Where a known customer checks out from: home most of the time, the phone's network, a VPN now and then
 * (honest people use them too), a friend's or the cottage's connection; usually a device seen before.
 */
export function knownConnection(rng: Rng, a: Account): { ip: string; device: Device } {
  const where = rng.weightedPick<'home' | 'mobile' | 'vpn' | 'elsewhere'>([
    ['home', 78],
    ['mobile', 15],
    ['vpn', 3],
    ['elsewhere', 4],
  ]);
  const ip =
    where === 'home'
      ? a.homeIp
      : where === 'mobile'
        ? ipOf(rng, a.mobileNet)
        : where === 'vpn'
          ? ipOf(rng, rng.pick<NetName>(['ca-hosting', 'us-hosting', 'nl-hosting']))
          : ipOf(rng, a.homeNet);
  const device = rng.chance(0.12) ? newDevice(rng) : rng.pick(a.devices);
  return { ip, device };
}

export const accountBuyerOf = (a: Account): Buyer => ({
  id: a.id,
  email: a.email,
  name: a.name,
  createdAt: a.createdAt,
});

export type { Method };
