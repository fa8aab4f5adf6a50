import { type Address, type Buyer, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { readdressed } from './after.js';
import { type HeldCard, newCard, sameBin } from './cards.js';
import {
  AUDIO,
  basketOf,
  CHEAPEST,
  flagship,
  type Fulfilment,
  GIFT_CARDS,
  HOT,
  type Line,
  lineIn,
  PHONES,
  TABLETS,
  WATCHES,
  ACCESSORIES,
} from './catalogue.js';
import {
  dropAddress,
  fraudAfter,
  fraudConnection,
  SANCTIONED_ADDRESSES,
  SANCTIONED_NAMES,
  victim,
} from './fraud-kit.js';
import { connect, network } from './networks.js';
import { fraudGadget, freshEmail, fullName, personName, throwawayEmail } from './people.js';
import { FORWARDERS, homeAddress, type Market, nearby } from './places.js';
import {
  type Attempt,
  cardAttempt,
  type Decline,
  firstAuth,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';
import { purchaseOf, shopNear, type World } from './world.js';

/** Fraud on stolen card details: stolen cards, intercepted deliveries, card testing, sanctioned buyers. */

const resale = (rng: Rng, w: World, at: number, market: Market): Line[] => {
  const open = at >= w.calendar.preorders;
  const pick = rng.weightedPick([
    ['flagship', open ? 42 : 0],
    ['phone', open ? 14 : 45],
    ['watch', 12],
    ['audio', 14],
    ['tablet', 10],
  ] as const);
  const lines =
    pick === 'flagship'
      ? [lineIn(rng.chance(0.7) ? rng.pick(HOT) : flagship(rng), market, rng.chance(0.2) ? 2 : 1)]
      : pick === 'phone'
        ? [lineIn(rng.pick(PHONES.filter((x) => x.price >= 69_900)), market)]
        : pick === 'watch'
          ? [lineIn(rng.pick(WATCHES.filter((x) => x.price >= 34_900)), market)]
          : pick === 'audio'
            ? [lineIn(rng.pick(AUDIO.filter((x) => x.price >= 21_900)), market, rng.chance(0.3) ? 2 : 1)]
            : [lineIn(rng.pick(TABLETS.filter((x) => x.price >= 50_000)), market)];
  // Extras bought to make the basket look like a customer's, or for the resale bundle.
  if (rng.chance(0.35)) lines.push(lineIn(rng.pick(AUDIO.slice(0, 2)), market));
  if (rng.chance(0.25)) lines.push(lineIn(rng.pick(ACCESSORIES.slice(0, 3)), market));
  return lines;
};

const stolenDeclines: ReadonlyArray<readonly [Decline, number]> = [
  ['do_not_honor', 25],
  ['stolen_card', 10],
  ['lost_card', 6],
  ['incorrect_cvc', 12],
  ['insufficient_funds', 12],
  ['authentication_failed', 25],
  ['generic_decline', 10],
];

/**
 * Stolen card details, shipped away from the cardholder. The careful have the full details (AVS passes), sit
 * behind a residential proxy in the cardholder's country, answer 3-D Secure with a phished code or get a
 * frictionless pass, and ship to a drop, a partner shop or a forwarder; the sloppy guess the postcode, come
 * from a data centre, and burn through cards.
 */
export function stolenCard(rng: Rng, w: World): Purchase {
  const careful = rng.chance(0.62);
  const v = victim(rng);
  const at = w.clock.draw(rng, rng.chance(0.4) ? 'launch' : careful ? 'general' : 'night');
  const name = careful && rng.chance(0.6) ? v.person : personName(rng, 'GB');
  const email = careful
    ? freshEmail(rng, name)
    : rng.chance(0.5)
      ? throwawayEmail(rng)
      : freshEmail(rng, name);
  const buyer: Buyer = rng.chance(careful ? 0.55 : 0.75)
    ? { email, name: fullName(v.person) }
    : {
        id: `C${rng.int(10_000_000, 99_999_999)}`,
        email,
        name: fullName(v.person),
        createdAt: at - rng.int(1, 40) * MINUTE,
      };
  const gift = rng.chance(0.1);
  const lines = gift
    ? [lineIn(rng.pick(GIFT_CARDS.slice(2)), 'GB', rng.int(2, 6))]
    : resale(rng, w, at, v.market);
  const where = rng.weightedPick([
    ['drop', careful ? 38 : 55],
    ['nearby', careful ? 17 : 5],
    ['collect', 25],
    ['forwarder', careful ? 12 : 15],
    ['work', careful ? 8 : 0],
  ] as const);
  const preorder = at < w.calendar.release && lines.some((l) => l.category === 'flagship');
  const fulfilment: Fulfilment = gift
    ? 'e_gift'
    : where === 'collect'
      ? 'click_collect'
      : preorder
        ? 'launch_day'
        : rng.chance(0.7)
          ? 'next_day'
          : 'premium';
  const shop = fulfilment === 'click_collect' ? shopNear(rng, w, v.home) : undefined;
  const shipping: Address | undefined =
    fulfilment === 'e_gift'
      ? undefined
      : (shop?.address ??
        (where === 'nearby'
          ? nearby(rng, v.home)
          : where === 'forwarder'
            ? rng.pick(FORWARDERS)
            : where === 'work'
              ? nearby(rng, v.home)
              : dropAddress(rng)));
  const basket = basketOf(lines, v.market, fulfilment);
  const attempts: Attempt[] = [];
  let card: HeldCard = v.card;
  let t = firstAuth(rng);
  const tries = careful
    ? rng.weightedPick([
        [1, 6],
        [2, 3],
        [3, 1],
      ] as const)
    : rng.int(1, 4);
  const passRate = careful ? 0.62 : 0.3;
  for (let i = 0; i < tries; i++) {
    if (careful && i === 0 && rng.chance(0.12)) {
      // A stolen card put through a PayPal guest checkout: the shop sees PayPal only.
      attempts.push(other('paypal', true, t));
      break;
    }
    const ok = rng.chance(passRate) || (i === tries - 1 && careful && rng.chance(0.3));
    const phished = ok && card.country === v.market && rng.chance(careful ? 0.45 : 0.2);
    attempts.push(
      cardAttempt(rng, card, basket.amount, {
        ok,
        afterMs: t,
        match: careful ? (rng.chance(0.85) ? 'good' : 'partial') : rng.chance(0.5) ? 'bad' : 'partial',
        familiar: false,
        ...(ok
          ? phished
            ? { threeDS: 'challenge_passed' as const }
            : {}
          : { decline: rng.weightedPick(stolenDeclines) }),
      }),
    );
    if (ok) break;
    card = careful && rng.chance(0.5) ? newCard(rng, v.market) : sameBin(rng, card);
    t = careful ? retryGap(rng) : rng.int(15_000, 90_000);
  }
  return purchaseOf({
    at,
    fraud: true,
    kind: 'stolen_card',
    market: v.market,
    buyer,
    billing: careful || rng.chance(0.5) ? v.home : homeAddress(rng, v.market),
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ...(shop ? { collectFrom: shop.name } : {}),
    ip: fraudConnection(rng, v.market, careful),
    device: fraudGadget(rng, !careful),
    basket,
    attempts,
    later: fraudAfter(rng, w.calendar, at, fulfilment, {
      caught: 0.08,
      warning: 0.45,
      dispute: 0.75,
      preorder,
    }),
    preorder,
  });
}

/**
 * The cardholder's own address, so everything matches; the parcel is taken on the doorstep, redirected with
 * the courier, or the delivery address changed after checkout (to a drop or a partner shop). 3-D Secure is
 * often passed: the victim read out the code to a caller posing as the bank.
 */
export function interceptedDelivery(rng: Rng, w: World): Purchase {
  const v = victim(rng, rng.chance(0.93) ? 'GB' : 'IE');
  const at = w.clock.draw(rng, rng.chance(0.45) ? 'launch' : 'general');
  const lines = resale(rng, w, at, v.market);
  const preorder = at < w.calendar.release && lines.some((l) => l.category === 'flagship');
  const fulfilment: Fulfilment = preorder ? 'launch_day' : rng.chance(0.6) ? 'next_day' : 'premium';
  const basket = basketOf(lines, v.market, fulfilment);
  const guest = rng.chance(0.6);
  const email = freshEmail(rng, rng.chance(0.7) ? v.person : personName(rng, v.market));
  const buyer: Buyer = guest
    ? { email, name: fullName(v.person) }
    : {
        id: `C${rng.int(10_000_000, 99_999_999)}`,
        email,
        name: fullName(v.person),
        createdAt: at - rng.int(1, 30) * MINUTE,
      };
  const outcome = rng.weightedPick([
    ['challenge_passed', 45],
    ['frictionless', 33],
    ['fail', 22],
  ] as const);
  const attempts: Attempt[] = [
    cardAttempt(rng, v.card, basket.amount, {
      ok: outcome !== 'fail',
      afterMs: firstAuth(rng),
      familiar: false,
      ...(outcome === 'fail' ? { decline: 'authentication_failed' as const } : { threeDS: outcome }),
    }),
  ];
  // The code went to the victim's phone unanswered: the card added to a wallet with a phished code instead.
  if (outcome === 'fail' && rng.chance(0.4))
    attempts.push(
      cardAttempt(rng, v.card, basket.amount, {
        ok: true,
        entry: 'wallet',
        afterMs: rng.int(3, 25) * MINUTE,
      }),
    );
  const how = rng.weightedPick([
    ['readdress', 45],
    ['to_collect', 20],
    ['doorstep', 35],
  ] as const);
  const extra =
    how === 'readdress'
      ? [readdressed(rng.int(20, 600) * MINUTE, rng.chance(0.6) ? dropAddress(rng) : nearby(rng, v.home))]
      : how === 'to_collect'
        ? [readdressed(rng.int(20, 300) * MINUTE, shopNear(rng, w, v.home).address)]
        : [];
  return purchaseOf({
    at,
    fraud: true,
    kind: 'intercepted_delivery',
    market: v.market,
    buyer,
    billing: v.home,
    shipping: v.home,
    fulfilment,
    ip: fraudConnection(rng, v.market, rng.chance(0.85)),
    device: fraudGadget(rng, false),
    basket,
    attempts,
    later: fraudAfter(rng, w.calendar, at, fulfilment, {
      caught: 0.04,
      warning: 0.35,
      dispute: 0.72,
      extra,
      preorder,
    }),
    preorder,
  });
}

const TESTING_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['incorrect_cvc', 25],
  ['do_not_honor', 20],
  ['insufficient_funds', 12],
  ['expired_card', 12],
  ['stolen_card', 6],
  ['lost_card', 5],
  ['generic_decline', 15],
  ['card_velocity_exceeded', 5],
];

/**
 * Card testing: a script checks a list of cards on the cheapest items, as guests, in runs of a few minutes
 * at night, on one or two BINs per run, from one data-centre range or a residential proxy pool. Most are
 * declined; the ones that pass are worth selling on.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(4, 9));
    let at = w.clock.draw(rng, rng.chance(0.7) ? 'night' : 'general');
    const pool = rng.weightedPick([
      ['nl-hosting', 3],
      ['de-hosting', 2],
      ['fi-hosting', 1],
      ['gb-hosting', 2],
      ['us-cable', 2],
      ['gb-bt', 1],
    ] as const);
    const fixedIp = rng.chance(0.35) ? connect(rng, network(pool)) : undefined;
    const device = fraudGadget(rng, rng.chance(0.7));
    const issuer = rng.weightedPick([
      ['GB', 7],
      ['US', 2],
      ['IE', 1],
    ] as const);
    const bins = [newCard(rng, issuer)];
    if (rng.chance(0.4)) bins.push(newCard(rng, issuer));
    const item = rng.pick(CHEAPEST);
    for (let i = 0; i < size; i++) {
      const card = sameBin(rng, rng.pick(bins));
      const person = personName(rng, 'GB');
      const basket = basketOf([lineIn(rng.chance(0.8) ? item : rng.pick(CHEAPEST), 'GB')], 'GB', 'standard');
      const tries = rng.chance(0.3) ? 2 : 1;
      const attempts: Attempt[] = [];
      let c = card;
      for (let k = 0; k < tries; k++) {
        const ok = rng.chance(0.18);
        attempts.push(
          cardAttempt(rng, c, basket.amount, {
            ok,
            afterMs: k === 0 ? rng.int(2_000, 9_000) : rng.int(3_000, 20_000),
            match: 'bad',
            familiar: false,
            ...(ok ? {} : { decline: rng.weightedPick(TESTING_DECLINES) }),
          }),
        );
        if (ok) break;
        c = sameBin(rng, card);
      }
      out.push(
        purchaseOf({
          at,
          fraud: true,
          kind: 'card_testing',
          market: 'GB',
          buyer: {
            email: rng.chance(0.6) ? throwawayEmail(rng) : freshEmail(rng, person),
            name: fullName(person),
          },
          billing: homeAddress(rng, 'GB'),
          shipping: homeAddress(rng, 'GB'),
          fulfilment: 'standard',
          ip: fixedIp ?? connect(rng, network(pool)),
          device,
          basket,
          attempts,
          later: fraudAfter(rng, w.calendar, at, 'standard', { caught: 0.35, warning: 0.25, dispute: 0.1 }),
        }),
      );
      at = w.clock.later(at, rng.int(12_000, 4 * MINUTE));
    }
  }
  return out;
}

/**
 * Buyers from comprehensively sanctioned places: phones bought for re-export to Russia or Belarus through a
 * forwarder by the airport (from a Russian line, or through a VPN with the Russian billing address entered),
 * paid with a card from Kazakhstan, Armenia, the Gulf or Turkey; Iranians, Syrians and Cubans buying a phone
 * for a relative in Britain on the relative's card, from home.
 */
export function sanctionedCountry(rng: Rng, w: World): Purchase {
  const flavour = rng.weightedPick([
    ['ru', 48],
    ['by', 14],
    ['ir', 24],
    ['sy', 8],
    ['cu', 6],
  ] as const);
  const at = w.clock.draw(rng, rng.chance(0.5) ? 'launch' : 'general');
  const reexport = flavour === 'ru' || flavour === 'by';
  const country = flavour.toUpperCase();
  const person = rng.pick(SANCTIONED_NAMES[country] ?? []);
  const viaVpn = reexport && rng.chance(0.45);
  const ip = viaVpn
    ? connect(rng, network(rng.pick(['gb-hosting', 'nl-hosting', 'de-hosting', 'fi-hosting'])))
    : connect(rng, network(`${flavour}-home`));
  const card = reexport
    ? rng.chance(0.8)
      ? newCard(rng, rng.pick(['KZ', 'KZ', 'AM', 'AE', 'TR']))
      : newCard(rng, 'GB', 'prepaid')
    : newCard(rng, 'GB');
  const relative = homeAddress(rng, 'GB');
  const billing: Address = reexport
    ? viaVpn || rng.chance(0.4)
      ? rng.pick(SANCTIONED_ADDRESSES[country] ?? [])
      : rng.pick(FORWARDERS)
    : relative;
  const shipping = reexport ? rng.pick(FORWARDERS) : relative;
  const lines: Line[] = reexport
    ? [
        lineIn(
          at >= w.calendar.preorders ? rng.pick(HOT) : rng.pick(PHONES.filter((x) => x.price > 80_000)),
          'GB',
          rng.int(2, 5),
        ),
      ]
    : [lineIn(at >= w.calendar.preorders && rng.chance(0.5) ? flagship(rng) : rng.pick(PHONES), 'GB')];
  if (reexport && rng.chance(0.4)) lines.push(lineIn(rng.pick(TABLETS), 'GB', rng.int(1, 3)));
  const preorder = at < w.calendar.release && lines.some((l) => l.category === 'flagship');
  const fulfilment: Fulfilment = preorder ? 'launch_day' : 'next_day';
  const basket = basketOf(lines, 'GB', fulfilment);
  const slug = `${person?.first ?? 'user'}.${person?.last ?? 'x'}`.toLowerCase();
  const email = reexport
    ? `${slug}${rng.int(1, 99)}@${rng.pick(['yandex.ru', 'mail.ru', 'gmail.com', 'gmail.com'])}`
    : `${slug}${rng.int(1, 999)}@gmail.com`;
  const declined = rng.chance(reexport ? 0.25 : 0.15);
  const attempts: Attempt[] = [
    cardAttempt(rng, card, basket.amount, {
      ok: !declined,
      afterMs: firstAuth(rng),
      familiar: !reexport,
      ...(declined
        ? { decline: rng.pick<Decline>(['do_not_honor', 'generic_decline', 'authentication_failed']) }
        : {}),
    }),
  ];
  if (declined && rng.chance(0.5))
    attempts.push(
      cardAttempt(rng, newCard(rng, reexport ? 'AE' : 'GB'), basket.amount, {
        ok: true,
        afterMs: retryGap(rng),
        familiar: false,
      }),
    );
  return purchaseOf({
    at,
    fraud: true,
    kind: 'sanctioned_country',
    market: 'GB',
    buyer: rng.chance(0.6)
      ? { email, name: fullName(person ?? personName(rng, 'GB')) }
      : {
          id: `C${rng.int(10_000_000, 99_999_999)}`,
          email,
          name: fullName(person ?? personName(rng, 'GB')),
          createdAt: at - rng.int(5, 90 * 24 * 60) * MINUTE,
        },
    billing,
    shipping,
    fulfilment,
    ip,
    device: fraudGadget(rng, false),
    basket,
    attempts,
    later: fraudAfter(rng, w.calendar, at, fulfilment, {
      caught: 0.2,
      warning: 0.05,
      dispute: 0.05,
      reason: 'fraudulent',
      preorder,
    }),
    preorder,
  });
}
