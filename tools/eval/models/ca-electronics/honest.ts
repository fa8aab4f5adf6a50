import { type Rng } from '../kit/random.js';
import { canPickUp, type Parts, storeFor, type World } from './build.js';
import { placedAt } from './calendar.js';
import { newCard } from './cards.js';
import { item } from './catalogue.js';
import { honestFamily, honestMore } from './honest-more.js';
import { ipOn, network } from './networks.js';
import { emailOf, fullName, person, resident } from './people.js';
import { cityAddress, PROVINCE_CODES, PROVINCES } from './places.js';
import { type Purchase } from './purchase.js';
import { accountOrder, guestOrder, honestLines } from './orders.js';

/**
 * The honest kinds and their weights. Regulars and first-time guests chase the Boxing Day deals; gifts go to
 * other addresses or by e-mail; Toronto-area buyers collect in store; snowbirds and travellers order from Florida,
 * Arizona, Mexico and further; students buy on campus, some on a parent's card from abroad; businesses buy in
 * office hours; families share devices, cards and accounts; some mistype their card or postal code; rural and
 * northern buyers ship to PO boxes; some return or dispute; some shop behind a VPN or relay.
 */
export const HONEST = {
  boxing_day_regular: 26,
  first_time_guest: 16,
  gift_elsewhere: 11,
  store_pickup: 12,
  snowbird_traveller: 5,
  student: 6,
  business_buyer: 5,
  shared_family: 6,
  card_retry: 5,
  rural_north: 5,
  returner: 6,
  privacy_vpn: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

/** A regular: an account from the base, at home, after a TV, a laptop, a console, headphones. */
function regular(rng: Rng, w: World): Purchase {
  return accountOrder(rng, w, rng.pick(w.customers), 'boxing_day_regular');
}

/** Someone new, drawn by a flyer or a deals forum: a guest, or an account opened at checkout. */
function firstTime(rng: Rng, w: World): Purchase {
  return guestOrder(rng, w, 'first_time_guest', {
    register: rng.chance(0.35),
    ...(rng.chance(0.3) ? { code: { code: 'WELCOME10', pct: 10, min: 10_000 } } : {}),
  });
}

/**
 * A present for someone else: shipped to a parent in another province, a grandchild, a friend in the same
 * city; or e-gift cards e-mailed to the recipient on Christmas Eve and Day.
 */
function giftElsewhere(rng: Rng, w: World): Purchase {
  const signed = rng.chance(0.6);
  const a = signed ? rng.pick(w.customers) : undefined;
  const base = a ?? resident(rng);
  const where = rng.chance(0.45)
    ? base.prov
    : rng.pick(PROVINCE_CODES.filter((p) => PROVINCES[p].share >= 1));
  const to = cityAddress(rng, where);
  const recipient = person(rng, where);
  const egift = rng.chance(0.28);
  const lines = egift
    ? [
        item(
          rng.pick([
            'GC-STORE-50',
            'GC-STORE-100',
            'GC-STORE-250',
            'GC-APPLE-100',
            'GC-PSN-50',
            'GC-ESHOP-50',
          ]),
          rng.int(1, 2),
        ),
      ]
    : honestLines(rng, [
        ['audio', 14],
        ['tablet', 8],
        ['wearable', 9],
        ['smart_home', 10],
        ['gaming', 12],
        ['camera', 5],
        ['laptop', 5],
        ['tv', 3],
      ]);
  const over: Partial<Parts> = {
    shipping: to,
    fulfilment: rng.chance(0.2) ? 'express' : 'ship',
    lines,
    giftMessage: rng.chance(0.55),
    giftRecipient: emailOf(rng, recipient, where),
    prov: where,
  };
  if (a) return accountOrder(rng, w, a, 'gift_elsewhere', over);
  return guestOrder(rng, w, 'gift_elsewhere', { ...over, prov: base.prov });
}

/**
 * Order online, collect in a Toronto-area shop: often on the phone, often within the hour, a fifth naming a
 * partner or a friend to collect.
 */
function storePickup(rng: Rng, w: World): Purchase {
  const near = w.customers.filter(canPickUp);
  const other = person(rng, 'ON');
  const collector = (name: string) => (rng.chance(0.2) ? fullName(other) : name);
  const lines = honestLines(rng, [
    ['tv', 10],
    ['laptop', 14],
    ['gaming', 18],
    ['audio', 12],
    ['phone', 6],
    ['tablet', 8],
    ['pc_parts', 8],
    ['accessory', 8],
    ['smart_home', 5],
  ]);
  if (near.length > 0 && rng.chance(0.65)) {
    const a = rng.pick(near);
    return accountOrder(rng, w, a, 'store_pickup', {
      fulfilment: 'pickup',
      lines,
      pickup: { store: storeFor(rng, a.home.city), person: collector(a.name) },
    });
  }
  const g = guestOrder(rng, w, 'store_pickup', { fulfilment: 'pickup', lines, prov: 'ON' });
  return g.pickup ? { ...g, pickup: { ...g.pickup, person: collector(g.pickup.person) } } : g;
}

/** UTC offsets of the places Canadians order from while away. */
const AWAY_TZ: Readonly<Record<string, number>> = {
  'mx-telco': -6,
  'do-telco': -4,
  'gb-broadband': 0,
  'fr-broadband': 1,
  'ae-telco': 4,
  'in-broadband': 5.5,
  'ph-broadband': 8,
};

/**
 * A Canadian away for the holidays: a snowbird at the condo in Florida or Arizona, a family in Cancún or
 * Punta Cana, a visit home to India or the Philippines. Canadian card and billing, shipped home or to family,
 * some behind a Canadian VPN to keep their streaming; a few pay with a US-dollar card from a US bank.
 */
function snowbird(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers);
  const where = rng.weightedPick<string>([
    ['us-cable', 48],
    ['us-mobile', 10],
    ['mx-telco', 10],
    ['do-telco', 4],
    ['gb-broadband', 5],
    ['fr-broadband', 3],
    ['ae-telco', 2],
    ['in-broadband', 5],
    ['ph-broadband', 3],
    ['ca-cloud-vpn', 10],
  ]);
  const usCard = where.startsWith('us-') && rng.chance(0.12);
  const cards = usCard ? [newCard(rng, 'US', 'credit')] : a.cards;
  const tz = where.startsWith('us-') ? rng.pick([-5, -7, -8]) : (AWAY_TZ[where] ?? PROVINCES[a.prov].tz);
  const family = rng.chance(0.3) ? cityAddress(rng, a.prov) : a.home;
  return accountOrder(rng, w, a, 'snowbird_traveller', {
    at: placedAt(rng, w.window, tz),
    ip: ipOn(rng, network(where)),
    shipping: family,
    fulfilment: rng.chance(0.15) && canPickUp(a) ? 'pickup' : 'ship',
    payer: { cards },
    ...(usCard
      ? {
          billing: {
            country: 'US',
            postalCode: `3${rng.digits(4)}`,
            city: 'Naples',
            line1: `${rng.int(100, 9999)} Gulf Shore Blvd N`,
          },
        }
      : {}),
  });
}

export function planHonest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'boxing_day_regular':
      return regular(rng, w);
    case 'first_time_guest':
      return firstTime(rng, w);
    case 'gift_elsewhere':
      return giftElsewhere(rng, w);
    case 'store_pickup':
      return storePickup(rng, w);
    case 'snowbird_traveller':
      return snowbird(rng, w);
    case 'shared_family':
      return honestFamily(rng, w);
    default:
      return honestMore(rng, w, kind);
  }
}
