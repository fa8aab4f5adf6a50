import { type Address } from './addresses.js';
import { type Card, honestChecks } from './cards.js';
import { type Category, type Product, type Season, everydayCategory, fromCategory } from './catalog.js';
import { type Device } from './devices.js';
import { type BasketOptions, priceBasket, toUsd } from './money.js';
import { type Attempt, DAY, type FollowUp, HOUR, MINUTE, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type Customer } from './world.js';

/**
 * An honest checkout: the customer's basket and card, the small frictions honest payments have (a CVC typo,
 * the bank holding a large charge until the customer taps "yes, it was me", the odd abandoned payment) and
 * what honest orders bring later (returns, cancellations, the rare lost-parcel dispute).
 */

export type Items = Array<readonly [Product, number]>;

export interface HonestDraft {
  kind: string;
  at: number;
  customer: Customer;
  device: Device;
  ip: string;
  /** Logged in to the account (when the customer has one). */
  loggedIn: boolean;
  items: Items;
  billing?: Address;
  /** `null`: nothing ships (e-gift cards). Default: the customer's home. */
  shipping?: Address | null;
  options?: BasketOptions;
  card?: Card;
  email?: string;
  /** Cards the bank declined before the one that paid. */
  declined?: Card[];
  /** The card's bank still has an old address (AVS fails or half-matches). */
  moved?: boolean;
}

/** Everyday lines: mostly one or two things, consumables by the handful. */
export function everydayItems(
  rng: Rng,
  season: Season,
  options: { maxUsd?: number; lines?: number } = {},
): Items {
  const count =
    options.lines ??
    rng.weightedPick([
      [1, 58],
      [2, 26],
      [3, 10],
      [4, 4],
      [5, 2],
    ] as const);
  const items: Items = [];
  for (let i = 0; i < count; i++) {
    const category: Category = everydayCategory(rng, season);
    const item = fromCategory(rng, category, options.maxUsd ?? (rng.chance(0.08) ? 950 : 300));
    const quantity = item.usd < 15 ? rng.int(1, 4) : rng.chance(0.06) ? 2 : 1;
    if (!items.some(([existing]) => existing.sku === item.sku)) items.push([item, quantity]);
  }
  return items;
}

function payments(rng: Rng, draft: HonestDraft, usd: number): { attempts: Attempt[]; abandoned: boolean } {
  const card = draft.card ?? draft.customer.cards[0];
  if (!card) throw new Error('customer without a card');
  const wallet = draft.device.mobile && rng.chance(draft.device.apple ? 0.3 : 0.12);
  const checks = () => honestChecks(rng, card, { moved: draft.moved ?? false, wallet });
  const attempts: Attempt[] = (draft.declined ?? []).map((declined, i) => ({
    card: declined,
    checks: honestChecks(rng, declined),
    ok: false,
    afterMs: i === 0 ? rng.int(2_000, 9_000) : rng.int(40_000, 6 * MINUTE),
  }));
  const first = attempts.length === 0 ? rng.int(2_000, 9_000) : rng.int(60_000, 12 * MINUTE);
  const roll = rng.next();
  if (!wallet && roll < 0.015) {
    attempts.push({ card, checks: { ...checks(), cvc: 'fail' }, ok: false, afterMs: first });
    attempts.push({ card, checks: checks(), ok: true, afterMs: rng.int(20_000, 90_000) });
  } else if (roll < 0.015 + (usd > 800 ? 0.06 : 0.012)) {
    // The issuer's own fraud check declines, the customer confirms in the bank app and tries again.
    attempts.push({ card, checks: checks(), ok: false, afterMs: first });
    attempts.push({ card, checks: checks(), ok: true, afterMs: rng.int(2 * MINUTE, 12 * MINUTE) });
  } else if (roll < 0.035 && attempts.length === 0) {
    attempts.push({ card, checks: checks(), ok: false, afterMs: first });
    return { attempts, abandoned: true };
  } else {
    attempts.push({ card, checks: checks(), ok: true, afterMs: first });
  }
  return { attempts, abandoned: false };
}

function followUps(rng: Rng, items: Items, amount: number, digital: boolean, abandoned: boolean): FollowUp[] {
  if (abandoned)
    return [{ type: 'order.cancelled', afterMs: rng.int(1, 3) * HOUR + rng.int(0, 59) * MINUTE }];
  if (rng.chance(0.008)) {
    const afterMs = rng.int(10, 240) * MINUTE;
    return [
      { type: 'order.cancelled', afterMs },
      {
        type: 'refund.created',
        afterMs: afterMs + rng.int(1, 30) * MINUTE,
        amount,
        reason: 'requested_by_customer',
      },
    ];
  }
  const wearable = items.some(([item]) => item.category === 'apparel' || item.category === 'footwear');
  if (!digital && rng.chance(wearable ? 0.12 : 0.05)) {
    const [item, quantity] = rng.pick(items);
    const share =
      items.length === 1
        ? amount
        : Math.min(
            amount,
            Math.round((amount * item.usd * quantity) / items.reduce((s, [i, q]) => s + i.usd * q, 0)),
          );
    return [
      {
        type: 'refund.created',
        afterMs: rng.int(7, 40) * DAY + rng.int(0, 23) * HOUR,
        amount: share,
        reason: 'requested_by_customer',
      },
    ];
  }
  if (!digital && rng.chance(0.004)) {
    const reason = rng.chance(0.7) ? 'product_not_received' : 'product_unacceptable';
    return [{ type: 'dispute.created', afterMs: rng.int(25, 60) * DAY, reason }];
  }
  return [];
}

export function honestPurchase(rng: Rng, draft: HonestDraft): Purchase {
  const { customer } = draft;
  const shipping = draft.shipping === null ? undefined : (draft.shipping ?? customer.home);
  const billing = draft.billing ?? customer.home;
  const basket = priceBasket(draft.items, shipping, billing, draft.options);
  const { attempts, abandoned } = payments(rng, draft, toUsd(basket.amount, basket.currency));
  const account = draft.loggedIn && customer.accountId !== undefined;
  return {
    at: draft.at,
    kind: draft.kind,
    fraud: false,
    buyer: {
      ...(account ? { id: customer.accountId, createdAt: customer.createdAt } : {}),
      email: draft.email ?? customer.email,
      name: customer.display,
    },
    billing,
    ...(shipping ? { shipping } : {}),
    ip: draft.ip,
    device: draft.device,
    basket,
    attempts,
    followUps: followUps(rng, draft.items, basket.amount, basket.digital, abandoned),
  };
}
