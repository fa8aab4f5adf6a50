import { type Address, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { fraudDecline, type HeldCard, type Match, newCard } from './cards.js';
import { type Fulfilment, item, type Line, RESALE } from './catalogue.js';
import { homeNetwork, ipOn, network } from './networks.js';
import { BOT_UA, deviceId, newDevice, spoofedDevice } from './people.js';
import { type Prov } from './places.js';
import { type Attempt, cardAttempt, type LaterEvent, retryGap } from './purchase.js';

/** What the fraud kinds share: how crews connect, what they buy, how stolen cards behave, what follows. */

/**
 * Where a crew connects from. Careful crews rent residential proxies in the cardholder's own province or use
 * a Canadian phone; sloppy ones come from cloud and VPN exits or straight from home abroad.
 */
export function crewIp(rng: Rng, careful: boolean, prov: Prov): string {
  if (careful) return ipOn(rng, rng.chance(0.8) ? homeNetwork(rng, prov) : network('ca-mobile'));
  return ipOn(
    rng,
    network(
      rng.weightedPick<string>([
        ['ca-cloud-vpn', 30],
        ['us-hosting', 14],
        ['nl-vpn', 10],
        ['de-hosting', 6],
        ['us-cable', 8],
        ['ng-mobile', 12],
        ['vn-broadband', 10],
        ['pk-broadband', 6],
        ['ca-mobile', 4],
      ]),
    ),
  );
}

/** A crew's device: an anti-detect browser with a fresh id, an ordinary phone, or a headless script. */
export function crewDevice(rng: Rng, careful: boolean): Device {
  if (careful) return rng.chance(0.6) ? spoofedDevice(rng) : newDevice(rng);
  return rng.chance(0.45)
    ? { userAgent: rng.pick(BOT_UA) }
    : { userAgent: rng.pick(BOT_UA), id: deviceId(rng) };
}

/** Resale-grade goods: one or two items, phones and gift cards by the few. */
export function resaleLines(rng: Rng): Line[] {
  const first = item(rng.pick(RESALE));
  const lines = [first];
  if (first.category === 'phone' && rng.chance(0.35)) first.quantity = rng.int(2, 3);
  if (rng.chance(0.3)) {
    const second = item(rng.pick(RESALE.filter((s) => s !== first.sku)));
    lines.push(second);
  }
  if (rng.chance(0.15))
    lines.push(item(rng.pick(['GC-APPLE-100', 'GC-STORE-250', 'GC-PSN-100']), rng.int(1, 4)));
  return lines;
}

/** Billing addresses on stolen US cards. */
export const US_BILLING: readonly Address[] = [
  { country: 'US', postalCode: '75093', city: 'Plano', line1: '4412 Preston Meadow Dr' },
  { country: 'US', postalCode: '30097', city: 'Duluth', line1: '3850 Peachtree Industrial Blvd' },
  { country: 'US', postalCode: '98052', city: 'Redmond', line1: '16012 NE 85th St' },
  { country: 'US', postalCode: '14221', city: 'Williamsville', line1: '88 Maple Rd' },
  { country: 'US', postalCode: '48226', city: 'Detroit', line1: '1200 Woodward Ave Apt 1402' },
  { country: 'US', postalCode: '33431', city: 'Boca Raton', line1: '2201 NW Spanish River Blvd' },
  { country: 'US', postalCode: '10025', city: 'New York', line1: '315 W 98th St Apt 6B' },
];

/**
 * Stolen-card tries: declined ones on other cards of the same batch first (`fails`), then the one that goes
 * through or none. `fullz` cards come with the holder's address (AVS passes); bare card data does not.
 */
export function stolenTries(
  rng: Rng,
  o: { cards: HeldCard[]; fails: number; succeed: boolean; amount: number; match: Match; wallet?: boolean },
): Attempt[] {
  const out: Attempt[] = [];
  let t = rng.int(6_000, 60_000);
  for (let i = 0; i < o.fails; i++) {
    const card = o.cards[i % o.cards.length] ?? newCard(rng, 'CA');
    out.push(
      cardAttempt(rng, card, o.amount, { ok: false, decline: fraudDecline(rng), match: o.match, afterMs: t }),
    );
    t = rng.int(20_000, 3 * MINUTE);
  }
  if (o.succeed) {
    const card = o.cards[o.fails % o.cards.length] ?? newCard(rng, 'CA');
    out.push(
      cardAttempt(rng, card, o.amount, {
        ok: true,
        match: o.match,
        entry: o.wallet ? 'wallet' : 'typed',
        afterMs: out.length > 0 ? retryGap(rng) : t,
      }),
    );
  }
  return out;
}

export interface Outcome {
  fulfilment: Fulfilment;
  /** Caught by the store's review before anything leaves. */
  caught: number;
  /** An early fraud warning from the issuer. */
  warning: number;
  /** A chargeback for fraud. */
  dispute: number;
  /** The store refunds a warned order itself instead of waiting for the dispute. */
  refundWarned?: number;
  /** Mules collect fast, and the store sometimes asks for ID (not collected). */
  idCheck?: number;
  /** The parcel is redirected after dispatch (an address change in transit). */
  redirect?: Address;
}

/** What follows a paid fraudulent order. */
export function fraudAfter(rng: Rng, o: Outcome): LaterEvent[] {
  if (rng.chance(o.caught)) {
    const at = rng.int(1, 14) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: at + rng.int(5, 60) * MINUTE, reason: 'fraudulent' },
    ];
  }
  const out: LaterEvent[] = [];
  if (o.fulfilment === 'pickup') {
    const ready = rng.int(30, 150) * MINUTE;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
    if (o.idCheck && rng.chance(o.idCheck)) {
      out.push({ type: 'order.cancelled', afterMs: ready + rng.int(3, 7) * DAY, reason: 'not_collected' });
      out.push({ type: 'refund.created', afterMs: ready + 7 * DAY + HOUR, reason: 'order_cancelled' });
      return out;
    }
    out.push({ type: 'order.updated', afterMs: ready + rng.int(15, 300) * MINUTE, status: 'picked_up' });
  } else if (o.fulfilment === 'email') {
    out.push({ type: 'order.updated', afterMs: rng.int(1, 15) * MINUTE, status: 'delivered' });
  } else {
    const ship = rng.int(o.fulfilment === 'express' ? 5 : 16, 60) * HOUR;
    const carrier = rng.pick(['canada_post', 'purolator', 'ups', 'canpar']);
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped', carrier });
    if (o.redirect)
      out.push({
        type: 'order.updated',
        afterMs: ship + rng.int(2, 20) * HOUR,
        status: 'address_changed',
        shipping: o.redirect,
        carrier,
      });
    out.push({ type: 'order.updated', afterMs: ship + rng.int(20, 90) * HOUR, status: 'delivered', carrier });
  }
  if (rng.chance(o.warning)) {
    const warned = rng.int(2, 12) * DAY;
    out.push({ type: 'fraud_warning.created', afterMs: warned, reason: 'fraudulent' });
    if (rng.chance(o.refundWarned ?? 0.3)) {
      out.push({ type: 'refund.created', afterMs: warned + rng.int(2, 30) * HOUR, reason: 'fraudulent' });
      return out;
    }
  }
  if (rng.chance(o.dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(14, 75) * DAY, reason: 'fraudulent' });
  return out;
}
