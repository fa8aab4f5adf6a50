import { type Rng } from '../kit/random.js';
import { when } from './calendar.js';
import { newCard } from './cards.js';
import { basket } from './catalog.js';
import { accountOrder, type Context, honestLater, payByCard } from './honest-kit.js';
import { companyName, domainOf, person, personalEmail, type Sector, workEmail } from './names.js';
import { address, ipOf, network, type NetKind } from './networks.js';
import { pickCompany } from './people.js';
import { CITIES, cityIn, type Market, siteAddress, taxAt } from './places.js';
import { desktop, MINUTE, DAY, ownDevice, phone, poNumber, type Purchase, userId } from './purchase.js';

/**
 * Honest orders that look unusual: households and sole traders, brand-new businesses with big first orders,
 * VPN users, travellers, assistants abroad, cross-border accounts and resellers shipping to prep centres.
 */

const storefront = (rng: Rng): Market => (rng.chance(0.13) ? 'CA' : 'US');

/** A household or sole trader: guest or signed in, their own card, home delivery (now and then a gift). */
export function household(rng: Rng, ctx: Context, kind: string, ip?: string): Purchase {
  const market = storefront(rng);
  const city = cityIn(rng, market);
  const p = person(rng);
  const home = siteAddress(rng, city, 'home');
  const signedIn = rng.chance(0.4);
  const ship = rng.chance(0.9) ? home : siteAddress(rng, cityIn(rng, market), 'home');
  const b = basket(rng, 'home', { market, taxRate: taxAt(ship) });
  const card = newCard(rng, market, 'consumer');
  const attempts = payByCard(rng, { card, use: 'consumer', saved: signedIn && rng.chance(0.4) });
  const kindOfNet: NetKind = rng.chance(0.78) ? 'residential' : 'mobile';
  const device = kindOfNet === 'mobile' || rng.chance(0.3) ? phone(rng) : desktop(rng);
  const purchase: Purchase = {
    at: when(rng, ctx.window, city.zone, 'household'),
    fraud: false,
    kind,
    basket: b,
    billing: home,
    attempts,
    later: [],
    market,
    buyer: {
      ...(signedIn ? { id: userId(rng), createdAt: ctx.world.start - rng.int(20 * DAY, 2200 * DAY) } : {}),
      email: personalEmail(rng, p, market),
      name: p.name,
    },
    method: 'card',
    shipping: ship,
    ip: ip ?? ipOf(rng, market, kindOfNet),
    device,
  };
  purchase.later = honestLater(rng, purchase);
  return purchase;
}

export const homeOffice = (rng: Rng, ctx: Context, kind: string): Purchase => household(rng, ctx, kind);

/** Privacy VPN at home, or a remote worker whose laptop tunnels everything. */
export function vpnShopper(rng: Rng, ctx: Context, kind: string): Purchase {
  if (rng.chance(0.6)) return household(rng, ctx, kind, ipOf(rng, rng.chance(0.85) ? 'US' : 'CA', 'vpn'));
  const c = pickCompany(rng, ctx.world, ['office', 'clinic']);
  return accountOrder(rng, ctx, kind, c, {
    profile: 'office',
    ip: ipOf(rng, c.market, 'vpn'),
    method: 'card',
  });
}

/** A business opening its account today with a big first order: a new office, shop or clinic fit-out. */
export function newBusiness(rng: Rng, ctx: Context, kind: string): Purchase {
  const market = storefront(rng);
  const city = cityIn(rng, market);
  const sector: Sector = rng.pick(['office', 'office', 'contractor', 'clinic']);
  const owner = person(rng);
  const name = companyName(rng, sector);
  const domain = rng.chance(0.4) ? 'gmail.com' : domainOf(rng, name, sector, market);
  const office = siteAddress(rng, city, sector === 'contractor' ? 'industrial' : 'office');
  const home = siteAddress(rng, city, 'home');
  const personal = rng.chance(0.45);
  const at = when(rng, ctx.window, city.zone, 'office');
  const b = basket(rng, sector === 'contractor' ? 'trades' : 'office', {
    market,
    taxRate: taxAt(office),
    scale: rng.float(1.5, 3),
    lines: rng.int(4, 8),
  });
  const card = newCard(rng, market, personal ? 'consumer' : 'commercial');
  const match = rng.weighted({ full: 70, zip: 18, none: 12 });
  const kindOfNet: NetKind = rng.weighted({ business: 45, residential: 38, mobile: 17 });
  const purchase: Purchase = {
    at,
    fraud: false,
    kind,
    basket: b,
    billing: personal ? home : office,
    attempts: payByCard(rng, { card, use: personal ? 'consumer' : 'commercial', match, declined: 0.06 }),
    later: [],
    market,
    buyer: {
      id: userId(rng),
      createdAt: at - rng.int(2 * MINUTE, 180 * MINUTE),
      email: domain === 'gmail.com' ? personalEmail(rng, owner, market) : workEmail(rng, owner, domain),
      name: owner.name,
    },
    account: `A${rng.digits(6)}`,
    ...(rng.chance(0.1) ? { po: poNumber(rng) } : {}),
    method: 'card',
    shipping: office,
    ip: ipOf(rng, market, kindOfNet),
    device: kindOfNet === 'mobile' ? phone(rng) : ownDevice(rng, 0),
  };
  purchase.later = honestLater(rng, purchase);
  return purchase;
}

const TRIPS = ['mx-telmex', 'gb-broadband', 'de-telekom', 'fr-orange', 'jp-broadband', 'do-claro'];

/** A buyer on the road: hotel or conference Wi-Fi abroad, or a phone in another state; ships to the office. */
export function travelling(rng: Rng, ctx: Context, kind: string): Purchase {
  const c = pickCompany(rng, ctx.world, ['office', 'enterprise', 'contractor', 'clinic']);
  const m = rng.pick(c.members);
  const abroad = rng.chance(0.55);
  const ip = abroad
    ? address(rng, network(rng.pick(TRIPS)))
    : ipOf(rng, c.market, rng.chance(0.6) ? 'mobile' : 'residential');
  const device = rng.chance(0.7) ? m.device : phone(rng);
  const at = when(rng, ctx.window, c.zone, 'household');
  return accountOrder(rng, ctx, kind, c, {
    profile: c.sector === 'contractor' ? 'trades' : 'office',
    member: m,
    ip,
    device,
    at,
  });
}

/** A virtual assistant in the Philippines or India ordering for a US small business on its account. */
export function offshoreAssistant(rng: Rng, ctx: Context, kind: string): Purchase {
  const c = pickCompany(rng, ctx.world, [], (x) => x.assistant !== undefined);
  const va = c.assistant;
  if (!va) return accountOrder(rng, ctx, kind, c, { profile: 'office' });
  const ip = address(rng, network(va.country === 'PH' ? 'ph-broadband' : 'in-broadband'), rng.chance(0.3));
  return accountOrder(rng, ctx, kind, c, {
    profile: c.sector === 'contractor' ? 'trades' : c.sector === 'reseller' ? 'reseller' : 'office',
    member: va.member,
    ip,
    device: va.member.device,
    method: 'card',
  });
}

/** A US firm supplying its Canadian branch on the Canadian storefront, or a Canadian firm a US job. */
export function crossBorder(rng: Rng, ctx: Context, kind: string): Purchase {
  const toCanada = rng.chance(0.6);
  const home: Market = toCanada ? 'US' : 'CA';
  const c = pickCompany(
    rng,
    ctx.world,
    ['office', 'enterprise', 'warehouse', 'contractor'],
    (x) => x.market === home,
  );
  const there = cityIn(rng, toCanada ? 'CA' : 'US');
  const ship = siteAddress(rng, there, c.sector === 'contractor' ? 'jobsite' : 'office');
  return accountOrder(rng, ctx, kind, c, {
    profile: c.sector === 'contractor' ? 'trades' : c.sector === 'warehouse' ? 'warehouse' : 'office',
    market: toCanada ? 'CA' : 'US',
    ship,
    method: 'card',
  });
}

const PREP_CITIES = CITIES.filter((x) => ['Wilmington', 'Portland', 'Manchester'].includes(x.city));

/** A small online reseller stocking toner and ink, shipped to a prep centre in a no-sales-tax state. */
export function bulkReseller(rng: Rng, ctx: Context, kind: string): Purchase {
  const c = pickCompany(rng, ctx.world, ['reseller'], (x) => x.market === 'US');
  const ship = rng.chance(0.6) ? siteAddress(rng, rng.pick(PREP_CITIES), 'industrial') : c.office;
  return accountOrder(rng, ctx, kind, c, {
    profile: 'reseller',
    ship,
    scale: rng.float(1.5, 3.5),
    method: 'card',
    at: when(rng, ctx.window, c.zone, rng.chance(0.5) ? 'household' : 'office'),
    ...(rng.chance(0.2) ? { ip: ipOf(rng, 'US', 'residential') } : {}),
    later: (p) => honestLater(rng, p, { disputeRate: 0.004 }),
  });
}
