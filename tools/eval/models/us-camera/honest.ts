import { type Address, type Buyer, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Curve, near, placedAt } from './calendar.js';
import { type HeldCard, newCard, usCard } from './cards.js';
import {
  type Basket,
  businessBasket,
  dealBasket,
  extras,
  type Fulfilment,
  giftCardLine,
  hobbyBasket,
  type Line,
  lineFrom,
  price,
  type Pricing,
  studentBasket,
} from './catalogue.js';
import { ipIn, network, pickNetwork } from './networks.js';
import { type Account, emailOf, localPart, newDevice, person } from './people.js';
import {
  forwarderLocker,
  type Market,
  marketAddress,
  MARKETS,
  METRO,
  pickMarket,
  pickState,
  type State,
  stateOf,
  usAddress,
} from './places.js';
import { type Attempt, honestAfter, honestPay, type Purchase } from './purchase.js';
import {
  accountConnection,
  asBuyer,
  freshBuyer,
  guestConnection,
  onPhone,
  purchaseOf,
  type World,
} from './world.js';

/**
 * Honest customers: hobbyists and deal hunters, gift-givers, studios and production companies on terms,
 * students with the education discount, the pickup counter's New Yorkers, export buyers from Canada, the UK,
 * Europe, Israel, Australia and Latin America, Latin Americans shipping to Miami forwarders, travellers,
 * privacy-minded VPN users, people whose card was declined before it went through, and households sharing an iPad.
 */

export const HONEST = {
  enthusiast: 28,
  deal_hunter: 16,
  gift_buyer: 10,
  pro_business: 8,
  export_customer: 8,
  store_pickup: 7,
  student_edu: 5,
  latam_forwarder: 4,
  traveller: 4,
  declined_then_paid: 4,
  privacy_vpn: 3,
  shared_family_device: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

/** A buyer at checkout: who, where they live, what they pay with, where they order from. */
interface Shopper {
  buyer: Buyer;
  home: Address;
  state: State;
  cards: HeldCard[];
  device: Device;
  ip: string;
  account?: Account;
}

function accountShopper(rng: Rng, a: Account): Shopper {
  return {
    buyer: asBuyer(a),
    home: a.home,
    state: a.state,
    cards: a.cards,
    ...accountConnection(rng, a),
    account: a,
  };
}

function guestShopper(rng: Rng, state = pickState(rng)): Shopper {
  const who = person(rng);
  return {
    buyer: { email: emailOf(rng, who, 'US'), name: who.name },
    home: usAddress(rng, state),
    state,
    cards: [usCard(rng)],
    ...guestConnection(rng, 'US'),
  };
}

const someAccount = (rng: Rng, accounts: readonly Account[]): Account | undefined =>
  accounts.length > 0 ? rng.pick(accounts) : undefined;

/** A personal account holder, or a guest when the draw (or the base) says so. */
function domesticShopper(rng: Rng, w: World, accountShare: number): Shopper {
  const a = rng.chance(accountShare) ? someAccount(rng, w.base.personal) : undefined;
  return a ? accountShopper(rng, a) : guestShopper(rng);
}

/** When the doorbusters go live (New York time): Thanksgiving 18:00, Black Friday and Cyber Monday at midnight. */
function dealMoment(rng: Rng, w: World, tz: number): number {
  const drops = [3 * DAY + 18 * HOUR, 4 * DAY, 7 * DAY].map((d) => w.window.start + d);
  const live = drops.filter((d) => d < w.window.end);
  if (live.length === 0 || rng.chance(0.6)) return placedAt(rng, w.window, tz, 'evening');
  return near(rng, w.window, rng.pick(live) + rng.exp(50 * MINUTE), 0);
}

interface UsOrder {
  kind: HonestKind;
  lines: Line[];
  at?: number;
  curve?: Curve;
  fulfilment?: Fulfilment;
  shipping?: Address;
  shipState?: State;
  code?: Pricing['code'];
  taxExempt?: boolean;
  declineShare?: number;
  weekdays?: boolean;
  extra?: Partial<
    Pick<Purchase, 'accountType' | 'company' | 'pickupPerson' | 'giftRecipient' | 'giftMessage'>
  >;
  payer?: { terms?: boolean; business?: boolean };
  locale?: string;
  ip?: string;
}

/** Free expedited by default; overnight for the impatient; the counter for some New Yorkers. */
function domesticFulfilment(rng: Rng, state: State): Fulfilment {
  if ((METRO as readonly string[]).includes(state.code) && rng.chance(0.07)) return 'pickup';
  return rng.chance(0.07) ? 'overnight' : 'expedited';
}

/** An honest order from a US shopper, paid the usual ways, fulfilled and sometimes returned. */
function usOrder(rng: Rng, w: World, s: Shopper, o: UsOrder): Purchase {
  const at = o.at ?? placedAt(rng, w.window, s.state.tz, o.curve ?? 'evening', o.weekdays);
  const fulfilment = o.fulfilment ?? domesticFulfilment(rng, s.state);
  const shipped = fulfilment !== 'pickup' && fulfilment !== 'email';
  const shipping = shipped ? (o.shipping ?? s.home) : undefined;
  const basket: Basket = price(
    o.lines,
    {
      fulfilment,
      ...(shipped ? { state: o.shipState ?? s.state } : {}),
      ...(o.code ? { code: o.code } : {}),
      ...(o.taxExempt ? { taxExempt: true } : {}),
    },
    rng,
  );
  const attempts: Attempt[] = honestPay(
    rng,
    {
      cards: s.cards,
      country: 'US',
      signedIn: s.buyer.id !== undefined,
      phone: onPhone(s.device),
      ...(o.payer ?? {}),
      giftBalance: s.account !== undefined && rng.chance(0.04),
    },
    at,
    basket.amount,
    o.declineShare,
  );
  const backorder = o.lines.some((l) => l.sku === 'FUX100VI');
  return purchaseOf(
    {
      at,
      fraud: false,
      kind: o.kind,
      basket,
      billing: s.home,
      ...(shipping ? { shipping } : {}),
      fulfilment,
      buyer: s.buyer,
      ip: o.ip ?? s.ip,
      device: s.device,
      locale: o.locale ?? (rng.chance(0.04) ? 'es-US' : 'en-US'),
      attempts,
      ...(o.extra ? { extra: o.extra } : {}),
    },
    (p) => honestAfter(rng, p, { backorder }),
  );
}

/** A hobbyist (and the shape a kind falls back to when the customer base has no account of its type). */
function enthusiast(rng: Rng, w: World, kind: HonestKind = 'enthusiast'): Purchase {
  const s = domesticShopper(rng, w, 0.72);
  return usOrder(rng, w, s, { kind, lines: hobbyBasket(rng) });
}

function declinedThenPaid(rng: Rng, w: World): Purchase {
  const s = domesticShopper(rng, w, 0.6);
  const lines = rng.chance(0.6) ? hobbyBasket(rng) : dealBasket(rng);
  return usOrder(rng, w, s, { kind: 'declined_then_paid', lines, declineShare: 1 });
}

/** Doorbuster chasers: guests, accounts opened minutes before the deal, regulars. */
function dealHunter(rng: Rng, w: World): Purchase {
  const r = rng.next();
  let s = r < 0.3 ? domesticShopper(rng, w, 1) : guestShopper(rng);
  const at = dealMoment(rng, w, s.state.tz);
  if (r >= 0.3 && r < 0.6)
    s = { ...s, buyer: freshBuyer(rng, s.buyer.email, s.buyer.name, at, rng.int(2, 50) * MINUTE) };
  return usOrder(rng, w, s, { kind: 'deal_hunter', lines: dealBasket(rng), at });
}

/** Presents: shipped to someone in another state, or e-gift cards to someone's inbox. */
function giftBuyer(rng: Rng, w: World): Purchase {
  const s = domesticShopper(rng, w, 0.6);
  if (rng.chance(0.35)) {
    const recipient = person(rng);
    const lines = [
      giftCardLine(
        rng,
        ['EGIFT50', 'EGIFT100', 'EGIFT100', 'EGIFT250'],
        rng.weightedPick([
          [1, 80],
          [2, 15],
          [3, 5],
        ] as const),
      ),
    ];
    return usOrder(rng, w, s, {
      kind: 'gift_buyer',
      lines,
      fulfilment: 'email',
      extra: {
        giftRecipient: `${localPart(rng, recipient)}@${rng.pick(['gmail.com', 'icloud.com', 'yahoo.com'])}`,
        giftMessage: true,
      },
    });
  }
  const to = rng.chance(0.75) ? pickState(rng) : s.state;
  const lines = rng.chance(0.5) ? hobbyBasket(rng) : dealBasket(rng);
  return usOrder(rng, w, s, {
    kind: 'gift_buyer',
    lines,
    fulfilment: rng.chance(0.12) ? 'overnight' : 'expedited',
    shipping: usAddress(rng, to),
    shipState: to,
    extra: { giftMessage: rng.chance(0.6) },
  });
}

/** Studios, production companies, churches and schools' AV departments: office hours, on terms or a corporate card. */
function proBusiness(rng: Rng, w: World): Purchase {
  const a = someAccount(rng, w.base.business);
  if (!a || !a.company) return enthusiast(rng, w, 'pro_business');
  const s = accountShopper(rng, a);
  const metro = (METRO as readonly string[]).includes(a.state.code);
  const fulfilment = rng.weightedPick<Fulfilment>([
    ['expedited', 68],
    ['overnight', 17],
    ['pickup', metro ? 30 : 0],
  ]);
  return usOrder(rng, w, s, {
    kind: 'pro_business',
    lines: businessBasket(rng),
    curve: 'office',
    weekdays: rng.chance(0.9),
    fulfilment,
    taxExempt: a.company.taxExempt,
    payer: { terms: a.company.terms, business: true },
    extra: {
      accountType: 'business',
      company: { name: a.company.name, ein: a.company.ein },
      ...(fulfilment === 'pickup' && rng.chance(0.5) ? { pickupPerson: person(rng).name } : {}),
    },
  });
}

/** Students and teachers with the education discount, often on the campus network. */
function studentEdu(rng: Rng, w: World): Purchase {
  const a = someAccount(rng, w.base.education);
  if (!a) return enthusiast(rng, w, 'student_edu');
  const s = accountShopper(rng, a);
  const campus = rng.chance(0.45)
    ? ipIn(
        rng,
        network(
          a.state.code === 'NY'
            ? 'us-campus-nyc'
            : a.state.tz === -8
              ? 'us-campus-west'
              : 'us-campus-central',
        ),
        0,
      )
    : undefined;
  return usOrder(rng, w, s, {
    kind: 'student_edu',
    lines: studentBasket(rng),
    code: 'EDU',
    fulfilment: 'expedited',
    extra: { accountType: 'education' },
    ...(campus ? { ip: campus } : {}),
  });
}

/** New Yorkers and commuters who order online and collect at the counter, often from the phone that day. */
function storePickup(rng: Rng, w: World): Purchase {
  const metro = w.base.personal.filter((a) => (METRO as readonly string[]).includes(a.state.code));
  const a = rng.chance(0.6) ? someAccount(rng, metro) : undefined;
  const s = a
    ? accountShopper(rng, a)
    : guestShopper(
        rng,
        stateOf(
          rng.weightedPick([
            ['NY', 70],
            ['NJ', 24],
            ['CT', 6],
          ] as const),
        ),
      );
  const lines = rng.chance(0.75) ? hobbyBasket(rng) : dealBasket(rng);
  return usOrder(rng, w, s, {
    kind: 'store_pickup',
    lines,
    curve: 'daytime',
    fulfilment: 'pickup',
    ...(rng.chance(0.1) ? { extra: { pickupPerson: person(rng).name } } : {}),
  });
}

/** A buyer abroad: name, e-mail, card and connection of their country; an account now and then. */
function abroad(
  rng: Rng,
  m: Market,
  at: number,
): { buyer: Buyer; home: Address; cards: HeldCard[]; device: Device; ip: string } {
  const who = person(rng, m.country);
  const email = emailOf(rng, who, m.country);
  const signedIn = rng.chance(0.45);
  const buyer: Buyer = signedIn
    ? { id: `cus_${rng.token(10)}`, email, name: who.name, createdAt: at - rng.int(60, 3000) * DAY }
    : { email, name: who.name };
  const device = newDevice(rng, 0.08);
  const net = pickNetwork(rng, m.country, onPhone(device) && rng.chance(0.35) ? 'mobile' : 'residential');
  return {
    buyer,
    home: marketAddress(rng, m),
    cards: [newCard(rng, m.country)],
    device,
    ip: ipIn(rng, net, 0.3),
  };
}

function exportOrder(rng: Rng, w: World, kind: HonestKind, m: Market, forwarder: boolean): Purchase {
  const at = placedAt(rng, w.window, m.tz, 'evening');
  const b = abroad(rng, m, at);
  const lines = rng.chance(0.7) ? hobbyBasket(rng) : rng.chance(0.5) ? dealBasket(rng) : businessBasket(rng);
  const fulfilment: Fulfilment = forwarder ? 'expedited' : 'international';
  const shipping = forwarder
    ? forwarderLocker(rng, m.country)
    : rng.chance(0.9)
      ? b.home
      : marketAddress(rng, m);
  const basket = price(
    lines,
    forwarder ? { fulfilment, state: stateOf('FL') } : { fulfilment, market: m },
    rng,
  );
  const attempts = honestPay(
    rng,
    { cards: b.cards, country: m.country, signedIn: b.buyer.id !== undefined, phone: onPhone(b.device) },
    at,
    basket.amount,
  );
  const locale = m.country === 'CA' && shipping.city === 'Montréal' ? 'fr-CA' : m.locale;
  return purchaseOf(
    {
      at,
      fraud: false,
      kind,
      basket,
      billing: b.home,
      shipping,
      fulfilment,
      buyer: b.buyer,
      ip: b.ip,
      device: b.device,
      locale,
      attempts,
    },
    (p) => honestAfter(rng, p),
  );
}

const EXPORT = MARKETS.map((m) => ({ ...m, weight: m.latam ? m.weight * 0.6 : m.weight }));
const LATAM = MARKETS.filter((m) => m.latam);
const FORWARDING = LATAM.map((m) => ({ ...m, weight: m.country === 'MX' ? 1 : m.country === 'BR' ? 5 : 3 }));

/** Tourists in New York collecting at the counter, and Americans abroad ordering home. */
function traveller(rng: Rng, w: World): Purchase {
  if (rng.chance(0.55)) {
    const a = someAccount(rng, w.base.personal);
    const s = a ? accountShopper(rng, a) : guestShopper(rng);
    const country = rng.weightedPick([
      ['GB', 3],
      ['FR', 2],
      ['IT', 2],
      ['ES', 1],
      ['IL', 2],
      ['MX', 2],
      ['DE', 1],
    ] as const);
    const tz = { GB: 0, FR: 1, IT: 1, ES: 1, IL: 2, MX: -6, DE: 1 }[country];
    const at = placedAt(rng, w.window, tz, 'evening');
    const ip = ipIn(rng, pickNetwork(rng, country, 'residential'), 0.2);
    return usOrder(rng, w, s, {
      kind: 'traveller',
      lines: hobbyBasket(rng),
      at,
      ip,
      fulfilment: 'expedited',
    });
  }
  const m = pickMarket(
    rng,
    MARKETS.filter((x) => ['GB', 'DE', 'FR', 'IL', 'BR', 'AU', 'MX', 'ES', 'IT'].includes(x.country)),
  );
  const at = placedAt(rng, w.window, -5, 'daytime');
  const b = abroad(rng, m, at);
  // Hotel Wi-Fi or a US eSIM: the connection is American.
  const ip = ipIn(rng, pickNetwork(rng, 'US', rng.chance(0.6) ? 'residential' : 'mobile'), 0.2);
  const lines = rng.chance(0.6) ? visitorBasket(rng) : hobbyBasket(rng);
  const basket = price(lines, { fulfilment: 'pickup' }, rng);
  const attempts = honestPay(
    rng,
    { cards: b.cards, country: m.country, signedIn: b.buyer.id !== undefined, phone: true },
    at,
    basket.amount,
  );
  return purchaseOf(
    {
      at,
      fraud: false,
      kind: 'traveller',
      basket,
      billing: b.home,
      fulfilment: 'pickup',
      buyer: b.buyer,
      ip,
      device: b.device,
      locale: m.locale,
      attempts,
    },
    (p) => honestAfter(rng, p),
  );
}

/** What a visitor buys while in town: a body or a drone, cheaper here than at home, with a card or two. */
function visitorBasket(rng: Rng): Line[] {
  const lines = [
    lineFrom(rng, ['SOA7M4', 'CAR6M2', 'FUXT5', 'NIZF', 'SOA7C2', 'FUX100VI', 'DJIMINI4P', 'DJIOP3']),
  ];
  return extras(rng, lines, 0.6);
}

const PRIVACY = ['privaterelay.appleid.com', 'duck.com', 'proton.me', 'icloud.com'] as const;

/** VPN and privacy-relay users: an exit in a data centre, a masked e-mail, otherwise ordinary. */
function privacyVpn(rng: Rng, w: World): Purchase {
  let s = domesticShopper(rng, w, 0.5);
  const exit = rng.weightedPick([
    ['us-cloud-east', 3],
    ['us-vps', 3],
    ['nl-hosting', 2],
    ['de-hosting', 1],
  ] as const);
  if (!s.account) {
    const domain = rng.pick(PRIVACY);
    const local =
      domain === 'privaterelay.appleid.com' || domain === 'icloud.com'
        ? `${rng.token(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}`
        : localPart(rng, person(rng));
    s = { ...s, buyer: { ...s.buyer, email: `${local}@${domain}` } };
  }
  return usOrder(rng, w, s, {
    kind: 'privacy_vpn',
    lines: hobbyBasket(rng),
    ip: ipIn(rng, network(exit), 0),
  });
}

/** Two people in one household: the shared iPad, the home connection, each with their own account and card. */
function sharedFamilyDevice(rng: Rng, w: World): Purchase {
  if (w.base.households.length === 0) return enthusiast(rng, w, 'shared_family_device');
  const pair = rng.pick(w.base.households);
  const a = rng.pick(pair);
  const shared = pair[1].devices[0] ?? rng.pick(a.devices);
  const s: Shopper = { ...accountShopper(rng, a), device: shared, ip: a.homeIp };
  const lines = rng.chance(0.6) ? hobbyBasket(rng) : dealBasket(rng);
  return usOrder(rng, w, s, { kind: 'shared_family_device', lines });
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'enthusiast':
      return enthusiast(rng, w);
    case 'deal_hunter':
      return dealHunter(rng, w);
    case 'gift_buyer':
      return giftBuyer(rng, w);
    case 'pro_business':
      return proBusiness(rng, w);
    case 'export_customer': {
      return exportOrder(rng, w, kind, pickMarket(rng, EXPORT), false);
    }
    case 'store_pickup':
      return storePickup(rng, w);
    case 'student_edu':
      return studentEdu(rng, w);
    case 'latam_forwarder':
      return exportOrder(rng, w, kind, pickMarket(rng, FORWARDING), true);
    case 'traveller':
      return traveller(rng, w);
    case 'declined_then_paid':
      return declinedThenPaid(rng, w);
    case 'privacy_vpn':
      return privacyVpn(rng, w);
    case 'shared_family_device':
      return sharedFamilyDevice(rng, w);
  }
}
