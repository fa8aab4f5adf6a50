import { type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { adventWeeks, GIFT_NOTES, homeConnection, honestPurchase, itemCount, shopper } from './build.js';
import { BUDAPEST, placeAt } from './calendar.js';
import {
  antique,
  basketOf,
  type Category,
  COLLECTIBLES,
  CORPORATE,
  GIFT_WRAP,
  GIFTS,
  pickProducts,
  SERVICES,
  TABLEWARE,
  voucherOf,
} from './catalogue.js';
import { newDevice } from './devices.js';
import { ipOn, net } from './networks.js';
import { emailOf, FOREIGN, newCompany, personFrom } from './people.js';
import { country, homeIn, plain } from './places.js';
import { honestPay, type Payment, type Purchase } from './purchase.js';
import { type World } from './world.js';

/** Honest orders from Hungary, and the big-ticket ones (services, companies, antiques) from anywhere. */

type Line = readonly [Product<Category>, number];

/** Quantities as people buy them: one of a figurine, a few mugs or ornaments for the family. */
function quantities(rng: Rng, products: readonly Product<Category>[]): Line[] {
  return products.map((p) => [
    p,
    p.category === 'ornament' || (p.price < 50_000 && rng.chance(0.25)) ? rng.int(1, 3) : 1,
  ]);
}

/** Christmas presents bought at home, now and then sent to parents in another town or to family abroad. */
export function domesticGift(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, BUDAPEST, 'home', 'home');
  const s = shopper(
    rng,
    w.domestic,
    { account: 58, fresh: 17, guest: 25 },
    { group: 'domestic', code: 'HU' },
    at,
  );
  const r = rng.next();
  const elsewhere = r < 0.1 ? plain(homeIn(rng, 'HU')) : undefined;
  const abroad =
    r >= 0.1 && r < 0.14 ? plain(homeIn(rng, rng.pick(['AT', 'DE', 'GB', 'SK', 'RO', 'NL']))) : undefined;
  const shipping = elsewhere ?? abroad ?? s.account.home;
  const lines: Line[] = quantities(rng, pickProducts(rng, GIFTS, itemCount(rng)));
  if (rng.chance(0.3)) lines.push([GIFT_WRAP, 1]);
  const basket = basketOf(lines, {
    currency: 'HUF',
    delivery: 'courier',
    to: shipping.country,
    ...(adventWeeks(w.window, at) && rng.chance(0.15) ? { code: 'ADVENT10' as const } : {}),
  });
  const payment = honestPay(
    rng,
    { cards: s.account.cards, country: 'HU', signedIn: s.signed !== 'guest' },
    basket,
    {
      forint: true,
    },
  );
  return honestPurchase(rng, {
    kind: 'domestic_gift',
    at,
    buyer: s.buyer,
    billing: s.account.home,
    shipping,
    delivery: 'courier',
    basket,
    payment,
    ...homeConnection(rng, s.account),
    locale: 'hu-HU',
    ...(elsewhere || abroad ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
  });
}

/** A collector adding to a cabinet: an aged account, a saved card, bigger pieces, the loyalty code. */
export function repeatCollector(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.collectors.length > 0 ? w.collectors : w.customers);
  const home = a.country === 'HU';
  const at = placeAt(
    rng,
    w.window,
    a.tz,
    a.country === 'AE' || a.country === 'SA' ? 'late' : 'home',
    home ? 'home' : 'abroad',
  );
  const lines = quantities(rng, pickProducts(rng, COLLECTIBLES, rng.chance(0.7) ? 1 : 2));
  const oldEnough = a.createdAt < w.window.start - 365 * 86_400_000;
  const basket = basketOf(lines, {
    currency: a.currency,
    delivery: 'courier',
    to: a.home.country,
    ...(oldEnough && rng.chance(0.35) ? { code: 'TORZS5' as const } : {}),
  });
  const payment = honestPay(rng, { cards: a.cards, country: a.country, signedIn: true }, basket, {
    forint: a.currency === 'HUF',
  });
  return honestPurchase(rng, {
    kind: 'repeat_collector',
    at,
    buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
    billing: a.home,
    shipping: a.home,
    delivery: 'courier',
    basket,
    payment,
    ...homeConnection(rng, a),
    locale: a.locale,
  });
}

const NEAR_SHOP = (c: { home: { city?: string } }) =>
  ['Budapest', 'Budaörs', 'Érd', 'Szentendre', 'Gödöllő', 'Vác'].includes(c.home.city ?? '');

/** Reserved online and collected at the Váci utca counter, paid online or on collection. */
export function shopPickup(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, BUDAPEST, 'home', 'home');
  const near = w.domestic.filter(NEAR_SHOP);
  const s = shopper(rng, near, { account: 55, fresh: 15, guest: 30 }, { group: 'domestic', code: 'HU' }, at);
  const lines = quantities(rng, pickProducts(rng, GIFTS, itemCount(rng)));
  const basket = basketOf(lines, { currency: 'HUF', delivery: 'pickup' });
  const payment: Payment = rng.chance(0.45)
    ? { attempts: [], offline: 'pay_in_store' }
    : honestPay(rng, { cards: s.account.cards, country: 'HU', signedIn: s.signed !== 'guest' }, basket, {
        forint: true,
        transfer: 0,
      });
  return honestPurchase(rng, {
    kind: 'shop_pickup',
    at,
    buyer: s.buyer,
    billing: s.account.home,
    delivery: 'pickup',
    basket,
    payment,
    ...homeConnection(rng, s.account),
    locale: 'hu-HU',
  });
}

/** Paid in cash to the courier (utánvét): older buyers, first orders, modest baskets. */
export function cashOnDelivery(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, BUDAPEST, 'home', 'home');
  const s = shopper(
    rng,
    w.domestic,
    { account: 35, fresh: 20, guest: 45 },
    { group: 'domestic', code: 'HU' },
    at,
  );
  let products = pickProducts(rng, GIFTS, rng.chance(0.7) ? 1 : 2);
  if (products.reduce((sum, p) => sum + p.price, 0) > 300_000) products = products.slice(0, 1);
  const basket = basketOf(quantities(rng, products), {
    currency: 'HUF',
    delivery: 'courier',
    to: 'HU',
    cod: true,
  });
  return honestPurchase(rng, {
    kind: 'cash_on_delivery',
    at,
    buyer: s.buyer,
    billing: s.account.home,
    shipping: s.account.home,
    delivery: 'courier',
    basket,
    payment: { attempts: [], offline: 'cod' },
    ...homeConnection(rng, s.account, 0.02),
    locale: 'hu-HU',
  });
}

/** The shop's gift vouchers, e-mailed to the buyer or straight to the person they are for. */
export function giftVoucher(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, BUDAPEST, 'home', 'home');
  const s = shopper(
    rng,
    w.domestic,
    { account: 50, fresh: 15, guest: 35 },
    { group: 'domestic', code: 'HU' },
    at,
  );
  const value = rng.weightedPick<number>([
    [10_000, 26],
    [20_000, 30],
    [50_000, 24],
    [5_000, 10],
    [100_000, 8],
    [200_000, 2],
  ]);
  const basket = basketOf([[voucherOf(value), rng.chance(0.12) ? rng.int(2, 3) : 1]], {
    currency: 'HUF',
    delivery: 'email',
  });
  const payment = honestPay(
    rng,
    { cards: s.account.cards, country: 'HU', signedIn: s.signed !== 'guest' },
    basket,
    {
      forint: true,
      voucher: false,
      transfer: 1,
    },
  );
  const forSomeone = rng.chance(0.7);
  return honestPurchase(rng, {
    kind: 'gift_voucher',
    at,
    buyer: s.buyer,
    billing: s.account.home,
    delivery: 'email',
    basket,
    payment,
    ...homeConnection(rng, s.account),
    locale: 'hu-HU',
    recipient: forSomeone ? emailOf(rng, personFrom(rng, 'HU'), 'HU') : s.buyer.email,
  });
}

/** A Herend dinner or tea service: the year's big family present, often from a brand-new account. */
export function dinnerService(rng: Rng, w: World): Purchase {
  const home = rng.chance(0.75);
  const code = home ? 'HU' : rng.weightedPick(FOREIGN);
  const tz = home ? BUDAPEST : country(code).tz;
  const at = placeAt(rng, w.window, tz, 'home', home ? 'home' : 'abroad');
  const s = shopper(
    rng,
    home ? w.domestic : w.foreign,
    { account: 45, fresh: 40, guest: 15 },
    { group: home ? 'domestic' : 'foreign', code },
    at,
  );
  const service = rng.weightedPick([
    [SERVICES.teaSet, 30],
    [SERVICES.apponyi, 35],
    [SERVICES.victoria, 25],
    [SERVICES.bouquet, 10],
  ] as const);
  const lines: Line[] = [[service, 1]];
  if (rng.chance(0.4))
    lines.push([rng.pick([TABLEWARE.dish, TABLEWARE.coffeePot, TABLEWARE.teacup]), rng.int(1, 2)]);
  const basket = basketOf(lines, {
    currency: s.account.currency,
    delivery: 'courier',
    to: s.account.home.country,
  });
  const payment = honestPay(
    rng,
    { cards: s.account.cards, country: s.account.country, signedIn: s.signed !== 'guest' },
    basket,
    {
      forint: s.account.currency === 'HUF',
      transfer: 40,
    },
  );
  return honestPurchase(rng, {
    kind: 'dinner_service',
    at,
    buyer: s.buyer,
    billing: s.account.home,
    shipping: s.account.home,
    delivery: 'courier',
    basket,
    payment,
    ...homeConnection(rng, s.account),
    locale: s.account.locale,
    pack: [40, 130],
  });
}

/** Protocol gifts for partners and staff: a company's office buying by the dozen on a pro-forma invoice. */
export function corporateGift(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, BUDAPEST, 'office', 'home');
  const known = rng.chance(0.55) && w.companies.length > 0;
  const c = known ? rng.pick(w.companies) : newCompany(rng, at - rng.int(3, 20) * 60_000);
  const guest = !known && rng.chance(0.45);
  const buyer = guest
    ? { email: c.email, name: c.contact }
    : { id: c.id, email: c.email, name: c.contact, createdAt: c.createdAt };
  const total = rng.weightedPick<readonly [number, number]>([
    [[6, 15], 50],
    [[16, 30], 35],
    [[31, 60], 15],
  ]);
  const count = rng.int(total[0], total[1]);
  const products = pickProducts(rng, CORPORATE, rng.chance(0.7) ? 1 : 2);
  const lines: Line[] =
    products.length === 1
      ? [[products[0] as Product<Category>, count]]
      : products.map((p, i) => [p, i === 0 ? Math.ceil(count / 2) : Math.floor(count / 2)]);
  const basket = basketOf(lines, {
    currency: 'HUF',
    delivery: 'courier',
    to: 'HU',
    ...(count >= 10 && rng.chance(0.8) ? { code: 'CEG8' as const } : {}),
  });
  const payment = honestPay(rng, { cards: [c.card], country: 'HU', signedIn: !guest }, basket, {
    forint: true,
    transfer: 160,
  });
  return honestPurchase(rng, {
    kind: 'corporate_gift',
    at,
    buyer,
    billing: c.office,
    shipping: c.office,
    delivery: 'courier',
    basket,
    payment,
    ip: ipOn(rng, net('hu-office-hotel')),
    device: rng.chance(0.7) ? c.device : newDevice(rng, 'office'),
    locale: 'hu-HU',
    company: { name: c.name, taxId: c.taxId },
    pack: [24, 72],
  });
}

/** A piece from the antiques cabinet with its certificate; one leaving Hungary waits for an export licence. */
export function antiquePiece(rng: Rng, w: World): Purchase {
  const home = rng.chance(0.55);
  const code = home ? 'HU' : rng.pick(['AT', 'DE', 'GB', 'US', 'JP', 'AE', 'CH', 'US', 'GB']);
  const tz = home ? BUDAPEST : country(code).tz;
  const at = placeAt(rng, w.window, tz, 'home', 'flat');
  const pool = (home ? w.domestic : w.foreign).filter((a) => a.collector && a.country === code);
  const s = shopper(
    rng,
    pool,
    { account: 60, fresh: 30, guest: 10 },
    { group: home ? 'domestic' : 'foreign', code },
    at,
  );
  const piece = antique(rng);
  const basket = basketOf([[piece, 1]], {
    currency: s.account.currency,
    delivery: 'courier',
    to: s.account.home.country,
  });
  const payment = honestPay(
    rng,
    { cards: s.account.cards, country: s.account.country, signedIn: s.signed !== 'guest' },
    basket,
    {
      forint: s.account.currency === 'HUF',
      transfer: 55,
    },
  );
  return honestPurchase(rng, {
    kind: 'antique_piece',
    at,
    buyer: s.buyer,
    billing: s.account.home,
    shipping: s.account.home,
    delivery: 'courier',
    basket,
    payment,
    ...homeConnection(rng, s.account),
    locale: s.account.locale,
    certificate: `TAN-2026-${rng.digits(5)}`,
    pack: [24, 72],
    ...(home ? {} : { exportLicence: true }),
  });
}
