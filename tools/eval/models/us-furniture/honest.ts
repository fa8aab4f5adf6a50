import { type Rng } from '../kit/random.js';
import { type Decline, newCard } from './cards.js';
import {
  basketOf,
  decorLines,
  designerLines,
  giftLines,
  hasLarge,
  type Line,
  mattressLines,
  protectionPlan,
  rentalLines,
  roomLines,
  type Service,
  type Terms,
} from './catalogue.js';
import {
  CANADA,
  DE_HOME,
  GB_HOME,
  IT_HOME,
  JP_HOME,
  KR_HOME,
  MX_HOME,
  type Network,
  NG_MOBILE,
  US_CLOUD,
  US_OFFICE,
  US_VPS,
  VN_HOME,
} from './networks.js';
import { person } from './people.js';
import {
  ALASKA,
  HAWAII,
  homeIn,
  militaryPost,
  nearBase,
  type Place,
  placeIn,
  PROVINCES,
  regionOf,
  stateByCode,
  streetLine,
  suburban,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  deliverySteps,
  firstAuth,
  financedPay,
  HOUR,
  honestAfter,
  honestPay,
  type LaterEvent,
  type Paid,
  type Purchase,
  retried,
} from './purchase.js';
import {
  connect,
  type Connection,
  firstTimer,
  fromAccount,
  payerOf,
  type Shopper,
  timeAt,
  type World,
} from './shoppers.js';

/** Honest kinds and their weights (any scale). */
export const HONEST = {
  household: 22,
  decor_parcel: 15,
  financed: 10,
  new_home_mover: 9,
  gift_shipment: 6,
  rental_host: 6,
  trade_designer: 5,
  military_family: 4,
  away_or_vpn: 6,
  card_retry: 5,
  remote_delivery: 3,
  return_or_dispute: 5,
} as const;
export type HonestKind = keyof typeof HONEST;

const GIFT_NOTES = [
  'Happy housewarming! Love, Mom & Dad',
  'For your first apartment - so proud of you',
  'Happy birthday Dad, no more sleeping in the old chair',
  'Congrats on the new place!',
  'Happy Valentine’s Day',
  'For the nursery, with love from Grandma',
];

const RENTAL_NOTES = [
  'Lockbox on side door, code texted separately. Guests check in Fri - deliver before',
  'Cleaner on site 10-2, please call host on arrival',
  'Vacation rental, no one on site - call for gate code',
  'Unit is upstairs, elevator in building',
];

const MOVER_NOTES = [
  'Closing on the 19th, please deliver after',
  'New construction, no house number on mailbox yet',
  'Call on arrival',
];

interface Plan {
  who: Shopper;
  at: number;
  conn: Connection;
  billing: Place;
  to: Place | undefined;
  lines: Line[];
  terms: Omit<Terms, 'to'>;
  madeToOrder?: boolean;
  paid: Paid;
  extra?: Partial<Purchase>;
  later?: (p: { basket: Purchase['basket']; at: number }) => LaterEvent[];
}

/** The purchase from a plan: its basket, payment and, unless the plan says otherwise, an honest aftermath. */
function build(rng: Rng, kind: HonestKind, p: Plan): Purchase {
  const basket = basketOf(p.lines, { ...p.terms, to: p.to }, p.madeToOrder ?? false);
  const remote =
    p.to !== undefined && (p.to.country !== 'US' || p.to.region === 'AK' || p.to.region === 'HI');
  return {
    at: p.at,
    fraud: false,
    kind,
    basket,
    buyer: p.who.buyer,
    billing: p.billing,
    ...(p.to ? { shipping: p.to } : {}),
    ip: p.conn.ip,
    device: p.conn.device,
    channel: p.conn.channel,
    attempts: p.paid.attempts,
    ...(p.paid.financing ? { financing: p.paid.financing } : {}),
    later: p.later ? p.later({ basket, at: p.at }) : honestAfter(rng, basket, p.at, remote),
    ...p.extra,
  };
}

/** The amount a basket will come to, to choose how to pay before the basket is final. */
const estimate = (lines: readonly Line[]) =>
  Math.round(lines.reduce((s, l) => s + l.price * l.quantity, 0) * 1.08);

const withPlan = (rng: Rng, lines: Line[], share: number): Line[] => {
  const plan = hasLarge(lines) && rng.chance(share) ? protectionPlan(lines) : undefined;
  return plan ? [...lines, plan] : lines;
};

const service = (rng: Rng, whiteGlove = 0.55): Service =>
  rng.chance(whiteGlove) ? 'white_glove' : 'threshold';

/** The sale's codes: 10 % off $1,999 and more; 10 % off a first order for newsletter sign-ups. */
function saleCode(rng: Rng, lines: readonly Line[], first: boolean): Pick<Terms, 'code' | 'off'> {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  if (subtotal >= 199_900 && rng.chance(0.55)) return { code: 'PRESDAY10', off: 0.1 };
  if (first && rng.chance(0.2)) return { code: 'WELCOME10', off: 0.1 };
  return {};
}

/** A customer of the store, or a first-timer at a home drawn by the state's share. */
function someone(
  rng: Rng,
  w: World,
  accountShare: number,
  newAccounts: number,
  curve: 'household' | 'office' = 'household',
) {
  if (rng.chance(accountShare)) {
    const who = fromAccount(rng.pick(w.customers));
    return { who, at: timeAt(rng, w, who.home, curve), first: false };
  }
  const home = homeIn(rng);
  const at = timeAt(rng, w, home, curve);
  return { who: firstTimer(rng, home, at, newAccounts), at, first: true };
}

function household(rng: Rng, w: World): Purchase {
  const { who, at, first } = someone(rng, w, 0.62, 0.45);
  const conn = connect(rng, who);
  const pickup = who.home.region === 'NC' && rng.chance(0.25);
  const lines = withPlan(rng, rng.chance(0.72) ? roomLines(rng) : mattressLines(rng), 0.3);
  return build(rng, 'household', {
    who,
    at,
    conn,
    billing: who.home,
    to: pickup ? undefined : who.home,
    lines,
    terms: { service: service(rng), ...saleCode(rng, lines, first) },
    madeToOrder: rng.chance(0.15),
    paid: honestPay(rng, payerOf(who, conn), estimate(lines)),
  });
}

function decorParcel(rng: Rng, w: World): Purchase {
  const { who, at, first } = someone(rng, w, 0.45, 0.3);
  const conn = connect(rng, who, 0.55);
  const lines = decorLines(rng);
  return build(rng, 'decor_parcel', {
    who,
    at,
    conn,
    billing: who.home,
    to: who.home,
    lines,
    terms: { service: 'threshold', ...saleCode(rng, lines, first) },
    paid: honestPay(rng, payerOf(who, conn), estimate(lines)),
  });
}

function financed(rng: Rng, w: World): Purchase {
  const { who, at } = someone(rng, w, 0.5, 0.8);
  const conn = connect(rng, who);
  const lines = withPlan(
    rng,
    rng.chance(0.5) ? [...roomLines(rng), ...roomLines(rng)] : roomLines(rng),
    0.45,
  );
  return build(rng, 'financed', {
    who,
    at,
    conn,
    billing: who.home,
    to: who.home,
    lines,
    terms: { service: service(rng, 0.65), ...saleCode(rng, lines, false) },
    madeToOrder: rng.chance(0.15),
    paid: financedPay(rng, payerOf(who, conn), estimate(lines)),
  });
}

function newHomeMover(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.4);
  const old = known ? fromAccount(rng.pick(w.customers)) : undefined;
  const oldHome = old?.home ?? homeIn(rng);
  const newHome = rng.chance(0.35)
    ? suburban(rng)
    : rng.chance(0.6)
      ? homeIn(rng)
      : placeIn(rng, regionOf(oldHome.region), 'US', 0.3);
  const at = timeAt(rng, w, newHome);
  const who = old ?? firstTimer(rng, oldHome, at, 0.6);
  const conn = connect(rng, who, 0.65);
  const typedNew = rng.chance(0.3);
  const lines = withPlan(
    rng,
    [...roomLines(rng), ...(rng.chance(0.6) ? roomLines(rng) : mattressLines(rng))],
    0.35,
  );
  const renumbered = rng.chance(0.12);
  return build(rng, 'new_home_mover', {
    who,
    at,
    conn,
    billing: typedNew ? newHome : oldHome,
    to: newHome,
    lines,
    terms: { service: service(rng, 0.7), ...saleCode(rng, lines, !known) },
    madeToOrder: rng.chance(0.1),
    paid: honestPay(rng, payerOf(who, conn, typedNew ? 'moved' : 'good'), estimate(lines)),
    extra: rng.chance(0.3) ? { deliveryNotes: rng.pick(MOVER_NOTES) } : {},
    later: ({ basket, at: placed }) => {
      const steps = honestAfter(rng, basket, placed, false);
      if (renumbered && steps[0]?.type !== 'order.cancelled')
        steps.push({
          type: 'order.updated',
          afterMs: rng.int(12, 96) * HOUR,
          reason: 'address_change',
          shipping: { ...newHome, line1: streetLine(rng, 0.5) },
        });
      return steps;
    },
  });
}

function giftShipment(rng: Rng, w: World): Purchase {
  const { who, at } = someone(rng, w, 0.6, 0.4);
  const conn = connect(rng, who);
  const family = rng.chance(0.6);
  const recipient = person(rng, family ? who.person.last : undefined);
  const to = rng.chance(0.25) ? placeIn(rng, regionOf(who.home.region)) : homeIn(rng);
  const lines = giftLines(rng);
  return build(rng, 'gift_shipment', {
    who,
    at,
    conn,
    billing: who.home,
    to,
    lines,
    terms: { service: service(rng, 0.75), ...saleCode(rng, lines, false) },
    paid: honestPay(rng, payerOf(who, conn), estimate(lines)),
    extra: { recipient: recipient.name, ...(rng.chance(0.45) ? { giftMessage: rng.pick(GIFT_NOTES) } : {}) },
  });
}

function rentalHost(rng: Rng, w: World): Purchase {
  const host = rng.pick(w.hosts);
  const who = fromAccount(host);
  const at = timeAt(rng, w, who.home, rng.chance(0.4) ? 'office' : 'household');
  const conn = connect(rng, who, 0.4);
  const lines = rentalLines(rng);
  const business = host.cards[0] as (typeof host.cards)[number];
  const paid: Paid =
    business.funding === 'commercial' && rng.chance(0.8)
      ? {
          attempts: [
            cardAttempt(rng, business, {
              entry: rng.chance(0.6) ? 'saved' : 'typed',
              ok: true,
              afterMs: firstAuth(rng),
            }),
          ],
        }
      : honestPay(rng, payerOf(who, conn), estimate(lines));
  return build(rng, 'rental_host', {
    who,
    at,
    conn,
    billing: who.home,
    to: rng.pick(host.rentals),
    lines,
    terms: { service: service(rng, 0.45), ...saleCode(rng, lines, false) },
    paid,
    extra: rng.chance(0.5) ? { deliveryNotes: rng.pick(RENTAL_NOTES) } : {},
  });
}

function tradeDesigner(rng: Rng, w: World): Purchase {
  const t = rng.pick(w.trade);
  const who = fromAccount(t);
  const at = timeAt(rng, w, t.home, 'office');
  const conn = connect(rng, who, 0.3, rng.chance(0.75) ? t.office : undefined);
  const client = rng.chance(0.65) ? person(rng) : undefined;
  const to = client ? placeIn(rng, stateByCode(t.home.region)) : t.home;
  const lines = designerLines(rng);
  const card = t.cards[0] as (typeof t.cards)[number];
  const paid: Paid = rng.chance(0.85)
    ? { attempts: [cardAttempt(rng, card, { entry: 'saved', ok: true, afterMs: firstAuth(rng) })] }
    : honestPay(rng, payerOf(who, conn), estimate(lines));
  return build(rng, 'trade_designer', {
    who,
    at,
    conn,
    billing: t.home,
    to,
    lines,
    terms: { service: service(rng, 0.85), code: 'TRADE20', off: 0.2, exempt: t.resale !== undefined },
    madeToOrder: rng.chance(0.35),
    paid,
    extra: {
      company: { name: t.company, tradeId: t.tradeId, ...(t.resale ? { resaleCertificate: t.resale } : {}) },
      ...(client ? { recipient: client.name } : {}),
    },
  });
}

const ABROAD_NET: Record<string, Network> = { DE: DE_HOME, IT: IT_HOME, JP: JP_HOME, KR: KR_HOME };

function militaryFamily(rng: Rng, w: World): Purchase {
  const overseas = rng.chance(0.4);
  const post = militaryPost(rng);
  const billing = overseas ? post.place : nearBase(rng);
  const to = overseas || rng.chance(0.5) ? nearBase(rng) : billing;
  const at = timeAt(rng, w, overseas ? billing : to);
  const who = firstTimer(rng, billing, at, 0.55, 'military');
  if (rng.chance(0.3)) who.cards.push(newCard(rng));
  const conn = connect(rng, who, 0.4, overseas ? ABROAD_NET[post.abroad] : undefined);
  const lines = withPlan(
    rng,
    rng.chance(0.6) ? [...roomLines(rng), ...mattressLines(rng)] : roomLines(rng),
    0.3,
  );
  return build(rng, 'military_family', {
    who,
    at,
    conn,
    billing,
    to,
    lines,
    terms: { service: service(rng), ...(rng.chance(0.7) ? { code: 'SALUTE10', off: 0.1 } : {}) },
    paid: honestPay(rng, payerOf(who, conn), estimate(lines)),
  });
}

function awayOrVpn(rng: Rng, w: World): Purchase {
  const who = fromAccount(rng.pick(w.customers));
  const travelling = rng.chance(0.5);
  const net = travelling
    ? rng.weightedPick<Network>([
        [MX_HOME, 30],
        [GB_HOME, 20],
        [DE_HOME, 15],
        [IT_HOME, 15],
        [JP_HOME, 10],
        [CANADA[0] as Network, 10],
        [NG_MOBILE, 4],
        [VN_HOME, 3],
      ])
    : rng.weightedPick<Network>([
        [US_CLOUD, 35],
        [US_VPS, 35],
        [US_OFFICE, 30],
      ]);
  const at = timeAt(rng, w, who.home, travelling ? 'any' : 'household');
  const conn = connect(rng, who, 0, net);
  const lines = rng.chance(0.4)
    ? decorLines(rng)
    : rng.chance(0.7)
      ? withPlan(rng, roomLines(rng), 0.3)
      : mattressLines(rng);
  return build(rng, 'away_or_vpn', {
    who,
    at,
    conn,
    billing: who.home,
    to: who.home,
    lines,
    terms: { service: service(rng), ...saleCode(rng, lines, false) },
    paid: honestPay(rng, payerOf(who, conn), estimate(lines)),
  });
}

function cardRetry(rng: Rng, w: World): Purchase {
  const { who, at, first } = someone(rng, w, 0.5, 0.4);
  const conn = connect(rng, who, 0.5);
  const lines = rng.chance(0.6) ? withPlan(rng, roomLines(rng), 0.25) : decorLines(rng);
  const why = rng.weightedPick<Decline>([
    ['incorrect_cvc', 25],
    ['incorrect_zip', 20],
    ['incorrect_number', 12],
    ['expired_card', 10],
    ['do_not_honor', 15],
    ['insufficient_funds', 10],
    ['card_velocity_exceeded', 8],
  ]);
  const payer = payerOf(who, conn, why === 'incorrect_zip' ? 'typo' : 'good');
  const card = rng.pick(who.cards);
  const attempts: Attempt[] = retried(
    rng,
    payer,
    card,
    { entry: 'typed', match: payer.match ?? 'good' },
    why,
    firstAuth(rng),
    estimate(lines) >= 150_000,
    rng.weightedPick([
      [1, 60],
      [2, 28],
      [3, 12],
    ]),
  );
  return build(rng, 'card_retry', {
    who,
    at,
    conn,
    billing: who.home,
    to: who.home,
    lines,
    terms: { service: service(rng), ...saleCode(rng, lines, first) },
    paid: { attempts },
  });
}

function remoteDelivery(rng: Rng, w: World): Purchase {
  const canada = rng.chance(0.55);
  const region = canada
    ? rng.weightedPick(PROVINCES.map((p) => [p, p.weight] as const))
    : rng.pick([ALASKA, HAWAII]);
  const home = placeIn(rng, region, canada ? 'CA' : 'US');
  const at = timeAt(rng, w, home);
  const who = firstTimer(rng, home, at, 0.5, canada ? 'ca' : 'us');
  if (canada) who.network = rng.pick(CANADA);
  if (canada) who.mobile = who.network;
  const conn = connect(rng, who);
  const lines = rng.chance(0.5) ? decorLines(rng) : rng.chance(0.7) ? roomLines(rng) : mattressLines(rng);
  return build(rng, 'remote_delivery', {
    who,
    at,
    conn,
    billing: home,
    to: home,
    lines,
    terms: { service: 'threshold' },
    paid: honestPay(rng, payerOf(who, conn), estimate(lines)),
  });
}

/** Orders that come back: a return with a restocking fee, a concession, a backorder, a genuine dispute. */
function returnOrDispute(rng: Rng, w: World): Purchase {
  const { who, at, first } = someone(rng, w, 0.7, 0.5);
  const conn = connect(rng, who);
  const lines = withPlan(rng, rng.chance(0.7) ? roomLines(rng) : decorLines(rng), 0.3);
  const paid = honestPay(rng, payerOf(who, conn), estimate(lines));
  const outcome = rng.weightedPick<'remorse' | 'concession' | 'replacement' | 'backorder' | 'dispute'>([
    ['remorse', 24],
    ['concession', 26],
    ['replacement', 12],
    ['backorder', 16],
    ['dispute', 22],
  ]);
  return build(rng, 'return_or_dispute', {
    who,
    at,
    conn,
    billing: who.home,
    to: who.home,
    lines,
    terms: { service: service(rng), ...saleCode(rng, lines, first) },
    paid,
    later: ({ basket, at: placed }) => {
      if (outcome === 'backorder') {
        const t = rng.int(14, 35) * DAY;
        return [
          { type: 'order.updated', afterMs: rng.int(1, 4) * DAY, status: 'backordered' },
          { type: 'order.cancelled', afterMs: t, reason: 'backordered' },
          { type: 'refund.created', afterMs: t + rng.int(2, 48) * HOUR, reason: 'requested_by_customer' },
        ];
      }
      const { steps, delivered } = deliverySteps(rng, basket, placed, false);
      const item = rng.pick(basket.lines);
      if (outcome === 'remorse')
        steps.push({
          type: 'refund.created',
          afterMs: delivered + rng.int(10, 28) * DAY,
          reason: 'returned',
          amount: Math.max(
            100,
            Math.round(item.price * item.quantity * 0.85) - (basket.fulfilment === 'parcel' ? 0 : 9_900),
          ),
        });
      else if (outcome === 'concession')
        steps.push({
          type: 'refund.created',
          afterMs: delivered + rng.int(1, 6) * DAY,
          reason: 'damaged_on_arrival',
          amount: Math.round(basket.amount * rng.float(0.1, 0.35)),
        });
      else if (outcome === 'replacement')
        steps.push({
          type: 'refund.created',
          afterMs: delivered + rng.int(2, 10) * DAY,
          reason: 'damaged_on_arrival',
          amount: item.price,
        });
      else {
        const reason = rng.weightedPick<string>([
          ['product_not_received', 40],
          ['product_unacceptable', 30],
          ['duplicate', 15],
          ['credit_not_processed', 15],
        ]);
        if (reason === 'credit_not_processed')
          steps.push({
            type: 'refund.created',
            afterMs: delivered + rng.int(20, 30) * DAY,
            reason: 'returned',
            amount: item.price,
          });
        steps.push({ type: 'dispute.created', afterMs: delivered + rng.int(12, 50) * DAY, reason });
      }
      return steps;
    },
  });
}

const PLANNERS: Record<HonestKind, (rng: Rng, w: World) => Purchase> = {
  household,
  decor_parcel: decorParcel,
  financed,
  new_home_mover: newHomeMover,
  gift_shipment: giftShipment,
  rental_host: rentalHost,
  trade_designer: tradeDesigner,
  military_family: militaryFamily,
  away_or_vpn: awayOrVpn,
  card_retry: cardRetry,
  remote_delivery: remoteDelivery,
  return_or_dispute: returnOrDispute,
};

/** One honest purchase of the drawn kind. */
export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
