import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Zone } from './calendar.js';
import { type Card, newCard, type Use } from './cards.js';
import { companyName, domainOf, person, personalEmail, type Sector, workEmail } from './names.js';
import { address, networkOf, type Network } from './networks.js';
import { type Address, type City, cityIn, type Market, siteAddress, type Site } from './places.js';
import { DAY, desktop, ownDevice, userId } from './purchase.js';

/**
 * The store's business customers: company accounts with several buyers, a billing address (where the card
 * statement and invoices go), the sites they ship to, the office's network, company cards and, for some,
 * net-30 terms. Some accounts order every week, most now and then.
 */

export interface Member {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  device: Device;
  /** Where the buyer lives (remote staff, home deliveries). */
  home: Address;
}

export interface Company {
  id: string;
  name: string;
  sector: Sector;
  market: Market;
  domain: string;
  city: City;
  zone: Zone;
  billing: Address;
  /** Where the buyers sit; often the billing address. */
  office: Address;
  /** Other places the account ships to: branches, job sites, campus buildings. */
  sites: Address[];
  network: Network;
  /** The office's static address (gateway users get a new egress per session). */
  ip: string;
  members: Member[];
  cards: Card[];
  /** Company (commercial) cards, or the owner's own. */
  use: Use;
  /** Whether the card is saved on the account (charged without CVC). */
  saved: boolean;
  terms: boolean;
  exempt: boolean;
  /** Relative order frequency. */
  weight: number;
  /** A front-desk computer several buyers share. */
  shared?: Device;
  /** A virtual assistant abroad who orders for a small business, and where they work from. */
  assistant?: { member: Member; country: 'PH' | 'IN' };
  createdAt: number;
}

export interface World {
  start: number;
  companies: Company[];
}

const SECTORS: ReadonlyArray<readonly [Sector, number]> = [
  ['office', 36],
  ['contractor', 19],
  ['warehouse', 9],
  ['school', 9],
  ['clinic', 10],
  ['enterprise', 8],
  ['reseller', 4],
  // (new businesses open their accounts during the stream: honest.ts)
];

const PROFILE: Readonly<
  Record<Sector, { members: [number, number]; terms: number; exempt: number; use: number; site: Site }>
> = {
  office: { members: [1, 4], terms: 0.15, exempt: 0, use: 0.8, site: 'office' },
  contractor: { members: [1, 3], terms: 0.15, exempt: 0, use: 0.55, site: 'industrial' },
  warehouse: { members: [1, 4], terms: 0.25, exempt: 0, use: 0.85, site: 'industrial' },
  school: { members: [2, 6], terms: 0.65, exempt: 1, use: 1, site: 'campus' },
  clinic: { members: [1, 4], terms: 0.3, exempt: 0.3, use: 0.9, site: 'clinic' },
  enterprise: { members: [2, 8], terms: 0.5, exempt: 0, use: 1, site: 'office' },
  reseller: { members: [1, 2], terms: 0.05, exempt: 1, use: 0.6, site: 'industrial' },
};

function member(
  rng: Rng,
  c: { domain: string; market: Market; createdAt: number; city: City },
  start: number,
): Member {
  const p = person(rng);
  const recent = rng.chance(0.05);
  const createdAt = recent
    ? start - rng.int(DAY, 20 * DAY)
    : Math.floor(c.createdAt + rng.float(0, Math.max(DAY, start - 21 * DAY - c.createdAt)));
  return {
    id: userId(rng),
    email: c.domain === 'gmail.com' ? personalEmail(rng, p, c.market) : workEmail(rng, p, c.domain),
    name: p.name,
    createdAt,
    device: ownDevice(rng, 0.12),
    home: siteAddress(rng, c.city, 'home'),
  };
}

const ASSISTED: readonly Sector[] = ['office', 'contractor', 'clinic', 'reseller'];

function assistant(
  rng: Rng,
  c: { domain: string; market: Market; createdAt: number; city: City },
  start: number,
): { member: Member; country: 'PH' | 'IN' } {
  const country = rng.chance(0.7) ? 'PH' : 'IN';
  const p = person(rng, country === 'PH' ? 'ph' : 'in');
  return {
    country,
    member: {
      id: userId(rng),
      email: rng.chance(0.6) ? workEmail(rng, p, c.domain) : personalEmail(rng, p),
      name: p.name,
      createdAt: start - rng.int(40 * DAY, 700 * DAY),
      device: desktop(rng),
      home: siteAddress(rng, c.city, 'home'),
    },
  };
}

function company(rng: Rng, index: number, start: number): Company {
  const sector = rng.weightedPick(SECTORS);
  const market: Market = rng.chance(0.13) ? 'CA' : 'US';
  const city = cityIn(rng, market);
  const profile = PROFILE[sector];
  const name = companyName(rng, sector);
  const domain = domainOf(rng, name, sector, market);
  const createdAt = start - Math.floor(rng.logNormal(700, 1) * DAY) - 40 * DAY;
  const billing = siteAddress(rng, city, profile.site);
  const office = rng.chance(0.75) ? billing : siteAddress(rng, city, profile.site);
  const siteKind: Site = sector === 'contractor' ? 'jobsite' : profile.site;
  const sites = Array.from({ length: rng.int(1, sector === 'contractor' ? 4 : 2) }, () =>
    siteAddress(rng, rng.chance(0.6) ? city : cityIn(rng, market), siteKind),
  );
  const kind = sector === 'enterprise' ? 'gateway' : rng.chance(0.8) ? 'business' : 'residential';
  const network = networkOf(rng, market, kind);
  const shape = { domain, market, createdAt, city };
  const members = Array.from({ length: rng.int(...profile.members) }, () => member(rng, shape, start));
  const use: Use = rng.chance(profile.use) ? 'commercial' : 'consumer';
  const cards = Array.from({ length: rng.int(1, sector === 'enterprise' ? 3 : 2) }, () =>
    newCard(rng, rng.chance(0.03) ? (market === 'US' ? 'CA' : 'US') : market, use),
  );
  return {
    id: `A${String(100_000 + index * 7 + rng.int(0, 6))}`,
    name,
    sector,
    market,
    domain,
    city,
    zone: city.zone,
    billing,
    office,
    sites,
    network,
    ip: address(rng, network),
    members,
    cards,
    use,
    saved: rng.chance(0.6),
    terms: rng.chance(profile.terms),
    exempt: rng.chance(profile.exempt),
    weight: Math.min(25, 1 / Math.pow(1 - rng.next() * 0.98, 0.9)),
    ...(members.length >= 3 && rng.chance(0.4) ? { shared: desktop(rng, 0.95) } : {}),
    ...(market === 'US' && ASSISTED.includes(sector) && rng.chance(0.1)
      ? { assistant: assistant(rng, shape, start) }
      : {}),
    createdAt,
  };
}

export function world(rng: Rng, start: number, orders: number): World {
  const count = Math.max(60, Math.round(orders * 0.45));
  return { start, companies: Array.from({ length: count }, (_, i) => company(rng.fork(`c${i}`), i, start)) };
}

/** A company of one of `sectors` (any when empty), by how often it orders. */
export function pickCompany(
  rng: Rng,
  w: World,
  sectors: readonly Sector[] = [],
  test: (c: Company) => boolean = () => true,
): Company {
  const pool = w.companies.filter((c) => (sectors.length === 0 || sectors.includes(c.sector)) && test(c));
  const from = pool.length > 0 ? pool : w.companies;
  return rng.weightedPick(from.map((c) => [c, c.weight] as const));
}

/** The buyer of an order: one of the account's members, as the checkout sees them. */
export const buyerOf = (m: Member) => ({ id: m.id, email: m.email, name: m.name, createdAt: m.createdAt });
