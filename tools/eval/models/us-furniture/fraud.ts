import { type Buyer, type Device, paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { soonAfter, when } from './calendar.js';
import { cardOnBin, fraudDecline, type HeldCard, type Issuer, newCard, storeCard } from './cards.js';
import {
  basketOf,
  decorLines,
  type Line,
  marketplaceLines,
  resaleLines,
  roomLines,
  type Service,
  testLines,
} from './catalogue.js';
import {
  fraudAfter,
  fraudConnection,
  fraudDevice,
  fraudEmail,
  fraudNetwork,
  type Outcome,
  type Skill,
  skillOf,
  stolenAttempts,
} from './fraudsters.js';
import {
  CU_NET,
  IR_NET,
  KP_NET,
  type Network,
  SY_NET,
  US_CLOUD,
  US_HOME,
  US_MOBILE,
  US_VPS,
} from './networks.js';
import { device, emailOf, person, UA } from './people.js';
import {
  FORWARDERS,
  forwarder,
  homeIn,
  type Place,
  placeIn,
  regionOf,
  stateByCode,
  suburban,
} from './places.js';
import {
  applicationTime,
  type Attempt,
  cardAttempt,
  DAY,
  deliverySteps,
  type Financing,
  firstAuth,
  HOUR,
  honestPay,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
} from './purchase.js';
import {
  connect,
  type Connection,
  firstTimer,
  fromAccount,
  payerOf,
  timeAt,
  type World,
} from './shoppers.js';

/** Fraud kinds and their weights: each seed's fraud is allocated across them exactly (`allocateKinds`). */
export const FRAUD = {
  stolen_card_drop: 22,
  freight_forwarder: 11,
  account_takeover: 12,
  financing_fraud: 12,
  triangulation: 10,
  card_testing: 9,
  friendly_fraud: 11,
  refund_abuse: 8,
  sanctioned_country: 5,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

interface FraudPlan {
  at: number;
  buyer: Buyer;
  billing: Place;
  to: Place;
  conn: Connection;
  lines: Line[];
  service: Service;
  attempts: Attempt[];
  code?: string;
  off?: number;
  extra?: Partial<Purchase>;
  later: (basket: Purchase['basket'], at: number) => LaterEvent[];
}

function make(kind: FraudKind, p: FraudPlan): Purchase {
  const basket = basketOf(p.lines, {
    to: p.to,
    service: p.service,
    ...(p.code ? { code: p.code, off: p.off ?? 0 } : {}),
  });
  return {
    at: p.at,
    fraud: true,
    kind,
    basket,
    buyer: p.buyer,
    billing: p.billing,
    shipping: p.to,
    ip: p.conn.ip,
    device: p.conn.device,
    channel: p.conn.channel,
    attempts: p.attempts,
    later: paid(p) ? p.later(basket, p.at) : [],
    ...p.extra,
  };
}

/** A guest, or an account opened minutes before checkout. */
const freshBuyer = (rng: Rng, email: string, name: string, at: number, account: number): Buyer =>
  rng.chance(account)
    ? { id: `C${rng.int(9_900_000, 9_999_999)}`, email, name, createdAt: at - rng.int(2, 40) * MINUTE }
    : { email, name };

const DROP_NOTES = [
  'We are moving in this week, leave in garage if no answer',
  'Text on arrival, do not call - at work',
  'Leave on the driveway, gate is open',
  'Deliver to back porch please',
  'Call my husband on arrival',
];

/**
 * A stolen card, usually with the holder's full details, buying resaleable pieces delivered to an empty house
 * (a new-build or listed home, a short-let), signed for on the lawn by a mule; threshold freight preferred.
 */
function stolenCardDrop(rng: Rng, w: World): Purchase {
  const skill = skillOf(rng, 55, 30, 15);
  const victim = person(rng);
  const holderHome = homeIn(rng);
  const to =
    skill === 'careful' && rng.chance(0.35)
      ? placeIn(rng, regionOf(holderHome.region), 'US', 0)
      : rng.chance(0.55)
        ? suburban(rng)
        : homeIn(rng);
  const at = timeAt(rng, w, holderHome, skill === 'sloppy' ? 'night' : 'household');
  const email = fraudEmail(rng, skill, victim);
  return make('stolen_card_drop', {
    at,
    buyer: freshBuyer(rng, email, victim.name, at, 0.45),
    billing: skill === 'sloppy' && rng.chance(0.5) ? to : holderHome,
    to,
    conn: fraudConnection(rng, skill),
    lines: resaleLines(rng),
    service: rng.chance(0.6) ? 'threshold' : 'white_glove',
    attempts: stolenAttempts(rng, skill, skill === 'sloppy' ? 'guess' : 'stolen'),
    extra: {
      ...(rng.chance(0.5) ? { recipient: person(rng).name } : {}),
      ...(rng.chance(0.45) ? { deliveryNotes: rng.pick(DROP_NOTES) } : {}),
    },
    later: (b, placed) =>
      fraudAfter(rng, b, placed, {
        review: 0.2,
        redirect: 0.15,
        efw: 0.35,
        refundOnEfw: 0.35,
        dispute: 0.65,
      }),
  });
}

/** Stolen cards shipping to an export forwarder's dock (West Africa, the Caribbean, Venezuela, Mexico). */
function freightForwarder(rng: Rng, w: World): Purchase {
  const skill = skillOf(rng, 35, 35, 30);
  const victim = person(rng);
  const holderHome = homeIn(rng);
  const to = forwarder(rng);
  const at = skill === 'sloppy' ? when(rng, w.window, 1, 'household') : timeAt(rng, w, holderHome);
  return make('freight_forwarder', {
    at,
    buyer: freshBuyer(rng, fraudEmail(rng, skill, victim), victim.name, at, 0.35),
    billing: holderHome,
    to,
    conn: fraudConnection(rng, skill),
    lines: rng.chance(0.7) ? resaleLines(rng) : [...marketplaceLines(rng), ...marketplaceLines(rng)],
    service: rng.chance(0.85) ? 'threshold' : 'white_glove',
    attempts: stolenAttempts(rng, skill, skill === 'sloppy' ? 'guess' : 'stolen'),
    extra: rng.chance(0.6)
      ? { deliveryNotes: `Deliver to dock, M-F 9-4, ref ${to.line1.split('#')[1] ?? 'on label'}` }
      : {},
    later: (b, placed) =>
      fraudAfter(rng, b, placed, { review: 0.3, redirect: 0.05, efw: 0.3, refundOnEfw: 0.3, dispute: 0.6 }),
  });
}

/**
 * Credential stuffing on an aged account: the saved card and stored address do the work, the delivery goes
 * somewhere new, from a device the account never used. The owner often sees the confirmation e-mail.
 */
function accountTakeover(rng: Rng, w: World): Purchase {
  const aged = w.customers.filter((a) => a.createdAt < w.window.start - 60 * DAY);
  const account = rng.pick(aged.length > 0 ? aged : w.customers);
  const who = fromAccount(account);
  const skill = skillOf(rng, 50, 35, 15);
  const at = timeAt(rng, w, who.home, rng.chance(0.5) ? 'night' : 'any');
  const to = rng.weightedPick<() => Place>([
    [() => suburban(rng), 45],
    [() => homeIn(rng), 30],
    [() => forwarder(rng), 15],
    [() => placeIn(rng, regionOf(who.home.region), 'US', 0.3), 10],
  ])();
  const how = rng.weightedPick<'saved' | 'store' | 'stolen'>([
    ['saved', 70],
    ['store', account.storeCard ? 15 : 0],
    ['stolen', 15],
  ]);
  const attempts: Attempt[] =
    how === 'saved'
      ? [cardAttempt(rng, rng.pick(account.cards), { entry: 'saved', ok: true, afterMs: firstAuth(rng) })]
      : how === 'store' && account.storeCard
        ? [cardAttempt(rng, account.storeCard, { entry: 'saved', ok: true, afterMs: firstAuth(rng) })]
        : stolenAttempts(rng, skill, 'guess');
  return make('account_takeover', {
    at,
    buyer: who.buyer,
    billing: who.home,
    to,
    conn: fraudConnection(rng, skill),
    lines: rng.chance(0.6) ? resaleLines(rng) : marketplaceLines(rng),
    service: rng.chance(0.65) ? 'threshold' : 'white_glove',
    attempts,
    extra: rng.chance(0.5) ? { recipient: person(rng).name } : {},
    later: (b, placed) =>
      fraudAfter(rng, b, placed, {
        review: 0.15,
        reviewReason: 'customer_reported',
        redirect: 0.1,
        efw: 0.2,
        refundOnEfw: 0.5,
        dispute: 0.6,
      }),
  });
}

/**
 * Financing in a stolen identity: a new account in the victim's name and address (the credit file must match),
 * Affirm or an instant store-card line, a big basket, delivery to a drop or rerouted there by phone.
 */
function financingFraud(rng: Rng, w: World, ring: readonly Device[]): Purchase {
  const skill = skillOf(rng, 60, 40, 0);
  const victim = person(rng);
  const home = homeIn(rng);
  const atHome = rng.chance(0.35);
  const to = atHome ? home : suburban(rng);
  const at = timeAt(rng, w, home);
  const dev = rng.chance(0.35) ? rng.pick(ring) : fraudDevice(rng, skill);
  const email = emailOf(rng, victim, rng.pick(['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com']));
  const lines = rng.chance(0.5) ? [...resaleLines(rng), ...roomLines(rng)] : resaleLines(rng);
  const total = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const provider = rng.chance(0.55) ? 'affirm' : 'store_card';
  const months = provider === 'affirm' ? rng.pick([12, 24, 36]) : rng.pick([36, 48, 60]);
  let financing: Financing | undefined;
  const attempts: Attempt[] = [];
  const approve = (which: 'affirm' | 'store_card', after: number) => {
    attempts.push(
      which === 'affirm'
        ? other('affirm', true, after)
        : cardAttempt(rng, storeCard(rng), { entry: 'typed', match: 'stolen', ok: true, afterMs: after }),
    );
    financing = { provider: which, months, opened: true };
  };
  if (rng.chance(provider === 'affirm' ? 0.78 : 0.7)) approve(provider, applicationTime(rng));
  else {
    attempts.push(other(provider, false, applicationTime(rng), 'financing_declined'));
    const second = provider === 'affirm' ? 'store_card' : 'affirm';
    if (rng.chance(0.5)) approve(second, applicationTime(rng));
    else attempts.push(other(second, false, applicationTime(rng), 'financing_declined'));
  }
  return make('financing_fraud', {
    at,
    buyer: {
      id: `C${rng.int(9_900_000, 9_999_999)}`,
      email,
      name: victim.name,
      createdAt: at - rng.int(3, 60) * MINUTE,
    },
    billing: home,
    to,
    conn: fraudConnection(rng, skill, undefined, dev),
    lines,
    service: total > 400_000 ? 'white_glove' : rng.chance(0.5) ? 'threshold' : 'white_glove',
    attempts,
    extra: financing ? { financing } : {},
    later: (b, placed) => {
      const { steps } = deliverySteps(rng, b, placed, false);
      if (atHome && rng.chance(0.6))
        steps.push({
          type: 'order.updated',
          afterMs: rng.int(24, 120) * HOUR,
          reason: 'address_change',
          shipping: suburban(rng),
        });
      if (financing?.provider === 'affirm') {
        if (rng.chance(0.25))
          steps.push({ type: 'refund.created', afterMs: rng.int(30, 70) * DAY, reason: 'fraudulent' });
      } else if (rng.chance(0.15))
        steps.push({ type: 'fraud_warning.created', afterMs: rng.int(20, 40) * DAY, reason: 'fraudulent' });
      else if (rng.chance(0.45))
        steps.push({ type: 'dispute.created', afterMs: rng.int(30, 75) * DAY, reason: 'fraudulent' });
      return steps;
    },
  });
}

/**
 * Triangulation: a marketplace seller "sells" our furniture cheaply, then buys it here with a stolen card and
 * ships it to their real buyer, who signs for it; one seller runs several orders from one browser.
 */
function triangulationRing(rng: Rng, w: World, size: number): Purchase[] {
  const skill = skillOf(rng, 35, 40, 25);
  const net = fraudNetwork(rng, skill);
  const dev = fraudDevice(rng, skill);
  const storeEmail = rng.chance(0.5)
    ? `${rng.pick(['homedeals', 'furnish', 'decorhub', 'bestbuyz', 'shopnest'])}.${rng.token(5)}@gmail.com`
    : undefined;
  return Array.from({ length: size }, (_, i) => {
    const r = rng.fork(`t${i}`);
    const victim = person(r);
    const holderHome = homeIn(r);
    const buyerOfListing = person(r);
    const to = homeIn(r);
    const at = timeAt(r, w, to, skill === 'sloppy' ? 'any' : 'household');
    return make('triangulation', {
      at,
      buyer: freshBuyer(r, storeEmail ?? fraudEmail(r, skill, victim), victim.name, at, storeEmail ? 0 : 0.3),
      billing: holderHome,
      to,
      conn: fraudConnection(r, skill, net, r.chance(0.8) ? dev : undefined),
      lines: marketplaceLines(r),
      service: 'threshold',
      attempts: stolenAttempts(r, skill === 'sloppy' ? 'middling' : 'careful', 'stolen'),
      extra: { recipient: buyerOfListing.name },
      later: (b, placed) =>
        fraudAfter(r, b, placed, { review: 0.08, redirect: 0, efw: 0.3, refundOnEfw: 0.25, dispute: 0.6 }),
    });
  });
}

/**
 * Card testing: bursts of guest checkouts for a swatch kit or a candle, each on a new card from one BIN, through
 * rotating VPS and proxy exits, at night; most are declined, a live card is sometimes captured.
 */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const bursts = count >= 8 ? 2 : 1;
  const sharedBin = rng.int(0, 7);
  const out: Purchase[] = [];
  for (let b = 0; b < bursts; b++) {
    const r = rng.fork(`burst${b}`);
    const size = b === bursts - 1 ? count - out.length : Math.ceil(count / bursts);
    const issuer: Issuer = r.chance(0.6) ? 'prepaid' : 'us';
    const bin = b > 0 && r.chance(0.5) ? sharedBin : r.int(0, 7);
    let t = when(r, w.window, -5, 'night');
    const headless = r.chance(0.45);
    const dev = headless
      ? { userAgent: UA.headless }
      : device(r, r.pick([UA.windowsChrome, UA.linuxChrome]), 1);
    const email = r.chance(0.4)
      ? `${r.token(9)}@${r.pick(['mail.com', 'gmail.com', 'proton.me'])}`
      : undefined;
    const home = homeIn(r);
    for (let i = 0; i < size; i++) {
      t = soonAfter(r, w.window, t, r.int(15_000, 4 * MINUTE));
      const tries = r.weightedPick([
        [1, 55],
        [2, 30],
        [3, 15],
      ]);
      const live = r.chance(0.16);
      const attempts: Attempt[] = [];
      for (let k = 0; k < tries; k++) {
        const card: HeldCard = cardOnBin(r, issuer, bin);
        const ok = live && k === tries - 1;
        attempts.push(
          cardAttempt(r, card, {
            entry: 'typed',
            match: 'guess',
            ok,
            ...(ok
              ? {}
              : {
                  decline: r.chance(0.3)
                    ? r.pick(['incorrect_cvc', 'incorrect_number', 'expired_card'] as const)
                    : fraudDecline(r),
                }),
            afterMs: k === 0 ? r.int(3_000, 15_000) : r.int(2_000, 20_000),
          }),
        );
      }
      const who = person(r);
      out.push(
        make('card_testing', {
          at: t,
          buyer: {
            email:
              email ??
              `${r.token(r.int(6, 10))}@${r.pick(['gmail.com', 'yahoo.com', 'mail.com', 'outlook.com'])}`,
            name: who.name,
          },
          billing: home,
          to: home,
          conn: { ip: fraudConnectionIp(r), device: dev, channel: 'web' },
          lines: testLines(r),
          service: 'threshold',
          attempts,
          later: (basket, placed) =>
            fraudAfter(r, basket, placed, {
              review: 0.4,
              redirect: 0,
              efw: 0.35,
              refundOnEfw: 0.6,
              dispute: 0.1,
            }),
        }),
      );
    }
  }
  return out;
}

const fraudConnectionIp = (rng: Rng): string =>
  fraudConnection(
    rng,
    'middling',
    rng.weightedPick<Network>([
      [US_VPS, 35],
      [US_CLOUD, 25],
      [rng.pick(US_HOME), 25],
      [rng.pick(US_MOBILE), 15],
    ]),
  ).ip;

/** A paid order no matter what: abusers pay with their own card, once. */
function ownPay(rng: Rng, who: ReturnType<typeof fromAccount>, conn: Connection, amount: number): Attempt[] {
  const { attempts } = honestPay(rng, payerOf(who, conn), amount, 0);
  return attempts.some((a) => a.ok)
    ? attempts
    : [
        ...attempts,
        cardAttempt(rng, who.cards[0] ?? newCard(rng), { entry: 'typed', ok: true, afterMs: firstAuth(rng) }),
      ];
}

/** The real customer who takes delivery and then tells the bank it never came, came broken, or wasn't them. */
function friendlyFraud(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.75);
  const home = homeIn(rng);
  const who = known ? fromAccount(rng.pick(w.customers)) : firstTimer(rng, home, 0, 0);
  const at = timeAt(rng, w, who.home);
  const conn = connect(rng, who);
  const lines = rng.chance(0.7) ? roomLines(rng) : decorLines(rng);
  const amount = Math.round(lines.reduce((s, l) => s + l.price * l.quantity, 0) * 1.08);
  return make('friendly_fraud', {
    at,
    buyer: who.buyer,
    billing: who.home,
    to: who.home,
    conn,
    lines,
    service: rng.chance(0.5) ? 'white_glove' : 'threshold',
    attempts: ownPay(rng, who, conn, amount),
    later: (b, placed) => {
      const { steps, delivered } = deliverySteps(rng, b, placed, false);
      const reason = rng.weightedPick<string>([
        ['product_not_received', 35],
        ['product_unacceptable', 35],
        ['fraudulent', 30],
      ]);
      if (rng.chance(0.1))
        steps.push({
          type: 'refund.created',
          afterMs: delivered + rng.int(2, 6) * DAY,
          reason: 'damaged_on_arrival',
          amount: Math.round(b.amount * 0.1),
        });
      steps.push({ type: 'dispute.created', afterMs: delivered + rng.int(15, 70) * DAY, reason });
      return steps;
    },
  });
}

/** Serial "damaged on arrival" claims with recycled photos, and parcels "never delivered". */
function refundAbuse(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.7);
  const home = homeIn(rng);
  const at0 = timeAt(rng, w, home);
  const who = known ? fromAccount(rng.pick(w.customers)) : firstTimer(rng, home, at0, 1);
  const at = known ? timeAt(rng, w, who.home) : at0;
  const conn = connect(rng, who);
  const lines = rng.chance(0.5) ? decorLines(rng) : roomLines(rng);
  const amount = Math.round(lines.reduce((s, l) => s + l.price * l.quantity, 0) * 1.08);
  return make('refund_abuse', {
    at,
    buyer: who.buyer,
    billing: who.home,
    to: who.home,
    conn,
    lines,
    service: 'threshold',
    attempts: ownPay(rng, who, conn, amount),
    later: (b, placed) => {
      const { steps, delivered } = deliverySteps(rng, b, placed, false);
      const parcel = b.fulfilment === 'parcel';
      steps.push({
        type: 'refund.created',
        afterMs: delivered + rng.int(1, 4) * DAY,
        reason: parcel && rng.chance(0.4) ? 'item_not_received' : 'damaged_on_arrival',
        amount: Math.round(b.amount * rng.float(0.5, 1)),
      });
      if (rng.chance(0.3))
        steps.push({
          type: 'refund.created',
          afterMs: delivered + rng.int(6, 20) * DAY,
          reason: 'missing_parts',
          amount: Math.round(b.amount * 0.15),
        });
      return steps;
    },
  });
}

const HAVANA = (rng: Rng): Place => ({
  country: 'CU',
  region: 'La Habana',
  city: 'La Habana',
  postalCode: '10400',
  line1: `Calle ${rng.int(1, 30)} #${rng.int(100, 999)} e/ ${rng.pick(['A y B', 'C y D', '23 y 25', 'L y M'])}, Vedado`,
});

/**
 * Orders from comprehensively sanctioned jurisdictions: family in Iran, Cuba or Syria buying with a relative's
 * US card for delivery to the relative or a forwarder that ships on; now and then a North Korean exit on a
 * stolen card.
 */
function sanctionedCountry(rng: Rng, w: World): Purchase {
  const where = rng.weightedPick<Network>([
    [IR_NET, 35],
    [CU_NET, 35],
    [SY_NET, 20],
    [KP_NET, 10],
  ]);
  const relative = person(rng);
  let billing: Place;
  let to: Place;
  let match: 'stolen' | 'foreign' | 'guess' = 'stolen';
  if (where === IR_NET) {
    billing = placeIn(rng, stateByCode(rng.pick(['CA', 'CA', 'TX', 'VA'])));
    to = rng.chance(0.4)
      ? billing
      : forwarder(rng, rng.pick(FORWARDERS.filter((f) => f[0] === 'NJ' || f[0] === 'NY' || f[0] === 'TX')));
  } else if (where === CU_NET) {
    const havana = rng.chance(0.3);
    billing = havana ? HAVANA(rng) : placeIn(rng, stateByCode('FL'));
    if (havana) match = 'foreign';
    to = forwarder(
      rng,
      FORWARDERS.find((f) => f[1] === 'Hialeah'),
    );
  } else if (where === SY_NET) {
    billing = placeIn(rng, stateByCode('NJ'));
    to = rng.chance(0.5) ? billing : forwarder(rng, rng.pick(FORWARDERS.filter((f) => f[0] === 'NJ')));
  } else {
    billing = homeIn(rng);
    to = forwarder(rng);
    match = 'guess';
  }
  const at = when(
    rng,
    w.window,
    where === IR_NET ? 3.5 : where === SY_NET ? 3 : where === KP_NET ? 9 : -5,
    'household',
  );
  const skill: Skill = where === KP_NET ? 'middling' : 'careful';
  const lines = rng.weightedPick<() => Line[]>([
    [() => resaleLines(rng), 40],
    [() => roomLines(rng), 40],
    [() => decorLines(rng), 20],
  ])();
  const outcome: Outcome = {
    review: 0.25,
    reviewReason: 'compliance_review',
    redirect: 0,
    efw: 0.1,
    refundOnEfw: 0.5,
    dispute: where === KP_NET ? 0.6 : 0.1,
  };
  return make('sanctioned_country', {
    at,
    buyer: freshBuyer(
      rng,
      emailOf(rng, relative, rng.pick(['gmail.com', 'yahoo.com', 'hotmail.com'])),
      relative.name,
      at,
      0.5,
    ),
    billing,
    to,
    conn: fraudConnection(
      rng,
      skill,
      where,
      device(rng, rng.pick([UA.windowsChrome, UA.android, UA.androidOld, UA.iphone]), 0.8),
    ),
    lines,
    service: 'threshold',
    attempts: stolenAttempts(rng, skill, match, rng.chance(0.25) ? 'prepaid' : 'us'),
    later: (b, placed) => fraudAfter(rng, b, placed, outcome),
  });
}

/** `count` fraudulent purchases, allocated across the kinds; none for a stream too small to hold them all. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const n = allocate(count);
  const each = (kind: FraudKind, plan: (r: Rng) => Purchase) =>
    Array.from({ length: n[kind] }, (_, i) => plan(rng.fork(`${kind}${i}`)));
  const ringRng = rng.fork('rings');
  const financingRing = [fraudDevice(ringRng, 'careful'), fraudDevice(ringRng, 'middling')];
  const triangulation: Purchase[] = [];
  for (let r = 0; triangulation.length < n.triangulation; r++)
    triangulation.push(
      ...triangulationRing(
        rng.fork(`ring${r}`),
        w,
        Math.min(n.triangulation - triangulation.length, rng.fork(`size${r}`).int(2, 5)),
      ),
    );
  return [
    ...each('stolen_card_drop', (r) => stolenCardDrop(r, w)),
    ...each('freight_forwarder', (r) => freightForwarder(r, w)),
    ...each('account_takeover', (r) => accountTakeover(r, w)),
    ...each('financing_fraud', (r) => financingFraud(r, w, financingRing)),
    ...triangulation,
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...each('friendly_fraud', (r) => friendlyFraud(r, w)),
    ...each('refund_abuse', (r) => refundAbuse(r, w)),
    ...each('sanctioned_country', (r) => sanctionedCountry(r, w)),
  ];
}
