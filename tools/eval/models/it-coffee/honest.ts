import { accountBuyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { billingRun, EVENING, LATE, moment } from './calendar.js';
import { type Decline, newCard } from './cards.js';
import {
  barista,
  basketOf,
  BEAN_TO_CUP,
  BEANS,
  CAPSULE_MACHINES,
  CAPSULES,
  coffeeLines,
  type Code,
  DESCALER,
  ESPRESSO,
  GRINDERS,
  LEVER,
  type Line,
  lineIn,
  machineBetween,
  mergeLines,
  PLANS,
} from './catalogue.js';
import { fromAccount, honestOrder, newShopper, purchaseOf, someone, toDoor, toPickup } from './checkout.js';
import {
  corporate,
  expat,
  giftBuyer,
  privacyVpn,
  retriedPayment,
  tradeIn,
  traveller,
} from './honest-more.js';
import { currencyFor, pickMarket } from './places.js';
import { cardAttempt, honestAfter, other, type Attempt, type Purchase } from './purchase.js';
import { agedAccount, anyAccount, nextSubscriber, type World } from './world.js';

/**
 * The honest kinds and their weights, and the everyday ones: coffee reorders, subscription renewals, home
 * baristas buying a machine or grinder, families buying the Christmas bean-to-cup. The awkward ones (gifts,
 * companies, trade-ins, travellers, expats, VPN users, retried payments) are in honest-more.ts.
 */

export const HONEST = {
  beans_and_capsules: 23,
  subscription_renewal: 14,
  home_barista: 12,
  family_machine: 11,
  gift_buyer: 13,
  corporate_office: 6,
  trade_in: 4,
  traveller: 4,
  expat: 5,
  privacy_vpn: 4,
  retried_payment: 4,
} as const;

export type HonestKind = keyof typeof HONEST;

function beansAndCapsules(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, EVENING);
  const s = someone(rng, w, at, 0.72);
  const lines = coffeeLines(rng, currencyFor(s.country));
  const code: Code | undefined = rng.chance(0.12)
    ? 'NATALE10'
    : !s.signedIn || s.buyer.createdAt === undefined || at - s.buyer.createdAt < HOUR
      ? rng.chance(0.2)
        ? 'BENVENUTO5'
        : undefined
      : undefined;
  return honestOrder(rng, 'beans_and_capsules', at, s, lines, {
    pickup: 0.3,
    showroom: 0.12,
    ...(code ? { code } : {}),
  });
}

/** The billing run charges the saved card (merchant-initiated) or the PayPal agreement; declines are dunned. */
function renewalAttempts(
  rng: Rng,
  cards: ReturnType<typeof newCard>[],
  paypal: boolean,
  amount: number,
): Attempt[] {
  const first = rng.int(2_000, 20_000);
  if (paypal) {
    if (!rng.chance(0.03)) return [other('paypal', true, first)];
    return [
      other('paypal', false, first, 'insufficient_funds'),
      other('paypal', true, rng.int(20, 30) * HOUR),
    ];
  }
  const card = cards[0] ?? newCard(rng, 'IT');
  const decline = rng.weightedPick<Decline | 'none'>([
    ['none', 93],
    ['insufficient_funds', card.funding === 'credit' ? 2 : 4],
    ['expired_card', 1.8],
    ['do_not_honor', 0.8],
  ]);
  if (decline === 'none')
    return [cardAttempt(rng, card, amount, { entry: 'merchant', ok: true, afterMs: first })];
  const out = [cardAttempt(rng, card, amount, { entry: 'merchant', ok: false, decline, afterMs: first })];
  if (decline === 'expired_card') {
    // The app asks for a new card; most add one within a day or two and the charge goes through.
    if (rng.chance(0.8))
      out.push(
        cardAttempt(rng, newCard(rng, card.country, card.funding), amount, {
          entry: 'saved',
          ok: true,
          afterMs: rng.int(3, 40) * HOUR,
        }),
      );
    return out;
  }
  const second = rng.chance(0.7);
  out.push(
    cardAttempt(rng, card, amount, {
      entry: 'merchant',
      ok: second,
      ...(second ? {} : { decline }),
      afterMs: DAY + rng.int(0, 20) * MINUTE,
    }),
  );
  if (!second && rng.chance(0.5))
    out.push(
      cardAttempt(rng, card, amount, {
        entry: 'merchant',
        ok: true,
        afterMs: 2 * DAY + rng.int(0, 20) * MINUTE,
      }),
    );
  return out;
}

function subscriptionRenewal(rng: Rng, w: World): Purchase {
  const due = nextSubscriber(w);
  const a = due ?? anyAccount(rng, w);
  const plan = a.plan ?? { item: PLANS[0] ?? rng.pick(PLANS), anchor: rng.next(), paypal: false };
  const at = billingRun(rng, w.window, plan.anchor);
  const shopper = fromAccount(rng, a);
  const currency = currencyFor(a.country);
  const lines = [lineIn(plan.item, currency)];
  // Add-ons put in the next box from the app beforehand.
  if (rng.chance(0.12))
    lines.push(lineIn(rng.pick([DESCALER, ...BEANS.slice(1, 3), ...CAPSULES.slice(1, 3)]), currency));
  const route = plan.pickup
    ? toPickup(rng, a.country, undefined, plan.pickup)
    : toDoor(rng, { ...a.home, country: a.country });
  const basket = basketOf(lines, currency, route.fulfilment, route.country);
  const attempts = renewalAttempts(rng, a.cards, plan.paypal, basket.amount);
  const later = honestAfter(rng, {
    at,
    fulfilment: route.fulfilment,
    country: route.country,
    basket,
    attempts,
  });
  return purchaseOf({
    kind: 'subscription_renewal',
    fraud: false,
    at,
    shopper: { ...shopper, buyer: accountBuyer(a) },
    basket,
    route,
    attempts,
    later,
    unattended: true,
  });
}

/** Enthusiasts: an espresso or lever machine, a grinder, or both, with the tools that go with them. */
function homeBarista(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, LATE);
  const s = rng.chance(0.55)
    ? fromAccount(rng, agedAccount(rng, w, 30))
    : newShopper(rng, w, pickMarket(rng), {
        platform: rng.weightedPick([
          ['windows', 30],
          ['mac', 22],
          ['iphone', 28],
          ['android', 20],
        ] as const),
        ...(rng.chance(0.4) ? { registersAt: at } : {}),
      });
  const currency = currencyFor(s.country);
  const x = rng.next();
  const lines: Line[] = [];
  if (x < 0.47 || x >= 0.72) lines.push(lineIn(rng.pick(rng.chance(0.72) ? ESPRESSO : LEVER), currency));
  if (x >= 0.47) lines.push(lineIn(rng.pick(x < 0.72 ? GRINDERS.slice(2) : GRINDERS.slice(1, 6)), currency));
  lines.push(...barista(rng, currency));
  return honestOrder(rng, 'home_barista', at, s, mergeLines(lines), {
    pickup: 0.07,
    showroom: 0.3,
    ...(rng.chance(0.12) ? { code: 'NATALE10' as const } : {}),
  });
}

/**
 * A household's Christmas machine: a bean-to-cup (or a capsule machine with capsules) bought on the family
 * tablet or laptop, often on instalments, now and then by the partner on the shared device.
 */
function familyMachine(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, EVENING);
  const households = w.people.accounts.filter((a) => a.household !== undefined);
  const a = households.length > 0 && rng.chance(0.45) ? rng.pick(households) : anyAccount(rng, w);
  const s = rng.chance(0.8)
    ? fromAccount(rng, a)
    : newShopper(rng, w, pickMarket(rng), {
        registersAt: at,
        platform: rng.pick(['windows', 'ipad', 'mac'] as const),
      });
  const currency = currencyFor(s.country);
  const lines: Line[] = [];
  if (rng.chance(0.8)) {
    lines.push(
      lineIn(machineBetween(rng, BEAN_TO_CUP, 59_900, rng.chance(0.85) ? 150_000 : 400_000), currency),
    );
    if (rng.chance(0.5)) lines.push(lineIn(rng.pick(BEANS), currency, rng.int(1, 3)));
    if (rng.chance(0.2)) lines.push(lineIn(DESCALER, currency));
  } else {
    lines.push(lineIn(rng.pick(CAPSULE_MACHINES), currency));
    lines.push(lineIn(rng.pick(CAPSULES.slice(0, 5)), currency, rng.int(2, 5)));
  }
  const p = honestOrder(rng, 'family_machine', at, s, lines, { pickup: 0.05, showroom: 0.2 });
  return rng.chance(0.18)
    ? { ...p, giftNote: rng.pick(['Buon Natale!', 'Frohe Weihnachten', 'Joyeux Noël', 'Per la famiglia']) }
    : p;
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'beans_and_capsules':
      return beansAndCapsules(rng, w);
    case 'subscription_renewal':
      return subscriptionRenewal(rng, w);
    case 'home_barista':
      return homeBarista(rng, w);
    case 'family_machine':
      return familyMachine(rng, w);
    case 'gift_buyer':
      return giftBuyer(rng, w);
    case 'corporate_office':
      return corporate(rng, w);
    case 'trade_in':
      return tradeIn(rng, w);
    case 'traveller':
      return traveller(rng, w);
    case 'expat':
      return expat(rng, w);
    case 'privacy_vpn':
      return privacyVpn(rng, w);
    case 'retried_payment':
      return retriedPayment(rng, w);
  }
}
