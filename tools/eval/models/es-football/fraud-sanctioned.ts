import { HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { buyerAt, type Draft, priceOf, purchaseOf, type World } from './build.js';
import { when } from './calendar.js';
import { newCard } from './cards.js';
import { anyShirt, BALLS, BOOTS, type Item, type Line, lineIn, RETRO } from './catalogue.js';
import { stolenTry } from './fraud-kit.js';
import { ipOn, networksIn } from './networks.js';
import { humanDevice } from './devices.js';
import { emailOf, mailDomain, nameIn, type Name } from './names.js';
import { addressIn, ELSEWHERE, FORWARDERS_ABROAD, MARKETS, placeOf } from './places.js';
import { type Attempt, cardAttempt, fulfil, type LaterEvent, type Purchase } from './purchase.js';

/**
 * Buyers in countries under comprehensive sanctions. Fans in Russia and Belarus pay with cards opened in
 * Kazakhstan, Armenia or Kyrgyzstan (their own cards do not work abroad) and ship to forwarders there or in
 * Georgia, or home; fans in Iran pay with Turkish or Emirati cards and ship to Istanbul or Dubai; Cubans
 * order for family with a relative's Spanish card, to Spain or to Havana; Syrians pay with Lebanese or
 * Turkish cards. The shop's sanctions screening cancels and refunds most of what gets paid; some slips
 * through to a forwarder.
 */

type Where = 'RU' | 'BY' | 'IR' | 'CU' | 'SY';

const FROM: ReadonlyArray<readonly [Where, number]> = [
  ['RU', 40],
  ['BY', 12],
  ['IR', 22],
  ['CU', 14],
  ['SY', 12],
];

const forwarder = (rng: Rng, countries: readonly string[]) => {
  const f = rng.pick(FORWARDERS_ABROAD.filter((a) => countries.includes(a.country)));
  return { ...f, line1: `${f.line1}, ${rng.token(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${rng.digits(5)}` };
};

interface Plan {
  cardCountry: string;
  billing: ReturnType<typeof addressIn>;
  shipping: ReturnType<typeof addressIn> | (typeof FORWARDERS_ABROAD)[number];
  locale: string;
}

function planFor(rng: Rng, where: Where, home: ReturnType<typeof addressIn>): Plan {
  if (where === 'RU' || where === 'BY') {
    const mir = where === 'RU' && rng.chance(0.3);
    const cardCountry = mir ? 'RU' : rng.pick(['KZ', 'KZ', 'AM', 'KG']);
    const shipTo = rng.weightedPick([
      ['forwarder', 60],
      ['home', 28],
      ['spain', 12],
    ] as const);
    const shipping =
      shipTo === 'forwarder'
        ? forwarder(rng, where === 'BY' ? ['GE', 'KZ'] : ['KZ', 'KG', 'AM', 'GE'])
        : shipTo === 'home'
          ? home
          : addressIn(rng, MARKETS.ES ?? placeOf('ES'));
    const billing = !mir && rng.chance(0.3) ? addressIn(rng, placeOf(cardCountry)) : home;
    return { cardCountry, billing, shipping, locale: 'en-GB' };
  }
  if (where === 'IR') {
    const cardCountry = rng.pick(['TR', 'TR', 'AE']);
    return {
      cardCountry,
      billing: rng.chance(0.5) ? home : addressIn(rng, placeOf(cardCountry)),
      shipping: forwarder(rng, [cardCountry]),
      locale: 'en-GB',
    };
  }
  if (where === 'CU') {
    const spain = rng.chance(0.6);
    return {
      cardCountry: 'ES',
      billing: rng.chance(0.5) ? home : addressIn(rng, MARKETS.ES ?? placeOf('ES')),
      shipping: spain ? addressIn(rng, MARKETS.ES ?? placeOf('ES')) : home,
      locale: 'es-ES',
    };
  }
  const cardCountry = rng.pick(['LB', 'TR', 'AE']);
  return {
    cardCountry,
    billing: rng.chance(0.5) ? home : addressIn(rng, placeOf(cardCountry)),
    shipping: forwarder(rng, cardCountry === 'AE' ? ['AE', 'LB'] : [cardCountry]),
    locale: 'en-GB',
  };
}

function linesFor(rng: Rng, currency: Parameters<typeof lineIn>[2]): Line[] {
  const n = rng.int(1, 3);
  return Array.from({ length: n }, () =>
    lineIn(
      rng,
      rng.weightedPick<Item>([
        [anyShirt(rng), 6],
        [rng.pick(RETRO), 2],
        [BOOTS[0] as Item, 2],
        [BOOTS[1] as Item, 2],
        [BALLS[0] as Item, 1],
      ]),
      currency,
    ),
  );
}

/**
 * The sanctioned_country kind: always from a sanctioned country's network, billed or shipped there now and
 * then too.
 */
export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`sc${i}`);
    const where = r.weightedPick(FROM);
    const place = ELSEWHERE[where] ?? placeOf(where);
    const home = addressIn(r, place);
    const name: Name = nameIn(r, place.lang);
    const plan = planFor(r, where, home);
    const at = when(r, w.window, place.tz);
    const email =
      where === 'CU' || r.chance(0.7)
        ? emailOf(r, name, where)
        : `${name.first.toLowerCase()}${r.digits(4)}@${mailDomain(r, where)}`;
    const { buyer } = buyerAt(
      r,
      {
        person: {
          name,
          email,
          country: where,
          lang: place.lang,
          home,
          cards: [],
          device: humanDevice(r, where),
          network: r.pick(networksIn(where)),
        },
      },
      at,
      0.3,
    );
    const { currency } = priceOf({ delivery: 'home', billing: plan.billing, shipping: plan.shipping });
    const card = newCard(r, plan.cardCountry);
    const d: Draft = {
      at,
      kind: 'sanctioned_country',
      fraud: true,
      buyer,
      billing: plan.billing,
      shipping: plan.shipping,
      delivery: 'home',
      ip: ipOn(r, r.pick(networksIn(where))),
      device: humanDevice(r, where, 0.75),
      locale: plan.locale,
      lines: linesFor(r, currency),
    };
    return purchaseOf(
      d,
      (amount): Attempt[] => {
        if (card.brand === 'mir')
          return [
            cardAttempt(r, card, amount, {
              ok: false,
              decline: 'transaction_not_allowed',
              afterMs: r.int(10_000, 60_000),
              threeDS: 'not_enrolled',
            }),
          ];
        // The buyer's own card: an issuer abroad that sees nothing wrong, most of the time.
        return [stolenTry(r, card, amount, { phished: true, afterMs: r.int(10_000, 60_000), approve: 0.7 })];
      },
      (_, region): LaterEvent[] => {
        if (r.chance(0.65)) {
          const t = r.int(2, 20) * HOUR;
          return [
            { type: 'order.cancelled', afterMs: t, reason: 'restricted_destination' },
            { type: 'refund.created', afterMs: t + r.int(1, 30) * MINUTE, reason: 'order_cancelled' },
          ];
        }
        return fulfil(r, { region, delivery: 'home', personalised: false }).events;
      },
    );
  });
}
