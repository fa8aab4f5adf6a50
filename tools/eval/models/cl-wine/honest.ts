import { DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { moment, OFFICE } from './calendar.js';
import { asBuyer, build, fresh, guest, inSantiago } from './build.js';
import { newCard } from './cards.js';
import {
  CASES,
  CLUB,
  FIESTAS,
  GIFTS,
  ICONS,
  lineOf,
  type Line,
  PISCO,
  PREMIUM,
  some,
  TASTINGS,
  WINE,
} from './catalogue.js';
import { company, mailbox } from './company.js';
import { CL_HOME, CL_MOBILE, HOSTING, ipFrom, ipOn, networksOf } from './networks.js';
import { type Account, device, homeIp, person } from './people.js';
import { addressIn, chileAddress } from './places.js';
import { honestAfter, payAbroad, payChile, type Purchase, type World, webpay } from './purchase.js';

/**
 * Honest shoppers and their weights (per hundred honest orders): households stocking up for the fondas and
 * the asados, regulars, club members, gifts sent to someone else, companies' gift boxes on factura,
 * restaurants restocking, collectors of icon wines, Chileans abroad sending wine home, tourists reordering
 * what they tasted in the valleys, Chileans travelling or on a VPN, and tasting-event tickets.
 */
export const HONEST = {
  fiestas_stockup: 24,
  regular: 18,
  club_member: 8,
  gift_to_other: 10,
  company_gifts: 5,
  restaurant_restock: 4,
  collector: 4,
  chilean_abroad: 6,
  tourist_reorder: 5,
  traveller_vpn: 6,
  tasting_tickets: 10,
} as const;

export type HonestKind = keyof typeof HONEST;

const GIFT_NOTES = [
  '¡Feliz dieciocho!',
  'Para el asado, con cariño',
  'Felices Fiestas Patrias',
  'Salud desde lejos',
  'Con cariño, feliz cumpleaños',
];

const account = (rng: Rng, w: World, pred?: (a: Account) => boolean): Account => {
  const pool = pred ? w.customers.filter(pred) : w.customers;
  return rng.pick(pool.length > 0 ? pool : w.customers);
};

/** A Chilean shopper at home: an account two times in three, else a guest or a new account. */
function shopper(rng: Rng, w: World, at: number) {
  if (rng.chance(0.62)) {
    const a = account(rng, w);
    return {
      buyer: asBuyer(a),
      home: a.home,
      cards: a.cards,
      ip: homeIp(rng, a),
      device: rng.pick(a.devices),
      signedIn: true,
    };
  }
  const p = person(rng, 'CL');
  const buyer = rng.chance(0.5) ? guest(p) : fresh(rng, p, at, rng.int(2, 20));
  return {
    buyer,
    home: chileAddress(rng),
    cards: [newCard(rng, 'CL')],
    ip: ipFrom(rng, rng.chance(0.55) ? CL_HOME : CL_MOBILE),
    device: device(rng),
    signedIn: false,
  };
}

function domestic(
  rng: Rng,
  kind: string,
  at: number,
  s: ReturnType<typeof shopper>,
  lines: Line[],
  o: Partial<{ pickup: boolean; gift: boolean }> = {},
): Purchase {
  const shipping = o.gift ? chileAddress(rng) : s.home;
  const santiago = inSantiago(shipping);
  const fulfilment = o.pickup && santiago ? 'pickup' : santiago && rng.chance(0.12) ? 'same_day' : 'courier';
  let cod = false;
  return build({
    at,
    kind,
    fraud: false,
    buyer: s.buyer,
    billing: s.home,
    ...(fulfilment === 'pickup' ? {} : { shipping }),
    fulfilment,
    lines,
    currency: 'CLP',
    ip: s.ip,
    device: s.device,
    ...(o.gift ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
    pay: (amount) => {
      const r = payChile(rng, { cards: s.cards, signedIn: s.signedIn }, amount, { santiago, cod: !o.gift });
      cod = r.cod;
      return r.attempts;
    },
    after: (p) => honestAfter(rng, p, santiago, cod),
  });
}

function stockup(rng: Rng): Line[] {
  const lines = [...some(rng, FIESTAS, rng.int(1, 2), 3), ...some(rng, PISCO.slice(0, 6), rng.int(1, 2), 3)];
  lines.push(...(rng.chance(0.4) ? some(rng, CASES, 1) : some(rng, WINE, rng.int(1, 3), 4)));
  // A family fonda or a condominium's asado: the big occasional basket.
  if (rng.chance(0.06)) for (const l of lines) l.quantity *= rng.int(3, 6);
  return lines;
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const win = w.window;
  switch (kind) {
    case 'fiestas_stockup': {
      const at = moment(rng, win);
      return domestic(rng, kind, at, shopper(rng, w, at), stockup(rng), { pickup: rng.chance(0.15) });
    }
    case 'regular': {
      const at = moment(rng, win);
      const a = account(rng, w);
      const s = {
        buyer: asBuyer(a),
        home: a.home,
        cards: a.cards,
        ip: homeIp(rng, a),
        device: rng.pick(a.devices),
        signedIn: true,
      };
      const lines = [
        ...some(rng, WINE, rng.int(1, 3), 6),
        ...(rng.chance(0.3) ? some(rng, PREMIUM, 1, 2) : []),
        ...(rng.chance(0.3) ? some(rng, PISCO, 1, 2) : []),
      ];
      return domestic(rng, kind, at, s, lines, { pickup: rng.chance(0.2) });
    }
    case 'club_member': {
      const a = account(rng, w, (x) => x.club);
      const at = moment(rng, win);
      if (rng.chance(0.5)) {
        // The monthly shipment charged by the shop itself on the member's enrolled card (Webpay Oneclick).
        const card = a.cards[0] ?? newCard(rng, 'CL', 'credit');
        return build({
          at,
          kind,
          fraud: false,
          buyer: asBuyer(a),
          billing: a.home,
          shipping: a.home,
          fulfilment: 'club',
          lines: [lineOf(rng.pick(CLUB))],
          currency: 'CLP',
          channel: 'subscription',
          pay: (amount) => {
            const ok = !rng.chance(0.06);
            const first = {
              ...webpay(rng, card, amount, ok, rng.int(2_000, 9_000), ok ? undefined : 'insufficient_funds'),
              method: 'webpay_oneclick' as const,
              cvc: 'unchecked' as const,
            };
            return ok
              ? [first]
              : [
                  first,
                  {
                    ...webpay(rng, card, amount, true, 2 * DAY),
                    method: 'webpay_oneclick' as const,
                    cvc: 'unchecked' as const,
                  },
                ];
          },
          after: (p) => honestAfter(rng, p, inSantiago(a.home), false),
        });
      }
      const s = {
        buyer: asBuyer(a),
        home: a.home,
        cards: a.cards,
        ip: homeIp(rng, a),
        device: rng.pick(a.devices),
        signedIn: true,
      };
      const p = domestic(
        rng,
        kind,
        at,
        s,
        [...some(rng, PREMIUM, 1, 2), ...some(rng, WINE, rng.int(1, 2), 3)],
        { pickup: rng.chance(0.3) },
      );
      return p;
    }
    case 'gift_to_other': {
      const at = moment(rng, win);
      const lines = [
        ...some(rng, GIFTS.slice(0, 3), 1, 2),
        ...(rng.chance(0.3) ? some(rng, WINE, 1, 2) : []),
      ];
      return domestic(rng, kind, at, shopper(rng, w, at), lines, { gift: true });
    }
    case 'company_gifts':
    case 'restaurant_restock': {
      const restaurant = kind === 'restaurant_restock';
      const at = moment(rng, win, OFFICE, true);
      const c = company(rng, restaurant);
      const contact = person(rng, 'CL');
      const office = chileAddress(rng, !restaurant || rng.chance(0.6));
      const buyer = rng.chance(0.6)
        ? fresh(
            rng,
            { name: contact.name, email: mailbox(rng, c, restaurant) },
            at,
            rng.int(60, 900) * 24 * 60,
          )
        : guest({ name: contact.name, email: mailbox(rng, c, restaurant) });
      const lines = restaurant
        ? [
            ...some(rng, WINE, rng.int(2, 4), 1).map((l) => ({ ...l, quantity: rng.int(12, 36) })),
            ...(rng.chance(0.6) ? [lineOf(PISCO[6] ?? PISCO[0]!, rng.int(1, 3))] : []),
          ]
        : some(rng, GIFTS.slice(0, 3), rng.int(1, 2)).map((l) => ({ ...l, quantity: rng.int(10, 80) }));
      const santiago = inSantiago(office);
      let cod = false;
      return build({
        at,
        kind,
        fraud: false,
        buyer,
        billing: office,
        shipping: office,
        fulfilment: 'courier',
        lines,
        currency: 'CLP',
        ip: ipFrom(rng, CL_HOME),
        device: device(rng),
        document: 'factura',
        company: { name: c.name, rut: c.rut },
        pay: (amount) => {
          const r = payChile(rng, { cards: [newCard(rng, 'CL', 'credit')], signedIn: false }, amount, {
            santiago,
            cod: false,
            business: true,
          });
          cod = r.cod;
          return r.attempts;
        },
        after: (p) => honestAfter(rng, p, santiago, cod),
      });
    }
    case 'collector': {
      const at = moment(rng, win);
      const a = account(rng, w, (x) => x.collector);
      const s = {
        buyer: asBuyer(a),
        home: a.home,
        cards: a.cards,
        ip: homeIp(rng, a),
        device: rng.pick(a.devices),
        signedIn: true,
      };
      const lines = [
        ...some(rng, ICONS, rng.int(1, 2), 6),
        ...(rng.chance(0.5) ? some(rng, PREMIUM, 1, 3) : []),
      ];
      return domestic(rng, kind, at, s, lines, { pickup: rng.chance(0.4) });
    }
    case 'chilean_abroad': {
      // Living in the US, Spain, Argentina or Brazil; paying in pesos with the card of where they live.
      const at = moment(rng, win);
      const country = rng.weightedPick<string>([
        ['US', 4],
        ['ES', 3],
        ['AR', 2],
        ['BR', 1],
      ]);
      const name = person(rng, 'CL').name;
      const email = person(rng, country).email;
      const home = addressIn(rng, country);
      const family = chileAddress(rng);
      const card = newCard(rng, country);
      const nets = networksOf(country, 'home');
      return build({
        at,
        kind,
        fraud: false,
        buyer: rng.chance(0.5)
          ? fresh(rng, { name, email }, at, rng.int(60, 1500) * 24 * 60)
          : guest({ name, email }),
        billing: home,
        shipping: family,
        fulfilment: 'courier',
        lines: [
          ...some(rng, GIFTS.slice(0, 3), 1),
          ...(rng.chance(0.6) ? some(rng, FIESTAS, 1, 2) : some(rng, CASES, 1)),
        ],
        currency: 'CLP',
        ip: ipOn(rng, rng.pick(nets.length > 0 ? nets : HOSTING)),
        device: device(rng),
        giftNote: rng.pick(GIFT_NOTES),
        pay: () => payAbroad(rng, card),
        after: (p) => honestAfter(rng, p, inSantiago(family), false),
      });
    }
    case 'tourist_reorder': {
      const at = moment(rng, win);
      const country = rng.weightedPick<string>([
        ['US', 5],
        ['BR', 4],
        ['AR', 1],
        ['PE', 1],
        ['UY', 1],
      ]);
      const p = person(rng, country);
      const home = addressIn(rng, country);
      const card = newCard(rng, country);
      const nets = [...networksOf(country, 'home'), ...networksOf(country, 'mobile')];
      return build({
        at,
        kind,
        fraud: false,
        buyer: rng.chance(0.7) ? fresh(rng, p, at, rng.int(20, 400) * 24 * 60) : guest(p),
        billing: home,
        shipping: home,
        fulfilment: 'dhl_express',
        lines: [
          ...some(rng, [...WINE, ...PREMIUM], rng.int(1, 3), 3),
          ...(rng.chance(0.4) ? some(rng, PISCO.slice(2, 6), 1, 2) : []),
        ],
        currency: 'USD',
        ip: ipOn(rng, rng.pick(nets)),
        device: device(rng),
        locale: country === 'BR' ? 'pt-BR' : country === 'US' ? 'en-US' : 'es-AR',
        pay: () => payAbroad(rng, card),
        after: (q) => honestAfter(rng, q, false, false),
      });
    }
    case 'traveller_vpn': {
      // A Chilean account on holiday abroad, on a work VPN or a privacy VPN: a foreign IP, a Chilean card.
      const at = moment(rng, win);
      const a = account(rng, w);
      const vpn = rng.chance(0.45);
      const abroad = rng.pick(['US', 'ES', 'AR', 'BR', 'PE', 'GB', 'DE']);
      const nets = vpn ? HOSTING : [...networksOf(abroad, 'home'), ...networksOf(abroad, 'mobile')];
      const s = {
        buyer: asBuyer(a),
        home: a.home,
        cards: a.cards,
        ip: ipOn(rng, rng.pick(nets)),
        device: rng.pick(a.devices),
        signedIn: true,
      };
      const lines = rng.chance(0.5)
        ? stockup(rng)
        : [...some(rng, WINE, rng.int(1, 3), 6), ...some(rng, PISCO, 1, 2)];
      return domestic(rng, kind, at, s, lines, { gift: rng.chance(0.25) });
    }
    case 'tasting_tickets': {
      const at = moment(rng, win);
      const s = shopper(rng, w, at);
      return build({
        at,
        kind,
        fraud: false,
        buyer: s.buyer,
        billing: s.home,
        fulfilment: 'e_ticket',
        lines: [
          lineOf(
            rng.weightedPick(TASTINGS.map((t, i) => [t, [5, 4, 1, 2][i] ?? 1] as const)),
            rng.weightedPick([
              [1, 3],
              [2, 6],
              [3, 1],
              [4, 2],
            ]),
          ),
        ],
        currency: 'CLP',
        ip: s.ip,
        device: s.device,
        pay: (amount) =>
          payChile(rng, { cards: s.cards, signedIn: s.signedIn }, amount, { santiago: true, cod: false })
            .attempts,
        after: (p) => honestAfter(rng, p, true, false),
      });
    }
  }
}
