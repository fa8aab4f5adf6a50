import { type Address, accountBuyer, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  type Basket,
  basketOf,
  CODES,
  everydayLines,
  type Fulfilment,
  line,
  type Line,
  PRODUCTS,
  resolutionLines,
  subscriptionLines,
} from './catalogue.js';
import { ipOn, network } from './networks.js';
import {
  type Account,
  emailOf,
  homeIn,
  newAccount,
  newCard,
  newDevice,
  personName,
  type World,
} from './people.js';
import {
  AU_CITIES,
  type City,
  type Curve,
  GYMS,
  MINING_TOWNS,
  moment,
  NZ_CITIES,
  parcelLocker,
  pickCity,
  poBox,
  SG_CITIES,
  streetAddress,
  US_CITIES,
  weekday,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  type Decline,
  HOUR,
  honestAfter,
  honestPay,
  type LaterEvent,
  MINUTE,
  type Purchase,
} from './purchase.js';

/** The honest kinds and their weights (they sum to 100), and the planner of each. */
export const HONEST = {
  regular_shopper: 24,
  new_year_starter: 16,
  subscription_renewal: 14,
  click_and_collect: 7,
  gift_for_partner: 7,
  fifo_worker: 6,
  student_campus: 5,
  gym_bulk_buyer: 5,
  nz_customer: 5,
  traveller_abroad: 4,
  privacy_vpn: 4,
  overseas_customer: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

/** Everything a purchase needs; `purchaseOf` fills in the channel. */
export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip?: string;
  device?: Device;
  basket: Basket;
  attempts: Attempt[];
  later: LaterEvent[];
  collectAt?: string;
  company?: { name: string; abn: string };
  renewal?: boolean;
}

export function purchaseOf(d: Draft): Purchase {
  const { renewal, ...rest } = d;
  const channel = renewal ? 'subscription' : d.device?.userAgent.startsWith('PeakFuel') ? 'app' : 'web';
  return { ...rest, channel };
}

export const guestOf = (rng: Rng, country: string, name = personName(rng)): Buyer => ({
  email: emailOf(rng, name, country),
  name,
});

/** A first account opened minutes before checkout. */
export const freshAccount = (
  rng: Rng,
  at: number,
  name = personName(rng),
  country = 'AU',
  email?: string,
): Buyer => ({
  id: `cus_${rng.token(14)}`,
  email: email ?? emailOf(rng, name, country),
  name,
  createdAt: at - rng.int(2, 25) * MINUTE,
});

const cityTz = (c: City) => c.tz;

/** Home delivery, express, a parcel locker or a PO box, as Australians choose them. */
function delivery(
  rng: Rng,
  a: { home: { city: City; address: Address }; myPost?: string },
): { f: Fulfilment; to: Address } {
  const f = rng.weightedPick<Fulfilment>([
    ['standard', 66],
    ['express', 12],
    ['parcel_locker', a.myPost ? 20 : 4],
    ['po_box', 3],
  ]);
  if (f === 'parcel_locker') return { f, to: parcelLocker(rng, a.home.city, a.myPost) };
  if (f === 'po_box') return { f, to: poBox(rng, a.home.city) };
  return { f, to: { ...a.home.address } };
}

const pickAccount = (rng: Rng, pool: readonly Account[]): Account => rng.pick(pool);

/** The account's usual connection: the home line most of the time, the phone otherwise, now and then work. */
function usualIp(rng: Rng, a: Account): string {
  const r = rng.next();
  if (r < 0.62) return a.homeIp;
  if (r < 0.94) return ipOn(rng, a.mobileNet);
  return ipOn(rng, a.home.city.country === 'AU' ? network('au-corporate') : a.homeNet);
}

function pointsOf(rng: Rng, a: Account | undefined): number | undefined {
  return a && rng.chance(0.14) ? rng.int(2, 30) * 100 : undefined;
}

function regular(
  rng: Rng,
  w: World,
  kind: string,
  lines: Line[],
  a: Account,
  curve: Curve = 'consumer',
): Draft {
  const at = moment(rng, w.window, cityTz(a.home.city), curve);
  const { f, to } = delivery(rng, a);
  const code = rng.chance(0.1) ? rng.pick(CODES.trainer) : undefined;
  const points = code ? undefined : pointsOf(rng, a);
  const basket = basketOf(lines, {
    ...(code ? { code } : {}),
    ...(points ? { points } : {}),
    country: 'AU',
    fulfilment: f,
  });
  const payer = { cards: a.cards, country: 'AU', signedIn: true };
  return {
    kind,
    fraud: false,
    at,
    buyer: accountBuyer(a),
    billing: { ...a.home.address },
    shipping: to,
    fulfilment: f,
    ip: usualIp(rng, a),
    device: rng.pick(a.devices),
    basket,
    attempts: honestPay(rng, payer, basket.amount),
    later: honestAfter(rng, f, basket.amount, 'AU'),
  };
}

function newYearStarter(rng: Rng, w: World): Draft {
  const home = homeIn(rng, AU_CITIES);
  const at = moment(rng, w.window, home.city.tz, 'consumer');
  const name = personName(rng);
  const buyer = rng.chance(0.72) ? freshAccount(rng, at, name) : guestOf(rng, 'AU', name);
  const { f, to } = delivery(rng, { home, ...(rng.chance(0.15) ? { myPost: rng.digits(10) } : {}) });
  const code = rng.chance(0.7) ? rng.pick(CODES.first) : undefined;
  const basket = basketOf(resolutionLines(rng), { ...(code ? { code } : {}), country: 'AU', fulfilment: f });
  const mobile = rng.chance(0.45);
  const net = mobile
    ? network(rng.pick(['au-mobile-1', 'au-mobile-2']))
    : network(rng.pick(['au-nbn-1', 'au-nbn-2']));
  return {
    kind: 'new_year_starter',
    fraud: false,
    at,
    buyer,
    billing: { ...home.address },
    shipping: to,
    fulfilment: f,
    ip: ipOn(rng, net),
    device: newDevice(rng),
    basket,
    attempts: honestPay(
      rng,
      { cards: [newCard(rng, 'AU')], country: 'AU', signedIn: false, bnplLean: 1.5 },
      basket.amount,
      0.06,
    ),
    later: honestAfter(rng, f, basket.amount, 'AU'),
  };
}

/** The store's billing run charges the stored card without a card code; a decline is retried the next night. */
function renewal(rng: Rng, w: World): Draft {
  const a = pickAccount(rng, w.customers.subscribers.length > 0 ? w.customers.subscribers : w.customers.au);
  const at = moment(rng, w.window, 10, 'batch');
  const f: Fulfilment = a.myPost && rng.chance(0.4) ? 'parcel_locker' : 'standard';
  const to = f === 'parcel_locker' ? parcelLocker(rng, a.home.city, a.myPost) : { ...a.home.address };
  const basket = basketOf(subscriptionLines(rng), { code: CODES.subscriber, country: 'AU', fulfilment: f });
  const card = a.cards[0] ?? newCard(rng, 'AU');
  const attempts: Attempt[] = [];
  if (rng.chance(0.07)) {
    const why = rng.weightedPick<Decline>([
      ['insufficient_funds', 5],
      ['expired_card', 3],
      ['do_not_honor', 2],
    ]);
    attempts.push(
      cardAttempt(rng, card, basket.amount, {
        entry: 'stored_renewal',
        ok: false,
        decline: why,
        afterMs: rng.int(2000, 9000),
      }),
    );
    attempts.push(
      cardAttempt(rng, card, basket.amount, {
        entry: 'stored_renewal',
        ok: why !== 'expired_card' && rng.chance(0.6),
        decline: why,
        afterMs: DAY,
      }),
    );
  } else
    attempts.push(
      cardAttempt(rng, card, basket.amount, {
        entry: 'stored_renewal',
        ok: true,
        afterMs: rng.int(2000, 9000),
      }),
    );
  const later = honestAfter(rng, f, basket.amount, 'AU');
  // Moved house or away for the holidays: the subscriber changes this box's address before it ships.
  if (rng.chance(0.04)) {
    const moved = streetAddress(rng, rng.chance(0.6) ? a.home.city : pickCity(rng, AU_CITIES));
    later.push({
      type: 'order.updated',
      afterMs: rng.int(1, 5) * HOUR,
      reason: 'address_changed',
      shipping: moved,
      ip: usualIp(rng, a),
      device: rng.pick(a.devices),
    });
  }
  return {
    kind: 'subscription_renewal',
    fraud: false,
    at,
    buyer: accountBuyer(a),
    billing: { ...a.home.address },
    shipping: to,
    fulfilment: f,
    basket,
    attempts,
    later,
    renewal: true,
  };
}

function clickAndCollect(rng: Rng, w: World): Draft {
  const gym = rng.pick(GYMS);
  const local = w.customers.au.filter((a) => a.home.city === gym.city);
  const a = local.length > 0 && rng.chance(0.75) ? rng.pick(local) : undefined;
  const at = moment(rng, w.window, gym.city.tz, 'consumer');
  const name = a?.name ?? personName(rng);
  const billing = a ? { ...a.home.address } : streetAddress(rng, gym.city);
  const code = rng.chance(0.25) ? rng.pick(CODES.trainer) : undefined;
  const basket = basketOf(everydayLines(rng), {
    ...(code ? { code } : {}),
    country: 'AU',
    fulfilment: 'click_and_collect',
  });
  const ip = a && rng.chance(0.5) ? a.homeIp : ipOn(rng, network(rng.pick(['au-mobile-1', 'au-mobile-2'])));
  return {
    kind: 'click_and_collect',
    fraud: false,
    at,
    buyer: a ? accountBuyer(a) : guestOf(rng, 'AU', name),
    billing,
    fulfilment: 'click_and_collect',
    ip,
    device: a ? rng.pick(a.devices) : newDevice(rng),
    basket,
    attempts: honestPay(
      rng,
      { cards: a?.cards ?? [newCard(rng, 'AU')], country: 'AU', signedIn: !!a },
      basket.amount,
    ),
    later: honestAfter(rng, 'click_and_collect', basket.amount, 'AU'),
    collectAt: gym.code,
  };
}

/** For a partner: to their work, their place in another city, or their locker; the card is the buyer's. */
function giftForPartner(rng: Rng, w: World): Draft {
  const a = pickAccount(rng, w.customers.au);
  const d = regular(
    rng,
    w,
    'gift_for_partner',
    rng.chance(0.5) ? resolutionLines(rng) : everydayLines(rng),
    a,
  );
  const where = rng.weightedPick([
    ['work', 4],
    ['away', 3],
    ['locker', 2],
    ['gym', 1],
  ] as const);
  if (where === 'gym') {
    const gym = rng.pick(GYMS);
    const basket = basketOf(d.basket.lines, { country: 'AU', fulfilment: 'click_and_collect' });
    return {
      ...d,
      shipping: undefined,
      fulfilment: 'click_and_collect',
      collectAt: gym.code,
      basket,
      attempts: honestPay(rng, { cards: a.cards, country: 'AU', signedIn: true }, basket.amount),
      later: honestAfter(rng, 'click_and_collect', basket.amount, 'AU'),
    };
  }
  const city = where === 'away' ? pickCity(rng, AU_CITIES) : a.home.city;
  const to = where === 'locker' ? parcelLocker(rng, city) : streetAddress(rng, city);
  const f: Fulfilment = where === 'locker' ? 'parcel_locker' : rng.chance(0.3) ? 'express' : 'standard';
  const basket = basketOf(d.basket.lines, { country: 'AU', fulfilment: f });
  return {
    ...d,
    shipping: to,
    fulfilment: f,
    basket,
    attempts: honestPay(rng, { cards: a.cards, country: 'AU', signedIn: true }, basket.amount),
    later: honestAfter(rng, f, basket.amount, 'AU'),
  };
}

/** Fly-in fly-out: ordered from the camp on a phone or the camp Wi-Fi, to a locker or PO box in the mining town. */
function fifoWorker(rng: Rng, w: World): Draft {
  const a = pickAccount(rng, w.customers.fifo);
  const town = pickCity(rng, MINING_TOWNS);
  const at = moment(rng, w.window, town.tz, 'shift');
  const f: Fulfilment = rng.chance(0.6) ? 'parcel_locker' : 'po_box';
  const to = f === 'parcel_locker' ? parcelLocker(rng, town, a.myPost) : poBox(rng, town);
  const lines = [...everydayLines(rng, rng.int(2, 4)), line(PRODUCTS.wpi5, rng.int(1, 3))];
  const merged = lines.filter((l, i) => lines.findIndex((m) => m.sku === l.sku) === i);
  const basket = basketOf(merged, { country: 'AU', fulfilment: f });
  const ip = rng.chance(0.7) ? ipOn(rng, network('au-mobile-1')) : ipOn(rng, network('au-corporate'));
  return {
    kind: 'fifo_worker',
    fraud: false,
    at,
    buyer: accountBuyer(a),
    billing: { ...a.home.address },
    shipping: to,
    fulfilment: f,
    ip,
    device: rng.pick(a.devices),
    basket,
    attempts: honestPay(rng, { cards: a.cards, country: 'AU', signedIn: true }, basket.amount),
    later: honestAfter(rng, f, basket.amount, 'AU'),
  };
}

/** On a university network (a handful of NAT addresses for everyone), cheap tubs, trial packs, pay later. */
function student(rng: Rng, w: World): Draft {
  const known = rng.chance(0.35) ? pickAccount(rng, w.customers.au) : undefined;
  const home =
    known?.home ??
    homeIn(
      rng,
      AU_CITIES.filter((c) =>
        ['Brisbane', 'Sydney', 'Melbourne', 'Perth', 'Adelaide', 'Canberra'].includes(c.city),
      ),
    );
  const at = moment(rng, w.window, home.city.tz, 'student');
  const name = known?.name ?? personName(rng);
  const email = `${name
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .slice(
      0,
      12,
    )}${rng.int(1, 999)}@${rng.pick(['gmail.com', 'outlook.com', 'icloud.com', 'student.uq.edu.au', 'student.unsw.edu.au', 'student.monash.edu'])}`;
  const buyer = known
    ? accountBuyer(known)
    : rng.chance(0.6)
      ? freshAccount(rng, at, name, 'AU', email)
      : { email, name };
  const lines = rng.chance(0.15)
    ? [line(PRODUCTS.sample)]
    : [
        line(rng.pick([PRODUCTS.creatine500, PRODUCTS.pre, PRODUCTS.wpi1, PRODUCTS.bars, PRODUCTS.whey2])),
      ].concat(rng.chance(0.3) ? [line(PRODUCTS.shaker)] : []);
  const f: Fulfilment = rng.chance(0.2) ? 'parcel_locker' : 'standard';
  const code =
    lines[0]?.category !== 'sample' && !known && rng.chance(0.5) ? rng.pick(CODES.first) : undefined;
  const basket = basketOf(lines, { ...(code ? { code } : {}), country: 'AU', fulfilment: f });
  const card = newCard(rng, 'AU', rng.chance(0.2) ? 'prepaid' : 'debit');
  return {
    kind: 'student_campus',
    fraud: false,
    at,
    buyer,
    billing: { ...home.address },
    shipping: f === 'parcel_locker' ? parcelLocker(rng, home.city) : { ...home.address },
    fulfilment: f,
    ip: rng.pick(w.campusNat),
    device: known ? rng.pick(known.devices) : newDevice(rng),
    basket,
    attempts: honestPay(
      rng,
      { cards: known?.cards ?? [card], country: 'AU', signedIn: !!known, bnplLean: 2.5 },
      basket.amount,
      0.09,
    ),
    later: honestAfter(rng, f, basket.amount, 'AU'),
  };
}

const GYM_NAMES = [
  'Ironbark Strength',
  'Coastline Fitness',
  'Redline Performance',
  'Anytime Barbell',
  'Outback CrossFit',
  'Summit PT Studio',
  'Forge Athletic',
  'Harbourside Boxing',
];

/** A gym owner or personal trainer restocking the front desk: many tubs, trade pricing, a business card. */
function gymBulk(rng: Rng, w: World): Draft {
  const known = rng.chance(0.6) ? pickAccount(rng, w.customers.au) : undefined;
  const city = known?.home.city ?? pickCity(rng, AU_CITIES);
  let at = moment(rng, w.window, city.tz, 'office');
  for (let i = 0; i < 20 && !weekday(at, city.tz); i++) at = moment(rng, w.window, city.tz, 'office');
  const name = known?.name ?? personName(rng);
  const gymName = `${rng.pick(GYM_NAMES)} ${city.city}`;
  const business = streetAddress(rng, city);
  const lines = [
    line(PRODUCTS.wpi5, rng.int(3, 12)),
    line(rng.pick([PRODUCTS.pre, PRODUCTS.preHigh]), rng.int(2, 8)),
    line(PRODUCTS.creatine1k, rng.int(1, 6)),
    ...(rng.chance(0.6) ? [line(PRODUCTS.bars, rng.int(5, 20))] : []),
    ...(rng.chance(0.5) ? [line(PRODUCTS.shaker, rng.int(12, 48))] : []),
  ];
  const f: Fulfilment = rng.chance(0.4) ? 'express' : 'standard';
  const basket = basketOf(lines, {
    ...(rng.chance(0.75) ? { code: CODES.trade } : {}),
    country: 'AU',
    fulfilment: f,
  });
  const card = newCard(rng, 'AU', 'credit');
  const buyer = known
    ? accountBuyer(known)
    : freshAccount(
        rng,
        at,
        name,
        'AU',
        `${rng.pick(['orders', 'admin', 'hello', 'info'])}@${gymName
          .toLowerCase()
          .replace(/[^a-z]/g, '')
          .slice(0, 18)}.com.au`,
      );
  return {
    kind: 'gym_bulk_buyer',
    fraud: false,
    at,
    buyer,
    billing: business,
    shipping: business,
    fulfilment: f,
    ip: rng.chance(0.5)
      ? ipOn(rng, network(rng.pick(['au-nbn-1', 'au-nbn-2'])))
      : ipOn(rng, network(rng.pick(['au-mobile-1', 'au-mobile-2']))),
    device: known ? rng.pick(known.devices) : newDevice(rng, 'desktop'),
    basket,
    attempts: honestPay(
      rng,
      { cards: [card, ...(known?.cards ?? [])], country: 'AU', signedIn: !!known },
      basket.amount,
      0.1,
    ),
    later: honestAfter(rng, f, basket.amount, 'AU'),
    company: { name: `${gymName} Pty Ltd`, abn: rng.digits(11) },
  };
}

function nzCustomer(rng: Rng, w: World): Draft {
  const known = rng.chance(0.6) ? pickAccount(rng, w.customers.nz) : undefined;
  const home = known?.home ?? homeIn(rng, NZ_CITIES);
  const at = moment(rng, w.window, home.city.tz, 'consumer');
  const basket = basketOf(rng.chance(0.4) ? resolutionLines(rng) : everydayLines(rng), {
    country: 'NZ',
    fulfilment: 'international',
  });
  const buyer = known
    ? accountBuyer(known)
    : rng.chance(0.6)
      ? freshAccount(rng, at, undefined, 'NZ')
      : guestOf(rng, 'NZ');
  return {
    kind: 'nz_customer',
    fraud: false,
    at,
    buyer,
    billing: { ...home.address },
    shipping: { ...home.address },
    fulfilment: 'international',
    ip:
      known && rng.chance(0.6)
        ? known.homeIp
        : ipOn(rng, network(rng.chance(0.6) ? 'nz-fibre' : 'nz-mobile')),
    device: known ? rng.pick(known.devices) : newDevice(rng),
    basket,
    attempts: honestPay(
      rng,
      { cards: known?.cards ?? [newCard(rng, 'NZ')], country: 'NZ', signedIn: !!known },
      basket.amount,
    ),
    later: honestAfter(rng, 'international', basket.amount, 'NZ'),
  };
}

const TRIPS = [
  ['id-mobile', 8, 5],
  ['jp-mobile', 9, 3],
  ['th-mobile', 7, 2],
  ['gb-broadband', 0, 1],
  ['us-mobile', -8, 1],
] as const;

/** Away over the holidays (Bali, Japan, Thailand, family in the UK or the US), ordering for when they are home. */
function traveller(rng: Rng, w: World): Draft {
  const a = pickAccount(rng, w.customers.au);
  const [net, tz] = rng.weightedPick(TRIPS.map((t) => [[t[0], t[1]] as const, t[2]] as const));
  const d = regular(
    rng,
    w,
    'traveller_abroad',
    rng.chance(0.5) ? resolutionLines(rng) : everydayLines(rng),
    a,
  );
  const at = moment(rng, w.window, tz, 'consumer');
  return { ...d, at, ip: ipOn(rng, network(net)), device: rng.pick(a.devices) };
}

/** A VPN on the phone or laptop (or a privacy relay): the exit is a data centre at home or overseas. */
function privacyVpn(rng: Rng, w: World): Draft {
  const a = pickAccount(rng, w.customers.au);
  const d = regular(rng, w, 'privacy_vpn', everydayLines(rng), a);
  const exit = rng.weightedPick([
    ['au-hosting', 5],
    ['us-hosting', 2],
    ['nl-hosting', 1],
    ['de-hosting', 1],
  ] as const);
  return { ...d, ip: ipOn(rng, network(exit)) };
}

/** Singapore and US buyers (a few of them Australians abroad), shipped internationally. */
function overseas(rng: Rng, w: World): Draft {
  const sg = rng.chance(0.55);
  const country = sg ? 'SG' : 'US';
  const home = homeIn(rng, sg ? SG_CITIES : US_CITIES);
  const at = moment(rng, w.window, home.city.tz, 'consumer');
  const basket = basketOf(everydayLines(rng), { country, fulfilment: 'international' });
  const a = newAccount(rng, country, at - rng.int(0, 900) * DAY);
  const buyer = rng.chance(0.5) ? accountBuyer(a) : guestOf(rng, country, a.name);
  const aussieCard = !sg && rng.chance(0.2);
  return {
    kind: 'overseas_customer',
    fraud: false,
    at,
    buyer,
    billing: aussieCard ? streetAddress(rng, pickCity(rng, AU_CITIES)) : { ...home.address },
    shipping: { ...home.address },
    fulfilment: 'international',
    ip: ipOn(rng, network(sg ? rng.pick(['sg-fibre', 'sg-mobile']) : rng.pick(['us-cable', 'us-mobile']))),
    device: rng.pick(a.devices),
    basket,
    attempts: honestPay(
      rng,
      { cards: [newCard(rng, aussieCard ? 'AU' : country)], country, signedIn: !!buyer.id },
      basket.amount,
    ),
    later: honestAfter(rng, 'international', basket.amount, country),
  };
}

export function planHonest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const a = () => pickAccount(rng, w.customers.au);
  const draft: Record<HonestKind, () => Draft> = {
    regular_shopper: () => regular(rng, w, 'regular_shopper', everydayLines(rng), a()),
    new_year_starter: () => newYearStarter(rng, w),
    subscription_renewal: () => renewal(rng, w),
    click_and_collect: () => clickAndCollect(rng, w),
    gift_for_partner: () => giftForPartner(rng, w),
    fifo_worker: () => fifoWorker(rng, w),
    student_campus: () => student(rng, w),
    gym_bulk_buyer: () => gymBulk(rng, w),
    nz_customer: () => nzCustomer(rng, w),
    traveller_abroad: () => traveller(rng, w),
    privacy_vpn: () => privacyVpn(rng, w),
    overseas_customer: () => overseas(rng, w),
  };
  return purchaseOf(draft[kind]());
}
