import { accountBuyer, type Address, type Buyer, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { assemble, canPickUp, type Parts, storeFor, type World } from './build.js';
import { placedAt, type Rhythm } from './calendar.js';
import { addOn, type Category, type Fulfilment, type Line, pick } from './catalogue.js';
import { ipOn, network } from './networks.js';
import { type Account, emailOf, fullName, resident } from './people.js';
import { PROVINCES, type Prov } from './places.js';
import { type After, honestAfter, honestPay, type Payer, type Purchase } from './purchase.js';

/** The honest orders' common shapes: what people want, how they receive, an account holder's and a guest's order. */

/** What honest people come for over Boxing Week. */
const WANTS: ReadonlyArray<readonly [Category, number]> = [
  ['tv', 13],
  ['laptop', 14],
  ['phone', 6],
  ['tablet', 7],
  ['gaming', 14],
  ['pc_parts', 5],
  ['audio', 13],
  ['wearable', 5],
  ['smart_home', 8],
  ['camera', 4],
  ['accessory', 7],
  ['gift_card', 4],
];

export function honestLines(rng: Rng, wants = WANTS): Line[] {
  const main = rng.weightedPick(wants);
  const lines = [
    pick(rng, main, main === 'gift_card' ? rng.int(1, 3) : main === 'accessory' ? rng.int(1, 2) : 1),
  ];
  if (main !== 'gift_card' && rng.chance(0.35)) lines.push(addOn(rng, main));
  if (rng.chance(0.12)) {
    const second = rng.weightedPick(wants.filter(([c]) => c !== 'gift_card'));
    lines.push(pick(rng, second));
  }
  return merge(lines);
}

/** The same product twice becomes one line of two. */
export function merge(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const same = out.find((o) => o.sku === l.sku);
    if (same) same.quantity += l.quantity;
    else out.push({ ...l });
  }
  return out;
}

/** How a resident usually receives: shipped, express now and then, pickup near the Toronto shops. */
export function usualFulfilment(rng: Rng, home: Address): Fulfilment {
  const near = canPickUp({ home });
  return rng.weightedPick<Fulfilment>([
    ['ship', 60],
    ['express', 8],
    ['pickup', near ? 30 : 0],
  ]);
}

/** Where an account holder orders from: home mostly, the phone's mobile data now and then. */
export function usualIp(rng: Rng, a: { network: Account['network'] }): string {
  return ipOn(rng, rng.chance(0.22) ? network('ca-mobile') : a.network);
}

export const after = (rng: Rng, a: After) => honestAfter(rng, a);
export const remote = (prov: Prov) => prov === 'YT' || prov === 'NT' || prov === 'NU';

/** An account holder's ordinary order, with `over` to bend any part of it. */
export function accountOrder(
  rng: Rng,
  w: World,
  a: Account,
  kind: string,
  over: Partial<Parts> & { rhythm?: Rhythm; payer?: Partial<Payer>; returns?: number } = {},
): Purchase {
  const { rhythm, payer, returns, ...rest } = over;
  const fulfilment = rest.fulfilment ?? usualFulfilment(rng, a.home);
  const at = rest.at ?? placedAt(rng, w.window, PROVINCES[a.prov].tz, rhythm);
  return assemble({
    at,
    fraud: false,
    kind,
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: a.home,
    fulfilment,
    lines: honestLines(rng),
    prov: a.prov,
    rural: a.rural,
    ip: usualIp(rng, a),
    device: rng.pick(a.devices),
    locale: a.locale,
    pickup: { store: storeFor(rng, a.home.city), person: a.name },
    pay: (b) => honestPay(rng, { cards: a.cards, signedIn: true, country: 'CA', ...payer }, b.amount),
    after: (b) =>
      after(rng, {
        fulfilment: b.lines.every((l) => l.category === 'gift_card') ? 'email' : fulfilment,
        amount: b.amount,
        remote: remote(b.taxProvince),
        ...(returns !== undefined ? { returns } : {}),
      }),
    ...rest,
  });
}

/** A guest (or a just-opened account) who lives in Canada. */
export function guestOrder(
  rng: Rng,
  w: World,
  kind: string,
  over: Partial<Parts> & { register?: boolean; prov?: Prov; declineShare?: number } = {},
): Purchase {
  const { register, prov, declineShare, ...rest } = over;
  const r = resident(rng, prov);
  const name = fullName(r.person);
  const email = emailOf(rng, r.person, r.prov);
  const at = rest.at ?? placedAt(rng, w.window, PROVINCES[r.prov].tz);
  const buyer: Buyer = register
    ? { id: `C${rng.int(2_100_000, 2_999_999)}`, email, name, createdAt: at - rng.int(2, 25) * MINUTE }
    : { email, name };
  const fulfilment = rest.fulfilment ?? usualFulfilment(rng, r.home);
  return assemble({
    at,
    fraud: false,
    kind,
    buyer,
    billing: r.home,
    shipping: r.home,
    fulfilment,
    lines: honestLines(rng),
    prov: r.prov,
    rural: r.rural,
    ip: ipOn(rng, rng.chance(0.3) ? network('ca-mobile') : r.network),
    device: rng.pick(r.devices),
    locale: r.locale,
    pickup: { store: storeFor(rng, r.home.city), person: rest.buyer?.name ?? name },
    pay: (b) => honestPay(rng, { cards: r.cards, signedIn: false, country: 'CA' }, b.amount, declineShare),
    after: (b) =>
      after(rng, {
        fulfilment: b.lines.every((l) => l.category === 'gift_card') ? 'email' : fulfilment,
        amount: b.amount,
        remote: remote(b.taxProvince),
      }),
    ...rest,
  });
}
