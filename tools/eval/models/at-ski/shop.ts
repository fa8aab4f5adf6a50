import { type Address, type Buyer, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Currency, type Fulfilment } from './catalogue.js';
import { homeIp, ipOn } from './networks.js';
import { COUNTRIES, type Home, homeAddress, type Market, pickMarket } from './places.js';
import { type Account, deviceOf, emailOf, personOf, pickAccount, type World } from './people.js';
import { type Attempt, type LaterEvent, type Purchase, releaseUnpaid } from './purchase.js';

/** Pieces every planner uses: the buyer at checkout, the carrier, the currency and the finished purchase. */

/** A signed-in account as the checkout's buyer. */
export const member = (a: Account): Buyer => ({
  id: a.id,
  email: a.email,
  name: a.name,
  createdAt: a.createdAt,
});

/** A guest checkout, or (with `registers`) an account opened a few minutes before ordering. */
export function guest(
  rng: Rng,
  country: string,
  at: number,
  registers = false,
): { buyer: Buyer; name: string } {
  const person = personOf(rng, country);
  const email = emailOf(rng, person, country);
  const buyer: Buyer = registers
    ? { id: `cus_${rng.token(14)}`, email, name: person.name, createdAt: at - rng.int(2, 25) * MINUTE }
    : { email, name: person.name };
  return { buyer, name: person.name };
}

/** How a parcel goes: Post AG and DPD in Austria, DHL and DPD abroad, Post AG to Switzerland. */
export function courier(rng: Rng, to: string): Fulfilment {
  if (to === 'AT')
    return rng.weightedPick<Fulfilment>([
      ['post', 60],
      ['dpd', 28],
      ['dhl', 12],
    ]);
  if (to === 'CH') return 'post';
  if (to === 'DE' || to === 'NL' || to === 'BE')
    return rng.weightedPick<Fulfilment>([
      ['dhl', 60],
      ['dpd', 40],
    ]);
  return rng.weightedPick<Fulfilment>([
    ['dpd', 60],
    ['post', 40],
  ]);
}

/** Swiss buyers shipping to Switzerland see francs; everyone else euros. */
export const currencyFor = (billing: string, to: string | undefined): Currency =>
  billing === 'CH' && (to === undefined || to === 'CH') ? 'CHF' : 'EUR';

/** The site locale a buyer from `country` lands on. */
export const localeOf = (country: string): string => COUNTRIES[country as Home]?.locale ?? 'en-GB';

/** A device the account has used before, or (rarely) a new phone. */
export const knownDevice = (rng: Rng, a: Account, fresh: () => Device): Device =>
  rng.chance(0.92) ? rng.pick(a.devices) : fresh();

export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  basket: Basket;
  attempts: Attempt[];
  later: LaterEvent[];
  extra?: Pick<Purchase, 'recipientEmail' | 'giftMessage' | 'company' | 'appointment' | 'pointsRedeemed'>;
}

/** The planned purchase; an order nobody paid is released instead of its later steps. */
export function purchaseOf(d: Draft): Purchase {
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    buyer: d.buyer,
    billing: d.billing,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    basket: d.basket,
    attempts: d.attempts,
    later: releaseUnpaid(d.attempts, d.later),
    ...d.extra,
  };
}

/** Someone at home: a signed-in account of the country (share `signedIn`) or a guest, some registering now. */
export interface Shopper {
  country: Home;
  account?: Account;
  buyer: Purchase['buyer'];
  billing: Purchase['billing'];
  ip: string;
  device: Purchase['device'];
}

export function shopperAt(
  rng: Rng,
  w: World,
  at: number,
  signedIn: number,
  country: Market = pickMarket(rng),
): Shopper {
  if (rng.chance(signedIn)) {
    const a = pickAccount(rng, w, 0, [country]);
    // At home on the sofa, or on the phone.
    const ip = rng.chance(0.72) ? ipOn(rng, a.net, 0.3) : homeIp(rng, a.country, 1);
    return {
      country: a.country,
      account: a,
      buyer: member(a),
      billing: { ...a.address },
      ip,
      device: knownDevice(rng, a, () => deviceOf(rng)),
    };
  }
  const { buyer } = guest(rng, country, at, rng.chance(0.25));
  return {
    country,
    buyer,
    billing: homeAddress(rng, country),
    ip: homeIp(rng, country, 0.35),
    device: deviceOf(rng),
  };
}
