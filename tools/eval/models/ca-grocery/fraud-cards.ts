import { type Rng } from '../kit/random.js';
import { bill, linesOf } from './basket.js';
import { drawTime, HOUSEHOLD_HOURS, NIGHT_HOURS } from './calendar.js';
import { cardsOfBin, fraudDecline, newCard } from './cards.js';
import { credit, GIFT_DENOMINATIONS, giftCard, type Line } from './catalog.js';
import { delivery } from './delivery.js';
import { householdDevice } from './devices.js';
import { buyerOf } from './honest-kit.js';
import {
  chargebackLater,
  dropAddress,
  fraudSession,
  pickCover,
  stolenAttempts,
  victimAddress,
} from './fraud-kit.js';
import { personalEmail, personName, throwawayEmail } from './names.js';
import { customer, type World } from './people.js';
import { cityNamed, PROVINCES } from './places.js';
import { cardAttempt, DAY, MINUTE, type Purchase } from './purchase.js';

/** Stolen cards: testing them, spending them on resellable baskets, on aged accounts, on gift cards. */

/**
 * Card testing: a script checks a list of cards from one BIN on the cheapest pickup item (no delivery fee),
 * a few minutes apart, rotating IPs; most are declined. Passing cards are sold on; the orders are never picked up.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(4, 11));
    const cards = cardsOfBin(rng, size);
    const persona = customer(rng, 'household', w.window.start);
    let at = drawTime(rng, w.window, -5, NIGHT_HOURS);
    const cover = pickCover(rng, 0.35);
    const sameDevice = rng.chance(0.6) ? fraudSession(rng, cover, persona.province).device : undefined;
    const sku = rng.pick(['PR-BAN', 'PR-CAR', 'PA-PAS']);
    for (const card of cards) {
      const who = personName(rng, false);
      const ok = rng.chance(0.22);
      const decline = ok
        ? undefined
        : rng.weightedPick([
            ['invalid_number', 30],
            ['incorrect_cvc', 25],
            ['do_not_honor', 25],
            ['expired_card', 10],
            ['stolen_card', 10],
          ] as const);
      const attempt = cardAttempt(
        rng,
        card,
        ok,
        'typed',
        rng.chance(0.7) ? 'none' : 'wrong',
        rng.int(1_500, 5_000),
        decline,
        decline !== 'incorrect_cvc',
      );
      const basket = bill(linesOf(rng, [[sku, 1, 1]]), persona.province, 'pickup');
      const session = fraudSession(rng, cover, persona.province, sameDevice);
      out.push(
        delivery(rng, {
          kind: 'card_testing',
          fraud: true,
          customer: persona,
          at,
          basket,
          how: 'pickup',
          buyer: {
            email: throwawayEmail(rng, rng.chance(0.5) ? who : undefined),
            name: `${who.first} ${who.last}`,
          },
          session,
          attempts: [attempt],
          later: ok
            ? [
                { type: 'order.cancelled', afterMs: rng.int(5 * DAY, 6 * DAY), reason: 'not_picked_up' },
                { type: 'refund.created', afterMs: 6 * DAY + rng.int(0, DAY), reason: 'not_picked_up' },
              ]
            : [],
        }),
      );
      at += rng.int(40_000, 6 * MINUTE);
      if (at >= w.window.end) at = w.window.end - 1;
    }
  }
  return out;
}

const RESALE: ReadonlyArray<readonly [string, number, number]> = [
  ['BB-FRM', 3, 8],
  ['BB-FRL', 2, 5],
  ['BB-DIA', 1, 4],
  ['MT-TEN', 1, 3],
  ['HH-DET', 2, 5],
  ['HH-DSH', 2, 4],
  ['PA-COF', 2, 6],
  ['AL-SPK', 2, 6],
  ['AL-CID', 1, 4],
];

/** A resellable basket: formula, diapers, tenderloin, detergent, coffee, wine where deliverable. */
function resaleLines(rng: Rng, alcohol: boolean, count: number): Line[] {
  const pool = RESALE.filter(([sku]) => alcohol || !sku.startsWith('AL-'));
  return linesOf(rng, rng.shuffle(pool).slice(0, count));
}

/**
 * Stolen card on a resellable basket: guest or an account opened minutes before, the cardholder's billing
 * (from the dump, so often right), delivered to a drop; several cards tried until one passes.
 */
export function stolenCardBasket(rng: Rng, w: World): Purchase {
  const victim = victimAddress(rng);
  const drop = dropAddress(rng, rng.chance(0.4) ? victim.city : undefined);
  const persona = customer(rng, 'household', w.window.start);
  const province = cityNamed(drop.city ?? '').province;
  const at = drawTime(rng, w.window, PROVINCES[province].tz, HOUSEHOLD_HOURS);
  const account = rng.chance(0.45);
  persona.createdAt = at - rng.int(3 * MINUTE, 2 * DAY);
  const lines = resaleLines(rng, PROVINCES[province].alcohol, rng.int(2, 5));
  const basket = bill(lines, province, 'delivery');
  const fullz = rng.chance(0.55);
  const cards = Array.from(
    {
      length: rng.weightedPick<number>([
        [1, 55],
        [2, 25],
        [3, 20],
      ]),
    },
    () => newCard(rng),
  );
  const cover = pickCover(rng, 0.5);
  return delivery(rng, {
    kind: 'stolen_card_basket',
    fraud: true,
    customer: { ...persona, tz: PROVINCES[province].tz },
    at,
    basket,
    buyer: account ? buyerOf(persona) : { email: persona.email, name: persona.name },
    session: fraudSession(rng, cover, province),
    billing: victim.address,
    shipping: drop,
    attempts: stolenAttempts(rng, cards, fullz ? 'good' : 'none', 0.6),
    later: chargebackLater(rng),
  });
}

/**
 * The careful version: a stolen identity with its card (fullz), an account opened weeks ago and left to age,
 * a residential proxy in the victim's province, billing that matches, a moderate basket, and the delivery
 * address moved to a nearby drop after payment.
 */
export function fullzAgedAccount(rng: Rng, w: World): Purchase {
  const victim = victimAddress(rng);
  const persona = customer(rng, 'household', w.window.start);
  const province = victim.city.province;
  const at = drawTime(rng, w.window, PROVINCES[province].tz, HOUSEHOLD_HOURS);
  persona.createdAt = at - rng.int(18 * DAY, 75 * DAY);
  persona.email = personalEmail(rng, persona.person);
  const lines = resaleLines(rng, PROVINCES[province].alcohol, rng.int(1, 3));
  const basket = bill(lines, province, 'delivery');
  const card = newCard(rng, rng.chance(0.2) ? 'debit' : 'bank');
  const redirect = rng.chance(0.5);
  const drop = dropAddress(rng, victim.city);
  const later = chargebackLater(rng, { warning: 0.25, dispute: 0.75, caught: 0.03 });
  if (redirect)
    later.push({
      type: 'order.updated',
      afterMs: rng.int(10 * MINUTE, 5 * 60 * MINUTE),
      reason: 'address_changed',
      shipping: drop,
    });
  return delivery(rng, {
    kind: 'fullz_aged_account',
    fraud: true,
    customer: { ...persona, tz: PROVINCES[province].tz, home: victim.address },
    at,
    basket,
    buyer: buyerOf(persona),
    session: fraudSession(
      rng,
      rng.chance(0.85) ? 'residential_proxy' : 'mobile',
      province,
      householdDevice(rng, false),
    ),
    billing: victim.address,
    shipping: redirect ? victim.address : drop,
    attempts: stolenAttempts(rng, [card], 'good', 0.85, rng.chance(0.3) ? 'wallet' : 'typed'),
    later,
  });
}

/**
 * Gift-card cash-out: stolen cards (some provisioned into a phone wallet) buying eGift cards and prepaid
 * credit, e-mailed to addresses the fraudster sells them from.
 */
export function giftCardCashout(rng: Rng, w: World): Purchase {
  const persona = customer(rng, 'household', w.window.start);
  const at = drawTime(rng, w.window, persona.tz, rng.chance(0.5) ? NIGHT_HOURS : HOUSEHOLD_HOURS);
  persona.createdAt = at - rng.int(2 * MINUTE, rng.chance(0.7) ? 30 * MINUTE : 20 * DAY);
  persona.email = throwawayEmail(rng, persona.person);
  const value = rng.pick(GIFT_DENOMINATIONS.slice(2));
  const lines: Line[] = rng.chance(0.75)
    ? [{ ...giftCard(value), quantity: rng.int(1, 4) }]
    : [{ ...credit(value), quantity: 1 }];
  const wallet = rng.chance(0.3);
  const victim = victimAddress(rng);
  const cards = Array.from({ length: rng.int(1, 3) }, () => newCard(rng));
  const attempts = stolenAttempts(
    rng,
    cards,
    rng.chance(0.5) ? 'good' : 'none',
    wallet ? 0.8 : 0.55,
    wallet ? 'wallet' : 'typed',
  );
  if (attempts.length === 0)
    attempts.push(cardAttempt(rng, newCard(rng), false, 'typed', 'none', 3_000, fraudDecline(rng)));
  return delivery(rng, {
    kind: 'gift_card_cashout',
    fraud: true,
    customer: persona,
    at,
    basket: bill(lines, persona.province, 'email'),
    how: 'email',
    buyer: rng.chance(0.6) ? buyerOf(persona) : { email: persona.email, name: persona.name },
    session: fraudSession(rng, pickCover(rng, 0.45), persona.province),
    billing: victim.address,
    giftRecipient: throwawayEmail(rng),
    attempts,
    later: chargebackLater(rng, { warning: 0.4, dispute: 0.75, caught: 0.04 }),
  });
}
