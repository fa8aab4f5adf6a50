import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { cart, cartSize, type Category, line, type Mix, subtotal, shelf } from './catalog.js';
import { checkout, chooseMethod, type Crowd, sessionIp, shopper } from './honest-kit.js';
import { ipOn, IN_NETS } from './networks.js';
import { cityNamed } from './places.js';
import { device, inRush, type Purchase, when, type Window } from './purchase.js';

/** Honest shoppers at home in India: regulars, small-town COD buyers, the midnight rush, students. */

const rupees = (lines: readonly BasketLine<Category>[]) => subtotal(lines) / 100;

/** A returning metro customer: UPI first, cards for bank offers, COD for a quarter. */
export function metroRegular(rng: Rng, w: Window, crowd: Crowd): Purchase {
  const s = crowd.from(rng, 'metro', 0.15, () => shopper(rng, w.start, { tiers: [1] }));
  const lines = cart(rng, 'everyday', cartSize(rng));
  const method = chooseMethod(rng, 1, rupees(lines), { sale: true });
  return checkout(rng, {
    kind: 'metro_regular',
    at: when(rng, w),
    shopper: s,
    lines,
    method,
    ip: sessionIp(rng, s),
  });
}

/** Tier-2 and tier-3 towns: phones on Jio or Airtel, many new accounts, cash on delivery for most. */
export function smalltownCod(rng: Rng, w: Window, crowd: Crowd): Purchase {
  const at = when(rng, w);
  const fresh = rng.chance(0.4);
  const s = fresh
    ? shopper(rng, at, { tiers: [2, 3], age: 'new' })
    : crowd.from(rng, 'town', 0.1, () => shopper(rng, w.start, { tiers: [2, 3] }));
  const mix: Mix = rng.weighted({ budget: 40, everyday: 35, festive: 25 });
  const lines = cart(rng, mix, Math.min(3, cartSize(rng)), 5000);
  const method = chooseMethod(rng, s.city.tier, rupees(lines));
  return checkout(rng, { kind: 'smalltown_cod', at, shopper: s, lines, method, ip: sessionIp(rng, s, 0.3) });
}

/** Up at midnight for the sale: wishlisted carts, bank-offer cards, the app. */
export function saleMidnightRush(rng: Rng, w: Window, crowd: Crowd): Purchase {
  const s = crowd.from(rng, 'rush', 0.05, () =>
    shopper(rng, w.start, { tiers: rng.chance(0.7) ? [1] : [2, 3] }),
  );
  const mix: Mix = rng.weighted({ everyday: 35, festive: 30, gifting: 35 });
  const lines = cart(rng, mix, rng.int(1, 4), 20_000);
  const method = chooseMethod(rng, s.city.tier, rupees(lines), { sale: true });
  return checkout(rng, {
    kind: 'sale_midnight_rush',
    at: inRush(rng, w, 3),
    shopper: s,
    lines,
    method,
    ip: sessionIp(rng, s, 0.7),
  });
}

/** A new account whose first order is a big festive one: outfits for the family for Navratri and Diwali. */
export function firstOrderFestive(rng: Rng, w: Window): Purchase {
  const at = when(rng, w);
  const s = shopper(rng, at, { age: rng.chance(0.85) ? 'new' : 'guest' });
  const lines = cart(rng, 'festive', rng.int(2, 5), 20_000);
  const method = chooseMethod(rng, s.city.tier, rupees(lines));
  return checkout(rng, { kind: 'first_order_festive', at, shopper: s, lines, method, ip: sessionIp(rng, s) });
}

/** Clothes and shoes that come in sizes (not sarees, socks or packs). */
const SIZED = shelf(['western', 'ethnic', 'footwear'], 400, 6000).filter(
  (p) => !/SAR|SOC|INN|SLP/.test(p.sku),
);

/** Orders two or three sizes of the same thing and sends back what does not fit. */
export function sizeBracketing(rng: Rng, w: Window, crowd: Crowd): Purchase {
  const s = crowd.from(rng, 'metro', 0.2, () => shopper(rng, w.start, { tiers: [1, 2] }));
  const product = rng.pick(SIZED);
  const sizes = rng
    .shuffle(product.category === 'footwear' ? ['6', '7', '8', '9', '10'] : ['S', 'M', 'L', 'XL'])
    .slice(0, rng.int(2, 3));
  const lines = sizes.map((size) => ({ ...line(product), sku: `${product.sku}-${size}` }));
  const method = chooseMethod(rng, s.city.tier, rupees(lines));
  return checkout(rng, {
    kind: 'size_bracketing',
    at: when(rng, w),
    shopper: s,
    lines,
    method,
    ip: sessionIp(rng, s),
    returnScale: 3.5,
  });
}

/** A regular on a new phone (a sale-week upgrade): new install, new device id, same account and home. */
export function newPhoneReturning(rng: Rng, w: Window): Purchase {
  const s = shopper(rng, w.start, { tiers: [1, 2, 3] });
  const fresh = device(rng, rng.chance(0.2), 'app');
  const lines = cart(rng, 'everyday', cartSize(rng));
  const method = chooseMethod(rng, s.city.tier, rupees(lines));
  const ip = ipOn(rng, s.mobile);
  return checkout(rng, {
    kind: 'new_phone_returning',
    at: when(rng, w),
    shopper: s,
    lines,
    method,
    ip,
    device: fresh,
  });
}

const CAMPUSES: ReadonlyArray<readonly [string, string]> = [
  ['Mumbai', 'Hostel 12, IIT Bombay, Powai'],
  ['Delhi', 'Jubilee Hall, University of Delhi North Campus'],
  ['Bengaluru', 'Block 3 Hostel, Christ University, Hosur Road'],
  ['Pune', 'Boys Hostel 2, Symbiosis, Lavale'],
  ['Chennai', 'Hostel D, SRM Kattankulathur'],
  ['Kolkata', 'Main Hostel, Jadavpur University'],
  ['Kota', 'Aakash Residency Hostel, Landmark City'],
  ['Hyderabad', 'NRS Hostel, University of Hyderabad, Gachibowli'],
];

/**
 * Students in hostels: budget carts paid by UPI, delivered to the hostel; on campus Wi-Fi whose few NAT
 * addresses every student on that campus shares, or their own phone data.
 */
export function studentHostel(rng: Rng, w: Window, crowd: Crowd): Purchase {
  const [cityName, hostel] = rng.pick(CAMPUSES);
  const city = cityNamed(cityName);
  const egress = crowd.memo(`campus:${hostel}`, (r) => [ipOn(r, IN_NETS.campus), ipOn(r, IN_NETS.campus)]);
  const s = crowd.from(rng, `campus:${hostel}`, 0.1, () => shopper(rng, w.start, { city }));
  const lines = cart(rng, 'budget', rng.int(1, 3), 2500);
  const method = rng.weighted({ upi: 70, cod: 20, paylater: 6, card: 4 });
  const shipping = {
    country: 'IN',
    postalCode: s.home.postalCode ?? '',
    city: city.name,
    line1: `Room ${rng.int(101, 420)}, ${hostel}`,
  };
  const ip = rng.chance(0.6) ? rng.pick(egress) : ipOn(rng, s.mobile);
  return checkout(rng, {
    kind: 'student_hostel',
    at: when(rng, w),
    shopper: s,
    lines,
    method,
    ip,
    shipping,
    billing: shipping,
  });
}
