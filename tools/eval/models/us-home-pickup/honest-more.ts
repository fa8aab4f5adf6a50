import { DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { shoppingTime } from './calendar.js';
import { newCard } from './cards.js';
import { giftCard } from './catalog.js';
import { desktop, personalDevice, phoneWeb } from './devices.js';
import { checkout, homeOrPhone } from './honest-kit.js';
import { fullName, personalEmail } from './names.js';
import { ipIn, network, type Network } from './networks.js';
import { accountId, type Customer, household, regular, storeIn, type World } from './people.js';
import { type Address, homeAddress, otherMetro } from './places.js';
import { type Purchase } from './purchase.js';

/** The honest shoppers who look odd: gifts sent elsewhere, new movers, travellers, students, family abroad. */

const OFFICE_HOURS = Array.from({ length: 24 }, (_, h) =>
  h >= 11 && h < 15 ? 1 : h >= 9 && h < 17 ? 0.4 : 0,
);

/** Someone not yet in the pool: a guest, or an account opened `ageMs` before checkout. */
export function newcomer(rng: Rng, w: World, at: number, ageMs?: number): Customer {
  const { id: _id, createdAt: _c, loyaltyId: _l, ...guest } = household(rng, w.window.start);
  return ageMs === undefined ? guest : { ...guest, id: accountId(rng), createdAt: at - ageMs };
}

/** Gifts: shipped to a relative, picked up by them at their store, eGift cards by e-mail, or picked up here. */
export function giftBuyer(rng: Rng, w: World): Purchase {
  const c = regular(rng, w.households);
  const at = shoppingTime(rng, w.window, c.metro.tz);
  const relative = fullName(rng);
  const there = rng.chance(0.7) ? otherMetro(rng, c.metro) : c.metro;
  const mode = rng.weighted({ ship: 40, relativePickup: 20, egift: 25, self: 15 });
  const base = { kind: 'gift_buyer', at, c, ip: homeOrPhone(rng, c, 0.3), device: rng.pick(c.devices) };
  if (mode === 'ship')
    return checkout(rng, {
      ...base,
      fulfillment: 'ship',
      theme: 'gift',
      shipping: homeAddress(rng, there),
      tax: there.tax,
    });
  if (mode === 'relativePickup') {
    const store = storeIn(rng, w, there);
    return checkout(rng, {
      ...base,
      fulfillment: 'pickup',
      theme: 'gift',
      store,
      pickupPerson: relative,
      tax: store.metro.tax,
    });
  }
  if (mode === 'egift')
    return checkout(rng, {
      ...base,
      fulfillment: 'email',
      lines: Array.from({ length: rng.int(1, 3) }, () => giftCard(rng, true)),
      recipientEmail: personalEmail(rng, relative),
      tax: 0,
    });
  const store = storeIn(rng, w, c.metro);
  return checkout(rng, { ...base, fulfillment: 'pickup', theme: 'gift', store, tax: store.metro.tax });
}

/** Appliances and big TVs, often financed; new movers bill to the old address their card still has. */
export function bigTicket(rng: Rng, w: World): Purchase {
  const mover = rng.chance(0.35);
  const at0 = shoppingTime(rng, w.window, -6);
  const c = mover ? newcomer(rng, w, at0, rng.int(10 * MINUTE, 40 * DAY)) : regular(rng, w.households);
  const at = mover ? at0 : shoppingTime(rng, w.window, c.metro.tz);
  const billing: Address = mover
    ? homeAddress(rng, rng.chance(0.5) ? otherMetro(rng, c.metro) : c.metro)
    : c.home;
  const store = storeIn(rng, w, c.metro);
  const delivery = rng.chance(0.7);
  return checkout(rng, {
    kind: 'big_ticket_financing',
    at,
    c,
    fulfillment: delivery ? 'same_day' : 'pickup',
    theme: rng.chance(0.75) ? 'appliance' : 'electronics',
    store,
    ...(delivery ? { shipping: c.home } : {}),
    billing,
    tax: store.metro.tax,
    ip: mover && rng.chance(0.4) ? ipIn(rng, c.mobileNet, 0.4) : homeOrPhone(rng, c, 0.2),
    device: rng.pick(c.devices),
    matchBilling: mover ? 'close' : 'good',
  });
}

/** First-time guests with a big electronics basket, typing a card on a phone or laptop. */
export function newGuest(rng: Rng, w: World): Purchase {
  const at0 = shoppingTime(rng, w.window, -6);
  const c = newcomer(rng, w, at0);
  const store = storeIn(rng, w, c.metro);
  const ship = rng.chance(0.4);
  return checkout(rng, {
    kind: 'new_guest_big_basket',
    at: shoppingTime(rng, w.window, c.metro.tz),
    c,
    fulfillment: ship ? 'ship' : 'pickup',
    theme: rng.weighted({ electronics: 60, appliance: 15, gift: 25 }),
    ...(ship ? { shipping: c.home } : { store }),
    tax: ship ? c.metro.tax : store.metro.tax,
    ip: homeOrPhone(rng, c, 0.4),
    device: personalDevice(rng),
    signedIn: false,
  });
}

const ABROAD_NETS = ['home-ca', 'home-mx', 'home-gb', 'home-de', 'home-jp'];

/** Away from home: hotel or airport Wi-Fi, a VPN, Private Relay, abroad; the partner picks up at home. */
export function traveller(rng: Rng, w: World): Purchase {
  const c = regular(rng, w.households);
  const net: Network = network(
    rng.weightedPick<string>([
      ['hotel-airport-wifi', 30],
      ['vpn-us', 15],
      ['private-relay', 20],
      [rng.pick(ABROAD_NETS), 20],
      [c.mobileNet.name, 15],
    ]),
  );
  const store = storeIn(rng, w, c.metro);
  const mode = rng.weighted({ partner: 50, ship: 30, self: 20 });
  return checkout(rng, {
    kind: 'traveller_or_vpn',
    at: shoppingTime(rng, w.window, c.metro.tz + rng.pick([0, 0, -1, -3, 1, 6])),
    c,
    fulfillment: mode === 'ship' ? 'ship' : 'pickup',
    theme: rng.weighted({ household: 30, electronics: 30, gift: 40 }),
    ...(mode === 'ship' ? { shipping: c.home } : { store }),
    ...(mode === 'partner' ? { pickupPerson: c.partner ?? fullName(rng) } : {}),
    tax: store.metro.tax,
    ip: ipIn(rng, net, 0.3),
    device: rng.pick(c.devices),
  });
}

/** A decline first (funds, a mistyped CVC or ZIP, a velocity limit), then the retry that works. */
export function declinedRetry(rng: Rng, w: World): Purchase {
  const c = regular(rng, w.households);
  const store = storeIn(rng, w, c.metro);
  return checkout(rng, {
    kind: 'declined_then_retry',
    at: shoppingTime(rng, w.window, c.metro.tz),
    c,
    fulfillment: 'pickup',
    theme: rng.weighted({ household: 40, electronics: 40, gift: 20 }),
    store,
    tax: store.metro.tax,
    ip: homeOrPhone(rng, c, 0.35),
    device: rng.pick(c.devices),
    declineShare: 1,
  });
}

/** College students on the campus network, paying with a parent's card billed to the family home. */
export function campusStudent(rng: Rng, w: World): Purchase {
  const at0 = shoppingTime(
    rng,
    w.window,
    -6,
    OFFICE_HOURS.map((x, h) => x + (h >= 20 || h < 2 ? 1.2 : 0.2)),
  );
  const c = newcomer(rng, w, at0, rng.chance(0.5) ? rng.int(30 * DAY, 600 * DAY) : undefined);
  const parents = homeAddress(rng, otherMetro(rng, c.metro));
  const store = storeIn(rng, w, c.metro);
  const school = c.email.replace(/@.*/, `@${rng.pick(['state.edu', 'uni.edu', 'college.edu', 'tech.edu'])}`);
  return checkout(rng, {
    kind: 'campus_student',
    at: at0,
    c: { ...c, email: rng.chance(0.4) ? school : c.email, cards: [newCard(rng)] },
    fulfillment: 'pickup',
    theme: rng.weighted({ electronics: 45, gift: 35, household: 20 }),
    store,
    billing: parents,
    tax: store.metro.tax,
    ip: ipIn(rng, network('campus'), 0),
    device: rng.chance(0.6) ? desktop(rng) : phoneWeb(rng),
  });
}

const ABROAD: ReadonlyArray<readonly [string, string, string, number]> = [
  ['CA', 'Toronto', 'M5V 2T6', 25],
  ['CA', 'Vancouver', 'V6B 1A1', 15],
  ['MX', 'Guadalajara', '44100', 15],
  ['MX', 'Ciudad de México', '06600', 15],
  ['GB', 'London', 'SW1A 2AA', 15],
  ['DE', 'München', '80331', 10],
  ['GB', 'Manchester', 'M1 1AE', 5],
];

/** Family abroad paying with a card from home for a relative in the States to pick up, or shipped to them. */
export function abroadForFamily(rng: Rng, w: World): Purchase {
  const [country, city, postalCode] = rng.weightedPick(ABROAD.map((r) => [r, r[3]] as const));
  const local = regular(rng, w.households);
  const at = shoppingTime(rng, w.window, country === 'DE' || country === 'GB' ? 0 : -6);
  const payer = newcomer(rng, w, at, rng.chance(0.4) ? rng.int(20 * DAY, 900 * DAY) : undefined);
  const home: Address = {
    country,
    city,
    postalCode,
    line1: `${rng.int(1, 480)} ${rng.pick(['King St', 'Calle Juárez', 'High St', 'Hauptstraße'])}`,
  };
  const c: Customer = { ...payer, home, cards: [newCard(rng, 'consumer', country)], metro: local.metro };
  const store = storeIn(rng, w, local.metro);
  const ship = rng.chance(0.4);
  return checkout(rng, {
    kind: 'family_abroad',
    at,
    c,
    fulfillment: ship ? 'ship' : 'pickup',
    theme: rng.weighted({ gift: 50, electronics: 35, appliance: 15 }),
    ...(ship ? { shipping: local.home } : { store, pickupPerson: local.name }),
    tax: local.metro.tax,
    ip: ipIn(rng, network(`home-${country.toLowerCase()}`), 0.2),
    device: personalDevice(rng),
  });
}

/** Shopping from work over lunch: the employer's gateway or office line, picked up on the way home. */
export function officeLunch(rng: Rng, w: World): Purchase {
  const c = regular(rng, w.households);
  const store = storeIn(rng, w, c.metro);
  const ship = rng.chance(0.3);
  const net = network(rng.chance(0.5) ? 'secure-web-gateway' : 'business-fiber');
  return checkout(rng, {
    kind: 'office_network_shopper',
    at: shoppingTime(rng, w.window, c.metro.tz, OFFICE_HOURS),
    c,
    fulfillment: ship ? 'ship' : 'pickup',
    theme: rng.weighted({ household: 40, electronics: 25, gift: 35 }),
    ...(ship ? { shipping: c.home } : { store }),
    tax: ship ? c.metro.tax : store.metro.tax,
    ip: ipIn(rng, net, 0),
    device: desktop(rng, 0.7),
  });
}
