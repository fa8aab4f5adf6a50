import { type Device, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { GIFT_NOTES, homeConnection, honestPurchase, itemCount, shopper } from './build.js';
import { BUDAPEST, type Hours, placeAt } from './calendar.js';
import {
  basketOf,
  type Category,
  COLLECTIBLES,
  GIFT_WRAP,
  GIFTS,
  pickProducts,
  SERVICES,
} from './catalogue.js';
import { crowdOf, newDevice } from './devices.js';
import { ipOn, net, type Network, networksOf } from './networks.js';
import { type Account, FOREIGN } from './people.js';
import { homeIn, plain } from './places.js';
import { honestPay, type Purchase } from './purchase.js';
import { type World } from './world.js';

/** Honest orders placed from abroad: Hungarians sending presents home, collectors, travellers, privacy users. */

type Line = readonly [Product<Category>, number];

const hoursFor = (code: string): Hours => (['AE', 'SA', 'QA', 'KW'].includes(code) ? 'late' : 'home');

/** Hungarians in London, Vienna, Munich or Toronto: presents shipped to parents at home, or to themselves. */
export function diasporaGift(rng: Rng, w: World): Purchase {
  const probe = rng.pick(w.abroadHu);
  const home = rng.chance(0.6);
  const at = placeAt(rng, w.window, probe.tz, 'home', home ? 'home' : 'abroad');
  const s = shopper(
    rng,
    w.abroadHu.filter((a) => a.country === probe.country),
    { account: 70, fresh: 22, guest: 8 },
    { group: probe.group, code: probe.country },
    at,
  );
  const a = s.account;
  const shipping = home ? plain(homeIn(rng, 'HU')) : a.home;
  const lines: Line[] = pickProducts(rng, rng.chance(0.8) ? GIFTS : COLLECTIBLES, itemCount(rng)).map((p) => [
    p,
    1,
  ]);
  if (home && rng.chance(0.4)) lines.push([GIFT_WRAP, 1]);
  const basket = basketOf(lines, { currency: a.currency, delivery: 'courier', to: shipping.country });
  const payment = honestPay(
    rng,
    { cards: a.cards, country: a.country, signedIn: s.signed !== 'guest' },
    basket,
    {
      forint: false,
    },
  );
  return honestPurchase(rng, {
    kind: 'diaspora_gift',
    at,
    buyer: s.buyer,
    billing: a.home,
    shipping,
    delivery: 'courier',
    basket,
    payment,
    ...homeConnection(rng, a),
    locale: 'hu-HU',
    ...(home ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
  });
}

/**
 * Collectors abroad, many of whom once walked down Váci utca: Herend in Tokyo, Taipei, Dubai, New York and
 * London, often a first order from a new account with a big basket.
 */
export function foreignCollector(rng: Rng, w: World): Purchase {
  const code = rng.weightedPick(FOREIGN);
  const existing = w.foreign.filter((a) => a.country === code);
  const probeTz = (existing[0] ?? homeIn(rng.fork('tz'), code)).tz;
  const at = placeAt(rng, w.window, probeTz, hoursFor(code), 'abroad');
  const s = shopper(rng, existing, { account: 55, fresh: 35, guest: 10 }, { group: 'foreign', code }, at);
  const a = s.account;
  const lines: Line[] = pickProducts(
    rng,
    COLLECTIBLES,
    rng.weightedPick<number>([
      [1, 55],
      [2, 30],
      [3, 15],
    ]),
  ).map((p) => [p, p.price < 80_000 && rng.chance(0.3) ? 2 : 1]);
  if (rng.chance(0.05)) lines.push([rng.pick([SERVICES.teaSet, SERVICES.apponyi]), 1]);
  const basket = basketOf(lines, { currency: a.currency, delivery: 'courier', to: a.home.country });
  const payment = honestPay(
    rng,
    { cards: a.cards, country: a.country, signedIn: s.signed !== 'guest' },
    basket,
    {
      forint: false,
    },
  );
  return honestPurchase(rng, {
    kind: 'foreign_collector',
    at,
    buyer: s.buyer,
    billing: a.home,
    shipping: a.home,
    delivery: 'courier',
    basket,
    payment,
    ...homeConnection(rng, a),
    locale: a.locale,
  });
}

/** A phone on the road: the buyer's own, or a new one (a hotel's iPad, a colleague's laptop). */
const travelDevice = (rng: Rng, a: Account): Device =>
  a.devices.find((d) => /iPhone|Android/.test(d.userAgent)) ?? newDevice(rng, crowdOf(a.country));

/**
 * Travellers: visitors in Budapest for the Christmas markets buying on hotel Wi-Fi to have it shipped home, and
 * Hungarians abroad for work or skiing ordering home on a foreign network.
 */
export function traveller(rng: Rng, w: World): Purchase {
  if (rng.chance(0.55)) {
    const code = rng.weightedPick(FOREIGN);
    const at = placeAt(rng, w.window, BUDAPEST, 'home', 'abroad');
    const s = shopper(
      rng,
      w.foreign.filter((a) => a.country === code),
      { account: 30, fresh: 40, guest: 30 },
      { group: 'foreign', code },
      at,
    );
    const a = s.account;
    const lines: Line[] = pickProducts(rng, rng.chance(0.6) ? GIFTS : COLLECTIBLES, itemCount(rng)).map(
      (p) => [p, 1],
    );
    const basket = basketOf(lines, { currency: a.currency, delivery: 'courier', to: a.home.country });
    const payment = honestPay(
      rng,
      { cards: a.cards, country: a.country, signedIn: s.signed !== 'guest' },
      basket,
      {
        forint: false,
      },
    );
    const network: Network = rng.chance(0.7)
      ? net('hu-office-hotel')
      : net(rng.pick(['hu-mobile-a', 'hu-mobile-b']));
    return honestPurchase(rng, {
      kind: 'traveller',
      at,
      buyer: s.buyer,
      billing: a.home,
      shipping: a.home,
      delivery: 'courier',
      basket,
      payment,
      ip: ipOn(rng, network),
      device: travelDevice(rng, a),
      locale: a.locale,
    });
  }
  const where = rng.weightedPick<string>([
    ['AT', 25],
    ['DE', 20],
    ['GB', 15],
    ['IT', 10],
    ['FR', 8],
    ['AE', 10],
    ['US', 7],
    ['CH', 5],
  ]);
  const tz = where === 'GB' ? 0 : where === 'AE' ? 4 : where === 'US' ? -5 : 1;
  const at = placeAt(rng, w.window, tz, 'home', 'home');
  const s = shopper(
    rng,
    w.domestic,
    { account: 75, fresh: 10, guest: 15 },
    { group: 'domestic', code: 'HU' },
    at,
  );
  const a = s.account;
  const lines: Line[] = pickProducts(rng, GIFTS, itemCount(rng)).map((p) => [p, 1]);
  const basket = basketOf(lines, { currency: 'HUF', delivery: 'courier', to: 'HU' });
  const payment = honestPay(rng, { cards: a.cards, country: 'HU', signedIn: s.signed !== 'guest' }, basket, {
    forint: true,
    transfer: 0,
  });
  return honestPurchase(rng, {
    kind: 'traveller',
    at,
    buyer: s.buyer,
    billing: a.home,
    shipping: a.home,
    delivery: 'courier',
    basket,
    payment,
    ip: ipOn(rng, rng.pick(networksOf(where, 'fixed', 'cable'))),
    device: travelDevice(rng, a),
    locale: 'hu-HU',
  });
}

/** The relay or VPN exit a privacy-minded buyer in `code` comes out of. */
function privateExit(rng: Rng, code: string): Network {
  const relay = networksOf(code, 'relay');
  if (relay.length > 0 && rng.chance(0.6)) return rng.pick(relay);
  if (code === 'HU' && rng.chance(0.55)) return net(rng.pick(['de-relay', 'at-relay']));
  return net(rng.pick(['nl-hosting', 'se-hosting', 'ch-hosting', 'de-hosting', 'us-hosting', 'gb-hosting']));
}

/** Ordinary buyers behind a private relay or a commercial VPN: the IP says little about where they are. */
export function privacyRelay(rng: Rng, w: World): Purchase {
  const home = rng.chance(0.6);
  const pool = home ? w.domestic : [...w.foreign, ...w.abroadHu];
  const probe = rng.pick(pool);
  const at = placeAt(rng, w.window, probe.tz, hoursFor(probe.country), home ? 'home' : 'abroad');
  const s = shopper(
    rng,
    pool.filter((a) => a.country === probe.country),
    { account: 75, fresh: 15, guest: 10 },
    { group: probe.group, code: probe.country },
    at,
  );
  const a = s.account;
  const lines: Line[] = pickProducts(rng, a.collector ? COLLECTIBLES : GIFTS, itemCount(rng)).map((p) => [
    p,
    1,
  ]);
  const basket = basketOf(lines, { currency: a.currency, delivery: 'courier', to: a.home.country });
  const payment = honestPay(
    rng,
    { cards: a.cards, country: a.country, signedIn: s.signed !== 'guest' },
    basket,
    {
      forint: a.currency === 'HUF',
    },
  );
  const exit = privateExit(rng, a.country);
  const apple = a.devices.find((d) => /iPhone|Macintosh|iPad/.test(d.userAgent));
  return honestPurchase(rng, {
    kind: 'privacy_relay',
    at,
    buyer: s.buyer,
    billing: a.home,
    shipping: a.home,
    delivery: 'courier',
    basket,
    payment,
    ip: ipOn(rng, exit),
    device: exit.kind === 'relay' && apple ? apple : rng.pick(a.devices),
    locale: a.locale,
  });
}
