import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  buyerOf,
  buyerOfAccount,
  connection,
  fromHome,
  guestLike,
  ownShipping,
  shopNear,
  shortDate,
  someone,
  type World,
} from './build.js';
import { EVENINGS, moment, OFFICE } from './calendar.js';
import { companyCard } from './cards.js';
import {
  basketOf,
  everyday,
  type Line,
  present,
  restock,
  tournament,
  tradeInFor,
  tripGear,
  upgrade,
} from './catalogue.js';
import { network, pickNetwork } from './networks.js';
import { type Account, accountId, computerOf, deviceOf, personFrom, plain, usAccounts } from './people.js';
import {
  BORDER_RECEIVERS,
  CLUBS,
  type Country,
  homeIn,
  regionOf,
  RESORTS,
  taxRate,
  TEXAS,
  type Where,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  honestAfter,
  honestPay,
  HOUR,
  other,
  type Purchase,
} from './purchase.js';

/** The honest kinds with a twist: trips, the border, trade-ins, privacy tools, families and companies. */

/** Clubs and balls sent ahead to a resort's bag room, ordered from home, on the road or from another resort. */
export function resortShipment(rng: Rng, w: World): Purchase {
  const { a, signedIn } = someone(rng, w, 0.6);
  const at = moment(rng, w.window, a.tz, EVENINGS);
  const abroad = rng.chance(0.08);
  const choices = RESORTS.filter((r) =>
    abroad ? r.country !== 'US' : r.country === 'US' && r.state !== a.home.state,
  );
  const resort = rng.pick(choices.length > 0 ? choices : RESORTS);
  const lines = tripGear(rng);
  const shipping = resort.country !== 'US' ? 'international' : rng.chance(0.4) ? 'express' : 'ground';
  const basket = basketOf(lines, { shipping, taxRate: taxRate(resort), country: resort.country });
  const where = rng.weightedPick<'home' | 'road' | 'resort'>([
    ['home', 50],
    ['road', 30],
    ['resort', 20],
  ]);
  const conn =
    where === 'home'
      ? fromHome(rng, a, 0.4)
      : where === 'road'
        ? connection(rng, a.carrier, a.phone)
        : connection(rng, network('us-resort-wifi'), rng.chance(0.7) ? a.phone : (a.computer ?? a.phone));
  return {
    at,
    fraud: false,
    kind: 'resort_shipment',
    basket,
    billing: a.home,
    buyer: buyerOf(a, signedIn),
    shipping: resort,
    fulfilment: shipping,
    ...conn,
    deliveryNote: `Hold for guest ${a.name}, arriving ${shortDate(at + rng.int(3, 12) * DAY)}`,
    attempts: honestPay(rng, { cards: a.cards, country: 'US', signedIn }, basket.amount),
    later: honestAfter(rng, shipping, basket, { far: true }),
  };
}

/**
 * Canadians, Mexicans and Britons buying what costs more at home: shipped to them, or to a receiving depot across
 * the border (Laredo and McAllen for Monterrey, Blaine and Champlain for Canada) that they drive to.
 */
export function crossBorder(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<Country>([
    ['CA', 45],
    ['MX', 40],
    ['GB', 15],
  ]);
  const pool = w.customers.filter((c) => c.country === country);
  const signedIn = pool.length > 0 && rng.chance(0.5);
  const a = signedIn ? rng.pick(pool) : guestLike(rng, country);
  const at = moment(rng, w.window, a.tz, EVENINGS);
  const receivers = country === 'CA' || country === 'MX' ? BORDER_RECEIVERS[country] : [];
  const toDepot = receivers.length > 0 && rng.chance(country === 'MX' ? 0.55 : 0.35);
  const dest: Where = toDepot ? rng.pick(receivers) : a.home;
  const lines: Line[] = rng.chance(0.5) ? everyday(rng) : upgrade(rng);
  const shipping = toDepot ? 'ground' : 'international';
  const basket = basketOf(lines, { shipping, taxRate: taxRate(dest), country });
  return {
    at,
    fraud: false,
    kind: 'cross_border',
    basket,
    billing: a.home,
    buyer: buyerOf(a, signedIn),
    shipping: dest,
    fulfilment: shipping,
    ...(toDepot
      ? {
          deliveryNote: `Pickup by ${a.name} – ${country === 'MX' ? 'paquetería' : 'parcel depot'} account ${rng.digits(6)}`,
        }
      : {}),
    ...fromHome(rng, a, 0.5),
    attempts: honestPay(rng, { cards: a.cards, country, signedIn }, basket.amount, { decline: 0.1 }),
    later: honestAfter(rng, shipping, basket, { far: true }),
  };
}

/** A new driver, set or putter with the old one traded in: credited at checkout, or refunded once it arrives. */
export function tradeInUpgrade(rng: Rng, w: World): Purchase {
  const { a, signedIn } = someone(rng, w, 0.85);
  const at = moment(rng, w.window, a.tz, EVENINGS);
  const lines = upgrade(rng);
  const trade = tradeInFor(rng, lines);
  const atCheckout = rng.chance(0.65);
  const atShop = a.home.state === 'TX' && rng.chance(0.25);
  const shipping = atShop ? 'pickup' : ownShipping(rng, lines);
  const basket = basketOf(lines, {
    shipping,
    taxRate: atShop ? TEXAS.tax : taxRate(a.home),
    ...(atCheckout ? { tradeIn: trade } : {}),
  });
  const later = honestAfter(rng, shipping, basket);
  if (!atCheckout && !later.some((l) => l.type === 'order.cancelled'))
    later.push({
      type: 'refund.created',
      afterMs: rng.int(9, 20) * DAY,
      reason: 'trade_in_credit',
      amount: Math.min(trade.credit, basket.amount),
    });
  return {
    at,
    fraud: false,
    kind: 'trade_in_upgrade',
    basket,
    billing: a.home,
    buyer: buyerOf(a, signedIn),
    ...(atShop ? { pickupStore: shopNear(rng, a.home).name } : { shipping: a.home }),
    fulfilment: shipping,
    ...fromHome(rng, a, 0.45),
    attempts: honestPay(rng, { cards: a.cards, country: 'US', signedIn }, basket.amount),
    later,
  };
}

/** iCloud Private Relay on Safari, a consumer VPN (sometimes exiting abroad), or the office VPN. */
export function privacyVpn(rng: Rng, w: World): Purchase {
  const { a, signedIn } = someone(rng, w, 0.5);
  const at = moment(rng, w.window, a.tz, EVENINGS);
  const how = rng.weightedPick<'relay' | 'vpn' | 'vpn_abroad' | 'office'>([
    ['relay', 55],
    ['vpn', 30],
    ['vpn_abroad', 8],
    ['office', 7],
  ]);
  const safari = (): Device => (rng.chance(0.7) ? deviceOf(rng, 'iphone') : deviceOf(rng, 'mac'));
  const conn =
    how === 'relay'
      ? connection(
          rng,
          network('us-private-relay'),
          a.phone.userAgent.includes('iPhone') ? a.phone : safari(),
          0,
        )
      : how === 'vpn'
        ? connection(rng, pickNetwork(rng, 'US', 'hosting'), a.computer ?? a.phone)
        : how === 'vpn_abroad'
          ? connection(rng, network(rng.chance(0.6) ? 'nl-hosting' : 'de-hosting'), a.computer ?? a.phone)
          : connection(rng, pickNetwork(rng, 'US', 'business'), computerOf(rng));
  const lines = rng.chance(0.7) ? everyday(rng) : present(rng, false);
  const shipping = ownShipping(rng, lines);
  const basket = basketOf(lines, { shipping, taxRate: taxRate(a.home) });
  return {
    at,
    fraud: false,
    kind: 'privacy_vpn',
    basket,
    billing: a.home,
    buyer: buyerOf(a, signedIn),
    shipping: a.home,
    fulfilment: shipping,
    ...conn,
    attempts: honestPay(rng, { cards: a.cards, country: 'US', signedIn }, basket.amount),
    later: honestAfter(rng, shipping, basket),
  };
}

/**
 * A household's accounts on one computer and one card: a son ordering on the family desktop with his father's card,
 * a spouse on the shared iPad, a student on the university network. Now and then the cardholder does not recognise
 * the charge and disputes it.
 */
export function familyShared(rng: Rng, w: World): Purchase {
  const sizes = new Map<number, number>();
  for (const c of w.customers) sizes.set(c.household, (sizes.get(c.household) ?? 0) + 1);
  const families = usAccounts(w.customers).filter((c) => (sizes.get(c.household) ?? 0) > 1);
  const a = families.length > 0 ? rng.pick(families) : rng.pick(w.customers);
  const head = w.customers.find((c) => c.household === a.household && c !== a) ?? a;
  const at = moment(rng, w.window, a.tz, EVENINGS);
  const where = rng.weightedPick<'shared' | 'own' | 'campus'>([
    ['shared', 55],
    ['own', 30],
    ['campus', 15],
  ]);
  const conn =
    where === 'shared'
      ? connection(rng, a.broadband, a.computer ?? head.computer ?? a.phone)
      : where === 'own'
        ? fromHome(rng, a, 0.8)
        : connection(rng, network('us-university'), a.phone);
  const lines = rng.chance(0.6) ? everyday(rng) : restock(rng);
  const shipping = a.country === 'US' ? ownShipping(rng, lines) : 'international';
  const basket = basketOf(lines, { shipping, taxRate: taxRate(a.home), country: a.country });
  const cards = rng.chance(0.6) && head.cards[0] ? [head.cards[0]] : a.cards;
  return {
    at,
    fraud: false,
    kind: 'family_shared',
    basket,
    billing: head.home,
    buyer: buyerOfAccount(a),
    shipping: a.home,
    fulfilment: shipping,
    ...conn,
    attempts: honestPay(rng, { cards, country: a.country, signedIn: true }, basket.amount),
    later: honestAfter(rng, shipping, basket, { dispute: 0.03, disputeReason: 'unrecognized' }),
  };
}

const COMPANIES: ReadonlyArray<{ name: string; domain: string; state: string; charity?: boolean }> = [
  { name: 'Permian Basin Midstream LLC', domain: 'permianmidstream.com', state: 'TX' },
  { name: 'Lone Star Homebuilders Inc.', domain: 'lonestarhomes.com', state: 'TX' },
  { name: 'Gulf Coast Logistics Co.', domain: 'gulfcoastlogistics.com', state: 'TX' },
  { name: 'Hill Country State Bank', domain: 'hillcountrybank.com', state: 'TX' },
  { name: 'Brazos Energy Partners', domain: 'brazosenergy.com', state: 'TX' },
  { name: 'DFW Commercial Roofing', domain: 'dfwroofing.com', state: 'TX' },
  { name: 'Bayou City Title Group', domain: 'bayoucitytitle.com', state: 'TX' },
  { name: 'Sooner Pipe & Supply', domain: 'soonerpipe.com', state: 'OK' },
  { name: 'Crescent Marine Services', domain: 'crescentmarine.com', state: 'LA' },
  { name: 'Peachtree Wealth Advisors', domain: 'peachtreewealth.com', state: 'GA' },
  { name: 'Children’s Miracle Golf Classic', domain: 'miraclegolfclassic.org', state: 'TX', charity: true },
  { name: 'Houston Police Officers Foundation', domain: 'hpofoundation.org', state: 'TX', charity: true },
  { name: 'Rotary Club of Austin', domain: 'austinrotary.org', state: 'TX', charity: true },
  { name: 'Wounded Veterans Golf Fund', domain: 'vetsgolffund.org', state: 'AZ', charity: true },
];

/**
 * A tournament committee or an office manager ordering logo balls, tee gifts, polos and prizes for 72 to 144
 * players, in office hours, shipped to the club: a company card billed to head office (AVS often partial), or ACH
 * for the big ones; charities are tax-exempt.
 */
export function corporateTournament(rng: Rng, w: World): Purchase {
  const company = rng.pick(COMPANIES);
  const region = regionOf(company.state);
  const person = personFrom(rng, 'US', 0.45);
  const email = `${plain(person.first)}.${plain(person.last)}@${company.domain}`;
  const signedIn = rng.chance(0.6);
  const hq = homeIn(rng, region);
  const at = moment(rng, w.window, region.tz, OFFICE, { weekdays: true });
  const clubs = CLUBS.filter((c) => c.state === company.state);
  const club = rng.pick(clubs.length > 0 ? clubs : CLUBS);
  const players = rng.pick([72, 96, 120, 144]);
  const lines = tournament(rng, players);
  const shipping = rng.chance(0.75) ? 'ground' : 'express';
  const basket = basketOf(lines, { shipping, taxRate: taxRate(club), taxExempt: company.charity ?? false });
  const card = companyCard(rng);
  const match = rng.chance(0.7) ? 'exact' : 'zip_only';
  const attempts: Attempt[] =
    basket.amount > 1_000_000 && rng.chance(0.5)
      ? [other('bank_transfer', true, rng.int(1, 6) * DAY + rng.int(0, 8) * HOUR)]
      : rng.chance(0.08)
        ? [
            cardAttempt(rng, card, basket.amount, {
              match,
              ok: false,
              decline: 'card_velocity_exceeded',
              afterMs: firstAuth(rng),
            }),
            other('bank_transfer', true, rng.int(1, 4) * DAY),
          ]
        : [cardAttempt(rng, card, basket.amount, { match, ok: true, afterMs: firstAuth(rng) })];
  const account: Account = {
    ...guestLike(rng, 'US', company.state),
    ...person,
    email,
    id: accountId(rng),
    createdAt: w.window.start - rng.int(200, 2200) * DAY,
  };
  const device = rng.chance(0.7) ? deviceOf(rng, 'windows') : deviceOf(rng, 'mac');
  return {
    at,
    fraud: false,
    kind: 'corporate_tournament',
    basket,
    billing: hq,
    buyer: buyerOf(account, signedIn),
    shipping: club,
    fulfilment: shipping,
    company: { name: company.name, taxId: `${rng.int(10, 99)}-${rng.digits(7)}` },
    deliveryNote: `Tournament ${shortDate(at + rng.int(7, 30) * DAY)} – deliver to golf shop`,
    ...connection(rng, pickNetwork(rng, 'US', 'business'), device),
    attempts,
    later: honestAfter(rng, shipping, basket, { dispute: 0.002 }),
  };
}
