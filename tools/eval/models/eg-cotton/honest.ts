import { accountBuyer, type Address, type Buyer, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placeAt } from './calendar.js';
import { newCard } from './cards.js';
import { everydayLines, giftLines, trousseauLines } from './catalogue.js';
import {
  corporateGifts,
  gulfExpatGift,
  gulfHome,
  hotelBulk,
  internationalBuyer,
  traveller,
} from './honest-more.js';
import { egyptCheckout, seasonCode } from './orders.js';
import { homeIn, tzOf } from './places.js';
import { accountIn, deviceFor, emailOf, nameOf, ownDevice } from './people.js';
import { homeIp } from './networks.js';
import { type Purchase, type World } from './purchase.js';

/**
 * Honest kinds and their weights (of honest orders), and the Egyptian households': everyday orders, repeat
 * customers, gifts sent to someone else, trousseau orders and first orders from an Instagram or Facebook ad.
 * The Gulf, the West, travellers, hotels and companies are in honest-more.ts.
 */

export const HONEST = {
  home_shopper: 30,
  repeat_customer: 14,
  gift_order: 9,
  trousseau_order: 6,
  instagram_first_order: 4,
  gulf_expat_gift: 9,
  gulf_home: 8,
  international_buyer: 10,
  traveller: 3,
  hotel_bulk: 4,
  corporate_gifts: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

/** A guest at checkout: a name, an e-mail, a new address and card. */
export function guest(rng: Rng, country: 'EG'): { buyer: Buyer; home: Address } {
  const name = nameOf(rng, 'egyptian', country);
  return { buyer: { email: emailOf(rng, name, country), name }, home: homeIn(rng, country) };
}

const EG_METHODS = [
  ['card', 34],
  ['cod', 30],
  ['fawry', 12],
  ['vodafone_cash', 16],
  ['valu', 6],
  ['apple_pay', 2],
] as const;

function homeShopper(rng: Rng, w: World): Purchase {
  const signedIn = rng.chance(0.55);
  const a = signedIn ? accountIn(rng, w.base, ['EG']) : undefined;
  const { buyer, home } = a ? { buyer: accountBuyer(a), home: a.home } : guest(rng, 'EG');
  const at = placeAt(rng, w.window, 2, 'evening');
  const pickup = rng.chance(0.07);
  return egyptCheckout(rng, {
    kind: 'home_shopper',
    at,
    buyer,
    billing: home,
    ...(pickup ? {} : { shipTo: home }),
    cards: a?.cards ?? [newCard(rng, 'EG')],
    wallet: a?.wallet ?? rng.chance(0.35),
    signedIn,
    device: a ? ownDevice(rng, a) : deviceFor(rng, 'EG'),
    ip: homeIp(rng, 'EG'),
    lines: everydayLines(rng, 'EGP'),
    methods: EG_METHODS,
    code: seasonCode(rng, at, !signedIn),
  });
}

/**
 * An aged account reordering on its own device: pillowcases, towels, another sheet set; often a saved card.
 */
function repeatCustomer(rng: Rng, w: World): Purchase {
  const aged = w.base.all.filter((x) => x.country === 'EG' && x.createdAt < w.window.start - 90 * DAY);
  const a = aged.length > 0 ? rng.pick(aged) : accountIn(rng, w.base, ['EG']);
  const at = placeAt(rng, w.window, 2, 'evening');
  return egyptCheckout(rng, {
    kind: 'repeat_customer',
    at,
    buyer: accountBuyer(a),
    billing: a.home,
    shipTo: a.home,
    cards: a.cards,
    wallet: a.wallet,
    signedIn: true,
    device: ownDevice(rng, a),
    ip: homeIp(rng, 'EG'),
    lines: everydayLines(rng, 'EGP', rng.int(1, 3)),
    methods: [
      ['card', 48],
      ['cod', 20],
      ['fawry', 8],
      ['vodafone_cash', 18],
      ['valu', 6],
    ],
    code: seasonCode(rng, at, false),
  });
}

const GIFT_NOTES = [
  'Happy New Year!',
  'Merry Christmas — عيد ميلاد مجيد',
  'Mabrouk on the new home',
  'Congratulations on the wedding',
  'Kol sana wenta tayeb',
  'For Mama, with love',
  'Welcome baby!',
];

/** A gift sent to someone else in Egypt: robes, galabeya boxes, towel sets, boxed and with a note. */
function giftOrder(rng: Rng, w: World): Purchase {
  const signedIn = rng.chance(0.6);
  const a = signedIn ? accountIn(rng, w.base, ['EG']) : undefined;
  const { buyer, home } = a ? { buyer: accountBuyer(a), home: a.home } : guest(rng, 'EG');
  const recipient = homeIn(rng, 'EG');
  const at = placeAt(rng, w.window, 2, 'evening');
  return egyptCheckout(rng, {
    kind: 'gift_order',
    at,
    buyer,
    billing: home,
    shipTo: recipient,
    cards: a?.cards ?? [newCard(rng, 'EG')],
    wallet: a?.wallet ?? rng.chance(0.35),
    signedIn,
    device: a ? ownDevice(rng, a) : deviceFor(rng, 'EG'),
    ip: homeIp(rng, 'EG'),
    lines: giftLines(rng, 'EGP', rng.int(1, 2)),
    methods: [
      ['card', 55],
      ['vodafone_cash', 20],
      ['fawry', 10],
      ['cod', 8],
      ['apple_pay', 4],
    ],
    code: seasonCode(rng, at, !signedIn),
    giftNote: `${rng.pick(GIFT_NOTES)} — ${nameOf(rng, 'egyptian', 'EG')}`,
    outcome: { refusal: 0.04, returns: 0.02, dispute: 0.002, cancel: 0.01 },
  });
}

/**
 * A trousseau (gehaz), mostly ordered by the bride's mother: about 40 to 110 pieces, often to the family home
 * in the Delta or Upper Egypt, paid by card (a limit often hit first), transfer, valU instalments or cash on
 * delivery; a few are cancelled when an engagement is.
 */
function trousseauOrder(rng: Rng, w: World): Purchase {
  const signedIn = rng.chance(0.7);
  const a = signedIn ? accountIn(rng, w.base, ['EG']) : undefined;
  const name = a?.name ?? nameOf(rng, 'egyptian', 'EG', rng.chance(0.75));
  const buyer: Buyer = a ? accountBuyer(a) : { email: emailOf(rng, name, 'EG'), name };
  const home = a?.home ?? homeIn(rng, 'EG');
  const at = placeAt(rng, w.window, tzOf(home), 'evening');
  const pickup = rng.chance(0.1);
  const lines = trousseauLines(rng, 'EGP', rng.float(0.9, 1.5));
  return egyptCheckout(rng, {
    kind: 'trousseau_order',
    at,
    buyer,
    billing: home,
    ...(pickup ? {} : { shipTo: home }),
    cards: a?.cards ?? [newCard(rng, 'EG', { noMeeza: true }), newCard(rng, 'EG')],
    wallet: a?.wallet ?? false,
    signedIn,
    device: a ? ownDevice(rng, a) : deviceFor(rng, 'EG'),
    ip: homeIp(rng, 'EG', 0.5),
    lines,
    methods: [
      ['card', 35],
      ['bank_transfer', 30],
      ['valu', 22],
      ['cod', 10],
    ],
    code: ['GEHAZ12', 0.6, 12],
    ff: pickup
      ? { f: 'pickup', prep: [2, 6], transit: [0, 0] }
      : { f: 'courier', prep: [3, 7], transit: [1, 4] },
    outcome: { refusal: 0.05, returns: 0.04, dispute: 0.002, cancel: 0.03 },
  });
}

/**
 * A first order from an Instagram or Facebook ad: a guest or brand-new account, on the in-app browser, cash
 * on delivery.
 */
function instagramFirstOrder(rng: Rng, w: World): Purchase {
  const g = guest(rng, 'EG');
  const at = placeAt(rng, w.window, 2, 'evening');
  const fresh = rng.chance(0.45);
  const buyer: Buyer = fresh
    ? { ...g.buyer, id: `cus_${rng.token(14)}`, createdAt: at - rng.int(2, 15) * 60_000 }
    : g.buyer;
  return egyptCheckout(rng, {
    kind: 'instagram_first_order',
    at,
    buyer,
    billing: g.home,
    shipTo: g.home,
    cards: [newCard(rng, 'EG')],
    wallet: rng.chance(0.4),
    signedIn: fresh,
    device: deviceFor(rng, 'EG', rng.pick(['android_ig', 'android_fb', 'iphone_ig', 'android_ig'])),
    ip: homeIp(rng, 'EG', 0.85),
    lines: everydayLines(rng, 'EGP', rng.int(1, 2)),
    methods: [
      ['cod', 68],
      ['vodafone_cash', 14],
      ['card', 14],
      ['fawry', 4],
    ],
    code: ['INSTA10', 0.5, 10],
    outcome: { refusal: 0.13, returns: 0.03, dispute: 0.001, cancel: 0.015 },
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  home_shopper: homeShopper,
  repeat_customer: repeatCustomer,
  gift_order: giftOrder,
  trousseau_order: trousseauOrder,
  instagram_first_order: instagramFirstOrder,
  gulf_expat_gift: gulfExpatGift,
  gulf_home: gulfHome,
  international_buyer: internationalBuyer,
  traveller,
  hotel_bulk: hotelBulk,
  corporate_gifts: corporateGifts,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
