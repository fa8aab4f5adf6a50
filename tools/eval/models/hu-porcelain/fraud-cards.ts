import { accountBuyer, type Address, type Buyer, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { BUDAPEST, placeAt, soonAfter } from './calendar.js';
import {
  basketOf,
  type Category,
  CHEAPEST,
  GIFTS,
  pickProducts,
  RESALEABLE,
  voucherOf,
} from './catalogue.js';
import { binsOf, brandFor, fraudDecline, type HeldCard, newCard } from './cards.js';
import {
  afterStolen,
  crewConnection,
  crewEmail,
  currencyFor,
  fraudPurchase,
  type Route,
  stolenAttempts,
  underSca,
} from './fraud-kit.js';
import { freshAccount, newBuyer, personFrom } from './people.js';
import { budapestDrop, country, forwarder, homeIn, plain } from './places.js';
import { type Attempt, cardAttempt, type Purchase } from './purchase.js';
import { release } from './fulfilment.js';
import { type World } from './world.js';

/**
 * Fraud on stolen card details, as a porcelain dealer meets it: numbers tried on the cheapest things at night,
 * crews buying famous-name pieces for Budapest drop flats and reshippers, triangulation through fake
 * marketplace listings, and e-vouchers bought on phished cards and spent in the shop.
 */

type Line = readonly [Product<Category>, number];

/** A batch of cards bought together: one or a few BINs of one country. */
function batch(rng: Rng, code: string, size: number, funding: 'credit' | 'debit' = 'credit'): HeldCard[] {
  const bins = Array.from({ length: rng.int(1, 2) }, () => rng.pick(binsOf(code, brandFor(rng, code))));
  return Array.from({ length: size }, () => newCard(rng, code, funding, rng.pick(bins)));
}

/** Runs of `n` orders split into sessions of `min`–`max`, each starting when `start` says. */
function sessions(rng: Rng, n: number, min: number, max: number): number[] {
  const out: number[] = [];
  let left = n;
  while (left > 0) {
    const size = Math.min(left, rng.int(min, max));
    out.push(size);
    left -= size;
  }
  return out;
}

/**
 * Card testing: a script runs stolen numbers through the checkout at night on the cheapest things (a 5,000 Ft
 * voucher, a crystal bauble), as guests, from rotating proxies, a few cards per checkout, mostly declined.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  for (const size of sessions(rng, n, 4, 12)) {
    const code = rng.weightedPick<string>([
      ['US', 40],
      ['GB', 20],
      ['CA', 10],
      ['FR', 10],
      ['DE', 10],
      ['AU', 10],
    ]);
    const cards = batch(rng, code, size * 3);
    let at = placeAt(rng, w.window, BUDAPEST, 'night', 'flat');
    for (let i = 0; i < size; i++) {
      if (i > 0) at = soonAfter(rng, at, w.window, 4 * 60_000);
      const holder = personFrom(rng, code);
      const product = rng.weightedPick(CHEAPEST);
      const email = product.category === 'voucher';
      const shipping = email ? undefined : budapestDrop(rng);
      const basket = basketOf([[product, 1]], {
        currency: 'HUF',
        delivery: email ? 'email' : 'courier',
        ...(shipping ? { to: 'HU' } : {}),
      });
      const tries = rng.weightedPick<number>([
        [1, 40],
        [2, 35],
        [3, 25],
      ]);
      const attempts: Attempt[] = [];
      for (let k = 0; k < tries; k++) {
        const card = cards[(i * 3 + k) % cards.length] as HeldCard;
        const ok = rng.chance(0.07);
        attempts.push(
          cardAttempt(rng, card, basket.amount / 100, {
            entry: 'typed',
            match: 'wrong',
            ok,
            afterMs: k === 0 ? rng.int(4_000, 20_000) : rng.int(3_000, 15_000),
            // Under the low-value exemption a European card is not challenged; elsewhere rarely enrolled.
            threeDS: underSca(card) ? 'exempt' : rng.chance(0.6) ? 'not_enrolled' : 'frictionless',
            ...(ok ? {} : { decline: rng.chance(0.25) ? 'incorrect_cvc' : fraudDecline(rng) }),
          }),
        );
        if (ok) break;
      }
      const route: Route = rng.chance(0.7) ? 'vpn' : 'proxy';
      const buyer: Buyer = { email: crewEmail(rng, holder), name: holder.name };
      out.push(
        fraudPurchase(rng, {
          kind: 'card_testing',
          at,
          buyer,
          billing: plain(homeIn(rng, code)),
          ...(shipping ? { shipping } : {}),
          delivery: email ? 'email' : 'courier',
          basket,
          attempts,
          later: attempts.some((a) => a.ok)
            ? afterStolen(rng, {
                attempts,
                delivery: email ? 'email' : 'courier',
                zone: 'HU',
                review: 0.5,
                warning: 0.5,
                refundOnWarning: 0.4,
                dispute: 0.5,
              })
            : [release(rng, attempts)],
          ...crewConnection(rng, route, code, rng.chance(0.6)),
          locale: 'en-GB',
          ...(email ? { recipient: buyer.email } : {}),
        }),
      );
    }
  }
  return out;
}

type Destination = 'drop' | 'reshipper' | 'card_country';

/**
 * Stolen cards with the holder's details, bought by crews who order famous-name pieces in sessions of a few
 * orders: to flats in Budapest where a mule signs for them, to reshippers in the US and the UK, or to a second
 * address in the holder's own country. Challenged European cards pass only when the one-time code was phished.
 */
export function stolenCard(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  const drops = Array.from({ length: 5 }, () => budapestDrop(rng));
  for (const size of sessions(rng, n, 1, 4)) {
    const code = rng.weightedPick<string>([
      ['US', 45],
      ['GB', 18],
      ['DE', 6],
      ['FR', 5],
      ['NL', 3],
      ['AT', 3],
      ['HU', 10],
      ['CA', 5],
      ['AU', 5],
    ]);
    const destination = rng.weightedPick<Destination>(
      code === 'HU'
        ? [['drop', 100]]
        : [
            ['drop', 50],
            ['reshipper', 30],
            ['card_country', 20],
          ],
    );
    const route = rng.weightedPick<Route>([
      ['proxy', 40],
      ['vpn', 30],
      ['local', 30],
    ]);
    const cards = batch(rng, code, size * 3, code === 'HU' ? 'debit' : 'credit');
    let at = placeAt(rng, w.window, BUDAPEST, 'late', 'flat');
    for (let i = 0; i < size; i++) {
      if (i > 0) at = soonAfter(rng, at, w.window, 50 * 60_000);
      const holder = personFrom(rng, code);
      const holderHome = plain(homeIn(rng, code));
      const shipping: Address =
        destination === 'drop'
          ? rng.pick(drops)
          : destination === 'reshipper'
            ? forwarder(rng, code === 'GB' ? 'GB' : 'US')
            : plain(homeIn(rng, code));
      const asHolder = rng.chance(0.7);
      const mule = asHolder ? holder : personFrom(rng, 'HU');
      const lines: Line[] = pickProducts(
        rng,
        RESALEABLE,
        rng.weightedPick<number>([
          [1, 50],
          [2, 35],
          [3, 15],
        ]),
      ).map((p) => [p, 1]);
      const basket = basketOf(lines, {
        currency: currencyFor(shipping.country),
        delivery: 'courier',
        to: shipping.country,
      });
      const signup = rng.chance(0.45);
      const buyer: Buyer = signup
        ? accountBuyer({
            ...freshAccount(rng, newBuyer(rng, 'foreign', 'US'), at),
            email: crewEmail(rng, mule),
            name: mule.name,
          })
        : { email: crewEmail(rng, mule), name: mule.name };
      const mine = cards.slice(i * 3, i * 3 + rng.int(1, 3));
      const attempts = stolenAttempts(rng, mine, basket, {
        otp: code === 'HU' ? 0.35 : 0.2,
        through: 0.72,
        match: asHolder ? 'good' : 'wrong',
      });
      out.push(
        fraudPurchase(rng, {
          kind: 'stolen_card',
          at,
          buyer,
          billing: asHolder ? holderHome : shipping,
          shipping,
          delivery: 'courier',
          basket,
          attempts,
          later: afterStolen(rng, {
            attempts,
            delivery: 'courier',
            zone: country(shipping.country).zone,
            review: 0.2,
            warning: 0.45,
            refundOnWarning: 0.3,
            dispute: 0.8,
          }),
          ...crewConnection(rng, route, code),
          locale: shipping.country === 'HU' ? 'hu-HU' : 'en-GB',
        }),
      );
    }
  }
  return out;
}

/**
 * Triangulation: a fake listing on a marketplace sells a Herend figurine below price; the fraudster orders it
 * from the shop on a stolen card in the real buyer's name, to the real buyer's address. The parcel arrives; the
 * card's holder disputes weeks later.
 */
export function triangulation(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const where = rng.weightedPick<string>([
      ['HU', 50],
      ['DE', 15],
      ['AT', 10],
      ['GB', 10],
      ['US', 15],
    ]);
    const code = rng.weightedPick<string>([
      ['US', 45],
      ['GB', 20],
      ['DE', 10],
      ['FR', 10],
      ['HU', 15],
    ]);
    const buyerP = personFrom(rng, where);
    const shipping = plain(homeIn(rng, where));
    const at = placeAt(rng, w.window, BUDAPEST, 'any', where === 'HU' ? 'home' : 'abroad');
    const product = rng.weightedPick<Product<Category>>([
      ...RESALEABLE.filter(([p]) => p.price <= 400_000),
      ...GIFTS.filter(([p]) => p.price >= 50_000),
    ]);
    const basket = basketOf([[product, 1]], { currency: currencyFor(where), delivery: 'courier', to: where });
    const cards = batch(rng, code, rng.int(1, 2));
    const attempts = stolenAttempts(rng, cards, basket, { otp: 0.3, through: 0.8, match: 'wrong' });
    const realEmail = rng.chance(0.3);
    return fraudPurchase(rng, {
      kind: 'triangulation',
      at,
      buyer: {
        email: realEmail ? newBuyer(rng, 'domestic', where).email : crewEmail(rng, buyerP),
        name: buyerP.name,
      },
      billing: plain(homeIn(rng, code)),
      shipping,
      delivery: 'courier',
      basket,
      attempts,
      later: afterStolen(rng, {
        attempts,
        delivery: 'courier',
        zone: country(where).zone,
        review: 0.08,
        warning: 0.4,
        refundOnWarning: 0.2,
        dispute: 0.85,
      }),
      ...crewConnection(
        rng,
        rng.weightedPick<Route>([
          ['vpn', 50],
          ['local', 30],
          ['proxy', 20],
        ]),
        code,
      ),
      locale: where === 'HU' ? 'hu-HU' : 'en-GB',
    });
  });
}

/**
 * Voucher cash-out: e-vouchers bought on phished Hungarian cards (the fake parcel-fee text message takes the
 * card and the one-time code) and on foreign cards, e-mailed to the crew and spent at the counter or sold on
 * at a discount.
 */
export function voucherCashout(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  for (const size of sessions(rng, n, 1, 3)) {
    const code = rng.weightedPick<string>([
      ['HU', 40],
      ['US', 30],
      ['GB', 15],
      ['DE', 8],
      ['AT', 7],
    ]);
    const cards = batch(rng, code, size * 2, code === 'HU' ? 'debit' : 'credit');
    const route = rng.weightedPick<Route>(
      code === 'HU'
        ? [
            ['local', 60],
            ['vpn', 40],
          ]
        : [
            ['local', 40],
            ['vpn', 35],
            ['proxy', 25],
          ],
    );
    let at = placeAt(rng, w.window, BUDAPEST, 'late', 'home');
    const recipient = crewEmail(rng, personFrom(rng, 'HU'));
    for (let i = 0; i < size; i++) {
      if (i > 0) at = soonAfter(rng, at, w.window, 40 * 60_000);
      const holder = personFrom(rng, code);
      const value = rng.weightedPick<number>([
        [50_000, 35],
        [100_000, 40],
        [200_000, 25],
      ]);
      const basket = basketOf(
        [
          [
            voucherOf(value),
            rng.weightedPick<number>([
              [1, 60],
              [2, 30],
              [3, 10],
            ]),
          ],
        ],
        {
          currency: 'HUF',
          delivery: 'email',
        },
      );
      const attempts = stolenAttempts(rng, cards.slice(i * 2, i * 2 + rng.int(1, 2)), basket, {
        otp: code === 'HU' ? 0.65 : 0.3,
        through: 0.75,
        match: 'good',
      });
      const signup = rng.chance(0.4);
      const email = crewEmail(rng, holder);
      out.push(
        fraudPurchase(rng, {
          kind: 'voucher_cashout',
          at,
          buyer: signup
            ? accountBuyer({
                ...freshAccount(rng, newBuyer(rng, 'domestic', 'HU'), at),
                email,
                name: holder.name,
              })
            : { email, name: holder.name },
          billing: plain(homeIn(rng, code)),
          delivery: 'email',
          basket,
          attempts,
          later: afterStolen(rng, {
            attempts,
            delivery: 'email',
            zone: 'HU',
            review: 0.15,
            warning: 0.5,
            refundOnWarning: 0.15,
            dispute: 0.7,
          }),
          ...crewConnection(rng, route, code),
          locale: code === 'HU' ? 'hu-HU' : 'en-GB',
          recipient,
        }),
      );
    }
  }
  return out;
}
