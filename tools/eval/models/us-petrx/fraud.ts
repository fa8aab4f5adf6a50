import { type Address, type Buyer, type Device, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { everyday, forPet, inCategory, line, type Line, RESALE } from './catalogue.js';
import { accountOf, draft, type Draft, someone, type World } from './honest.js';
import {
  type Customer,
  customerIp,
  deviceId,
  emailFor,
  newDevice,
  personName,
  userAgent,
  vetClinic,
} from './people.js';
import {
  type Attempt,
  binsOf,
  cardAttempt,
  type Decline,
  dumpCard,
  fulfil,
  type HeldCard,
  honestPay,
  type LaterEvent,
  type Match,
  newCard,
  other,
  type Purchase,
  vetReview,
} from './purchase.js';
import {
  FORWARDERS,
  homeIn,
  ipFrom,
  type NetworkName,
  PARTNER_STORES,
  pickState,
  type Place,
  STATES,
  US_HOME,
  US_MOBILE,
  when,
} from './world.js';

/**
 * Fraud as it hits a US pet pharmacy: stolen cards buying resale-grade flea/tick and heartworm packs for
 * reshippers, takeovers of autoship accounts, card testing on cheap treats, farms of new accounts claiming the
 * first-autoship discount, friendly fraud, marketplace triangulation, and a few buyers in sanctioned countries.
 */

export const FRAUD = {
  stolen_card_rx_resale: 30,
  account_takeover: 16,
  card_testing: 14,
  promo_abuse: 13,
  friendly_fraud: 12,
  triangulation: 10,
  sanctioned_country: 3,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const hasRx = (lines: Line[]) =>
  lines.some((l) => l.category === 'rx_flea_tick' || l.category === 'rx_heartworm');

/** Where a fraudster connects from: residential proxies in the US most of the time, some hosting, some home. */
function fraudIp(rng: Rng, mix: { proxy: number; hosting: number; abroad: number }): string {
  const r = rng.next() * (mix.proxy + mix.hosting + mix.abroad);
  if (r < mix.proxy) return ipFrom(rng, rng.pick([...US_HOME, ...US_MOBILE]));
  if (r < mix.proxy + mix.hosting) return ipFrom(rng, 'us_hosting');
  return ipFrom(rng, rng.pick<NetworkName>(['ng_mobile', 'vn_isp']));
}

/** A browser that looks ordinary (anti-detect browsers spoof common ones); the fingerprint often blocked. */
function fraudDevice(rng: Rng): Device {
  const ua = userAgent(rng, rng.pick(['windows', 'windows', 'iphone', 'mac', 'android'] as const));
  return rng.chance(0.7) ? { id: deviceId(rng), userAgent: ua } : { userAgent: ua };
}

/** The cardholder's details as a fraudster has them: full details pass AVS, a bare number does not. */
function holder(rng: Rng): { name: string; home: Place; match: Match } {
  const full = rng.chance(0.55);
  return { name: personName(rng), home: homeIn(rng, pickState(rng)), match: full ? 'fullz' : 'bad' };
}

/** Stolen cards tried one after another until one goes through (or the fraudster gives up). */
function stolenCards(rng: Rng, amount: number, match: Match, cards: HeldCard[], successes = 0.75): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const last = i === cards.length - 1;
    const ok = last ? rng.chance(successes) : rng.chance(successes * 0.6);
    const decline = rng.pick<Decline>([
      'do_not_honor',
      'stolen_card',
      'incorrect_zip',
      'insufficient_funds',
      'card_declined',
    ]);
    out.push(
      cardAttempt(rng, card, amount, {
        entry: rng.chance(0.12) ? 'wallet' : 'typed',
        match,
        ok,
        afterMs: i === 0 ? rng.int(4_000, 20_000) : rng.int(20_000, 3 * MINUTE),
        ...(ok ? {} : { decline }),
      }),
    );
    if (ok) break;
  }
  return out;
}

/** What a cardholder's bank brings back: an early fraud warning, then a dispute, weeks later. */
function chargeback(rng: Rng, from: number, warn: number, dispute: number): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: from + rng.int(2, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute) || out.length === 0)
    out.push({ type: 'dispute.created', afterMs: from + rng.int(12, 50) * DAY, reason: 'fraudulent' });
  return out;
}

/** Shipped if the vet approves (a made-up clinic often cannot be reached), then the chargebacks. */
function afterStolen(
  rng: Rng,
  lines: Line[],
  vetDecline: number,
  warn: number,
  dispute: number,
): LaterEvent[] {
  const out: LaterEvent[] = [];
  let from = 0;
  if (hasRx(lines)) {
    const r = vetReview(rng, vetDecline);
    out.push(...r.later);
    if (r.approvedAt === undefined) return rng.chance(0.35) ? [...out, ...chargeback(rng, 0, 1, 0)] : out;
    from = r.approvedAt;
  }
  out.push(...fulfil(rng, 'ship', from));
  return [...out, ...chargeback(rng, from, warn, dispute)];
}

const guestEmail = (rng: Rng, name: string): string =>
  rng.chance(0.6)
    ? emailFor(rng, name, rng.pick(['gmail.com', 'outlook.com', 'yahoo.com']))
    : `${rng.token(rng.int(7, 11), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${rng.pick(['gmail.com', 'hotmail.com', 'proton.me', 'mail.com'])}`;

function resaleLines(rng: Rng, min: number, max: number): Line[] {
  const n = rng.int(min, max);
  return Array.from({ length: n }, () => line(rng.pick(RESALE), rng.int(1, 4)));
}

// --- the kinds -------------------------------------------------------------------------------------------

/**
 * A resale crew: a few anti-detect browser profiles it reuses now and then, and its own suite number at a
 * forwarder (the reshipping service's customer code on the address line).
 */
interface Crew {
  profiles: Device[];
  suite: Place;
}

export const suiteAt = (rng: Rng, f: Place): Place => ({ ...f, line1: `${f.line1} #PX${rng.digits(5)}` });

function crews(rng: Rng): Crew[] {
  return Array.from({ length: rng.int(3, 5) }, () => ({
    profiles: Array.from({ length: rng.int(2, 3) }, () => fraudDevice(rng)),
    suite: suiteAt(rng, rng.pick(FORWARDERS)),
  }));
}

function stolenCard(rng: Rng, w: World, crew: Crew): Purchase {
  const h = holder(rng);
  const at = when(rng, w.window, -5, rng.chance(0.4) ? 'night' : 'shopper');
  const email = guestEmail(rng, rng.chance(0.7) ? h.name : personName(rng));
  const r = rng.next();
  const buyer: Buyer =
    r < 0.45
      ? { email, name: h.name }
      : {
          id: `cus_n${rng.token(10)}`,
          email,
          name: h.name,
          // A fresh account, or one registered weeks ago and left to age.
          createdAt: at - (r < 0.85 ? rng.int(2, 90) * MINUTE : rng.int(20, 90) * DAY),
        };
  const s = rng.next();
  const forwarder = rng.chance(0.7) ? crew.suite : suiteAt(rng, rng.pick(FORWARDERS));
  const shipping: Address = s < 0.5 ? forwarder : s < 0.85 ? homeIn(rng, pickState(rng)) : h.home;
  const lines = resaleLines(rng, 1, 3);
  const cards = Array.from({ length: rng.chance(0.35) ? rng.int(2, 3) : 1 }, () => dumpCard(rng));
  const d: Draft = {
    kind: 'stolen_card_rx_resale',
    fraud: true,
    at,
    buyer,
    billing: h.home,
    shipping,
    fulfilment: 'ship',
    ip: fraudIp(rng, { proxy: 60, hosting: 22, abroad: 18 }),
    device: rng.chance(0.35) ? rng.pick(crew.profiles) : fraudDevice(rng),
    channel: 'web',
    lines,
    ...(shipping !== h.home ? { recipient: rng.chance(0.6) ? h.name : personName(rng) } : {}),
    ...(hasRx(lines) ? { vet: vetClinic(rng) } : {}),
  };
  const later = (): LaterEvent[] => {
    const base = afterStolen(rng, lines, 0.45, 0.55, 0.85);
    // Same address as the card at checkout, changed to the forwarder minutes later, before it ships.
    if (shipping === h.home && rng.chance(0.5))
      base.push({
        type: 'order.updated',
        afterMs: rng.int(3, 20) * MINUTE,
        reason: 'address_change',
        shipping: forwarder,
      });
    return base;
  };
  return draft(d, (amount) => stolenCards(rng, amount, h.match, cards), later);
}

function takeover(rng: Rng, w: World): Purchase {
  const c: Customer =
    rng.chance(0.75) && w.autoshippers.length > 0
      ? rng.pick(w.autoshippers)
      : someone(rng, w, (x) => x.segment === 'household');
  const at = when(rng, w.window, c.tz, rng.chance(0.5) ? 'night' : 'shopper');
  const shipping: Address = rng.chance(0.4)
    ? rng.pick(FORWARDERS)
    : homeIn(rng, rng.chance(0.2) ? c.state : pickState(rng));
  const lines = [...resaleLines(rng, 1, 3), ...(rng.chance(0.3) ? everyday(rng, c.pet, 'big') : [])];
  const card = c.cards[0] ?? newCard(rng, 'US');
  const d: Draft = {
    kind: 'account_takeover',
    fraud: true,
    at,
    buyer: accountOf(c),
    // The saved billing address still matches the card: AVS passes, and a saved card needs no code.
    billing: c.home,
    shipping,
    fulfilment: 'ship',
    ip: rng.chance(0.1) ? ipFrom(rng, c.homeNet) : fraudIp(rng, { proxy: 70, hosting: 20, abroad: 10 }),
    device: rng.chance(0.08) && c.devices[0] ? c.devices[0] : fraudDevice(rng),
    channel: 'web',
    lines,
    recipient: rng.chance(0.5) ? c.name : personName(rng),
    ...(hasRx(lines) ? { vet: c.vet } : {}),
  };
  const pay = (amount: number): Attempt[] => {
    const ok = rng.chance(0.9);
    return [
      cardAttempt(rng, card, amount, {
        entry: 'saved',
        match: 'good',
        ok,
        afterMs: rng.int(2_000, 12_000),
        ...(ok ? {} : { decline: rng.pick<Decline>(['do_not_honor', 'fraudulent']) }),
      }),
    ];
  };
  const later = (amount: number): LaterEvent[] => {
    const out: LaterEvent[] = [];
    let from = 0;
    if (hasRx(lines)) {
      // The vet on file is real and approves: the prescription was the victim's own.
      const r = vetReview(rng, 0.05);
      out.push(...r.later);
      if (r.approvedAt === undefined) return out;
      from = r.approvedAt;
    }
    out.push(...fulfil(rng, 'ship', from));
    // The owner sees the confirmation e-mail or the statement: the store refunds, or the bank disputes.
    if (rng.chance(0.4))
      out.push({ type: 'refund.created', afterMs: from + rng.int(1, 6) * DAY, reason: 'fraudulent', amount });
    else out.push(...chargeback(rng, from, 0.3, 0.9));
    return out;
  };
  return draft(d, pay, later);
}

const TESTING_SKUS = ['TR-TMP-06', 'TR-CHU-04', 'TR-PUP-03', 'TR-MLK-24', 'TR-JER-03'];

function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    // One run: a script on one machine, rotating proxies, a batch of cards from two or three BINs.
    const size = Math.min(count - out.length, rng.int(5, 14));
    const bins = binsOf(rng, rng.int(2, 3));
    const ua = userAgent(rng, rng.pick(['windows', 'android', 'iphone'] as const));
    const dev = rng.chance(0.5) ? deviceId(rng) : undefined;
    const hosting = rng.chance(0.4);
    const sku = rng.pick(TESTING_SKUS);
    const pickup = rng.chance(0.6);
    let t = when(rng, w.window, -5, 'night');
    for (let i = 0; i < size; i++) {
      t = Math.min(w.window.end - 1, t + (i === 0 ? 0 : rng.int(20_000, 4 * MINUTE)));
      const name = personName(rng);
      const home = homeIn(rng, pickState(rng));
      const card = dumpCard(rng, bins);
      const product = inCategory('treats').find((x) => x.sku === sku) ?? inCategory('treats')[0];
      const lines = product ? [line(product)] : [];
      const d: Draft = {
        kind: 'card_testing',
        fraud: true,
        at: t,
        buyer: { email: guestEmail(rng, name), name },
        billing: home,
        ...(pickup ? {} : { shipping: homeIn(rng, pickState(rng)) }),
        fulfilment: pickup ? 'pickup' : 'ship',
        ...(pickup ? { pickupStore: rng.pick(PARTNER_STORES) } : {}),
        ip: hosting ? ipFrom(rng, 'us_hosting') : ipFrom(rng, rng.pick([...US_HOME, ...US_MOBILE])),
        device: dev ? { id: dev, userAgent: ua } : { userAgent: ua },
        channel: 'web',
        lines,
      };
      const pay = (amount: number): Attempt[] => {
        const ok = rng.chance(0.22);
        const decline = rng.weightedPick<Decline>([
          ['card_declined', 30],
          ['insufficient_funds', 20],
          ['incorrect_cvc', 15],
          ['expired_card', 10],
          ['stolen_card', 8],
          ['lost_card', 5],
          ['do_not_honor', 12],
        ]);
        const first = cardAttempt(rng, card, amount, {
          entry: 'typed',
          match: 'bad',
          ok,
          afterMs: rng.int(1_500, 6_000),
          ...(ok ? {} : { decline }),
        });
        // Now and then the script retries the same card with another code.
        if (!ok && decline === 'incorrect_cvc' && rng.chance(0.5)) {
          const again = rng.chance(0.3);
          return [
            first,
            cardAttempt(rng, card, amount, {
              entry: 'typed',
              match: 'bad',
              ok: again,
              afterMs: rng.int(3_000, 15_000),
              ...(again ? {} : { decline: 'incorrect_cvc' as const }),
            }),
          ];
        }
        return [first];
      };
      const later = (amount: number): LaterEvent[] => {
        const r = rng.next();
        if (r < 0.5)
          return [
            { type: 'order.cancelled', afterMs: rng.int(2, 14) * HOUR, reason: 'fraud_suspected' },
            { type: 'refund.created', afterMs: rng.int(15, 20) * HOUR, reason: 'fraudulent', amount },
            ...(rng.chance(0.5)
              ? [
                  {
                    type: 'fraud_warning.created' as const,
                    afterMs: rng.int(2, 10) * DAY,
                    reason: 'fraudulent',
                  },
                ]
              : []),
          ];
        return [...fulfil(rng, pickup ? 'pickup' : 'ship', 0), ...chargeback(rng, 0, 0.6, 0.3)];
      };
      out.push(draft(d, pay, later));
    }
  }
  return out;
}

function promoFarm(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    // A ring: one person, two or three devices, one address written several ways, prepaid cards.
    const size = Math.min(count - out.length, rng.int(3, 9));
    const state = rng.pick(STATES);
    const home = homeIn(rng, state);
    const devices = Array.from({ length: rng.int(1, 3) }, () =>
      newDevice(rng, rng.pick(['iphone', 'android', 'windows', 'app'] as const)),
    );
    const net = rng.pick(US_HOME);
    const base = personName(rng);
    const [f = 'pet', l = 'lover'] = base.toLowerCase().split(' ');
    const cards = Array.from({ length: rng.int(1, 3) }, () =>
      newCard(rng, 'US', rng.chance(0.7) ? 'prepaid' : undefined),
    );
    let t = when(rng, w.window, state.tz);
    for (let i = 0; i < size; i++) {
      t = rng.chance(0.6)
        ? Math.min(w.window.end - 1, t + rng.int(3, 25) * MINUTE)
        : when(rng, w.window, state.tz);
      const email = rng.pick([
        `${f}${l}+${rng.int(1, 99)}@gmail.com`,
        `${f.slice(0, 2)}.${f.slice(2)}${l}@gmail.com`,
        `${f}.${l}${rng.int(100, 999)}@${rng.pick(['outlook.com', 'yahoo.com'])}`,
        `${rng.token(8, 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(2)}@gmail.com`,
      ]);
      const name = rng.chance(0.5) ? base : personName(rng);
      const shipping: Place = {
        ...home,
        line1: `${home.line1}${rng.pick(['', ' #2', ' Unit B', ' Apt 1', '.', ' '])}`,
      };
      const device = rng.pick(devices);
      const lines = [line(rng.pick(inCategory('dry_food').filter((x) => x.price >= 5_700)))];
      if (rng.chance(0.4)) lines.push(line(rng.pick(forPet('dog', 'flea_tick_otc'))));
      const d: Draft = {
        kind: 'promo_abuse',
        fraud: true,
        at: t,
        buyer: { id: `cus_n${rng.token(10)}`, email, name, createdAt: t - rng.int(1, 20) * MINUTE },
        billing: shipping,
        shipping,
        fulfilment: 'ship',
        ip: ipFrom(rng, rng.chance(0.8) ? net : rng.pick(US_MOBILE)),
        device: device.id && rng.chance(0.25) ? { userAgent: device.userAgent } : device,
        channel: device.userAgent.startsWith('PawPantry/') ? 'app' : 'web',
        lines,
        terms: { autoship: 'first' },
        autoship: { cadenceWeeks: rng.pick([4, 6, 8]), first: true },
      };
      const pay = (amount: number): Attempt[] =>
        rng.chance(0.25)
          ? [other('paypal', true, rng.int(5_000, 30_000))]
          : honestPay(
              rng,
              {
                cards: [rng.pick(cards)],
                signedIn: true,
                prefers: { card: 100, apple_pay: 0, google_pay: 0, paypal: 0, gift_card: 0 },
              },
              amount,
            );
      const later = (): LaterEvent[] => {
        const f2 = fulfil(rng, 'ship', 0);
        const delivered = f2[f2.length - 1]?.afterMs ?? DAY;
        return [
          ...f2,
          { type: 'order.updated', afterMs: delivered + rng.int(1, 48) * HOUR, status: 'autoship_cancelled' },
        ];
      };
      out.push(draft(d, pay, later));
    }
  }
  return out;
}

function friendly(rng: Rng, w: World): Purchase {
  const c = someone(rng, w, (x) => x.segment === 'household' || x.segment === 'multi_pet');
  const at = when(rng, w.window, c.tz);
  const device = rng.pick(c.devices);
  const lines = [...everyday(rng, c.pet, 'usual'), ...(rng.chance(0.5) ? [line(rng.pick(RESALE))] : [])];
  const d: Draft = {
    kind: 'friendly_fraud',
    fraud: true,
    at,
    buyer: accountOf(c),
    billing: c.home,
    shipping: c.home,
    fulfilment: 'ship',
    ip: customerIp(rng, c, device),
    device,
    channel: device.userAgent.startsWith('PawPantry/') ? 'app' : 'web',
    lines,
    ...(hasRx(lines) ? { vet: c.vet } : {}),
  };
  const later = (): LaterEvent[] => {
    const out: LaterEvent[] = [];
    let from = 0;
    if (hasRx(lines)) {
      const r = vetReview(rng, 0);
      out.push(...r.later);
      from = r.approvedAt ?? 0;
    }
    const f = fulfil(rng, 'ship', from);
    const delivered = f[f.length - 1]?.afterMs ?? from;
    const reason = rng.weightedPick([
      ['product_not_received', 60],
      ['fraudulent', 22],
      ['product_unacceptable', 10],
      ['subscription_canceled', 8],
    ] as const);
    return [...out, ...f, { type: 'dispute.created', afterMs: delivered + rng.int(14, 55) * DAY, reason }];
  };
  return draft(
    d,
    // Paid without a hitch, the saved card or the phone's wallet: nothing looks wrong until the dispute.
    (amount) => [
      cardAttempt(rng, rng.pick(c.cards), amount, {
        entry: rng.chance(0.65) ? 'saved' : 'wallet',
        match: 'good',
        ok: true,
        afterMs: rng.int(3_000, 25_000),
      }),
    ],
    later,
  );
}

function triangulation(rng: Rng, w: World, count: number): Purchase[] {
  // One seller's operation: a listing on a marketplace, a couple of machines, stolen cards with full details.
  const machines = [fraudDevice(rng), fraudDevice(rng)];
  const handle = rng.token(6, 'abcdefghijklmnopqrstuvwxyz');
  return Array.from({ length: count }, (_, i) => {
    const h = holder(rng);
    const buyerAt = homeIn(rng, pickState(rng));
    const at = when(rng, w.window, -5);
    const lines = [
      line(
        rng.pick([
          ...RESALE.filter((x) => x.category === 'flea_tick_otc'),
          ...inCategory('dry_food').filter((x) => x.price > 8_000),
        ]),
        rng.int(1, 2),
      ),
    ];
    const d: Draft = {
      kind: 'triangulation',
      fraud: true,
      at,
      buyer: {
        email: rng.chance(0.5) ? `${handle}.store${rng.int(1, 9)}@gmail.com` : guestEmail(rng, h.name),
        name: h.name,
      },
      billing: h.home,
      shipping: buyerAt,
      fulfilment: 'ship',
      ip: fraudIp(rng, { proxy: 55, hosting: 35, abroad: 10 }),
      device: machines[i % 2] ?? fraudDevice(rng),
      channel: 'web',
      lines,
      // The marketplace buyer's name on the parcel; a gift-like note hides it.
      recipient: personName(rng),
    };
    const card = dumpCard(rng);
    return draft(
      d,
      (amount) => stolenCards(rng, amount, rng.chance(0.8) ? 'fullz' : 'bad', [card], 0.85),
      () => [...fulfil(rng, 'ship', 0), ...chargeback(rng, 0, 0.4, 0.75)],
    );
  });
}

/** A prescription waits for the (real) clinic's approval, then ships. */
function vetThenShip(rng: Rng, lines: Line[]): LaterEvent[] {
  if (!hasRx(lines)) return fulfil(rng, 'ship', 0);
  const r = vetReview(rng, 0);
  return [...r.later, ...fulfil(rng, 'ship', r.approvedAt ?? 0)];
}

function sanctioned(rng: Rng, w: World): Purchase {
  // Family abroad: a relative's US card, a buyer in Cuba, Iran or Syria, a Miami package agency or a forwarder.
  const r = rng.next();
  const where: NetworkName = r < 0.5 ? 'cu_isp' : r < 0.8 ? 'ir_isp' : 'sy_isp';
  const direct = where === 'cu_isp' && rng.chance(0.35);
  const relative = homeIn(
    rng,
    rng.chance(0.6) ? (STATES.find((s) => s.code === 'FL') ?? pickState(rng)) : pickState(rng),
  );
  const havana: Place = {
    country: 'CU',
    city: 'La Habana',
    postalCode: '10400',
    line1: `Calle ${rng.int(1, 30)} #${rng.int(100, 999)} e/ ${rng.pick(['A y B', '17 y 19', 'Línea y 11'])}`,
  };
  const shipping: Address = direct
    ? havana
    : suiteAt(rng, rng.pick(FORWARDERS.filter((x) => x.region === 'FL' || rng.chance(0.3))));
  const tz = where === 'cu_isp' ? -4 : where === 'ir_isp' ? 3.5 : 3;
  const at = when(rng, w.window, tz);
  const name = personName(rng);
  const lines = rng.chance(0.6)
    ? [line(rng.pick(inCategory('rx_heartworm', 'flea_tick_otc')), rng.int(1, 3))]
    : everyday(rng, 'dog', 'small');
  const d: Draft = {
    kind: 'sanctioned_country',
    fraud: true,
    at,
    buyer: rng.chance(0.5)
      ? { email: emailFor(rng, name), name }
      : {
          id: `cus_n${rng.token(10)}`,
          email: emailFor(rng, name),
          name,
          createdAt: at - rng.int(1, 300) * DAY,
        },
    billing: relative,
    shipping,
    fulfilment: 'ship',
    // Direct to Havana from a relative's home in Miami; the rest from the country itself.
    ip: direct && rng.chance(0.5) ? ipFrom(rng, rng.pick(US_HOME)) : ipFrom(rng, where),
    device: newDevice(rng, rng.pick(['android', 'windows', 'iphone'] as const)),
    channel: 'web',
    lines,
    recipient: personName(rng),
    ...(hasRx(lines) ? { vet: vetClinic(rng) } : {}),
  };
  const card = newCard(rng, 'US');
  return draft(
    d,
    (amount) => [
      cardAttempt(rng, card, amount, {
        entry: 'typed',
        match: 'good',
        ok: rng.chance(0.9),
        afterMs: rng.int(5_000, 30_000),
        decline: 'do_not_honor',
      }),
    ],
    (amount) =>
      // Export screening catches most: cancelled and refunded; the rest ship before anyone notices.
      rng.chance(0.7)
        ? [
            { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'export_restricted' },
            { type: 'refund.created', afterMs: rng.int(21, 26) * HOUR, reason: 'export_restricted', amount },
          ]
        : vetThenShip(rng, lines),
  );
}

/** `count` fraud purchases, allocated exactly by kind. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const gangs = crews(rng.fork('crews'));
  const each = <T>(kind: FraudKind, k: number, f: (r: Rng, i: number) => T): T[] =>
    Array.from({ length: k }, (_, i) => f(rng.fork(`${kind}${i}`), i));
  return [
    ...each('stolen_card_rx_resale', n.stolen_card_rx_resale, (r) => stolenCard(r, w, r.pick(gangs))),
    ...each('account_takeover', n.account_takeover, (r) => takeover(r, w)),
    ...cardTesting(rng.fork('testing'), w, n.card_testing),
    ...promoFarm(rng.fork('promo'), w, n.promo_abuse),
    ...each('friendly_fraud', n.friendly_fraud, (r) => friendly(r, w)),
    ...triangulation(rng.fork('triangulation'), w, n.triangulation),
    ...each('sanctioned_country', n.sanctioned_country, (r) => sanctioned(r, w)),
  ];
}
