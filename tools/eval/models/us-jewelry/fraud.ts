import { type BasketLine, type Buyer, type Device, lineOf } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type Draft, finish, freshBuyer, giftNote, speedFor, type World } from './build.js';
import { placeAt } from './calendar.js';
import { C, type Category, GIFTS, giftCard, pieces, RESALE } from './catalogue.js';
import { consumerNetwork, ipOn, type NetworkName, residentialProxy } from './networks.js';
import {
  type Account,
  binOf,
  deviceOf,
  emailOf,
  type HeldCard,
  newCard,
  person,
  type Person,
  USER_AGENTS,
} from './people.js';
import {
  addressIn,
  holdLocation,
  homePlace,
  type Place,
  pickRegion,
  reshipAddress,
  US_STATES,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  type Decline,
  firstAuth,
  fulfil,
  honestPay,
  HOUR,
  type LaterEvent,
  MINUTE,
  type Purchase,
  retryGap,
} from './purchase.js';
import { sanctioned } from './sanctioned.js';

/**
 * How fraud hits the jeweller, by weight (allocated exactly, at least one order each): stolen cards shipped to
 * reshippers, stolen cards collected at FedEx counters by mules, card testing on e-gift cards and the polishing
 * cloth, takeovers of Circle accounts, triangulation through marketplace listings, friendly fraud ("never
 * arrived", "not me"), returns that swap a natural diamond for a lab-grown or a fake, and orders from sanctioned
 * jurisdictions (sanctioned.ts).
 */

export const FRAUD = {
  stolen_card_reship: 24,
  hold_pickup_mule: 9,
  card_testing: 14,
  account_takeover: 14,
  triangulation: 10,
  friendly_fraud: 14,
  return_switch: 6,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/** A crew working stolen cards this fortnight: how careful, from where, where the goods go, how it signs up. */
interface Crew {
  careful: boolean;
  origin: NetworkName;
  tz: number;
  drops: Place[];
  /** A sloppy crew's one laptop, seen on every order. */
  device: Device;
  mail: 'victim' | 'mule' | 'junk';
}

const ORIGINS: ReadonlyArray<readonly [NetworkName, number, number]> = [
  ['ng-mobile', 1, 3],
  ['vn-broadband', 7, 2],
  ['ro-broadband', 2, 1],
  ['nl-hosting', 1, 2],
  ['de-hosting', 1, 1],
  ['us-cloud', -5, 3],
];

function crews(rng: Rng): Crew[] {
  return Array.from({ length: rng.int(3, 5) }, (_, i) => {
    const r = rng.fork(`c${i}`);
    const [origin, tz] = r.weightedPick(ORIGINS.map((o) => [o, o[2]] as const));
    const careful = r.chance(0.65);
    return {
      careful,
      origin,
      tz,
      drops: Array.from({ length: r.int(2, 4) }, () => reshipAddress(r)),
      device: { id: `dv_${r.token(20)}`, userAgent: USER_AGENTS.windows },
      mail: careful ? (r.chance(0.5) ? 'victim' : 'mule') : 'junk',
    };
  });
}

/** A cardholder whose details (card, billing address, name, sometimes the e-mail) were bought as "fullz". */
interface Victim {
  who: Person;
  home: Place;
  card: HeldCard;
}

function victim(rng: Rng): Victim {
  const who = person(rng);
  const home = homePlace(rng, 0);
  return { who, home, card: newCard(rng, 'US') };
}

const JUNK_MAIL = ['gmail.com', 'outlook.com', 'protonmail.com', 'yahoo.com', 'hotmail.com', 'mail.com'];

function fraudEmail(rng: Rng, style: Crew['mail'], v: Person): string {
  if (style === 'victim') return emailOf(rng, v);
  if (style === 'mule') return emailOf(rng, person(rng));
  return `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${rng.pick(JUNK_MAIL)}`;
}

/** An anti-detect browser: a fresh fingerprint on every order, a common desktop or phone agent. */
function freshDevice(rng: Rng): Device {
  const d = deviceOf(rng, rng.chance(0.35));
  return { userAgent: d.userAgent, id: `dv_${rng.token(20)}` };
}

/** Where a crew connects from for one order: careful crews rent US residential exits, sloppy ones do not bother. */
function crewIp(rng: Rng, c: Crew): string {
  if (c.careful) return ipOn(rng, rng.chance(0.93) ? residentialProxy(rng) : 'us-cloud');
  return ipOn(rng, rng.chance(0.7) ? c.origin : rng.pick(['us-cloud', 'nl-hosting'] as const));
}

/** When a crew works: careful ones keep US evening hours, sloppy ones their own day. */
function crewAt(rng: Rng, w: World, c: Crew, late = 0.3): number {
  return c.careful
    ? placeAt(rng, w.window, -5, 'late', late)
    : placeAt(rng, w.window, c.tz, 'consumer', late);
}

/**
 * A stolen card's attempts. Careful crews type the cardholder's billing address (AVS passes) and one card goes
 * through or is declined; some have it in Apple Pay after phishing the bank's one-time code. Sloppy crews work
 * through a list: wrong ZIP, declines, the next card.
 */
function stolenAttempts(rng: Rng, careful: boolean, card: HeldCard): (amount: number) => Attempt[] {
  return (amount) => {
    if (careful) {
      const entry = rng.chance(0.15) ? 'wallet' : 'typed';
      const ok = rng.chance(amount > 300_000 ? 0.78 : 0.88);
      const first = cardAttempt(rng, card, {
        entry,
        match: 'good',
        ok,
        decline: rng.pick<Decline>([
          'do_not_honor',
          'stolen_card',
          'insufficient_funds',
          'card_velocity_exceeded',
        ]),
        afterMs: firstAuth(rng),
      });
      if (ok || rng.chance(0.5)) return [first];
      const next = newCard(rng, 'US');
      return [
        first,
        cardAttempt(rng, next, {
          entry: 'typed',
          match: 'partial',
          ok: rng.chance(0.5),
          decline: 'do_not_honor',
          afterMs: retryGap(rng),
        }),
      ];
    }
    const tries = rng.weightedPick<number>([
      [1, 35],
      [2, 30],
      [3, 20],
      [4, 15],
    ]);
    const out: Attempt[] = [];
    let c = card;
    for (let i = 0; i < tries; i++) {
      const last = i === tries - 1;
      const ok = last && rng.chance(0.55);
      out.push(
        cardAttempt(rng, c, {
          entry: 'typed',
          match: rng.chance(0.55) ? 'bad' : 'partial',
          ok,
          decline: rng.weightedPick<Decline>([
            ['stolen_card', 20],
            ['do_not_honor', 30],
            ['incorrect_zip', 20],
            ['insufficient_funds', 15],
            ['lost_card', 10],
            ['incorrect_cvc', 5],
          ]),
          afterMs: i === 0 ? firstAuth(rng) : rng.int(20_000, 3 * MINUTE),
        }),
      );
      c = newCard(rng, 'US');
    }
    return out;
  };
}

interface Aftermath {
  /** The store's review stops it before it ships (cancelled, refunded). */
  caught: number;
  warning: number;
  dispute: number;
  reason?: string;
  /** Days after the order the dispute comes. */
  days?: readonly [number, number];
  /** A readdress to a drop before it ships. */
  readdress?: Place;
}

/** What follows a fraudulent order that was paid: caught in review, or shipped and later warned about and disputed. */
function aftermath(rng: Rng, d: Draft, a: Aftermath): (b: { amount: number }) => LaterEvent[] {
  return () => {
    if (rng.chance(a.caught)) {
      const at = rng.int(2, 20) * HOUR;
      const out: LaterEvent[] = [
        { type: 'order.cancelled', afterMs: at, reason: 'suspected_fraud' },
        { type: 'refund.created', afterMs: at + rng.int(10, 90) * MINUTE, reason: 'fraudulent' },
      ];
      if (rng.chance(0.4))
        out.push({
          type: 'fraud_warning.created',
          afterMs: rng.int(2, 10) * DAY,
          reason: 'unauthorized_use_of_card',
        });
      return out;
    }
    const out = fulfil(rng, { fulfilment: d.fulfilment, speed: d.speed, abroad: false });
    if (a.readdress) {
      const ship = out[0]?.afterMs ?? 6 * HOUR;
      out.push({
        type: 'order.updated',
        afterMs: Math.max(20 * MINUTE, ship - rng.int(1, 5) * HOUR),
        shipping: a.readdress.address,
        reason: 'address_change',
      });
    }
    if (rng.chance(a.warning))
      out.push({
        type: 'fraud_warning.created',
        afterMs: rng.int(2, 14) * DAY,
        reason: 'unauthorized_use_of_card',
      });
    const [from, to] = a.days ?? [15, 60];
    if (rng.chance(a.dispute))
      out.push({
        type: 'dispute.created',
        afterMs: rng.int(from, to) * DAY,
        reason: a.reason ?? 'fraudulent',
      });
    return out;
  };
}

function base(
  rng: Rng,
  w: World,
  kind: FraudKind,
  o: {
    at: number;
    buyer: Buyer;
    billing: Place;
    ship?: Place;
    ip: string;
    device: Device;
    lines: BasketLine<Category>[];
  },
): Draft {
  const ship = o.ship ?? o.billing;
  return {
    kind,
    fraud: true,
    at: o.at,
    buyer: o.buyer,
    billing: o.billing.address,
    shipping: ship.address,
    taxRegion: ship.region,
    fulfilment: 'ship',
    speed: speedFor(rng, w.window, o.at),
    ip: o.ip,
    device: o.device,
    lines: o.lines,
  };
}

function stolenCardReship(rng: Rng, w: World, cs: Crew[]): Purchase {
  const c = rng.pick(cs);
  const v = victim(rng);
  const at = crewAt(rng, w, c);
  const email = fraudEmail(rng, c.mail, v.who);
  // Careful crews sometimes let an account age a few weeks first; most check out as guests.
  const buyer: Buyer =
    c.careful && rng.chance(0.15)
      ? { id: `cus_${rng.token(14)}`, email, name: v.who.name, createdAt: at - rng.int(14, 120) * DAY }
      : freshBuyer(rng, at, email, v.who.name, 0.3);
  const route = rng.weightedPick<'drop' | 'readdress' | 'mule_home'>(
    c.careful
      ? [
          ['drop', 55],
          ['readdress', 15],
          ['mule_home', 30],
        ]
      : [
          ['drop', 85],
          ['mule_home', 15],
        ],
  );
  const drop = rng.pick(c.drops);
  const ship =
    route === 'drop'
      ? drop
      : route === 'mule_home'
        ? { region: drop.region, address: addressIn(rng, drop.region) }
        : v.home;
  // A sloppy crew has the card number, not the cardholder's address: it types the drop as billing.
  const billing = c.careful ? v.home : ship;
  const d = base(rng, w, 'stolen_card_reship', {
    at,
    buyer,
    billing,
    ship,
    ip: crewIp(rng, c),
    device: c.careful ? freshDevice(rng) : c.device,
    lines: pieces(rng, RESALE, 0.25),
  });
  d.speed = rng.chance(0.65) ? 'overnight' : 'two_day';
  if (rng.chance(0.2)) d.giftMessage = giftNote(rng);
  return finish(
    d,
    stolenAttempts(rng, c.careful, v.card),
    aftermath(rng, d, {
      caught: 0.15,
      warning: 0.35,
      dispute: 0.75,
      ...(route === 'readdress' ? { readdress: drop } : {}),
    }),
  );
}

const METROS = ['NY', 'FL', 'TX', 'CA', 'NJ', 'GA', 'IL'];

function holdPickupMule(rng: Rng, w: World): Purchase {
  const v = victim(rng);
  const at = placeAt(rng, w.window, -5, 'late', 0.3);
  // The counter is in the cardholder's own city (it all looks local) or where the mule lives.
  const code = rng.pick(METROS);
  const metro = US_STATES.find((s) => s.code === code) ?? pickRegion(rng, 'US');
  const near = rng.chance(0.5) ? v.home : { region: metro, address: addressIn(rng, metro) };
  const hold = holdLocation(rng, near);
  const email = rng.chance(0.6) ? emailOf(rng, v.who) : emailOf(rng, person(rng));
  const d = base(rng, w, 'hold_pickup_mule', {
    at,
    buyer: freshBuyer(rng, at, email, v.who.name, 0.3),
    billing: v.home,
    ship: hold,
    ip: ipOn(rng, rng.chance(0.85) ? residentialProxy(rng) : 'us-cloud'),
    device: freshDevice(rng),
    lines: pieces(rng, RESALE, 0.15),
  });
  d.fulfilment = 'hold_at_location';
  d.speed = rng.chance(0.7) ? 'overnight' : 'two_day';
  return finish(
    d,
    stolenAttempts(rng, true, v.card),
    aftermath(rng, d, { caught: 0.08, warning: 0.35, dispute: 0.7 }),
  );
}

/**
 * Card testing: runs of four to twelve guest checkouts a minute or three apart, at night, on the $25 and $50
 * e-gift cards and the polishing cloth, cards from one or two BINs, rotating cloud or residential exits; most are
 * declined.
 */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let run = 0;
  while (out.length < count) {
    const r = rng.fork(`run${run++}`);
    const size = Math.min(count - out.length, r.int(4, 12));
    const bins = Array.from({ length: r.int(1, 2) }, () => binOf(r, 'US'));
    const exits = r.weightedPick<'cloud' | 'proxy' | 'abroad'>([
      ['cloud', 40],
      ['proxy', 45],
      ['abroad', 15],
    ]);
    const shared = r.chance(0.5) ? { id: `dv_${r.token(20)}`, userAgent: USER_AGENTS.windows } : undefined;
    const item = r.weightedPick([
      [giftCard(25), 45],
      [C.cloth, 30],
      [giftCard(50), 25],
    ] as const);
    let t = placeAt(r, w.window, -5, 'night');
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      t = Math.min(w.window.end - 1000, t + (i === 0 ? 0 : o.int(20_000, 4 * MINUTE)));
      const who = person(o);
      const home = homePlace(o, 0);
      const email = fraudEmail(o, 'junk', who);
      const ip =
        exits === 'cloud'
          ? ipOn(o, o.chance(0.8) ? 'us-cloud' : 'nl-hosting')
          : exits === 'proxy'
            ? ipOn(o, residentialProxy(o))
            : ipOn(o, o.pick(['vn-broadband', 'ng-mobile', 'ro-broadband'] as const));
      const d = base(o, w, 'card_testing', {
        at: t,
        buyer: { email, name: who.name },
        billing: home,
        ip,
        device: shared ?? { userAgent: USER_AGENTS.windows },
        lines: [lineOf(item)],
      });
      if (item.category === 'e_gift_card') {
        d.fulfilment = 'email';
        delete d.shipping;
        delete d.taxRegion;
        d.recipientEmail = email;
      } else d.speed = 'ground';
      const pay = () => {
        const tries = o.weightedPick<number>([
          [1, 60],
          [2, 28],
          [3, 12],
        ]);
        const attempts: Attempt[] = [];
        for (let k = 0; k < tries; k++) {
          const [bin, brand] = o.pick(bins);
          const card: HeldCard = {
            bin,
            last4: o.digits(4),
            brand,
            country: 'US',
            fingerprint: `fp_${o.token(16)}`,
            funding: 'credit',
          };
          const ok = k === tries - 1 && o.chance(0.12);
          attempts.push(
            cardAttempt(o, card, {
              entry: 'typed',
              match: o.weightedPick<'good' | 'partial' | 'bad'>([
                ['good', 20],
                ['partial', 30],
                ['bad', 50],
              ]),
              ok,
              decline: o.weightedPick<Decline>([
                ['incorrect_cvc', 25],
                ['do_not_honor', 20],
                ['stolen_card', 10],
                ['expired_card', 15],
                ['insufficient_funds', 10],
                ['incorrect_number', 10],
                ['lost_card', 5],
                ['pickup_card', 5],
              ]),
              afterMs: k === 0 ? o.int(3_000, 15_000) : o.int(2_000, 20_000),
            }),
          );
        }
        return attempts;
      };
      out.push(finish(d, pay, aftermath(o, d, { caught: 0.1, warning: 0.3, dispute: 0.1 })));
    }
  }
  return out;
}

function accountTakeover(rng: Rng, w: World): Purchase {
  const aged = w.customers.filter((c) => c.createdAt < w.window.start - 60 * DAY);
  const a: Account = rng.pick(aged.length > 0 ? aged : w.customers);
  const access = rng.weightedPick<NetworkName | 'proxy'>([
    ['proxy', 55],
    ['us-cloud', 18],
    ['us-mobile-a', 12],
    ['ng-mobile', 5],
    ['vn-broadband', 4],
    ['nl-hosting', 6],
  ]);
  const at = placeAt(rng, w.window, a.home.region.tz, rng.chance(0.4) ? 'night' : 'late');
  // Most leave the e-mail alone so the owner sees nothing; some change it first.
  const email = rng.chance(0.8) ? a.email : fraudEmail(rng, 'junk', a.person);
  const goal = rng.weightedPick<'egift' | 'drop' | 'readdress'>([
    ['egift', 40],
    ['drop', 35],
    ['readdress', 25],
  ]);
  const drop = rng.chance(0.7) ? reshipAddress(rng) : holdLocation(rng, a.home);
  const lines: BasketLine<Category>[] =
    goal === 'egift' ? [lineOf(giftCard(rng.pick([500, 1000])), rng.int(1, 3))] : pieces(rng, RESALE, 0.15);
  const d = base(rng, w, 'account_takeover', {
    at,
    buyer: { id: a.id, email, name: a.name, createdAt: a.createdAt },
    billing: a.home,
    ship: goal === 'drop' ? drop : a.home,
    ip: ipOn(rng, access === 'proxy' ? residentialProxy(rng) : access),
    device: freshDevice(rng),
    lines,
  });
  d.tier = a.tier;
  if (a.tier !== 'member' && rng.chance(0.3)) d.code = 'CIRCLE15';
  if (goal === 'egift') {
    d.fulfilment = 'email';
    delete d.shipping;
    delete d.taxRegion;
    d.recipientEmail = fraudEmail(rng, 'junk', person(rng));
  } else if (goal === 'drop' && drop.address.line1?.includes('HOLD')) d.fulfilment = 'hold_at_location';
  if (d.fulfilment !== 'email') d.speed = 'overnight';
  const card = rng.pick(a.cards);
  const pay = () => [
    cardAttempt(rng, card, {
      entry: 'saved',
      match: 'good',
      ok: rng.chance(0.93),
      decline: 'do_not_honor',
      afterMs: rng.int(4_000, 20_000),
    }),
  ];
  const after = (b: { amount: number }) => {
    const out = aftermath(rng, d, {
      caught: 0.1,
      warning: 0.25,
      dispute: 0.55,
      days: [7, 40],
      ...(goal === 'readdress' ? { readdress: drop } : {}),
    })(b);
    if (!out.some((l) => l.type === 'dispute.created' || l.type === 'order.cancelled') && rng.chance(0.4))
      out.push({ type: 'refund.created', afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' });
    return out;
  };
  return finish(d, pay, after);
}

const MID = GIFTS.filter(([p]) => p.price >= 40_000 && p.price <= 300_000);

function triangulation(rng: Rng, w: World): Purchase {
  const v = victim(rng);
  // The goods go to someone who bought them at a bargain on a marketplace listing, at their real address.
  const buyerHome = homePlace(rng, 0);
  const at = placeAt(rng, w.window, -5, 'late', 0.1);
  const access = rng.weightedPick<'proxy' | 'cloud' | 'abroad'>([
    ['proxy', 65],
    ['cloud', 20],
    ['abroad', 15],
  ]);
  const ip =
    access === 'proxy'
      ? ipOn(rng, residentialProxy(rng))
      : access === 'cloud'
        ? ipOn(rng, 'us-cloud')
        : ipOn(rng, rng.pick(['ng-mobile', 'vn-broadband', 'ro-broadband'] as const));
  const d = base(rng, w, 'triangulation', {
    at,
    buyer: freshBuyer(rng, at, emailOf(rng, person(rng)), v.who.name, 0.2),
    billing: v.home,
    ship: buyerHome,
    ip,
    device: freshDevice(rng),
    lines: [lineOf(rng.weightedPick([...MID, [C.rope, 3], [C.diver, 2]]))],
  });
  d.speed = rng.chance(0.7) ? 'ground' : 'two_day';
  return finish(
    d,
    stolenAttempts(rng, access === 'proxy', v.card),
    aftermath(rng, d, { caught: 0.04, warning: 0.3, dispute: 0.7, days: [20, 60] }),
  );
}

function friendlyFraud(rng: Rng, w: World): Purchase {
  // A real customer, a real card, delivered with a signature; then "never arrived", "not me" or "not as described".
  const known = rng.chance(0.5);
  const a = known ? rng.pick(w.customers.filter((c) => c.home.region.country === 'US')) : undefined;
  const who = a?.person ?? person(rng);
  const home = a?.home ?? homePlace(rng, 0);
  const cards = a?.cards ?? [newCard(rng, 'US')];
  const at = placeAt(rng, w.window, home.region.tz, 'consumer');
  const email = a?.email ?? emailOf(rng, who);
  const d = base(rng, w, 'friendly_fraud', {
    at,
    buyer: a
      ? { id: a.id, email, name: a.name, createdAt: a.createdAt }
      : freshBuyer(rng, at, email, who.name, 0.4),
    billing: home,
    ip: ipOn(rng, a?.network ?? consumerNetwork(rng, 'US')),
    device: a && rng.chance(0.8) ? rng.pick(a.devices) : deviceOf(rng),
    lines: pieces(rng, rng.chance(0.4) ? RESALE : GIFTS, 0.15),
  });
  if (a) d.tier = a.tier;
  if (rng.chance(0.3)) d.giftMessage = giftNote(rng);
  const reason = rng.weightedPick<string>([
    ['product_not_received', 50],
    ['fraudulent', 30],
    ['product_unacceptable', 20],
  ]);
  return finish(
    d,
    (amount) => honestPay(rng, { cards, country: 'US', signedIn: Boolean(a) }, amount, 0.02),
    aftermath(rng, d, { caught: 0, warning: 0.05, dispute: 1, reason, days: [18, 55] }),
  );
}

const SWAPPABLE = RESALE.filter(([p]) =>
  ['diamond_studs', 'tennis_bracelet', 'engagement_ring', 'watch'].includes(p.category),
);

function returnSwitch(rng: Rng, w: World): Purchase {
  // Buys natural diamonds or a Swiss watch, sends back a lab-grown, moissanite or replica in the box, gets refunded.
  const who = person(rng);
  const home = homePlace(rng, 0);
  const at = placeAt(rng, w.window, home.region.tz, 'consumer');
  const email = emailOf(rng, who);
  const buyer: Buyer = rng.chance(0.6)
    ? { id: `cus_${rng.token(14)}`, email, name: who.name, createdAt: at - rng.int(1, 120) * DAY }
    : { email, name: who.name };
  const d = base(rng, w, 'return_switch', {
    at,
    buyer,
    billing: home,
    ip: ipOn(rng, consumerNetwork(rng, 'US')),
    device: deviceOf(rng),
    lines: [lineOf(rng.weightedPick(SWAPPABLE))],
  });
  const cards = [newCard(rng, 'US')];
  return finish(
    d,
    (amount) => honestPay(rng, { cards, country: 'US', signedIn: 'id' in buyer }, amount, 0.03),
    () => {
      const out = fulfil(rng, { fulfilment: d.fulfilment, speed: d.speed, abroad: false });
      const delivered = out[out.length - 1]?.afterMs ?? 3 * DAY;
      out.push({
        type: 'refund.created',
        afterMs: delivered + rng.int(8, 26) * DAY,
        reason: 'requested_by_customer',
      });
      return out;
    },
  );
}

type Planner = (rng: Rng, w: World, cs: Crew[]) => Purchase;

const PLANNERS: Record<Exclude<FraudKind, 'card_testing'>, Planner> = {
  stolen_card_reship: stolenCardReship,
  hold_pickup_mule: (rng, w) => holdPickupMule(rng, w),
  account_takeover: (rng, w) => accountTakeover(rng, w),
  triangulation: (rng, w) => triangulation(rng, w),
  friendly_fraud: (rng, w) => friendlyFraud(rng, w),
  return_switch: (rng, w) => returnSwitch(rng, w),
  sanctioned_country: (rng, w) => sanctioned(rng, w),
};

/** `count` fraudulent purchases, allocated across the kinds by weight, each kind on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const cs = crews(rng.fork('crews'));
  const out: Purchase[] = [];
  for (const kind of Object.keys(FRAUD) as FraudKind[]) {
    const r = rng.fork(kind);
    if (kind === 'card_testing') out.push(...cardTesting(r, w, n[kind]));
    else for (let i = 0; i < n[kind]; i++) out.push(PLANNERS[kind](r.fork(`${i}`), w, cs));
  }
  return out;
}
