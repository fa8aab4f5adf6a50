import {
  accountBuyer,
  type Address,
  type Buyer,
  type Device,
  DAY,
  HOUR,
  MINUTE,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { dedupe, everyday, forPet, inCategory, line, type Line, pharmacy } from './catalogue.js';
import { type Customer, customerIp, emailFor, newDevice, personName, vetClinic } from './people.js';
import {
  type Attempt,
  autoshipPay,
  basketOf,
  type BasketTerms,
  type Channel,
  type Fulfilment,
  honestAfter,
  honestPay,
  newCard,
  type Payer,
  type Purchase,
} from './purchase.js';
import {
  autoshipRun,
  CANADA,
  type Curve,
  homeIn,
  ipFrom,
  MILITARY,
  PARTNER_STORES,
  pickState,
  type Place,
  PUERTO_RICO,
  SAME_DAY,
  STATES,
  type State,
  US_HOME,
  when,
} from './world.js';

/** Honest purchases: autoship renewals, repeat and new customers, the pharmacy, and the awkward honest kinds. */

export interface World {
  window: Window;
  customers: Customer[];
  autoshippers: Customer[];
}

export const HONEST = {
  autoship_renewal: 30,
  repeat_customer: 18,
  new_customer: 9,
  first_autoship: 6,
  pharmacy_rx: 8,
  multi_pet_bulk: 3.5,
  breeder_shelter: 3,
  vet_clinic: 2,
  gift_order: 2.5,
  college_student: 2,
  senior_old_device: 2,
  military_apo: 1.2,
  rv_traveller: 1.3,
  same_day_metro: 3,
  store_pickup: 3.5,
  puerto_rico: 2.5,
  canada: 1.5,
  vpn_privacy: 1,
  moved_house: 1,
} as const;
export type HonestKind = keyof typeof HONEST;

export const AUTOSHIP_AGENT = 'PawPantry-Autoship/3.2 (scheduler)';

/** A customer matching `want` (any customer when none does). */
export function someone(rng: Rng, w: World, want: (c: Customer) => boolean = () => true): Customer {
  for (let i = 0; i < 50; i++) {
    const c = rng.pick(w.customers);
    if (want(c)) return c;
  }
  const matches = w.customers.filter(want);
  return rng.pick(matches.length > 0 ? matches : w.customers);
}

export const accountOf: (c: Customer) => Buyer = accountBuyer;
const fresh = (rng: Rng, at: number, name: string, email: string, minutes: [number, number]): Buyer => ({
  id: `cus_n${rng.token(10)}`,
  email,
  name,
  createdAt: at - rng.int(minutes[0] * MINUTE, minutes[1] * MINUTE),
});

export const taxOf = (place: Place | undefined): number =>
  STATES.find((s) => s.code === place?.region)?.tax ?? (place?.region === 'PR' ? PUERTO_RICO.tax : 0);

/** What a purchase is built from; the rest (basket, attempts, later steps) follows. */
export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  pickupStore?: string;
  ip: string;
  device: Device;
  channel: Channel;
  lines: Line[];
  terms?: Partial<BasketTerms>;
  autoship?: { cadenceWeeks: number; first: boolean };
  vet?: { clinic: string; phone: string; pet: string };
  company?: string;
  giftNote?: string;
  recipient?: string;
}

export function draft(
  d: Draft,
  pay: (amount: number) => Attempt[],
  later: (amount: number) => Purchase['later'],
): Purchase {
  const lines = dedupe(d.lines);
  const basket = basketOf(lines, {
    taxRate: taxOf(d.shipping ?? d.billing),
    fulfilment: d.fulfilment,
    ...d.terms,
  });
  const attempts = pay(basket.amount);
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts,
    later: attempts.some((a) => a.ok) ? later(basket.amount) : [],
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    ...(d.pickupStore ? { pickupStore: d.pickupStore } : {}),
    ip: d.ip,
    device: d.device,
    channel: d.channel,
    ...(d.autoship ? { autoship: d.autoship } : {}),
    ...(d.vet ? { vet: d.vet } : {}),
    ...(d.company ? { company: d.company } : {}),
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.recipient ? { recipient: d.recipient } : {}),
  };
}

const hasRx = (lines: Line[]) =>
  lines.some((l) => l.category === 'rx_flea_tick' || l.category === 'rx_heartworm');

/** An honest order: paid as people pay, then fulfilled (after the vet, for prescriptions). */
function honestOrder(rng: Rng, d: Draft, payer: Payer, abroad = false): Purchase {
  return draft(
    { ...d, ...(hasRx(d.lines) && !d.vet ? { vet: vetClinic(rng) } : {}) },
    (amount) => honestPay(rng, payer, amount),
    (amount) => honestAfter(rng, { f: d.fulfilment, amount, rx: hasRx(d.lines), abroad }),
  );
}

const deviceOf = (rng: Rng, c: Customer): Device => rng.pick(c.devices);
const channelOf = (device: Device): Channel => (device.userAgent.startsWith('PawPantry/') ? 'app' : 'web');

/** Memorial Day weekend: $15 off $75 for a share of the weekend's orders. */
function memorial(rng: Rng, at: number, lines: Line[]): Partial<BasketTerms> {
  const d = new Date(at - 4 * HOUR);
  const weekend = d.getUTCFullYear() === 2027 && d.getUTCMonth() === 4 && d.getUTCDate() >= 28;
  const sub = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  return weekend && sub >= 7_500 && rng.chance(0.45) ? { code: { code: 'MEMORIAL15', off: 1_500 } } : {};
}

/** An account holder's own order from one of their devices at home. */
function byAccount(
  rng: Rng,
  w: World,
  c: Customer,
  kind: HonestKind,
  lines: Line[],
  curve: Curve = 'shopper',
): Draft {
  const at = when(rng, w.window, c.tz, curve);
  const device = deviceOf(rng, c);
  return {
    kind,
    fraud: false,
    at,
    buyer: accountOf(c),
    billing: c.home,
    shipping: c.home,
    fulfilment: 'ship',
    ip: customerIp(rng, c, device),
    device,
    channel: channelOf(device),
    lines,
    terms: { ...memorial(rng, at, lines), abroad: c.state === CANADA },
    ...(c.company ? { company: c.company } : {}),
    ...(hasRx(lines) ? { vet: c.vet } : {}),
  };
}

const payerOf = (c: Customer, more: Partial<Payer> = {}): Payer => ({
  cards: c.cards,
  signedIn: true,
  ...more,
});

/** A newcomer: home, device, card, a fresh account or a guest checkout. */
function newcomer(rng: Rng, w: World, kind: HonestKind, state: State, account: number) {
  const name = personName(rng, state === PUERTO_RICO);
  const email = emailFor(rng, name);
  const home = homeIn(rng, state);
  const at = when(rng, w.window, state.tz);
  const device = newDevice(rng);
  const net =
    state === PUERTO_RICO
      ? 'pr_isp'
      : state === CANADA
        ? 'ca_cable'
        : rng.chance(0.3)
          ? rng.pick(['us_mobile_a', 'us_mobile_b'] as const)
          : rng.pick(US_HOME);
  const buyer: Buyer = rng.chance(account) ? fresh(rng, at, name, email, [3, 40]) : { email, name };
  const card = newCard(rng, state === PUERTO_RICO ? 'PR' : state === CANADA ? 'CA' : 'US');
  return { kind, at, home, device, ip: ipFrom(rng, net), buyer, card, name };
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'autoship_renewal': {
      const c = rng.pick(w.autoshippers.length > 0 ? w.autoshippers : w.customers);
      const plan = c.autoship ?? { lines: everyday(rng, c.pet, 'small'), cadenceWeeks: 4 };
      // One in seven adds something to this delivery ("add to next autoship").
      const lines = rng.chance(0.15)
        ? [...plan.lines, line(rng.pick(forPet(c.pet === 'cat' ? 'cat' : 'dog', 'treats', 'toys')))]
        : plan.lines;
      const card = c.cards[0] ?? newCard(rng, 'US');
      return draft(
        {
          kind,
          fraud: false,
          at: autoshipRun(rng, w.window),
          buyer: accountOf(c),
          billing: c.home,
          shipping: c.home,
          fulfilment: 'ship',
          // The scheduler sends the address the customer last used the site from.
          ip: c.homeIp,
          device: { userAgent: AUTOSHIP_AGENT },
          channel: 'autoship',
          lines,
          terms: { autoship: 'renewal', abroad: c.state === CANADA },
          autoship: { cadenceWeeks: plan.cadenceWeeks, first: false },
          ...(c.company ? { company: c.company } : {}),
        },
        (amount) => autoshipPay(rng, card, amount),
        (amount) => honestAfter(rng, { f: 'ship', amount, rx: false, abroad: c.state === CANADA }),
      );
    }
    case 'repeat_customer': {
      const c = someone(
        rng,
        w,
        (x) => x.segment === 'household' && x.state !== CANADA && x.state !== PUERTO_RICO,
      );
      return honestOrder(rng, byAccount(rng, w, c, kind, everyday(rng, c.pet)), payerOf(c));
    }
    case 'senior_old_device': {
      const c = someone(rng, w, (x) => x.segment === 'senior');
      const d = byAccount(rng, w, c, kind, everyday(rng, c.pet, 'small'), 'office');
      return honestOrder(
        rng,
        { ...d, ip: c.homeIp },
        payerOf(c, { prefers: { card: 85, apple_pay: 0, google_pay: 0, paypal: 8 } }),
      );
    }
    case 'multi_pet_bulk': {
      const c = someone(rng, w, (x) => x.segment === 'multi_pet' || x.pet === 'both');
      const lines = everyday(rng, 'both', 'big');
      return honestOrder(
        rng,
        byAccount(rng, w, c, kind, lines),
        payerOf(c, { prefers: { affirm: 5, afterpay: 4 } }),
      );
    }
    case 'breeder_shelter': {
      const c = someone(rng, w, (x) => x.segment === 'breeder' || x.segment === 'shelter');
      const bags = rng.int(6, 16);
      const lines = [line(rng.pick(inCategory('dry_food').filter((x) => x.price < 9_000)), bags)];
      if (rng.chance(0.5)) lines.push(line(rng.pick(forPet('cat', 'litter')), rng.int(4, 10)));
      if (rng.chance(0.4)) lines.push(line(rng.pick(forPet('dog', 'flea_tick_otc')), rng.int(2, 6)));
      if (rng.chance(0.3)) lines.push(line(rng.pick(forPet('dog', 'treats')), rng.int(5, 20)));
      // Shelters spend donated gift cards.
      const prefers = c.segment === 'shelter' ? { gift_card: 30, card: 50 } : { card: 70, paypal: 10 };
      return honestOrder(rng, byAccount(rng, w, c, kind, lines, 'office'), payerOf(c, { prefers }));
    }
    case 'vet_clinic': {
      const c = someone(rng, w, (x) => x.segment === 'clinic');
      const lines = [
        line(rng.pick(inCategory('supplements')), rng.int(3, 12)),
        line(rng.pick(inCategory('flea_tick_otc')), rng.int(2, 8)),
        ...(rng.chance(0.5) ? [line(rng.pick(inCategory('dry_food')), rng.int(2, 6))] : []),
      ];
      const d = byAccount(rng, w, c, kind, lines, 'office');
      return honestOrder(
        rng,
        { ...d, ip: ipFrom(rng, rng.pick(['us_fiber', 'us_cable_b'] as const)) },
        payerOf(c, { prefers: { card: 90, paypal: 0, apple_pay: 0, google_pay: 0 } }),
      );
    }
    case 'pharmacy_rx': {
      const c = someone(rng, w, (x) => x.pet === 'dog' || x.pet === 'cat' || x.pet === 'both');
      return honestOrder(rng, byAccount(rng, w, c, kind, pharmacy(rng, c.pet)), payerOf(c));
    }
    case 'gift_order': {
      const c = someone(rng, w, (x) => x.segment === 'household' && x.state !== CANADA);
      const to = homeIn(rng, rng.chance(0.3) ? c.state : pickState(rng));
      const lines = [
        line(rng.pick(inCategory('beds', 'toys', 'treats'))),
        ...(rng.chance(0.5) ? [line(rng.pick(inCategory('toys', 'treats')))] : []),
      ];
      const d = byAccount(rng, w, c, kind, lines);
      return honestOrder(
        rng,
        {
          ...d,
          shipping: to,
          recipient: personName(rng),
          giftNote: rng.pick([
            'Happy birthday Biscuit!',
            'For the new puppy ♥',
            'Welcome home, kitty',
            'Get well soon Max',
          ]),
        },
        payerOf(c),
      );
    }
    case 'college_student': {
      // A student on the campus network sends the family dog's food to their parents' house, often on a parent's card.
      const parents = homeIn(rng, pickState(rng));
      const n = newcomer(rng, w, kind, pickState(rng), 0.7);
      const parentCard = rng.chance(0.5);
      const billing = parentCard ? parents : n.home;
      const d: Draft = {
        kind,
        fraud: false,
        at: n.at,
        buyer: n.buyer.id ? { ...n.buyer, createdAt: n.at - rng.int(30, 400) * DAY } : n.buyer,
        billing,
        shipping: parents,
        fulfilment: 'ship',
        ip: ipFrom(rng, rng.chance(0.7) ? 'us_campus' : 'us_mobile_a'),
        device: newDevice(rng, rng.pick(['iphone', 'mac', 'android'] as const)),
        channel: 'web',
        lines: everyday(rng, 'dog', 'small'),
      };
      return honestOrder(rng, d, { cards: [n.card], signedIn: Boolean(d.buyer.id), prefers: { paypal: 25 } });
    }
    case 'military_apo': {
      const c = someone(
        rng,
        w,
        (x) => x.segment === 'household' && x.state !== CANADA && x.state !== PUERTO_RICO,
      );
      const base = rng.pick(MILITARY);
      const apo: Place = {
        country: 'US',
        city: base.city,
        postalCode: base.zip,
        line1: `Unit ${rng.int(2000, 8999)} Box ${rng.int(1, 999)}`,
        region: base.region,
      };
      const tz = base.base === 'DE' ? 2 : 9;
      const net = base.base === 'DE' ? 'de_isp' : base.base === 'JP' ? 'jp_isp' : 'kr_isp';
      const at = when(rng, w.window, tz);
      const device = deviceOf(rng, c);
      const billing = rng.chance(0.6) ? apo : c.home;
      const lines = rng.chance(0.4) ? pharmacy(rng, c.pet) : everyday(rng, c.pet, 'small');
      const d: Draft = {
        kind,
        fraud: false,
        at,
        buyer: accountOf(c),
        billing,
        shipping: apo,
        fulfilment: 'ship',
        // On base Wi-Fi or a local ISP abroad; a few through a US VPN to reach US sites.
        ip: rng.chance(0.2) ? ipFrom(rng, 'us_hosting') : ipFrom(rng, net),
        device,
        channel: channelOf(device),
        lines,
        ...(hasRx(lines) ? { vet: c.vet } : {}),
      };
      return honestOrder(rng, d, payerOf(c, { match: billing === apo ? 'good' : 'stale' }), true);
    }
    case 'rv_traveller': {
      // Full-time RVers: a campground in another state each week, the phone's hotspot, billing at the old home.
      const c = someone(
        rng,
        w,
        (x) =>
          (x.segment === 'household' || x.segment === 'senior') &&
          x.state !== CANADA &&
          x.state !== PUERTO_RICO,
      );
      const park = homeIn(rng, pickState(rng));
      const shipping = {
        ...park,
        line1: `Site ${rng.int(1, 240)}, ${rng.pick(['Lakeview', 'Pine Ridge', 'Desert Sands', 'Riverside', 'Blue Sky'])} RV ${rng.pick(['Resort', 'Park', 'Campground'])}`,
      };
      const d = byAccount(rng, w, c, kind, everyday(rng, c.pet, 'small'));
      return honestOrder(rng, { ...d, shipping, ip: ipFrom(rng, c.mobileNet) }, payerOf(c));
    }
    case 'same_day_metro': {
      const c = someone(rng, w, (x) => SAME_DAY.has(x.home.city ?? ''));
      const d = byAccount(rng, w, c, kind, everyday(rng, c.pet, 'small'));
      const metro = SAME_DAY.has(c.home.city ?? '');
      return honestOrder(rng, { ...d, fulfilment: metro ? 'same_day' : 'ship' }, payerOf(c));
    }
    case 'store_pickup': {
      const c = someone(rng, w, (x) => x.state !== CANADA && x.state !== PUERTO_RICO);
      const d = byAccount(rng, w, c, kind, everyday(rng, c.pet, 'small'));
      const { shipping: _drop, ...rest } = d;
      void _drop;
      return honestOrder(
        rng,
        { ...rest, fulfilment: 'pickup', pickupStore: rng.pick(PARTNER_STORES) },
        payerOf(c),
      );
    }
    case 'puerto_rico':
    case 'canada': {
      const state = kind === 'canada' ? CANADA : PUERTO_RICO;
      const c = someone(rng, w, (x) => x.state === state);
      if (c.state === state)
        return honestOrder(
          rng,
          byAccount(rng, w, c, kind, rng.chance(0.3) ? pharmacy(rng, c.pet) : everyday(rng, c.pet)),
          payerOf(c),
          kind === 'canada',
        );
      const n = newcomer(rng, w, kind, state, 0.5);
      const d: Draft = {
        kind,
        fraud: false,
        at: n.at,
        buyer: n.buyer,
        billing: n.home,
        shipping: n.home,
        fulfilment: 'ship',
        ip: n.ip,
        device: n.device,
        channel: channelOf(n.device),
        lines: everyday(rng, rng.pick(['dog', 'cat'] as const)),
        terms: { abroad: kind === 'canada' },
      };
      return honestOrder(rng, d, { cards: [n.card], signedIn: Boolean(n.buyer.id) }, kind === 'canada');
    }
    case 'vpn_privacy': {
      const c = someone(rng, w, (x) => x.segment === 'household' && x.state !== CANADA);
      const d = byAccount(rng, w, c, kind, everyday(rng, c.pet));
      return honestOrder(rng, { ...d, ip: ipFrom(rng, 'us_hosting') }, payerOf(c));
    }
    case 'moved_house': {
      // Moved: a new address on an old account, the bank not yet told; sometimes a new laptop too.
      const c = someone(
        rng,
        w,
        (x) => x.segment === 'household' && x.state !== CANADA && x.state !== PUERTO_RICO,
      );
      const home = homeIn(rng, rng.chance(0.5) ? c.state : pickState(rng));
      const d = byAccount(rng, w, c, kind, everyday(rng, c.pet, 'big'));
      const device = rng.chance(0.4) ? newDevice(rng) : d.device;
      return honestOrder(
        rng,
        { ...d, billing: home, shipping: home, device, ip: ipFrom(rng, rng.pick(US_HOME)) },
        payerOf(c, { match: 'stale' }),
      );
    }
    case 'new_customer':
    case 'first_autoship': {
      const n = newcomer(rng, w, kind, pickState(rng), kind === 'first_autoship' ? 1 : 0.55);
      const pet = rng.pick(['dog', 'dog', 'cat', 'both'] as const);
      const lines =
        kind === 'first_autoship'
          ? everyday(rng, pet, 'small')
          : rng.chance(0.2)
            ? pharmacy(rng, pet)
            : everyday(rng, pet);
      const d: Draft = {
        kind,
        fraud: false,
        at: n.at,
        buyer: n.buyer,
        billing: n.home,
        shipping: n.home,
        fulfilment: 'ship',
        ip: n.ip,
        device: n.device,
        channel: channelOf(n.device),
        lines,
        ...(kind === 'first_autoship'
          ? {
              terms: { autoship: 'first' as const },
              autoship: { cadenceWeeks: rng.pick([2, 4, 4, 6, 8]), first: true },
            }
          : { terms: memorial(rng, n.at, lines) }),
      };
      return honestOrder(rng, d, { cards: [n.card], signedIn: Boolean(n.buyer.id) });
    }
  }
}
