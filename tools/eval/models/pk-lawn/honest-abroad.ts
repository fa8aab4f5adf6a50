import { type Rng } from '../kit/random.js';
import { newcomer, purchaseOf, signedIn, type Who, type World } from './build.js';
import { EVENINGS, momentIn, RAMADAN_NIGHTS, seasonDay } from './calendar.js';
import { newCard } from './cards.js';
import { addFrom, basketOf, CURRENCY, pickLines, RANGES } from './catalogue.js';
import { homeNetwork, type NetworkName, vpnExit } from './networks.js';
import { accountIn, deviceFor, person, phoneFor } from './people.js';
import { type Abroad, homeAt } from './places.js';
import {
  DAY,
  deliveryFor,
  fulfil,
  honestPay,
  isPaid,
  lastOf,
  type LaterEvent,
  type Method,
  type Purchase,
  releaseUnpaid,
} from './purchase.js';

/**
 * Honest buyers who look unusual: the diaspora buying for themselves on the international storefront (DHL
 * before the Eid cut-off), the diaspora sending outfits to mothers and sisters in Pakistan on the rupee
 * storefront with a foreign card, and Pakistanis on Umrah, abroad for work or study, or behind a VPN.
 */

const DIASPORA: ReadonlyArray<readonly [Abroad, number]> = [
  ['GB', 35],
  ['US', 25],
  ['AE', 20],
  ['SA', 8],
  ['CA', 12],
];

/** A diaspora buyer: a returning account of the market, or someone new there (placed at `at` once known). */
function diasporaBuyer(
  rng: Rng,
  w: World,
  accountShare: number,
  register: boolean,
): { who: Who; at: number } {
  const market = rng.weightedPick(DIASPORA);
  const accounts = w.customers.byMarket[market];
  if (rng.chance(accountShare) && accounts.length > 0) {
    const who = signedIn(rng.pick(accounts));
    return { who, at: momentIn(rng, w.window, { profile: 'abroad', tz: who.home.tz, hours: EVENINGS }) };
  }
  const home = homeAt(rng, market);
  const at = momentIn(rng, w.window, { profile: 'abroad', tz: home.tz, hours: EVENINGS });
  return { who: newcomer(rng, market, at, { home, register }), at };
}

/** Lawn, pret and formals for Eid abroad, by DHL Express; duties paid at checkout for the US only. */
export function diasporaSelf(rng: Rng, w: World): Purchase {
  const { who, at } = diasporaBuyer(rng, w, 0.55, rng.chance(0.5));
  const market = who.market;
  const currency = CURRENCY[market];
  // Mostly lawn and pret; a formal for one Eid day in five orders.
  const count = rng.weightedPick([
    [1, 40],
    [2, 35],
    [3, 25],
  ]);
  const lines = pickLines(rng, [...RANGES.launchLawn, ...RANGES.pret], count, currency);
  if (rng.chance(0.2)) addFrom(rng, lines, RANGES.formal, currency);
  if (rng.chance(0.3)) addFrom(rng, lines, RANGES.accessories, currency);
  const basket = basketOf(lines, currency, 'dhl_express', market);
  const method = rng.weightedPick<Method>([
    ['card', 62],
    ['paypal', 25],
    ['apple_pay', ['GB', 'US', 'CA'].includes(market) ? 13 : 0],
  ]);
  const cards = who.account?.cards.length
    ? who.account.cards
    : [newCard(rng, market === 'PK' ? 'GB' : market)];
  const attempts = honestPay(rng, method, { cards, storefront: 'intl', signedIn: !!who.account });
  let later: LaterEvent[];
  if (!isPaid(attempts)) later = [releaseUnpaid(rng, attempts)];
  else {
    const paid = attempts.find((a) => a.ok)?.method ?? method;
    later = fulfil(rng, deliveryFor('dhl_express', paid, who.home.address.city, false));
    const delivered = lastOf(later);
    if (market !== 'US' && rng.chance(0.04))
      later.push({
        type: 'order.updated',
        afterMs: delivered - rng.int(20, 40) * 3_600_000,
        status: 'held_at_customs',
      });
    if (rng.chance(0.012))
      later.push({
        type: 'refund.created',
        afterMs: delivered + rng.int(3, 10) * DAY,
        reason: 'damaged_in_transit',
        amount: lines[0]?.price ?? 0,
      });
    else if (rng.chance(0.004))
      later.push({
        type: 'dispute.created',
        afterMs: delivered + rng.int(15, 40) * DAY,
        reason: 'product_not_received',
      });
  }
  return purchaseOf(rng, {
    at,
    kind: 'diaspora_self',
    fraud: false,
    who,
    basket,
    storefront: 'intl',
    method,
    fulfilment: 'dhl_express',
    attempts,
    later,
    used: who.account ? rng.pick(who.account.devices) : deviceFor(rng, market),
    network: homeNetwork(rng, market),
  });
}

const GIFT_NOTES = [
  'Eid Mubarak Ammi! Love you',
  'Eid Mubarak Baji, wear the blue one on chand raat',
  'For Ammi and Khala, Eid Mubarak from London',
  'Eid Mubarak! Miss you all',
  'Happy Eid, get them stitched in time!',
];

/** Family abroad sending outfits home: a foreign card on the rupee storefront, a relative's address and name. */
export function diasporaGift(rng: Rng, w: World): Purchase {
  const { who, at } = diasporaBuyer(rng, w, 0.6, true);
  const family = who.account?.family ?? {
    person: person(rng, true),
    home: homeAt(rng, 'PK'),
    phone: phoneFor(rng, 'PK'),
  };
  const lines = pickLines(rng, [...RANGES.everydayLawn, ...RANGES.launchLawn], rng.int(2, 4), 'PKR');
  if (rng.chance(0.4)) addFrom(rng, lines, RANGES.accessories, 'PKR');
  const basket = basketOf(lines, 'PKR', 'courier', 'PK');
  const cards = who.account?.cards.length
    ? who.account.cards
    : [newCard(rng, who.market === 'PK' ? 'GB' : who.market)];
  const attempts = honestPay(rng, 'card', { cards, storefront: 'pk', signedIn: !!who.account }, 0.1);
  const paid = isPaid(attempts);
  const later = paid
    ? fulfil(rng, deliveryFor('courier', 'card', family.home.address.city, seasonDay(at) >= 24))
    : [releaseUnpaid(rng, attempts)];
  const visiting = rng.chance(0.08);
  return purchaseOf(rng, {
    at,
    kind: 'diaspora_gift_home',
    fraud: false,
    who,
    basket,
    storefront: 'pk',
    method: 'card',
    fulfilment: 'courier',
    attempts,
    later,
    used: who.account ? rng.pick(who.account.devices) : deviceFor(rng, who.market),
    network: visiting ? homeNetwork(rng, 'PK') : homeNetwork(rng, who.market),
    shipping: family.home.address,
    recipient: family.person.name,
    phone: family.phone,
    ...(rng.chance(0.6) ? { giftMessage: rng.pick(GIFT_NOTES) } : {}),
  });
}

/** Pakistanis away from home or behind a VPN, ordering to their own address in Pakistan with Pakistani money. */
export function travellerOrVpn(rng: Rng, w: World): Purchase {
  const variant = rng.weightedPick<'umrah' | 'vpn' | 'abroad'>([
    ['umrah', 35],
    ['vpn', 45],
    ['abroad', 20],
  ]);
  const away: ReadonlyArray<readonly [NetworkName, number]> = [
    ['gb_home', 3],
    ['ae_mobile', 4],
    ['us_home', 2],
    ['sa_mobile', 2],
  ];
  const network: NetworkName =
    variant === 'umrah'
      ? rng.chance(0.6)
        ? 'sa_hotel_wifi'
        : 'sa_mobile'
      : variant === 'vpn'
        ? vpnExit(rng)
        : rng.weightedPick(away);
  const tz =
    variant === 'umrah'
      ? 3
      : variant === 'vpn'
        ? 5
        : network.startsWith('gb')
          ? 0
          : network.startsWith('us')
            ? -5
            : 4;
  let at = momentIn(rng, w.window, { profile: 'even', tz, hours: RAMADAN_NIGHTS });
  // Umrah in the last ten nights of Ramadan.
  for (let i = 0; variant === 'umrah' && i < 40 && seasonDay(at) < 19 && seasonDay(at) >= 0; i++)
    at = momentIn(rng, w.window, { profile: 'even', tz, hours: RAMADAN_NIGHTS });
  const who = rng.chance(0.5)
    ? signedIn(accountIn(rng, w.customers, 'PK'))
    : newcomer(rng, 'PK', at, { register: rng.chance(0.5) });
  const method = rng.weightedPick<Method>([
    ['card', 45],
    ['jazzcash', 25],
    ['easypaisa', 10],
    ['cod', 20],
  ]);
  const lines = pickLines(rng, rng.chance(0.6) ? RANGES.everydayLawn : RANGES.pret, rng.int(1, 3), 'PKR');
  const basket = basketOf(lines, 'PKR', 'courier', 'PK');
  const cards = who.account?.cards.length && who.market === 'PK' ? who.account.cards : [newCard(rng, 'PK')];
  const attempts = honestPay(rng, method, { cards, storefront: 'pk', signedIn: !!who.account });
  const paidMethod = attempts.find((a) => a.ok)?.method ?? method;
  const later =
    attempts.length > 0 && !isPaid(attempts)
      ? [releaseUnpaid(rng, attempts)]
      : fulfil(rng, deliveryFor('courier', paidMethod, who.home.address.city, seasonDay(at) >= 24));
  return purchaseOf(rng, {
    at,
    kind: 'traveller_or_vpn',
    fraud: false,
    who,
    basket,
    storefront: 'pk',
    method,
    fulfilment: 'courier',
    attempts,
    later,
    used: who.account ? rng.pick(who.account.devices) : deviceFor(rng, 'PK'),
    network,
  });
}
