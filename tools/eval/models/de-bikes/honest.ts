import { type Address, type Buyer, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  basket,
  bikeBasket,
  byCategory,
  bySku,
  type Fulfilment,
  hasBike,
  type Line,
  line,
  smallBasket,
} from './catalogue.js';
import { address, homeNetworks, mobileNetworks, network, networksFor } from './networks.js';
import { type Account, cardFrom, deviceOf, emailOf, person, phoneOf } from './people.js';
import {
  BORDER_DROPS,
  homeAddress,
  type Market,
  MARKET_CODES,
  MARKETS,
  nearestShop,
  packstation,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  cardRetry,
  DAY,
  firstAuth,
  HOUR,
  honestAfter,
  honestPay,
  other,
  type Purchase,
  type Rhythm,
  when,
} from './purchase.js';

/** Honest orders: kinds and weights, and how each is planned. */

export const HONEST = {
  regular: 28,
  first_time: 17,
  ebike_buyer: 11,
  click_collect: 7,
  company_leasing: 6,
  gift: 6,
  spare_battery: 3,
  swiss_border_address: 3,
  traveller: 4,
  vpn_user: 4,
  shared_network: 4,
  card_retry: 4,
  business: 3,
  workshop_booking: 4,
  packstation: 4,
} as const;
export type HonestKind = keyof typeof HONEST;

export interface World {
  window: Window;
  base: Account[];
  /** A few carrier-NAT and campus addresses many shoppers come through. */
  shared: string[];
}

/** The shared addresses of a stream: mobile carrier-NAT gateways in Germany and Austria. */
export function sharedAddresses(rng: Rng): string[] {
  return [
    ...Array.from({ length: 6 }, () => address(rng, network('de-mobile-cgnat'), false)),
    ...Array.from({ length: 2 }, () => address(rng, network('at-mobile'), false)),
    ...Array.from({ length: 2 }, () => address(rng, network('ch-mobile'), false)),
  ];
}

const MARKET_WEIGHTS = MARKET_CODES.map((m) => [m, MARKETS[m].share] as const);

/** An IP on the buyer's own line, their phone now and then, IPv6 where the line has it. */
export function homeIp(rng: Rng, acct: { network: { name: string }; market: Market }): string {
  const mobile = mobileNetworks(acct.market);
  if (mobile.length > 0 && rng.chance(0.22)) return address(rng, rng.pick(mobile), rng.chance(0.4));
  return address(rng, network(acct.network.name), rng.chance(0.35));
}

/** A new shopper: someone who has never ordered, with a fresh identity of their own. */
export function newcomer(rng: Rng, market: Market, at: number, signUp: boolean) {
  const who = person(rng, market);
  const email = emailOf(rng, who, market);
  const buyer: Buyer = signUp
    ? {
        id: `RW-${rng.int(2_100_000, 2_999_999)}`,
        email,
        name: who.name,
        createdAt: at - rng.int(2, 25) * MINUTE,
      }
    : { email, name: who.name };
  return {
    market,
    buyer,
    home: homeAddress(rng, market),
    cards: [cardFrom(rng, market)],
    device: deviceOf(rng),
    phone: phoneOf(rng, market),
    network: rng.pick(homeNetworks(market)),
  };
}

const accountBuyer = (a: Account): Buyer => ({
  id: a.id,
  email: a.email,
  name: a.person.name,
  createdAt: a.createdAt,
});

interface Who {
  market: Market;
  buyer: Buyer;
  home: Address;
  cards: ReturnType<typeof cardFrom>[];
  device: Device;
  phone: string;
  network: { name: string };
}

const fromAccount = (rng: Rng, a: Account): Who => ({
  market: a.market,
  buyer: accountBuyer(a),
  home: a.home,
  cards: a.cards,
  device: rng.pick(a.devices),
  phone: a.phone,
  network: a.network,
});

/** A loyal customer (leaning to the shop's core) or, now and then, anyone from the base. */
const someone = (rng: Rng, w: World): Account =>
  w.base[Math.floor(w.base.length * rng.next() ** 1.8)] ?? (w.base[0] as Account);

/** What a shopper puts in the basket, and how it travels. */
function everyday(rng: Rng, who: Who): { lines: Line[]; fulfilment: Fulfilment } {
  const r = rng.next();
  if (r < 0.62) return { lines: smallBasket(rng), fulfilment: 'parcel' };
  if (r < 0.72)
    return {
      lines: [
        line(rng.pick(byCategory('battery', 'groupset'))),
        ...(rng.chance(0.3) ? [line(bySku('CHG-4A'))] : []),
      ],
      fulfilment: 'parcel',
    };
  const lines = bikeBasket(rng, 'city_bike', 'kids_bike', 'road_bike', 'gravel_bike', 'e_bike');
  return { lines, fulfilment: pickupOrFreight(rng, who.market, 0.3) };
}

const pickupOrFreight = (rng: Rng, market: Market, pickup: number): Fulfilment =>
  ['DE', 'AT', 'CH'].includes(market) && rng.chance(pickup) ? 'pickup' : 'freight';

interface Draft {
  kind: HonestKind;
  at: number;
  who: Who;
  lines: Line[];
  fulfilment: Fulfilment;
  ip: string;
  shipping?: Address;
  billing?: Address;
  voucher?: { code: string; percent?: number; off?: number };
  attempts?: (amount: number) => Attempt[];
  company?: { name: string; vatId: string };
  leasing?: { provider: string; employer: string; contract: string };
  giftNote?: string;
  shipMarket?: Market;
}

/** The purchase from a draft: the basket priced, paid the shopper's way, and its life after checkout. */
function finish(rng: Rng, d: Draft): Purchase {
  const shipMarket = d.shipMarket ?? d.who.market;
  const b = basket(d.lines, shipMarket, d.fulfilment, d.voucher);
  const attempts =
    d.attempts?.(b.amount) ??
    honestPay(
      rng,
      { market: d.who.market, cards: d.who.cards, signedIn: d.who.buyer.id !== undefined },
      b.amount,
    );
  const shop =
    d.fulfilment === 'pickup' || d.fulfilment === 'workshop'
      ? nearestShop(d.who.market, d.who.home.city)
      : undefined;
  const shipping =
    d.fulfilment === 'pickup' || d.fulfilment === 'workshop'
      ? undefined
      : (d.shipping ?? (d.fulfilment === 'packstation' ? packstation(rng, d.who.home) : { ...d.who.home }));
  const leased = attempts.some((a) => a.method === 'company_leasing');
  const later = honestAfter(rng, d.fulfilment, b, MARKETS[shipMarket].transit).map((l) =>
    leased ? { ...l, afterMs: l.afterMs + (attempts[0]?.afterMs ?? 0) } : l,
  );
  return {
    at: d.at,
    fraud: false,
    kind: d.kind,
    basket: b,
    billing: d.billing ?? { ...d.who.home },
    attempts,
    later,
    buyer: d.who.buyer,
    market: d.who.market,
    ...(shipping ? { shipping } : {}),
    fulfilment: d.fulfilment,
    ...(shop ? { shop: shop.id } : {}),
    ip: d.ip,
    device: d.who.device,
    locale: MARKETS[d.who.market].locale,
    phone: d.who.phone,
    ...(d.company ? { company: d.company } : {}),
    ...(d.leasing ? { leasing: d.leasing } : {}),
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
  };
}

const EMPLOYERS = [
  'Stadtwerke Musterstadt GmbH',
  'Klinikum Nord gGmbH',
  'Softwarehaus Elbe AG',
  'Landratsamt Oberland',
  'Brauerei Hofmann KG',
  'Logistikzentrum Süd GmbH',
  'Universitätsklinikum West',
  'Maschinenbau Ried GmbH',
];
const LEASING_PROVIDERS = [
  {
    name: 'Radleasing Service GmbH',
    address: { country: 'DE', city: 'Freiburg im Breisgau', postalCode: '79108', line1: 'Engesserstraße 4' },
  },
  {
    name: 'Dienstrad Partner GmbH',
    address: { country: 'DE', city: 'Köln', postalCode: '50670', line1: 'Konrad-Adenauer-Ufer 11' },
  },
  {
    name: 'Bikeleasing Austria GmbH',
    address: { country: 'AT', city: 'Wien', postalCode: '1030', line1: 'Landstraßer Hauptstraße 71' },
  },
];

const GIFT_NOTES = [
  'Frohe Ostern, ihr Lieben!',
  'Alles Gute zum Geburtstag, Oma und Opa',
  'Für Emma zur Einschulung',
  'Happy Easter from Berlin!',
  'Zum 60. – genieß die Touren!',
];

/** One honest purchase of the given kind. */
export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const at = (r: Rhythm) => when(rng, w.window, r);
  switch (kind) {
    case 'regular': {
      const who = fromAccount(rng, someone(rng, w));
      const { lines, fulfilment } = everyday(rng, who);
      return finish(rng, { kind, at: at('consumer'), who, lines, fulfilment, ip: homeIp(rng, who) });
    }
    case 'first_time': {
      const t = at('consumer');
      const who = newcomer(rng, rng.weightedPick(MARKET_WEIGHTS), t, rng.chance(0.6));
      const { lines, fulfilment } = everyday(rng, who);
      const voucher = rng.chance(0.3) ? { code: 'WILLKOMMEN10', percent: 10 } : undefined;
      return finish(rng, {
        kind,
        at: t,
        who,
        lines,
        fulfilment,
        ip: homeIp(rng, who),
        ...(voucher ? { voucher } : {}),
      });
    }
    case 'ebike_buyer': {
      const t = at('consumer');
      const who = rng.chance(0.5)
        ? fromAccount(rng, someone(rng, w))
        : newcomer(rng, rng.weightedPick(MARKET_WEIGHTS), t, true);
      const cats = rng.chance(0.3) ? (['cargo_e_bike'] as const) : (['e_bike'] as const);
      let lines = bikeBasket(rng, ...cats);
      // Couples buy two at once.
      if (rng.chance(0.12)) lines = [...lines, line(rng.pick(byCategory('e_bike')))];
      return finish(rng, {
        kind,
        at: t,
        who,
        lines,
        fulfilment: pickupOrFreight(rng, who.market, 0.4),
        ip: homeIp(rng, who),
      });
    }
    case 'click_collect': {
      const t = at('consumer');
      const market = rng.weightedPick<Market>([
        ['DE', 70],
        ['AT', 15],
        ['CH', 15],
      ]);
      const acct = w.base.find((a, i) => a.market === market && i >= rng.int(0, w.base.length - 1));
      const who =
        acct && rng.chance(0.6) ? fromAccount(rng, acct) : newcomer(rng, market, t, rng.chance(0.5));
      const lines = rng.chance(0.6)
        ? bikeBasket(rng, 'e_bike', 'city_bike', 'kids_bike', 'gravel_bike')
        : smallBasket(rng);
      return finish(rng, { kind, at: t, who, lines, fulfilment: 'pickup', ip: homeIp(rng, who) });
    }
    case 'company_leasing': {
      const t = at(rng.chance(0.6) ? 'office' : 'consumer');
      const market = rng.chance(0.82) ? 'DE' : 'AT';
      const who = rng.chance(0.4)
        ? newcomer(rng, market, t, true)
        : fromAccount(rng, w.base.find((a) => a.market === market) ?? someone(rng, w));
      const provider = market === 'AT' ? LEASING_PROVIDERS[2]! : rng.pick(LEASING_PROVIDERS.slice(0, 2));
      const employer = rng.pick(EMPLOYERS);
      const lines = bikeBasket(rng, 'e_bike', 'e_bike', 'cargo_e_bike', 'road_bike', 'gravel_bike');
      const approval = rng.int(20, 140) * HOUR;
      return finish(rng, {
        kind,
        at: t,
        who,
        lines,
        fulfilment: pickupOrFreight(rng, who.market, 0.55),
        ip: rng.chance(0.45) ? address(rng, rng.pick(homeNetworks(market)), false) : homeIp(rng, who),
        billing: { ...provider.address },
        shipping: { ...who.home },
        company: {
          name: provider.name,
          vatId: `${market}${market === 'AT' ? 'U' : ''}${rng.digits(market === 'AT' ? 8 : 9)}`,
        },
        leasing: { provider: provider.name, employer, contract: `DL-${rng.digits(8)}` },
        attempts: () =>
          rng.chance(0.04)
            ? [other('company_leasing', false, approval, { decline: 'employer_declined' })]
            : [other('company_leasing', true, approval)],
      });
    }
    case 'gift': {
      const who = fromAccount(rng, someone(rng, w));
      const shipMarket = rng.chance(0.7) ? who.market : rng.weightedPick(MARKET_WEIGHTS);
      const r = rng.next();
      const lines =
        r < 0.45
          ? addHelmet(rng, [line(rng.pick(byCategory('kids_bike')))])
          : r < 0.65
            ? [line(rng.pick([bySku('GC-100'), bySku('GC-250')]))]
            : smallBasket(rng);
      const fulfilment: Fulfilment = hasBike(lines) ? 'freight' : 'parcel';
      const recipient = person(rng, shipMarket);
      const to = homeAddress(rng, shipMarket);
      return finish(rng, {
        kind,
        at: at('consumer'),
        who,
        lines,
        fulfilment,
        ip: homeIp(rng, who),
        shipping: { ...to, line1: `${to.line1 ?? ''}, bei ${recipient.last}` },
        giftNote: rng.pick(GIFT_NOTES),
        shipMarket,
      });
    }
    case 'spare_battery': {
      const t = at('consumer');
      const who = rng.chance(0.5)
        ? newcomer(rng, rng.weightedPick(MARKET_WEIGHTS), t, rng.chance(0.7))
        : fromAccount(rng, someone(rng, w));
      const lines = [
        line(rng.pick(byCategory('battery'))),
        ...(rng.chance(0.25) ? [line(bySku('CHG-4A'))] : []),
      ];
      return finish(rng, { kind, at: t, who, lines, fulfilment: 'parcel', ip: homeIp(rng, who) });
    }
    case 'swiss_border_address': {
      const t = at('consumer');
      const acct = w.base.find((a, i) => a.market === 'CH' && i >= rng.int(0, w.base.length - 1));
      const who = acct && rng.chance(0.6) ? fromAccount(rng, acct) : newcomer(rng, 'CH', t, true);
      const lines = rng.chance(0.4)
        ? bikeBasket(rng, 'e_bike', 'gravel_bike', 'road_bike')
        : [line(rng.pick(byCategory('battery', 'groupset', 'component')))];
      const drop = rng.pick(BORDER_DROPS);
      return finish(rng, {
        kind,
        at: t,
        who,
        lines,
        fulfilment: hasBike(lines) ? 'freight' : 'parcel',
        ip: homeIp(rng, who),
        shipping: { ...drop, line1: `${drop.line1}, ${who.buyer.name}` },
        shipMarket: 'DE',
      });
    }
    case 'traveller': {
      const who = fromAccount(rng, someone(rng, w));
      const abroad = rng.chance(0.7)
        ? rng.pick(networksFor('travel'))
        : rng.pick(networksFor('home').filter((n) => n.country !== who.market));
      const { lines, fulfilment } = everyday(rng, who);
      return finish(rng, {
        kind,
        at: at('any'),
        who,
        lines,
        fulfilment,
        ip: address(rng, abroad, rng.chance(0.3)),
      });
    }
    case 'vpn_user': {
      const t = at('consumer');
      const who = rng.chance(0.6)
        ? fromAccount(rng, someone(rng, w))
        : newcomer(rng, rng.weightedPick(MARKET_WEIGHTS), t, true);
      const exit = rng.weightedPick([
        [network('de-hosting'), 60],
        [network('nl-hosting'), 35],
        [network('de-tor-exit'), 5],
      ] as const);
      const { lines, fulfilment } = everyday(rng, who);
      return finish(rng, { kind, at: t, who, lines, fulfilment, ip: address(rng, exit, rng.chance(0.3)) });
    }
    case 'shared_network': {
      const t = at('consumer');
      const who = rng.chance(0.5)
        ? fromAccount(rng, someone(rng, w))
        : newcomer(
            rng,
            rng.weightedPick<Market>([
              ['DE', 70],
              ['AT', 15],
              ['CH', 15],
            ]),
            t,
            rng.chance(0.5),
          );
      const pool = w.shared.slice(
        who.market === 'AT' ? 6 : who.market === 'CH' ? 8 : 0,
        who.market === 'AT' ? 8 : who.market === 'CH' ? 10 : 6,
      );
      const { lines, fulfilment } = everyday(rng, who);
      return finish(rng, {
        kind,
        at: t,
        who,
        lines,
        fulfilment,
        ip: rng.pick(pool.length > 0 ? pool : w.shared),
      });
    }
    case 'card_retry': {
      const t = at('consumer');
      const who = rng.chance(0.6)
        ? fromAccount(rng, someone(rng, w))
        : newcomer(rng, rng.weightedPick(MARKET_WEIGHTS), t, rng.chance(0.5));
      const { lines, fulfilment } = everyday(rng, who);
      return finish(rng, {
        kind,
        at: t,
        who,
        lines,
        fulfilment,
        ip: homeIp(rng, who),
        attempts: (amount) =>
          cardRetry(
            rng,
            { market: who.market, cards: who.cards, signedIn: who.buyer.id !== undefined },
            rng.pick(who.cards),
            amount,
            'typed',
            firstAuth(rng),
          ),
      });
    }
    case 'business': {
      const t = at('office');
      const market = rng.weightedPick<Market>([
        ['DE', 60],
        ['AT', 15],
        ['CH', 10],
        ['NL', 15],
      ]);
      const who = newcomer(rng, market, t, rng.chance(0.7));
      if (who.buyer.id && rng.chance(0.5)) who.buyer.createdAt = t - rng.int(60, 900) * DAY;
      const r = rng.next();
      const [company, lines] =
        r < 0.35
          ? [
              rng.pick(['Kurierkollektiv Nord eG', 'City-Logistik Rad GmbH', 'Pflegedienst Sonnenschein']),
              [line(rng.pick(byCategory('cargo_e_bike')), rng.int(2, 6))],
            ]
          : r < 0.6
            ? [
                rng.pick(['Hotel Seeblick', 'Alpenhof Tourismus GmbH', 'Radverleih am Hafen']),
                [
                  line(
                    rng.pick([bySku('EB-TREK-625'), bySku('EB-CITY-500'), bySku('EB-MTB-HT')]),
                    rng.int(4, 10),
                  ),
                  line(bySku('LCK-FOLD'), rng.int(4, 10)),
                ],
              ]
            : [
                rng.pick(['RSV Concordia e.V.', 'Radsportverein 1896 e.V.', 'Triathlon Team Süd e.V.']),
                [line(bySku('HLM-ROAD-MIPS'), rng.int(8, 25)), line(bySku('CLO-JERSEY'), rng.int(10, 30))],
              ];
      const vatId = `${market}${market === 'AT' ? 'U' : ''}${rng.digits(market === 'NL' ? 9 : market === 'AT' ? 8 : 9)}${market === 'NL' ? 'B01' : ''}`;
      return finish(rng, {
        kind,
        at: t,
        who: { ...who, buyer: { ...who.buyer, name: `${who.buyer.name} (${company})` } },
        lines,
        fulfilment: hasBike(lines) ? 'freight' : 'parcel',
        ip: address(rng, rng.pick(homeNetworks(market)), false),
        company: {
          name: company,
          vatId: market === 'CH' ? `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)} MWST` : vatId,
        },
        attempts: (amount) =>
          rng.chance(0.7)
            ? [other('bank_transfer', true, rng.int(20, 96) * HOUR)]
            : [cardAttempt(rng, who.cards[0]!, amount, { ok: true, afterMs: firstAuth(rng) })],
      });
    }
    case 'workshop_booking': {
      const t = at('consumer');
      const market = rng.weightedPick<Market>([
        ['DE', 75],
        ['AT', 13],
        ['CH', 12],
      ]);
      const acct = w.base.find((a, i) => a.market === market && i >= rng.int(0, w.base.length - 1));
      const who = acct ? fromAccount(rng, acct) : newcomer(rng, market, t, true);
      const lines = [
        line(rng.pick(byCategory('service'))),
        ...(rng.chance(0.4)
          ? [line(rng.pick([bySku('CMP-PADS'), bySku('CMP-CHAIN'), bySku('CMP-TYRE')]))]
          : []),
      ];
      return finish(rng, { kind, at: t, who, lines, fulfilment: 'workshop', ip: homeIp(rng, who) });
    }
    case 'packstation': {
      const acct = w.base.find((a, i) => a.market === 'DE' && i >= rng.int(0, w.base.length - 1));
      const t = at('consumer');
      const who = acct ? fromAccount(rng, acct) : newcomer(rng, 'DE', t, true);
      return finish(rng, {
        kind,
        at: t,
        who,
        lines: smallBasket(rng),
        fulfilment: 'packstation',
        ip: homeIp(rng, who),
      });
    }
  }
}

const addHelmet = (rng: Rng, lines: Line[]): Line[] =>
  rng.chance(0.7) ? [...lines, line(bySku('HLM-KIDS'))] : lines;
