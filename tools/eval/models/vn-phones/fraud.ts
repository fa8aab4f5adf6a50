import { accountBuyer, type Address, type Buyer, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { EVERYDAY, FINANCE, LATE, NIGHT, placeAt } from './calendar.js';
import { binOf, cardOnBin, type Decline, type HeldCard, napasCard, newCard } from './cards.js';
import {
  basketOf,
  bySku,
  CONSOLES,
  FLAGSHIP_ANDROID,
  FLAGSHIP_IPHONES,
  IPHONES,
  itemsTotal,
  LAPTOPS,
  type Line,
  lineOf,
  MID_PHONES,
  TABLETS,
  TOPUP_BIG,
  TOPUP_SMALL,
  WATCHES,
} from './catalogue.js';
import { ABROAD_NETS, ipOn, type NetworkName, VN_HOME, VN_MOBILE } from './networks.js';
import { build, DAY, feeFor, HOUR, type Promo } from './order.js';
import {
  type Account,
  accountId,
  deviceOf,
  emailOf,
  emulator,
  foreignEmail,
  foreigner,
  type Gadget,
  junkSimNumber,
  localDevice,
  mobileNumber,
  pickAccount,
  throwawayEmail,
  vietnamese,
} from './people.js';
import {
  abroadIn,
  addressAbroad,
  addressIn,
  DA_NANG,
  HANOI,
  HCMC,
  pickPlace,
  type Place,
  placeNamed,
  shopFor,
  type Tier,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  financeAttempt,
  firstAuth,
  type Fulfilment,
  honestJourney,
  type LaterEvent,
  napasAttempt,
  other,
  paidAfter,
  type Paying,
  type Purchase,
  retryGap,
  type ThreeDS,
  triedUntil,
} from './purchase.js';
import { financeCompany } from './honest.js';
import { type World } from './world.js';

/**
 * How fraud hits the store (weights: shares of fraud orders, allocated exactly per seed, at least one each):
 * stolen foreign cards cashed out on iPhones, MacBooks and game codes collected by runners in Ho Chi Minh City
 * and Hanoi; card testing on cheap top-up codes; cash-on-delivery bombing (fake orders refused at the door);
 * instalment applications on borrowed or stolen citizen IDs; account takeover after SIM swaps and OTP phishing;
 * new-user voucher farms on emulators; resellers sweeping the flash sales; customers who received their phone
 * and dispute the charge; and buyers from sanctioned jurisdictions.
 */
export const FRAUD = {
  stolen_foreign_card: 20,
  card_testing: 12,
  cod_bombing: 14,
  instalment_id_fraud: 12,
  account_takeover: 11,
  promo_farm: 12,
  flash_sale_reseller: 8,
  friendly_fraud: 6,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const ups = (n: number) => Array.from({ length: n }, (_, i) => i);

/** When a paid order that went wrong is released: a card that never went through. */
const released = (rng: Rng, attempts: readonly Attempt[]): LaterEvent => ({
  type: 'order.cancelled',
  afterMs: triedUntil(attempts) + rng.int(15, 40) * MINUTE,
  reason: 'payment_failed',
});

/** Handing over a paid order: confirmed, on its way, delivered; collected at the shop; a code sent at once. */
function handover(
  rng: Rng,
  f: Fulfilment,
  start: number,
  tier: Tier,
): { steps: LaterEvent[]; handed: number } {
  if (f === 'digital') {
    const handed = start + rng.int(20, 120) * 1000;
    return { steps: [{ type: 'order.updated', afterMs: handed, status: 'delivered' }], handed };
  }
  if (f === 'pickup') {
    const ready = start + rng.int(30, 150) * MINUTE;
    const handed = ready + rng.int(20, 20 * 60) * MINUTE;
    return {
      steps: [
        { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
        { type: 'order.updated', afterMs: handed, status: 'collected' },
      ],
      handed,
    };
  }
  const confirmed = start + rng.int(3, 20) * MINUTE;
  const express = f === 'express_2h';
  const shipped = express ? confirmed + rng.int(10, 30) * MINUTE : confirmed + rng.int(4, 26) * HOUR;
  const handed =
    shipped +
    (express ? rng.int(25, 90) * MINUTE : (tier === 'province' ? rng.int(36, 96) : rng.int(14, 48)) * HOUR);
  return {
    steps: [
      { type: 'order.updated', afterMs: confirmed, status: 'confirmed' },
      { type: 'order.updated', afterMs: shipped, status: express ? 'out_for_delivery' : 'shipped' },
      { type: 'order.updated', afterMs: handed, status: 'delivered' },
    ],
    handed,
  };
}

/** Where cashed-out goods are sent: rented rooms and apartment blocks in the big cities. */
function dropAddress(rng: Rng, place: Place): Address {
  const a = addressIn(rng, place);
  const r = rng.next();
  const line1 =
    r < 0.35
      ? `Phòng ${rng.int(1, 24)}, nhà trọ ${a.line1 ?? ''}`
      : r < 0.6
        ? `Chung cư ${rng.pick(['Sunrise', 'Vinhomes', 'Ehome', 'Lakeview', 'Topaz', 'Dream Home'])} Block ${rng.pick(['A', 'B', 'C'])}, ${a.line1 ?? ''}`
        : (a.line1 ?? '');
  return { ...a, line1 };
}

const bigCity = (rng: Rng): Place =>
  placeNamed(
    rng.weightedPick<string>([
      [HCMC, 60],
      [HANOI, 32],
      [DA_NANG, 8],
    ]),
  );

const STOLEN_FROM: ReadonlyArray<readonly [string, number]> = [
  ['US', 45],
  ['AU', 12],
  ['GB', 9],
  ['CA', 9],
  ['JP', 8],
  ['FR', 5],
  ['DE', 5],
  ['KR', 7],
];

const HOSTING: readonly NetworkName[] = ['sg-hosting', 'us-hosting', 'jp-hosting'];

type Style = 'vn' | 'proxy' | 'hosting';

const stolenDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['authentication_failed', 40],
    ['do_not_honor', 18],
    ['insufficient_funds', 8],
    ['stolen_card', 8],
    ['lost_card', 4],
    ['incorrect_cvc', 8],
    ['expired_card', 4],
    ['card_declined', 10],
  ]);

/** What a stolen card's success looked like to 3-D Secure: no challenge, an issuer outside it, a phished OTP. */
const stolenPass = (rng: Rng): ThreeDS =>
  rng.weightedPick<ThreeDS>([
    ['frictionless', 55],
    ['attempted', 22],
    ['not_enrolled', 8],
    ['challenge_passed', 15],
  ]);

/**
 * Stolen foreign cards (the holder's full details bought online) tried one after another on iPhones, MacBooks,
 * consoles and stacks of game codes; crews in Vietnam on mobile data, some behind a residential proxy in the
 * card's country or a hosting exit; goods collected by a runner at a rented room, a shop counter or from the
 * two-hour courier. 3-D Secure stops most; what gets through comes back as warnings and chargebacks.
 */
function stolenForeignCard(rng: Rng, w: World, n: number): Purchase[] {
  const crews = ups(Math.max(1, Math.ceil(n / 6))).map((i) => {
    const r = rng.fork(`crew${i}`);
    const city = bigCity(r);
    return {
      style: r.weightedPick<Style>([
        ['vn', 60],
        ['proxy', 25],
        ['hosting', 15],
      ]),
      devices: ups(r.int(1, 3)).map(() => (r.chance(0.5) ? deviceOf(r, 'windows', false) : localDevice(r))),
      city,
      drops: ups(r.int(2, 4)).map(() => dropAddress(r, city)),
      mobile: r.weightedPick(VN_MOBILE),
    };
  });
  return ups(n).map((i) => {
    const r = rng.fork(`o${i}`);
    const crew = r.pick(crews);
    const at = placeAt(r, w.window, LATE);
    const country = r.weightedPick(STOLEN_FROM);
    const holder = foreigner(r, country);
    const signUp = r.chance(0.35);
    const email = r.chance(0.6)
      ? foreignEmail(r, holder.first, holder.last, ['gmail.com', 'outlook.com', 'yahoo.com'])
      : throwawayEmail(r);
    const buyer: Buyer = signUp
      ? { id: accountId(r), email, name: holder.name, createdAt: at - r.int(2, 30) * MINUTE }
      : { email, name: holder.name };
    const device = r.pick(crew.devices);
    const ip =
      crew.style === 'vn'
        ? ipOn(r, r.chance(0.8) ? crew.mobile : r.weightedPick(VN_HOME))
        : crew.style === 'proxy'
          ? ipOn(r, (ABROAD_NETS[country] ?? ['us-cable'])[0] ?? 'us-cable')
          : ipOn(r, r.pick(HOSTING));
    const digital = r.chance(0.22);
    let lines: Line[];
    if (digital) lines = [lineOf(r.pick(TOPUP_BIG), r.pick([4, 5, 6, 10]))];
    else {
      const main = r.weightedPick([
        [r.pick(FLAGSHIP_IPHONES), 55],
        [r.pick(LAPTOPS.slice(0, 3)), 14],
        [bySku('IPAD-PRO-M5'), 6],
        [r.pick(CONSOLES), 7],
        [r.pick(FLAGSHIP_ANDROID), 8],
        [bySku(r.pick(['AW-U3', 'APP3'])), 10],
      ] as const);
      lines = [lineOf(main, main.category === 'phone' && r.chance(0.2) ? 2 : 1)];
    }
    const f: Fulfilment = digital
      ? 'digital'
      : r.weightedPick<Fulfilment>([
          ['express_2h', 45],
          ['pickup', 25],
          ['standard', 30],
        ]);
    const basket = basketOf(lines, { shippingFee: feeFor(lines, f) });
    const cards = ups(
      r.weightedPick([
        [1, 35],
        [2, 30],
        [3, 20],
        [4, 15],
      ] as const),
    ).map(() => newCard(r, country));
    const attempts: Attempt[] = [];
    const match = r.chance(0.75) ? 'good' : 'wrong';
    for (const card of cards) {
      const ok = r.chance(0.3);
      attempts.push(
        ok
          ? cardAttempt(r, card, {
              ok,
              match,
              afterMs: attempts.length ? retryGap(r) : firstAuth(r),
              threeDS: stolenPass(r),
            })
          : cardAttempt(r, card, {
              ok,
              match,
              decline: stolenDecline(r),
              afterMs: attempts.length ? r.int(20_000, 150_000) : firstAuth(r),
            }),
      );
      if (ok) break;
    }
    const paying: Paying = { method: 'card', attempts };
    const paidAt = paidAfter(attempts);
    const later: LaterEvent[] = [];
    if (paidAt === undefined) later.push(released(r, attempts));
    else if (!digital && r.chance(0.08))
      later.push({
        type: 'order.cancelled',
        afterMs: paidAt + r.int(20, 120) * MINUTE,
        reason: 'verification_failed',
      });
    else {
      const { steps, handed } = handover(r, f, paidAt, 'metro');
      later.push(...steps);
      const warned = r.chance(0.35);
      if (warned)
        later.push({
          type: 'fraud_warning.created',
          afterMs: handed + r.int(3, 14) * DAY,
          reason: 'fraudulent',
        });
      if (r.chance(0.8))
        later.push({ type: 'dispute.created', afterMs: handed + r.int(15, 60) * DAY, reason: 'fraudulent' });
      else if (warned)
        later.push({
          type: 'refund.created',
          afterMs: handed + r.int(15, 20) * DAY,
          reason: 'fraud_warning',
        });
    }
    const drop = r.pick(crew.drops);
    return build({
      at,
      kind: 'stolen_foreign_card',
      fraud: true,
      buyer,
      phone: r.chance(0.7) ? junkSimNumber(r) : mobileNumber(r),
      billing: addressAbroad(r, abroadIn(country)),
      ...(f === 'express_2h' || f === 'standard' ? { shipping: drop, recipient: vietnamese(r).name } : {}),
      fulfilment: f,
      ...(f === 'pickup' ? { shop: shopFor(r, crew.city.province).id } : {}),
      ip,
      device,
      locale: r.chance(0.7) ? 'vi-VN' : 'en-US',
      basket,
      paying,
      later,
    });
  });
}

/**
 * Card testing: a script works through numbers on one or two BINs, one cheap top-up code per guest checkout,
 * a few seconds to minutes apart, at night, from a hosting exit or rotating Vietnamese mobile addresses. Most
 * are declined; the few that pass deliver a code and come back as warnings and disputes.
 */
function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  let run = 0;
  while (out.length < n) {
    const r = rng.fork(`run${run++}`);
    const size = Math.min(n - out.length, r.int(6, 18));
    const country = r.weightedPick<string>([
      ['US', 50],
      ['GB', 10],
      ['CA', 10],
      ['AU', 10],
      ['FR', 6],
      ['DE', 6],
      ['JP', 8],
    ]);
    const bins = ups(r.int(1, 2)).map(() => binOf(r, country));
    const net: NetworkName = r.weightedPick<NetworkName>([
      ['sg-hosting', 30],
      ['us-hosting', 25],
      ['vn-mobile-a', 30],
      ['vn-mobile-c', 15],
    ]);
    const device: Gadget = r.chance(0.5)
      ? { ...deviceOf(r, 'windows', false) }
      : { platform: 'windows', app: false, userAgent: deviceOf(r, 'windows', false).userAgent };
    const gaps = ups(size).map(() => r.int(15_000, 190_000));
    const span = gaps.reduce((a, b) => a + b, 0);
    let t = Math.max(w.window.start, Math.min(placeAt(r, w.window, NIGHT), w.window.end - span - HOUR));
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      t = Math.min(w.window.end - 1, t + (i === 0 ? 0 : (gaps[i] ?? 60_000)));
      const holder = foreigner(o, country);
      const lines = [lineOf(o.pick(TOPUP_SMALL))];
      const basket = basketOf(lines);
      const attempts: Attempt[] = [];
      const tries = o.chance(0.25) ? 2 : 1;
      for (let k = 0; k < tries; k++) {
        const card: HeldCard = cardOnBin(o, o.pick(bins), country);
        const ok = o.chance(0.12);
        const decline = o.weightedPick<Decline>([
          ['card_declined', 30],
          ['incorrect_cvc', 18],
          ['expired_card', 12],
          ['do_not_honor', 15],
          ['authentication_failed', 15],
          ['invalid_card', 5],
          ['insufficient_funds', 5],
        ]);
        const threeDS: ThreeDS = ok
          ? o.pick(['attempted', 'not_enrolled', 'frictionless'] as const)
          : decline === 'authentication_failed'
            ? 'challenge_failed'
            : o.chance(0.45)
              ? 'not_enrolled'
              : 'frictionless';
        attempts.push(
          cardAttempt(o, card, {
            ok,
            match: o.chance(0.5) ? 'wrong' : 'none',
            afterMs: k === 0 ? o.int(4_000, 20_000) : o.int(3_000, 12_000),
            threeDS,
            ...(ok ? {} : { decline }),
          }),
        );
        if (ok) break;
      }
      const paidAt = paidAfter(attempts);
      const later: LaterEvent[] = [];
      if (paidAt === undefined) later.push(released(o, attempts));
      else {
        const { steps, handed } = handover(o, 'digital', paidAt, 'metro');
        later.push(...steps);
        if (o.chance(0.4))
          later.push({
            type: 'fraud_warning.created',
            afterMs: handed + o.int(2, 10) * DAY,
            reason: 'fraudulent',
          });
        if (o.chance(0.3))
          later.push({
            type: 'dispute.created',
            afterMs: handed + o.int(20, 50) * DAY,
            reason: 'fraudulent',
          });
      }
      out.push(
        build({
          at: t,
          kind: 'card_testing',
          fraud: true,
          buyer: {
            email: o.chance(0.6)
              ? throwawayEmail(o)
              : foreignEmail(o, holder.first, holder.last, ['gmail.com', 'yahoo.com']),
            name: holder.name,
          },
          phone: junkSimNumber(o),
          billing: o.chance(0.6)
            ? addressAbroad(o, abroadIn(country))
            : addressIn(o, pickPlace(o, ['metro'])),
          fulfilment: 'digital',
          ip: ipOn(o, net),
          device,
          locale: 'vi-VN',
          basket,
          paying: { method: 'card', attempts },
          later,
        }),
      );
    }
  }
  return out;
}

/**
 * Cash-on-delivery bombing: orders nobody means to pay for, placed in bursts from one phone. Some put a victim's
 * name, number and address on a run of pricey phones; some scatter made-up buyers across the provinces (a
 * rival's sabotage); some are one person ordering over and over and refusing every parcel. They die at the
 * confirmation call or at the door, and the store pays the courier both ways.
 */
function codBombing(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  let g = 0;
  while (out.length < n) {
    const r = rng.fork(`group${g++}`);
    const size = Math.min(n - out.length, r.int(2, 7));
    const type = r.weightedPick<'prank' | 'rival' | 'serial'>([
      ['prank', 40],
      ['rival', 30],
      ['serial', 30],
    ]);
    const device = localDevice(r);
    const net = r.weightedPick(VN_MOBILE);
    const victim = vietnamese(r);
    const victimPlace = pickPlace(r);
    const victimHome = addressIn(r, victimPlace);
    const victimPhone = mobileNumber(r);
    let t = placeAt(r, w.window, r.chance(0.5) ? LATE : EVERYDAY);
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      t = Math.min(w.window.end - 1, t + (i === 0 ? 0 : o.int(2, 40) * MINUTE));
      const person = type === 'rival' ? vietnamese(o) : victim;
      const place = type === 'rival' ? pickPlace(o) : victimPlace;
      const home = type === 'rival' ? addressIn(o, place) : victimHome;
      const signUp = o.chance(0.25);
      const email = type === 'serial' && o.chance(0.5) ? emailOf(o, person) : throwawayEmail(o);
      const buyer: Buyer = signUp
        ? { id: accountId(o), email, name: person.name, createdAt: t - o.int(1, 20) * MINUTE }
        : { email, name: person.name };
      const main = o.weightedPick([
        [o.pick(MID_PHONES), 35],
        [o.pick(IPHONES), 25],
        [o.pick(FLAGSHIP_ANDROID), 10],
        [bySku(o.pick(['AP4', 'AP4-ANC', 'APP3'])), 15],
        [o.pick(WATCHES.slice(0, 4)), 15],
      ] as const);
      const lines = [lineOf(main)];
      const f: Fulfilment = place.express && o.chance(0.25) ? 'express_2h' : 'standard';
      const basket = basketOf(lines, { shippingFee: feeFor(lines, f) });
      const later: LaterEvent[] = [];
      const confirm = o.int(10, 240) * MINUTE;
      if (o.chance(0.4))
        later.push({
          type: 'order.cancelled',
          afterMs: confirm,
          reason: type === 'prank' ? 'customer_denies_order' : 'customer_unreachable',
        });
      else {
        later.push({ type: 'order.updated', afterMs: confirm, status: 'confirmed' });
        const express = f === 'express_2h';
        const shipped = confirm + (express ? o.int(10, 30) * MINUTE : o.int(4, 26) * HOUR);
        later.push({
          type: 'order.updated',
          afterMs: shipped,
          status: express ? 'out_for_delivery' : 'shipped',
        });
        const door = shipped + (express ? o.int(25, 90) * MINUTE : o.int(20, 80) * HOUR);
        later.push({
          type: 'order.cancelled',
          afterMs: door + (express ? o.int(10, 40) * MINUTE : o.int(1, 3) * DAY),
          reason: o.chance(0.7) ? 'delivery_refused' : 'customer_unreachable',
        });
      }
      out.push(
        build({
          at: t,
          kind: 'cod_bombing',
          fraud: true,
          buyer,
          phone: type === 'rival' ? junkSimNumber(o) : victimPhone,
          billing: home,
          shipping: home,
          fulfilment: f,
          ip: ipOn(o, net),
          device,
          basket,
          paying: { method: 'cod', attempts: [] },
          later,
        }),
      );
    }
  }
  return out;
}

/**
 * Instalments on someone else's identity: a citizen ID rented from its owner or bought as photos online, a
 * fresh account and a junk SIM, a flagship at 0 % down over twelve months, collected at a shop or sent to a
 * rented room far from the address on the ID. Many applications are declined; what is approved turns up as
 * the finance company's identity-theft report once the first instalment is missed.
 */
function instalmentIdFraud(rng: Rng, w: World, n: number): Purchase[] {
  return ups(n).map((i) => {
    const r = rng.fork(`o${i}`);
    const at = placeAt(r, w.window, FINANCE);
    const owner = vietnamese(r);
    const idHome = addressIn(r, pickPlace(r, ['province', 'city']));
    const email = r.chance(0.55) ? emailOf(r, vietnamese(r)) : emailOf(r, owner);
    const buyer: Buyer = r.chance(0.7)
      ? { id: accountId(r), email, name: owner.name, createdAt: at - r.int(5, 90) * MINUTE }
      : { email, name: owner.name };
    const main = r.weightedPick([
      [r.pick(FLAGSHIP_IPHONES), 50],
      [r.pick(FLAGSHIP_ANDROID), 25],
      [r.pick(LAPTOPS.slice(0, 3)), 15],
      [r.pick(IPHONES), 10],
    ] as const);
    const lines = [lineOf(main)];
    const city = bigCity(r);
    const f: Fulfilment = r.weightedPick<Fulfilment>([
      ['pickup', 50],
      ['express_2h', 25],
      ['standard', 25],
    ]);
    const basket = basketOf(lines, { shippingFee: feeFor(lines, f) });
    const provider = financeCompany(r);
    const attempts: Attempt[] = [financeAttempt(provider, r.chance(0.6), r.int(15, 100) * MINUTE)];
    if (!attempts[0]?.ok && r.chance(0.5)) {
      const second = financeCompany(r);
      attempts.push(
        financeAttempt(second === provider ? 'fe_credit' : second, r.chance(0.5), r.int(20, 90) * MINUTE),
      );
    }
    const paidAt = paidAfter(attempts);
    const later: LaterEvent[] = [];
    if (paidAt === undefined)
      later.push({
        type: 'order.cancelled',
        afterMs: triedUntil(attempts) + r.int(10, 30) * MINUTE,
        reason: 'finance_declined',
      });
    else if (f === 'pickup' && r.chance(0.12)) {
      const ready = paidAt + r.int(30, 120) * MINUTE;
      later.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
      later.push({
        type: 'order.cancelled',
        afterMs: ready + r.int(1, 8) * HOUR,
        reason: 'identity_mismatch',
      });
    } else {
      const { steps, handed } = handover(r, f, paidAt, 'metro');
      later.push(...steps);
      if (r.chance(0.55))
        later.push({
          type: 'fraud_warning.created',
          afterMs: handed + r.int(30, 75) * DAY,
          reason: 'identity_theft',
        });
    }
    return build({
      at,
      kind: 'instalment_id_fraud',
      fraud: true,
      buyer,
      phone: junkSimNumber(r),
      billing: idHome,
      ...(f === 'pickup' ? { shop: shopFor(r, city.province).id } : { shipping: dropAddress(r, city) }),
      fulfilment: f,
      ip: ipOn(r, r.chance(0.8) ? r.weightedPick(VN_MOBILE) : r.weightedPick(VN_HOME)),
      device: localDevice(r),
      basket,
      paying: { method: 'consumer_finance', attempts },
      later,
      finance: {
        provider: attempts.find((a) => a.ok)?.provider ?? provider,
        tenorMonths: r.chance(0.8) ? 12 : 9,
        downPayment: r.chance(0.7) ? 0 : Math.round((itemsTotal(lines) * 0.1) / 100_000) * 100_000,
      },
    });
  });
}

/**
 * Account takeover: a customer's account opened through a swapped SIM or an OTP read out to a fake courier or
 * bank over the phone, often by call centres across the Cambodian border; a new device, the saved card, the
 * linked wallet or the ATM card with the phished OTP; codes cashed out at once, goods to a new address or a
 * shop counter. Card victims charge back; wallet victims can only complain.
 */
function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const aged = w.base.local.filter(
    (a) => a.createdAt < w.window.start - 60 * DAY && (a.cards.length > 0 || a.wallets.length > 0 || a.napas),
  );
  const pool = aged.length > 0 ? aged : w.base.local;
  return ups(n).map((i) => {
    const r = rng.fork(`o${i}`);
    const a: Account = pickAccount(r, pool);
    const at = placeAt(r, w.window, LATE);
    const net: NetworkName = r.weightedPick<NetworkName>([
      [r.weightedPick(VN_MOBILE), 55],
      ['kh-mobile', 25],
      ['sg-hosting', 20],
    ]);
    const simSwap = r.chance(0.35);
    const digital = r.chance(0.25);
    const lines: Line[] = digital
      ? [lineOf(r.pick(TOPUP_BIG), r.pick([4, 6, 8, 10]))]
      : [
          lineOf(
            r.weightedPick([
              [r.pick(FLAGSHIP_IPHONES), 45],
              [r.pick(LAPTOPS.slice(0, 3)), 13],
              [bySku(r.pick(['APP3', 'AW-U3', 'AW-S11-42'])), 20],
              [r.pick(IPHONES), 14],
              [r.pick(CONSOLES), 8],
            ] as const),
          ),
        ];
    const readdress = !digital && r.chance(0.15);
    const f: Fulfilment = digital
      ? 'digital'
      : r.weightedPick<Fulfilment>([
          ['express_2h', readdress && !a.place.express ? 0 : 45],
          ['pickup', readdress ? 0 : 20],
          ['standard', 35],
        ]);
    const basket = basketOf(lines, { shippingFee: feeFor(lines, f) });
    const how = a.cards.length > 0 && r.chance(0.6) ? 'card' : a.wallets.length > 0 ? 'wallet' : 'napas';
    const attempts: Attempt[] = [];
    if (how === 'card') {
      const card = r.pick(a.cards);
      const three = r.weightedPick<ThreeDS>([
        ['challenge_passed', 55],
        ['frictionless', 30],
        ['challenge_failed', 15],
      ]);
      const ok = three !== 'challenge_failed' && r.chance(0.9);
      attempts.push(
        cardAttempt(r, card, {
          entry: 'saved',
          ok,
          afterMs: firstAuth(r),
          threeDS: three,
          ...(ok ? {} : { decline: three === 'challenge_failed' ? 'authentication_failed' : 'do_not_honor' }),
        }),
      );
    } else if (how === 'wallet') {
      const wallet = r.pick(a.wallets);
      const ok = r.chance(0.85);
      attempts.push(other(wallet, ok, firstAuth(r), 'insufficient_balance'));
      if (!ok && a.wallets.length > 1)
        attempts.push(other(a.wallets.find((x) => x !== wallet) ?? wallet, true, retryGap(r)));
    } else {
      const card = a.napas ?? napasCard(r);
      const ok = r.chance(0.75);
      attempts.push(napasAttempt(card, ok, firstAuth(r), 'otp_incorrect'));
      if (!ok && r.chance(0.6)) attempts.push(napasAttempt(card, true, retryGap(r)));
    }
    const method = attempts[0]?.method ?? 'card';
    const paidAt = paidAfter(attempts);
    const later: LaterEvent[] = [];
    const newHome = dropAddress(r, bigCity(r));
    if (paidAt === undefined) later.push(released(r, attempts));
    else if (r.chance(0.1))
      later.push({
        type: 'order.cancelled',
        afterMs: paidAt + r.int(20, 300) * MINUTE,
        reason: 'account_compromised',
      });
    else {
      if (readdress)
        later.push({
          type: 'order.updated',
          afterMs: paidAt + r.int(2, 15) * MINUTE,
          status: 'address_changed',
          shipping: newHome,
        });
      const { steps, handed } = handover(r, f, paidAt + (readdress ? 16 * MINUTE : 0), 'metro');
      later.push(...steps);
      const paidBy = attempts.find((x) => x.ok)?.method;
      if (paidBy === 'card') {
        if (r.chance(0.3))
          later.push({
            type: 'fraud_warning.created',
            afterMs: handed + r.int(2, 12) * DAY,
            reason: 'fraudulent',
          });
        if (r.chance(0.75))
          later.push({
            type: 'dispute.created',
            afterMs: handed + r.int(10, 45) * DAY,
            reason: 'fraudulent',
          });
      } else if (r.chance(0.1))
        later.push({
          type: 'refund.created',
          afterMs: handed + r.int(2, 10) * DAY,
          reason: 'account_compromised',
        });
    }
    const device = r.chance(0.5) ? localDevice(r) : deviceOf(r, 'windows', false);
    return build({
      at,
      kind: 'account_takeover',
      fraud: true,
      buyer: accountBuyer(a),
      phone: simSwap ? a.phone : junkSimNumber(r),
      billing: a.home,
      ...(f === 'express_2h' || f === 'standard'
        ? { shipping: readdress ? a.home : newHome, recipient: vietnamese(r).name }
        : {}),
      fulfilment: f,
      ...(f === 'pickup' ? { shop: shopFor(r, newHome.city ?? HCMC).id } : {}),
      ip: ipOn(r, net),
      device,
      basket,
      paying: { method, attempts },
      later,
    });
  });
}

const FARM_ITEMS = [
  'AP4',
  'XM-BAND10',
  'XM-RN14-256',
  'SS-A17-128',
  'JBL-GO4',
  'AC-PB20K',
  'SS-BUDS3FE',
  'XM-R15C-128',
];

/**
 * New-user voucher farms: emulators on one PC behind a 4G proxy or one fibre line, a fresh account per order on
 * a junk SIM, the new-user voucher or the wallet's new-user promotion, resellable gadgets shipped to a handful of
 * doorways in one ward. The store catches a few duplicates; the rest are delivered, and even cash is paid.
 */
function promoFarm(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  let s = 0;
  while (out.length < n) {
    const r = rng.fork(`session${s++}`);
    const size = Math.min(n - out.length, r.int(4, 12));
    const place = r.chance(0.75) ? bigCity(r) : pickPlace(r, ['city', 'province']);
    const ward = r.pick(place.wards);
    const street = r.pick(place.streets);
    const houses = ups(r.int(2, 3)).map(() => r.int(5, 300));
    const devices = ups(r.int(2, 4)).map(() => emulator(r));
    const net: NetworkName = r.chance(0.7) ? r.weightedPick(VN_MOBILE) : r.weightedPick(VN_HOME);
    const fixedIp = ipOn(r, net);
    const start =
      w.flashes.length > 0 && r.chance(0.5)
        ? Math.min(w.window.end - 3 * HOUR, r.pick(w.flashes) + r.int(0, 30) * MINUTE)
        : Math.min(w.window.end - 3 * HOUR, placeAt(r, w.window, EVERYDAY));
    let t = Math.max(w.window.start, start);
    const code: Promo = r.chance(0.5)
      ? { code: 'NEWUSER300K', discount: 300_000 }
      : r.chance(0.5)
        ? { code: 'ZLPNEW', discount: 200_000 }
        : { code: 'MOMONEW', discount: 150_000 };
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      t = Math.min(w.window.end - 1, t + (i === 0 ? 0 : o.int(60_000, 8 * MINUTE)));
      const person = vietnamese(o);
      const buyer: Buyer = {
        id: accountId(o),
        email: emailOf(o, person, 'gmail.com'),
        name: person.name,
        createdAt: t - o.int(2, 20) * MINUTE,
      };
      const lines = [lineOf(bySku(o.pick(FARM_ITEMS)))];
      while (itemsTotal(lines) < 1_500_000) lines.push(lineOf(bySku(o.pick(FARM_ITEMS))));
      const f: Fulfilment =
        o.chance(0.1) && place.express
          ? 'pickup'
          : place.express && o.chance(0.3)
            ? 'express_2h'
            : 'standard';
      const method =
        code.code === 'ZLPNEW'
          ? 'zalopay'
          : code.code === 'MOMONEW'
            ? 'momo'
            : o.chance(0.3)
              ? 'cod'
              : o.pick(['zalopay', 'momo'] as const);
      const basket = basketOf(lines, { ...code, shippingFee: feeFor(lines, f) });
      const paying: Paying =
        method === 'cod'
          ? { method, attempts: [], settle: 'cod' }
          : { method, attempts: [other(method, true, o.int(20_000, 90_000))] };
      const paidAt = paidAfter(paying.attempts);
      const later: LaterEvent[] = o.chance(0.12)
        ? [
            {
              type: 'order.cancelled',
              afterMs: (paidAt ?? 0) + o.int(30, 240) * MINUTE,
              reason: 'voucher_abuse',
            },
          ]
        : honestJourney(o, {
            fulfilment: f,
            tier: place.tier,
            ...(paidAt !== undefined ? { paidAt } : {}),
            triedUntil: triedUntil(paying.attempts),
            ...(paying.settle ? { settle: paying.settle } : {}),
            amount: basket.amount,
            method,
            refusal: 0.02,
          });
      const home: Address = {
        country: 'VN',
        postalCode: String(o.int(place.postal[0], place.postal[1])).padStart(5, '0'),
        city: place.province,
        line1: `${o.pick(houses)}${o.chance(0.5) ? `/${o.int(1, 9)}` : ''} ${o.chance(0.3) ? street.toUpperCase() : street}, ${ward}`,
      };
      out.push(
        build({
          at: t,
          kind: 'promo_farm',
          fraud: true,
          buyer,
          phone: junkSimNumber(o),
          billing: home,
          ...(f === 'pickup' ? { shop: shopFor(o, place.province).id } : { shipping: home }),
          fulfilment: f,
          ip: o.chance(0.4) ? fixedIp : ipOn(o, net),
          device: o.pick(devices),
          basket,
          paying,
          later,
        }),
      );
    }
  }
  return out;
}

const FLASH_DEALS: ReadonlyArray<readonly [string, number]> = [
  ['IP17PM-256', 4_000_000],
  ['IP17-256', 3_000_000],
  ['APP3', 1_500_000],
  ['PS5-SLIM-D', 2_500_000],
  ['SS-S25U-256', 5_000_000],
];

/**
 * Resellers sweeping the flash sales: one-per-customer deals bought within seconds of the start by a few
 * people with scripts, through aged accounts borrowed from relatives and accounts prepared the week before,
 * paid from a dozen bank accounts, picked up at one shop or sent to the reseller's own phone shop. The store
 * cancels some over the purchase limit; the rest are on a marketplace by evening.
 */
function flashSaleReseller(rng: Rng, w: World, n: number): Purchase[] {
  const crews = ups(Math.max(1, Math.ceil(n / 10))).map((i) => {
    const r = rng.fork(`crew${i}`);
    const city = bigCity(r);
    const shopAddress = addressIn(r, city);
    return {
      city,
      shopAddress: {
        ...shopAddress,
        line1: `Cửa hàng ĐTDĐ ${r.pick(['Minh Khang', 'Hải Đăng', 'Tuấn Phát', 'Phúc An'])}, ${shopAddress.line1 ?? ''}`,
      },
      pickupShop: shopFor(r, city.province).id,
      line: ipOn(r, r.chance(0.5) ? 'vn-office' : r.weightedPick(VN_HOME)),
      mobile: r.weightedPick(VN_MOBILE),
      devices: ups(r.int(2, 3)).map(() => (r.chance(0.6) ? deviceOf(r, 'windows', false) : localDevice(r))),
      accounts: ups(r.int(4, 10)).map(() => {
        const p = vietnamese(r);
        const aged = r.chance(0.5);
        return {
          id: accountId(r),
          email: emailOf(r, p),
          name: p.name,
          createdAt: w.window.start - (aged ? r.int(90, 1500) : r.int(1, 7)) * DAY - r.int(0, 1439) * MINUTE,
          phone: aged ? mobileNumber(r) : junkSimNumber(r),
          home: addressIn(r, city),
        };
      }),
    };
  });
  const flashes = w.flashes.length > 0 ? w.flashes : [Math.floor((w.window.start + w.window.end) / 2)];
  return ups(n).map((i) => {
    const r = rng.fork(`o${i}`);
    const crew = r.pick(crews);
    const acct = r.pick(crew.accounts);
    const at = Math.max(w.window.start, Math.min(w.window.end - 1, r.pick(flashes) + r.int(2_000, 150_000)));
    const [sku, cut] = r.pick(FLASH_DEALS);
    const lines = [lineOf(bySku(sku))];
    const pickup = r.chance(0.5);
    const f: Fulfilment = pickup ? 'pickup' : 'standard';
    const basket = basketOf(lines, { code: 'FLASHSALE', discount: cut, shippingFee: 0 });
    const method = r.weightedPick<'vnpay_qr' | 'napas' | 'bank_transfer' | 'momo'>([
      ['vnpay_qr', 40],
      ['napas', 25],
      ['bank_transfer', 15],
      ['momo', 20],
    ]);
    const ok = r.chance(0.94);
    const attempt =
      method === 'napas'
        ? napasAttempt(napasCard(r), ok, r.int(8_000, 40_000), 'otp_timeout')
        : other(
            method,
            ok,
            method === 'bank_transfer' ? r.int(60_000, 10 * MINUTE) : r.int(8_000, 40_000),
            'payment_timeout',
          );
    const attempts = [attempt];
    const paidAt = paidAfter(attempts);
    const later: LaterEvent[] = [];
    if (paidAt === undefined) later.push(released(r, attempts));
    else if (r.chance(0.18))
      later.push({
        type: 'order.cancelled',
        afterMs: paidAt + r.int(1, 20) * HOUR,
        reason: 'purchase_limit_exceeded',
      });
    else later.push(...handover(r, f, paidAt, 'metro').steps);
    const device = r.pick(crew.devices);
    const bot = r.chance(0.3);
    return build({
      at,
      kind: 'flash_sale_reseller',
      fraud: true,
      buyer: { id: acct.id, email: acct.email, name: acct.name, createdAt: acct.createdAt },
      phone: acct.phone,
      billing: acct.home,
      ...(pickup ? { shop: crew.pickupShop } : { shipping: crew.shopAddress }),
      fulfilment: f,
      ip: r.chance(0.7) ? crew.line : ipOn(r, crew.mobile),
      device: bot ? { platform: device.platform, app: false, userAgent: device.userAgent } : device,
      basket,
      paying: { method, attempts },
      later,
    });
  });
}

/**
 * Friendly fraud: customers of long standing, on their own phone at home, who take delivery and then tell their
 * bank the phone never came or the charge was not theirs (overseas Vietnamese too, "a relative used my card"),
 * or tell the store the box was empty.
 */
function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return ups(n).map((i) => {
    const r = rng.fork(`o${i}`);
    const abroad = r.chance(0.25) && w.base.diaspora.length > 0;
    const a = abroad ? pickAccount(r, w.base.diaspora) : pickAccount(r, w.base.local);
    const tz = a.abroad?.tz ?? 7;
    const at = placeAt(r, w.window, EVERYDAY, { tz });
    const card = a.cards[0] ?? newCard(r, a.abroad?.country ?? 'VN', 'credit');
    const main = r.weightedPick([
      [r.pick(FLAGSHIP_IPHONES), 35],
      [r.pick(IPHONES), 20],
      [bySku(r.pick(['APP3', 'AP4-ANC', 'AW-S11-42'])), 25],
      [r.pick(TABLETS), 10],
      [r.pick(LAPTOPS), 10],
    ] as const);
    const lines = [lineOf(main)];
    const f: Fulfilment = abroad
      ? 'standard'
      : r.weightedPick<Fulfilment>([
          ['standard', 60],
          ['express_2h', a.place.express ? 30 : 0],
          ['pickup', 10],
        ]);
    const basket = basketOf(lines, { shippingFee: feeFor(lines, f) });
    const method = abroad
      ? 'card'
      : r.weightedPick<'card' | 'apple_pay' | 'card_instalment'>([
          ['card', 60],
          ['apple_pay', 20],
          ['card_instalment', 20],
        ]);
    const attempts = [
      cardAttempt(r, card, {
        entry: method === 'apple_pay' ? 'wallet' : a.cards.length > 0 && r.chance(0.5) ? 'saved' : 'typed',
        ok: true,
        afterMs: firstAuth(r),
        method,
      }),
    ];
    const paidAt = paidAfter(attempts) ?? 0;
    const { steps, handed } = handover(r, f, paidAt, a.place.tier);
    const later: LaterEvent[] = [...steps];
    if (!abroad && f !== 'pickup' && r.chance(0.25))
      later.push({ type: 'refund.created', afterMs: handed + r.int(1, 4) * DAY, reason: 'item_missing' });
    else
      later.push({
        type: 'dispute.created',
        afterMs: handed + r.int(12, 60) * DAY,
        reason: abroad
          ? 'fraudulent'
          : r.weightedPick<string>([
              ['product_not_received', 40],
              ['fraudulent', 35],
              ['not_as_described', 15],
              ['credit_not_processed', 10],
            ]),
      });
    const [homeNet] = a.abroad ? (ABROAD_NETS[a.abroad.country] ?? ['us-cable']) : [a.homeNet];
    return build({
      at,
      kind: 'friendly_fraud',
      fraud: true,
      buyer: accountBuyer(a),
      phone: a.phone,
      billing: a.abroadHome ?? a.home,
      ...(f === 'pickup' ? { shop: shopFor(r, a.place.province).id } : { shipping: a.home }),
      ...(abroad ? { recipient: `${a.person.family} ${vietnamese(r).middle} ${vietnamese(r).given}` } : {}),
      fulfilment: f,
      ip: ipOn(r, r.chance(0.75) ? (homeNet ?? a.homeNet) : a.mobileNet),
      device: r.pick(a.devices),
      ...(a.abroad ? { locale: r.chance(0.6) ? 'vi-VN' : a.abroad.locale } : {}),
      basket,
      paying: { method, attempts },
      later,
      ...(method === 'card_instalment'
        ? { finance: { provider: `${card.brand}_bank_0pct`, tenorMonths: 12, downPayment: 0 } }
        : {}),
    });
  });
}

/** Addresses in the sanctioned jurisdictions, for billing. */
const SANCTIONED_TOWNS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  RU: [
    ['Moscow', '101000'],
    ['Saint Petersburg', '190000'],
    ['Novosibirsk', '630099'],
    ['Yekaterinburg', '620014'],
    ['Irkutsk', '664003'],
    ['Vladivostok', '690091'],
    ['Krasnoyarsk', '660049'],
  ],
  BY: [
    ['Minsk', '220030'],
    ['Gomel', '246050'],
  ],
  IR: [
    ['Tehran', '1416753955'],
    ['Isfahan', '8173673911'],
  ],
  CU: [['La Habana', '10400']],
  SY: [['Damascus', '']],
};

const MAIL: Readonly<Record<string, readonly string[]>> = {
  RU: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru'],
  BY: ['mail.ru', 'gmail.com', 'yandex.by'],
  IR: ['gmail.com', 'yahoo.com'],
  CU: ['nauta.cu', 'gmail.com'],
  SY: ['gmail.com', 'hotmail.com'],
};

const HOME_NET: Readonly<Record<string, NetworkName>> = {
  RU: 'ru-broadband',
  BY: 'by-broadband',
  IR: 'ir-broadband',
  CU: 'cu-mobile',
  SY: 'sy-broadband',
};

function sanctionedAddress(rng: Rng, country: string): Address {
  const [city, postalCode] = rng.pick(SANCTIONED_TOWNS[country] ?? SANCTIONED_TOWNS.RU ?? []);
  return {
    country,
    ...(postalCode ? { postalCode } : {}),
    city,
    line1:
      country === 'RU' || country === 'BY'
        ? `ul. ${rng.pick(['Lenina', 'Sovetskaya', 'Mira', 'Gagarina'])}, d. ${rng.int(1, 120)}, kv. ${rng.int(1, 200)}`
        : `${rng.int(1, 300)} ${rng.pick(['Street 12', 'Main Road', 'Avenue 5'])}`,
  };
}

/**
 * Buyers from sanctioned jurisdictions: Russian and Belarusian holidaymakers and residents in Nha Trang, Phú
 * Quốc and Vũng Tàu with cards from home (Mir and sanctioned banks' Visa declined, a UnionPay now and then
 * accepted) falling back to cash; grey exporters in Moscow buying iPhones by the handful for a Ho Chi Minh City
 * cargo agent, paid by transfer from a local account; Iranians, Cubans and Syrians ordering from home for
 * someone in Vietnam, who pays the courier.
 */
function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return ups(n).map((i) => {
    const r = rng.fork(`o${i}`);
    const type = r.weightedPick<'visitor' | 'exporter' | 'family'>([
      ['visitor', 45],
      ['exporter', 25],
      ['family', 30],
    ]);
    const country =
      type === 'visitor'
        ? r.chance(0.8)
          ? 'RU'
          : 'BY'
        : type === 'exporter'
          ? 'RU'
          : r.weightedPick<string>([
              ['IR', 50],
              ['CU', 25],
              ['SY', 25],
            ]);
    const tz = { RU: 3, BY: 3, IR: 3.5, CU: -5, SY: 3 }[country] ?? 3;
    const person = foreigner(r, country);
    const resort = placeNamed(
      r.weightedPick<string>([
        ['Khánh Hòa', 55],
        ['An Giang', 20],
        [HCMC, 15],
        [DA_NANG, 10],
      ]),
    );
    const at = placeAt(r, w.window, EVERYDAY, type === 'visitor' ? {} : { tz });
    const buyer: Buyer = r.chance(0.6)
      ? {
          id: accountId(r),
          email: foreignEmail(r, person.first, person.last, MAIL[country] ?? ['gmail.com']),
          name: person.name,
          createdAt: at - r.int(10, 400 * 24 * 60) * MINUTE,
        }
      : {
          email: foreignEmail(r, person.first, person.last, MAIL[country] ?? ['gmail.com']),
          name: person.name,
        };
    let lines: Line[];
    let f: Fulfilment;
    let shipping: Address | undefined;
    let shop: string | undefined;
    let ip: string;
    let paying: Paying;
    if (type === 'exporter') {
      lines = [
        lineOf(r.pick(FLAGSHIP_IPHONES.slice(0, 3)), r.int(3, 8)),
        ...(r.chance(0.4) ? [lineOf(bySku('APP3'), r.int(2, 6))] : []),
      ];
      f = 'standard';
      const agent = addressIn(r, placeNamed(HCMC));
      shipping = {
        ...agent,
        line1: `Kho ký gửi ${r.pick(['Trường Sơn', 'Cộng Hòa', 'Hoàng Hoa Thám'])}, Phường Tân Sơn Nhất`,
      };
      ip = ipOn(r, 'ru-broadband');
      const attempts: Attempt[] = [];
      if (r.chance(0.35))
        attempts.push(
          cardAttempt(r, newCard(r, 'RU'), {
            ok: false,
            decline: 'card_not_supported',
            afterMs: firstAuth(r),
            match: 'none',
          }),
        );
      const arrives = r.chance(0.85);
      if (arrives) attempts.push(other('bank_transfer', true, r.int(30, 300) * MINUTE));
      paying = {
        method: attempts[0]?.method ?? 'bank_transfer',
        attempts,
        ...(arrives ? {} : { unpaidTransfer: true }),
      };
    } else if (type === 'visitor') {
      lines = [
        lineOf(
          r.weightedPick([
            [r.pick(FLAGSHIP_IPHONES), 45],
            [r.pick(IPHONES), 20],
            [bySku(r.pick(['APP3', 'AP4', 'AW-S11-42'])), 25],
            [r.pick(LAPTOPS.slice(0, 2)), 10],
          ] as const),
        ),
      ];
      const pickup = r.chance(0.3) && resort.province !== 'An Giang';
      f = pickup ? 'pickup' : resort.express && r.chance(0.3) ? 'express_2h' : 'standard';
      if (pickup) shop = shopFor(r, resort.province).id;
      else {
        const hotel = addressIn(r, resort);
        shipping = {
          ...hotel,
          line1: `${r.pick(['Khách sạn', 'Căn hộ', 'Resort'])} ${r.pick(['Sea View', 'Golden Sand', 'Panorama', 'Muong Thanh', 'Havana'])}, ${hotel.line1 ?? ''}`,
        };
      }
      ip = r.chance(0.55)
        ? ipOn(r, r.chance(0.6) ? r.weightedPick(VN_MOBILE) : r.weightedPick(VN_HOME))
        : ipOn(r, HOME_NET[country] ?? 'ru-broadband');
      const attempts: Attempt[] = [];
      const card = newCard(r, country);
      const unionpay = card.brand === 'unionpay';
      const ok = unionpay && r.chance(0.4);
      attempts.push(
        cardAttempt(r, card, {
          ok,
          afterMs: firstAuth(r),
          match: 'none',
          ...(ok
            ? {}
            : {
                decline:
                  card.brand === 'mir'
                    ? 'card_not_supported'
                    : r.pick(['do_not_honor', 'card_not_supported'] as const),
              }),
        }),
      );
      paying = ok
        ? { method: 'card', attempts }
        : r.chance(0.6)
          ? { method: 'card', attempts, settle: pickup ? 'pay_at_store' : 'cod' }
          : { method: 'card', attempts };
    } else {
      lines = [
        lineOf(
          r.weightedPick([
            [r.pick(IPHONES), 35],
            [r.pick(MID_PHONES), 40],
            [r.pick(FLAGSHIP_IPHONES), 25],
          ] as const),
        ),
      ];
      f = 'standard';
      const there =
        country === 'CU' ? placeNamed(HANOI) : r.chance(0.6) ? placeNamed(HCMC) : placeNamed(HANOI);
      shipping = addressIn(r, there);
      ip = ipOn(r, HOME_NET[country] ?? 'ir-broadband');
      paying = { method: 'cod', attempts: [], settle: 'cod' };
    }
    const basket = basketOf(lines, { shippingFee: feeFor(lines, f) });
    const paidAt = paidAfter(paying.attempts);
    const later = honestJourney(r, {
      fulfilment: f,
      tier: 'metro',
      ...(paidAt !== undefined ? { paidAt } : {}),
      triedUntil: triedUntil(paying.attempts),
      ...(paying.settle ? { settle: paying.settle } : {}),
      ...(paying.unpaidTransfer ? { unpaidTransfer: true } : {}),
      amount: basket.amount,
      method: paying.attempts.find((a) => a.ok)?.method ?? paying.method,
      refusal: 0.06,
    });
    return build({
      at,
      kind: 'sanctioned_country',
      fraud: true,
      buyer,
      phone:
        type === 'visitor' && r.chance(0.5)
          ? mobileNumber(r)
          : `+${{ RU: '79', BY: '37529', IR: '989', CU: '535', SY: '9639' }[country] ?? '79'}${r.digits(8)}`,
      billing: sanctionedAddress(r, country),
      ...(shipping ? { shipping, recipient: type === 'visitor' ? person.name : vietnamese(r).name } : {}),
      fulfilment: f,
      ...(shop ? { shop } : {}),
      ip,
      device: type === 'exporter' ? deviceOf(r, 'windows', false) : localDevice(r),
      locale: country === 'RU' || country === 'BY' ? 'ru-RU' : 'en-US',
      basket,
      paying,
      later,
    });
  });
}

const PLANNERS: Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]> = {
  stolen_foreign_card: stolenForeignCard,
  card_testing: cardTesting,
  cod_bombing: codBombing,
  instalment_id_fraud: instalmentIdFraud,
  account_takeover: accountTakeover,
  promo_farm: promoFarm,
  flash_sale_reseller: flashSaleReseller,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, allocated exactly across the kinds (none when the stream is too small). */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const n = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((k) => PLANNERS[k](rng.fork(k), w, n[k]));
}
