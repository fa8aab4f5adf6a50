import { type Card, cardFrom, cvcFor, avsFor, honestDecline } from './cards.js';
import { type Basket } from './catalog.js';
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { MARKETS, type MarketCode, type Method } from './markets.js';
import { address, type Network, networksIn } from './networks.js';
import { person, type Person, resident } from './people.js';
import { type Address, homeIn } from './places.js';
import { type Attempt, bnplDecision, charge, type Device, device, type Later, userId } from './purchase.js';

/**
 * An honest shopper (who they are, their account, home, phone, home Wi-Fi and card) and how an honest
 * order is paid and what happens to it afterwards.
 */

export interface Shopper {
  market: MarketCode;
  person: Person;
  account?: { id: string; createdAt: number };
  home: Address;
  device: Device;
  carrier: Network;
  /** The home broadband's address: the same on every order from home. */
  homeIp: string;
  card: Card;
}

/** Account age: a few months to years; 12 % of web shoppers check out as guests. */
export function account(rng: Rng, now: number, d: Device): { id: string; createdAt: number } | undefined {
  if (!d.userAgent.startsWith('BarqApp') && rng.chance(0.12)) return undefined;
  const days = Math.min(9 * 365, rng.logNormal(420, 1.1));
  return { id: userId(rng), createdAt: Math.floor(now - days * DAY - rng.float(0, DAY)) };
}

/** A shopper living in `market`; `who` overrides the person drawn from its residents. */
export function shopper(rng: Rng, market: MarketCode, now: number, who?: Person): Shopper {
  const p = who ?? resident(rng, market);
  const d = device(rng, market);
  const acct = account(rng, now, d);
  const broadband = networksIn(market, 'broadband');
  return {
    market,
    person: p,
    ...(acct ? { account: acct } : {}),
    home: homeIn(rng, market),
    device: d,
    carrier: rng.pick(networksIn(market, 'mobile')),
    homeIp: address(rng, rng.pick(broadband.length > 0 ? broadband : networksIn(market))),
    card: cardFrom(rng, market),
  };
}

/** Someone of a given origin living in `market` (an expatriate, a national). */
export const shopperOf = (rng: Rng, market: MarketCode, now: number, origin: Person['origin']): Shopper =>
  shopper(rng, market, now, person(rng, origin));

/** Where this order is placed from: the carrier (a NAT gateway) or home Wi-Fi; desktops are at home. */
export function connect(rng: Rng, s: Shopper): string {
  const mobileShare =
    s.device.userAgent.includes('Windows') || s.device.userAgent.includes('Macintosh') ? 0.05 : 0.55;
  return rng.chance(mobileShare) ? address(rng, s.carrier) : s.homeIp;
}

/** The buyer on the order: the account, or a guest's e-mail and name. */
export const buyerOf = (s: Shopper) => ({
  ...(s.account ? { id: s.account.id, createdAt: s.account.createdAt } : {}),
  email: s.person.email,
  name: s.person.name,
});

/**
 * The storefront's payment mix: buy-now-pay-later only up to the providers' limit for most shoppers (about
 * AED 5,000), cash on delivery only up to the store's cap (AED 7,000).
 */
export function methodFor(rng: Rng, market: MarketCode, aedValue: number): Method {
  const w = { ...MARKETS[market].methods };
  if (aedValue > 5000) w.bnpl *= 0.1;
  if (aedValue > 7000) w.cod = 0;
  return rng.weighted(w);
}

/**
 * An honest card payment: most go through; a decline (funds, online use not enabled on a debit card, 3-D
 * Secure abandoned) is retried on the same card or another one, or given up. `billingMatches`: whether the
 * address typed is the one the issuer has (it matters only where issuers answer AVS); `saved`: the card is
 * stored on the account.
 */
export function payByCard(
  rng: Rng,
  card: Card,
  spare: () => Card,
  billingMatches = true,
  declineRate = 0.07,
  saved = false,
): Attempt[] {
  const first = Math.round(rng.logNormal(8000, 0.6));
  const avs = () => avsFor(rng, card, billingMatches);
  // A card saved on the account is often charged without asking for its CVC again.
  const cvc = saved && rng.chance(0.6) ? ('unavailable' as const) : cvcFor(rng, card, true);
  if (!rng.chance(declineRate)) return [charge(card, true, first, avs(), cvc)];
  const decline = honestDecline(rng);
  const out = [charge(card, false, first, avs(), cvcFor(rng, card, decline !== 'incorrect_cvc'), decline)];
  if (rng.chance(0.25)) return out;
  const next =
    decline === 'insufficient_funds' || decline === 'limit_exceeded' || rng.chance(0.4) ? spare() : card;
  const after = Math.round(rng.logNormal(70_000, 0.8));
  out.push(
    charge(
      next,
      rng.chance(0.88),
      after,
      avsFor(rng, next, billingMatches),
      cvcFor(rng, next, true),
      honestDecline(rng),
    ),
  );
  return out;
}

/** A BNPL decision: most shoppers are approved; a thin credit file is declined. */
export const payByBnpl = (rng: Rng, approve = 0.88): Attempt[] => [
  bnplDecision(rng.chance(approve), Math.round(rng.logNormal(40_000, 0.5))),
];

/**
 * What happens to an honest order later. Cash on delivery is collected when the courier delivers, or
 * refused or unreachable; an unpaid card or BNPL order is cancelled; a paid one may be cancelled before
 * dispatch, its pin corrected, returned, or (rarely) disputed.
 */
export function honestLater(
  rng: Rng,
  p: { market: MarketCode; method: Method; basket: Basket; attempts: Attempt[]; shipping?: Address },
): Later[] {
  const out: Later[] = [];
  const [minDays, maxDays] = MARKETS[p.market].deliveryDays;
  const delivered = rng.float(minDays, maxDays + 0.7) * DAY;
  if (p.method === 'cod') {
    if (rng.chance(MARKETS[p.market].codRefusal))
      return [
        {
          type: 'order.cancelled',
          afterMs: delivered,
          reason: rng.pick(['delivery_refused', 'customer_unreachable', 'customer_request']),
        },
      ];
    out.push({ type: 'payment.succeeded', afterMs: delivered });
  } else if (!p.attempts.some((a) => a.ok))
    return [{ type: 'order.cancelled', afterMs: rng.float(20, 90) * MINUTE, reason: 'payment_failed' }];
  if (p.shipping && rng.chance(0.03))
    out.push({
      type: 'order.updated',
      afterMs: rng.float(1, 20) * HOUR,
      shipping: {
        ...p.shipping,
        line1: `${p.shipping.line1} (near ${rng.pick(['mosque', 'pharmacy', 'supermarket', 'school'])})`,
      },
    });
  if (p.method !== 'cod' && rng.chance(0.015)) {
    const at = rng.float(0.5, 8) * HOUR;
    out.push(
      { type: 'order.cancelled', afterMs: at, reason: 'customer_request' },
      { type: 'refund.created', afterMs: at + 10 * MINUTE, reason: 'requested_by_customer' },
    );
    return out;
  }
  const returned = rng.chance(p.basket.lines.some((l) => l.category === 'appliances') ? 0.06 : 0.035);
  if (returned) {
    const one = p.basket.lines.length > 1 ? p.basket.lines[rng.int(0, p.basket.lines.length - 1)] : undefined;
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.float(2, 14) * DAY,
      reason: 'requested_by_customer',
      ...(one ? { amount: one.price * one.quantity } : {}),
    });
  }
  if (p.method === 'card' && rng.chance(0.006))
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.float(15, 50) * DAY,
      reason: returned
        ? 'credit_not_processed'
        : rng.pick(['product_not_received', 'duplicate', 'product_unacceptable']),
    });
  return out;
}
