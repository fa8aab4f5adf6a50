import { accountBuyer, type Address, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placeAt } from './calendar.js';
import { type ThreeDS } from './cards.js';
import {
  basketOf,
  everydayLines,
  type Fulfilment,
  giftCardLines,
  giftLines,
  luxuryLines,
  resaleLines,
  trousseauLines,
} from './catalogue.js';
import {
  fraudPurchase,
  fulfilOf,
  isPaid,
  paidAtOf,
  released,
  stolenAfter,
  stolenRun,
  usdOf,
} from './fraud-kit.js';
import { homeIp, hostingIp, ipFrom } from './networks.js';
import { abroadCheckout, egyptCheckout } from './orders.js';
import { type Country, COURIER_HUBS, GULF, homeIn, MARKETS, reshipperAddress, tzOf, WEST } from './places.js';
import { type Account, accountIn, deviceFor, emailOf, junkEmail, nameOf, ownDevice } from './people.js';
import {
  type Attempt,
  cardTry,
  DAY,
  deliveredAt,
  fulfilment,
  HOUR,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
  type World,
} from './purchase.js';

/**
 * Fraud through accounts and cash: fake cash-on-delivery orders refused at the door, account takeover (saved
 * cards, SIM-swapped Vodafone Cash wallets, new delivery addresses), refund abuse ("the towels never
 * arrived") and friendly fraud (a real buyer's chargeback after delivery).
 */

const LANDMARKS = [
  'Near El Rahma Mosque',
  'Behind the Coptic school',
  'Next to El Ezaby pharmacy',
  'Opposite the bakery',
  'Beside the metro station',
  'Near the youth centre',
];

/**
 * Fake cash-on-delivery orders: pranks, grudges, competitors and people who order on impulse with no
 * intention of paying. A phone, or a few, places one to four orders under different names within days, for
 * expensive linen to vague addresses; the confirmation call goes unanswered, or the parcel is refused at the
 * door.
 */
export function codFakeOrder(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let cluster = 0;
  while (out.length < count) {
    const r = rng.fork(`cod${cluster++}`);
    const size = Math.min(
      count - out.length,
      r.weightedPick([
        [1, 5],
        [2, 3],
        [3, 2],
        [4, 1],
      ] as const),
    );
    const device = deviceFor(
      r,
      'EG',
      r.pick(['android_chrome', 'android_fb', 'android_ig', 'android_samsung']),
    );
    const base = placeAt(r, w.window, 2, 'evening');
    const netName = r.pick(['eg-mobile-a', 'eg-mobile-b', 'eg-mobile-c']);
    for (let i = 0; i < size; i++) {
      const at = Math.min(w.window.end - 1, base + Math.floor(r.float(0, 3) * DAY * (i > 0 ? 1 : 0)));
      const name = nameOf(r, 'egyptian', 'EG');
      const home = homeIn(r, 'EG');
      const to: Address = r.chance(0.55)
        ? { ...home, line1: `${r.pick(LANDMARKS)}, ${home.city ?? ''}` }
        : home;
      const lines = r.chance(0.3) ? trousseauLines(r, 'EGP', 0.25) : resaleLines(r, 'EGP', false);
      const capped = lines.slice(0, 4);
      const basket = basketOf(capped, 'EGP', 'courier', to, { cod: true });
      const fresh = r.chance(0.3);
      const buyer: Buyer = {
        ...(fresh ? { id: `cus_${r.token(14)}`, createdAt: at - r.int(3, 40) * MINUTE } : {}),
        email: r.chance(0.5) ? junkEmail(r) : emailOf(r, name, 'EG'),
        name,
      };
      const later: LaterEvent[] = [];
      if (r.chance(0.3))
        later.push({ type: 'order.cancelled', afterMs: r.int(20, 48) * HOUR, reason: 'unconfirmed' });
      else {
        later.push({ type: 'order.updated', afterMs: r.int(1, 8) * HOUR, status: 'confirmed' });
        const steps = fulfilment(r, r.int(10, 60) * MINUTE, fulfilOf('courier')).filter(
          (s) => s.status !== 'delivered',
        );
        const door = deliveredAt(steps, 0) + r.float(1, 3) * DAY;
        later.push(...steps, {
          type: 'order.cancelled',
          afterMs: door,
          reason: r.weightedPick([
            ['refused_on_delivery', 55],
            ['customer_unreachable', 35],
            ['fake_address', 10],
          ] as const),
        });
      }
      out.push(
        fraudPurchase({
          kind: 'cod_fake_order',
          at,
          buyer,
          billing: to,
          shipping: to,
          basket,
          fulfilment: 'courier',
          method: 'cod',
          attempts: [],
          later,
          ip: r.chance(0.8) ? ipFrom(r, netName, 0.2) : homeIp(r, 'EG', 0.9),
          device,
          locale: 'ar-EG',
        }),
      );
    }
  }
  return out;
}

const aged = (w: World, countries: readonly Country[]): Account[] =>
  countries
    .flatMap((c) => w.base.byCountry.get(c) ?? [])
    .filter((a) => a.createdAt < w.window.start - 30 * DAY);

/**
 * Account takeover: a phished or reused password opens an aged account; a new device, an IP elsewhere, a new
 * delivery address (a courier hub, another governorate, a re-shipper), the saved card (its CVC not asked) or,
 * after a SIM swap, the OTP and the Vodafone Cash wallet too; sometimes the address is changed after
 * checkout. The owner notices: a dispute on the card, a complaint and a refund on the wallet.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`ato${i}`);
    const region = r.weightedPick([
      ['egypt', 55],
      ['gulf', 25],
      ['west', 20],
    ] as const);
    const pool = aged(w, region === 'egypt' ? ['EG'] : region === 'gulf' ? GULF : WEST);
    const a = pool.length > 0 ? r.pick(pool) : accountIn(r, w.base, ['EG']);
    const eg = a.country === 'EG';
    const at = placeAt(r, w.window, 2, r.chance(0.4) ? 'night' : 'evening');
    const toEgypt = eg || r.chance(0.5);
    const giftCards = eg && r.chance(0.3);
    const to: Address | undefined = giftCards
      ? undefined
      : toEgypt
        ? r.chance(0.35)
          ? r.pick(COURIER_HUBS)
          : homeIn(r, 'EG')
        : reshipperAddress(r);
    const currency = eg ? 'EGP' : MARKETS[a.country].currency;
    const f: Fulfilment = giftCards
      ? 'email'
      : toEgypt
        ? to && COURIER_HUBS.includes(to)
          ? 'courier_hub'
          : 'courier'
        : 'express_international';
    const basket = basketOf(
      giftCards ? giftCardLines(r) : resaleLines(r, currency, r.chance(0.3)),
      currency,
      f,
      to,
    );
    const usd = usdOf(basket.amount, currency);
    const card = r.pick(a.cards);
    const passedAs = (): ThreeDS =>
      card.country === 'EG'
        ? 'challenge_passed'
        : WEST.includes(card.country as Country)
          ? 'frictionless'
          : r.chance(0.4)
            ? 'frictionless'
            : 'challenge_passed';
    let attempts: Attempt[] = stolenRun(
      r,
      [card],
      usd,
      {
        challengeFails: card.country === 'EG' ? 0.5 : WEST.includes(card.country as Country) ? 0.3 : 0.45,
        issuerDeclines: 0.08,
        passedAs,
      },
      false,
    );
    const wallet = !isPaid(attempts) && a.wallet && r.chance(0.6);
    if (wallet) attempts = [...attempts, other('vodafone_cash', true, r.int(2, 10) * MINUTE)];
    let later: LaterEvent[] = released(r);
    if (isPaid(attempts)) {
      later = wallet
        ? [
            ...fulfilment(r, paidAtOf(attempts) + r.int(10, 60) * MINUTE, fulfilOf(f)),
            ...(r.chance(0.7)
              ? [{ type: 'refund.created' as const, afterMs: r.float(2, 10) * DAY, reason: 'fraudulent' }]
              : []),
          ]
        : stolenAfter(r, f, paidAtOf(attempts), {
            warning: 0.35,
            warningDays: [3, 15],
            dispute: 0.7,
            disputeDays: [7, 40],
            reason: 'fraudulent',
          });
      if (to && f !== 'email' && r.chance(0.2)) {
        const redirect = toEgypt ? homeIn(r, 'EG') : reshipperAddress(r);
        later.push({
          type: 'order.updated',
          afterMs: r.int(1, 6) * HOUR,
          status: 'address_changed',
          shipping: redirect,
        });
      }
    }
    const device: Device = deviceFor(r, 'EG', r.pick(['windows', 'android_chrome', 'iphone']));
    const ip = eg
      ? r.weightedPick([
          [() => homeIp(r, 'EG', 0.9), 50],
          [() => hostingIp(r), 25],
          [() => ipFrom(r, r.pick(['ng-home', 'ma-home', 'pk-home'])), 25],
        ] as const)()
      : r.weightedPick([
          [() => hostingIp(r), 40],
          [() => homeIp(r, 'EG', 0.9), 30],
          [() => ipFrom(r, r.pick(['ng-home', 'ma-home', 'pk-home', 'vn-home'])), 30],
        ] as const)();
    return fraudPurchase({
      kind: 'account_takeover',
      at,
      buyer: accountBuyer(a),
      billing: a.home,
      ...(to ? { shipping: to } : {}),
      basket,
      fulfilment: f,
      method: 'card',
      attempts,
      later,
      ip,
      device,
      locale: eg ? 'ar-EG' : 'en-US',
    });
  });
}

/** A checkout as an honest one, relabelled, its payment forced through, its later steps replaced. */
function relabel(
  rng: Rng,
  p: Purchase,
  kind: string,
  later: (door: number, paidAt: number) => LaterEvent[],
): Purchase {
  let attempts = p.attempts;
  if (!isPaid(attempts) || attempts.length === 0) {
    const card = p.attempts.find((a) => a.card)?.card;
    const usd = usdOf(p.basket.amount, p.basket.currency);
    attempts = card
      ? [cardTry(rng, card, usd, { entry: 'typed', ok: true, afterMs: rng.int(20_000, 90_000) })]
      : [other(p.method === 'cod' || p.method === 'fawry' ? 'vodafone_cash' : p.method, true, 30_000)];
  }
  const paidAt = paidAtOf(attempts);
  const steps = fulfilment(rng, paidAt + rng.int(10, 60) * MINUTE, fulfilOf(p.fulfilment));
  const door = deliveredAt(steps, paidAt);
  return {
    ...p,
    fraud: true,
    kind,
    attempts,
    method: attempts[0]?.method ?? p.method,
    later: [...steps, ...later(door, paidAt)],
  };
}

/**
 * Refund abuse: real customers, some again and again, who say the towels never arrived (a full refund) or
 * came damaged or short (part of it), sometimes escalated to a dispute.
 */
export function refundAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const abusers = Array.from({ length: Math.max(1, Math.ceil(count / 2)) }, (_, i) => {
    const r = rng.fork(`ab${i}`);
    const region = r.weightedPick([
      ['EG', 65],
      ['gulf', 15],
      ['west', 20],
    ] as const);
    return accountIn(r, w.base, region === 'EG' ? ['EG'] : region === 'gulf' ? GULF : WEST);
  });
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`ra${i}`);
    const a = r.pick(abusers);
    const market = MARKETS[a.country];
    const at = placeAt(r, w.window, tzOf(a.home), 'evening');
    const lines = everydayLines(r, market.currency, r.int(1, 3));
    const common = {
      kind: 'refund_abuse',
      at,
      buyer: accountBuyer(a),
      billing: a.home,
      shipTo: a.home,
      cards: a.cards.filter((c) => c.country === a.country),
      wallet: a.wallet,
      signedIn: true,
      device: ownDevice(r, a),
      ip: homeIp(r, a.country),
      lines,
      outcome: { refusal: 0, returns: 0, dispute: 0, cancel: 0 },
    };
    const p =
      a.country === 'EG'
        ? egyptCheckout(r, {
            ...common,
            methods: [
              ['card', 60],
              ['vodafone_cash', 40],
            ],
          })
        : abroadCheckout(r, {
            ...common,
            methods: [
              ['card', 60],
              ['apple_pay', 40],
            ],
          });
    return relabel(r, p, 'refund_abuse', (door) => {
      const full = r.chance(0.65);
      const out: LaterEvent[] = [
        {
          type: 'refund.created',
          afterMs: door + r.float(2, 10) * DAY,
          reason: full ? 'not_received' : r.pick(['damaged', 'missing_items', 'not_as_described']),
          ...(full ? {} : { amount: Math.max(100, Math.round((p.basket.amount * r.int(30, 70)) / 100)) }),
        },
      ];
      if (r.chance(0.15))
        out.push({
          type: 'dispute.created',
          afterMs: door + r.float(20, 45) * DAY,
          reason: 'product_not_received',
        });
      return out;
    });
  });
}

/**
 * Friendly fraud: the buyer (or someone in the family on the same card) orders, receives it, and later tells
 * the bank they never got it, do not recognise it, or it was not as described.
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`ff${i}`);
    const region = r.weightedPick([
      ['EG', 40],
      ['gulf', 35],
      ['west', 25],
    ] as const);
    const a = accountIn(r, w.base, region === 'EG' ? ['EG'] : region === 'gulf' ? GULF : WEST);
    const market = MARKETS[a.country];
    const at = placeAt(r, w.window, tzOf(a.home), 'evening');
    const big = r.chance(0.1);
    const lines = big
      ? trousseauLines(r, market.currency, 0.6)
      : r.chance(0.5)
        ? luxuryLines(r, market.currency)
        : giftLines(r, market.currency, r.int(1, 2));
    const signedIn = r.chance(0.8);
    const cards = a.cards.filter((c) => c.country === a.country && c.brand !== 'meeza');
    const common = {
      kind: 'friendly_fraud',
      at,
      buyer: signedIn ? accountBuyer(a) : { email: a.email, name: a.name },
      billing: a.home,
      shipTo: a.home,
      cards: cards.length > 0 ? cards : a.cards,
      signedIn,
      device: ownDevice(r, a),
      ip: homeIp(r, a.country),
      lines,
      outcome: { refusal: 0, returns: 0, dispute: 0, cancel: 0 },
    };
    const p =
      a.country === 'EG'
        ? egyptCheckout(r, {
            ...common,
            methods: [
              ['card', 90],
              ['apple_pay', 10],
            ],
          })
        : abroadCheckout(r, {
            ...common,
            methods: [
              ['card', 65],
              ['apple_pay', 35],
            ],
          });
    return relabel(r, p, 'friendly_fraud', (door) => [
      {
        type: 'dispute.created',
        afterMs: door + r.float(20, 70) * DAY,
        reason: r.weightedPick([
          ['product_not_received', 35],
          ['unrecognized', 30],
          ['not_as_described', 20],
          ['cancelled_order', 10],
          ['duplicate', 5],
        ] as const),
      },
    ]);
  });
}
