import { type Address, type Buyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Card, type Decline, fraudDecline, newCard } from './cards.js';
import { deliveryFee, type Line, priced } from './catalog.js';
import { app, desktop, type Device, phoneWeb } from './devices.js';
import { throwawayEmail } from './names.js';
import { ipIn, mobileCarrier, network, residentialProxy } from './networks.js';
import { accountId, agedAccount, type Customer, household, type World } from './people.js';
import { type Store } from './places.js';
import {
  type Attempt,
  cardAttempt,
  type Fulfillment,
  type LaterEvent,
  paid,
  type Purchase,
} from './purchase.js';

/** What the fraud planners share: stolen identities, where crews connect from, their accounts, the aftermath. */

/** A cardholder whose card and address were stolen (phished, skimmed, bought as a "fullz"). */
export const victim = (rng: Rng, w: World): Customer => household(rng, w.window.start);

/**
 * Where a crew checks out from: residential proxies near-invisible among homes, their own phones, VPN and
 * hosting exits, Private Relay, or straight from abroad.
 */
export function crewIp(
  rng: Rng,
  mix: Partial<Record<'proxy' | 'mobile' | 'vpn' | 'hosting' | 'relay' | 'abroad', number>>,
): string {
  const where = rng.weighted({ proxy: 0, mobile: 0, vpn: 0, hosting: 0, relay: 0, abroad: 0, ...mix });
  if (where === 'proxy') return ipIn(rng, residentialProxy(rng), 0.15);
  if (where === 'mobile') return ipIn(rng, mobileCarrier(rng), 0.45);
  if (where === 'vpn') return ipIn(rng, network(rng.chance(0.8) ? 'vpn-us' : 'vpn-nl'), 0);
  if (where === 'hosting') return ipIn(rng, network(rng.chance(0.5) ? 'hosting-us' : 'cloud-us'), 0);
  if (where === 'relay') return ipIn(rng, network('private-relay'), 0);
  return ipIn(
    rng,
    network(
      rng.weighted({
        'home-ng': 35,
        'home-vn': 25,
        'home-ph': 10,
        'home-in': 10,
        'home-br': 10,
        'home-gb': 10,
      }),
    ),
    0.1,
  );
}

/** A crew's device: a laptop or phone browser, now and then the app. */
export const crewDevice = (rng: Rng): Device =>
  rng.weighted({ desktop: 50, phone: 35, app: 15 }) === 'desktop'
    ? desktop(rng, 0.8)
    : rng.chance(0.7)
      ? phoneWeb(rng)
      : app(rng);

/**
 * The buyer a crew checks out as: a guest under the cardholder's name with a throwaway address, an account made
 * just before, or an aged account opened months ago and left to sit so it looks established.
 */
export function crewBuyer(
  rng: Rng,
  name: string,
  at: number,
  w: World,
  mix = { guest: 55, fresh: 30, aged: 15 },
): Buyer {
  const email = throwawayEmail(rng, name);
  const how = rng.weighted(mix);
  if (how === 'guest') return { email, name };
  const createdAt = how === 'fresh' ? at - rng.int(3 * MINUTE, 2 * DAY) : agedAccount(rng, w.window.start);
  return { id: accountId(rng), email, name, createdAt };
}

/** Stolen-card authorisations: most go through on full card data; some decline, and a second card is tried. */
export function stolenAttempts(
  rng: Rng,
  card: Card,
  declineShare: number,
  match: 'good' | 'close' = 'good',
): Attempt[] {
  const first = rng.int(2_000, 12_000);
  if (!rng.chance(declineShare)) return [cardAttempt(rng, card, true, 'typed', match, first)];
  const why: Decline = fraudDecline(rng);
  const out = [
    cardAttempt(
      rng,
      card,
      false,
      'typed',
      why === 'incorrect_zip' ? 'wrong' : match,
      first,
      why,
      why !== 'incorrect_cvc',
    ),
  ];
  if (rng.chance(0.3)) return out;
  const next = newCard(rng, rng.chance(0.8) ? 'consumer' : 'prepaid');
  const ok = rng.chance(0.7);
  out.push(
    cardAttempt(
      rng,
      next,
      ok,
      'typed',
      rng.chance(0.5) ? 'wrong' : 'close',
      rng.int(15_000, 4 * MINUTE),
      ok ? undefined : fraudDecline(rng),
    ),
  );
  return out;
}

/** A planned fraud purchase. */
export interface FraudOrder {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  lines: Line[];
  tax: number;
  fulfillment: Fulfillment;
  store?: Store;
  shipping?: Address;
  pickupPerson?: string;
  ip: string;
  device: Device;
  attempts: Attempt[];
  tz: number;
  loyaltyId?: string;
  recipientEmail?: string;
}

export function fraudPurchase(o: FraudOrder, later: (p: Purchase) => LaterEvent[]): Purchase {
  const pickup = o.fulfillment === 'pickup' || o.fulfillment === 'curbside';
  const p: Purchase = {
    at: o.at,
    fraud: true,
    kind: o.kind,
    basket: priced(o.lines, o.tax, deliveryFee(o.fulfillment, o.lines)),
    billing: o.billing,
    attempts: o.attempts,
    later: [],
    buyer: o.buyer,
    ...(pickup && o.store ? { shipping: o.store.address } : o.shipping ? { shipping: o.shipping } : {}),
    fulfillment: o.fulfillment,
    ...(o.store ? { store: o.store } : {}),
    ...(o.pickupPerson ? { pickupPerson: o.pickupPerson } : {}),
    ip: o.ip,
    device: o.device,
    ...(o.loyaltyId ? { loyaltyId: o.loyaltyId } : {}),
    ...(o.recipientEmail ? { recipientEmail: o.recipientEmail } : {}),
    tz: o.tz,
  };
  if (paid(p)) p.later = later(p);
  return p;
}

/**
 * After a stolen-card order: the store's own review catches some before pickup; the issuer sends early fraud
 * warnings within days and the cardholder's chargeback arrives weeks later.
 */
export function stolenLater(rng: Rng, { review = 0.08, warn = 0.4, dispute = 0.8 } = {}): LaterEvent[] {
  if (rng.chance(review)) {
    const at = rng.int(20 * MINUTE, 6 * HOUR);
    return [
      { type: 'order.cancelled', afterMs: at, reason: 'fraud_review' },
      { type: 'refund.created', afterMs: at + rng.int(MINUTE, 30 * MINUTE), reason: 'fraudulent' },
    ];
  }
  const out: LaterEvent[] = [];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2 * DAY, 16 * DAY), reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(9 * DAY, 65 * DAY), reason: 'fraudulent' });
  return out;
}
