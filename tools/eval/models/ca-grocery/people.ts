import { type Address, DAY, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Card, newCard } from './cards.js';
import { type Device, householdDevice, newDevice } from './devices.js';
import { fullName, type Person, personalEmail, personName, workEmail } from './names.js';
import { draw, homeNetworks, type Network, ofKind } from './networks.js';
import { addressIn, CITIES, type City, pickCity, PROVINCES, type Province } from './places.js';
import { type Payer } from './purchase.js';

/**
 * The store's customers before the stream starts: households (some with a weekly meal-kit plan), students,
 * seniors, grown children who order for their parents, and offices that order lunch on a company card.
 */

export type Segment = 'household' | 'student' | 'senior' | 'office';

export interface Customer extends Payer {
  segment: Segment;
  id: string;
  person: Person;
  name: string;
  email: string;
  createdAt: number;
  city: City;
  province: Province;
  tz: number;
  home: Address;
  /** Where the card's statements go, when it is not home (students' parents, an office's head office). */
  billing: Address;
  devices: Device[];
  homeNet: Network;
  /** The home connection's address: cable and fibre addresses change rarely. */
  homeIp: string;
  mobileNet: Network;
  baby: boolean;
  /** Weekly meal-kit plan: its id and the weekday the renewal is charged. */
  plan?: { id: string; weekday: number; sku: string };
  /** A parent this customer orders for, elsewhere. */
  parent?: { name: string; address: Address };
  /** Offices: the company's e-mail domain. */
  company?: string;
}

export interface World {
  window: Window;
  customers: Customer[];
  of: (segment: Segment) => Customer[];
}

const COMPANIES = [
  'northlakecap.ca',
  'maplesoft-dev.com',
  'groupe-lumen.ca',
  'ardentlaw.ca',
  'harbourdesign.ca',
  'tundra.io',
  'cpa-beaulieu.ca',
  'prairiegen.com',
  'fraserhealthtech.ca',
  'boreal-eng.ca',
  'quaysideins.com',
  'stlaurentconseil.ca',
];

export function customer(rng: Rng, segment: Segment, start: number, n = 0): Customer {
  const city = segment === 'student' ? rng.pick(CITIES.filter((x) => x.campus)) : pickCity(rng);
  const province = city.province;
  const french = rng.chance(PROVINCES[province].french);
  const person = personName(rng, french);
  const ageDays =
    segment === 'student' ? rng.int(20, 900) : segment === 'senior' ? rng.int(30, 1500) : rng.int(14, 2900);
  const home = addressIn(rng, city, segment === 'student' || rng.chance(0.4));
  const cards: Card[] = [newCard(rng, segment === 'student' && rng.chance(0.45) ? 'debit' : 'bank')];
  if (rng.chance(segment === 'household' ? 0.45 : 0.2))
    cards.push(newCard(rng, rng.chance(0.3) ? 'debit' : 'bank'));
  const devices =
    segment === 'senior'
      ? [newDevice(rng, rng.chance(0.6) ? 'old_desktop' : 'desktop', french)]
      : [householdDevice(rng, french)];
  if (rng.chance(0.4)) devices.push(householdDevice(rng, french));
  let billing = home;
  if (segment === 'student') billing = addressIn(rng, pickCity(rng), false);
  else if (rng.chance(0.06)) billing = addressIn(rng, city, false);
  const homeNet = rng.pick(homeNetworks(province));
  const c: Customer = {
    segment,
    id: `cus_${rng.token(14)}`,
    person,
    name: fullName(person),
    email: personalEmail(rng, person),
    createdAt: start - ageDays * DAY - rng.int(0, DAY),
    city,
    province,
    tz: PROVINCES[province].tz,
    home,
    billing,
    cards,
    devices,
    homeNet,
    homeIp: draw(rng, homeNet, 0.25),
    mobileNet: rng.pick(ofKind('mobile')),
    baby: segment === 'household' && rng.chance(0.12),
    wallet: segment !== 'senior' && rng.chance(0.45),
    paypal: rng.chance(0.25),
    credit: rng.chance(0.08),
  };
  if (segment === 'household' && rng.chance(0.3))
    c.plan = {
      id: `sub_${rng.token(12)}`,
      weekday: rng.int(0, 6),
      sku: rng.pick(['MK-2P3', 'MK-2P3', 'MK-4P3', 'MK-2P5']),
    };
  if (segment === 'household' && rng.chance(0.12)) {
    const parentCity = rng.chance(0.6) ? city : pickCity(rng);
    c.parent = {
      name: fullName(personName(rng, french)),
      address: addressIn(rng, parentCity, rng.chance(0.3)),
    };
  }
  if (segment === 'office') {
    const company = COMPANIES[n % COMPANIES.length] ?? 'example.ca';
    c.company = company;
    c.email = workEmail(person, company);
  }
  return c;
}

/**
 * About one customer for every 1.6 orders (households order again within the three weeks); offices share a
 * company card and a head-office billing address among their staff.
 */
export function world(rng: Rng, window: Window, orders: number): World {
  const sizes: Record<Segment, number> = {
    household: Math.max(20, Math.round(orders * 0.5)),
    student: Math.max(4, Math.round(orders * 0.05)),
    senior: Math.max(4, Math.round(orders * 0.06)),
    office: Math.max(4, Math.round(orders * 0.04)),
  };
  const customers: Customer[] = [];
  for (const segment of Object.keys(sizes) as Segment[])
    for (let i = 0; i < sizes[segment]; i++)
      customers.push(customer(rng.fork(`${segment}${i}`), segment, window.start, i));
  const offices = new Map<string, Customer>();
  for (const c of customers.filter((x) => x.segment === 'office' && x.company)) {
    const first = offices.get(c.company ?? '');
    if (!first) {
      offices.set(c.company ?? '', c);
      const hq = rng.fork(`hq-${c.company}`);
      c.billing = addressIn(hq, c.city, true);
      c.homeNet = hq.pick(ofKind('office'));
      c.homeIp = draw(hq, c.homeNet, 0);
      continue;
    }
    Object.assign(c, {
      cards: first.cards,
      billing: first.billing,
      city: first.city,
      province: first.province,
      tz: first.tz,
      home: first.home,
      homeNet: first.homeNet,
      homeIp: first.homeIp,
    });
  }
  const bySegment = new Map<Segment, Customer[]>();
  for (const c of customers) bySegment.set(c.segment, [...(bySegment.get(c.segment) ?? []), c]);
  return { window, customers, of: (segment) => bySegment.get(segment) ?? [] };
}
