import { type Rng } from '../kit/random.js';
import {
  basket,
  CURRENCY,
  DLC,
  face,
  GAMES,
  giftCard,
  inRange,
  LAUNCH_EDITIONS,
  line,
  SOFTWARE,
  SUBSCRIPTIONS,
} from './catalog.js';
import { mistyped } from './people.js';
import { market, pickMarket } from './places.js';
import { games, type HonestWorld, order, pct, PLATFORM_MIX, saleFrom, someone } from './honest-world.js';
import { atNight, HOUR, LAUNCH, type Later, MINUTE, type Purchase, when, type Window } from './purchase.js';
import { type AccountAge, honestPayment, shopper, type Shopper } from './shoppers.js';
import { expat, traveller, vpnShopper } from './travel.js';

/**
 * The honest customers, by kind (shares of honest orders, %). Many look risky and are not: VPN users,
 * travellers and expats, gifts for others, big first orders, families on one PC and one card, internet cafés,
 * streamers buying keys by the dozen.
 */
export const HONEST = {
  regular: 25,
  sale_basket: 12,
  wallet_topup: 11,
  ingame_currency: 11,
  subscription: 7,
  gift_for_someone: 6,
  software_licence: 5,
  launch_night: 5,
  family_shared: 5,
  vpn_user: 5,
  traveller_expat: 3,
  internet_cafe: 2,
  big_first_order: 2,
  streamer_giveaway: 1,
} as const;
export type HonestKind = keyof typeof HONEST;

export function honest(rng: Rng, world: HonestWorld, w: Window, kind: HonestKind): Purchase {
  switch (kind) {
    case 'regular': {
      const { s, m, at } = someone(rng, world, w);
      return order(rng, kind, at, s, basket(m, games(rng, m, w, at, rng.chance(0.2) ? 2 : 1)));
    }
    case 'sale_basket': {
      const m = pickMarket(rng);
      const tz = rng.pick(m.tz);
      const at = when(rng, w, tz, saleFrom(w));
      const s = shopper(rng, m, { at, start: w.start, tz, age: rng.chance(0.85) ? 'old' : 'new' });
      const lines = Array.from({ length: rng.int(2, 7) }, () =>
        line(rng.chance(0.85) ? inRange(rng, GAMES, 4) : rng.pick(DLC), m, 1, pct(rng, 0.25, 0.85)),
      );
      return order(rng, kind, at, s, basket(m, lines));
    }
    case 'wallet_topup': {
      const { s, m, at } = someone(rng, world, w);
      const big = rng.chance(0.1);
      const card = giftCard(rng.weighted(PLATFORM_MIX), face(rng, m, big ? 60 : 4, big ? 120 : 55), m);
      return order(rng, kind, at, s, basket(m, [card]));
    }
    case 'ingame_currency': {
      const young = rng.chance(0.65);
      const { s, m, at } = someone(rng, world, w, undefined, young, rng.chance(0.6));
      const pack = inRange(rng, CURRENCY, 0, rng.chance(0.9) ? 40 : 100);
      return order(rng, kind, at, s, basket(m, [line(pack, m, rng.chance(0.08) ? 2 : 1)]));
    }
    case 'subscription': {
      const { s, m, at } = someone(rng, world, w);
      const method = s.method === 'paysafecard' || s.method === 'pix' ? 'card' : s.method;
      return order(
        rng,
        kind,
        at,
        s,
        basket(m, [line(rng.pick(SUBSCRIPTIONS), m)]),
        honestPayment(rng, s, method),
      );
    }
    case 'gift_for_someone': {
      const age: AccountAge = rng.weighted({ old: 40, new: 25, guest: 35 });
      const { s, m, at } = someone(rng, world, w, age, false);
      const lines = rng.chance(0.65)
        ? [
            giftCard(
              rng.weighted(PLATFORM_MIX),
              face(rng, m, 20, 110),
              m,
              rng.chance(0.2) ? rng.int(2, 3) : 1,
            ),
          ]
        : games(rng, m, w, at, 1);
      // A mistyped address: the keys never arrive, the buyer writes to support, the order is corrected.
      if (!rng.chance(0.1)) return order(rng, kind, at, s, basket(m, lines));
      const fix: Later = { type: 'order.updated', afterMs: rng.float(20 * MINUTE, 6 * HOUR), email: s.email };
      return order(rng, kind, at, { ...s, email: mistyped(rng, s.email) }, basket(m, lines), undefined, [
        fix,
      ]);
    }
    case 'software_licence': {
      const m = pickMarket(rng);
      const tz = rng.pick(m.tz);
      const at = rng.chance(0.7) ? atNight(rng, w, tz, 8, 18) : when(rng, w, tz);
      const s = shopper(rng, m, {
        at,
        start: w.start,
        tz,
        young: false,
        phone: false,
        age: rng.chance(0.5) ? 'new' : 'old',
      });
      const office = rng.chance(0.06);
      return order(rng, kind, at, s, basket(m, [line(rng.pick(SOFTWARE), m, office ? rng.int(2, 5) : 1)]));
    }
    case 'launch_night': {
      const m = pickMarket(rng);
      const tz = rng.pick(m.tz);
      const unlock = w.start + LAUNCH;
      const near = unlock < w.end && rng.chance(0.7);
      const at = near
        ? Math.floor(Math.min(w.end - 1, unlock + rng.float(-3 * HOUR, 5 * HOUR)))
        : when(rng, w, tz);
      const s = shopper(rng, m, { at, start: w.start, tz, age: rng.chance(0.3) ? 'new' : 'old' });
      const edition = rng.weightedPick(LAUNCH_EDITIONS.map((p, i) => [p, [55, 35, 10][i] ?? 1] as const));
      return order(rng, kind, at, s, basket(m, [line(edition, m)]));
    }
    case 'family_shared': {
      const h = rng.pick(world.households);
      const who = rng.chance(0.3) ? h.parent : rng.pick(h.kids);
      const at = when(rng, w, h.tz);
      const s: Shopper = { ...who, ip: h.ip, device: rng.pick(h.devices), card: h.card, method: 'card' };
      const lines = rng.chance(0.6) ? [line(inRange(rng, CURRENCY, 0, 25), h.m)] : games(rng, h.m, w, at, 1);
      return order(rng, kind, at, s, basket(h.m, lines));
    }
    case 'vpn_user': {
      const v = vpnShopper(rng, w);
      return order(
        rng,
        kind,
        v.at,
        v.s,
        basket(v.m, games(rng, v.m, w, v.at, rng.chance(0.25) ? 2 : 1)),
        v.pay,
      );
    }
    case 'traveller_expat': {
      const v = rng.chance(0.5) ? traveller(rng, w) : expat(rng, w);
      const lines = rng.chance(0.5)
        ? games(rng, v.m, w, v.at, 1)
        : [giftCard('Steam Wallet', face(rng, v.m, 10, 60), v.m)];
      return order(rng, kind, v.at, v.s, basket(v.m, lines), v.pay);
    }
    case 'internet_cafe': {
      const c = rng.pick(world.cafes);
      const at = rng.chance(0.6) ? atNight(rng, w, c.tz, 14, 23) : when(rng, w, c.tz);
      const base = shopper(rng, c.m, {
        at,
        start: w.start,
        tz: c.tz,
        young: true,
        age: rng.chance(0.5) ? 'guest' : 'old',
      });
      const s: Shopper = { ...base, ip: c.ip, device: rng.pick(c.pcs) };
      const pack = rng.chance(0.6)
        ? line(inRange(rng, CURRENCY, 0, 20), c.m)
        : giftCard('Steam Wallet', face(rng, c.m, 1, 12), c.m);
      return order(rng, kind, at, s, basket(c.m, [pack]));
    }
    case 'big_first_order': {
      const m = pickMarket(rng);
      const tz = rng.pick(m.tz);
      const at = when(rng, w, tz);
      const s = shopper(rng, m, { at, start: w.start, tz, age: 'new', young: false });
      const cards = giftCard(rng.weighted(PLATFORM_MIX), face(rng, m, 60, 120), m, rng.int(1, 3));
      const lines = rng.chance(0.5)
        ? [cards, ...games(rng, m, w, at, rng.int(1, 2))]
        : [line(inRange(rng, CURRENCY, 80), m, rng.int(1, 3))];
      return order(rng, kind, at, s, basket(m, lines), honestPayment(rng, { ...s, method: 'card' }));
    }
    case 'streamer_giveaway': {
      const m = market(rng.pick(['US', 'US', 'GB', 'DE', 'BR', 'CA', 'FR', 'PL']));
      const tz = rng.pick(m.tz);
      const at = when(rng, w, tz);
      const s = shopper(rng, m, { at, start: w.start, tz, age: 'old', young: false, phone: false });
      const lines = rng.chance(0.6)
        ? [line(inRange(rng, GAMES, 9, 40), m, rng.int(5, 20))]
        : [giftCard('Steam Wallet', face(rng, m, 9, 30), m, rng.int(10, 20))];
      return order(rng, kind, at, s, basket(m, lines), honestPayment(rng, { ...s, method: 'card' }));
    }
  }
}
