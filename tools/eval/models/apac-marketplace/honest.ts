import { type Rng } from '../kit/random.js';
import { basket, type Basket, everyday, line } from './catalog.js';
import { newCard } from './cards.js';
import {
  buyerOf,
  codLater,
  currencyOf,
  honestAttempts,
  honestLater,
  method,
  purchase,
  shopper,
  type Shopper,
} from './common.js';
import { ipFrom, type NetKind } from './networks.js';
import { homeAddress, type Market, MARKET_SHARE, MARKETS, INFO } from './places.js';
import { device, type Device, type Purchase, when, type Window } from './purchase.js';

/** Good orders: who shops honestly on the marketplace, and how often (weights). */

export const HONEST = {
  returning_customer: 26,
  new_customer: 11,
  sale_rush: 8,
  cod_shopper: 9,
  topup_gamer: 8,
  gift_card_buyer: 3,
  migrant_worker_home: 6,
  student_abroad: 4,
  shared_family_device: 5,
  office_network: 5,
  for_parents: 6,
  declined_then_retried: 4,
  travelling_shopper: 3,
  privacy_vpn: 2,
} as const;
export type HonestKind = keyof typeof HONEST;

/** Households whose members share one tablet or phone, and office networks whose staff share one exit IP. */
export interface HonestWorld {
  households: Array<{ device: Device; members: Shopper[] }>;
  offices: Array<{ market: Market; ip: string }>;
}

export function honestWorld(rng: Rng, start: number): HonestWorld {
  const households = Array.from({ length: 70 }, (_, i) => {
    const r = rng.fork(`h${i}`);
    const market = r.weighted(MARKET_SHARE);
    const members = Array.from({ length: r.int(2, 4) }, () => shopper(r, market, start, r.int(30, 2000)));
    const home = members[0]?.home;
    return { device: device(r, market), members: members.map((m) => ({ ...m, home: home ?? m.home })) };
  });
  const offices = Array.from({ length: 45 }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const market = r.weighted(MARKET_SHARE);
    return { market, ip: ipFrom(r, market, 'office') };
  });
  return { households, offices };
}

const net = (rng: Rng): NetKind => rng.weighted<NetKind>({ mobile: 62, home: 38, office: 0, hosting: 0 });

export function honest(rng: Rng, world: HonestWorld, w: Window, kind: HonestKind): Purchase {
  let market = rng.weighted(MARKET_SHARE);
  let at = when(rng, w, INFO[market].tz);
  let who = shopper(rng, market, at, rng.int(60, 2500));
  let shipTo = who.home;
  let billing = who.home;
  let ip = ipFrom(rng, market, net(rng));
  let dev = device(rng, market);
  let cardCountry: string = market;
  let bag: Basket | undefined;
  let decline = 0.035;
  if (kind === 'new_customer') who = shopper(rng, market, at, rng.float(0.001, 0.2));
  else if (kind === 'sale_rush') {
    // The sale opens at local midnight a day into the default window: a rush in its first hours.
    const opens = w.start + (w.end - w.start) / 3 - (INFO[market].tz - 8) * 3_600_000;
    at = Math.floor(Math.min(w.end - 1, Math.max(w.start, opens + rng.exp(1.2 * 3_600_000))));
    bag = everyday(rng, market, currencyOf(market), rng.pick(['phone', 'appliance', 'accessory'] as const));
  } else if (kind === 'cod_shopper') {
    market = rng.pick(['PH', 'PH', 'MY'] as const);
    who = shopper(rng, market, at, rng.int(10, 1500));
    [shipTo, billing, ip] = [who.home, who.home, ipFrom(rng, market, 'mobile')];
    dev = device(rng, market);
  } else if (kind === 'topup_gamer') {
    bag = basket(currencyOf(market), [line(rng, market, 'topup', 1, rng.pick([500, 500, 1_000, 2_000]))]);
    ip = ipFrom(rng, market, 'mobile');
  } else if (kind === 'gift_card_buyer')
    bag = basket(currencyOf(market), [line(rng, market, 'giftcard', rng.int(1, 2))]);
  else if (kind === 'migrant_worker_home') {
    // A Filipino worker abroad on the PH storefront, sending a phone or an appliance to the family at home.
    const abroad = rng.weightedPick<string>([
      ['SG', 30],
      ['MY', 15],
      ['JP', 20],
      ['KR', 15],
      ['HK', 20],
    ]);
    market = 'PH';
    at = when(rng, w, abroad === 'JP' || abroad === 'KR' ? 9 : 8);
    who = shopper(rng, 'PH', at, rng.int(30, 1800));
    billing =
      abroad === 'HK'
        ? { country: 'HK', city: 'Hong Kong', line1: `Flat ${rng.int(1, 30)}B, Mong Kok` }
        : homeAddress(rng, abroad as Market);
    shipTo = homeAddress(rng, 'PH');
    ip = ipFrom(rng, abroad, rng.chance(0.7) ? 'mobile' : 'home');
    cardCountry = abroad;
    bag = everyday(rng, 'PH', 'PHP', rng.pick(['phone', 'appliance', 'appliance', 'beauty'] as const));
  } else if (kind === 'student_abroad') {
    const from = rng.pick(['MY', 'PH', 'KR', 'SG'] as const);
    market = rng.pick(MARKETS.filter((m) => m !== from && m !== 'PH'));
    who = shopper(rng, from, at, rng.int(20, 900));
    shipTo = homeAddress(rng, market);
    billing = who.home;
    cardCountry = from;
    ip = ipFrom(rng, market, rng.chance(0.6) ? 'mobile' : 'home');
    dev = device(rng, market);
  } else if (kind === 'shared_family_device') {
    const h = rng.pick(world.households);
    const member = h.members[rng.int(0, h.members.length - 1)] ?? who;
    market = member.market;
    who = member;
    [shipTo, billing, dev] = [member.home, member.home, h.device];
    ip = ipFrom(rng, market, 'home');
  } else if (kind === 'office_network') {
    const o = rng.pick(world.offices);
    market = o.market;
    at = Math.max(w.start, Math.min(w.end - 1, when(rng, w, INFO[market].tz)));
    who = shopper(rng, market, at, rng.int(30, 2000));
    billing = who.home;
    shipTo = rng.chance(0.5) ? homeAddress(rng, market) : who.home;
    [ip, dev] = [o.ip, device(rng, market)];
  } else if (kind === 'for_parents') {
    shipTo = homeAddress(rng, market);
    bag = everyday(rng, market, currencyOf(market), rng.pick(['appliance', 'phone', 'beauty'] as const));
  } else if (kind === 'declined_then_retried') decline = 1;
  else if (kind === 'travelling_shopper') {
    const there = rng.pick(['JP', 'KR', 'SG', 'HK', 'TW'].filter((c) => c !== market));
    ip = ipFrom(rng, there, 'mobile');
  } else if (kind === 'privacy_vpn') ip = ipFrom(rng, rng.pick(['SG', 'JP', 'US', 'NL']), 'hosting');
  const currency = currencyOf(market);
  const b = bag ?? everyday(rng, market, currency);
  const how =
    kind === 'cod_shopper'
      ? 'cod'
      : kind === 'declined_then_retried'
        ? 'card'
        : method(rng, market, b.digital);
  const card = newCard(rng, cardCountry);
  const later = how === 'cod' ? codLater(rng) : [];
  return purchase({
    at,
    fraud: false,
    kind,
    basket: b,
    buyer: buyerOf(who),
    method: how,
    billing,
    ...(b.digital ? {} : { shipping: shipTo }),
    ip,
    device: dev,
    attempts: honestAttempts(rng, how, card, decline, kind === 'declined_then_retried' ? 1 : 0.75),
    later: [...later, ...honestLater(rng, b)],
  });
}
