import { allocateKinds } from '../kit/stream.js';
import { type Device, lineOf } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterDrop, shopAt } from './calendar.js';
import {
  byCategory,
  bySku,
  CATALOGUE,
  type Fulfilment,
  familyLines,
  giftCard,
  type Line,
} from './catalogue.js';
import { basketOf, type Draft, purchaseOf } from './honest.js';
import { ipIn, type NetworkName, US_HOME, US_MOBILE } from './networks.js';
import {
  type Account,
  BOT_AGENTS,
  cardFrom,
  deviceOf,
  emailOf,
  type HeldCard,
  newCard,
  person,
  type Person,
  usBin,
  VIRTUAL_BINS,
} from './people.js';
import {
  homeIn,
  pickState,
  type Place,
  reshipper,
  SANCTIONED_PLACES,
  stateOf,
  storeIn,
  streetLine,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  type Decline,
  DAY,
  firstAuth,
  HOUR,
  honestAfter,
  type LaterEvent,
  type Match,
  MINUTE,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';
import { freshAccount, guest, signedIn, type World } from './world.js';

/**
 * Fraud this store suffers, by weight: allocated exactly per stream (at least one of each kind). Some of it
 * looks like any first-time buyer; some of it is the store's own customers.
 */
export const FRAUD = {
  card_testing: 13,
  stolen_card: 18,
  reshipping: 11,
  gift_card_fraud: 13,
  drop_bot: 13,
  account_takeover: 11,
  item_not_received: 9,
  friendly_fraud: 8,
  sanctioned_country: 4,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const FOREIGN: ReadonlyArray<readonly [NetworkName, number]> = [
  ['ng-mobile', 3],
  ['vn-telco', 3],
  ['pk-mobile', 2],
  ['id-telco', 2],
  ['ru-telco', 2],
  ['ro-telco', 2],
];

/** Where a fraudster connects from: a residential proxy in the US, a cloud host, or home abroad. */
function fraudIp(rng: Rng, proxy: number, hosting: number): string {
  const x = rng.next();
  if (x < proxy) return ipIn(rng, rng.weightedPick(rng.chance(0.8) ? US_HOME : US_MOBILE), 0.3);
  if (x < proxy + hosting) return ipIn(rng, rng.chance(0.8) ? 'us-cloud' : 'de-hosting');
  return ipIn(rng, rng.weightedPick(FOREIGN));
}

const THROWAWAY = ['gmail.com', 'outlook.com', 'mail.com', 'yahoo.com', 'proton.me', 'gmx.com'];
const randomEmail = (rng: Rng): string =>
  `${rng.token(rng.int(6, 11), 'abcdefghijklmnopqrstuvwxyz')}${rng.chance(0.6) ? rng.int(1, 999) : ''}@${rng.pick(THROWAWAY)}`;

/** A cardholder whose card (and often whose name and address) the fraudster holds. */
interface Victim {
  who: Person;
  home: Place;
  card: HeldCard;
}

function victim(rng: Rng, card?: HeldCard): Victim {
  const st = pickState(rng);
  return { who: person(rng, rng.chance(0.25)), home: homeIn(rng, st), card: card ?? newCard(rng) };
}

/** A drop: a vacant house, a mule's flat, a locker-like apartment, somewhere in the US. */
const dropAddress = (rng: Rng): Place => {
  const p = homeIn(rng, pickState(rng));
  return rng.chance(0.5)
    ? {
        ...p,
        line1: `${p.line1 ?? streetLine(rng)}${p.line1?.includes('Apt') ? '' : ` Apt ${rng.int(1, 30)}`}`,
      }
    : p;
};

const STOLEN_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['do_not_honor', 25],
  ['insufficient_funds', 15],
  ['stolen_card', 12],
  ['lost_card', 8],
  ['incorrect_zip', 12],
  ['incorrect_cvc', 8],
  ['fraudulent', 10],
  ['card_velocity_exceeded', 5],
  ['pickup_card', 5],
];

/**
 * Stolen cards tried one after another until one goes through (or `tries` run out): declines first with the
 * chance `declined` each, the last card perhaps going through.
 */
function stolenAttempts(
  rng: Rng,
  first: HeldCard,
  next: () => HeldCard,
  o: { match: Match; tries: number; declined: number; entry?: 'typed' | 'saved' | 'wallet' },
): Attempt[] {
  const out: Attempt[] = [];
  let card = first;
  for (let i = 0; i < o.tries; i++) {
    const ok = !rng.chance(o.declined);
    const decline = ok ? undefined : rng.weightedPick(STOLEN_DECLINES);
    out.push(
      cardAttempt(rng, card, {
        entry: o.entry ?? 'typed',
        match: decline === 'incorrect_zip' ? 'zip_only' : o.match,
        ok,
        ...(decline ? { decline } : {}),
        afterMs: i === 0 ? firstAuth(rng) : rng.int(8_000, 90_000),
      }),
    );
    if (ok) break;
    card = next();
  }
  return out;
}

/** What follows a paid stolen-card order: fulfilment as usual, then the issuer's warning and the cardholder's dispute. */
function stolenAfter(
  rng: Rng,
  f: Fulfilment,
  d: { warning: number; dispute: number; refund?: number },
): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (f === 'email')
    out.push({ type: 'order.updated', afterMs: rng.int(1, 8) * MINUTE, status: 'delivered' });
  else if (f === 'pickup') {
    const ready = rng.int(1, 5) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
    out.push({ type: 'order.updated', afterMs: ready + rng.int(1, 30) * HOUR, status: 'picked_up' });
  } else {
    const ship = rng.int(10, 60) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: ship + rng.int(2, 5) * DAY, status: 'delivered' });
  }
  const warned = rng.chance(d.warning);
  if (warned)
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 14) * DAY, reason: 'fraudulent' });
  if (warned && rng.chance(d.refund ?? 0.25))
    out.push({ type: 'refund.created', afterMs: rng.int(15, 16) * DAY, reason: 'fraudulent' });
  else if (rng.chance(d.dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(12, 55) * DAY, reason: 'fraudulent' });
  return out;
}

/** Resale-grade goods: consoles, the dearest building sets, booster boxes, headsets. */
function resaleLines(rng: Rng, max: number): Line[] {
  const pool = CATALOGUE.filter(
    (p) =>
      p.category === 'consoles' ||
      (p.price >= 11_999 && ['building_sets', 'trading_cards', 'ride_ons'].includes(p.category)),
  );
  const lines: Line[] = [];
  const n = rng.int(1, max);
  for (const p of rng.shuffle(pool).slice(0, n))
    lines.push(lineOf(p, p.category === 'consoles' && rng.chance(0.3) ? 2 : 1));
  if (rng.chance(0.3)) lines.push(lineOf(bySku('VID-CTRL'), rng.int(1, 2)));
  return lines;
}

const build = (d: Draft, attempts: Attempt[], later: LaterEvent[]): Purchase =>
  purchaseOf(
    d,
    basketOf(d, d.fulfilment === 'pickup' && d.billing.region ? stateOf(d.billing.region) : undefined),
    attempts,
    later,
  );

/** Bursts of cheap checkouts on cards bought by the BIN, to see which are live: guests, few BINs, mostly declined. */
function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(6, 18));
    const bins = [usBin(rng, rng.chance(0.6) ? 'debit' : undefined), usBin(rng)];
    const span = w.window.end - w.window.start;
    let t = Math.floor(w.window.start + rng.float(0.02, 0.95) * span);
    const agent = rng.pick(BOT_AGENTS);
    const device: Device = rng.chance(0.5)
      ? { userAgent: agent }
      : { id: `dv_${rng.token(20)}`, userAgent: agent };
    const egift = rng.chance(0.6);
    const hosting = rng.chance(0.4);
    for (let i = 0; i < size; i++) {
      t += rng.int(4_000, 150_000);
      const bin = rng.chance(0.8) ? bins[0] : bins[1];
      const card = () => cardFrom(rng, bin ?? usBin(rng), 'US');
      const holder = person(rng);
      const st = pickState(rng);
      const billing = rng.chance(0.6)
        ? homeIn(rng, st)
        : { country: 'US', postalCode: rng.pick(st.cities)[1] };
      const lines = egift
        ? [giftCard(rng.pick([1_000, 1_500, 2_500]))]
        : [lineOf(bySku(rng.pick(['TCG-PACK', 'ART-STICK', 'BRD-CARD'])))];
      const fulfilment: Fulfilment = egift ? 'email' : 'ship';
      const attempts = stolenAttempts(rng, card(), card, {
        match: rng.pick<Match>(['wrong', 'zip_only', 'wrong']),
        tries: rng.weightedPick<number>([
          [1, 60],
          [2, 25],
          [3, 15],
        ]),
        declined: 0.86,
      });
      const paid = attempts.some((a) => a.ok);
      const draft: Draft = {
        kind: 'card_testing',
        fraud: true,
        at: Math.min(t, w.window.end - 1),
        buyer: { email: rng.chance(0.5) ? randomEmail(rng) : emailOf(rng, holder), name: holder.name },
        billing,
        ...(egift ? {} : { shipping: homeIn(rng, st) }),
        fulfilment,
        lines,
        ip: hosting ? ipIn(rng, 'us-cloud') : fraudIp(rng, 0.85, 0.05),
        device,
        ...(egift ? { extra: { recipient: { name: holder.name, email: randomEmail(rng) } } } : {}),
      };
      out.push(
        build(draft, attempts, paid ? stolenAfter(rng, fulfilment, { warning: 0.3, dispute: 0.2 }) : []),
      );
    }
  }
  return out;
}

/** Stolen cards buying resale goods: often with the holder's name and address, shipped to a drop or picked up by a mule. */
function stolenCard(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const v = victim(rng);
    const style = rng.weightedPick<'fullz' | 'pickup' | 'partial' | 'gift'>([
      ['fullz', 35],
      ['pickup', 25],
      ['partial', 25],
      ['gift', 15],
    ]);
    const st = v.home.region ? stateOf(v.home.region) : pickState(rng);
    const at = shopAt(rng, w.window, rng.chance(0.6) ? st.tz : rng.pick([1, 7, -5]), 'ship');
    const fulfilment: Fulfilment = style === 'pickup' ? 'pickup' : style === 'gift' ? 'ship_gift' : 'ship';
    const mule = person(rng);
    const partial = style === 'partial';
    const buyer =
      style === 'gift'
        ? freshAccount(rng, v.who, at)
        : partial && rng.chance(0.5)
          ? { email: randomEmail(rng), name: v.who.name }
          : guest(rng, v.who);
    const attempts = stolenAttempts(rng, v.card, () => newCard(rng), {
      match: partial ? rng.pick<Match>(['wrong', 'zip_only', 'street_only']) : 'good',
      tries: partial
        ? rng.int(1, 3)
        : rng.weightedPick<number>([
            [1, 85],
            [2, 15],
          ]),
      declined: partial ? 0.6 : 0.15,
    });
    const draft: Draft = {
      kind: 'stolen_card',
      fraud: true,
      at,
      buyer,
      billing: { ...v.home },
      ...(fulfilment === 'pickup' ? {} : { shipping: rng.chance(0.3) ? homeIn(rng, st) : dropAddress(rng) }),
      fulfilment,
      lines: resaleLines(rng, 2),
      giftWrap: style === 'gift',
      ip: partial ? fraudIp(rng, 0.5, 0.2) : fraudIp(rng, 0.85, 0.05),
      device: deviceOf(rng, rng.chance(0.5) ? 'desktop' : undefined),
      extra: {
        ...(fulfilment === 'pickup' ? { pickupStore: storeIn(rng, st), pickupPerson: mule.name } : {}),
        ...(style === 'gift' ? { recipient: { name: mule.name }, giftMessage: 'Merry Christmas!' } : {}),
      },
    };
    const paid = attempts.some((a) => a.ok);
    return build(draft, attempts, paid ? stolenAfter(rng, fulfilment, { warning: 0.4, dispute: 0.75 }) : []);
  });
}

/** Stolen cards with the holder's details, goods to a reshipping warehouse or mule whose address the ring reuses. */
function reshipping(rng: Rng, w: World, n: number): Purchase[] {
  const rings = Array.from({ length: Math.max(1, Math.ceil(n / 12)) }, (_, i) => ({
    address: reshipper(rng, rng.int(0, 6) + i),
    devices: [deviceOf(rng, 'desktop'), deviceOf(rng, 'desktop')],
    tz: rng.pick([1, 2, 3, 7]),
  }));
  return Array.from({ length: n }, () => {
    const ring = rng.pick(rings);
    const v = victim(rng);
    const match = rng.weightedPick<Match>([
      ['good', 60],
      ['zip_only', 25],
      ['wrong', 15],
    ]);
    const attempts = stolenAttempts(rng, v.card, () => newCard(rng), {
      match,
      tries: rng.int(1, 3),
      declined: 0.35,
    });
    const draft: Draft = {
      kind: 'reshipping',
      fraud: true,
      at: shopAt(rng, w.window, ring.tz, 'ship'),
      buyer: rng.chance(0.6) ? guest(rng, v.who) : { email: randomEmail(rng), name: v.who.name },
      billing: { ...v.home },
      shipping: { ...ring.address, line1: ring.address.line1 ?? '' },
      fulfilment: 'ship',
      lines: resaleLines(rng, 3),
      ip: fraudIp(rng, 0.4, 0.2),
      device: rng.chance(0.6) ? rng.pick(ring.devices) : deviceOf(rng),
      extra: { recipient: { name: rng.chance(0.5) ? v.who.name : person(rng).name } },
    };
    const paid = attempts.some((a) => a.ok);
    return build(draft, attempts, paid ? stolenAfter(rng, 'ship', { warning: 0.4, dispute: 0.7 }) : []);
  });
}

/** Stolen cards turned into e-gift cards, e-mailed at once to the fraudster; resold at a discount. */
function giftCardFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const v = victim(rng);
    const st = v.home.region ? stateOf(v.home.region) : pickState(rng);
    const at = shopAt(rng, w.window, st.tz, 'late');
    const lines: Line[] = [];
    const cards = rng.weightedPick<number>([
      [1, 45],
      [2, 30],
      [4, 25],
    ]);
    const amount = rng.weightedPick<number>([
      [10_000, 30],
      [20_000, 25],
      [25_000, 25],
      [50_000, 20],
    ]);
    lines.push({ ...giftCard(amount), quantity: cards });
    const physical = rng.chance(0.15);
    const fulfilment: Fulfilment = physical ? 'ship' : 'email';
    const attempts = stolenAttempts(rng, v.card, () => newCard(rng), {
      match: rng.weightedPick<Match>([
        ['good', 55],
        ['zip_only', 25],
        ['wrong', 20],
      ]),
      tries: rng.weightedPick<number>([
        [1, 70],
        [2, 20],
        [3, 10],
      ]),
      declined: 0.3,
      ...(rng.chance(0.2) ? { entry: 'wallet' as const } : {}),
    });
    const recipient = person(rng);
    const draft: Draft = {
      kind: 'gift_card_fraud',
      fraud: true,
      at,
      buyer: rng.chance(0.3)
        ? freshAccount(rng, v.who, at)
        : rng.chance(0.5)
          ? guest(rng, v.who)
          : { email: randomEmail(rng), name: v.who.name },
      billing: { ...v.home },
      ...(physical ? { shipping: dropAddress(rng) } : {}),
      fulfilment,
      lines: physical ? [{ ...giftCard(amount, false), quantity: cards }] : lines,
      ip: fraudIp(rng, 0.6, 0.2),
      device: deviceOf(rng, rng.chance(0.5) ? 'phone' : undefined),
      extra: {
        recipient: {
          name: rng.chance(0.5) ? recipient.name : v.who.name,
          email: rng.chance(0.6) ? randomEmail(rng) : emailOf(rng, recipient),
        },
        ...(rng.chance(0.4)
          ? { giftMessage: rng.pick(['Merry Christmas!', 'Enjoy!', 'Happy holidays']) }
          : {}),
      },
    };
    const paid = attempts.some((a) => a.ok);
    return build(draft, attempts, paid ? stolenAfter(rng, fulfilment, { warning: 0.45, dispute: 0.7 }) : []);
  });
}

const CATCH_ALLS = ['copzone.io', 'brickflip.shop', 'kopmail.net', 'restockhq.com'];

/**
 * Resellers' bots on the limited drops: account farms opened days before, the purchase limit every time, seconds
 * after the drop opens, through residential proxies and cloud hosts, on virtual cards, to a few jigged addresses.
 */
function dropBot(rng: Rng, w: World, n: number): Purchase[] {
  const operators = Array.from({ length: rng.int(2, 3) }, () => {
    const base = [homeIn(rng, pickState(rng)), homeIn(rng, pickState(rng))];
    return {
      domain: rng.chance(0.5) ? rng.pick(CATCH_ALLS) : 'gmail.com',
      devices: Array.from({ length: rng.int(2, 4) }, () => ({
        id: `dv_${rng.token(20)}`,
        userAgent: rng.pick(BOT_AGENTS),
      })),
      base,
      hosting: rng.chance(0.35),
    };
  });
  const limited = byCategory('limited_drop');
  return Array.from({ length: n }, (_, i) => {
    const op = rng.pick(operators);
    const dropIndex = i % Math.max(1, w.drops.length);
    const drop = w.drops[dropIndex] ?? w.window.start;
    const at = Math.min(w.window.end - 1, afterDrop(rng, drop, 45_000));
    const who = person(rng);
    const local =
      op.domain === 'gmail.com'
        ? `${who.first.toLowerCase()}.${who.last.toLowerCase()}.${rng.int(10, 99)}`
        : `${rng.token(5)}${who.last.toLowerCase()}`;
    const home = rng.pick(op.base);
    const jig = rng.pick(['', ' #1', ' Unit A', ` ${rng.token(3).toUpperCase()}`, ' Apt 1']);
    const shipping: Place = { ...home, line1: `${home.line1 ?? ''}${jig}` };
    const card = cardFrom(rng, rng.pick(VIRTUAL_BINS), 'US');
    const ok = rng.chance(0.88);
    const attempts = [
      cardAttempt(rng, card, {
        match: 'good',
        ok,
        ...(ok
          ? {}
          : { decline: rng.pick<Decline>(['insufficient_funds', 'card_velocity_exceeded', 'do_not_honor']) }),
        afterMs: rng.int(1_000, 4_000),
      }),
    ];
    const item = limited[dropIndex % limited.length] ?? rng.pick(limited);
    const later: LaterEvent[] = rng.chance(0.2)
      ? [
          { type: 'order.cancelled', afterMs: rng.int(4, 30) * HOUR, reason: 'order_limit_exceeded' },
          { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'order_limit_exceeded' },
        ]
      : stolenAfter(rng, 'ship', { warning: 0, dispute: 0.02 });
    const draft: Draft = {
      kind: 'drop_bot',
      fraud: true,
      at,
      buyer: {
        id: `cus_${rng.token(14)}`,
        email: `${local}@${op.domain}`,
        name: who.name,
        createdAt: drop - rng.int(1, 20) * DAY - rng.int(0, 86_399) * 1000,
      },
      billing: shipping,
      shipping,
      fulfilment: 'ship',
      lines: [lineOf(item, 2)],
      ip: op.hosting && rng.chance(0.7) ? ipIn(rng, 'us-cloud') : fraudIp(rng, 1, 0),
      device: rng.chance(0.8) ? rng.pick(op.devices) : deviceOf(rng, 'desktop'),
    };
    return build(draft, attempts, ok ? later : []);
  });
}

/**
 * Loyalty accounts taken over with reused passwords: a new device, a proxy or a foreign connection, the saved card
 * or the rewards, goods sent somewhere new (at checkout or by changing the address right after).
 */
function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const aged = w.accounts.filter((a) => a.createdAt < w.window.start - 60 * DAY);
  const pool = aged.length > 0 ? aged : w.accounts;
  return Array.from({ length: n }, () => {
    const a: Account = rng.pick(pool);
    const at = shopAt(rng, w.window, rng.chance(0.5) ? a.state.tz : rng.pick([1, 3, 7, -5]), 'flat');
    const egift = rng.chance(0.3);
    const redirect = !egift && rng.chance(0.3);
    const drop = rng.chance(0.4) ? reshipper(rng) : dropAddress(rng);
    const fulfilment: Fulfilment = egift ? 'email' : 'ship';
    const lines = egift
      ? [{ ...giftCard(rng.pick([10_000, 20_000, 25_000])), quantity: rng.int(1, 3) }]
      : resaleLines(rng, 2);
    const store = a.cards.find((c) => c.brand === 'private_label');
    const saved = store ?? rng.pick(a.cards);
    const useRewards = rng.chance(0.15) && !egift;
    const attempts: Attempt[] = useRewards
      ? [other('gift_card', true, firstAuth(rng))]
      : [
          cardAttempt(rng, saved, {
            entry: 'saved',
            match: 'good',
            ok: !rng.chance(0.1),
            afterMs: firstAuth(rng),
          }),
        ];
    if (!attempts.some((x) => x.ok)) {
      const decline = attempts[0];
      if (decline) attempts[0] = { ...decline, decline: 'fraudulent' };
      attempts.push(
        cardAttempt(rng, rng.pick(a.cards), {
          entry: 'saved',
          match: 'good',
          ok: rng.chance(0.6),
          afterMs: retryGap(rng),
        }),
      );
    }
    const paid = attempts.some((x) => x.ok);
    const later = paid ? stolenAfter(rng, fulfilment, { warning: 0.25, dispute: 0.45, refund: 0.6 }) : [];
    if (paid && redirect)
      later.push({
        type: 'order.updated',
        afterMs: rng.int(5, 40) * MINUTE,
        shipping: drop,
        status: 'address_changed',
      });
    if (paid && !later.some((l) => l.type !== 'order.updated') && rng.chance(0.5))
      later.push({ type: 'refund.created', afterMs: rng.int(3, 10) * DAY, reason: 'account_compromised' });
    const draft: Draft = {
      kind: 'account_takeover',
      fraud: true,
      at,
      buyer: signedIn(a),
      billing: { ...a.home },
      ...(egift ? {} : { shipping: redirect ? { ...a.home } : drop }),
      fulfilment,
      lines,
      ...(rng.chance(0.3) && !egift ? { code: 'REWARDS10' } : {}),
      ip: fraudIp(rng, 0.5, 0.25),
      device: deviceOf(rng, rng.pick(['desktop', 'phone', undefined] as const)),
      extra: {
        rewards: a.rewards,
        ...(egift ? { recipient: { name: person(rng).name, email: randomEmail(rng) } } : {}),
      },
    };
    return build(draft, attempts, later);
  });
}

/** Real buyers on their own cards who say the parcel never came (tracking says delivered); some do it again. */
function itemNotReceived(rng: Rng, w: World, n: number): Purchase[] {
  const abusers = Array.from({ length: Math.max(1, Math.ceil(n * 0.6)) }, () =>
    rng.chance(0.5) ? rng.pick(w.accounts) : undefined,
  );
  return Array.from({ length: n }, () => {
    const a = rng.pick(abusers);
    const who = a?.who ?? person(rng);
    const st = a?.state ?? pickState(rng);
    const home = a ? { ...a.home } : homeIn(rng, st);
    const at = shopAt(rng, w.window, st.tz);
    const lines = rng.chance(0.4) ? resaleLines(rng, 1) : familyLines(rng, rng.int(2, 4));
    const card = a ? rng.pick(a.cards) : newCard(rng);
    const attempts = [
      cardAttempt(rng, card, {
        entry: a ? 'saved' : 'typed',
        match: 'good',
        ok: true,
        afterMs: firstAuth(rng),
      }),
    ];
    const ship = rng.int(12, 60) * HOUR;
    const delivered = ship + rng.int(2, 5) * DAY;
    const later: LaterEvent[] = [
      { type: 'order.updated', afterMs: ship, status: 'shipped' },
      { type: 'order.updated', afterMs: delivered, status: 'delivered' },
      rng.chance(0.55)
        ? { type: 'refund.created', afterMs: delivered + rng.int(2, 6) * DAY, reason: 'item_not_received' }
        : {
            type: 'dispute.created',
            afterMs: delivered + rng.int(15, 40) * DAY,
            reason: 'product_not_received',
          },
    ];
    const draft: Draft = {
      kind: 'item_not_received',
      fraud: true,
      at,
      buyer: a ? signedIn(a) : rng.chance(0.5) ? guest(rng, who) : freshAccount(rng, who, at),
      billing: home,
      shipping: { ...home },
      fulfilment: 'ship',
      lines,
      ip: a
        ? ipIn(rng, a.network, 0.35)
        : ipIn(rng, rng.weightedPick(rng.chance(0.7) ? US_HOME : US_MOBILE), 0.35),
      device: a ? rng.pick(a.devices) : deviceOf(rng),
      ...(a ? { extra: { rewards: a.rewards } } : {}),
    };
    return build(draft, attempts, later);
  });
}

/** Buyers who receive the gifts and then tell their bank they never made the purchase. */
function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const a = rng.chance(0.55) ? rng.pick(w.accounts) : undefined;
    const who = a?.who ?? person(rng);
    const st = a?.state ?? pickState(rng);
    const home = a ? { ...a.home } : homeIn(rng, st);
    const at = shopAt(rng, w.window, st.tz);
    const pickup = rng.chance(0.2);
    const lines = rng.chance(0.35) ? resaleLines(rng, 1) : familyLines(rng, rng.int(1, 4));
    const card = a ? rng.pick(a.cards) : newCard(rng);
    const wallet = rng.chance(0.25);
    const attempts = [
      cardAttempt(rng, card, {
        entry: wallet ? 'wallet' : a ? 'saved' : 'typed',
        match: 'good',
        ok: true,
        afterMs: firstAuth(rng),
      }),
    ];
    const fulfilment: Fulfilment = pickup ? 'pickup' : 'ship';
    const draft: Draft = {
      kind: 'friendly_fraud',
      fraud: true,
      at,
      buyer: a ? signedIn(a) : guest(rng, who),
      billing: home,
      ...(pickup ? {} : { shipping: { ...home } }),
      fulfilment,
      lines,
      ip: a ? ipIn(rng, a.network, 0.35) : ipIn(rng, rng.weightedPick(US_HOME), 0.35),
      device: a ? rng.pick(a.devices) : deviceOf(rng),
      extra: { ...(a ? { rewards: a.rewards } : {}), ...(pickup ? { pickupStore: storeIn(rng, st) } : {}) },
    };
    const basket = basketOf(draft, pickup ? st : undefined);
    const later = honestAfter(rng, fulfilment, basket).filter((l) => l.type === 'order.updated');
    later.push({
      type: 'dispute.created',
      afterMs: rng.int(20, 60) * DAY,
      reason: rng.weightedPick<string>([
        ['fraudulent', 55],
        ['unrecognized', 25],
        ['product_not_received', 20],
      ]),
    });
    return purchaseOf(draft, basket, attempts, later);
  });
}

/**
 * Orders the store may not fill: a relative in Miami sending toys to family in Cuba, buyers in Iran or Syria
 * using a US forwarder and a Gulf or Turkish card, parcels for Crimea, Donetsk or Luhansk ordered from Russia.
 */
function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const variant = rng.weightedPick<'cuba' | 'iran' | 'occupied' | 'syria'>([
      ['cuba', 40],
      ['iran', 20],
      ['occupied', 20],
      ['syria', 20],
    ]);
    const place = (c: string): Place => {
      const p = rng.pick(SANCTIONED_PLACES.filter((x) => x.country === c));
      return { ...p, line1: `${rng.pick(['Calle', 'Street', 'ul.'])} ${rng.int(1, 120)}, ${rng.int(1, 60)}` };
    };
    const who = person(rng);
    let billing: Place;
    let shipping: Place;
    let ip: string;
    let card: HeldCard;
    let tz: number;
    let fulfilment: Fulfilment = 'ship_gift';
    if (variant === 'cuba') {
      const fl = stateOf(rng.chance(0.8) ? 'FL' : 'NJ');
      billing = homeIn(rng, fl);
      shipping = place('CU');
      ip = ipIn(rng, rng.weightedPick(US_HOME), 0.3);
      card = newCard(rng);
      tz = -5;
    } else if (variant === 'iran') {
      billing = place('IR');
      shipping = reshipper(rng);
      fulfilment = 'ship';
      ip = ipIn(rng, 'ir-telco');
      card = newCard(rng, rng.pick(['AE', 'TR']));
      tz = 3.5;
    } else if (variant === 'occupied') {
      billing = place('UA');
      shipping = rng.chance(0.6) ? place('UA') : reshipper(rng);
      fulfilment = 'ship';
      ip = ipIn(rng, 'ru-telco');
      card = newCard(rng, rng.pick(['KZ', 'AE']));
      tz = 3;
    } else {
      billing = place('SY');
      shipping = rng.chance(0.5) ? homeIn(rng, pickState(rng)) : reshipper(rng);
      ip = ipIn(rng, 'sy-telco');
      card = newCard(rng, 'AE');
      tz = 3;
    }
    const at = shopAt(rng, w.window, tz);
    const attempts = stolenAttempts(rng, card, () => newCard(rng, card.country === 'US' ? 'US' : 'AE'), {
      match: 'good',
      tries: rng.int(1, 2),
      declined: variant === 'cuba' ? 0.08 : 0.4,
    });
    const draft: Draft = {
      kind: 'sanctioned_country',
      fraud: true,
      at,
      buyer: rng.chance(0.4) ? freshAccount(rng, who, at) : guest(rng, who),
      billing,
      shipping,
      fulfilment,
      lines: familyLines(rng, rng.int(1, 4)),
      giftWrap: variant === 'cuba' && rng.chance(0.4),
      ip,
      device: deviceOf(rng),
      ...(fulfilment === 'ship_gift' ? { extra: { recipient: { name: recipientOfFamily(rng, who) } } } : {}),
    };
    const paid = attempts.some((x) => x.ok);
    const later: LaterEvent[] = !paid
      ? []
      : rng.chance(0.35)
        ? [
            { type: 'order.cancelled', afterMs: rng.int(2, 30) * HOUR, reason: 'export_restricted' },
            { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'export_restricted' },
          ]
        : stolenAfter(rng, 'ship', { warning: 0, dispute: 0.03 });
    return build(draft, attempts, later);
  });
}

const recipientOfFamily = (rng: Rng, who: Person): string => `${person(rng).first} ${who.last}`;

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card: stolenCard,
  reshipping,
  gift_card_fraud: giftCardFraud,
  drop_bot: dropBot,
  account_takeover: accountTakeover,
  item_not_received: itemNotReceived,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraud purchases, allocated by kind, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((kind) =>
    PLANNERS[kind](rng.fork(kind), w, counts[kind]),
  );
}
