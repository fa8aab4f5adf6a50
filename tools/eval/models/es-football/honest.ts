import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { after, duringSale, inWindow, when } from './calendar.js';
import {
  ACCESSORIES,
  anyShirt,
  CODES,
  type Item,
  KIDS,
  lineIn,
  type Line,
  nationalShirt,
  personalisation,
  RETRO,
  RETRO_DROP,
  SHORTS_SOCKS,
  THIRD,
  THIRD_KIDS,
  THIRD_LAUNCH,
} from './catalogue.js';
import { buyerAt, homeIp, priceOf, shopper, type World } from './build.js';
import { deliveryIn, honestPurchase, maybePrinted } from './checkout.js';
import { humanDevice } from './devices.js';
import { childName, printed } from './names.js';
import { localeOf } from './people.js';
import { CASILLEROS, LATAM } from './places.js';
import { type Purchase } from './purchase.js';
import {
  blackFridayDeals,
  bootsAndTraining,
  gift,
  memorabiliaCollector,
  returningNewDevice,
  supportersClub,
  traveller,
} from './honest-more.js';

/** The honest kinds and their weights, and the planners of the everyday ones (the rest in honest-more.ts). */

export const HONEST = {
  fan_shirt: 24,
  drop_day_fan: 10,
  kids_kit: 12,
  fan_abroad: 10,
  traveller: 4,
  gift: 9,
  supporters_club: 2,
  boots_and_training: 9,
  memorabilia_collector: 3,
  returning_new_device: 6,
  black_friday_deals: 11,
} as const;

export type HonestKind = keyof typeof HONEST;

function fanShirt(rng: Rng, w: World): Purchase {
  const s = shopper(rng, w, 0.5);
  const p = s.person;
  const at = when(rng, w.window, p.home.tz);
  const { buyer, fresh } = buyerAt(rng, s, at, 0.25);
  const delivery = deliveryIn(rng, p);
  const shipping = delivery === 'home' || delivery === 'pickup_point' ? p.home : undefined;
  const { currency } = priceOf({ delivery, billing: p.home, ...(shipping ? { shipping } : {}) });
  const m = w.moments;
  const afterClasico = at > m.clasico && at < m.clasico + 2 * DAY;
  const national = nationalShirt(p.country);
  const which: Item =
    at > m.launch && rng.chance(0.15)
      ? THIRD
      : national && rng.chance(p.country === 'ES' ? 0.12 : 0.35)
        ? national
        : rng.chance(0.12)
          ? rng.pick(RETRO)
          : anyShirt(rng, afterClasico);
  const lines = maybePrinted(rng, p, lineIn(rng, which, currency, rng.chance(0.1) ? 2 : 1), currency, 0.4);
  if (rng.chance(0.3))
    lines.push(lineIn(rng, rng.pick([...SHORTS_SOCKS, ...ACCESSORIES.slice(0, 4)]), currency));
  return honestPurchase(
    rng,
    {
      at,
      kind: 'fan_shirt',
      fraud: false,
      buyer,
      billing: p.home,
      ...(shipping ? { shipping } : {}),
      delivery,
      ip: homeIp(rng, p),
      device: p.device,
      locale: localeOf(p),
      channel: buyer.id && rng.chance(0.3) ? 'app' : 'web',
      lines,
      ...(fresh && rng.chance(0.4) ? { code: CODES.welcome } : {}),
    },
    { person: p, signedIn: buyer.id !== undefined },
    { returns: 0.05 },
  );
}

/**
 * Fans at a drop: the third kit's numbered launch edition on launch morning, or the limited retro shirt on
 * Black Friday; most within the hour, on their phones, many with accounts opened in the days before to be
 * ready; those who come later buy the regular third kit (or a retro shirt once the drop is gone).
 */
function dropDayFan(rng: Rng, w: World): Purchase {
  const m = w.moments;
  const launch = inWindow(w.window, m.launch);
  const retroDrop = inWindow(w.window, m.retroDrop);
  const retro = retroDrop && (!launch || rng.chance(0.35));
  const drop = retro ? m.retroDrop : m.launch;
  const s = shopper(rng, w, 0.6, rng.chance(0.8) ? ['ES'] : undefined);
  const p = s.person;
  const rush = rng.chance(0.6);
  const at = after(rng, w.window, drop, rush ? 14 * MINUTE : 20 * HOUR, () => when(rng, w.window, p.home.tz));
  const early = at - drop < 75 * MINUTE && at >= drop;
  const { buyer: b, fresh } = buyerAt(rng, s, at, 0.7);
  // Accounts opened to be ready for the drop: minutes to days before it.
  const buyer =
    fresh && b.createdAt !== undefined
      ? { ...b, createdAt: Math.min(b.createdAt, drop - rng.int(10, 5 * 24 * 60) * MINUTE) }
      : b;
  const delivery = deliveryIn(rng, p);
  const shipping = delivery === 'home' || delivery === 'pickup_point' ? p.home : undefined;
  const { currency } = priceOf({ delivery, billing: p.home, ...(shipping ? { shipping } : {}) });
  const item =
    early && (launch || retroDrop) ? (retro ? RETRO_DROP : THIRD_LAUNCH) : retro ? rng.pick(RETRO) : THIRD;
  const lines = maybePrinted(rng, p, lineIn(rng, item, currency), currency, item === RETRO_DROP ? 0 : 0.3);
  if (!retro && rng.chance(0.15)) {
    const kid = lineIn(rng, THIRD_KIDS, currency);
    lines.push(kid, personalisation(currency, printed(childName(rng, p.lang)), rng.int(1, 23), true));
  }
  const onPhone = rng.chance(0.6);
  return honestPurchase(
    rng,
    {
      at,
      kind: 'drop_day_fan',
      fraud: false,
      buyer,
      billing: p.home,
      ...(shipping ? { shipping } : {}),
      delivery,
      ip: homeIp(rng, p, onPhone ? 0.9 : 0.2),
      device: onPhone ? humanDevice(rng, p.country, 1) : p.device,
      locale: localeOf(p),
      channel: buyer.id && rng.chance(0.45) ? 'app' : 'web',
      lines,
    },
    { person: p, signedIn: buyer.id !== undefined },
    { returns: 0.03, declineShare: early ? 0.09 : 0.05 },
  );
}

/**
 * Parents buying kids' kits: a shirt or a mini kit for one to three children, mostly with the child's name
 * and number, now and then junior boots; evenings, with the Black Friday and Christmas run-up behind them.
 */
function kidsKit(rng: Rng, w: World): Purchase {
  const s = shopper(rng, w, 0.45, rng.chance(0.72) ? ['ES'] : undefined);
  const p = s.person;
  const at = rng.chance(0.3)
    ? duringSale(rng, w.window, p.home.tz, 'evening')
    : when(rng, w.window, p.home.tz, rng.chance(0.5) ? 'evening' : 'consumer');
  const { buyer, fresh } = buyerAt(rng, s, at, 0.3);
  const delivery = deliveryIn(rng, p);
  const shipping = delivery === 'home' || delivery === 'pickup_point' ? p.home : undefined;
  const { currency } = priceOf({ delivery, billing: p.home, ...(shipping ? { shipping } : {}) });
  const children = rng.weightedPick([
    [1, 62],
    [2, 30],
    [3, 8],
  ] as const);
  const lines: Line[] = [];
  for (let i = 0; i < children; i++) {
    const kit = at > w.moments.launch && rng.chance(0.15) ? THIRD_KIDS : rng.pick(KIDS);
    lines.push(lineIn(rng, kit, currency));
    if (kit.sizing === 'kids' && rng.chance(0.6))
      lines.push(personalisation(currency, printed(childName(rng, p.lang)), rng.int(1, 23), true));
  }
  if (rng.chance(0.2)) lines.push(lineIn(rng, rng.pick([RETRO[0] ?? THIRD, ...SHORTS_SOCKS]), currency));
  return honestPurchase(
    rng,
    {
      at,
      kind: 'kids_kit',
      fraud: false,
      buyer,
      billing: p.home,
      ...(shipping ? { shipping } : {}),
      delivery,
      ip: homeIp(rng, p),
      device: p.device,
      locale: localeOf(p),
      lines,
      ...(fresh && rng.chance(0.4) ? { code: CODES.welcome } : {}),
    },
    { person: p, signedIn: buyer.id !== undefined },
    { returns: 0.09 },
  );
}

const ABROAD = [
  'FR',
  'DE',
  'IT',
  'PT',
  'NL',
  'BE',
  'IE',
  'AT',
  'GB',
  'US',
  'MX',
  'AR',
  'CO',
  'CL',
  'PE',
] as const;
const ABROAD_W = [5, 4, 3, 3, 2, 2, 1.5, 1, 9, 9, 4, 2, 1.5, 1, 0.8];

/**
 * Fans abroad on their own storefront: a club or national shirt, a retro one, a scarf; Latin Americans paying
 * in dollars with cards blocked for foreign purchases now and then, and one in four shipping to a Miami
 * casillero rather than home.
 */
function fanAbroad(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(ABROAD.map((c, i) => [c, ABROAD_W[i] ?? 1] as const));
  const s = shopper(rng, w, 0.35, [country]);
  const p = s.person;
  const at = when(rng, w.window, p.home.tz);
  const { buyer } = buyerAt(rng, s, at, 0.3);
  const latam = LATAM.includes(p.country);
  const casillero = latam && rng.chance(0.25);
  // A casillero gives each customer a box number on the warehouse's street line.
  const box = casillero ? rng.pick(CASILLEROS) : undefined;
  const shipping = box ? { ...box, line1: `${box.line1} #${rng.digits(7)}` } : p.home;
  const { currency } = priceOf({ delivery: 'home', billing: p.home, shipping });
  const national = nationalShirt(p.country);
  const shirt = national && rng.chance(0.35) ? national : rng.chance(0.2) ? rng.pick(RETRO) : anyShirt(rng);
  const lines = maybePrinted(rng, p, lineIn(rng, shirt, currency), currency, 0.3);
  if (rng.chance(0.35)) lines.push(lineIn(rng, rng.pick(ACCESSORIES.slice(0, 3)), currency));
  if (rng.chance(0.15)) lines.push(lineIn(rng, anyShirt(rng), currency));
  return honestPurchase(
    rng,
    {
      at,
      kind: 'fan_abroad',
      fraud: false,
      buyer,
      billing: p.home,
      shipping,
      delivery: 'home',
      storefrontOf: p.country,
      ip: homeIp(rng, p),
      device: p.device,
      locale: localeOf(p),
      lines,
    },
    { person: p, signedIn: buyer.id !== undefined },
    { returns: 0.035 },
  );
}

/** The planner of one honest purchase of a kind. */
export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'fan_shirt':
      return fanShirt(rng, w);
    case 'drop_day_fan':
      return dropDayFan(rng, w);
    case 'kids_kit':
      return kidsKit(rng, w);
    case 'fan_abroad':
      return fanAbroad(rng, w);
    case 'traveller':
      return traveller(rng, w);
    case 'gift':
      return gift(rng, w);
    case 'supporters_club':
      return supportersClub(rng, w);
    case 'boots_and_training':
      return bootsAndTraining(rng, w);
    case 'memorabilia_collector':
      return memorabiliaCollector(rng, w);
    case 'returning_new_device':
      return returningNewDevice(rng, w);
    case 'black_friday_deals':
      return blackFridayDeals(rng, w);
  }
}
