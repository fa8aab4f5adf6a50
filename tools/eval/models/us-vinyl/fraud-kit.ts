import { type Address, type Buyer, DAY, type Device, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketFor, extrasOf, fulfilmentOf, localeOf, type Order } from './buyers.js';
import { type Decline, type HeldCard, type Match, sameBin, usBin } from './cards.js';
import { type Basket, type Line } from './catalogue.js';
import { ipOn, type Network, network, US_RESIDENTIAL } from './networks.js';
import { headlessAgent, nameIn, newDevice, platformFor } from './people.js';
import { type Attempt, cardAttempt, type LaterEvent, type Purchase, retryGap } from './purchase.js';

/** What the fraud kinds share: their e-mail habits, networks, stolen cards, and how their orders end. */

export { DAY, HOUR };

const CATCH_ALL = [
  'crateflip.shop',
  'dropcrew.us',
  'waxhaul.xyz',
  'mailbx.io',
  'limitless-co.net',
  'qk-mail.com',
];
const DISPOSABLE = ['sharklasers.com', 'guerrillamail.com', 'yopmail.com', 'mailinator.com', 'tmpbox.net'];

/** Throwaway addresses: a catch-all domain per ring, disposable boxes, or free mail with a string of digits. */
export function fraudEmail(
  rng: Rng,
  style: 'catch_all' | 'disposable' | 'free' | 'namey',
  domain?: string,
): string {
  const { first, last } = nameIn(rng, 'US');
  const f = first.toLowerCase();
  const l = last.toLowerCase();
  switch (style) {
    case 'catch_all':
      return `${rng.chance(0.5) ? `${f}${l}` : rng.token(rng.int(6, 10))}${rng.int(1, 999)}@${domain ?? rng.pick(CATCH_ALL)}`;
    case 'disposable':
      return `${rng.token(rng.int(8, 12))}@${rng.pick(DISPOSABLE)}`;
    case 'free':
      return `${f}${l}${rng.digits(rng.int(3, 5))}@${rng.pick(['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com'])}`;
    case 'namey':
      return `${f}.${l}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'outlook.com', 'icloud.com'])}`;
  }
}

export const catchAllDomain = (rng: Rng): string => rng.pick(CATCH_ALL);

/** Residential proxies exit on US home and phone networks; datacentre exits are cheaper and cruder. */
export function proxyNetwork(rng: Rng, residential: number, foreign = 0): Network {
  const r = rng.next();
  if (r < residential) return rng.pick(US_RESIDENTIAL);
  if (r < residential + foreign) return rng.pick([network('nl-hosting'), network('de-hosting')]);
  return network('us-hosting');
}

/** A checkout bot's or fraudster's browser: a spoofed desktop Chrome, the script sometimes blocked. */
export function botDevice(rng: Rng, idShare = 0.6): Device {
  return { userAgent: headlessAgent(rng), ...(rng.chance(idShare) ? { id: `fp_${rng.token(22)}` } : {}) };
}

/** A fraudster's own machine, made to look like anyone's. */
export const fraudsterDevice = (rng: Rng): Device => newDevice(rng, platformFor(rng, 'young'), 0.8);

export interface FraudWho {
  buyer: Buyer;
  billing: Address;
  ip: string;
  device: Device;
}

export function who(buyer: Buyer, billing: Address, net: Network, device: Device, rng: Rng): FraudWho {
  return { buyer, billing, ip: ipOn(rng, net), device };
}

/** A fraud purchase: the basket as the checkout computed it, the planned attempts and what happened after. */
export function fraudOrder(
  kind: string,
  at: number,
  w: FraudWho,
  lines: Line[],
  o: Order,
  pay: (amount: number) => Attempt[],
  after: (b: Basket, paid: boolean) => LaterEvent[],
): Purchase {
  const { fulfilment, shipping } = fulfilmentOf(lines, o, { billing: w.billing });
  const basket = basketFor(lines, fulfilment, shipping, o);
  const attempts = pay(basket.amount);
  const paid = attempts.some((a) => a.ok);
  return {
    at,
    fraud: true,
    kind,
    basket,
    billing: w.billing,
    attempts,
    later: paid ? after(basket, paid) : [],
    buyer: w.buyer,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: w.ip,
    device: w.device,
    locale: localeOf(w.billing.country === 'US' ? 'US' : w.billing.country),
    ...extrasOf(o),
  };
}

/** Why a stolen card is declined. */
export const stolenDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['stolen_card', 12],
    ['lost_card', 6],
    ['do_not_honor', 26],
    ['insufficient_funds', 18],
    ['fraudulent', 14],
    ['incorrect_cvc', 10],
    ['card_velocity_exceeded', 6],
    ['generic_decline', 8],
  ]);

/**
 * Stolen cards tried one after another until one goes through (or `tries` run out): AVS as good as the
 * fraudster's copy of the holder's details (`match`), the CVC they bought with it.
 */
export function stolenCards(
  rng: Rng,
  amount: number,
  o: { match: Match; tries: number; firstOk: number; nextOk: number; quick?: boolean; bin?: HeldCard },
): Attempt[] {
  const out: Attempt[] = [];
  for (let i = 0; i < o.tries; i++) {
    const card = o.bin ? sameBin(rng, o.bin) : usBin(rng, rng.chance(0.8) ? 'credit' : undefined);
    const ok = rng.chance(i === 0 ? o.firstOk : o.nextOk);
    const decline = ok ? undefined : stolenDecline(rng);
    const afterMs =
      i === 0
        ? o.quick
          ? rng.int(1_500, 6_000)
          : rng.int(8_000, 40_000)
        : o.quick
          ? rng.int(2_000, 12_000)
          : retryGap(rng);
    out.push(
      cardAttempt(rng, card, amount, { match: o.match, ok, ...(decline ? { decline } : {}), afterMs }),
    );
    if (ok) break;
  }
  return out;
}

/** How well a fraudster's copy of the cardholder's details matches the issuer's: full details or a guess. */
export const matchOf = (rng: Rng, full: number): Match =>
  rng.chance(full) ? 'good' : rng.chance(0.35) ? 'zip_only' : 'bad';

/**
 * A stolen-card order's end: an early fraud warning (and the store cancelling if it has not shipped), the
 * cardholder's chargeback weeks later, or nothing yet.
 */
export function chargebackEnd(
  rng: Rng,
  o: {
    warning: number;
    dispute: number;
    ship?: number;
    transit?: number;
    shipped?: boolean;
    digital?: boolean;
  },
): LaterEvent[] {
  const out: LaterEvent[] = [];
  const ship = o.ship ?? rng.int(30, 90) * HOUR;
  const warned = rng.chance(o.warning);
  const warnAt = rng.int(10, 96) * HOUR;
  if (o.digital) out.push({ type: 'order.updated', afterMs: rng.int(20_000, 90_000), status: 'fulfilled' });
  if (warned) {
    out.push({ type: 'fraud_warning.created', afterMs: warnAt, reason: 'fraudulent' });
    if (!o.digital && warnAt < ship) {
      out.push(
        { type: 'order.cancelled', afterMs: warnAt + rng.int(1, 8) * HOUR, reason: 'fraud_warning' },
        { type: 'refund.created', afterMs: warnAt + rng.int(9, 12) * HOUR, reason: 'fraudulent' },
      );
      return out;
    }
  }
  if (!o.digital && o.shipped !== false) {
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    out.push({
      type: 'order.updated',
      afterMs: ship + (o.transit ?? rng.int(2, 5) * DAY),
      status: 'delivered',
    });
  }
  if (rng.chance(warned ? o.dispute * 0.6 : o.dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(12, 55) * DAY, reason: 'fraudulent' });
  return out;
}
