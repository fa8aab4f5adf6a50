import { type Rng } from '../kit/random.js';
import { batchAt, DAY, israeliEvening } from './calendar.js';
import {
  basketOf,
  CODES,
  everyday,
  GIFT_SETS,
  giftCardLine,
  giftSet,
  ITEMS,
  type Line,
  lineFor,
  linesOf,
  PREMIUM,
  REFILLS,
  withCode,
} from './catalogue.js';
import {
  giftAbroad,
  newBigBasket,
  returningNewDevice,
  touristReorder,
  traveller,
  wholesaleSpa,
} from './honest-more.js';
import { ipOn, networksOf } from './networks.js';
import { abroad, type Account, deviceOf, type World } from './people.js';
import { type Country, homeIn, nearby, pickupPoint } from './places.js';
import { cardAttempt, type Attempt, fulfilment, type Purchase } from './purchase.js';
import {
  accountShopper,
  currencyOf,
  deliveryTo,
  guestShopper,
  seasonCode,
  sell,
  shopAt,
  weekOf,
} from './shoppers.js';

/**
 * The honest kinds and their weights (of honest orders). About three in five honest orders are Israeli, on
 * the Hebrew site in shekels; the rest come from abroad on the international site.
 */

export const HONEST = {
  home_shopper: 25,
  hanukkah_gifts: 12,
  influencer_code: 8,
  subscriber_refill: 10,
  international_shopper: 13,
  kiosk_refill: 7,
  tourist_reorder: 6,
  gift_abroad: 6,
  wholesale_spa: 3,
  new_big_basket: 3,
  returning_new_device: 4,
  traveller: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

const count = (rng: Rng, weights: ReadonlyArray<readonly [number, number]>): number =>
  rng.weightedPick(weights);

/**
 * An Israeli restocking her routine: one to five everyday items, now and then a gift set, home or a pickup
 * point.
 */
function homeShopper(rng: Rng, w: World): Purchase {
  const at = israeliEvening(rng, w.window);
  const signedIn = rng.chance(0.55);
  const s = signedIn
    ? accountShopper(rng, rng.pick(w.il))
    : guestShopper(rng, 'IL', at, { fresh: rng.chance(0.3) });
  const lines = linesOf(
    rng,
    'ILS',
    count(rng, [
      [1, 30],
      [2, 35],
      [3, 20],
      [4, 10],
      [5, 5],
    ]),
    everyday,
  );
  if (rng.chance(0.12)) lines.push(lineFor(giftSet(rng), 'ILS'));
  const code =
    seasonCode(rng, w.window, at, true, 0.3) ??
    (signedIn && rng.chance(0.2) ? withCode('CLUB10') : undefined);
  const delivery = deliveryTo(rng, 'IL');
  const shipping = delivery === 'pickup_point' ? pickupPoint(rng, s.billing.city) : s.billing;
  return sell(rng, 'home_shopper', at, s, basketOf(lines, 'ILS', delivery, code), delivery, { shipping });
}

const HANUKKAH_NOTES = [
  'חנוכה שמח! באהבה',
  'Happy Hanukkah! Love,',
  'חג אורים שמח',
  'לגננת המקסימה, חנוכה שמח',
  'Chag Sameach from all of us',
];

/**
 * Hanukkah presents: several gift sets (the Mini Trio by the half-dozen for kindergarten and office staff),
 * an e-gift card now and then, often sent to a mother or sister in another city with a note.
 */
function hanukkahGifts(rng: Rng, w: World): Purchase {
  const at = israeliEvening(rng, w.window, 'il_gifts');
  const s = rng.chance(0.45)
    ? accountShopper(rng, rng.pick(w.il))
    : guestShopper(rng, 'IL', at, { fresh: rng.chance(0.3) });
  const lines: Line[] = [];
  if (rng.chance(0.12)) lines.push(giftCardLine(rng, 'ILS', rng.int(1, 3)));
  else {
    const sets = rng.shuffle(GIFT_SETS).slice(
      0,
      count(rng, [
        [1, 50],
        [2, 35],
        [3, 15],
      ]),
    );
    for (const set of sets)
      lines.push(
        lineFor(
          set,
          'ILS',
          set === ITEMS.miniTrio && rng.chance(0.4)
            ? rng.int(4, 8)
            : count(rng, [
                [1, 60],
                [2, 28],
                [3, 12],
              ]),
        ),
      );
    if (rng.chance(0.25)) lines.push(giftCardLine(rng, 'ILS'));
  }
  const onlyCards = lines.every((l) => l.category === 'gift_card');
  const toSomeoneElse = !onlyCards && rng.chance(0.35);
  const delivery = onlyCards
    ? 'email'
    : toSomeoneElse
      ? 'courier'
      : rng.chance(0.6)
        ? 'courier'
        : 'pickup_point';
  const shipping = toSomeoneElse
    ? homeIn(rng, 'IL').address
    : delivery === 'pickup_point'
      ? pickupPoint(rng, s.billing.city)
      : s.billing;
  const code = seasonCode(rng, w.window, at, true, 0.35);
  return sell(rng, 'hanukkah_gifts', at, s, basketOf(lines, 'ILS', delivery, code), delivery, {
    shipping,
    ...(toSomeoneElse || onlyCards
      ? { giftNote: `${rng.pick(HANUKKAH_NOTES)} ${s.buyer.name.split(' ')[0] ?? ''}` }
      : {}),
  });
}

/**
 * Followers of an Instagram or TikTok creator: new to the store, on the phone inside the app, the creator's
 * code and the routine she showed (serum, peel-off mask, day cream), mostly to a pickup point.
 */
function influencerCode(rng: Rng, w: World): Purchase {
  const israeli = rng.chance(0.8);
  const country: Country = israeli ? 'IL' : abroad(rng);
  const tz = israeli ? 2 : homeIn(rng, country).tz;
  const at = shopAt(rng, w.window, tz, israeli ? 'il' : 'intl', 'evening', weekOf(country));
  const device = israeli
    ? deviceOf(rng, rng.chance(0.7) ? 'instagram' : 'tiktok', 0.75)
    : deviceOf(rng, rng.chance(0.6) ? 'iphone' : 'android');
  const s = guestShopper(rng, country, at, {
    fresh: rng.chance(0.45),
    device,
    culture: israeli ? 'he' : undefined,
  });
  if (rng.chance(0.55)) s.ip = ipOn(rng, rng.pick(networksOf(country, 'mobile')));
  const currency = currencyOf(country);
  const lines = [lineFor(ITEMS.hyaluronic, currency), lineFor(ITEMS.mudRose, currency)];
  if (rng.chance(0.45)) lines.push(lineFor(ITEMS.dayCream, currency));
  if (rng.chance(0.25)) lines.push(lineFor(everyday(rng), currency));
  const code = withCode(rng.pick(israeli ? CODES.influencersIL : CODES.influencersIntl));
  const delivery = israeli ? (rng.chance(0.55) ? 'pickup_point' : 'courier') : deliveryTo(rng, country, 0.1);
  const shipping = delivery === 'pickup_point' ? pickupPoint(rng, s.billing.city) : s.billing;
  return sell(rng, 'influencer_code', at, s, basketOf(lines, currency, delivery, code), delivery, {
    shipping,
  });
}

/**
 * The refill subscription: the store charges the saved card off-session in its 06:00 batch, without the
 * customer at a checkout (no IP, no device). A declined card is retried the next day and three days later.
 */
function subscriberRefill(rng: Rng, w: World): Purchase {
  const a: Account = rng.pick(w.subscribers.length > 0 ? w.subscribers : w.il);
  const at = batchAt(rng, w.window);
  const currency = currencyOf(a.country);
  const lines = linesOf(
    rng,
    currency,
    count(rng, [
      [1, 45],
      [2, 40],
      [3, 15],
    ]),
    (r) => r.pick(REFILLS),
    0.2,
  );
  const delivery = a.country === 'IL' ? (rng.chance(0.7) ? 'courier' : 'pickup_point') : 'intl_standard';
  const basket = basketOf(lines, currency, delivery, withCode(CODES.subscription[0]));
  const card = rng.pick(a.cards);
  const attempts: Attempt[] = [];
  if (rng.chance(0.93))
    attempts.push(cardAttempt(rng, card, { entry: 'off_session', ok: true, afterMs: rng.int(2000, 20_000) }));
  else {
    const decline = rng.weightedPick([
      ['expired_card', 4],
      ['insufficient_funds', 3],
      ['limit_exceeded', 2],
      ['do_not_honor', 2],
    ] as const);
    attempts.push(
      cardAttempt(rng, card, { entry: 'off_session', ok: false, decline, afterMs: rng.int(2000, 20_000) }),
    );
    const retried = rng.chance(0.55);
    attempts.push(cardAttempt(rng, card, { entry: 'off_session', ok: retried, decline, afterMs: DAY }));
    if (!retried)
      attempts.push(
        cardAttempt(rng, card, { entry: 'off_session', ok: rng.chance(0.3), decline, afterMs: 3 * DAY }),
      );
  }
  const shipping = delivery === 'pickup_point' ? pickupPoint(rng, a.home.city) : a.home;
  return {
    at,
    fraud: false,
    kind: 'subscriber_refill',
    basket,
    billing: { ...a.home },
    attempts,
    later: fulfilment(rng, delivery),
    buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
    shipping,
    delivery,
    locale: a.locale,
    channel: 'subscription',
  };
}

/**
 * A customer abroad on the international site: everyday items, now and then a gift set, airmail or express.
 */
function internationalShopper(rng: Rng, w: World): Purchase {
  const account = rng.chance(0.4) ? rng.pick(w.intl) : undefined;
  const country = account?.country ?? abroad(rng);
  const tz = account?.tz ?? homeIn(rng, country).tz;
  const at = shopAt(rng, w.window, tz, 'intl', 'evening', 'weekend_up');
  const s = account
    ? accountShopper(rng, account)
    : guestShopper(rng, country, at, { fresh: rng.chance(0.3) });
  // A few browse through a VPN or privacy relay that exits in another country.
  if (rng.chance(0.04)) s.ip = ipOn(rng, rng.pick(networksOf(rng.pick(['US', 'GB', 'NL', 'DE']), 'hosting')));
  const currency = currencyOf(country);
  const lines = linesOf(
    rng,
    currency,
    count(rng, [
      [1, 30],
      [2, 35],
      [3, 22],
      [4, 13],
    ]),
    everyday,
  );
  if (rng.chance(0.2)) lines.push(lineFor(giftSet(rng), currency));
  const delivery = deliveryTo(rng, country);
  const code = seasonCode(rng, w.window, at, false, 0.3);
  return sell(rng, 'international_shopper', at, s, basketOf(lines, currency, delivery, code), delivery);
}

/**
 * Shoppers who met the brand at a mall kiosk in the US, the UK, Canada or Australia (often talked into the
 * gold serum) and now reorder online with the code on the kiosk's card: older, on an iPad or a computer as
 * often as a phone, a premium cream or serum and its refill.
 */
function kioskRefill(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<Country>([
    ['US', 50],
    ['GB', 20],
    ['CA', 15],
    ['AU', 15],
  ]);
  const tz = homeIn(rng, country).tz;
  const at = shopAt(rng, w.window, tz, 'intl', 'evening', 'weekend_up');
  const s = guestShopper(rng, country, at, {
    fresh: rng.chance(0.35),
    mobileShare: 0.45,
    older: true,
    culture: 'en',
  });
  const currency = currencyOf(country);
  const hero = rng.weightedPick([
    [ITEMS.goldSerum, 45],
    [ITEMS.dayCream, 20],
    [ITEMS.nightCream, 15],
    [ITEMS.eyeCream, 10],
    [ITEMS.hyaluronic, 10],
  ] as const);
  const lines = [lineFor(hero, currency, rng.chance(0.2) ? 2 : 1)];
  if (rng.chance(0.5)) lines.push(lineFor(rng.pick(REFILLS), currency));
  if (rng.chance(0.4)) lines.push(lineFor(rng.pick(PREMIUM.filter((p) => p !== hero)), currency));
  if (rng.chance(0.3)) lines.push(lineFor(everyday(rng), currency));
  const code = rng.chance(0.6) ? withCode(rng.pick(CODES.kiosk)) : undefined;
  const delivery = deliveryTo(rng, country, 0.3);
  return sell(rng, 'kiosk_refill', at, s, basketOf(lines, currency, delivery, code), delivery, {
    shipping: rng.chance(0.06) ? nearby(rng, s.billing) : s.billing,
  });
}

type Planner = (rng: Rng, w: World) => Purchase;

const PLANNERS: Record<HonestKind, Planner> = {
  home_shopper: homeShopper,
  hanukkah_gifts: hanukkahGifts,
  influencer_code: influencerCode,
  subscriber_refill: subscriberRefill,
  international_shopper: internationalShopper,
  kiosk_refill: kioskRefill,
  tourist_reorder: touristReorder,
  gift_abroad: giftAbroad,
  wholesale_spa: wholesaleSpa,
  new_big_basket: newBigBasket,
  returning_new_device: returningNewDevice,
  traveller,
};

/** One honest purchase of `kind`. */
export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
