import { type Rng } from '../kit/random.js';
import { basket, type Basket, everyday, line } from './catalog.js';
import { newCard } from './cards.js';
import { buyerOf, currencyOf, purchase, shopper, type Shopper } from './common.js';
import {
  allocate,
  type Crews,
  crews,
  FRAUD,
  type FraudKind,
  fraudLater,
  ringIp,
  stolenAttempts,
  testCard,
} from './fraud-kit.js';
import { ipFrom } from './networks.js';
import { homeAddress, INFO, type Market, MARKET_SHARE } from './places.js';
import {
  attempt,
  type Attempt,
  DAY,
  device,
  type Later,
  MIN,
  type Purchase,
  when,
  type Window,
} from './purchase.js';

/** The fraud planners: one purchase per call, drawn from the seed's crews. */

const FOREIGN_CARDS = ['US', 'US', 'GB', 'AU', 'HK'] as const;
const OFFSHORE = ['VN', 'ID', 'NG', 'US', 'NL'] as const;

const fresh = (rng: Rng, m: Market, at: number): Shopper => shopper(rng, m, at, rng.float(0.0005, 3));
const throwaway = (rng: Rng, domain: string) =>
  `${rng.token(rng.int(6, 9), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 5))}@${domain}`;
const dearGoods = (rng: Rng, m: Market): Basket =>
  everyday(rng, m, currencyOf(m), rng.weighted({ phone: 60, appliance: 20, accessory: 20 }));

function plan(rng: Rng, kind: FraudKind, c: Crews, w: Window, i: number): Purchase {
  let m: Market = rng.weighted(MARKET_SHARE);
  let at = when(rng, w, INFO[m].tz);
  let who = fresh(rng, m, at);
  let b = dearGoods(rng, m);
  let shipTo = homeAddress(rng, m);
  let billing = who.home;
  let ip: string;
  let dev = device(rng, m);
  let how: Purchase['method'] = 'card';
  let attempts: Attempt[] = [];
  let later: Later[] = [];
  const stolen = (country: string, decline: number) => {
    const card = newCard(rng, country);
    attempts = stolenAttempts(rng, card, decline, () => newCard(rng, country));
  };
  if (kind === 'card_testing') {
    const camp = c.campaigns[i % c.campaigns.length] ?? c.campaigns[0];
    if (!camp) throw new Error('no campaign');
    m = camp.market;
    at = Math.min(w.end - 1, camp.start + Math.floor(i / c.campaigns.length) * rng.int(20_000, 90_000));
    who = shopper(rng, m, at, rng.float(0.0002, 0.02));
    who = { ...who, email: throwaway(rng, rng.pick(['gmail.com', 'outlook.com', 'yahoo.com'])) };
    b = basket(currencyOf(m), [
      line(rng, m, rng.chance(0.7) ? 'topup' : 'giftcard', 1, rng.pick([500, 500, 1_000])),
    ]);
    ip = ringIp(rng, {
      market: m,
      devices: [],
      addresses: [],
      ipBase: ipFrom(rng, camp.net.country, 'hosting'),
      mail: [],
    });
    dev = { userAgent: camp.userAgent, ...(rng.chance(0.3) ? { id: `wd_${rng.token(20)}` } : {}) };
    billing = { country: m, ...(rng.chance(0.5) ? { postalCode: String(rng.int(10000, 99999)) } : {}) };
    const tries = rng.int(1, 5);
    for (let k = 0; k < tries; k++) {
      const ok = rng.chance(0.1);
      attempts.push(
        attempt(
          testCard(rng, camp),
          ok,
          k === 0 ? rng.int(1_500, 6_000) : rng.int(2_000, 12_000),
          rng.chance(0.5) ? 'fail' : 'pass',
        ),
      );
      if (ok) break;
    }
    later = fraudLater(rng, { warning: 0.45, dispute: 0.35 });
  } else if (kind === 'stolen_card_no_details') {
    const country = rng.chance(0.6) ? rng.pick(FOREIGN_CARDS) : m;
    ip = rng.chance(0.45)
      ? ipFrom(rng, rng.pick(['SG', 'US', 'NL', 'JP']), 'hosting')
      : ipFrom(rng, m, 'mobile');
    stolen(country, 0.35);
    later = fraudLater(rng, { warning: 0.45, dispute: 0.75 });
  } else if (kind === 'stolen_card_full') {
    // Phished "fullz": the holder's name and billing address, the account opened in the holder's name.
    const holder = shopper(rng, m, at, 0);
    who = { ...who, name: holder.name, email: throwaway(rng, 'gmail.com') };
    billing = holder.home;
    ip = ipFrom(rng, m, rng.chance(0.6) ? 'home' : 'mobile');
    if (rng.chance(0.3)) {
      shipTo = holder.home;
      later.push({
        type: 'order.updated',
        afterMs: rng.int(10 * MIN, 4 * 60 * MIN),
        shipping: homeAddress(rng, m),
      });
    }
    stolen(m, 0.12);
    later.push(...fraudLater(rng, { warning: 0.4, dispute: 0.7 }));
  } else if (kind === 'topup_cashout') {
    who = { ...who, email: throwaway(rng, rng.pick(['gmail.com', 'proton.me', 'outlook.com'])) };
    b = basket(
      currencyOf(m),
      Array.from({ length: rng.int(1, 4) }, () =>
        line(
          rng,
          m,
          rng.chance(0.6) ? 'giftcard' : 'topup',
          rng.int(1, 3),
          rng.pick([5_000, 10_000, 10_000, 20_000]),
        ),
      ),
    );
    ip = rng.chance(0.5)
      ? ipFrom(rng, rng.pick(OFFSHORE), rng.chance(0.5) ? 'home' : 'mobile')
      : ipFrom(rng, m, 'mobile');
    if (rng.chance(0.25)) [how, attempts] = ['wallet', [attempt(undefined, true, rng.int(3_000, 20_000))]];
    else stolen(rng.chance(0.5) ? m : rng.pick(FOREIGN_CARDS), 0.3);
    later = fraudLater(rng, { warning: 0.5, dispute: 0.65 });
  } else if (kind === 'account_takeover') {
    // Credential stuffing: an old account, its saved card or wallet, a new device and network.
    who = shopper(rng, m, at, rng.int(200, 2200));
    billing = who.home;
    dev = rng.chance(0.5)
      ? device(rng, 'SG')
      : { userAgent: 'MarketApp/6.18 (Android 11; sdk_gphone_x86_64)', id: `and_${rng.token(24)}` };
    ip = rng.chance(0.55) ? ipFrom(rng, rng.pick(OFFSHORE), 'hosting') : ipFrom(rng, m, 'mobile');
    if (rng.chance(0.5))
      b = basket(currencyOf(m), [line(rng, m, 'giftcard', rng.int(2, 5), rng.pick([10_000, 20_000]))]);
    else if (rng.chance(0.4)) {
      shipTo = who.home;
      later.push({
        type: 'order.updated',
        afterMs: rng.int(3 * MIN, 90 * MIN),
        shipping: homeAddress(rng, m),
      });
    }
    how = rng.chance(0.35) ? 'wallet' : 'card';
    attempts = [attempt(how === 'card' ? newCard(rng, m) : undefined, true, rng.int(2_000, 15_000))];
    later.push(
      ...fraudLater(rng, {
        warning: how === 'card' ? 0.3 : 0,
        dispute: 0.6,
        reasons: ['unrecognized', 'fraudulent'],
      }),
    );
  } else if (kind === 'cod_refusal_ring' || kind === 'voucher_abuse') {
    const rings = kind === 'cod_refusal_ring' ? c.codRings : c.voucherRings;
    const r = rings[i % rings.length] ?? rings[0];
    if (!r) throw new Error('no ring');
    m = r.market;
    at = when(rng, w, INFO[m].tz);
    who = { ...shopper(rng, m, at, rng.float(0.0003, 0.3)), email: throwaway(rng, rng.pick(r.mail)) };
    shipTo = rng.pick(r.addresses);
    billing = shipTo;
    dev = rng.pick(r.devices);
    ip = ringIp(rng, r);
    if (kind === 'cod_refusal_ring') {
      how = 'cod';
      b = dearGoods(rng, m);
      later = [
        {
          type: 'order.cancelled',
          afterMs: rng.int(2 * DAY, 6 * DAY),
          reason: rng.chance(0.9) ? 'delivery_refused' : 'delivery_failed',
        },
      ];
    } else {
      b = basket(currencyOf(m), [line(rng, m, rng.chance(0.6) ? 'beauty' : 'accessory', 1)]);
      how = rng.chance(0.6) ? 'wallet' : 'card';
      attempts = [attempt(how === 'card' ? newCard(rng, m) : undefined, true, rng.int(2_000, 15_000))];
      if (rng.chance(0.3))
        later = [{ type: 'order.cancelled', afterMs: rng.int(30 * MIN, DAY), reason: 'promo_abuse' }];
    }
  } else if (kind === 'reshipper') {
    shipTo = rng.pick(c.forwarders);
    b = everyday(rng, m, currencyOf(m), rng.chance(0.7) ? 'phone' : 'accessory');
    b = basket(
      b.currency,
      b.lines.map((l) => ({ ...l, quantity: l.category === 'phone' ? rng.int(1, 3) : l.quantity })),
    );
    ip = rng.chance(0.6)
      ? ipFrom(rng, rng.pick(['US', 'NL', 'SG', 'JP']), 'hosting')
      : ipFrom(rng, rng.pick(OFFSHORE), 'home');
    stolen(rng.pick(FOREIGN_CARDS), 0.3);
    later = fraudLater(rng, { warning: 0.45, dispute: 0.75 });
  } else if (kind === 'friendly_fraud') {
    // The real customer, at home, who later says the order never came.
    who = shopper(rng, m, at, rng.int(60, 2000));
    billing = who.home;
    shipTo = who.home;
    ip = ipFrom(rng, m, rng.chance(0.6) ? 'mobile' : 'home');
    b = rng.chance(0.35)
      ? basket(currencyOf(m), [line(rng, m, 'topup', 1, rng.pick([2_000, 5_000, 10_000]))])
      : everyday(rng, m, currencyOf(m));
    attempts = [attempt(newCard(rng, m), true, rng.int(3_000, 30_000))];
    const reason = rng.weightedPick([
      ['product_not_received', 55],
      ['unrecognized', 25],
      ['fraudulent', 20],
    ] as const);
    later = [{ type: 'dispute.created', afterMs: rng.int(15 * DAY, 60 * DAY), reason }];
  } else {
    // Triangulation: a real buyer's order from a fake listing elsewhere, paid with a stolen card.
    const holder = shopper(rng, m, at, 0);
    who = { ...who, name: holder.name };
    billing = holder.home;
    b = everyday(rng, m, currencyOf(m), rng.pick(['appliance', 'beauty', 'phone'] as const));
    ip = rng.chance(0.5) ? ipFrom(rng, rng.pick(['SG', 'US']), 'hosting') : ipFrom(rng, m, 'home');
    stolen(m, 0.1);
    later = fraudLater(rng, { warning: 0.4, dispute: 0.7 });
  }
  return purchase({
    at,
    fraud: true,
    kind,
    basket: b,
    buyer: buyerOf(who),
    method: how,
    billing,
    ...(b.digital ? {} : { shipping: shipTo }),
    ip,
    device: dev,
    attempts,
    later,
  });
}

/** `count` fraud purchases in their shares. */
export function planFraud(rng: Rng, w: Window, count: number): Purchase[] {
  const c = crews(rng.fork('crews'), w);
  const want = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    Array.from({ length: want[kind] }, (_, i) => plan(rng.fork(`${kind}${i}`), kind, c, w, i)),
  );
}
