import { type Rng } from '../kit/random.js';
import { type World, newcomer, purchaseOf, signedIn, type Who } from './build.js';
import {
  afterDrop,
  dropFor,
  EXPRESS_CUTOFF,
  FESTIVE_DROP,
  momentIn,
  type Profile,
  RAMADAN_NIGHTS,
  seasonDay,
  SHOP_HOURS,
} from './calendar.js';
import { newCard } from './cards.js';
import { addFrom, basketOf, type Basket, lineIn, pickLines, RANGES, type Fulfilment } from './catalogue.js';
import { diasporaGift, diasporaSelf, travellerOrVpn } from './honest-abroad.js';
import { homeNetwork } from './networks.js';
import { accountIn, deviceFor, deviceOf } from './people.js';
import { FLAGSHIPS, metroHome, townHome } from './places.js';
import {
  type Attempt,
  DAY,
  deliveryFor,
  fulfil,
  HOUR,
  honestPay,
  isPaid,
  lastOf,
  type LaterEvent,
  type Method,
  type Purchase,
  refusedAtDoor,
  releaseUnpaid,
  unconfirmed,
} from './purchase.js';

/**
 * Honest buyers at home: families paying cash at the door, wallet and card payers, returning account holders,
 * launch-day regulars, chand-raat shoppers, brides and wedding parties, boutiques buying in bulk; the diaspora
 * and travellers are in honest-abroad.ts.
 */

export const HONEST = {
  cod_home: 30,
  prepaid_home: 14,
  returning_customer: 12,
  launch_rush: 8,
  chand_raat_pret: 6,
  bridal_formal: 4,
  reseller_bulk: 3,
  diaspora_self: 12,
  diaspora_gift_home: 6,
  traveller_or_vpn: 5,
} as const;

export type HonestKind = keyof typeof HONEST;

const PK_TIMING = (profile: Profile) => ({ profile, tz: 5, hours: RAMADAN_NIGHTS });

/** The wallets and cards a Pakistani buyer pays with online, when not cash. */
const prepaidMethod = (rng: Rng): Method =>
  rng.weightedPick<Method>([
    ['jazzcash', 30],
    ['easypaisa', 22],
    ['card', 33],
    ['bank_transfer', 15],
  ]);

/** Paying online and what follows: delivered, or released unpaid; now and then cancelled before dispatch. */
function homeOutcome(
  rng: Rng,
  who: Who,
  basket: Basket,
  method: Method,
  f: Fulfilment,
  rush: boolean,
  declineShare?: number,
): { attempts: Attempt[]; later: LaterEvent[] } {
  const cards = who.account?.cards.length ? who.account.cards : [newCard(rng, 'PK')];
  const attempts = honestPay(rng, method, { cards, storefront: 'pk', signedIn: !!who.account }, declineShare);
  const d = deliveryFor(f, method, who.home.address.city, rush);
  if (method === 'cod') {
    const roll = rng.next();
    if (roll < 0.07)
      return {
        attempts,
        later: refusedAtDoor(rng, d, rng.pick(['refused_by_customer', 'customer_not_available'])),
      };
    if (roll < 0.1) return { attempts, later: unconfirmed(rng) };
    if (roll < 0.12)
      return {
        attempts,
        later: [{ type: 'order.cancelled', afterMs: rng.int(1, 10) * HOUR, reason: 'customer_request' }],
      };
  }
  if (method === 'bank_transfer' && rng.chance(0.05))
    return {
      attempts,
      later: [{ type: 'order.cancelled', afterMs: rng.int(36, 60) * HOUR, reason: 'transfer_not_received' }],
    };
  if (!isPaid(attempts) && attempts.length > 0) return { attempts, later: [releaseUnpaid(rng, attempts)] };
  const paidMethod = attempts.find((a) => a.ok)?.method ?? method;
  const later = fulfil(rng, { ...d, method: paidMethod });
  if (rng.chance(0.02) && f !== 'pickup') {
    const line = basket.lines[0];
    if (line)
      later.push({
        type: 'refund.created',
        afterMs: lastOf(later) + rng.int(2, 6) * DAY,
        reason: rng.pick(['misprint', 'dupatta_missing', 'damaged_in_transit']),
        amount: line.price,
      });
  }
  return { attempts, later };
}

function codHome(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, PK_TIMING(rng.chance(0.7) ? 'unstitched' : 'pret'));
  const roll = rng.next();
  const who =
    roll < 0.15
      ? signedIn(accountIn(rng, w.customers, 'PK'))
      : newcomer(rng, 'PK', at, { register: roll < 0.4 });
  const lines = pickLines(
    rng,
    RANGES.everydayLawn,
    rng.weightedPick([
      [1, 50],
      [2, 35],
      [3, 15],
    ]),
    'PKR',
  );
  if (rng.chance(0.3)) addFrom(rng, lines, rng.chance(0.5) ? RANGES.pret : RANGES.dupattas, 'PKR');
  const basket = basketOf(lines, 'PKR', 'courier', 'PK');
  const { attempts, later } = homeOutcome(rng, who, basket, 'cod', 'courier', seasonDay(at) >= 24);
  const used = who.account ? rng.pick(who.account.devices) : deviceFor(rng, 'PK');
  return purchaseOf(rng, {
    at,
    kind: 'cod_home',
    fraud: false,
    who,
    basket,
    storefront: 'pk',
    method: 'cod',
    fulfilment: 'courier',
    attempts,
    later,
    used,
    network: homeNetwork(rng, 'PK'),
  });
}

function prepaidHome(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, PK_TIMING(rng.chance(0.6) ? 'unstitched' : 'pret'));
  const who = newcomer(rng, 'PK', at, {
    register: rng.chance(0.5),
    ...(rng.chance(0.5) ? { home: metroHome(rng) } : {}),
  });
  const method = prepaidMethod(rng);
  const lines = pickLines(rng, rng.chance(0.7) ? RANGES.everydayLawn : RANGES.pret, rng.int(1, 3), 'PKR');
  if (rng.chance(0.35)) addFrom(rng, lines, RANGES.accessories, 'PKR');
  const offer = method === 'card' && rng.chance(0.3) ? { code: 'CARDEID10', percent: 10 } : undefined;
  const basket = basketOf(lines, 'PKR', 'courier', 'PK', offer);
  const { attempts, later } = homeOutcome(rng, who, basket, method, 'courier', seasonDay(at) >= 24);
  return purchaseOf(rng, {
    at,
    kind: 'prepaid_home',
    fraud: false,
    who,
    basket,
    storefront: 'pk',
    method,
    fulfilment: 'courier',
    attempts,
    later,
    used: deviceFor(rng, 'PK', who.home.metro),
    network: homeNetwork(rng, 'PK', 0.55),
  });
}

function returningCustomer(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, PK_TIMING('even'));
  const account = accountIn(rng, w.customers, 'PK');
  const who = signedIn(account);
  const lines = pickLines(rng, [...RANGES.everydayLawn, ...RANGES.pret], rng.int(1, 3), 'PKR');
  if (rng.chance(0.4)) addFrom(rng, lines, rng.chance(0.5) ? RANGES.dupattas : RANGES.accessories, 'PKR');
  const basket = basketOf(lines, 'PKR', 'courier', 'PK');
  const method: Method = account.prefers;
  const { attempts, later } = homeOutcome(rng, who, basket, method, 'courier', seasonDay(at) >= 24);
  const used = rng.chance(0.85) ? rng.pick(account.devices) : deviceFor(rng, 'PK');
  return purchaseOf(rng, {
    at,
    kind: 'returning_customer',
    fraud: false,
    who,
    basket,
    storefront: 'pk',
    method,
    fulfilment: 'courier',
    attempts,
    later,
    used,
    network: homeNetwork(rng, 'PK'),
  });
}

/** Regulars who wait for the drop: several prints at once, a second of one for a sister; some oversold. */
function launchRush(rng: Rng, w: World): Purchase {
  const drop = dropFor(rng);
  const at = afterDrop(rng, w.window, drop, PK_TIMING('unstitched'));
  const who = rng.chance(0.65)
    ? signedIn(accountIn(rng, w.customers, 'PK'))
    : newcomer(rng, 'PK', at, { register: true });
  const range =
    drop === FESTIVE_DROP
      ? [...RANGES.formal, ...RANGES.pret, ...RANGES.formalUnstitched]
      : RANGES.launchLawn;
  const lines = pickLines(rng, range, rng.int(2, 5), 'PKR');
  const first = lines[0];
  if (first && rng.chance(0.3)) first.quantity = 2;
  const basket = basketOf(lines, 'PKR', 'courier', 'PK');
  // Stock is held only for paid orders, so regulars pay online at a launch more than usual.
  const method = rng.weightedPick<Method>([
    ['card', 30],
    ['jazzcash', 15],
    ['easypaisa', 15],
    ['cod', 40],
  ]);
  const { attempts, later } = homeOutcome(rng, who, basket, method, 'courier', true);
  const last = lines[lines.length - 1];
  if (isPaid(attempts) && last && lines.length > 1 && rng.chance(0.1))
    later.push({
      type: 'refund.created',
      afterMs: rng.int(6, 30) * HOUR,
      reason: 'out_of_stock',
      amount: last.price * last.quantity,
    });
  const used = who.account && rng.chance(0.8) ? rng.pick(who.account.devices) : deviceFor(rng, 'PK');
  return purchaseOf(rng, {
    at,
    kind: 'launch_rush',
    fraud: false,
    who,
    basket,
    storefront: 'pk',
    method,
    fulfilment: 'courier',
    attempts,
    later,
    used,
    network: homeNetwork(rng, 'PK'),
  });
}

/** Last-minute pret, bangles and khussas: express riders in the three metros, or pickup at a flagship. */
function chandRaatPret(rng: Rng, w: World): Purchase {
  let at = momentIn(rng, w.window, PK_TIMING('pret'));
  for (let i = 0; i < 40 && seasonDay(at) < 25 && seasonDay(at) >= 0; i++)
    at = momentIn(rng, w.window, PK_TIMING('pret'));
  const home = metroHome(rng);
  const who = rng.chance(0.4)
    ? newcomer(rng, 'PK', at, { home, register: true })
    : newcomer(rng, 'PK', at, { home });
  const lines = pickLines(rng, RANGES.pret, rng.int(1, 2), 'PKR');
  for (let i = rng.int(1, 3); i > 0; i--) addFrom(rng, lines, RANGES.accessories, 'PKR');
  const roll = rng.next();
  const f: Fulfilment = at >= EXPRESS_CUTOFF || roll < 0.3 ? 'pickup' : roll < 0.85 ? 'express' : 'courier';
  const method: Method =
    f === 'pickup'
      ? rng.weightedPick<Method>([
          ['pay_at_store', 50],
          ['card', 30],
          ['jazzcash', 20],
        ])
      : rng.weightedPick<Method>([
          ['cod', 50],
          ['card', 25],
          ['jazzcash', 15],
          ['easypaisa', 10],
        ]);
  const basket = basketOf(lines, 'PKR', f, 'PK');
  const { attempts, later } = homeOutcome(rng, who, basket, method, f, false);
  const flagship = FLAGSHIPS.find((s) => s.city === home.address.city);
  return purchaseOf(rng, {
    at,
    kind: 'chand_raat_pret',
    fraud: false,
    who,
    basket,
    storefront: 'pk',
    method,
    fulfilment: f,
    attempts,
    later,
    used: deviceFor(rng, 'PK', true),
    network: homeNetwork(rng, 'PK', 0.6),
    ...(f === 'pickup'
      ? { shipping: null, ...(flagship?.line1 ? { pickupStore: flagship.line1 } : {}) }
      : {}),
  });
}

/** Brides and wedding parties (weddings resume after Eid): formals, several of one design for the sisters. */
function bridalFormal(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, PK_TIMING('even'));
  const home = metroHome(rng);
  const who = rng.chance(0.5)
    ? signedIn(accountIn(rng, w.customers, 'PK'))
    : newcomer(rng, 'PK', at, { home, register: true });
  const lines = pickLines(rng, RANGES.bridal, rng.int(1, 3), 'PKR');
  if (rng.chance(0.4)) lines.push({ ...lineIn(rng.pick(RANGES.formal), 'PKR'), quantity: rng.int(3, 6) });
  if (rng.chance(0.5)) addFrom(rng, lines, RANGES.accessories, 'PKR');
  const basket = basketOf(lines, 'PKR', 'courier', 'PK');
  let method = rng.weightedPick<Method>([
    ['bank_transfer', 40],
    ['card', 40],
    ['cod', 20],
  ]);
  if (method === 'cod' && basket.amount > 100_000 * 100) method = 'bank_transfer'; // COD is capped at Rs 100,000
  const { attempts, later } = homeOutcome(rng, who, basket, method, 'courier', false, 0.15);
  if (later.some((l) => l.status === 'delivered') && rng.chance(0.06))
    later.push({
      type: 'order.updated',
      afterMs: lastOf(later) + rng.int(1, 4) * DAY,
      status: 'exchange_requested',
    });
  return purchaseOf(rng, {
    at,
    kind: 'bridal_formal',
    fraud: false,
    who,
    basket,
    storefront: 'pk',
    method,
    fulfilment: 'courier',
    attempts,
    later,
    used: who.account ? rng.pick(who.account.devices) : deviceFor(rng, 'PK', true),
    network: homeNetwork(rng, 'PK', 0.4),
  });
}

const SHOP_WORDS = ['Boutique', 'Collection', 'Cloth House', 'Fabrics', 'Ladies Tailors', 'Designer Studio'];

/** Boutiques and stitching shops in smaller cities restocking for Eid: many prints, several of each, at 20 % off. */
function resellerBulk(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { profile: 'unstitched', tz: 5, hours: SHOP_HOURS, weekdays: true });
  const home = rng.chance(0.8) ? townHome(rng) : metroHome(rng);
  const owner = newcomer(rng, 'PK', at, { home, register: true });
  const who = rng.chance(0.5)
    ? { ...owner, buyer: { ...owner.buyer, createdAt: at - rng.int(60, 900) * DAY } }
    : owner;
  const lines = pickLines(rng, [...RANGES.everydayLawn, ...RANGES.launchLawn], rng.int(3, 8), 'PKR').map(
    (l) => ({
      ...l,
      quantity: rng.int(3, 8),
    }),
  );
  const basket = basketOf(lines, 'PKR', 'cargo', 'PK', { code: 'WHOLESALE20', percent: 20 });
  const method: Method = rng.chance(0.85) ? 'bank_transfer' : 'card';
  const { attempts, later } = homeOutcome(rng, who, basket, method, 'cargo', false, 0.15);
  const company = {
    name: `${who.person.last} ${rng.pick(SHOP_WORDS)}`,
    ntn: `${rng.digits(7)}-${rng.int(0, 9)}`,
  };
  const used = rng.chance(0.5) ? deviceOf(rng, 'desktop') : deviceFor(rng, 'PK');
  return purchaseOf(rng, {
    at,
    kind: 'reseller_bulk',
    fraud: false,
    who,
    basket,
    storefront: 'pk',
    method,
    fulfilment: 'cargo',
    attempts,
    later,
    used,
    network: rng.chance(0.4) ? 'pk_office' : homeNetwork(rng, 'PK', 0.5),
    company,
  });
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'cod_home':
      return codHome(rng, w);
    case 'prepaid_home':
      return prepaidHome(rng, w);
    case 'returning_customer':
      return returningCustomer(rng, w);
    case 'launch_rush':
      return launchRush(rng, w);
    case 'chand_raat_pret':
      return chandRaatPret(rng, w);
    case 'bridal_formal':
      return bridalFormal(rng, w);
    case 'reseller_bulk':
      return resellerBulk(rng, w);
    case 'diaspora_self':
      return diasporaSelf(rng, w);
    case 'diaspora_gift_home':
      return diasporaGift(rng, w);
    case 'traveller_or_vpn':
      return travellerOrVpn(rng, w);
  }
}
