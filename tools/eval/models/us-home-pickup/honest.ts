import { type Rng } from '../kit/random.js';
import { afterDrop, shoppingTime, TRADE_HOURS } from './calendar.js';
import { app, desktop, phoneWeb } from './devices.js';
import { checkout, homeOrPhone } from './honest-kit.js';
import {
  abroadForFamily,
  bigTicket,
  campusStudent,
  declinedRetry,
  giftBuyer,
  newGuest,
  officeLunch,
  traveller,
} from './honest-more.js';
import { ipIn } from './networks.js';
import { accountId, type Customer, regular, storeIn, type World } from './people.js';
import { homeAddress } from './places.js';
import { type Purchase } from './purchase.js';

/** Honest shoppers: what they do, in shares of honest orders (README.md has the table). */

export const HONEST = {
  household_pickup: 22,
  curbside_pickup: 9,
  doorbuster_shopper: 10,
  pro_contractor: 9,
  gift_buyer: 9,
  same_day_delivery: 6,
  ship_to_home: 9,
  big_ticket_financing: 6,
  new_guest_big_basket: 5,
  traveller_or_vpn: 4,
  declined_then_retry: 4,
  campus_student: 3,
  family_abroad: 2,
  office_network_shopper: 2,
} as const;

export type HonestKind = keyof typeof HONEST;

const device = (rng: Rng, c: Customer) => rng.pick(c.devices);
const pick = <T>(rng: Rng, entries: ReadonlyArray<readonly [T, number]>) => rng.weightedPick(entries);

function householdPickup(rng: Rng, w: World, curbside: boolean): Purchase {
  const c = regular(rng, w.households);
  const store = storeIn(rng, w, c.metro);
  return checkout(rng, {
    kind: curbside ? 'curbside_pickup' : 'household_pickup',
    at: shoppingTime(rng, w.window, c.metro.tz),
    c,
    fulfillment: curbside ? 'curbside' : 'pickup',
    theme: pick(rng, [
      ['household', curbside ? 45 : 55],
      ['electronics', 20],
      ['seasonal', curbside ? 30 : 15],
      ['gift', 10],
    ] as const),
    store,
    tax: store.metro.tax,
    ...(c.partner && rng.chance(0.15) ? { pickupPerson: c.partner } : {}),
    ip: homeOrPhone(rng, c, curbside ? 0.45 : 0.25),
    device: curbside && rng.chance(0.4) ? app(rng) : device(rng, c),
    signedIn: c.id !== undefined && rng.chance(0.92),
  });
}

/** A drop: shoppers on phones and the app within minutes; limits and stock run out, cards hit velocity limits. */
function doorbuster(rng: Rng, w: World): Purchase {
  const base = regular(rng, w.households);
  const drop = rng.pick(w.drops);
  const at = afterDrop(rng, drop, w.window, 25);
  const signUp = base.id === undefined ? rng.chance(0.5) : rng.chance(0.05);
  const c = signUp
    ? { ...base, id: accountId(rng), createdAt: at - rng.int(2 * 60_000, 3 * 86_400_000) }
    : base;
  const store = storeIn(rng, w, c.metro);
  const ship = rng.chance(0.3);
  const p = checkout(rng, {
    kind: 'doorbuster_shopper',
    at,
    c,
    fulfillment: ship ? 'ship' : 'pickup',
    theme: 'doorbuster',
    dropSku: rng.pick(drop.skus),
    ...(ship ? { shipping: c.home } : { store }),
    tax: ship ? c.metro.tax : store.metro.tax,
    ip: homeOrPhone(rng, c, 0.45),
    device: pick(rng, [
      [app(rng), 45],
      [phoneWeb(rng), 25],
      [device(rng, c), 30],
    ] as const),
    declineShare: 0.09,
  });
  if (p.attempts.some((a) => a.ok) && rng.chance(0.05)) {
    const after = p.attempts.reduce((s, a) => s + a.afterMs, 0) + rng.int(60_000, 40 * 60_000);
    p.later = [
      { type: 'order.cancelled', afterMs: after, reason: 'out_of_stock' },
      { type: 'refund.created', afterMs: after + rng.int(30_000, 600_000), reason: 'out_of_stock' },
    ];
  }
  return p;
}

/** Pros: from the office or the job site, early on weekdays; a crew member picks up, or it goes to the site. */
function proContractor(rng: Rng, w: World): Purchase {
  const c = regular(rng, w.pros);
  const pro = c.pro;
  if (!pro) throw new Error('pro without a business');
  const where = pick(rng, [
    ['office', 55],
    ['site', 35],
    ['home', 10],
  ] as const);
  const store = storeIn(rng, w, c.metro);
  const delivery = rng.chance(0.2);
  return checkout(rng, {
    kind: 'pro_contractor',
    at: shoppingTime(rng, w.window, c.metro.tz, TRADE_HOURS),
    c,
    fulfillment: delivery ? 'same_day' : 'pickup',
    theme: 'pro',
    ...(delivery
      ? {
          shipping: {
            ...homeAddress(rng, c.metro),
            line1: `${rng.int(10, 9000)} ${rng.pick(['Oak St', 'Ridge Rd', 'Mill Rd'])} (job site)`,
          },
          store,
        }
      : { store }),
    billing: pro.office,
    tax: store.metro.tax,
    ...(!delivery && rng.chance(0.55) ? { pickupPerson: rng.pick(pro.crew) } : {}),
    ip: where === 'office' ? pro.officeIp : where === 'site' ? ipIn(rng, c.mobileNet, 0.5) : c.homeIp,
    device: where === 'office' ? desktop(rng) : where === 'site' ? phoneWeb(rng) : device(rng, c),
    declineShare: 0.03,
  });
}

function delivered(rng: Rng, w: World, sameDay: boolean): Purchase {
  const c = regular(rng, w.households);
  const toWork = !sameDay && rng.chance(0.15);
  const shipping = toWork
    ? {
        ...homeAddress(rng, c.metro),
        line1: `${rng.int(100, 9999)} Corporate Ctr Dr Ste ${rng.int(100, 900)}`,
      }
    : c.home;
  return checkout(rng, {
    kind: sameDay ? 'same_day_delivery' : 'ship_to_home',
    at: shoppingTime(rng, w.window, c.metro.tz),
    c,
    fulfillment: sameDay ? 'same_day' : 'ship',
    theme: pick(rng, [
      ['household', 40],
      ['electronics', 25],
      ['seasonal', sameDay ? 20 : 10],
      ['gift', 20],
    ] as const),
    shipping,
    ...(sameDay ? { store: storeIn(rng, w, c.metro) } : {}),
    tax: c.metro.tax,
    ip: homeOrPhone(rng, c, 0.3),
    device: device(rng, c),
  });
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'household_pickup':
      return householdPickup(rng, w, false);
    case 'curbside_pickup':
      return householdPickup(rng, w, true);
    case 'doorbuster_shopper':
      return doorbuster(rng, w);
    case 'pro_contractor':
      return proContractor(rng, w);
    case 'gift_buyer':
      return giftBuyer(rng, w);
    case 'same_day_delivery':
      return delivered(rng, w, true);
    case 'ship_to_home':
      return delivered(rng, w, false);
    case 'big_ticket_financing':
      return bigTicket(rng, w);
    case 'new_guest_big_basket':
      return newGuest(rng, w);
    case 'traveller_or_vpn':
      return traveller(rng, w);
    case 'declined_then_retry':
      return declinedRetry(rng, w);
    case 'campus_student':
      return campusStudent(rng, w);
    case 'family_abroad':
      return abroadForFamily(rng, w);
    case 'office_network_shopper':
      return officeLunch(rng, w);
  }
}
