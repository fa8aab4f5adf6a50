import { lineOf } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Draft, finish, freshBuyer, giftNote, speedFor, type World } from './build.js';
import { placeAt } from './calendar.js';
import { C, GIFTS, giftCard, pieces, RESALE, RINGS } from './catalogue.js';
import { consumerNetwork, ipOn, type NetworkName } from './networks.js';
import {
  type Account,
  COMPANIES,
  CORPORATE_BINS,
  cardFrom,
  deviceOf,
  emailOf,
  type HeldCard,
  newCard,
  person,
  type Person,
} from './people.js';
import {
  addressIn,
  holdLocation,
  homePlace,
  nearby,
  officeIn,
  pickRegion,
  type Place,
  US_STATES,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  type Decline,
  firstAuth,
  honestAfter,
  honestPay,
  HOUR,
  type LaterEvent,
  MINUTE,
  type Purchase,
  returned,
} from './purchase.js';

/**
 * The store's honest customers, by weight: Circle members buying again, first-time buyers (mostly men buying the
 * one good present of the year), gifts sent to a partner's home or office, engagement rings, last-minute e-gift
 * cards, parcels held at a FedEx counter, buyers abroad (travellers, Canadians, Britons, expats), shoppers at work
 * or behind a VPN, households sharing cards and laptops, people who mistype their card, returners and companies
 * buying gifts for staff and clients.
 */

export const HONEST = {
  circle_member: 17,
  first_time_gift: 20,
  gift_shipped_elsewhere: 12,
  engagement_ring: 5,
  egift_last_minute: 7,
  hold_at_location: 5,
  abroad: 5,
  office_or_vpn: 7,
  shared_household: 5,
  card_retry: 6,
  returner: 8,
  corporate_gifts: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

/** Someone new to the store: who, where, what they carry, what they use. */
interface Newcomer {
  who: Person;
  home: Place;
  email: string;
  cards: HeldCard[];
  network: NetworkName;
}

function newcomer(rng: Rng, abroad = 0.025): Newcomer {
  const who = person(rng);
  const home = homePlace(rng, abroad);
  const country = home.region.country;
  const cards = [newCard(rng, country)];
  if (rng.chance(0.4)) cards.push(newCard(rng, country));
  return { who, home, email: emailOf(rng, who, country), cards, network: consumerNetwork(rng, country) };
}

const after =
  (rng: Rng, d: Draft, returns: number) =>
  (b: { amount: number; lines: ReadonlyArray<{ price: number; quantity: number }> }) => {
    const out = honestAfter(rng, {
      fulfilment: d.fulfilment,
      speed: d.speed,
      amount: b.amount,
      abroad: (d.shipping?.country ?? 'US') !== 'US',
    });
    const delivered = out.find((l) => l.status === 'delivered' || l.status === 'picked_up');
    if (delivered && d.fulfilment !== 'email' && rng.chance(returns))
      out.push(returned(rng, b.lines, b.amount, delivered.afterMs));
    return out;
  };

/** A draft for a buyer at `home` (its time zone), shipped to `ship` or home. */
function draftFor(
  rng: Rng,
  w: World,
  kind: string,
  o: {
    home: Place;
    buyer: Draft['buyer'];
    network: NetworkName;
    device: Draft['device'];
    lines: Draft['lines'];
    ship?: Place | undefined;
    at?: number;
    code?: string | undefined;
  },
): Draft {
  const at = o.at ?? placeAt(rng, w.window, o.home.region.tz, 'consumer');
  const ship = o.ship ?? o.home;
  return {
    kind,
    fraud: false,
    at,
    buyer: o.buyer,
    billing: o.home.address,
    shipping: ship.address,
    taxRegion: ship.region,
    fulfilment: 'ship',
    speed: speedFor(rng, w.window, at),
    ip: ipOn(rng, o.network),
    device: o.device,
    lines: o.lines,
    code: o.code,
  };
}

function member(rng: Rng, w: World, kind: string, a: Account, lines: Draft['lines']): Draft {
  const device = rng.chance(0.85) ? rng.pick(a.devices) : deviceOf(rng);
  const network = rng.chance(0.75) ? a.network : consumerNetwork(rng, a.home.region.country);
  const code =
    a.tier !== 'member' && rng.chance(0.35) ? 'CIRCLE15' : rng.chance(0.08) ? 'LOVE100' : undefined;
  return {
    ...draftFor(rng, w, kind, {
      home: a.home,
      buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
      network,
      device,
      lines,
      code,
    }),
    tier: a.tier,
  };
}

const payerOf = (cards: HeldCard[], country: string, signedIn: boolean) => ({ cards, country, signedIn });

function circleMember(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers);
  const d = member(rng, w, 'circle_member', a, pieces(rng, GIFTS, 0.2));
  if (rng.chance(0.15)) d.shipping = nearby(rng, a.home.region).address;
  if (rng.chance(0.3)) d.giftMessage = giftNote(rng);
  return finish(
    d,
    (amount) => honestPay(rng, payerOf(a.cards, a.home.region.country, true), amount),
    after(rng, d, 0.05),
  );
}

function firstTimeGift(rng: Rng, w: World): Purchase {
  const n = newcomer(rng);
  const big = rng.chance(0.3);
  const lines = pieces(rng, big ? RESALE : GIFTS, 0.1);
  const code = rng.chance(0.3) ? 'WELCOME10' : rng.chance(0.08) ? 'JEWELRYBOX20' : undefined;
  const at = placeAt(rng, w.window, n.home.region.tz, 'consumer', 0.3);
  const d = draftFor(rng, w, 'first_time_gift', {
    home: n.home,
    buyer: freshBuyer(rng, at, n.email, n.who.name, 0.45),
    network: n.network,
    device: deviceOf(rng),
    lines,
    at,
    code,
  });
  if (rng.chance(0.4)) d.giftMessage = giftNote(rng);
  return finish(
    d,
    (amount) => honestPay(rng, payerOf(n.cards, n.home.region.country, false), amount),
    after(rng, d, 0.06),
  );
}

function giftShippedElsewhere(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.4);
  const a = known ? rng.pick(w.customers) : undefined;
  const n = newcomer(rng);
  const home = a?.home ?? n.home;
  const where = rng.weightedPick<'across_town' | 'long_distance' | 'office'>([
    ['across_town', 50],
    ['long_distance', 35],
    ['office', 15],
  ]);
  const region = where === 'long_distance' ? pickRegion(rng, home.region.country) : home.region;
  const ship = where === 'office' ? officeIn(rng, region) : { region, address: addressIn(rng, region) };
  const at = placeAt(rng, w.window, home.region.tz, 'consumer', 0.2);
  const d = a
    ? member(rng, w, 'gift_shipped_elsewhere', a, pieces(rng, GIFTS, 0.15))
    : draftFor(rng, w, 'gift_shipped_elsewhere', {
        home,
        buyer: freshBuyer(rng, at, n.email, n.who.name, 0.35),
        network: n.network,
        device: deviceOf(rng),
        lines: pieces(rng, GIFTS, 0.15),
        at,
      });
  d.shipping = ship.address;
  d.taxRegion = ship.region;
  if (rng.chance(0.7)) d.giftMessage = giftNote(rng);
  const cards = a?.cards ?? n.cards;
  return finish(
    d,
    (amount) => honestPay(rng, payerOf(cards, home.region.country, Boolean(a)), amount),
    after(rng, d, 0.05),
  );
}

function engagementRing(rng: Rng, w: World): Purchase {
  const n = newcomer(rng, 0.02);
  const lines = [lineOf(rng.weightedPick(RINGS))];
  if (rng.chance(0.2)) lines.push(lineOf(rng.chance(0.5) ? C.paveBand : C.goldBand));
  if (rng.chance(0.2)) lines.push(lineOf(C.rush));
  if (rng.chance(0.3)) lines.push(lineOf(C.engraving));
  const atWork = rng.chance(0.25);
  const at = placeAt(rng, w.window, n.home.region.tz, atWork ? 'office' : 'consumer');
  // He browsed for weeks, booked a showroom appointment, saved a wishlist; or checks out as a guest.
  const buyer = rng.chance(0.6)
    ? { id: `cus_${rng.token(14)}`, email: n.email, name: n.who.name, createdAt: at - rng.int(3, 90) * DAY }
    : { email: n.email, name: n.who.name };
  const d = draftFor(rng, w, 'engagement_ring', {
    home: n.home,
    buyer,
    network: atWork ? 'us-office' : n.network,
    device: deviceOf(rng),
    lines,
    at,
  });
  if (n.home.region.country === 'US' && rng.chance(0.25)) {
    d.fulfilment = 'showroom_pickup';
    delete d.shipping;
    d.taxRegion = US_STATES[0];
  } else d.speed = rng.chance(0.6) ? 'overnight' : 'two_day';
  return finish(
    d,
    (amount) => honestPay(rng, payerOf(n.cards, n.home.region.country, 'id' in buyer), amount, 0.2),
    after(rng, d, 0.04),
  );
}

function egiftLastMinute(rng: Rng, w: World): Purchase {
  const n = newcomer(rng, 0.03);
  const at = placeAt(rng, w.window, n.home.region.tz, 'consumer', 1.5);
  const value = rng.weightedPick<number>([
    [50, 10],
    [100, 30],
    [150, 10],
    [200, 20],
    [250, 15],
    [500, 12],
    [1000, 3],
  ]);
  const lines = [lineOf(giftCard(value), rng.chance(0.1) ? 2 : 1)];
  const d = draftFor(rng, w, 'egift_last_minute', {
    home: n.home,
    buyer: freshBuyer(rng, at, n.email, n.who.name, 0.25),
    network: n.network,
    device: deviceOf(rng),
    lines,
    at,
  });
  d.fulfilment = 'email';
  delete d.shipping;
  delete d.taxRegion;
  d.recipientEmail = emailOf(rng, person(rng), n.home.region.country);
  d.giftMessage = giftNote(rng);
  return finish(
    d,
    (amount) => honestPay(rng, payerOf(n.cards, n.home.region.country, false), amount),
    after(rng, d, 0),
  );
}

function holdAtLocation(rng: Rng, w: World): Purchase {
  // Apartment buildings where parcels vanish, or a partner who would see the box: held at a FedEx counter nearby.
  const known = rng.chance(0.35);
  const a = known ? rng.pick(w.customers.filter((c) => c.home.region.country === 'US')) : undefined;
  const n = newcomer(rng, 0);
  const home = a?.home ?? n.home;
  const lines = pieces(rng, rng.chance(0.2) ? RESALE : GIFTS, 0.1);
  const at = placeAt(rng, w.window, home.region.tz, 'consumer', 0.2);
  const d = a
    ? member(rng, w, 'hold_at_location', a, lines)
    : draftFor(rng, w, 'hold_at_location', {
        home,
        buyer: freshBuyer(rng, at, n.email, n.who.name, 0.4),
        network: n.network,
        device: deviceOf(rng),
        lines,
        at,
      });
  const hold = holdLocation(rng, home);
  d.shipping = hold.address;
  d.taxRegion = hold.region;
  d.fulfilment = 'hold_at_location';
  if (d.speed === 'ground') d.speed = 'two_day';
  const cards = a?.cards ?? n.cards;
  return finish(d, (amount) => honestPay(rng, payerOf(cards, 'US', Boolean(a)), amount), after(rng, d, 0.04));
}

function abroad(rng: Rng, w: World): Purchase {
  const kind = rng.weightedPick<'traveller' | 'canadian' | 'british' | 'expat'>([
    ['traveller', 40],
    ['canadian', 30],
    ['british', 20],
    ['expat', 10],
  ]);
  const who = person(rng);
  const country = kind === 'canadian' ? 'CA' : kind === 'british' ? 'GB' : 'US';
  const region = pickRegion(rng, country);
  const home: Place = { region, address: addressIn(rng, region) };
  const cards = [newCard(rng, country)];
  const lines = pieces(rng, rng.chance(0.25) ? RESALE : GIFTS, 0.12);
  let network: NetworkName = consumerNetwork(rng, country);
  let ship: Place = home;
  let tz = region.tz;
  if (kind === 'traveller') {
    // On a work trip or skiing; the parcel goes home or to the partner.
    network = rng.weightedPick<NetworkName>([
      ['mx-broadband', 40],
      ['gb-broadband', 25],
      ['fr-broadband', 20],
      ['gb-cable', 15],
    ]);
    tz = network === 'mx-broadband' ? -6 : network === 'fr-broadband' ? 1 : 0;
    if (rng.chance(0.3)) ship = nearby(rng, region);
  } else if (kind === 'expat') {
    // A US card and billing at the parents' in the States; living in London.
    const gb = pickRegion(rng, 'GB');
    ship = { region: gb, address: addressIn(rng, gb) };
    network = consumerNetwork(rng, 'GB');
    tz = 0;
  }
  const at = placeAt(rng, w.window, tz, 'consumer');
  const d = draftFor(rng, w, 'abroad', {
    home,
    buyer: freshBuyer(rng, at, emailOf(rng, who, ship.region.country), who.name, 0.5),
    network,
    device: deviceOf(rng),
    lines,
    ship,
    at,
  });
  if (ship.region.country !== 'US') d.speed = rng.chance(0.6) ? 'two_day' : 'overnight';
  return finish(d, (amount) => honestPay(rng, payerOf(cards, country, false), amount), after(rng, d, 0.04));
}

function officeOrVpn(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.35);
  const a = known ? rng.pick(w.customers.filter((c) => c.home.region.country === 'US')) : undefined;
  const n = newcomer(rng, 0);
  const home = a?.home ?? n.home;
  const network = rng.weightedPick<NetworkName>([
    ['us-office', 50],
    ['us-cloud', 30],
    ['us-campus', 10],
    ['nl-hosting', 5],
    ['de-hosting', 5],
  ]);
  const at = placeAt(rng, w.window, home.region.tz, network === 'us-office' ? 'office' : 'consumer');
  const lines = pieces(rng, rng.chance(0.25) ? RESALE : GIFTS, 0.12);
  const buyer = a
    ? { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt }
    : freshBuyer(rng, at, n.email, n.who.name, 0.35);
  const toOffice = network === 'us-office' && rng.chance(0.45);
  const ship = toOffice ? officeIn(rng, home.region) : home;
  const d = draftFor(rng, w, 'office_or_vpn', {
    home,
    buyer,
    network,
    device: deviceOf(rng, network !== 'us-office' && rng.chance(0.4)),
    lines,
    ship,
    at,
  });
  if (a) d.tier = a.tier;
  const cards = a?.cards ?? n.cards;
  return finish(d, (amount) => honestPay(rng, payerOf(cards, 'US', Boolean(a)), amount), after(rng, d, 0.05));
}

function sharedHousehold(rng: Rng, w: World): Purchase {
  if (rng.chance(0.5)) {
    // A spouse on the family laptop, signed in to the other's account, paying with the saved card.
    const shared = w.customers.filter((c) => c.devices.length > 2);
    const a = rng.pick(shared.length > 0 ? shared : w.customers);
    const d = member(rng, w, 'shared_household', a, pieces(rng, GIFTS, 0.15));
    d.device = a.devices[a.devices.length - 1] ?? d.device;
    d.ip = ipOn(rng, a.network);
    return finish(
      d,
      (amount) => honestPay(rng, payerOf(a.cards, a.home.region.country, true), amount),
      after(rng, d, 0.05),
    );
  }
  // A student on the parents' card: billing at the parents', shipped to the dorm or a partner, from campus or phone.
  const parent = newcomer(rng, 0);
  const kid = person(rng);
  const kidRegion = rng.chance(0.5) ? parent.home.region : pickRegion(rng, 'US');
  const ship: Place = { region: kidRegion, address: addressIn(rng, kidRegion) };
  const network: NetworkName = rng.chance(0.5)
    ? 'us-campus'
    : rng.pick(['us-mobile-a', 'us-mobile-b'] as const);
  const at = placeAt(rng, w.window, kidRegion.tz, 'late');
  const d = draftFor(rng, w, 'shared_household', {
    home: parent.home,
    buyer: freshBuyer(rng, at, emailOf(rng, kid), kid.name, 0.3),
    network,
    device: deviceOf(rng, true),
    lines: pieces(rng, GIFTS, 0.05),
    ship,
    at,
  });
  return finish(
    d,
    (amount) => honestPay(rng, payerOf(parent.cards, 'US', false), amount),
    after(rng, d, 0.07),
  );
}

/** One to three failed tries (a digit wrong, the old CVC, the ZIP before the move, the expired card), then it works. */
function retries(rng: Rng, cards: HeldCard[]): (amount: number) => Attempt[] {
  return () => {
    const card = rng.pick(cards);
    const out: Attempt[] = [];
    const fails = rng.weightedPick<number>([
      [1, 70],
      [2, 22],
      [3, 8],
    ]);
    let afterMs = firstAuth(rng);
    for (let i = 0; i < fails; i++) {
      const why = rng.weightedPick<Decline>([
        ['incorrect_cvc', 35],
        ['incorrect_zip', 25],
        ['incorrect_number', 25],
        ['expired_card', 15],
      ]);
      const shown =
        why === 'incorrect_number'
          ? { ...card, last4: rng.digits(4), fingerprint: `fp_${rng.token(16)}` }
          : card;
      out.push(cardAttempt(rng, shown, { entry: 'typed', match: 'good', ok: false, decline: why, afterMs }));
      afterMs = rng.int(15_000, 3 * MINUTE);
    }
    if (rng.chance(0.06)) return out;
    const next = rng.chance(0.8) ? card : (cards.find((c) => c !== card) ?? card);
    out.push(cardAttempt(rng, next, { entry: 'typed', match: 'good', ok: true, afterMs }));
    return out;
  };
}

function cardRetry(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.35);
  const a = known ? rng.pick(w.customers) : undefined;
  const n = newcomer(rng);
  const home = a?.home ?? n.home;
  const lines = pieces(rng, GIFTS, 0.12);
  const at = placeAt(rng, w.window, home.region.tz, 'consumer');
  const d = a
    ? member(rng, w, 'card_retry', a, lines)
    : draftFor(rng, w, 'card_retry', {
        home,
        buyer: freshBuyer(rng, at, n.email, n.who.name, 0.35),
        network: n.network,
        device: deviceOf(rng),
        lines,
        at,
      });
  return finish(d, retries(rng, a?.cards ?? n.cards), after(rng, d, 0.05));
}

function returner(rng: Rng, w: World): Purchase {
  // Bought two sizes, two metals, or a piece that looked bigger online: part or all of it comes back.
  const known = rng.chance(0.5);
  const a = known ? rng.pick(w.customers) : undefined;
  const n = newcomer(rng);
  const first = rng.weightedPick(rng.chance(0.3) ? RESALE : GIFTS);
  const lines = [lineOf(first)];
  if (rng.chance(0.45)) {
    const second = rng.weightedPick(GIFTS);
    if (second.sku !== first.sku) lines.push(lineOf(second));
  }
  const home = a?.home ?? n.home;
  const at = placeAt(rng, w.window, home.region.tz, 'consumer');
  const d = a
    ? member(rng, w, 'returner', a, lines)
    : draftFor(rng, w, 'returner', {
        home,
        buyer: freshBuyer(rng, at, n.email, n.who.name, 0.45),
        network: n.network,
        device: deviceOf(rng),
        lines,
        at,
      });
  const cards = a?.cards ?? n.cards;
  return finish(
    d,
    (amount) => honestPay(rng, payerOf(cards, home.region.country, Boolean(a)), amount),
    after(rng, d, 0.85),
  );
}

function corporateGifts(rng: Rng, w: World): Purchase {
  const [company, domain] = rng.pick(COMPANIES);
  const region = pickRegion(rng, 'US');
  const office = officeIn(rng, region);
  const who = person(rng);
  const at = placeAt(rng, w.window, region.tz, 'office');
  const piece = rng.weightedPick([
    [C.cufflinks, 3],
    [C.idBracelet, 2],
    [C.dress, 2],
    [C.pearlStuds, 3],
    [C.heart, 2],
    [C.watchRoll, 2],
  ] as const);
  const quantity = rng.int(5, 30);
  const lines = [lineOf(piece, quantity)];
  if (piece.category === 'personalised' || piece.category === 'watch')
    lines.push(lineOf(C.engraving, quantity));
  const buyer = rng.chance(0.6)
    ? {
        id: `cus_${rng.token(14)}`,
        email: emailOf(rng, who, 'US', domain),
        name: who.name,
        createdAt: at - rng.int(20, 1500) * DAY,
      }
    : { email: emailOf(rng, who, 'US', domain), name: who.name };
  const d = draftFor(rng, w, 'corporate_gifts', {
    home: office,
    buyer,
    network: 'us-office',
    device: deviceOf(rng, false),
    lines,
    at,
  });
  d.company = company;
  d.speed = rng.chance(0.7) ? 'two_day' : 'ground';
  const card = cardFrom(rng, CORPORATE_BINS, 'US');
  return finish(
    d,
    (amount) => honestPay(rng, payerOf([card], 'US', 'id' in buyer), amount, 0.05),
    (b) => {
      const out: LaterEvent[] = honestAfter(rng, {
        fulfilment: 'ship',
        speed: d.speed,
        amount: b.amount,
        abroad: false,
      });
      if (rng.chance(0.05))
        out.push({
          type: 'refund.created',
          afterMs: 8 * DAY + rng.int(0, 48) * HOUR,
          reason: 'requested_by_customer',
          amount: piece.price * rng.int(1, 3),
        });
      return out;
    },
  );
}

const PLANNERS: Record<HonestKind, (rng: Rng, w: World) => Purchase> = {
  circle_member: circleMember,
  first_time_gift: firstTimeGift,
  gift_shipped_elsewhere: giftShippedElsewhere,
  engagement_ring: engagementRing,
  egift_last_minute: egiftLastMinute,
  hold_at_location: holdAtLocation,
  abroad,
  office_or_vpn: officeOrVpn,
  shared_household: sharedHousehold,
  card_retry: cardRetry,
  returner,
  corporate_gifts: corporateGifts,
};

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  return PLANNERS[kind](rng, w);
}
