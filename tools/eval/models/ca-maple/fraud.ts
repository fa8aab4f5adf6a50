import { allocateKinds } from '../kit/stream.js';
import { type Card, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { accountBuyerOf, assemble, type World } from './build.js';
import { CONSUMER, NIGHT, OFFICE, pickTime, type Zone } from './calendar.js';
import { binOf, fraudDecline, type Issuer, newCard } from './cards.js';
import { type Currency, gift, giftCard, type Line, line, P } from './catalogue.js';
import { ipOf, type NetName } from './networks.js';
import {
  addressAt,
  FORWARDERS,
  HEADLESS,
  newDevice,
  ONTARIO,
  person,
  type Place,
  QUEBEC,
  REST_OF_CANADA,
  US,
} from './people.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  type LaterEvent,
  other,
  type Paying,
  type Purchase,
  retryGap,
  shippedAfter,
} from './purchase.js';

/** The fraud a maple shop sees, by kind, with weights for allocating a seed's fraud orders. */

export const FRAUD = {
  card_testing: 22,
  stolen_card_gifts: 20,
  bulk_resale: 10,
  gift_card_cashout: 12,
  account_takeover: 9,
  fake_corporate: 4,
  friendly_fraud: 10,
  refund_abuse: 7,
  sanctioned_country: 6,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const HOME = { curve: CONSUMER, weekend: 1.1, seasonal: true } as const;

/** Chargebacks for a card that was not the buyer's: a warning from the issuer, then the dispute. */
function chargedBack(rng: Rng, shipped: LaterEvent[], efw = 0.6, dispute = 0.75): LaterEvent[] {
  const out = [...shipped];
  if (rng.chance(efw))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(3, 20) * DAY,
      reason: rng.pick(['made_with_stolen_card', 'unauthorized_use_of_card']),
    });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(18, 70) * DAY, reason: 'fraudulent' });
  return out;
}

/** Stolen card details tried until one goes through (or the bank's prompt stops them). */
function stolenPay(rng: Rng, amount: number, cards: Card[], fail: number, threeDSFail: number): Paying {
  const attempts: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const afterMs = i === 0 ? firstAuth(rng) : retryGap(rng) / 3;
    const challenged = card.country === 'CA' && rng.chance(threeDSFail);
    if (challenged) {
      attempts.push(
        cardAttempt(rng, card, amount, {
          ok: false,
          decline: 'authentication_failed',
          afterMs,
          match: 'good',
        }),
      );
      continue;
    }
    if (i < cards.length - 1 && rng.chance(fail)) {
      attempts.push(
        cardAttempt(rng, card, amount, { ok: false, decline: fraudDecline(rng), afterMs, match: 'near' }),
      );
      continue;
    }
    attempts.push(
      cardAttempt(rng, card, amount, { ok: true, afterMs, match: rng.chance(0.7) ? 'good' : 'near' }),
    );
    break;
  }
  return { attempts, method: 'card' };
}

const guestEmail = (rng: Rng) =>
  `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${rng.pick(['gmail.com', 'outlook.com', 'hotmail.com', 'proton.me'])}`;

const proxy = (rng: Rng, country: 'CA' | 'US'): NetName =>
  rng.chance(0.55)
    ? country === 'CA'
      ? rng.pick<NetName>(['qc-cable', 'on-cable', 'ca-dsl-fibre'])
      : rng.pick<NetName>(['us-cable', 'us-fibre'])
    : rng.pick<NetName>(country === 'CA' ? ['ca-hosting', 'ca-mobile'] : ['us-hosting', 'us-mobile']);

/** Bots checking card numbers on the cheapest thing: candy or a $25 e-gift card, runs at night, on few BINs. */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const runs = Math.max(1, Math.ceil(count / 14));
  const out: Purchase[] = [];
  const plan = Array.from({ length: runs }, () => ({
    start: pickTime(rng, w.window, 'QC', { curve: NIGHT, weekend: 1, seasonal: false }),
    bins: [binOf(rng, rng.pick<Issuer>(['US', 'US_PREPAID', 'CA'])), binOf(rng, 'US')],
    device: newDevice(rng, rng.chance(0.5) ? HEADLESS : undefined),
    gc: rng.chance(0.5),
  }));
  for (let i = 0; i < count; i++) {
    const run = plan[i % runs] ?? plan[0];
    if (!run) break;
    const t =
      i < runs
        ? run.start
        : Math.min(w.window.end - 1, run.start + Math.floor(i / runs) * rng.int(25_000, 4 * MINUTE));
    const issuer: Issuer = 'US';
    const bin = rng.chance(0.85) ? run.bins[0] : run.bins[1];
    const card = newCard(rng, issuer, bin);
    const billTo = rng.pick(rng.chance(0.5) ? US : QUEBEC);
    const fake = person(rng, billTo.country === 'US' ? 'us' : 'qc');
    const lines: Line[] = run.gc ? [line(giftCard(2500), 1, 'CAD')] : [line(P.leafCandy, 1, 'CAD')];
    out.push(
      assemble(
        {
          at: t,
          kind: 'card_testing',
          fraud: true,
          buyer: { email: guestEmail(rng), name: fake.name },
          billing: addressAt(rng, billTo),
          ...(run.gc
            ? {}
            : { shipping: addressAt(rng, billTo.country === 'CA' ? billTo : rng.pick(QUEBEC)) }),
          province: 'QC',
          lines,
          currency: 'CAD',
          fulfilment: run.gc ? 'email' : 'canada_post',
          ip: ipOf(rng, rng.pick<NetName>(['us-hosting', 'us-cable', 'us-mobile', 'ca-hosting'])),
          device: rng.chance(0.7) ? run.device : newDevice(rng, HEADLESS),
          locale: 'en-CA',
          ...(run.gc ? { extra: { recipientEmail: guestEmail(rng) } } : {}),
        },
        (amount) => {
          const tries = rng.int(1, 3);
          const attempts = Array.from({ length: tries }, (_, k) =>
            cardAttempt(rng, card, amount, {
              ok: false,
              decline: fraudDecline(rng),
              afterMs: k === 0 ? rng.int(2_000, 9_000) : rng.int(1_500, 6_000),
              match: 'wrong',
              threeDS: 'not_enrolled',
            }),
          );
          if (rng.chance(0.14))
            attempts.push(
              cardAttempt(rng, card, amount, {
                ok: true,
                afterMs: rng.int(1_500, 5_000),
                match: 'wrong',
                threeDS: 'not_enrolled',
              }),
            );
          return { attempts, method: 'card' };
        },
        (b) => [
          ...shippedAfter(rng, run.gc ? 'email' : 'canada_post', b.amount, false).slice(0, 1),
          { type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY, reason: 'made_with_stolen_card' },
        ],
      ),
    );
  }
  return out;
}

/** Full stolen details (phished or from an info-stealer) buying gift baskets shipped to a drop address. */
function stolenGifts(rng: Rng, w: World): Purchase {
  const us = rng.chance(0.45);
  const holderHome = rng.pick(us ? US : [...QUEBEC, ...ONTARIO]);
  const holder = person(rng, us ? 'us' : holderHome.province === 'QC' ? 'qc' : 'en');
  const drop = rng.pick(us ? US : [...ONTARIO, ...QUEBEC, ...REST_OF_CANADA]);
  const currency: Currency = drop.country === 'US' ? 'USD' : 'CAD';
  const lines = [...gift(rng, currency), ...(rng.chance(0.5) ? gift(rng, currency) : [])];
  const cards = [
    newCard(rng, us ? 'US' : 'CA'),
    ...(rng.chance(0.4) ? [newCard(rng, us ? 'US' : 'CA')] : []),
  ];
  const guest = rng.chance(0.7);
  const at = pickTime(rng, w.window, holderHome.zone, HOME);
  return assemble(
    {
      at,
      kind: 'stolen_card_gifts',
      fraud: true,
      buyer: guest
        ? { email: rng.chance(0.5) ? holder.email : guestEmail(rng), name: holder.name }
        : {
            id: `cus_${rng.token(12)}`,
            email: guestEmail(rng),
            name: holder.name,
            createdAt: at - rng.int(2, 40) * MINUTE,
          },
      billing: addressAt(rng, holderHome),
      shipping: addressAt(rng, drop),
      province: drop.province,
      lines,
      currency,
      fulfilment: 'courier',
      ip: ipOf(rng, proxy(rng, us ? 'US' : 'CA')),
      device: newDevice(rng),
      locale: us ? 'en-US' : 'en-CA',
      ...(rng.chance(0.4) ? { extra: { giftNote: 'Happy Easter!' } } : {}),
    },
    (amount) => stolenPay(rng, amount, cards, 0.35, 0.3),
    (b) => chargedBack(rng, shippedAfter(rng, 'courier', b.amount, us)),
  );
}

/** Syrup is a resale commodity: jugs, cases and pails on stolen cards to a reshipper or a GTA unit. */
function bulkResale(
  rng: Rng,
  w: World,
  ring: { forwarder: Place & { line1: string }; device: ReturnType<typeof newDevice> },
): Purchase {
  const to = ring.forwarder;
  const currency: Currency = to.country === 'US' ? 'USD' : 'CAD';
  const lines = [
    line(P.jug4l, rng.int(3, 10), currency),
    ...(rng.chance(0.6) ? [line(P.case12, rng.int(1, 4), currency)] : []),
    ...(rng.chance(0.3) ? [line(P.pail20l, rng.int(1, 2), currency)] : []),
  ];
  const us = rng.chance(0.7);
  const holderHome = rng.pick(us ? US : [...QUEBEC, ...ONTARIO, ...REST_OF_CANADA]);
  const holder = person(rng, us ? 'us' : 'en');
  const cards = [newCard(rng, us ? 'US' : 'CA'), newCard(rng, us ? 'US' : 'CA')];
  const at = pickTime(rng, w.window, to.zone, HOME);
  return assemble(
    {
      at,
      kind: 'bulk_resale',
      fraud: true,
      buyer: {
        id: `cus_${rng.token(12)}`,
        email: guestEmail(rng),
        name: holder.name,
        createdAt: at - rng.int(3, 90) * MINUTE,
      },
      billing: addressAt(rng, holderHome),
      shipping: addressAt(rng, to, to.line1),
      province: to.province,
      lines,
      currency,
      fulfilment: 'courier',
      ip: ipOf(rng, proxy(rng, to.country === 'US' ? 'US' : 'CA')),
      device: rng.chance(0.6) ? ring.device : newDevice(rng),
      locale: 'en-CA',
    },
    (amount) => stolenPay(rng, amount, cards, 0.4, 0.3),
    (b) => chargedBack(rng, shippedAfter(rng, 'courier', b.amount, true), 0.5, 0.85),
  );
}

/** Stolen cards buying the shack's e-gift cards, e-mailed to a mailbox and sold on at a discount. */
function giftCardCashout(rng: Rng, w: World): Purchase {
  const ca = rng.chance(0.6);
  const holderHome = rng.pick(ca ? QUEBEC : US);
  const holder = person(rng, ca ? 'qc' : 'us');
  const value = rng.pick([10_000, 15_000, 20_000]);
  const cards = [newCard(rng, ca ? 'CA' : 'US'), newCard(rng, ca ? 'CA' : 'US')];
  return assemble(
    {
      at: pickTime(rng, w.window, 'QC', { curve: CONSUMER, weekend: 1, seasonal: false }),
      kind: 'gift_card_cashout',
      fraud: true,
      buyer: { email: guestEmail(rng), name: holder.name },
      billing: addressAt(rng, holderHome),
      province: 'QC',
      lines: [line(giftCard(value), rng.int(2, 5), 'CAD')],
      currency: 'CAD',
      fulfilment: 'email',
      ip: ipOf(rng, rng.pick<NetName>(['ca-hosting', 'us-hosting', 'nl-hosting', 'ca-mobile'])),
      device: newDevice(rng),
      locale: ca ? 'fr-CA' : 'en-CA',
      extra: { recipientEmail: guestEmail(rng) },
    },
    (amount) => stolenPay(rng, amount, cards, 0.4, 0.35),
    (b) => chargedBack(rng, shippedAfter(rng, 'email', b.amount, false), 0.55, 0.8),
  );
}

/** A loyal customer's account, its password reused elsewhere: a new device, a saved card, a new address. */
function takeover(rng: Rng, w: World): Purchase {
  const old = w.base.all.filter((a) => a.createdAt < w.window.start - 60 * DAY);
  const a = rng.pick(old.length > 0 ? old : w.base.all);
  const drop = rng.chance(0.35) ? rng.pick(FORWARDERS) : undefined;
  const dropPlace = drop ?? rng.pick(a.home.country === 'US' ? US : [...ONTARIO, ...QUEBEC]);
  const currency: Currency = dropPlace.country === 'US' ? 'USD' : 'CAD';
  // A redirect edits a delivery address the account already had; the currency stays the original's.
  const redirect = dropPlace.country === a.address.country && rng.chance(0.35);
  const at = pickTime(rng, w.window, a.home.zone, { curve: NIGHT, weekend: 1, seasonal: false });
  const newShip = addressAt(rng, dropPlace, drop?.line1);
  const card = rng.pick(a.cards);
  return assemble(
    {
      at,
      kind: 'account_takeover',
      fraud: true,
      buyer: accountBuyerOf(a),
      billing: a.address,
      shipping: redirect ? a.address : newShip,
      province: dropPlace.province,
      lines: [...gift(rng, currency), line(P.jug4l, rng.int(1, 4), currency)],
      currency,
      fulfilment: 'courier',
      ip: ipOf(rng, rng.pick<NetName>(['us-hosting', 'nl-hosting', 'ca-hosting', 'us-mobile'])),
      device: newDevice(rng),
      locale: a.culture === 'qc' ? 'fr-CA' : a.culture === 'us' ? 'en-US' : 'en-CA',
    },
    (amount) => ({
      attempts: [
        cardAttempt(rng, card, amount, {
          entry: 'saved',
          ok: true,
          afterMs: firstAuth(rng),
          threeDS: rng.chance(0.7) ? 'frictionless' : 'attempted',
        }),
      ],
      method: 'card',
    }),
    (b) => {
      const steps: LaterEvent[] = [];
      if (redirect)
        steps.push({
          type: 'order.updated',
          afterMs: rng.int(3, 40) * MINUTE,
          shipping: newShip,
          reason: 'address_changed',
        });
      if (rng.chance(0.3))
        return [
          ...steps,
          {
            type: 'order.cancelled',
            afterMs: rng.int(6, 30) * HOUR,
            reason: 'customer_reported_unauthorized',
          },
          { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'fraudulent' },
        ];
      return chargedBack(rng, [...steps, ...shippedAfter(rng, 'courier', b.amount, true)], 0.4, 0.9);
    },
  );
}

/** A company that is not who it says (a look-alike domain): dozens of baskets on net-30 terms, never paid. */
function fakeCorporate(rng: Rng, w: World): Purchase {
  const home = rng.pick(rng.chance(0.6) ? ONTARIO : QUEBEC);
  const contact = person(rng, home.province === 'QC' ? 'qc' : 'en');
  const brand = rng.pick([
    'desjardins-groupe',
    'bell-canada-corp',
    'hydroquebec-achats',
    'sunlife-procurement',
    'rbc-events',
  ]);
  const n = rng.pick([30, 40, 60, 80]);
  const at = pickTime(rng, w.window, home.zone, { curve: OFFICE, weekend: 0.05, seasonal: false });
  const address = addressAt(rng, rng.chance(0.5) ? (FORWARDERS[3] ?? home) : home);
  return assemble(
    {
      at,
      kind: 'fake_corporate',
      fraud: true,
      buyer: {
        id: `b2b_${rng.token(10)}`,
        email: `${contact.email.split('@')[0] ?? 'achats'}@${brand}.com`,
        name: contact.name,
        createdAt: at - rng.int(1, 6) * DAY,
      },
      billing: address,
      shipping: address,
      province: home.province,
      lines: [line(rng.chance(0.6) ? P.corporateBasket : P.grandBasket, n, 'CAD')],
      currency: 'CAD',
      fulfilment: 'courier',
      ip: ipOf(rng, rng.pick<NetName>(['ca-hosting', 'us-hosting', 'on-cable'])),
      device: newDevice(rng),
      locale: home.province === 'QC' ? 'fr-CA' : 'en-CA',
      extra: {
        company: { name: brand.replace(/-/g, ' '), taxId: `BN ${rng.digits(9)}RT0001` },
        recipients: 1,
      },
    },
    () => ({ attempts: [], method: 'invoice' }),
    (b) => [
      ...shippedAfter(rng, 'courier', b.amount, false).filter((l) => l.type === 'order.updated'),
      { type: 'order.updated', afterMs: rng.int(32, 40) * DAY, status: 'invoice_overdue' },
      { type: 'order.cancelled', afterMs: rng.int(55, 75) * DAY, reason: 'unpaid_invoice' },
    ],
  );
}

/** A real customer who got the parcel (or whose recipient did) and tells the bank otherwise. */
function friendly(rng: Rng, w: World): Purchase {
  const a = rng.pick(rng.chance(0.5) ? w.base.us : w.base.all);
  const us = a.home.country === 'US';
  const to = rng.chance(0.5) ? a.home : rng.pick(us ? US : QUEBEC);
  const currency: Currency = to.country === 'US' ? 'USD' : 'CAD';
  const card = rng.pick(a.cards);
  return assemble(
    {
      at: pickTime(rng, w.window, a.home.zone, HOME),
      kind: 'friendly_fraud',
      fraud: true,
      buyer: accountBuyerOf(a),
      billing: a.address,
      shipping: to === a.home ? a.address : addressAt(rng, to),
      province: to.province,
      lines: rng.chance(0.6)
        ? gift(rng, currency)
        : [line(P.jug4l, rng.int(1, 2), currency), line(P.butter200, 2, currency)],
      currency,
      fulfilment: 'courier',
      ip: a.homeIp,
      device: rng.pick(a.devices),
      locale: a.culture === 'qc' ? 'fr-CA' : us ? 'en-US' : 'en-CA',
    },
    (amount) => ({
      attempts: [
        cardAttempt(rng, card, amount, {
          entry: rng.chance(0.5) ? 'saved' : 'typed',
          ok: true,
          afterMs: firstAuth(rng),
        }),
      ],
      method: 'card',
    }),
    (b) => [
      ...shippedAfter(rng, 'courier', b.amount, us).filter((l) => l.type === 'order.updated'),
      {
        type: 'dispute.created',
        afterMs: rng.int(25, 75) * DAY,
        reason: rng.weightedPick<string>([
          ['product_not_received', 55],
          ['unrecognized', 25],
          ['fraudulent', 20],
        ]),
      },
    ],
  );
}

/** The same few customers whose glass bottles always arrive broken: a refund without returning anything. */
function refundAbuse(rng: Rng, w: World, claimers: World['base']['all']): Purchase {
  const a = rng.pick(claimers.length > 0 ? claimers : w.base.all);
  const currency: Currency = a.home.country === 'US' ? 'USD' : 'CAD';
  const lines = [
    line(P.glass500, rng.int(2, 6), currency),
    line(P.glass250, rng.int(1, 4), currency),
    ...(rng.chance(0.5) ? [line(P.barrel375, 1, currency)] : []),
  ];
  const card = rng.pick(a.cards);
  return assemble(
    {
      at: pickTime(rng, w.window, a.home.zone, HOME),
      kind: 'refund_abuse',
      fraud: true,
      buyer: accountBuyerOf(a),
      billing: a.address,
      shipping: a.address,
      province: a.home.province,
      lines,
      currency,
      fulfilment: 'canada_post',
      ip: rng.chance(0.8) ? a.homeIp : ipOf(rng, a.mobileNet),
      device: rng.pick(a.devices),
      locale: a.culture === 'qc' ? 'fr-CA' : a.culture === 'us' ? 'en-US' : 'en-CA',
    },
    (amount) => ({
      attempts: [cardAttempt(rng, card, amount, { entry: 'saved', ok: true, afterMs: firstAuth(rng) })],
      method: rng.chance(0.3) ? 'apple_pay' : 'card',
    }),
    (b) => {
      const steps = shippedAfter(rng, 'canada_post', b.amount, false).filter(
        (l) => l.type === 'order.updated',
      );
      const delivered = steps[steps.length - 1]?.afterMs ?? 4 * DAY;
      return [
        ...steps,
        {
          type: 'refund.created',
          afterMs: delivered + rng.int(6, 72) * HOUR,
          reason: 'damaged_in_transit',
          amount: rng.chance(0.6) ? b.amount : Math.round(b.amount * 0.6),
        },
      ];
    },
  );
}

/**
 * Sanctioned jurisdictions. Russians order to a US or GTA forwarder with a Kazakh card (Russian cards do not
 * work abroad), some through a VPN with a Moscow billing address; Belarusians the same; Iranians and Cubans
 * with a relative's Canadian card, shipping to that relative in Canada.
 */
function sanctioned(rng: Rng, w: World): Purchase {
  const variant = rng.weightedPick<'ru' | 'ru_vpn' | 'by' | 'ir' | 'cu'>([
    ['ru', 35],
    ['ru_vpn', 15],
    ['by', 10],
    ['ir', 20],
    ['cu', 20],
  ]);
  const slavic = variant === 'ru' || variant === 'ru_vpn' || variant === 'by';
  const who = person(rng, slavic ? 'ru' : variant === 'ir' ? 'fa' : 'es');
  const fwd = rng.pick(FORWARDERS);
  const relative = rng.pick(
    variant === 'cu' ? QUEBEC : [...ONTARIO, ...REST_OF_CANADA.filter((p) => p.province === 'BC')],
  );
  const to: Place = slavic ? fwd : relative;
  const currency: Currency = to.country === 'US' ? 'USD' : 'CAD';
  const abroad: Record<'ru' | 'ru_vpn' | 'by', Place> = {
    ru: { city: 'Алматы', postalCode: '050000', country: 'KZ', province: 'ALA', zone: 'KZ' },
    ru_vpn: { city: 'Москва', postalCode: '119019', country: 'RU', province: 'MOW', zone: 'RU' },
    by: { city: 'Минск', postalCode: '220030', country: 'BY', province: 'HM', zone: 'BY' },
  };
  const billing = slavic
    ? addressAt(rng, abroad[variant as 'ru' | 'ru_vpn' | 'by'])
    : addressAt(rng, relative);
  const net: NetName =
    variant === 'ru'
      ? 'ru-mobile'
      : variant === 'ru_vpn'
        ? 'nl-hosting'
        : variant === 'by'
          ? 'by-fixed'
          : variant === 'ir'
            ? 'ir-mobile'
            : 'cu-fixed';
  const zone: Zone = variant === 'ir' ? 'IR' : variant === 'cu' ? 'CU' : variant === 'by' ? 'BY' : 'RU';
  const card = newCard(rng, slavic ? 'KZ' : 'CA');
  const lines = slavic
    ? [line(P.jug4l, rng.int(1, 3), currency), ...gift(rng, currency)]
    : gift(rng, currency);
  return assemble(
    {
      at: pickTime(rng, w.window, zone, HOME),
      kind: 'sanctioned_country',
      fraud: true,
      buyer: { email: who.email, name: who.name },
      billing,
      shipping: addressAt(rng, to, slavic ? fwd.line1 : undefined),
      province: to.province,
      lines,
      currency,
      fulfilment: 'courier',
      ip: ipOf(rng, net),
      device: newDevice(rng),
      locale: slavic ? 'ru-RU' : variant === 'cu' ? 'fr-CA' : 'en-CA',
      ...(!slavic
        ? {
            extra: { giftNote: rng.pick(['Para mamá, felices Pascuas', 'Happy Nowruz!', 'Joyeuses Pâques']) },
          }
        : {}),
    },
    (amount) => {
      if (rng.chance(0.25))
        return {
          attempts: [
            other('paypal', false, firstAuth(rng), 'do_not_honor'),
            cardAttempt(rng, card, amount, {
              ok: true,
              afterMs: retryGap(rng),
              match: slavic ? 'good' : 'near',
            }),
          ],
          method: 'paypal',
        };
      return {
        attempts: [
          cardAttempt(rng, card, amount, {
            ok: rng.chance(0.85),
            decline: 'do_not_honor',
            afterMs: firstAuth(rng),
            match: slavic ? 'good' : 'near',
          }),
        ],
        method: 'card',
      };
    },
    (b) =>
      rng.chance(0.35)
        ? [
            { type: 'order.cancelled', afterMs: rng.int(2, 30) * HOUR, reason: 'compliance_review' },
            { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'compliance_review' },
          ]
        : shippedAfter(rng, 'courier', b.amount, true).filter((l) => l.type === 'order.updated'),
  );
}

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const fwdRing = { forwarder: rng.pick(FORWARDERS), device: newDevice(rng) };
  const claimers = rng.shuffle(w.base.all).slice(0, Math.max(2, Math.ceil(n.refund_abuse / 2)));
  const many = (kind: FraudKind, make: (r: Rng) => Purchase) =>
    Array.from({ length: n[kind] }, (_, i) => make(rng.fork(`${kind}${i}`)));
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...many('stolen_card_gifts', (r) => stolenGifts(r, w)),
    ...many('bulk_resale', (r) =>
      bulkResale(r, w, r.chance(0.6) ? fwdRing : { forwarder: r.pick(FORWARDERS), device: newDevice(r) }),
    ),
    ...many('gift_card_cashout', (r) => giftCardCashout(r, w)),
    ...many('account_takeover', (r) => takeover(r, w)),
    ...many('fake_corporate', (r) => fakeCorporate(r, w)),
    ...many('friendly_fraud', (r) => friendly(r, w)),
    ...many('refund_abuse', (r) => refundAbuse(r, w, claimers)),
    ...many('sanctioned_country', (r) => sanctioned(r, w)),
  ];
}
