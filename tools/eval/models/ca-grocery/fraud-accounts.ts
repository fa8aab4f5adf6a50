import { type Rng } from '../kit/random.js';
import { bill, groceryLines, linesOf } from './basket.js';
import { drawTime, HOUSEHOLD_HOURS } from './calendar.js';
import { newCard } from './cards.js';
import { GIFT_DENOMINATIONS, giftCard } from './catalog.js';
import { delivery } from './delivery.js';
import { householdDevice } from './devices.js';
import { buyerOf, session } from './honest-kit.js';
import { chargebackLater, dropAddress, fraudSession, pickCover } from './fraud-kit.js';
import { throwawayEmail } from './names.js';
import { customer, type Customer, type World } from './people.js';
import { addressIn, cityNamed } from './places.js';
import { cardAttempt, DAY, firstAuth, HOUR, MINUTE, otherAttempt, type Purchase } from './purchase.js';

/** Fraud through accounts: taken-over accounts, promo farms, and real customers who claw money back. */

/**
 * Account takeover: a real, aged account logged into with a leaked password from a new device, often behind a
 * residential proxy in the owner's province; the saved card (no CVC asked) pays for gift cards to the
 * attacker or formula and wine delivered to a drop. The owner notices: support cancels, or the card is disputed.
 */
export function accountTakeover(rng: Rng, w: World): Purchase {
  const victim = rng.pick(w.of('household').filter((c) => c.createdAt < w.window.start - 30 * DAY));
  const at = drawTime(
    rng,
    w.window,
    victim.tz,
    rng.chance(0.4)
      ? [
          1, 1, 1, 1, 1, 0.6, 0.4, 0.4, 0.4, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.6, 0.7,
          0.8, 0.9,
        ]
      : HOUSEHOLD_HOURS,
  );
  const s = fraudSession(rng, pickCover(rng, 0.65), victim.province, householdDevice(rng, false));
  const card = victim.cards[0] ?? newCard(rng);
  const gift = rng.chance(0.4);
  const attempts =
    victim.credit && rng.chance(0.5)
      ? [otherAttempt('store_credit', true, firstAuth(rng))]
      : [cardAttempt(rng, card, rng.chance(0.92), 'saved', 'good', firstAuth(rng), 'do_not_honor')];
  const later = rng.chance(0.3)
    ? [
        {
          type: 'order.cancelled' as const,
          afterMs: rng.int(2 * HOUR, 20 * HOUR),
          reason: 'account_compromised',
        },
        { type: 'refund.created' as const, afterMs: rng.int(21 * HOUR, 30 * HOUR), reason: 'fraudulent' },
      ]
    : chargebackLater(rng, { warning: 0.2, dispute: 0.65, caught: 0 });
  if (gift) {
    const value = rng.pick(GIFT_DENOMINATIONS.slice(3));
    const basket = bill([{ ...giftCard(value), quantity: rng.int(1, 3) }], victim.province, 'email');
    return delivery(rng, {
      kind: 'account_takeover',
      fraud: true,
      customer: victim,
      at,
      basket,
      how: 'email',
      session: s,
      giftRecipient: throwawayEmail(rng),
      attempts,
      later,
    });
  }
  const drop = rng.chance(0.6) ? dropAddress(rng, victim.city) : dropAddress(rng);
  const lines = linesOf(
    rng,
    rng
      .shuffle<readonly [string, number, number]>([
        ['BB-FRM', 3, 6],
        ['AL-SPK', 2, 6],
        ['MT-TEN', 1, 3],
        ['PA-COF', 2, 4],
        ['HH-DSH', 2, 3],
      ])
      .slice(0, rng.int(2, 4)),
  );
  const basket = bill(lines, cityNamed(drop.city ?? '').province, 'delivery');
  return delivery(rng, {
    kind: 'account_takeover',
    fraud: true,
    customer: victim,
    at,
    basket,
    session: s,
    shipping: drop,
    attempts,
    later,
  });
}

/**
 * A promo farm: one person opening account after account for the welcome and referral credits, from the same
 * phone or a reset one, home or mobile data, the same building with a different unit, prepaid or the same card.
 */
export function promoAbuse(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const farmer = customer(rng, 'household', w.window.start);
    const ring = Math.min(n - out.length, rng.int(2, 6));
    const realCard = rng.chance(0.35) ? newCard(rng) : undefined;
    const phone = householdDevice(rng, farmer.person.french);
    let at = drawTime(rng, w.window, farmer.tz, HOUSEHOLD_HOURS);
    let referrer: Customer = farmer;
    for (let i = 0; i < ring; i++) {
      const alias = customer(rng, 'household', w.window.start);
      Object.assign(alias, {
        city: farmer.city,
        province: farmer.province,
        tz: farmer.tz,
        homeNet: farmer.homeNet,
        homeIp: farmer.homeIp,
      });
      alias.home = rng.chance(0.5)
        ? addressIn(rng, farmer.city, true)
        : {
            ...farmer.home,
            line1: `${farmer.home.line1 ?? ''} ${rng.pick(['#', 'unit ', 'apt '])}${rng.int(1, 9)}`,
          };
      alias.billing = alias.home;
      alias.email = throwawayEmail(rng, rng.chance(0.5) ? farmer.person : alias.person);
      alias.createdAt = at - rng.int(2 * MINUTE, 25 * MINUTE);
      const reuse = rng.chance(0.55);
      const s = reuse
        ? { ...session(rng, farmer), device: phone }
        : fraudSession(rng, rng.chance(0.5) ? 'mobile' : 'vpn', farmer.province);
      const referral = i > 0 && rng.chance(0.5);
      const code = referral
        ? `REF-${referrer.person.first
            .toUpperCase()
            .replace(/[^A-Z]/g, '')
            .slice(0, 6)}${referrer.id.slice(-3).toUpperCase()}`
        : farmer.person.french
          ? 'BIENVENUE25'
          : 'WELCOME25';
      const lines = groceryLines(rng, { items: rng.int(10, 16), province: farmer.province });
      const basket = bill(lines, farmer.province, 'delivery', { code, off: referral ? 2000 : 2500 });
      const card = realCard ?? newCard(rng, rng.chance(0.7) ? 'prepaid' : 'debit');
      out.push(
        delivery(rng, {
          kind: 'promo_abuse',
          fraud: true,
          customer: alias,
          at,
          basket,
          buyer: buyerOf(alias),
          session: s,
          attempts: [cardAttempt(rng, card, true, 'typed', 'good', firstAuth(rng))],
          later: rng.chance(0.15)
            ? [
                {
                  type: 'refund.created',
                  afterMs: rng.int(DAY, 3 * DAY),
                  reason: 'missing_item',
                  amount: Math.round(basket.amount * rng.float(0.2, 0.5)),
                },
              ]
            : [],
        }),
      );
      referrer = alias;
      at += rng.int(3 * HOUR, 3 * DAY);
      if (at >= w.window.end) at = w.window.end - rng.int(1, HOUR);
    }
  }
  return out;
}

/** Friendly fraud: a real customer's ordinary order, received, then disputed as not received or not authorised. */
export function friendlyFraud(rng: Rng, w: World): Purchase {
  const c = rng.pick(w.of('household'));
  const at = drawTime(rng, w.window, c.tz, HOUSEHOLD_HOURS);
  const lines = groceryLines(rng, {
    items: rng.int(12, 30),
    province: c.province,
    alcohol: rng.chance(0.4),
    holiday: rng.chance(0.4),
  });
  const basket = bill(lines, c.province, 'delivery');
  const reason = rng.weightedPick<string>([
    ['product_not_received', 55],
    ['fraudulent', 30],
    ['credit_not_processed', 15],
  ]);
  return delivery(rng, {
    kind: 'friendly_fraud',
    fraud: true,
    customer: c,
    at,
    basket,
    declineShare: 0,
    later: [{ type: 'dispute.created', afterMs: rng.int(15 * DAY, 55 * DAY), reason }],
  });
}

/** Refund abuse: a handful of real customers who report most of every order missing or spoiled. */
export function refundAbuse(rng: Rng, w: World, abusers: readonly Customer[]): Purchase {
  const c = rng.pick(abusers);
  const at = drawTime(rng, w.window, c.tz, HOUSEHOLD_HOURS);
  const lines = groceryLines(rng, {
    items: rng.int(10, 24),
    province: c.province,
    alcohol: rng.chance(0.3),
    baby: c.baby,
  });
  const basket = bill(lines, c.province, 'delivery');
  const share = rng.chance(0.3) ? 1 : rng.float(0.35, 0.8);
  return delivery(rng, {
    kind: 'refund_abuse',
    fraud: true,
    customer: c,
    at,
    basket,
    declineShare: 0,
    later: [
      {
        type: 'refund.created',
        afterMs: rng.int(20 * HOUR, 50 * HOUR),
        reason: rng.pick(['missing_item', 'quality_issue', 'damaged_item', 'not_delivered']),
        amount: Math.round(basket.amount * share),
      },
    ],
  });
}
