import { type Rng } from '../kit/random.js';
import { HOUSEHOLD, isPayday, LATE, placedAt, SICK, DAYTIME } from './calendar.js';
import {
  BABY,
  BEAUTY,
  Cart,
  COLD,
  HAIR,
  HYGIENE,
  ORAL,
  item,
  items,
  PAIN,
  RX,
  SEXUAL_HEALTH,
  SKINCARE,
  VITAMINS,
} from './catalogue.js';
import {
  buyerOf,
  connect,
  deliveryIn,
  EVERYDAY_DELIVERY,
  honestPurchase,
  payerOf,
  shopper,
  type World,
} from './honest-kit.js';
import {
  businessSupplies,
  finnishCustomer,
  forElderlyParent,
  giftBuyer,
  nordicNeighbours,
  sunTripPrep,
  swedeAbroad,
} from './honest-more.js';
import { ipOn, network } from './networks.js';
import { ascii } from './people.js';
import { MARKETS } from './places.js';
import { type Purchase } from './purchase.js';

/** Honest customers: who they are, what they buy in January, how they pay and where it goes. */

export const HONEST = {
  cold_and_flu: 22,
  beauty_regular: 18,
  prescription_refill: 12,
  finnish_customer: 9,
  baby_bulk: 7,
  for_elderly_parent: 6,
  sun_trip_prep: 5,
  gift_buyer: 5,
  nordic_neighbours: 4,
  swede_abroad: 4,
  discreet_vpn: 4,
  business_supplies: 2,
} as const;

export type HonestKind = keyof typeof HONEST;

const SE_TZ = MARKETS.SE.tz;

/** Someone at home with a fever (or their partner): painkillers, nasal spray, lozenges, a test, a thermometer. */
function coldAndFlu(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, { curve: SICK, tz: SE_TZ, flu: 1 });
  const s = shopper(rng, w, 'SE', at, 0.62);
  const cart = new Cart('SE');
  const child = s.acct.family && rng.chance(0.35);
  if (rng.chance(0.85)) {
    const pain = child ? [item('OTC-1005')] : PAIN.filter((p) => p.sku !== 'OTC-1005');
    cart.add(rng.pick(pain), rng.chance(0.45) ? 2 : 1);
    if (rng.chance(0.2)) cart.add(rng.pick(PAIN), 1);
  }
  cart.some(rng, COLD, rng.int(1, 3));
  if (rng.chance(0.35)) cart.some(rng, items('VIT-5001', 'VIT-5002', 'OTC-2006'), 1);
  if (rng.chance(0.2)) cart.add(item('DEV-1305'));
  if (rng.chance(0.14)) cart.add(item(rng.chance(0.7) ? 'DEV-1301' : 'DEV-1302'));
  if (rng.chance(0.12)) cart.some(rng, HYGIENE, 1);
  const { ip, device } = connect(rng, s.acct, 0.5);
  const code =
    cart.lines.some((l) => l.category === 'vitamins') && rng.chance(0.15) ? 'VINTERHALSA' : undefined;
  return honestPurchase(
    rng,
    {
      at,
      kind: 'cold_and_flu',
      fraud: false,
      market: 'SE',
      buyer: buyerOf(s),
      billing: s.acct.home,
      shipping: s.acct.home,
      ...deliveryIn(rng, 'SE', EVERYDAY_DELIVERY, s.acct.home),
      cart,
      ...(code ? { code } : {}),
      ip,
      device,
      locale: s.acct.locale,
      phone: s.acct.phone,
    },
    payerOf(s, 'SE'),
  );
}

/**
 * Regulars restocking skincare, make-up, toothpaste and brush heads, now and then an electric toothbrush or a
 * hair dryer; on payday (25–27 January) bigger baskets with the payday code, and Christmas gift cards spent.
 * Family accounts order from whichever phone or tablet is at hand.
 */
function beautyRegular(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, { curve: HOUSEHOLD, tz: SE_TZ, payday: 1.8 });
  const s = shopper(rng, w, 'SE', at, 0.8);
  const payday = isPayday(at);
  const cart = new Cart('SE');
  cart.some(
    rng,
    SKINCARE.filter((i) => i.price < 60_000),
    rng.int(1, payday ? 3 : 2),
    () => (rng.chance(0.12) ? 2 : 1),
  );
  if (rng.chance(0.35))
    cart.some(
      rng,
      BEAUTY.filter((i) => i.price > 3000),
      rng.int(1, 2),
    );
  if (rng.chance(0.4)) cart.some(rng, HYGIENE, rng.int(1, 3));
  if (rng.chance(0.22)) cart.add(rng.pick(ORAL.filter((i) => i.price < 60_000)), rng.chance(0.2) ? 2 : 1);
  if (rng.chance(payday ? 0.12 : 0.05)) cart.add(rng.pick(ORAL.filter((i) => i.price > 60_000)));
  if (rng.chance(payday ? 0.08 : 0.035)) cart.add(rng.pick(HAIR));
  if (rng.chance(payday ? 0.14 : 0.06)) cart.add(rng.pick(SKINCARE.filter((i) => i.price >= 60_000)));
  const { ip, device } = connect(rng, s.acct, 0.4);
  const code =
    payday && rng.chance(0.55) ? 'LONEDAG20' : s.fresh && rng.chance(0.4) ? 'VALKOMMEN15' : undefined;
  return honestPurchase(
    rng,
    {
      at,
      kind: 'beauty_regular',
      fraud: false,
      market: 'SE',
      buyer: buyerOf(s),
      billing: s.acct.home,
      shipping: s.acct.home,
      ...deliveryIn(rng, 'SE', EVERYDAY_DELIVERY, s.acct.home),
      cart,
      ...(code ? { code } : {}),
      ip,
      device,
      locale: s.acct.locale,
      phone: s.acct.phone,
    },
    payerOf(s, 'SE', rng.chance(0.3)),
  );
}

/** Repeat prescriptions fetched with BankID, often with a few things from the shelves; Sweden only. */
function prescriptionRefill(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, { curve: DAYTIME, tz: SE_TZ });
  const s = shopper(rng, w, 'SE', at, 1, (a) => a.bankId);
  const cart = new Cart('SE');
  cart.some(
    rng,
    RX,
    rng.weightedPick([
      [1, 55],
      [2, 30],
      [3, 15],
    ] as const),
  );
  if (rng.chance(0.4))
    cart.some(
      rng,
      [...VITAMINS, ...items('OTC-3005', 'OTC-3006', 'DEV-1306', 'DEV-1307'), ...HYGIENE],
      rng.int(1, 2),
    );
  const { ip, device } = connect(rng, s.acct, 0.3);
  return honestPurchase(
    rng,
    {
      at,
      kind: 'prescription_refill',
      fraud: false,
      market: 'SE',
      buyer: buyerOf({ ...s, signedIn: true }),
      billing: s.acct.home,
      shipping: s.acct.home,
      ...deliveryIn(
        rng,
        'SE',
        [
          ['postnord_service_point', 38],
          ['postnord_home', 14],
          ['budbee_home_evening', 16],
          ['instabox', 16],
          ['click_and_collect', 16],
        ],
        s.acct.home,
      ),
      cart,
      ip,
      device,
      locale: s.acct.locale,
      phone: s.acct.phone,
      bankId: true,
    },
    payerOf({ ...s, signedIn: true }, 'SE'),
  );
}

/**
 * Parents of small children buying nappies, wipes and formula by the pack-load, with the cold season's nasal
 * aspirator and children's paracetamol; heavy baskets go home in the evening. New parents open an account.
 */
function babyBulk(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, { curve: HOUSEHOLD, tz: SE_TZ, flu: 0.4 });
  const s = shopper(rng, w, 'SE', at, 0.75, (a) => a.family || !a.senior);
  const cart = new Cart('SE');
  const nappies = BABY.slice(0, 3);
  cart.add(rng.pick(nappies), rng.int(2, 8));
  if (rng.chance(0.3)) cart.add(rng.pick(nappies), rng.int(2, 4));
  cart.add(item('BAB-1104'), rng.int(2, 6));
  if (rng.chance(0.4)) cart.add(rng.pick(BABY.slice(4, 6)), rng.int(2, 6));
  if (rng.chance(0.25)) cart.add(item('BAB-1108'));
  if (rng.chance(0.4)) cart.add(item('BAB-1109'), rng.int(1, 2));
  if (rng.chance(0.3)) cart.add(item('OTC-1005'), rng.int(1, 3));
  if (rng.chance(0.2)) cart.some(rng, items('BAB-1107', 'BAB-1110'), 1);
  const { ip, device } = connect(rng, s.acct, 0.45);
  const code = s.fresh && rng.chance(0.5) ? 'VALKOMMEN15' : undefined;
  return honestPurchase(
    rng,
    {
      at,
      kind: 'baby_bulk',
      fraud: false,
      market: 'SE',
      buyer: buyerOf(s),
      billing: s.acct.home,
      shipping: s.acct.home,
      ...deliveryIn(
        rng,
        'SE',
        [
          ['budbee_home_evening', 45],
          ['postnord_home', 15],
          ['instabox', 12],
          ['budbee_box', 10],
          ['postnord_service_point', 18],
        ],
        s.acct.home,
      ),
      cart,
      ...(code ? { code } : {}),
      ip,
      device,
      locale: s.acct.locale,
      phone: s.acct.phone,
    },
    payerOf(s, 'SE'),
  );
}

/**
 * Private purchases behind a VPN (many Swedes run one) or Apple's relay address: pregnancy and ovulation tests,
 * the morning-after pill, condoms, a chlamydia test, lice or fungal treatment, nicotine gum; late at night, to a
 * locker, often as a guest.
 */
function discreetVpn(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, { curve: LATE, tz: SE_TZ });
  const s = shopper(rng, w, 'SE', at, 0.35);
  const cart = new Cart('SE');
  cart.some(rng, [...SEXUAL_HEALTH, ...items('OTC-3003', 'OTC-3004', 'OTC-3007')], rng.int(1, 3));
  if (rng.chance(0.15)) cart.add(rng.pick(items('OTC-3001', 'OTC-3002')));
  if (rng.chance(0.2)) cart.some(rng, HYGIENE, 1);
  const relay = !s.signedIn && rng.chance(0.4);
  const email = relay
    ? rng.chance(0.6)
      ? `${rng.token(10)}@privaterelay.appleid.com`
      : `${ascii(s.acct.person.first)}.${rng.token(4)}@proton.me`
    : s.acct.email;
  const net = network(
    rng.weightedPick([
      ['se-vpn', 65],
      ['nl-vpn', 15],
      ['de-hosting', 12],
      ['se-cloud', 8],
    ] as const),
  );
  const device = rng.pick(s.acct.devices);
  return honestPurchase(
    rng,
    {
      at,
      kind: 'discreet_vpn',
      fraud: false,
      market: 'SE',
      buyer: { ...buyerOf(s), email },
      billing: s.acct.home,
      shipping: s.acct.home,
      ...deliveryIn(
        rng,
        'SE',
        [
          ['instabox', 35],
          ['budbee_box', 30],
          ['postnord_service_point', 25],
          ['postnord_home', 10],
        ],
        s.acct.home,
      ),
      cart,
      ip: ipOn(rng, net),
      device,
      locale: s.acct.locale,
      phone: s.acct.phone,
    },
    payerOf(s, 'SE'),
  );
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  cold_and_flu: coldAndFlu,
  beauty_regular: beautyRegular,
  prescription_refill: prescriptionRefill,
  finnish_customer: finnishCustomer,
  baby_bulk: babyBulk,
  for_elderly_parent: forElderlyParent,
  sun_trip_prep: sunTripPrep,
  gift_buyer: giftBuyer,
  nordic_neighbours: nordicNeighbours,
  swede_abroad: swedeAbroad,
  discreet_vpn: discreetVpn,
  business_supplies: businessSupplies,
};

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  return PLANNERS[kind](rng, w);
}
