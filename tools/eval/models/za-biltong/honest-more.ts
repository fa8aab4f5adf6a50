import { accountBuyer, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  basketOf,
  braaiLines,
  bulkLines,
  type Delivery,
  giftLines,
  hamperLines,
  pantryLines,
} from './basket.js';
import { honestPurchase, localeOf, promoAt, sourceAt, type World } from './build.js';
import { capeDate, drawTime, fromDecember, INTERNATIONAL_CUTOFF, onOrBefore, SAST } from './calendar.js';
import { CURRENCY_OF } from './catalogue.js';
import { newCard } from './cards.js';
import { networksOf } from './networks.js';
import { type Account, accountIn, deviceOf, emailOf, mobileOf, person } from './people.js';
import { addressIn, cityIn, DIASPORA, homeIn, LOCKERS, lockerAddress } from './places.js';
import { cardAttempt, firstAuth, invoicePaid, type Purchase } from './purchase.js';

/** The diaspora's kinds, the companies' hampers and the neighbours' orders. */

/** An expat: an account abroad from the pool (most), or a first-time buyer abroad. */
function expat(rng: Rng, w: World, known: number): { a: Account; known: boolean } {
  if (w.customers.abroad.length > 0 && rng.chance(known))
    return { a: rng.pick(w.customers.abroad), known: true };
  return { a: accountIn(rng, rng.weightedPick(DIASPORA), w.window.start), known: false };
}

/** At home abroad, on the phone network, or behind a VPN back to South Africa (for the rugby on local TV). */
function visitAbroad(rng: Rng, a: Account) {
  if (rng.chance(0.06)) return { net: rng.pick(networksOf('ZA', 'hosting')), device: a.laptop ?? a.device };
  return rng.chance(0.55)
    ? { net: a.homeNet, device: a.laptop ?? a.device }
    : { net: a.mobile, device: a.device };
}

const payerOf = (a: Account, signedIn: boolean) => ({
  cards: a.cards,
  country: a.cards[0]?.country ?? a.country,
  signedIn,
});

const HOME_NOTES = [
  'Geseënde Kersfees Ma en Pa! Mis julle baie',
  'Happy Christmas Mom, have a braai on us',
  'Love from London, see you in Jan',
  'From Perth with love xx',
  'Baie liefde uit Auckland',
  'Happy 70th Dad! Wish we were there',
];

/** Family at home gets the box: paid abroad in rand, biltong and all, delivered in South Africa. */
export function expatGiftHome(rng: Rng, w: World): Purchase {
  const { a, known } = expat(rng, w, 0.7);
  const at = drawTime(rng, w.window, a.city.tz, 'evening', (t) => (onOrBefore(t, 18) ? 1 : 0.3));
  const to = addressIn(rng, 'ZA', cityIn(rng, 'ZA'));
  const near = LOCKERS.filter((x) => x.city === to.city && !x.holiday);
  const delivery: Delivery = near.length > 0 && rng.chance(0.15) ? 'locker' : 'courier';
  const lines = rng.chance(0.7) ? giftLines(rng, 'ZA', 'ZAR') : braaiLines(rng, 'ZA', 'ZAR');
  const { net, device } = visitAbroad(rng, a);
  return honestPurchase(
    rng,
    {
      kind: 'expat_gift_home',
      at,
      buyer: known ? accountBuyer(a) : { email: a.email, name: a.name },
      billing: a.home,
      shipping: delivery === 'locker' ? lockerAddress(rng.pick(near)) : to,
      delivery,
      basket: basketOf(lines, 'ZAR', delivery, promoAt(rng, at, !known)),
      net,
      device,
      locale: localeOf(rng, a.country, a.person),
      source: sourceAt(rng, at, known),
      giftNote: rng.pick(HOME_NOTES),
    },
    payerOf(a, known),
  );
}

/** Rusks, chutney, rooibos and spice to the expat's own door abroad, in their currency, before the cut-off. */
export function expatPantry(rng: Rng, w: World): Purchase {
  const { a, known } = expat(rng, w, 0.75);
  const cutoff = INTERNATIONAL_CUTOFF[a.country] ?? 12;
  const at = drawTime(rng, w.window, a.city.tz, 'evening', (t) => (onOrBefore(t, cutoff) ? 1 : 0.3));
  const currency = CURRENCY_OF[a.country] ?? 'ZAR';
  const { net, device } = visitAbroad(rng, a);
  return honestPurchase(
    rng,
    {
      kind: 'expat_pantry',
      at,
      buyer: known ? accountBuyer(a) : { email: a.email, name: a.name },
      billing: a.home,
      shipping: a.home,
      delivery: 'international',
      basket: basketOf(
        pantryLines(rng, a.country, currency),
        currency,
        'international',
        promoAt(rng, at, !known),
      ),
      net,
      device,
      locale: localeOf(rng, a.country, a.person),
      source: sourceAt(rng, at, known),
    },
    payerOf(a, known),
  );
}

/**
 * Home for December: on a local prepaid SIM or the parents' Wi-Fi (or still roaming), paying with the card
 * from abroad or the South African one they kept, delivered to the parents, a locker or collected in Woodstock.
 */
export function returningExpat(rng: Rng, w: World): Purchase {
  const { a, known } = expat(rng, w, 0.85);
  const at = drawTime(rng, w.window, SAST, 'home', (t) =>
    fromDecember(t, 5) ? 1 + capeDate(t).day / 12 : 0.05,
  );
  const parents = homeIn(rng, 'ZA');
  const delivery = rng.weightedPick<Delivery>([
    ['courier', 60],
    ['locker', 15],
    ['collect', parents.city.city === 'Cape Town' || rng.chance(0.2) ? 25 : 0],
  ]);
  const shipping =
    delivery === 'collect'
      ? undefined
      : delivery === 'locker'
        ? lockerAddress(rng.pick(LOCKERS))
        : parents.address;
  const lines = rng.chance(0.25) ? bulkLines(rng, 'ZAR') : braaiLines(rng, 'ZA', 'ZAR', rng.int(2, 5));
  const net = rng.chance(0.75) ? rng.pick(networksOf('ZA', 'mobile', 'fixed')) : a.mobile;
  return honestPurchase(
    rng,
    {
      kind: 'returning_expat',
      at,
      buyer: known ? accountBuyer(a) : { email: a.email, name: a.name },
      billing: a.home,
      shipping,
      delivery,
      basket: basketOf(lines, 'ZAR', delivery, promoAt(rng, at, !known)),
      net,
      device: a.device,
      locale: localeOf(rng, a.country, a.person),
      source: sourceAt(rng, at, known),
    },
    payerOf(a, known),
  );
}

const COMPANIES = [
  ['Karoo Logistics (Pty) Ltd', 'karoologistics.co.za', 'Midrand'],
  ['Fynbos Financial Advisers', 'fynbosfa.co.za', 'Claremont'],
  ['Umhlanga Property Group', 'upg.co.za', 'Umhlanga'],
  ['Bosveld Engineering', 'bosveldeng.co.za', 'Centurion'],
  ['Tafelberg Attorneys Inc.', 'tafelbergattorneys.co.za', 'Cape Town'],
  ['Highveld Medical Suppliers', 'hvmedical.co.za', 'Sandton'],
  ['Boland Agri Co-op', 'bolandagri.co.za', 'Paarl'],
  ['Ridgeback Software', 'ridgeback.io', 'Stellenbosch'],
  ['Mzansi Freight Forwarders', 'mzansifreight.co.za', 'Kempton Park'],
  ['Coastal Accounting Services', 'coastalaccounting.co.za', 'Durban North'],
  ['Jacaranda Dental Group', 'jacarandadental.co.za', 'Pretoria'],
  ['Winelands Estates Management', 'wem.co.za', 'Somerset West'],
] as const;

/**
 * Year-end hampers for clients and staff: an office manager on a weekday, ten to a couple of hundred hampers,
 * a volume discount from twenty, delivered in bulk to the office or to each recipient; paid by transfer
 * against a pro-forma invoice, or by a company card (often over its online limit, then by transfer).
 */
export function corporateHamper(rng: Rng, w: World): Purchase {
  const [company, domain, town] = rng.pick(COMPANIES);
  const at = drawTime(
    rng,
    w.window,
    SAST,
    'office',
    (t) => (onOrBefore(t, 11) ? 1.4 : onOrBefore(t, 16) ? 0.7 : 0.1),
    true,
  );
  const p = person(rng);
  const count = Math.max(10, Math.min(220, Math.round(rng.logNormal(30, 0.7))));
  const recipients = rng.chance(0.35) ? count : 0;
  const lines = hamperLines(rng, count, rng.chance(0.9));
  const basket = basketOf(lines, 'ZAR', 'bulk', {
    ...(count >= 20 ? { rate: 0.1 } : {}),
    recipients,
  });
  const office = addressIn(rng, 'ZA', cityIn(rng, 'ZA'));
  const address = {
    ...office,
    city: town,
    line1: `${rng.int(1, 40)} ${rng.pick(['Park Lane', 'Office Park', 'Business Park'])}, ${company}`,
  };
  const repeat = rng.chance(0.55);
  const card = newCard(rng, 'ZA', 'business');
  const byCard = rng.chance(0.45);
  const attempts = byCard
    ? rng.chance(0.3)
      ? [
          cardAttempt(rng, card, { ok: false, decline: 'limit_exceeded', afterMs: firstAuth(rng) }),
          ...(rng.chance(0.9) ? [invoicePaid(rng)] : []),
        ]
      : [cardAttempt(rng, card, { ok: true, afterMs: firstAuth(rng) })]
    : rng.chance(0.96)
      ? [invoicePaid(rng)]
      : [];
  const buyer = {
    ...(repeat ? { id: `cus_${rng.token(14)}`, createdAt: at - rng.int(200, 1500) * 24 * HOUR } : {}),
    email: emailOf(rng, p, 'ZA', domain),
    name: p.name,
  };
  return honestPurchase(
    rng,
    {
      kind: 'corporate_hamper',
      at,
      buyer,
      billing: address,
      shipping: address,
      delivery: 'bulk',
      basket,
      net: rng.pick(networksOf('ZA', rng.chance(0.7) ? 'office' : 'fixed')),
      v6: 0.3,
      device: deviceOf(rng, 'windows', 0.95),
      locale: 'en-ZA',
      source: repeat ? 'newsletter' : rng.pick(['google', 'direct', 'whatsapp_share']),
      company: { name: company, vatNumber: `4${rng.digits(9)}` },
      ...(recipients ? { recipients } : {}),
    },
    { cards: [card], country: 'ZA', signedIn: repeat },
    attempts,
  );
}

/** Windhoek and Gaborone: biltong and pantry by road freight, in rand, on their own banks' cards. */
export function neighbourCountry(rng: Rng, w: World): Purchase {
  const known = w.customers.neighbours.length > 0 && rng.chance(0.7);
  const a = known
    ? rng.pick(w.customers.neighbours)
    : accountIn(rng, rng.chance(0.6) ? 'NA' : 'BW', w.window.start);
  const at = drawTime(rng, w.window, SAST, 'home', (t) => (onOrBefore(t, 16) ? 1 : 0.3));
  const lines = braaiLines(rng, a.country, 'ZAR', rng.int(2, 5));
  const net = rng.chance(0.5) ? a.homeNet : mobileOf(rng, a.country);
  return honestPurchase(
    rng,
    {
      kind: 'neighbour_country',
      at,
      buyer: known ? accountBuyer(a) : { email: a.email, name: a.name },
      billing: a.home,
      shipping: a.home,
      delivery: 'road_freight',
      basket: basketOf(lines, 'ZAR', 'road_freight', promoAt(rng, at, !known)),
      net,
      device: a.device,
      locale: localeOf(rng, a.country, a.person),
      source: sourceAt(rng, at, known),
    },
    payerOf(a, known),
  );
}
