import { type Address, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { basketOf, buyerOf, linesOf, pickupFor, purchaseOf, WELCOME_CODE } from './basket.js';
import { CHEAPEST, EVENING, HOT, type Item, pickItem } from './catalogue.js';
import { address, ipIn, network, type NetKind } from './networks.js';
import {
  currencyOf,
  type HeldCard,
  homeAddress,
  mailDomain,
  newCard,
  newDevice,
  person,
  sameBin,
  type World,
} from './people.js';
import { market, RESHIPPERS, SANCTIONED_PLACES } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  type Decline,
  firstAuth,
  fulfil,
  honestPay,
  HOUR,
  inEuros,
  type LaterEvent,
  MINUTE,
  moment,
  type Purchase,
  retryGap,
  returnOf,
  type ThreeDS,
} from './purchase.js';

/** The fraud the boutique suffers, by kind, allocated exactly by weight (at least one of each). */

export const FRAUD = {
  card_testing: 12,
  stolen_card: 20,
  reshipping: 14,
  account_takeover: 12,
  reseller_accounts: 9,
  wardrobing: 10,
  return_fraud: 8,
  friendly_fraud: 9,
  sanctioned_country: 4,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const luxury = (rng: Rng): Item =>
  rng.chance(0.4)
    ? rng.pick(HOT)
    : pickItem(rng, [
        ['handbags', 55],
        ['jewellery', 20],
        ['shoes', 10],
        ['ready_to_wear', 10],
        ['sunglasses', 5],
      ]);

const VICTIMS: ReadonlyArray<readonly [string, number]> = [
  ['US', 30],
  ['GB', 15],
  ['IT', 14],
  ['DE', 8],
  ['FR', 8],
  ['CH', 5],
  ['AE', 5],
  ['HK', 4],
  ['JP', 5],
  ['ES', 3],
  ['NL', 3],
];

const HOSTING = ['nl-hosting', 'de-hosting', 'gb-hosting', 'us-hosting', 'ch-hosting', 'sg-hosting'];

/** A fraudster's connection: a residential proxy in the victim's country, a hosting exit, or a phone. */
function fraudIp(rng: Rng, country: string, proxy: number): string {
  const r = rng.next();
  if (r < proxy) return ipIn(rng, country, rng.chance(0.7) ? 'home' : 'mobile');
  if (r < proxy + (1 - proxy) * 0.7) return address(rng, network(rng.pick(HOSTING)), false);
  return ipIn(rng, rng.pick(['GB', 'NL', 'DE', 'US', 'FR']), 'mobile');
}

/** A throwaway or plausible e-mail: the victim's name, or something else. */
function fraudEmail(rng: Rng, name: { first: string; last: string }): string {
  const f = name.first.toLowerCase().replace(/[^a-z]/g, '');
  const l = name.last.toLowerCase().replace(/[^a-z]/g, '');
  return rng.weightedPick<string>([
    [`${f}.${l}${rng.int(1, 9999)}@${rng.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}`, 45],
    [`${f}${l}@${rng.pick(['gmail.com', 'icloud.com'])}`, 20],
    [`${rng.token(rng.int(7, 11))}@${rng.pick(['proton.me', 'gmail.com', 'tutamail.com'])}`, 20],
    [`${f[0] ?? 'x'}${l}.${rng.digits(2)}@${rng.pick(['hotmail.com', 'aol.com', 'gmx.com'])}`, 15],
  ]);
}

/** A stolen card's tries: the issuer's decline, 3-D Secure a fraudster may pass with a stolen code, another card. */
function stolenPay(
  rng: Rng,
  card: HeldCard,
  euros: number,
  o: { otp: number; wallet: number; declined: number },
): Attempt[] {
  const entry = rng.chance(o.wallet) ? 'wallet' : 'typed';
  const out: Attempt[] = [];
  const fail = (decline: Decline, c: HeldCard, afterMs: number, threeDS?: ThreeDS) =>
    cardAttempt(rng, c, euros, { entry, ok: false, decline, afterMs, ...(threeDS ? { threeDS } : {}) });
  const sca = ['IT', 'FR', 'DE', 'ES', 'NL', 'GB', 'CH'].includes(card.country);
  let current = card;
  for (let i = 0; i < 3; i++) {
    const after = i === 0 ? firstAuth(rng) : retryGap(rng);
    if (sca && entry === 'typed' && !rng.chance(o.otp)) {
      out.push(fail('authentication_failed', current, after, 'challenge_failed'));
    } else if (rng.chance(o.declined)) {
      out.push(
        fail(
          rng.pick<Decline>(['do_not_honor', 'stolen_card', 'insufficient_funds', 'card_declined']),
          current,
          after,
        ),
      );
    } else {
      const threeDS: ThreeDS | undefined =
        sca && entry === 'typed' ? (rng.chance(0.6) ? 'challenge_passed' : 'frictionless') : undefined;
      out.push(
        cardAttempt(rng, current, euros, {
          entry,
          ok: true,
          afterMs: after,
          ...(threeDS ? { threeDS } : {}),
        }),
      );
      return out;
    }
    if (rng.chance(0.35)) return out;
    current = rng.chance(0.5) ? sameBin(rng, current) : newCard(rng, current.country);
  }
  return out;
}

/** What follows a purchase on a stolen card: a review that cancels it, or the goods go and the issuer follows. */
function stolenAfter(
  rng: Rng,
  fulfilment: Purchase['fulfilment'],
  country: string,
  redirect?: Address,
): LaterEvent[] {
  if (rng.chance(0.22))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'fraudulent' },
    ];
  const out: LaterEvent[] = [];
  if (redirect)
    out.push({
      type: 'order.updated',
      afterMs: rng.int(1, 4) * HOUR,
      status: 'address_changed',
      shipping: redirect,
    });
  const done = fulfil(rng, { fulfilment, country: redirect?.country ?? country }, out);
  const warned = rng.chance(0.45);
  if (warned)
    out.push({ type: 'fraud_warning.created', afterMs: done + rng.int(1, 9) * DAY, reason: 'fraudulent' });
  if (warned && rng.chance(0.3))
    out.push({ type: 'refund.created', afterMs: done + rng.int(10, 12) * DAY, reason: 'fraudulent' });
  else if (rng.chance(0.8))
    out.push({ type: 'dispute.created', afterMs: done + rng.int(8, 50) * DAY, reason: 'fraudulent' });
  return out;
}

const ok = (attempts: readonly Attempt[]) => attempts.some((a) => a.ok);

function guestOrFresh(
  rng: Rng,
  at: number,
  email: string,
  name: string,
  fresh: number,
  maxAge = 40 * MINUTE,
) {
  return rng.chance(fresh)
    ? { id: `cus_n${rng.token(10)}`, email, name, createdAt: at - rng.int(2 * MINUTE, maxAge) }
    : { email, name };
}

function stolenCard(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(VICTIMS);
  const victim = person(rng, country);
  const { tz, ...home } = homeAddress(rng, country);
  const at = moment(rng, w.window, tz, rng.chance(0.5) ? 'any' : 'people');
  const currency = currencyOf(rng, country);
  const where = rng.weightedPick<'home' | 'drop' | 'pickup' | 'abroad'>([
    ['home', 25],
    ['drop', 55],
    ['pickup', 10],
    ['abroad', 10],
  ]);
  const { tz: _t, ...drop } = homeAddress(
    rng,
    where === 'abroad' ? rng.pick(['GB', 'FR', 'DE', 'NL']) : country,
  );
  const fulfilment = where === 'pickup' ? 'pickup_milano' : 'express';
  const shipping = where === 'home' ? home : where === 'pickup' ? undefined : drop;
  const lines = linesOf(
    rng,
    w.window,
    at,
    currency,
    rng.weightedPick([
      [1, 70],
      [2, 30],
    ]),
    luxury,
  );
  const basket = basketOf(rng, lines, currency, shipping?.country ?? 'IT', fulfilment);
  const card = newCard(rng, country, rng.chance(0.85) ? 'credit' : undefined);
  const attempts = stolenPay(rng, card, inEuros(basket.amount, currency), {
    otp: 0.55,
    wallet: 0.15,
    declined: 0.25,
  });
  const redirect = where === 'home' && rng.chance(0.6) ? drop : undefined;
  return purchaseOf({
    at,
    fraud: true,
    kind: 'stolen_card',
    basket,
    billing: home,
    attempts,
    later: ok(attempts) ? stolenAfter(rng, fulfilment, shipping?.country ?? 'IT', redirect) : [],
    buyer: guestOrFresh(rng, at, rng.chance(0.5) ? victim.email : fraudEmail(rng, victim), victim.name, 0.35),
    shipping,
    fulfilment,
    ip: fraudIp(rng, country, 0.55),
    device: newDevice(rng, country),
    locale: market(country).locale,
  });
}

/** Reshipping rings: stolen US (and some British) cards, parcels to drops in Delaware, Oregon, New Jersey, Hong Kong. */
function reshipping(rng: Rng, w: World, drops: readonly Address[]): Purchase {
  const country = rng.weightedPick<string>([
    ['US', 80],
    ['GB', 12],
    ['HK', 8],
  ]);
  const victim = person(rng, country);
  const { tz, ...home } = homeAddress(rng, country);
  const at = moment(rng, w.window, tz, 'any');
  const currency = country === 'GB' ? 'GBP' : 'USD';
  const shipping = rng.pick(drops);
  const lines = linesOf(
    rng,
    w.window,
    at,
    currency,
    rng.weightedPick([
      [1, 60],
      [2, 30],
      [3, 10],
    ]),
    luxury,
  );
  const basket = basketOf(rng, lines, currency, shipping.country ?? 'US', 'express');
  const card = newCard(rng, country, 'credit');
  const attempts = stolenPay(rng, card, inEuros(basket.amount, currency), {
    otp: 0.5,
    wallet: 0.2,
    declined: 0.2,
  });
  const mule = person(rng, 'US');
  return purchaseOf({
    at,
    fraud: true,
    kind: 'reshipping',
    basket,
    billing: home,
    attempts,
    later: ok(attempts) ? stolenAfter(rng, 'express', shipping.country ?? 'US') : [],
    buyer: guestOrFresh(rng, at, fraudEmail(rng, rng.chance(0.6) ? victim : mule), victim.name, 0.5, 3 * DAY),
    shipping: { ...shipping, line1: `${shipping.line1}${rng.chance(0.5) ? `, attn ${mule.name}` : ''}` },
    fulfilment: 'express',
    ip: fraudIp(rng, 'US', 0.7),
    device: newDevice(rng, 'US'),
    locale: 'en-US',
  });
}

function takeover(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.6) && w.vips.length > 0 ? rng.pick(w.vips) : rng.pick(w.accounts);
  const at = moment(rng, w.window, a.tz, 'any');
  const where = rng.weightedPick<'new' | 'drop' | 'pickup' | 'redirect'>([
    ['new', 45],
    ['drop', 20],
    ['pickup', 15],
    ['redirect', 20],
  ]);
  const { tz: _t, ...elsewhere } = homeAddress(rng, a.country);
  const fulfilment = where === 'pickup' ? 'pickup_roma' : 'express';
  const shipping =
    where === 'new'
      ? elsewhere
      : where === 'drop'
        ? rng.pick(RESHIPPERS)
        : where === 'redirect'
          ? a.home
          : undefined;
  const lines = linesOf(
    rng,
    w.window,
    at,
    a.currency,
    rng.weightedPick([
      [1, 35],
      [2, 40],
      [3, 25],
    ]),
    luxury,
  );
  const basket = basketOf(rng, lines, a.currency, shipping?.country ?? 'IT', fulfilment);
  const card = rng.pick(a.cards);
  const euros = inEuros(basket.amount, a.currency);
  // The saved card: no code asked, and the issuer usually lets a known merchant's checkout through.
  const attempts: Attempt[] = [
    cardAttempt(rng, card, euros, {
      entry: 'saved',
      ok: !rng.chance(0.12),
      decline: 'do_not_honor',
      afterMs: firstAuth(rng),
      threeDS: rng.chance(0.7) ? 'frictionless' : 'exempt',
    }),
  ];
  let later: LaterEvent[] = [];
  if (ok(attempts)) {
    if (rng.chance(0.35))
      later = [
        { type: 'order.cancelled', afterMs: rng.int(3, 30) * HOUR, reason: 'customer_reported_unauthorised' },
        { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'fraudulent' },
      ];
    else {
      const redirect = where === 'redirect' ? rng.pick(RESHIPPERS) : undefined;
      if (redirect)
        later.push({
          type: 'order.updated',
          afterMs: rng.int(1, 3) * HOUR,
          status: 'address_changed',
          shipping: redirect,
        });
      const done = fulfil(
        rng,
        { fulfilment, country: redirect?.country ?? shipping?.country ?? 'IT' },
        later,
      );
      later.push(
        rng.chance(0.7)
          ? { type: 'dispute.created', afterMs: done + rng.int(3, 30) * DAY, reason: 'fraudulent' }
          : { type: 'refund.created', afterMs: done + rng.int(2, 10) * DAY, reason: 'fraudulent' },
      );
    }
  }
  return purchaseOf({
    at,
    fraud: true,
    kind: 'account_takeover',
    basket,
    billing: a.home,
    attempts,
    later,
    buyer: buyerOf(a),
    shipping: fulfilment === 'express' ? shipping : undefined,
    fulfilment,
    ip: fraudIp(rng, a.country, 0.5),
    device: newDevice(rng, a.country),
    locale: market(a.country).locale,
  });
}

interface Ring {
  country: string;
  devices: Device[];
  net: NetKind;
  addresses: Address[];
  at: number;
}

function ring(rng: Rng, w: World): Ring {
  const country = rng.weightedPick<string>([
    ['IT', 55],
    ['GB', 15],
    ['HK', 15],
    ['FR', 15],
  ]);
  const { tz, ...base } = homeAddress(rng, country);
  const variants = [
    base,
    { ...base, line1: `${base.line1}, int. ${rng.int(1, 12)}` },
    { ...base, line1: `${base.line1} ${rng.pick(['A', 'bis', 'c/o'])}` },
  ];
  return {
    country,
    devices: Array.from({ length: rng.int(1, 3) }, () => newDevice(rng, country)),
    net: rng.chance(0.6) ? 'mobile' : 'home',
    addresses: variants,
    at: moment(rng, w.window, tz, 'any'),
  };
}

/** Resellers: fresh accounts on a few phones, each buying the hot bags at their limit, welcome code on. */
function reseller(rng: Rng, w: World, r: Ring): Purchase {
  const at = r.at + rng.int(1, 180) * MINUTE;
  const who = person(rng, r.country, mailDomain(rng, r.country));
  const currency = currencyOf(rng, r.country);
  const shipping = rng.pick(r.addresses);
  const hot = rng.pick(HOT);
  const lines = linesOf(rng, w.window, at, currency, 1, () => hot).map((l) => ({
    ...l,
    quantity: rng.chance(0.3) ? 2 : 1,
  }));
  const code = rng.chance(0.7) ? WELCOME_CODE : undefined;
  const basket = basketOf(rng, lines, currency, shipping.country ?? r.country, 'express', code);
  const card = newCard(rng, rng.chance(0.7) ? r.country : 'IT', rng.chance(0.4) ? 'prepaid' : undefined);
  const attempts = honestPay(
    rng,
    { cards: [card], country: r.country, signedIn: false },
    basket.amount,
    currency,
    0.1,
    'card',
  );
  let later: LaterEvent[] = [];
  if (ok(attempts))
    later = rng.chance(0.3)
      ? [
          { type: 'order.cancelled', afterMs: rng.int(4, 30) * HOUR, reason: 'purchase_limit_exceeded' },
          { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'requested_by_merchant' },
        ]
      : (() => {
          const out: LaterEvent[] = [];
          fulfil(rng, { fulfilment: 'express', country: shipping.country ?? r.country }, out);
          return out;
        })();
  return purchaseOf({
    at,
    fraud: true,
    kind: 'reseller_accounts',
    basket,
    billing: shipping,
    attempts,
    later,
    buyer: {
      id: `cus_n${rng.token(10)}`,
      email: who.email,
      name: who.name,
      createdAt: at - rng.int(3, 90) * MINUTE,
    },
    shipping,
    fulfilment: 'express',
    ip: ipIn(rng, r.country, r.net),
    device: rng.pick(r.devices),
    locale: market(r.country).locale,
  });
}

/** Buyers who pay with their own cards, then abuse returns or chargebacks: the account's usual look. */
function ownCard(
  rng: Rng,
  w: World,
  kind: FraudKind,
  choose: (rng: Rng) => Item,
  n: readonly (readonly [number, number])[],
) {
  const a = rng.pick(w.accounts);
  const at = moment(rng, w.window, a.tz);
  const fulfilment: Purchase['fulfilment'] =
    a.home.country === 'IT' && rng.chance(0.12) ? pickupFor(a.home.city) : 'express';
  const lines = linesOf(rng, w.window, at, a.currency, rng.weightedPick(n), choose);
  const basket = basketOf(rng, lines, a.currency, a.home.country ?? 'IT', fulfilment);
  const attempts = honestPay(
    rng,
    { cards: a.cards, country: a.country, signedIn: true },
    basket.amount,
    a.currency,
    0.03,
  );
  const frame = {
    at,
    fraud: true,
    kind,
    basket,
    billing: a.home,
    attempts,
    buyer: buyerOf(a),
    shipping: fulfilment === 'express' ? a.home : undefined,
    fulfilment,
    ip: rng.chance(0.6) ? a.homeIp : ipIn(rng, a.country, 'mobile'),
    device: rng.pick(a.devices),
    locale: market(a.country).locale,
  };
  return { frame, paid: ok(attempts), lines, basket, fulfilment, country: a.home.country ?? 'IT' };
}

function wardrobing(rng: Rng, w: World): Purchase {
  const o = ownCard(rng, w, 'wardrobing', (r) => (r.chance(0.8) ? r.pick(EVENING) : r.pick(HOT)), [
    [1, 60],
    [2, 40],
  ]);
  const later: LaterEvent[] = [];
  if (o.paid) {
    const done = fulfil(rng, o, later);
    // Worn to the wedding or the gala, sent back at the end of the 30 days with the tags re-attached.
    const requested = done + rng.int(19, 27) * DAY + rng.int(0, 20) * HOUR;
    later.push({ type: 'order.updated', afterMs: requested, status: 'return_requested' });
    later.push({
      type: 'order.updated',
      afterMs: requested + rng.int(2, 5) * DAY,
      status: 'return_received',
    });
    later.push({
      type: 'refund.created',
      afterMs: requested + rng.int(6, 8) * DAY,
      reason: 'returned',
      amount: o.basket.amount - o.basket.duties,
    });
  }
  return purchaseOf({ ...o.frame, later });
}

function returnFraud(rng: Rng, w: World): Purchase {
  const o = ownCard(rng, w, 'return_fraud', luxury, [
    [1, 70],
    [2, 30],
  ]);
  const later: LaterEvent[] = [];
  if (o.paid) {
    const done = fulfil(rng, o, later);
    if (rng.chance(0.65))
      // A counterfeit or an old bag sent back in the box; refunded before the swap is noticed.
      returnOf(rng, done, o.basket.amount - o.basket.duties, later);
    else
      later.push({
        type: 'refund.created',
        afterMs: done + rng.int(1, 4) * DAY,
        reason: 'item_missing',
        amount: o.lines[0]?.price ?? o.basket.amount,
      });
  }
  return purchaseOf({ ...o.frame, later });
}

function friendlyFraud(rng: Rng, w: World): Purchase {
  const o = ownCard(rng, w, 'friendly_fraud', luxury, [
    [1, 60],
    [2, 30],
    [3, 10],
  ]);
  const later: LaterEvent[] = [];
  if (o.paid) {
    const done = fulfil(rng, o, later);
    later.push({
      type: 'dispute.created',
      afterMs: done + rng.int(18, 55) * DAY,
      reason: rng.weightedPick<string>([
        ['product_not_received', 45],
        ['fraudulent', 35],
        ['product_unacceptable', 20],
      ]),
    });
  }
  return purchaseOf({ ...o.frame, later });
}

/** Card testers: bursts of one cheap item on a list of cards of one or two BINs, as guests, mostly declined. */
function cardTestingRun(rng: Rng, w: World, size: number): Purchase[] {
  const country = rng.weightedPick<string>([
    ['US', 45],
    ['GB', 25],
    ['IT', 15],
    ['DE', 15],
  ]);
  const bins = [newCard(rng, country), newCard(rng, country)];
  const device = rng.chance(0.6) ? newDevice(rng, 'US') : { userAgent: newDevice(rng, 'US').userAgent };
  const hosting = rng.chance(0.6);
  let at = moment(rng, w.window, 2, 'any');
  const out: Purchase[] = [];
  for (let i = 0; i < size; i++) {
    at += rng.int(15, 240) * 1000;
    const card = sameBin(rng, rng.pick(bins));
    const who = person(rng, country);
    const { tz: _t, ...home } = homeAddress(rng, country);
    const item = rng.pick(CHEAPEST);
    const currency = rng.chance(0.7) ? 'EUR' : currencyOf(rng, country);
    const lines = linesOf(rng, w.window, at, currency, 1, () => item);
    const basket = basketOf(rng, lines, currency, 'IT', 'express');
    const euros = inEuros(basket.amount, currency);
    const attempts: Attempt[] = [];
    const tries = rng.weightedPick<number>([
      [1, 60],
      [2, 30],
      [3, 10],
    ]);
    for (let t = 0; t < tries; t++) {
      const success = rng.chance(0.12);
      const decline = rng.pick<Decline>([
        'card_declined',
        'do_not_honor',
        'incorrect_cvc',
        'expired_card',
        'insufficient_funds',
        'stolen_card',
        'lost_card',
        'authentication_failed',
      ]);
      attempts.push(
        cardAttempt(rng, t === 0 ? card : sameBin(rng, card), euros, {
          ok: success,
          ...(success ? {} : { decline }),
          afterMs: rng.int(3, 20) * 1000,
          match: rng.chance(0.5) ? 'bad' : 'partial',
        }),
      );
      if (success) break;
    }
    const later: LaterEvent[] = ok(attempts)
      ? [
          { type: 'fraud_warning.created', afterMs: rng.int(1, 5) * DAY, reason: 'fraudulent' },
          { type: 'order.cancelled', afterMs: rng.int(2, 12) * HOUR, reason: 'suspected_fraud' },
          { type: 'refund.created', afterMs: rng.int(13, 20) * HOUR, reason: 'fraudulent' },
        ]
      : [];
    out.push(
      purchaseOf({
        at,
        fraud: true,
        kind: 'card_testing',
        basket,
        billing: home,
        attempts,
        later,
        buyer: { email: fraudEmail(rng, who), name: who.name },
        shipping: home,
        fulfilment: 'express',
        ip: hosting ? address(rng, network(rng.pick(HOSTING)), false) : ipIn(rng, country, 'home', 0),
        device,
        locale: 'en-GB',
      }),
    );
  }
  return out;
}

/** Orders from, billed to or shipped to places under comprehensive sanctions. */
function sanctioned(rng: Rng, w: World): Purchase {
  const route = rng.weightedPick<'crimea' | 'iran_dubai' | 'iran' | 'syria' | 'cuba'>([
    ['crimea', 35],
    ['iran_dubai', 25],
    ['iran', 15],
    ['syria', 10],
    ['cuba', 15],
  ]);
  const place = (country: string) => rng.pick(SANCTIONED_PLACES.filter((p) => p.country === country));
  let who = person(rng, 'RU');
  let billing: Address & { region?: string };
  let shipping: Address & { region?: string };
  let card: HeldCard;
  let ip: string;
  let currency: 'EUR' | 'USD' = 'EUR';
  let tz = 3;
  if (route === 'crimea') {
    shipping = place('UA');
    billing = shipping;
    card = newCard(rng, rng.pick(['KZ', 'TR']));
    ip = ipIn(rng, 'RU', 'home', 0);
  } else if (route === 'iran_dubai') {
    who = person(rng, 'IR');
    const { tz: _t, ...dubai } = homeAddress(rng, 'AE');
    billing = dubai;
    shipping = dubai;
    card = newCard(rng, 'AE', 'credit');
    ip = ipIn(rng, 'IR', rng.chance(0.6) ? 'mobile' : 'home', 0);
    currency = 'USD';
    tz = 3.5;
  } else if (route === 'iran') {
    who = person(rng, 'IR');
    shipping = place('IR');
    billing = shipping;
    card = newCard(rng, 'TR');
    ip = rng.chance(0.5) ? address(rng, network('nl-hosting'), false) : ipIn(rng, 'IR', 'home', 0);
    tz = 3.5;
  } else if (route === 'syria') {
    who = person(rng, 'SY');
    shipping = place('SY');
    billing = shipping;
    card = newCard(rng, rng.pick(['AE', 'TR']));
    ip = ipIn(rng, 'SY', 'home', 0);
  } else {
    who = person(rng, 'CU');
    const { tz: _t, ...miami } = homeAddress(rng, 'US');
    billing = miami;
    shipping = place('CU');
    card = newCard(rng, 'US');
    ip = rng.chance(0.6) ? ipIn(rng, 'CU', 'home', 0) : ipIn(rng, 'US', 'home', 0);
    currency = 'USD';
    tz = -4;
  }
  const at = moment(rng, w.window, tz);
  const lines = linesOf(
    rng,
    w.window,
    at,
    currency,
    rng.weightedPick([
      [1, 55],
      [2, 35],
      [3, 10],
    ]),
    luxury,
  );
  const basket = basketOf(rng, lines, currency, shipping.country ?? 'IT', 'express');
  const attempts = honestPay(
    rng,
    { cards: [card], country: 'AE', signedIn: false },
    basket.amount,
    currency,
    0.2,
    'card',
  );
  let later: LaterEvent[] = [];
  if (ok(attempts))
    if (rng.chance(0.4))
      later = [
        { type: 'order.cancelled', afterMs: rng.int(3, 30) * HOUR, reason: 'compliance_review' },
        { type: 'refund.created', afterMs: rng.int(31, 48) * HOUR, reason: 'requested_by_merchant' },
      ];
    else fulfil(rng, { fulfilment: 'express', country: 'AE' }, later);
  return purchaseOf({
    at,
    fraud: true,
    kind: 'sanctioned_country',
    basket,
    billing,
    attempts,
    later,
    buyer: guestOrFresh(rng, at, who.email, who.name, 0.4, 5 * DAY),
    shipping,
    fulfilment: 'express',
    ip,
    device: newDevice(rng, 'AE'),
    locale: rng.chance(0.5) ? 'en-GB' : 'it-IT',
  });
}

/** The fraud of a stream: `count` purchases allocated by weight across the kinds. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const out: Purchase[] = [];
  const r = (k: FraudKind | 'drops' | 'rings') => rng.fork(k);
  const testing = r('card_testing');
  for (let left = n.card_testing; left > 0;) {
    const size = Math.min(left, testing.int(5, 12));
    out.push(...cardTestingRun(testing.fork(`run${left}`), w, size));
    left -= size;
  }
  const each = (k: FraudKind, plan: (rng: Rng) => Purchase) => {
    const kr = r(k);
    for (let i = 0; i < n[k]; i++) out.push(plan(kr.fork(`${i}`)));
  };
  each('stolen_card', (x) => stolenCard(x, w));
  const dropRng = r('drops');
  const drops = dropRng.shuffle(RESHIPPERS).slice(0, 4);
  each('reshipping', (x) => reshipping(x, w, drops));
  each('account_takeover', (x) => takeover(x, w));
  const ringRng = r('rings');
  const rings = Array.from({ length: Math.max(1, Math.ceil(n.reseller_accounts / 5)) }, (_, i) =>
    ring(ringRng.fork(`${i}`), w),
  );
  each('reseller_accounts', (x) => reseller(x, w, x.pick(rings)));
  each('wardrobing', (x) => wardrobing(x, w));
  each('return_fraud', (x) => returnFraud(x, w));
  each('friendly_fraud', (x) => friendlyFraud(x, w));
  each('sanctioned_country', (x) => sanctioned(x, w));
  // A run or a ring that starts late in the window stays inside it.
  for (const p of out) p.at = Math.min(p.at, w.window.end - 1000);
  return out;
}
