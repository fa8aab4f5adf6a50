import { basket, byCategory, type Basket, type Category } from './catalog.js';
import { cityIn, type Home } from './geo.js';
import { crewIp, homeIp, hostingIp, CREW_ORIGINS } from './networks.js';
import { type Card, DAY, type Later } from '../kit/purchase.js';
import { attempt, avs, type Attempt } from './purchase.js';
import { type Rng } from './random.js';

/** What the fraud planners share: the kinds and their shares, what fences well, networks, labels. */

/** Shares of fraudulent orders, in per cent. */
export const FRAUD = {
  card_testing: 22,
  stolen_card_bare: 12,
  stolen_card_full: 11,
  reshipper: 10,
  account_takeover: 10,
  bopis_mule: 8,
  sneaker_bot: 8,
  triangulation: 7,
  friendly_fraud: 7,
  promo_abuse: 5,
} as const;
export type FraudKind = keyof typeof FRAUD;

/** Orders per kind for `total` fraudulent orders: the shares, rounded by largest remainders. */
export function allocate(total: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const exact = kinds.map((k) => (total * FRAUD[k]) / 100);
  const out = Object.fromEntries(kinds.map((k, i) => [k, Math.floor(exact[i] ?? 0)])) as Record<
    FraudKind,
    number
  >;
  let left = total - kinds.reduce((s, k) => s + out[k], 0);
  const order = kinds.map((k, i) => [k, (exact[i] ?? 0) % 1] as const).sort((a, b) => b[1] - a[1]);
  for (const [k] of order) {
    if (left <= 0) break;
    out[k] += 1;
    left -= 1;
  }
  return out;
}

/** What is easy to resell: watches, the Love bracelet, diamond studs, the it-bags. */
const FENCE: Partial<Record<Category, number>> = { watches: 35, jewellery: 30, handbags: 30, sneakers: 5 };

export function fenceBasket(rng: Rng, currency: 'USD' | 'CAD', extra = 0.25): Basket {
  const first = rng.pick(byCategory(rng.weighted(FENCE as Record<Category, number>)));
  const items: Array<readonly [typeof first, number]> = [[first, 1]];
  if (rng.yes(extra)) {
    const second = rng.pick(byCategory(rng.pick(['jewellery', 'watches', 'handbags'] as const)));
    if (second.sku !== first.sku) items.push([second, 1]);
  }
  return basket(currency, items);
}

/**
 * Where a fraudster connects from: a residential proxy in the victim's country (the careful ones), a cloud or
 * VPN exit, or straight from home abroad.
 */
export function fraudIp(
  rng: Rng,
  victim: Home,
  mix: { proxy: number; hosting: number; origin: number },
): string {
  const how = rng.weighted(mix);
  if (how === 'proxy') return homeIp(rng, victim);
  if (how === 'hosting') return hostingIp(rng, rng.pick([victim, victim, 'US', 'NL', 'DE']));
  return crewIp(rng, rng.pick(Object.keys(CREW_ORIGINS)));
}

/** 1–3 stolen cards tried in turn; the last may go through. Bare cards fail AVS against invented billing. */
export function tryCards(rng: Rng, cards: Card[], knowsHolder: boolean, declineRate: number): Attempt[] {
  const out: Attempt[] = [];
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i] as Card;
    const last = i === cards.length - 1;
    const check = knowsHolder ? (rng.yes(0.9) ? 'pass' : 'partial') : rng.yes(0.75) ? 'fail' : 'partial';
    const ok = last && !rng.yes(declineRate);
    out.push(
      attempt(
        card,
        ok,
        rng.int(15, 240) * 1000,
        avs(card, check),
        knowsHolder || rng.yes(0.85) ? 'pass' : 'fail',
      ),
    );
  }
  return out;
}

/** The stolen-card aftermath: early fraud warnings from the issuer, then the holder's chargeback. */
export function stolenLabels(rng: Rng, paid: boolean, warn: number, dispute: number): Later[] {
  if (!paid) return [];
  const later: Later[] = [];
  if (rng.yes(warn))
    later.push({
      type: 'fraud_warning.created',
      afterMs: rng.range(0.5, 9) * DAY,
      reason: rng.pick([
        'made_with_stolen_card',
        'unauthorized_use_of_card',
        'made_with_stolen_card',
        'card_never_received',
      ]),
    });
  if (rng.yes(dispute))
    later.push({
      type: 'dispute.created',
      afterMs: rng.range(12, 75) * DAY,
      reason: rng.yes(0.88) ? 'fraudulent' : 'unrecognized',
    });
  else if (later.length > 0 && rng.yes(0.5))
    later.push({
      type: 'refund.created',
      afterMs: (later[0]?.afterMs ?? DAY) + rng.range(2, 30) * 3_600_000,
      reason: 'fraudulent',
    });
  return later;
}

export const victimHome = (rng: Rng): Home => (rng.yes(0.74) ? 'US' : 'CA');
export const victimCity = (rng: Rng, home: Home) => cityIn(rng, home);
