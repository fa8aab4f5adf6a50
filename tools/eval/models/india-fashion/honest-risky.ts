import { type Rng } from '../kit/random.js';
import { cardFrom } from './cards.js';
import { cart, line, shelf, subtotal } from './catalog.js';
import { checkout, chooseMethod, type Crowd, sessionIp, shopper, type Shopper } from './honest-kit.js';
import { ABROAD_NETS, HOME_NETS_ABROAD, IN_NETS, ipOn } from './networks.js';
import { account, oldAccountAge, person } from './people.js';
import { abroadHome, homeIn, NRI_COUNTRIES, pickCity, workIn } from './places.js';
import { device, iosShare, type Method, type Purchase, when, type Window } from './purchase.js';

/**
 * Honest shoppers who look unusual: wedding trousseaus, NRIs paying with foreign cards from abroad for family
 * at home, travellers, VPN users, families sharing one phone, gifts to other cities, corporate Diwali gifts,
 * office networks, e-gift cards.
 */

const rupees = (lines: Parameters<typeof subtotal>[0]) => subtotal(lines) / 100;

/** Outfits for a wedding in the family: lehengas, sarees, sherwanis and jewellery, several of some. */
export function weddingTrousseau(rng: Rng, w: Window): Purchase {
  const at = when(rng, w);
  const s = shopper(rng, at, {
    tiers: rng.chance(0.6) ? [2, 3] : [1],
    age: rng.chance(0.65) ? 'old' : 'new',
  });
  const big = shelf(['ethnic'], 2400);
  const lines = [
    line(rng.weightedPick(big.map((x) => [x, 1 / x.rupees] as const))),
    ...cart(rng, 'festive', rng.int(2, 4)),
  ];
  const set = shelf(['ethnic'], 600, 1800);
  lines.push(line(rng.pick(set), rng.int(2, 6)));
  const method: Method = rng.weighted({ card: 40, upi: 30, netbanking: 12, paylater: 4, cod: 14 });
  return checkout(rng, { kind: 'wedding_trousseau', at, shopper: s, lines, method, ip: sessionIp(rng, s) });
}

/** Local UTC offsets of the NRIs' countries in October. */
const TZ: Readonly<Record<string, number>> = { AE: 4, US: -4, GB: 1, SG: 8, CA: -4, AU: 11 };

/**
 * An NRI in the Gulf, the US, the UK, Singapore, Canada or Australia sending festive clothes home: their
 * foreign card and billing address, an IP abroad, shopping in their own evening, the parcel to parents in
 * India; a few pay by UPI from an NRE account.
 */
export function nriFamilyGift(rng: Rng, w: Window): Purchase {
  const country = rng.weightedPick(NRI_COUNTRIES);
  const at = when(rng, w, { tz: TZ[country] ?? 0, rush: false });
  const s = shopper(rng, w.start, { age: rng.chance(0.7) ? 'old' : 'new' });
  if (s.buyer.id && s.buyer.createdAt !== undefined && s.buyer.createdAt > at)
    s.buyer.createdAt = at - 20 * 60_000;
  const billing = abroadHome(rng, country);
  const parents = homeIn(rng, pickCity(rng));
  const net = rng.pick(HOME_NETS_ABROAD[country] ?? [ABROAD_NETS.comcast]);
  const lines = cart(rng, rng.chance(0.6) ? 'festive' : 'gifting', rng.int(1, 4), 20_000);
  const method: Method = rng.chance(0.85) ? 'card' : 'upi';
  return checkout(rng, {
    kind: 'nri_family_gift',
    at,
    shopper: s,
    lines,
    method,
    ip: ipOn(rng, net),
    device: device(rng, rng.chance(iosShare('abroad'))),
    billing,
    shipping: parents,
    card: cardFrom(rng, country),
    foreign: true,
  });
}

/** An Indian shopper on holiday or a work trip (hotel Wi-Fi, a local SIM) sending something home. */
export function travellerAbroad(rng: Rng, w: Window): Purchase {
  const s = shopper(rng, w.start, { tiers: [1, 2] });
  const where = rng.weightedPick<string>([
    ['AE', 35],
    ['SG', 20],
    ['TH', 25],
    ['GB', 12],
    ['US', 8],
  ]);
  const net = rng.pick(HOME_NETS_ABROAD[where] ?? [ABROAD_NETS.thai]);
  const lines = cart(rng, 'everyday', rng.int(1, 3));
  const method: Method = rng.weighted({ card: 45, upi: 40, wallet: 15 });
  return checkout(rng, {
    kind: 'traveller_abroad',
    at: when(rng, w),
    shopper: s,
    lines,
    method,
    ip: ipOn(rng, net),
  });
}

/** Privacy VPNs and ad-blocking VPN apps: the exit is Singapore, the US or the Netherlands. */
export function vpnPrivacy(rng: Rng, w: Window): Purchase {
  const s = shopper(rng, w.start, { tiers: [1, 2] });
  const exit = rng.weightedPick([
    [ABROAD_NETS.vpnSg, 45],
    [ABROAD_NETS.vpnUs, 20],
    [ABROAD_NETS.vpnNl, 15],
    [ABROAD_NETS.doSingapore, 10],
    [IN_NETS.doBangalore, 10],
  ]);
  const lines = cart(rng, 'everyday', rng.int(1, 3));
  const method = chooseMethod(rng, s.city.tier, rupees(lines));
  return checkout(rng, {
    kind: 'vpn_privacy',
    at: when(rng, w),
    shopper: s,
    lines,
    method,
    ip: ipOn(rng, exit),
  });
}

/**
 * A family on one phone and one home connection: mother, father, children each with their own account and
 * e-mail, the same device id and Wi-Fi address.
 */
export function sharedFamilyDevice(rng: Rng, w: Window, crowd: Crowd): Purchase {
  const head = crowd.from(rng, 'household', 0.45, () =>
    shopper(rng, w.start, { tiers: rng.chance(0.5) ? [1] : [2, 3] }),
  );
  const kin = { ...person(rng, head.city.region), last: head.person.last };
  const member: Shopper = rng.chance(0.35)
    ? head
    : {
        ...head,
        person: kin,
        buyer: account(rng, kin, w.start, oldAccountAge(rng)),
        card: cardFrom(rng, 'IN'),
      };
  const home = head.wifi ?? { network: IN_NETS.jioFiber, ip: ipOn(rng, IN_NETS.jioFiber) };
  if (!head.wifi) head.wifi = home;
  const lines = cart(rng, rng.chance(0.5) ? 'everyday' : 'festive', rng.int(1, 3));
  const method = chooseMethod(rng, head.city.tier, rupees(lines));
  const ip = rng.chance(0.75) ? home.ip : ipOn(rng, head.mobile);
  return checkout(rng, {
    kind: 'shared_family_device',
    at: when(rng, w),
    shopper: member,
    lines,
    method,
    ip,
    device: head.device,
  });
}

/** A festive gift delivered to a sibling or parents in another city, paid online. */
export function giftElsewhere(rng: Rng, w: Window): Purchase {
  const s = shopper(rng, w.start);
  const lines = cart(rng, 'gifting', rng.int(1, 3));
  const method = chooseMethod(rng, s.city.tier, rupees(lines), { cod: false });
  const shipping = homeIn(rng, pickCity(rng));
  return checkout(rng, {
    kind: 'gift_elsewhere',
    at: when(rng, w),
    shopper: s,
    lines,
    method,
    ip: sessionIp(rng, s),
    shipping,
  });
}

/** An office's egress addresses (its own line or its Zscaler tunnel), shared by everyone there. */
const officeIps = (crowd: Crowd, office: number) =>
  crowd.memo(`office:${office}`, (r) => {
    const n = r.chance(0.4) ? IN_NETS.zscaler : IN_NETS.office;
    return [ipOn(r, n), ipOn(r, n)];
  });

/** Diwali gifts for a company's staff or clients: dozens of watches, perfumes or bags on a company card. */
export function corporateGifting(rng: Rng, w: Window, crowd: Crowd): Purchase {
  const at = when(rng, w, { rush: false });
  const s = shopper(rng, at, { tiers: [1], age: rng.chance(0.5) ? 'new' : 'old' });
  const office = workIn(rng, s.city, 'office');
  const product = rng.pick(shelf(['watches', 'beauty', 'gadgets', 'bags'], 1000, 3000));
  const lines = [line(product, rng.int(6, 24))];
  const method: Method = rng.weighted({ card: 60, netbanking: 40 });
  const ip = rng.pick(officeIps(crowd, rng.int(0, 9)));
  const dev = device(rng, false, 'desktop');
  return checkout(rng, {
    kind: 'corporate_gifting',
    at,
    shopper: s,
    lines,
    method,
    ip,
    device: dev,
    billing: office,
    shipping: office,
  });
}

/** Shopping at lunch from the office: a desktop browser behind the company's shared egress. */
export function officeNetwork(rng: Rng, w: Window, crowd: Crowd): Purchase {
  const s = shopper(rng, w.start, { tiers: [1] });
  const lines = cart(rng, 'everyday', rng.int(1, 3));
  const method = chooseMethod(rng, 1, rupees(lines));
  const ip = rng.pick(officeIps(crowd, rng.int(0, 9)));
  const shipping = rng.chance(0.35) ? workIn(rng, s.city, 'office') : s.home;
  const dev = rng.chance(0.7) ? device(rng, false, 'desktop') : s.device;
  return checkout(rng, {
    kind: 'office_network',
    at: when(rng, w),
    shopper: s,
    lines,
    method,
    ip,
    device: dev,
    shipping,
  });
}

/** An e-gift card for a friend or a cousin, e-mailed, paid by UPI or card. */
export function egiftCard(rng: Rng, w: Window): Purchase {
  const s = shopper(rng, w.start, { tiers: [1, 2] });
  const lines = [line(rng.pick(shelf(['giftcard'], 500, 5000)), rng.chance(0.15) ? 2 : 1)];
  const method: Method = rng.weighted({ upi: 55, card: 30, wallet: 10, netbanking: 5 });
  return checkout(rng, {
    kind: 'egift_card',
    at: when(rng, w),
    shopper: s,
    lines,
    method,
    ip: sessionIp(rng, s),
    shipping: null,
  });
}
