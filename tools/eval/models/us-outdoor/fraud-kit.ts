import { type Address, addressIn, cityIn } from './addresses.js';
import { type Card, type Checks } from './cards.js';
import { type Product, resaleItem } from './catalog.js';
import { type Items } from './checkout.js';
import { type Device } from './devices.js';
import { type BasketOptions, priceBasket } from './money.js';
import { type Attempt, type Buyer, DAY, type FollowUp, HOUR, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** Shared pieces of the fraud patterns. */

/** Where fraud against North American shops is commonly run from (never a sanctioned country). */
export const FRAUD_ORIGINS: Readonly<Record<string, number>> = {
  NG: 14,
  GH: 4,
  VN: 10,
  ID: 8,
  PK: 7,
  BD: 5,
  BR: 8,
  VE: 4,
  RU: 8,
  UA: 6,
  RO: 6,
  PH: 6,
  MA: 4,
  DZ: 3,
  IN: 5,
  CN: 4,
  TR: 3,
};

export type Exit = 'foreign' | 'hosting' | 'proxy';

/**
 * The address an order comes from: the fraudster's own country, a rented server or VPN, or a residential
 * proxy (a real home or phone connection in the victim's country, rented by the hour).
 */
export function fraudIp(rng: Rng, world: World, exit: Exit, country: string): string {
  switch (exit) {
    case 'foreign':
      return world.ips.other(rng.weighted(FRAUD_ORIGINS));
    case 'hosting':
      return world.ips.v4(
        world.pickNetwork(rng, rng.chance(0.75) ? country : rng.pick(['US', 'NL', 'DE']), 'hosting'),
      );
    case 'proxy': {
      const network = world.pickNetwork(rng, country, rng.chance(0.7) ? 'broadband' : 'mobile');
      return network.v4.length > 0 ? world.ips.v4(network) : world.ips.other(country);
    }
  }
}

/** A drop: a real-looking home in another town where a mule signs for the parcel. */
export function dropAddress(rng: Rng, country: string): Address {
  return addressIn(rng, cityIn(rng, country), 0.5);
}

/** High-resale goods, sometimes several of the same, sometimes padded with something ordinary. */
export function resaleItems(rng: Rng, minUsd = 0): Items {
  const items: Array<readonly [Product, number]> = [];
  const lines = rng.weightedPick([
    [1, 55],
    [2, 32],
    [3, 13],
  ] as const);
  for (let i = 0; i < lines; i++) {
    const item = resaleItem(rng, minUsd);
    if (!items.some(([existing]) => existing.sku === item.sku))
      items.push([
        item,
        rng.weightedPick([
          [1, 74],
          [2, 20],
          [3, 6],
        ] as const),
      ]);
  }
  return items;
}

/** Attempts with stolen cards: failures are tried with the next card until one goes through or they give up. */
export function cardRun(
  rng: Rng,
  cards: Card[],
  checks: (card: Card, ok: boolean) => Checks,
  succeed: boolean,
): Attempt[] {
  return cards.map((card, i) => {
    const ok = succeed && i === cards.length - 1;
    return {
      card,
      checks: checks(card, ok),
      ok,
      afterMs: i === 0 ? rng.int(3_000, 25_000) : rng.int(15_000, 4 * 60_000),
    };
  });
}

/** What the card networks and cardholders say later: early fraud warnings and fraud disputes. */
export function chargebacks(rng: Rng, paid: boolean, warning: number, dispute: number): FollowUp[] {
  if (!paid) return [{ type: 'order.cancelled', afterMs: rng.int(1, 6) * HOUR }];
  const out: FollowUp[] = [];
  if (rng.chance(warning))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(1, 9) * DAY + rng.int(0, 23) * HOUR,
      reason: 'made_with_stolen_card',
    });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(12, 50) * DAY, reason: 'fraudulent' });
  return out;
}

export interface FraudDraft {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  ip: string;
  device: Device;
  items: Items;
  options?: BasketOptions;
  attempts: Attempt[];
  followUps: FollowUp[];
}

export function fraudPurchase(draft: FraudDraft): Purchase {
  return {
    at: draft.at,
    kind: draft.kind,
    fraud: true,
    buyer: draft.buyer,
    billing: draft.billing,
    ...(draft.shipping ? { shipping: draft.shipping } : {}),
    ip: draft.ip,
    device: draft.device,
    basket: priceBasket(draft.items, draft.shipping, draft.billing, draft.options),
    attempts: draft.attempts,
    followUps: draft.followUps,
  };
}

/** Victims by where the card was issued: the store's own markets, mostly the US. */
export const victimCountry = (rng: Rng) => rng.weighted({ US: 80, CA: 12, GB: 4, AU: 4 });
