import { type Address, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Delivery, PICKUP } from './basket.js';
import { Cart, item, type Item } from './catalogue.js';
import { fraudDevice } from './devices.js';
import { type World } from './honest-kit.js';
import { network, type Network, type NetworkName } from './networks.js';
import { phoneIn } from './people.js';
import { addressIn, cityNamed, type Market, pickupPointIn, type PickupPoint } from './places.js';
import { dispatchAfter, fulfilment, type LaterEvent } from './purchase.js';

/** What the fraud planners share: a ring's kit, the goods that resell, proxies, and what happens afterwards. */

export type { World };

/**
 * A ring's working kit for the window: a few anti-detect browser profiles or phones, prepaid numbers the
 * lockers text their codes to, drop addresses in the suburbs of the big cities.
 */
export interface Ring {
  devices: Device[];
  phones: string[];
  drops: Address[];
}

const DROP_CITIES = ['Stockholm', 'Huddinge', 'Solna', 'Göteborg', 'Malmö', 'Uppsala', 'Norrköping'];

export function ring(rng: Rng, market: Market = 'SE', size = 3): Ring {
  const cities = market === 'SE' ? DROP_CITIES : ['Helsinki', 'Vantaa', 'Espoo'];
  return {
    devices: Array.from({ length: size }, () => fraudDevice(rng)),
    phones: Array.from({ length: size }, () => phoneIn(rng, market)),
    drops: Array.from({ length: size + 1 }, () => addressIn(rng, cityNamed(rng.pick(cities)))),
  };
}

/** What resells on Blocket, Tradera and Telegram: brush heads, electric toothbrushes, hair tools, premium skincare. */
const RESALE: ReadonlyArray<readonly [string, number, readonly [number, number]]> = [
  ['ORL-9001', 22, [2, 6]],
  ['ORL-9003', 8, [2, 5]],
  ['ORL-9004', 14, [1, 2]],
  ['ORL-9006', 7, [1, 2]],
  ['ORL-9005', 6, [1, 2]],
  ['HAR-9501', 10, [1, 1]],
  ['HAR-9502', 7, [1, 1]],
  ['HAR-9503', 5, [1, 1]],
  ['SKN-6009', 8, [1, 3]],
  ['SKN-6011', 6, [1, 2]],
  ['BTY-7003', 5, [2, 4]],
  ['OTC-3001', 5, [2, 5]],
  ['BTY-7009', 3, [1, 2]],
];

/** `lines` resale lines in `market`'s basket. */
export function resaleCart(rng: Rng, market: Market, lines: number): Cart {
  const cart = new Cart(market);
  for (let i = 0; i < lines; i++) {
    const [sku, , [lo, hi]] = rng.weightedPick(RESALE.map((r) => [r, r[1]] as const));
    cart.add(item(sku), rng.int(lo, hi));
  }
  return cart;
}

export const resaleItem = (rng: Rng): Item =>
  item(rng.weightedPick(RESALE.map((r) => [r[0], r[1]] as const)));

/** A Swedish connection a fraudster rents or owns: a residential proxy, a prepaid SIM, a VPN, a cloud server. */
export function swedishProxy(rng: Rng, weights?: ReadonlyArray<readonly [NetworkName, number]>): Network {
  return network(
    rng.weightedPick(
      weights ?? [
        ['se-fibre-a', 20],
        ['se-cable', 15],
        ['se-mobile', 30],
        ['se-vpn', 20],
        ['se-cloud', 15],
      ],
    ),
  );
}

/** Servers and proxies abroad. */
export function foreignProxy(rng: Rng): Network {
  return network(
    rng.weightedPick([
      ['nl-hosting', 22],
      ['de-hosting', 18],
      ['us-hosting', 15],
      ['nl-vpn', 15],
      ['us-residential', 12],
      ['vn-residential', 10],
      ['gb-residential', 8],
    ] as const),
  );
}

/** A locker or pickup delivery near a drop address, or the drop's door in the evening. */
export function dropDelivery(
  rng: Rng,
  market: Market,
  near: Address,
  lockers = 0.7,
): { delivery: Delivery; pickupPoint?: PickupPoint } {
  const delivery: Delivery = rng.chance(lockers)
    ? rng.weightedPick([
        ['instabox', 45],
        ['budbee_box', 35],
        ['postnord_service_point', 20],
      ] as const)
    : 'budbee_home_evening';
  return PICKUP.has(delivery)
    ? { delivery, pickupPoint: pickupPointIn(rng, market, near.city ?? '', delivery) }
    : { delivery };
}

/**
 * After a stolen payment went through: the goods go out fast (the ring collects within hours), some are stopped
 * by the store's own review first; then the issuer's early warning and the cardholder's chargeback.
 */
export function stolenAfter(
  rng: Rng,
  p: { delivery: Delivery; market: Market; basket: Basket },
  odds: { review?: number; warning?: number; dispute?: number; reason?: string } = {},
): LaterEvent[] {
  if (rng.chance(odds.review ?? 0.08))
    return [
      { type: 'order.cancelled', afterMs: rng.int(20, 240) * MINUTE, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: rng.int(5, 8) * HOUR, reason: 'fraudulent' },
    ];
  const out = fulfilment(rng, p.delivery, p.market, dispatchAfter(rng, false));
  if (rng.chance(odds.warning ?? 0.3))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(1, 6) * DAY, reason: 'fraudulent' });
  if (rng.chance(odds.dispute ?? 0.6))
    out.push({
      type: 'dispute.created',
      afterMs: rng.int(12, 50) * DAY,
      reason: odds.reason ?? 'fraudulent',
    });
  return out;
}
