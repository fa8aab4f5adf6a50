import { type Buyer, DAY, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, type Line } from './catalog.js';
import { crewDevice, device, type Device, profile } from './devices.js';
import { type Address, homeAddress, type Market, pickCity, pickupStation } from './markets.js';
import { address, type Network, networksOf, network } from './networks.js';
import { throwawayEmail } from './people.js';
import { type Shoppers } from './shoppers.js';
import { type Attempt, type Delivery, type Later, type Method, type Purchase } from './purchase.js';

/** What the fraud planners share: the kinds and their shares, crews and their kit, and assembling an order. */

/** Fraud kinds and their shares (percent of fraud orders). */
export const FRAUD = {
  stolen_foreign_card: 17,
  card_testing: 15,
  account_takeover: 13,
  phished_local_card: 12,
  sim_swap_mobile_money: 9,
  promo_abuse: 9,
  friendly_fraud: 8,
  fake_transfer_alert: 7,
  gift_card_cashout: 6,
  refund_abuse: 4,
} as const;

export type FraudKind = keyof typeof FRAUD;

/** Orders per kind for `total` fraud orders: largest remainders, and at least one of each when there is room. */
export function allocate(total: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const sum = kinds.reduce((a, k) => a + FRAUD[k], 0);
  const exact = kinds.map((k) => (total * FRAUD[k]) / sum);
  const out = Object.fromEntries(kinds.map((k, i) => [k, Math.floor(exact[i] ?? 0)])) as Record<
    FraudKind,
    number
  >;
  const order = kinds.map((k, i) => [k, (exact[i] ?? 0) % 1] as const).sort((a, b) => b[1] - a[1]);
  let left = total - kinds.reduce((a, k) => a + out[k], 0);
  for (const [k] of order) if (left-- > 0) out[k]++;
  if (total >= kinds.length)
    for (const k of kinds)
      if (out[k] === 0) {
        const biggest = kinds.reduce((a, b) => (out[a] >= out[b] ? a : b));
        out[biggest]--;
        out[k]++;
      }
  return out;
}

/**
 * A ring working the store: where its members live and collect parcels (drop addresses and pickup
 * stations), the phones and anti-detect browsers they reuse, and the networks they come from.
 */
export class Crew {
  readonly drops: Address[];
  readonly devices: Device[];
  readonly home: Network[];
  private readonly pool: string[] = [];

  constructor(
    private readonly rng: Rng,
    readonly market: Market,
    { drops = 3, devices = 3, careful = 0.5 }: { drops?: number; devices?: number; careful?: number } = {},
  ) {
    const city = pickCity(rng, market, true);
    this.drops = Array.from({ length: drops }, () =>
      rng.chance(0.5) ? pickupStation(rng, market) : homeAddress(rng, city),
    );
    this.devices = Array.from({ length: devices }, () =>
      rng.chance(careful)
        ? device(rng, profile(rng, market, rng.pick(['app', 'mweb'] as const)))
        : crewDevice(rng),
    );
    this.home = networksOf(market, 'mobile');
  }

  drop(rng: Rng): Address {
    return rng.pick(this.drops);
  }

  device(rng: Rng): Device {
    return rng.pick(this.devices);
  }

  /** An address from the crew's own phones (carrier NAT: the same few addresses come back). */
  localIp(rng: Rng): string {
    if (this.pool.length < 4 || rng.chance(0.3)) this.pool.push(address(this.rng, rng.pick(this.home)));
    return rng.pick(this.pool);
  }
}

/** Where a crew hides: a residential proxy in the card's country, a VPN or cloud exit, or its own phone. */
export function disguisedIp(rng: Rng, crew: Crew, cardCountry: string, care = 0.5): string {
  const proxy = networksOf(cardCountry, 'residential_proxy');
  const r = rng.next();
  if (r < care && proxy.length > 0) return address(rng, rng.pick(proxy));
  if (r < care + (1 - care) * 0.5)
    return address(
      rng,
      rng.pick([network('nl-vpn-exit'), network('de-hosting'), network('us-cloud'), network('gb-cloud')]),
    );
  return crew.localIp(rng);
}

/** A buyer a crew makes: a guest or an account opened minutes before, with a throwaway address or a real-looking one. */
export function crewBuyer(
  rng: Rng,
  at: number,
  name: string,
  email = throwawayEmail(rng),
  guest = 0.4,
): Buyer {
  if (rng.chance(guest)) return { email, name };
  return { id: `cus_${rng.digits(8)}`, email, name, createdAt: at - rng.int(3, 90) * MINUTE };
}

/** An account bought or farmed in advance (weeks or months old) so it does not look new. */
export function agedBuyer(rng: Rng, at: number, name: string, email = throwawayEmail(rng)): Buyer {
  return { id: `cus_${rng.digits(8)}`, email, name, createdAt: at - Math.floor(rng.float(30, 400) * DAY) };
}

export interface FraudOrder {
  kind: FraudKind;
  at: number;
  market: Market;
  lines: Line[];
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  delivery: Delivery;
  method: Method;
  attempts: Attempt[];
  later: Later[];
  ip: string;
  device: Device;
  coupon?: string;
}

export function fraudOrder(o: FraudOrder): Purchase {
  const { lines, ...rest } = o;
  return { ...rest, fraud: true, basket: basketOf(o.market, lines, o.delivery === 'pickup') };
}

export interface FraudCtx {
  window: Window;
  /** Customers for the kinds that are real customers (friendly fraud, refund abuse) or their victims. */
  shoppers: Shoppers;
}

/** Pickup stations are collected at the counter; other drops are delivered to the door. */
export const deliveryTo = (a: Address): Delivery =>
  a.line1?.startsWith('Pickup station') ? 'pickup' : 'home';

/** What a stolen card's owner or issuer does once the charge is noticed: an early warning, then a chargeback. */
export function cardholderNotices(
  rng: Rng,
  attempts: readonly Attempt[],
  dispute = 0.75,
  warning = 0.3,
): Later[] {
  if (!attempts.some((a) => a.ok)) return [];
  const out: Later[] = [];
  if (rng.chance(warning))
    out.push({
      type: 'fraud_warning.created',
      afterMs: Math.floor(rng.float(1, 12) * DAY),
      reason: 'fraudulent',
    });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: Math.floor(rng.float(12, 70) * DAY), reason: 'fraudulent' });
  return out;
}
