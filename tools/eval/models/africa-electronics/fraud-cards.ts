import { HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { nightOr, when } from './calendar.js';
import { airtime, type Category, giftCard, lineOf, pickProduct } from './catalog.js';
import { binOf, type Card, enumeratedCard, issueCard } from './cards.js';
import { abroadAddress, type Address, homeAddress, type Market, pickCity, TZ } from './markets.js';
import { address, network } from './networks.js';
import { cardAttempt } from './payments.js';
import { cardholderName, fullName, throwawayEmail } from './people.js';
import { type Attempt, type Purchase } from './purchase.js';
import {
  agedBuyer,
  cardholderNotices,
  Crew,
  crewBuyer,
  deliveryTo,
  disguisedIp,
  type FraudCtx,
  fraudOrder,
} from './fraud-kit.js';

/** Fraud paid with cards that are not the buyer's: stolen abroad, enumerated by testers, phished at home. */

const HOT: readonly Category[] = ['phone', 'phone', 'laptop', 'gaming', 'accessory', 'tv'];
const FOREIGN = { US: 40, GB: 30, CA: 10, FR: 8, AU: 7, DE: 5 };

const ELSEWHERE: Record<string, readonly [string, string, string]> = {
  CA: ['Toronto', 'M4C 1B5', 'Danforth Avenue'],
  FR: ['Lyon', '69003', 'Rue Paul Bert'],
  AU: ['Melbourne', '3121', 'Swan Street'],
  DE: ['Hamburg', '22767', 'Große Bergstraße'],
};

/** The card owner's address, as the card data a crew buys carries it. */
function holderAddress(rng: Rng, country: string): Address {
  if (country === 'GB' || country === 'US') return abroadAddress(rng, country);
  const [city, postalCode, street] = ELSEWHERE[country] ?? ['Toronto', 'M4C 1B5', 'Danforth Avenue'];
  return { country, city, postalCode, line1: `${rng.int(1, 300)} ${street}` };
}

/** Tries each card until one gets through: foreign issuers challenge most, and the crew cannot answer. */
function burnCards(rng: Rng, cards: readonly Card[], billingMatches: boolean, passRate: number): Attempt[] {
  const out: Attempt[] = [];
  for (const card of cards) {
    const ok = rng.chance(passRate);
    const decline = ok
      ? undefined
      : rng.weighted({
          authentication_failed: 45,
          do_not_honor: 20,
          stolen_card: 10,
          incorrect_cvc: 10,
          insufficient_funds: 15,
        });
    const threeDSecure = ok ? rng.weighted({ frictionless: 55, attempted: 25, not_enrolled: 20 }) : undefined;
    out.push(
      cardAttempt(rng, card, {
        ok,
        billingMatches,
        ...(decline ? { decline } : {}),
        ...(threeDSecure ? { threeDSecure } : {}),
        afterMs: rng.int(15_000, 90_000),
      }),
    );
    if (ok) break;
  }
  return out;
}

/**
 * Cards bought from a shop abroad, cashed out for phones, laptops and consoles collected at a Lagos or Accra
 * drop. Careful crews copy the holder's billing address, come through a residential proxy in the card's
 * country and use an account farmed weeks ago; sloppy ones come from their own phones.
 */
export function stolenForeignCard(rng: Rng, ctx: FraudCtx, n: number): Purchase[] {
  const crews = [
    new Crew(rng.fork('c1'), 'NG', { careful: 0.6 }),
    new Crew(rng.fork('c2'), rng.pick<Market>(['GH', 'NG', 'KE'])),
  ];
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const crew = r.pick(crews);
    const country = r.weighted(FOREIGN);
    const holder = cardholderName(r);
    const careful = r.chance(0.55);
    const cards = Array.from({ length: careful ? r.int(1, 2) : r.int(1, 4) }, () => issueCard(r, country));
    const billing = careful ? holderAddress(r, country) : homeAddress(r, pickCity(r, crew.market, true));
    const at = nightOr(r, ctx.window, TZ[crew.market], r.chance(0.4));
    const attempts = burnCards(r, cards, careful, 0.35);
    const shipping = crew.drop(r);
    const category = r.pick(HOT);
    return fraudOrder({
      kind: 'stolen_foreign_card',
      at,
      market: crew.market,
      lines: [
        lineOf(pickProduct(r, category, true), crew.market, category === 'accessory' ? r.int(1, 3) : 1),
      ],
      buyer: careful && r.chance(0.4) ? agedBuyer(r, at, holder) : crewBuyer(r, at, holder),
      billing,
      shipping,
      delivery: deliveryTo(shipping),
      method: 'card',
      attempts,
      later: cardholderNotices(r, attempts),
      ip: disguisedIp(r, crew, country, careful ? 0.7 : 0.2),
      device: crew.device(r),
    });
  });
}

/**
 * Testers checking which numbers of a BIN are live, on the cheapest airtime voucher, as guests: bursts in the
 * small hours, seconds apart, a few cards per order, most declined. Some use local BINs (the OTP stops them).
 */
export function cardTesting(rng: Rng, ctx: FraudCtx, n: number): Purchase[] {
  const out: Purchase[] = [];
  let left = n;
  for (let b = 0; left > 0; b++) {
    const r = rng.fork(`burst${b}`);
    const size = Math.min(left, r.int(6, 20));
    left -= size;
    const market = r.weighted<Market>({ NG: 45, KE: 20, ZA: 20, GH: 15 });
    const country = r.chance(0.75) ? r.weighted(FOREIGN) : market;
    const { bin, brand } = binOf(r, country);
    const crew = new Crew(r.fork('crew'), market, { devices: 2, careful: 0.1 });
    const exits = [network('us-cloud'), network('de-hosting'), network('nl-vpn-exit'), network('gb-cloud')];
    const exit = r.pick(exits);
    const from = nightOr(r, ctx.window, TZ[market], r.chance(0.7));
    let t = Math.max(ctx.window.start, Math.min(from, ctx.window.end - size * 70_000));
    for (let i = 0; i < size; i++) {
      t = Math.min(ctx.window.end - 1, t + Math.floor(r.exp(50_000)) + 2_000);
      const cards = Array.from({ length: r.int(1, 3) }, () => enumeratedCard(r, bin, brand, country));
      const attempts = cards.map((card, k) => {
        const ok = k === cards.length - 1 && r.chance(country === market ? 0.05 : 0.2);
        const decline = ok
          ? undefined
          : r.weighted({
              incorrect_number: 30,
              expired_card: 20,
              do_not_honor: 20,
              incorrect_cvc: 15,
              insufficient_funds: 10,
              authentication_failed: country === market ? 40 : 5,
            });
        return cardAttempt(r, card, {
          ok,
          billingMatches: false,
          ...(decline ? { decline } : {}),
          afterMs: r.int(2_000, 9_000),
        });
      });
      out.push(
        fraudOrder({
          kind: 'card_testing',
          at: t,
          market,
          lines: [airtime(r, market, 0)],
          buyer: {
            email: r.chance(0.5) ? throwawayEmail(r) : `${r.token(10)}@${r.pick(['gmail.com', 'yahoo.com'])}`,
            name: r.chance(0.6)
              ? cardholderName(r)
              : `${r.token(5, 'abcdefghijklmnopqrstuvwxyz')} ${r.token(7, 'abcdefghijklmnopqrstuvwxyz')}`,
          },
          billing: { country: r.chance(0.5) ? country : market },
          delivery: 'digital',
          method: 'card',
          attempts,
          later: cardholderNotices(r, attempts, 0.15, 0.3),
          ip: r.chance(0.6) ? address(r, exit) : address(r, r.pick(exits)),
          device: crew.device(r),
        }),
      );
    }
  }
  return out;
}

/**
 * Local cards whose owners were talked out of their OTP ("your BVN/account needs updating"): the payment
 * authenticates, the goods go to a pickup station or drop far from the owner, the buyer is a new account.
 */
export function phishedLocalCard(rng: Rng, ctx: FraudCtx, n: number): Purchase[] {
  const crews = [
    new Crew(rng.fork('c1'), 'NG'),
    new Crew(rng.fork('c2'), 'NG'),
    new Crew(rng.fork('c3'), rng.pick<Market>(['KE', 'GH', 'ZA'])),
  ];
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const crew = r.pick(crews);
    const card = issueCard(r, crew.market);
    const victim = homeAddress(r, pickCity(r, crew.market));
    const at = when(r, ctx.window, TZ[crew.market]);
    const hesitates = r.chance(0.3);
    const attempts = [
      ...(hesitates ? [cardAttempt(r, card, { ok: false, decline: 'authentication_failed' })] : []),
      cardAttempt(r, card, { ok: true, threeDSecure: 'authenticated', afterMs: r.int(40_000, 6 * 60_000) }),
    ];
    const shipping = crew.drop(r);
    const name = r.chance(0.5)
      ? fullName(r, crew.market)
      : `${fullName(r, crew.market).split(' ')[0] ?? ''} ${r.token(4)}`;
    return fraudOrder({
      kind: 'phished_local_card',
      at,
      market: crew.market,
      lines: [lineOf(pickProduct(r, r.pick(HOT), true), crew.market)],
      buyer: crewBuyer(r, at, name, undefined, 0.3),
      billing: r.chance(0.6) ? victim : shipping,
      shipping,
      delivery: deliveryTo(shipping),
      method: 'card',
      attempts,
      later: cardholderNotices(r, attempts, 0.55, 0.2),
      ip: crew.localIp(r),
      device: crew.device(r),
    });
  });
}

/** Stolen cards turned into e-gift cards and big airtime bundles, resold for cash within the hour. */
export function giftCardCashout(rng: Rng, ctx: FraudCtx, n: number): Purchase[] {
  const crew = new Crew(rng.fork('crew'), rng.pick<Market>(['NG', 'GH', 'KE']), { devices: 2, careful: 0.4 });
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const country = r.chance(0.6) ? r.weighted(FOREIGN) : crew.market;
    const cards = [issueCard(r, country), ...(r.chance(0.4) ? [issueCard(r, country)] : [])];
    const at = nightOr(r, ctx.window, TZ[crew.market], r.chance(0.5)) + r.int(0, 2) * HOUR;
    const attempts = burnCards(r, cards, false, country === crew.market ? 0.55 : 0.4);
    const lines = r.chance(0.7)
      ? [giftCard(r, crew.market, r.pick([3, 4] as const), r.int(1, 4))]
      : [airtime(r, crew.market, 4, r.int(3, 10))];
    return fraudOrder({
      kind: 'gift_card_cashout',
      at: Math.min(at, ctx.window.end - MINUTE),
      market: crew.market,
      lines,
      buyer: crewBuyer(r, at, r.chance(0.5) ? cardholderName(r) : fullName(r, crew.market)),
      billing: { country },
      delivery: 'digital',
      method: 'card',
      attempts,
      later: cardholderNotices(r, attempts, 0.6, 0.35),
      ip: disguisedIp(r, crew, country, 0.4),
      device: crew.device(r),
    });
  });
}
