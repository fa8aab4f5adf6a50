import { accountBuyer, type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { deliveryTo, drawLines, HOUSEHOLD } from './baskets.js';
import { HOURS, inBlackWeek, momentIn } from './calendar.js';
import { newCard } from './cards.js';
import { CARDIGANS, HANDKNIT, type Line, line, priced, SWEATERS, sizeRun } from './catalogue.js';
import {
  DAY,
  deliveryAt,
  dropPoint,
  fraudIp,
  fraudNetwork,
  fraudPurchase,
  freshDevice,
  gap,
  groups,
  MINUTE,
  type Origin,
  ringDevice,
  stolenAfter,
  stolenTry,
  throwawayEmail,
} from './fraud-kit.js';
import { type Account, emailOf, personIn, phoneIn } from './people.js';
import { addressIn, cityIn, type Country, forwarder, pickupNear } from './places.js';
import {
  type Attempt,
  cardAttempt,
  fulfil,
  honestPay,
  type LaterEvent,
  other,
  type Purchase,
} from './purchase.js';
import { currencyOf, fromAccount, guest, honestIp, type World } from './shopper.js';

/** Fraud through accounts and first-party fraud: triangulation, takeovers, chargebacks and returns abuse. */

/**
 * Triangulation: a seller lists "authentic Norwegian wool sweaters" on a marketplace below the shop's price and,
 * for each sale, orders the one sweater from the shop with a stolen card (the holder's name and address as
 * billing) to the real buyer's home (the buyer's name on the parcel), from the same browser and proxy every time,
 * with the seller's own few mailboxes or the buyer's e-mail so the tracking reaches them. The buyers get their
 * sweaters; the cardholders dispute weeks later.
 */
export function triangulation(rng: Rng, w: World, count: number): Purchase[] {
  return groups(rng, count, 4, 14).flatMap((size, op) => {
    const r = rng.fork(`shop${op}`);
    const home = r.weightedPick<Country>([
      ['US', 50],
      ['GB', 25],
      ['DE', 25],
    ]);
    const cur = currencyOf(home);
    const origin = r.weightedPick<Origin>([
      ['residential', 55],
      ['vpn', 25],
      ['abroad', 20],
    ]);
    const n = fraudNetwork(r, origin, home);
    const device = r.chance(0.6) ? ringDevice(r, r.pick(['windows', 'macChrome'] as const)) : undefined;
    const mailboxes = [throwawayEmail(r), throwawayEmail(r)];
    const listing = r.pick(SWEATERS.slice(0, 3));
    return Array.from({ length: size }, () => {
      const city = cityIn(r, home);
      const at = momentIn(r, w.window, city.zone, HOURS.evening, { shipsTo: home });
      const holder = personIn(r, home);
      const buyerCountry = r.chance(0.85) ? home : r.pick<Country>(['US', 'GB', 'DE', 'NL', 'SE']);
      const endBuyer = personIn(r, buyerCountry);
      const to = addressIn(r, buyerCountry);
      const lines = [line(r, listing, cur, r.chance(0.88) ? 1 : 2)];
      const { delivery, shipping } = deliveryTo(r, to);
      const code =
        inBlackWeek(at, city.zone) && r.chance(0.6) ? { code: 'BLACKWEEK20', share: 0.2 } : undefined;
      const attempts: Attempt[] = [
        stolenTry(r, newCard(r, home), home === 'US' ? 0.85 : 0.55, r.int(30_000, 90_000)),
      ];
      if (!attempts[0]?.ok && r.chance(0.6))
        attempts.push(stolenTry(r, newCard(r, home), 0.7, gap(r), { match: 'bad' }));
      return fraudPurchase({
        kind: 'triangulation',
        at,
        buyer: {
          email: r.chance(0.5) ? r.pick(mailboxes) : emailOf(r, endBuyer, buyerCountry),
          name: holder.name,
        },
        billing: addressIn(r, home),
        ...(shipping ? { shipping } : {}),
        delivery,
        storefront: home,
        basket: priced(lines, cur, delivery, to.country, code),
        ip: fraudIp(r, n),
        device: device ?? freshDevice(r, ['windows']),
        phone: phoneIn(r, buyerCountry),
        recipient: { name: endBuyer.name },
        attempts,
        later: stolenAfter(r, delivery, to.country, { caught: 0.03, warning: 0.45, dispute: 0.75 }),
      });
    });
  });
}

/**
 * Account takeover: passwords reused from other breaches tried against the shop's logins; an account years old,
 * its saved card and stored gift-card balance used from a new device and network, the parcel sent to a pick-up
 * point across the country or a reshipper (or the address changed after checkout); the saved card's 3-D Secure
 * prompt goes to the real owner, who ignores it, so some fall back to a card of their own.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const aged = (a: Account) => a.createdAt < w.window.start - 60 * DAY;
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`ato${i}`);
    const country = r.weightedPick<Country>([
      ['NO', 55],
      ['US', 20],
      ['GB', 10],
      ['DE', 10],
      ['SE', 5],
    ]);
    const own = w.accounts.filter((a) => a.country === country && aged(a));
    const pool = own.length > 0 ? own : w.accounts.filter(aged);
    const a = r.pick(pool.length > 0 ? pool : w.accounts);
    const origin = r.weightedPick<Origin>([
      ['vpn', 35],
      ['hosting', 15],
      ['residential', 30],
      ['abroad', 10],
      ['mobile', 10],
    ]);
    const n = fraudNetwork(r, origin, a.country);
    const at = momentIn(r, w.window, a.city.zone, HOURS.night, { shipsTo: a.country });
    const cur = currencyOf(a.country);
    const lines: Line[] = r.chance(0.35)
      ? [line(r, r.pick(HANDKNIT), cur)]
      : Array.from({ length: r.int(2, 4) }, () =>
          line(r, r.chance(0.7) ? r.pick(SWEATERS) : r.pick(CARDIGANS), cur),
        );
    let shipping: Address;
    if (a.country === 'NO')
      shipping = r.chance(0.6) ? dropPoint(r).shipping : pickupNear(r, addressIn(r, 'NO'), true);
    else shipping = r.chance(0.4) ? forwarder(r, 'US') : addressIn(r, a.country);
    const changedLater = r.chance(0.15);
    const first = changedLater ? (a.country === 'NO' ? pickupNear(r, a.home, false) : a.home) : shipping;
    const delivery = deliveryAt(r, first);
    const basket = priced(lines, cur, delivery, first.country);
    const saved = a.cards[0] ?? newCard(r, a.country);
    const sca = a.country !== 'US';
    const attempts: Attempt[] = [];
    const okSaved = r.chance(sca ? 0.35 : 0.75);
    attempts.push(
      cardAttempt(r, saved, {
        entry: 'saved',
        ok: okSaved,
        afterMs: r.int(15_000, 60_000),
        ...(okSaved
          ? { threeDS: sca ? 'exempt' : 'frictionless' }
          : { decline: sca ? 'authentication_failed' : 'do_not_honor' }),
      }),
    );
    if (!okSaved) {
      const fallback = r.weightedPick<'gift_card' | 'own_card' | 'none'>([
        ['gift_card', 20],
        ['own_card', 45],
        ['none', 35],
      ]);
      if (fallback === 'gift_card') attempts.push(other('gift_card', true, gap(r)));
      if (fallback === 'own_card')
        attempts.push(stolenTry(r, newCard(r, r.pick(['US', 'GB'])), 0.5, gap(r), { match: 'bad' }));
    }
    const paidBy = attempts.find((x) => x.ok)?.method;
    const later: LaterEvent[] = stolenAfter(r, delivery, first.country, {
      caught: 0.1,
      warning: paidBy === 'gift_card' ? 0 : 0.35,
      dispute: paidBy === 'gift_card' ? 0 : 0.6,
    });
    if (changedLater && !later.some((l) => l.type === 'order.cancelled'))
      later.push({ type: 'order.updated', afterMs: r.int(20, 90) * MINUTE, shipping });
    return fraudPurchase({
      kind: 'account_takeover',
      at,
      buyer: accountBuyer(a),
      billing: a.home,
      shipping: first,
      delivery,
      storefront: a.country,
      basket,
      ip: fraudIp(r, n),
      device: freshDevice(r, ['windows', 'android', 'iphone']),
      phone: phoneIn(r, a.country),
      attempts,
      later,
    });
  });
}

/**
 * Friendly fraud: an ordinary order, paid the ordinary way (3-D Secure passed), delivered or collected; then a
 * chargeback weeks later: never arrived, not as described, not recognised, or "not me".
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`ff${i}`);
    const country = r.weightedPick<Country>([
      ['US', 35],
      ['NO', 25],
      ['GB', 15],
      ['DE', 15],
      ['NL', 5],
      ['SE', 5],
    ]);
    const own = w.accounts.filter((a) => a.country === country);
    const s = own.length > 0 && r.chance(0.6) ? fromAccount(r.pick(own)) : guest(r, country);
    const at = momentIn(r, w.window, s.zone, HOURS.evening, { shipsTo: country });
    const cur = currencyOf(country);
    const lines = drawLines(r, cur, r.int(1, 3), HOUSEHOLD);
    const { delivery, shipping } = deliveryTo(r, s.home);
    const basket = priced(lines, cur, delivery, country);
    const attempts = honestPay(
      r,
      { cards: s.cards, country, storefront: country, signedIn: s.signedIn },
      basket.amount,
      false,
      0.02,
    );
    const steps = fulfil(r, delivery, country);
    const reason = r.weightedPick<string>([
      ['product_not_received', 45],
      ['merchandise_not_as_described', 20],
      ['unrecognized', 15],
      ['fraudulent', 20],
    ]);
    return fraudPurchase({
      kind: 'friendly_fraud',
      at,
      buyer: s.buyer,
      billing: s.home,
      ...(shipping ? { shipping } : {}),
      delivery,
      storefront: country,
      basket,
      ip: honestIp(r, s, 0.02),
      device: s.device,
      phone: s.phone,
      attempts: attempts.some((a) => a.ok) ? attempts : [...attempts, other('paypal', true, gap(r))],
      later: [
        ...steps.steps,
        { type: 'dispute.created', afterMs: steps.end + r.float(20, 70) * DAY, reason },
      ],
    });
  });
}

/**
 * Returns abuse: an expensive piece for the Christmas party, the ski trip or photographs, on Klarna's invoice
 * so nothing is paid, worn and sent back for a full refund; or the parcel said to be missing an item, or a
 * sweater said to have arrived torn. The same accounts do it again.
 */
export function returnsAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const serial = w.accounts
    .filter((a) => ['NO', 'DE', 'NL', 'SE'].includes(a.country))
    .slice(0, Math.max(3, Math.ceil(count / 3)));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`ra${i}`);
    const s =
      serial.length > 0 && r.chance(0.75)
        ? fromAccount(r.pick(serial))
        : guest(r, r.pick<Country>(['NO', 'NO', 'DE', 'NL']));
    const country = s.country;
    const at = momentIn(r, w.window, s.zone, HOURS.evening, { shipsTo: country });
    const cur = currencyOf(country);
    const lines: Line[] = r.chance(0.3)
      ? [line(r, r.pick(HANDKNIT), cur)]
      : r.chance(0.35)
        ? sizeRun(r, r.pick(SWEATERS), cur, r.int(2, 3))
        : Array.from({ length: r.int(2, 3) }, () =>
            line(r, r.chance(0.6) ? r.pick(SWEATERS) : r.pick(CARDIGANS), cur),
          );
    const { delivery, shipping } = deliveryTo(r, s.home);
    const basket = priced(lines, cur, delivery, country);
    const klarna = country !== 'GB' && r.chance(0.5);
    const attempts = klarna
      ? [other('klarna', true, r.int(10_000, 60_000))]
      : honestPay(
          r,
          { cards: s.cards, country, storefront: country, signedIn: s.signedIn },
          basket.amount,
          false,
          0,
        );
    const steps = fulfil(r, delivery, country);
    const claim = r.chance(0.35);
    const refund: LaterEvent = claim
      ? {
          type: 'refund.created',
          afterMs: steps.end + r.float(1, 5) * DAY,
          reason: r.chance(0.5) ? 'item_missing' : 'damaged',
          amount: Math.round(basket.amount * r.float(0.3, 0.6)),
        }
      : { type: 'refund.created', afterMs: steps.end + r.float(12, 28) * DAY, reason: 'returned' };
    return fraudPurchase({
      kind: 'returns_abuse',
      at,
      buyer: s.buyer,
      billing: s.home,
      ...(shipping ? { shipping } : {}),
      delivery,
      storefront: country,
      basket,
      ip: honestIp(r, s, 0.03),
      device: s.device,
      phone: s.phone,
      attempts,
      later: [...steps.steps, refund],
    });
  });
}
