import { type Rng } from '../kit/random.js';
import { deliveryTo, drawLines, giftNote, HOUSEHOLD } from './baskets.js';
import { HOURS, momentIn } from './calendar.js';
import { GIFT_WRAP, KITS, type Line, line, PATTERN, SWEATERS, sizeRun } from './catalogue.js';
import {
  corporateLogo,
  eGiftCard,
  heirloomPiece,
  norwegianAbroad,
  norwegianAmerican,
} from './honest-more.js';
import { ipFrom, network } from './networks.js';
import { personIn } from './people.js';
import { addressIn, type Country } from './places.js';
import { type Purchase } from './purchase.js';
import {
  currencyOf,
  fromAccount,
  guest,
  honestCode,
  honestIp,
  honestPurchase,
  shopperIn,
  storefrontFor,
  type World,
} from './shopper.js';

/** The honest kinds, their weights, and the planners of the five biggest (the rest in honest-more.ts). */

export const HONEST = {
  home_household: 26,
  gift_to_other: 14,
  bryggen_reorder: 11,
  knitting_kit: 13,
  nordic_neighbour: 9,
  norwegian_abroad: 5,
  norwegian_american: 6,
  corporate_logo: 3,
  heirloom_piece: 4,
  e_gift_card: 9,
} as const;

export type HonestKind = keyof typeof HONEST;

/** Norwegian households buying for themselves: Vipps, Klarna, pick-up points, now and then two sizes. */
function homeHousehold(rng: Rng, w: World): Purchase {
  const s = shopperIn(rng, w, 'NO', 0.4);
  const at = momentIn(rng, w.window, s.zone, HOURS.evening, { shipsTo: 'NO' });
  const bracket = rng.chance(0.08);
  const lines = bracket
    ? sizeRun(rng, rng.pick(SWEATERS), 'NOK', 2)
    : drawLines(
        rng,
        'NOK',
        rng.weightedPick([
          [1, 55],
          [2, 28],
          [3, 12],
          [4, 5],
        ]),
        HOUSEHOLD,
      );
  const bergen = s.home.city === 'Bergen' || s.home.city === 'Nesttun';
  const { delivery, shipping } = deliveryTo(rng, s.home, bergen);
  return honestPurchase(rng, {
    kind: 'home_household',
    at,
    shopper: s,
    storefront: 'NO',
    lines,
    delivery,
    ...(shipping ? { shipping } : {}),
    code: honestCode(rng, at, s.zone, s),
    ip: honestIp(rng, s),
    after: { returns: 0.07, ...(bracket ? { bracketed: { price: lines[0]?.price ?? 0 } } : {}) },
  });
}

/** A present sent straight to someone else: grandchildren in Sweden, a godchild in Oslo, a sister in Seattle. */
function giftToOther(rng: Rng, w: World): Purchase {
  const from = rng.weightedPick<Country>([
    ['NO', 70],
    ['SE', 6],
    ['DK', 4],
    ['DE', 7],
    ['NL', 4],
    ['GB', 5],
    ['US', 4],
  ]);
  const s = shopperIn(rng, w, from, 0.45);
  const to = rng.chance(0.65)
    ? from
    : rng.weightedPick<Country>([
        ['NO', 20],
        ['SE', 18],
        ['DK', 12],
        ['US', 18],
        ['GB', 14],
        ['DE', 10],
        ['NL', 8],
      ]);
  const recipient = personIn(rng, to === 'NO' || rng.chance(0.5) ? to : from);
  const home = addressIn(rng, to);
  const at = momentIn(rng, w.window, s.zone, HOURS.evening, { shipsTo: to });
  const sf = storefrontFor(rng, from);
  const cur = currencyOf(sf);
  const lines = drawLines(
    rng,
    cur,
    rng.weightedPick([
      [1, 50],
      [2, 32],
      [3, 18],
    ]),
    [
      ['children', 32],
      ['sweater', 22],
      ['accessory', 26],
      ['blanket', 14],
      ['cardigan', 6],
    ],
  );
  if (rng.chance(0.6)) lines.push(line(rng, GIFT_WRAP, cur));
  const { delivery, shipping } = deliveryTo(rng, home);
  return honestPurchase(rng, {
    kind: 'gift_to_other',
    at,
    shopper: s,
    storefront: sf,
    lines,
    delivery,
    ...(shipping ? { shipping } : {}),
    code: honestCode(rng, at, s.zone, s),
    ip: honestIp(rng, s),
    recipient: {
      name: `${recipient.first} ${rng.chance(0.6) ? s.buyer.name.split(' ').slice(-1)[0] : recipient.last}`,
    },
    ...(rng.chance(0.5) ? { giftNote: giftNote(rng, from) } : {}),
    after: { returns: 0.03 },
  });
}

/**
 * Cruise and Hurtigruten passengers who bought in the Bryggen shop in summer and reorder from home (signed up at
 * the till, or as guests with the receipt's code); a few still on the ship's satellite link or a hotel's Wi-Fi.
 */
function bryggenReorder(rng: Rng, w: World): Purchase {
  const from = rng.weightedPick<Country>([
    ['US', 40],
    ['GB', 18],
    ['DE', 20],
    ['NL', 10],
    ['SE', 4],
    ['DK', 4],
    ['FI', 4],
  ]);
  const visitors = w.accounts.filter((a) => a.visitor && a.country === from);
  const s =
    visitors.length > 0 && rng.chance(0.55)
      ? fromAccount(rng.pick(visitors))
      : guest(rng, from, rng.chance(0.7));
  const travelling = rng.chance(0.14);
  const at = momentIn(rng, w.window, travelling ? { std: 1, dst: 'eu' } : s.zone, HOURS.daytime, {
    shipsTo: from,
  });
  const sf = storefrontFor(rng, from);
  const cur = currencyOf(sf);
  const lines = drawLines(
    rng,
    cur,
    rng.weightedPick([
      [1, 45],
      [2, 35],
      [3, 15],
      [4, 5],
    ]),
    [
      ['sweater', 50],
      ['cardigan', 15],
      ['accessory', 20],
      ['blanket', 10],
      ['children', 5],
    ],
  );
  const { delivery, shipping } = deliveryTo(rng, s.home);
  const ip = travelling
    ? ipFrom(rng, network(rng.chance(0.55) ? 'ship_satellite' : 'no_hotel_wifi'), 0)
    : honestIp(rng, s, 0.02);
  return honestPurchase(rng, {
    kind: 'bryggen_reorder',
    at,
    shopper: s,
    storefront: sf,
    lines,
    delivery,
    ...(shipping ? { shipping } : {}),
    code: honestCode(rng, at, s.zone, s, { code: 'BRYGGEN10', share: 0.1, chance: 0.3 }),
    ip,
    declineShare: 0.07,
    after: { returns: 0.04 },
  });
}

/** Knitters: kits, yarn by the skein, books, and patterns e-mailed as PDFs for a few kroner. */
function knittingKit(rng: Rng, w: World): Purchase {
  const from = rng.weightedPick<Country>([
    ['NO', 45],
    ['SE', 8],
    ['DK', 6],
    ['FI', 5],
    ['DE', 10],
    ['NL', 6],
    ['GB', 8],
    ['US', 12],
  ]);
  const s = shopperIn(rng, w, from, 0.35);
  const sf = storefrontFor(rng, from);
  const cur = currencyOf(sf);
  const digital = rng.chance(0.14);
  const at = momentIn(rng, w.window, s.zone, HOURS.daytime, digital ? {} : { shipsTo: from });
  const lines: Line[] = digital
    ? [
        line(
          rng,
          PATTERN,
          cur,
          rng.weightedPick([
            [1, 7],
            [2, 2],
            [3, 1],
          ]),
        ),
      ]
    : [
        ...drawLines(
          rng,
          cur,
          rng.weightedPick([
            [1, 60],
            [2, 30],
            [3, 10],
          ]),
          [['kit', 1]],
        ),
        ...(rng.chance(0.3) ? [line(rng, KITS[5] ?? PATTERN, cur, rng.int(4, 14))] : []),
        ...(rng.chance(0.12) ? [line(rng, KITS[7] ?? PATTERN, cur)] : []),
      ];
  const bergen = s.home.city === 'Bergen';
  const { delivery, shipping } = digital
    ? { delivery: 'email' as const, shipping: undefined }
    : deliveryTo(rng, s.home, bergen);
  return honestPurchase(rng, {
    kind: 'knitting_kit',
    at,
    shopper: s,
    storefront: sf,
    lines,
    delivery,
    ...(shipping ? { shipping } : {}),
    code: honestCode(rng, at, s.zone, s, { code: 'STRIKK15', share: 0.15, chance: s.signedIn ? 0.25 : 0 }),
    ip: honestIp(rng, s),
    after: { returns: 0.02 },
  });
}

/** Swedes, Danes and Finns in their own currencies: Klarna, MobilePay, cards, PostNord and Posti. */
function nordicNeighbour(rng: Rng, w: World): Purchase {
  const from = rng.weightedPick<Country>([
    ['SE', 50],
    ['DK', 35],
    ['FI', 15],
  ]);
  const s = shopperIn(rng, w, from, 0.5);
  const at = momentIn(rng, w.window, s.zone, HOURS.evening, { shipsTo: from });
  const bracket = rng.chance(0.07);
  const sf = storefrontFor(rng, from);
  const cur = currencyOf(sf);
  const lines = bracket
    ? sizeRun(rng, rng.pick(SWEATERS), cur, 2)
    : drawLines(
        rng,
        cur,
        rng.weightedPick([
          [1, 55],
          [2, 30],
          [3, 15],
        ]),
        HOUSEHOLD,
      );
  return honestPurchase(rng, {
    kind: 'nordic_neighbour',
    at,
    shopper: s,
    storefront: sf,
    lines,
    delivery: 'nordic_post',
    shipping: s.home,
    code: honestCode(rng, at, s.zone, s),
    ip: honestIp(rng, s),
    after: { returns: 0.08, ...(bracket ? { bracketed: { price: lines[0]?.price ?? 0 } } : {}) },
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  home_household: homeHousehold,
  gift_to_other: giftToOther,
  bryggen_reorder: bryggenReorder,
  knitting_kit: knittingKit,
  nordic_neighbour: nordicNeighbour,
  norwegian_abroad: norwegianAbroad,
  norwegian_american: norwegianAmerican,
  corporate_logo: corporateLogo,
  heirloom_piece: heirloomPiece,
  e_gift_card: eGiftCard,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
