import { type Address, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { build, type World } from './build.js';
import { momentIn } from './calendar.js';
import { newCard } from './cards.js';
import { CATALOGUE, type Line, linesOf } from './catalogue.js';
import { lineOf } from '../kit/purchase.js';
import { dropHouses, dropOf, stolenCards, stolenMoneyLater, throwaway } from './fraud-kit.js';
import { cardTesting, promoFarms } from './fraud-rings.js';
import { network, type NetworkName } from './networks.js';
import { type Account, deviceOf, emailOf, fullName, newAccount } from './people.js';
import {
  CITIES,
  cityOf,
  FORWARDERS,
  forwarderSuite,
  homeIn,
  SANCTIONED_HOMES,
  STORES,
  usHome,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  honestAfter,
  installmentsFor,
  type LaterEvent,
  other,
  oxxo,
  type Purchase,
} from './purchase.js';

/** The store's fraud over Buen Fin, by kind; `allocate` splits a seed's fraud count between them exactly. */

export const FRAUD = {
  stolen_card_electronics: 22,
  card_testing: 15,
  account_takeover: 14,
  promo_farm: 11,
  friendly_fraud: 11,
  reshipper_forwarder: 10,
  oxxo_voucher_scam: 9,
  sanctioned_country: 7,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const RESALE = { phones: 5, consoles: 3, laptops: 2, accessories: 1 } as const;

interface Ring {
  drops: Address[];
}

type Planner = (rng: Rng, w: World, ring: Ring) => Purchase;

/** A thief's checkout: a guest or an account opened minutes before, in the cardholder's name or another. */
function thiefBuyer(rng: Rng, at: number, holder: string) {
  const name = rng.chance(0.7) ? holder : fullName(rng);
  const email = rng.chance(0.5) ? throwaway(rng) : emailOf(rng, name);
  return rng.chance(0.6)
    ? { email, name }
    : { id: `cus_${rng.token(14)}`, email, name, createdAt: at - rng.int(3, 30) * MINUTE };
}

const planners: Record<Exclude<FraudKind, 'card_testing' | 'promo_farm'>, Planner> = {
  // Leaked Mexican cards buying phones and consoles, sent to drop houses or picked up by a mule with a fake ID.
  stolen_card_electronics: (rng, w, ring) => {
    const at = momentIn(rng, w.window, -6, rng.chance(0.5) ? 'late' : 'night');
    const holder = fullName(rng);
    const collect = rng.chance(0.2);
    const net = rng.weightedPick<NetworkName>([
      ['mx-mobile', 11],
      ['mx-fibre', 4],
      ['us-residential-proxy', 3],
      ['us-hosting', 2],
    ]);
    const lines = linesOf(rng, rng.int(1, 2), RESALE, () => (rng.chance(0.2) ? 2 : 1));
    return build(rng, {
      at,
      kind: 'stolen_card_electronics',
      fraud: true,
      buyer: thiefBuyer(rng, at, holder),
      billing: homeIn(rng, cityOf(rng)),
      shipTo: dropOf(rng, ring.drops),
      wanted: collect ? 'click_collect' : 'home',
      lines,
      network: network(net),
      device: deviceOf(rng, rng.chance(0.6) ? 'phone' : 'computer'),
      pay: (amount) =>
        stolenCards(rng, amount, {
          country: 'MX',
          tries: rng.int(1, 3),
          fail: 0.4,
          match: 'good',
          ...(rng.chance(0.25) ? { installments: installmentsFor(rng, amount, 1) ?? 3 } : {}),
        }),
      later: (f, b) => [
        ...honestAfter(rng, f, b.amount).filter((l) => l.type === 'order.updated'),
        ...stolenMoneyLater(rng, 0.45, 0.8),
      ],
    });
  },

  // A customer's account taken over (phished password, reused e-mail): its saved card or monedero spent.
  account_takeover: (rng, w, ring) => {
    const pool = w.customers.filter((c) => c.monedero >= 50_000 || c.cards.length > 1);
    const a: Account = rng.pick(pool.length > 0 ? pool : w.customers);
    const at = momentIn(rng, w.window, a.city.tz, rng.chance(0.6) ? 'late' : 'night');
    const monedero = a.monedero >= 50_000 && rng.chance(0.45);
    const slow = !monedero && rng.chance(0.3);
    const net = rng.weightedPick<NetworkName>([
      ['mx-mobile', 7],
      ['mx-fibre', 2],
      ['us-residential-proxy', 2],
    ]);
    let lines: Line[];
    if (monedero) {
      const egc =
        [...CATALOGUE.gift_card].filter((p) => p.price <= a.monedero).pop() ?? CATALOGUE.gift_card[0];
      lines = [lineOf(egc, Math.max(1, Math.floor(a.monedero / egc.price)))];
    } else
      lines = slow
        ? linesOf(rng, 1, { perfume: 3, fashion: 2, gift_card: 1 })
        : linesOf(rng, rng.int(1, 2), RESALE);
    const route = rng.weightedPick<'drop' | 'collect' | 'redirect'>([
      ['drop', 45],
      ['collect', 25],
      ['redirect', 30],
    ]);
    const drop = dropOf(rng, ring.drops);
    const store = rng.pick(STORES.filter((s) => s.city !== a.city.city));
    const card = a.cards.find((c) => c.funding !== 'debit') ?? a.cards[0] ?? newCard(rng, 'MX', 'credit');
    return build(rng, {
      at,
      kind: 'account_takeover',
      fraud: true,
      buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
      billing: a.home,
      shipTo: route === 'drop' && !slow ? drop : a.home,
      wanted: route === 'collect' ? 'click_collect' : 'home',
      ...(store.store ? { store: store.store } : {}),
      lines,
      network: network(net),
      device:
        slow && rng.chance(0.5)
          ? (a.devices[0] ?? deviceOf(rng))
          : deviceOf(rng, rng.chance(0.5) ? 'app' : 'phone'),
      pay: (amount): Attempt[] =>
        monedero
          ? [other('monedero', true, rng.int(5_000, 30_000))]
          : [
              cardAttempt(rng, card, amount, {
                entry: 'saved',
                ok: !rng.chance(0.1),
                decline: 'suspected_fraud',
                afterMs: rng.int(4_000, 25_000),
              }),
            ],
      later: (f, b) => {
        const steps: LaterEvent[] = honestAfter(rng, f, b.amount).filter((l) => l.type === 'order.updated');
        if (route === 'redirect' && f === 'home')
          steps.push({
            type: 'order.updated',
            afterMs: rng.int(10, 90) * MINUTE,
            status: 'address_changed',
            shipping: drop,
          });
        if (monedero) {
          if (rng.chance(0.6))
            steps.push({ type: 'refund.created', afterMs: rng.int(2, 10) * DAY, reason: 'fraudulent' });
        } else steps.push(...stolenMoneyLater(rng, 0.3, 0.6));
        return steps;
      },
    });
  },

  // A customer's own order, received, then charged back as "never arrived" or "not me".
  friendly_fraud: (rng, w) => {
    const a = rng.pick(w.customers);
    const lines = linesOf(rng, rng.int(1, 2), { phones: 3, consoles: 3, tv: 2, laptops: 2, perfume: 2 });
    const card = a.cards.find((c) => c.funding !== 'store') ?? newCard(rng, 'MX', 'credit');
    return build(rng, {
      at: momentIn(rng, w.window, a.city.tz, 'home'),
      kind: 'friendly_fraud',
      fraud: true,
      buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
      billing: a.home,
      shipTo: a.home,
      wanted: 'home',
      lines,
      network: network(a.network),
      device: rng.pick(a.devices),
      pay: (amount) => [
        cardAttempt(rng, card, amount, {
          entry: rng.chance(0.6) ? 'saved' : 'typed',
          ok: true,
          afterMs: rng.int(5_000, 40_000),
          ...(card.funding === 'credit' ? { installments: installmentsFor(rng, amount, 0.6) ?? 0 } : {}),
        }),
      ],
      later: (f, b) => [
        ...honestAfter(rng, f, b.amount).filter((l) => l.type === 'order.updated'),
        {
          type: 'dispute.created',
          afterMs: rng.int(18, 60) * DAY,
          reason: rng.weightedPick([
            ['product_not_received', 6],
            ['fraudulent', 3],
            ['not_as_described', 1],
          ] as const),
        },
      ],
    });
  },

  // US cards bought on forums, AVS often right, parcels to a border casillero that forwards them north.
  reshipper_forwarder: (rng, w) => {
    const { address: billing, tz } = usHome(rng);
    const at = momentIn(rng, w.window, tz, 'late');
    const holder = fullName(rng);
    const net = rng.weightedPick<NetworkName>([
      ['us-residential-proxy', 5],
      ['us-hosting', 2],
      ['us-cable', 3],
    ]);
    return build(rng, {
      at,
      kind: 'reshipper_forwarder',
      fraud: true,
      buyer: thiefBuyer(rng, at, holder),
      billing,
      shipTo: forwarderSuite(rng, rng.pick(FORWARDERS)),
      wanted: 'home',
      lines: linesOf(rng, rng.int(1, 3), { phones: 4, consoles: 3, laptops: 2, perfume: 2 }),
      network: network(net),
      device: deviceOf(rng, rng.chance(0.5) ? 'computer' : 'phone'),
      pay: (amount) =>
        stolenCards(rng, amount, {
          country: 'US',
          tries: rng.int(1, 2),
          fail: 0.3,
          match: rng.weightedPick([
            ['good', 5],
            ['partial', 3],
            ['wrong', 2],
          ] as const),
        }),
      later: (f, b) => [
        ...honestAfter(rng, f, b.amount).filter((l) => l.type === 'order.updated'),
        ...stolenMoneyLater(rng, 0.5, 0.75),
      ],
    });
  },

  // Vouchers sold to victims ("pay this OXXO reference for the phone you bought on Marketplace"): the victim's
  // cash pays for gift cards or phones the scammer receives; some victims complain and the store refunds them.
  oxxo_voucher_scam: (rng, w, ring) => {
    const at = momentIn(rng, w.window, -6, 'late');
    const name = fullName(rng);
    const cards = rng.chance(0.6);
    const egc = CATALOGUE.gift_card[rng.int(3, 4)] ?? CATALOGUE.gift_card[4];
    const lines = cards
      ? [lineOf(egc, Math.max(1, Math.min(rng.int(1, 5), Math.floor(1_000_000 / egc.price))))]
      : [lineOf(rng.pick([...CATALOGUE.phones, ...CATALOGUE.consoles].filter((x) => x.price <= 950_000)))];
    const fresh = rng.chance(0.5) ? newAccount(rng, at, rng.int(2, 60) * MINUTE) : undefined;
    return build(rng, {
      at,
      kind: 'oxxo_voucher_scam',
      fraud: true,
      buyer: fresh
        ? { id: fresh.id, email: fresh.email, name: fresh.name, createdAt: fresh.createdAt }
        : { email: throwaway(rng), name },
      billing: homeIn(rng, cityOf(rng)),
      shipTo: dropOf(rng, ring.drops),
      wanted: 'home',
      lines,
      network: network(rng.chance(0.8) ? 'mx-mobile' : 'mx-cable'),
      device: deviceOf(rng, 'phone'),
      pay: () => [oxxo(rng, rng.chance(0.75))],
      later: (f, b) => {
        const steps = honestAfter(rng, f, b.amount).filter((l) => l.type === 'order.updated');
        if (rng.chance(0.4))
          steps.push({ type: 'refund.created', afterMs: rng.int(3, 15) * DAY, reason: 'fraudulent' });
        return steps;
      },
    });
  },

  // Buyers on Cuban or Iranian networks, or paying with cards from there or Russia: goods for relatives or mules.
  sanctioned_country: (rng, w) => {
    const cuba = rng.chance(0.65);
    const at = momentIn(rng, w.window, cuba ? -5 : 3.5, 'home');
    const name = fullName(rng);
    const relative = homeIn(
      rng,
      rng.pick(CITIES.filter((c) => ['Cancún', 'Mérida', 'Ciudad de México'].includes(c.city))),
    );
    const billing = rng.chance(0.4) ? rng.pick(SANCTIONED_HOMES[cuba ? 'CU' : 'IR']) : relative;
    const lines = cuba
      ? linesOf(rng, rng.int(1, 3), { phones: 3, small_appliances: 4, appliances: 1, accessories: 2 })
      : linesOf(rng, rng.int(1, 2), { phones: 3, laptops: 3, consoles: 1 });
    const card = cuba ? newCard(rng, 'MX', 'debit') : newCard(rng, 'RU', 'debit');
    return build(rng, {
      at,
      kind: 'sanctioned_country',
      fraud: true,
      buyer: rng.chance(0.5)
        ? {
            id: `cus_${rng.token(14)}`,
            email: emailOf(rng, name),
            name,
            createdAt: at - rng.int(1, 200) * DAY,
          }
        : { email: emailOf(rng, name), name },
      billing,
      shipTo: cuba ? relative : forwarderSuite(rng, rng.pick(FORWARDERS)),
      wanted: 'home',
      lines,
      network: network(cuba ? 'cu-mobile' : 'ir-mobile'),
      device: deviceOf(rng, 'phone'),
      pay: (amount): Attempt[] =>
        rng.chance(0.3)
          ? [other('paypal', true, rng.int(20_000, 90_000))]
          : [
              cardAttempt(rng, card, amount, {
                ok: !rng.chance(0.2),
                decline: 'do_not_honor',
                afterMs: rng.int(10_000, 2 * 60_000),
              }),
            ],
      later: (f, b) => honestAfter(rng, f, b.amount).filter((l) => l.type !== 'dispute.created'),
    });
  },
};

/** `count` fraud purchases: allocated by kind, each kind on its own fork; rings share drop houses. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const ring: Ring = { drops: dropHouses(rng.fork('drops')) };
  const out: Purchase[] = [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...promoFarms(rng.fork('promo_farm'), w, n.promo_farm),
  ];
  for (const kind of Object.keys(planners) as Array<keyof typeof planners>) {
    const r = rng.fork(kind);
    for (let i = 0; i < n[kind]; i++) out.push(planners[kind](r.fork(`p${i}`), w, ring));
  }
  return out;
}
