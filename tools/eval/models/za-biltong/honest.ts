import { accountBuyer, type Address, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, braaiLines, bulkLines, type Delivery, giftLines } from './basket.js';
import { honestPurchase, localeOf, promoAt, sourceAt, type World } from './build.js';
import { drawTime, fromDecember, SAST } from './calendar.js';
import { newCard } from './cards.js';
import { networksOf } from './networks.js';
import { type Account, accountIn, deviceOf, emailOf, homeNetOf, mobileOf, person } from './people.js';
import { addressIn, cityIn, HOLIDAY_TOWNS, homeIn, LOCKERS, lockerAddress, SAME_DAY } from './places.js';
import { honestPay, type Purchase } from './purchase.js';
import {
  corporateHamper,
  expatGiftHome,
  expatPantry,
  neighbourCountry,
  returningExpat,
} from './honest-more.js';

/**
 * Honest kinds and their weights (README.md): households at home, new customers, gifts within South Africa,
 * the diaspora sending boxes home or stocking its own pantry, expats home for December, companies' year-end
 * hampers, holiday-house orders, bulk biltong, South Africans travelling or on a VPN, and the neighbours.
 */

export const HONEST = {
  regular_braaier: 25,
  new_customer: 15,
  family_gift_sa: 8,
  expat_gift_home: 12,
  expat_pantry: 10,
  returning_expat: 4,
  corporate_hamper: 4,
  holiday_order: 8,
  bulk_biltong: 5,
  traveller_vpn: 5,
  neighbour_country: 2,
} as const;

export type HonestKind = keyof typeof HONEST;

/** Where a local order goes: to the door, a locker, same-day in Cape Town or collected in Woodstock. */
export function localDelivery(rng: Rng, a: { city?: string | undefined }): Delivery {
  const metro = SAME_DAY.has(a.city ?? '');
  return rng.weightedPick<Delivery>([
    ['courier', 52],
    ['locker', 28],
    ['same_day', metro ? 10 : 0],
    ['collect', metro ? 8 : 0],
  ]);
}

/** The address a local delivery goes to: home, the nearest locker (same city when there is one), the shop. */
export function localShipping(rng: Rng, delivery: Delivery, home: Address): Address | undefined {
  if (delivery === 'collect' || delivery === 'email') return undefined;
  if (delivery !== 'locker') return home;
  const near = LOCKERS.filter((x) => x.city === home.city && !x.holiday);
  return lockerAddress(rng.pick(near.length > 0 ? near : LOCKERS.filter((x) => !x.holiday)));
}

/** A signed-in account's visit: its phone on the mobile network or home Wi-Fi, the laptop at home, work. */
export function accountVisit(rng: Rng, a: Account) {
  const laptop = a.laptop && rng.chance(0.3);
  const device = laptop && a.laptop ? a.laptop : a.device;
  // From the office or campus now and then, when the account is at home in South Africa.
  if (a.country === 'ZA' && rng.chance(0.1))
    return { device, net: rng.pick(networksOf('ZA', 'office', 'campus')) };
  const net = laptop || rng.chance(0.45) ? a.homeNet : a.mobile;
  return { device, net };
}

const payerOf = (a: Account) => ({
  cards: a.cards,
  country: a.cards[0]?.country ?? a.country,
  signedIn: true,
});

function regular(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.local);
  const at = drawTime(rng, w.window, SAST, 'home');
  const delivery = localDelivery(rng, a.home);
  const promo = promoAt(rng, at, false);
  const { device, net } = accountVisit(rng, a);
  return honestPurchase(
    rng,
    {
      kind: 'regular_braaier',
      at,
      buyer: accountBuyer(a),
      billing: a.home,
      shipping: localShipping(rng, delivery, a.home),
      delivery,
      basket: basketOf(braaiLines(rng, 'ZA', 'ZAR'), 'ZAR', delivery, promo),
      net,
      device,
      locale: localeOf(rng, 'ZA', a.person),
      source: sourceAt(rng, at, true),
    },
    payerOf(a),
  );
}

function newCustomer(rng: Rng, w: World): Purchase {
  const at = drawTime(rng, w.window, SAST, 'home');
  const p = person(rng);
  const { address, city } = homeIn(rng, 'ZA');
  const signUp = rng.chance(0.45);
  const delivery = localDelivery(rng, city);
  const small = rng.chance(0.7);
  const lines = small ? braaiLines(rng, 'ZA', 'ZAR', rng.int(1, 2)) : giftLines(rng, 'ZA', 'ZAR');
  const promo = promoAt(rng, at, true);
  const source = sourceAt(rng, at, false);
  return honestPurchase(
    rng,
    {
      kind: 'new_customer',
      at,
      buyer: {
        ...(signUp ? { id: `cus_${rng.token(14)}`, createdAt: at - rng.int(2, 25) * MINUTE } : {}),
        email: emailOf(rng, p),
        name: p.name,
      },
      billing: address,
      shipping: localShipping(rng, delivery, address),
      delivery,
      basket: basketOf(lines, 'ZAR', delivery, promo),
      net: rng.chance(0.7) ? mobileOf(rng, 'ZA') : homeNetOf(rng, 'ZA'),
      device: deviceOf(rng, source === 'facebook_ad' || source === 'instagram' ? 'in_app' : undefined),
      locale: localeOf(rng, 'ZA', p),
      source,
    },
    { cards: [newCard(rng, 'ZA')], country: 'ZA', signedIn: false },
  );
}

const NOTES = [
  'Geseënde Kersfees! Baie liefde',
  'Merry Christmas Dad, enjoy the braai',
  'Happy birthday! Love from all of us',
  'Compliments of the season',
  'For the rugby boys, cheers',
  'Thinking of you this Christmas',
  'Veels geluk met die nuwe huis',
];

function familyGift(rng: Rng, w: World): Purchase {
  const at = drawTime(rng, w.window, SAST, 'home');
  const known = rng.chance(0.6);
  const a = known ? rng.pick(w.customers.local) : accountIn(rng, 'ZA', w.window.start);
  const city = cityIn(rng, 'ZA');
  const to = addressIn(rng, 'ZA', city);
  const delivery: Delivery = rng.chance(0.78) ? 'courier' : 'locker';
  const { device, net } = accountVisit(rng, a);
  return honestPurchase(
    rng,
    {
      kind: 'family_gift_sa',
      at,
      buyer: known ? accountBuyer(a) : { email: a.email, name: a.name },
      billing: a.home,
      shipping: localShipping(rng, delivery, to),
      delivery,
      basket: basketOf(giftLines(rng, 'ZA', 'ZAR'), 'ZAR', delivery, promoAt(rng, at, !known)),
      net,
      device,
      locale: localeOf(rng, 'ZA', a.person),
      source: sourceAt(rng, at, known),
      giftNote: rng.pick(NOTES),
    },
    { ...payerOf(a), signedIn: known },
  );
}

/** The holiday house, the caravan park or the locker in the coastal town, ordered on the road. */
function holiday(rng: Rng, w: World): Purchase {
  const at = drawTime(rng, w.window, SAST, 'home', (t) => (fromDecember(t, 4) ? 1 : 0.1));
  const a = rng.pick(w.customers.local);
  const town = rng.weightedPick(HOLIDAY_TOWNS.map((x) => [x, x.weight] as const));
  const lockers = LOCKERS.filter((x) => x.city === town.city);
  const locker = lockers.length > 0 && rng.chance(0.35) ? rng.pick(lockers) : undefined;
  const delivery: Delivery = locker ? 'locker' : 'courier';
  const lines = braaiLines(rng, 'ZA', 'ZAR', rng.int(2, 5));
  return honestPurchase(
    rng,
    {
      kind: 'holiday_order',
      at,
      buyer: accountBuyer(a),
      billing: a.home,
      shipping: locker ? lockerAddress(locker) : addressIn(rng, 'ZA', town),
      delivery,
      basket: basketOf(lines, 'ZAR', delivery, promoAt(rng, at, false)),
      net: rng.chance(0.8) ? a.mobile : rng.pick(networksOf('ZA', 'fixed')),
      device: a.device,
      locale: localeOf(rng, 'ZA', a.person),
      source: sourceAt(rng, at, true),
    },
    payerOf(a),
  );
}

/** Several kilos for a hunting trip, a wedding, a rugby club tour or a game farm; often a new account. */
function bulk(rng: Rng, w: World): Purchase {
  const at = drawTime(rng, w.window, SAST, 'home');
  const fresh = rng.chance(0.5);
  const a = fresh
    ? accountIn(rng, 'ZA', w.window.start, at - rng.int(3, 2 * 24 * 60) * MINUTE)
    : rng.pick(w.customers.local);
  const delivery: Delivery = SAME_DAY.has(a.home.city ?? '') && rng.chance(0.4) ? 'collect' : 'courier';
  const { device, net } = accountVisit(rng, a);
  return honestPurchase(
    rng,
    {
      kind: 'bulk_biltong',
      at,
      buyer: accountBuyer(a),
      billing: a.home,
      shipping: localShipping(rng, delivery, a.home),
      delivery,
      basket: basketOf(bulkLines(rng, 'ZAR'), 'ZAR', delivery, promoAt(rng, at, fresh)),
      net,
      device,
      locale: localeOf(rng, 'ZA', a.person),
      source: sourceAt(rng, at, !fresh),
    },
    payerOf(a),
  );
}

/** A South African on holiday in Mauritius, Dubai, Mozambique or Lisbon, or at home behind a VPN. */
function traveller(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.local);
  const away = rng.chance(0.55);
  const where = rng.weightedPick<string>([
    ['MU', 3],
    ['AE', 2],
    ['MZ', 2],
    ['GB', 2],
    ['PT', 1],
    ['NA', 1],
  ]);
  const tz = { MU: 4, AE: 4, MZ: 2, GB: 0, PT: 0, NA: 2 }[where] ?? SAST;
  const at = drawTime(rng, w.window, away ? tz : SAST, 'home');
  const net = away
    ? rng.pick(networksOf(where))
    : rng.pick([
        ...networksOf('GB', 'hosting'),
        ...networksOf('NL', 'hosting'),
        ...networksOf('US', 'hosting'),
        ...networksOf('ZA', 'hosting'),
      ]);
  const delivery: Delivery = rng.chance(0.7) ? 'courier' : 'locker';
  const payer = payerOf(a);
  const basket = basketOf(braaiLines(rng, 'ZA', 'ZAR'), 'ZAR', delivery, promoAt(rng, at, false));
  // Roaming: the OTP SMS arrives late or not at all, so the first try fails more often.
  const attempts = away ? honestPay(rng, payer, basket.amount, 'ZAR', 0.18) : undefined;
  return honestPurchase(
    rng,
    {
      kind: 'traveller_vpn',
      at,
      buyer: accountBuyer(a),
      billing: a.home,
      shipping: localShipping(rng, delivery, a.home),
      delivery,
      basket,
      net,
      v6: 0.1,
      device: a.device,
      locale: localeOf(rng, 'ZA', a.person),
      source: sourceAt(rng, at, true),
    },
    payer,
    attempts,
  );
}

/** One honest purchase of `kind`. */
export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'regular_braaier':
      return regular(rng, w);
    case 'new_customer':
      return newCustomer(rng, w);
    case 'family_gift_sa':
      return familyGift(rng, w);
    case 'expat_gift_home':
      return expatGiftHome(rng, w);
    case 'expat_pantry':
      return expatPantry(rng, w);
    case 'returning_expat':
      return returningExpat(rng, w);
    case 'corporate_hamper':
      return corporateHamper(rng, w);
    case 'holiday_order':
      return holiday(rng, w);
    case 'bulk_biltong':
      return bulk(rng, w);
    case 'traveller_vpn':
      return traveller(rng, w);
    default:
      return neighbourCountry(rng, w);
  }
}
