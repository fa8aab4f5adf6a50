import { basket, CHEAP, RESALE } from './catalog.js';
import { ABROAD, homeIp, hostingIp, ipFrom, SANCTIONED, type MarketCode } from './geo.js';
import { addressIn, cardFrom, crookDevice, personIn } from './people.js';
import { DAY, HOUR, MINUTE as MIN, type Address, type Window } from '../kit/purchase.js';
import { avs, between, byCard, when, type Attempt, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { crewOrders } from './fraud-crews.js';
import {
  cardTesting,
  chargeback,
  crookIp,
  FRAUD_HOMES,
  junkMail,
  lookalike,
  packstation,
  resale,
  warning,
} from './fraud-kit.js';

/** Fraud kinds and their shares of fraud orders (counts follow them by largest remainders). */
export const FRAUD = {
  card_testing: 24,
  stolen_card_bare: 12,
  stolen_card_full: 10,
  account_takeover: 11,
  throwaway_resale: 12,
  promo_abuse: 11,
  friendly_fraud: 9,
  reshipper: 7,
  sanctioned_country: 4,
} as const;
export type FraudKind = keyof typeof FRAUD;

export function allocate(total: number): Record<FraudKind, number> {
  const keys = Object.keys(FRAUD) as FraudKind[];
  const sum = keys.reduce((a, k) => a + FRAUD[k], 0);
  const exact = keys.map((k) => (total * FRAUD[k]) / sum);
  const out = Object.fromEntries(keys.map((k, i) => [k, Math.floor(exact[i] ?? 0)])) as Record<
    FraudKind,
    number
  >;
  let left = total - keys.reduce((a, k) => a + out[k], 0);
  const order = keys.map((k, i) => [k, (exact[i] ?? 0) % 1] as const).sort((a, b) => b[1] - a[1]);
  for (const [k] of order) if (left-- > 0) out[k] += 1;
  return out;
}

/** Several tries with stolen cards until one goes through (or all fail). */
function tries(rng: Rng, cards: number, country: string, holderMatch: boolean, pSuccess: number): Attempt[] {
  const out: Attempt[] = [];
  for (let i = 0; i < cards; i++) {
    const card = cardFrom(rng, i === 0 ? country : rng.pick(['US', 'GB', 'FR', country]));
    const ok = i === cards - 1 ? rng.chance(pSuccess) : rng.chance(0.15);
    out.push(
      byCard(
        card,
        ok,
        i === 0 ? rng.int(5, 30) * 1000 : rng.int(20, 180) * 1000,
        avs(card, holderMatch),
        ok || rng.chance(0.6) ? 'pass' : 'fail',
      ),
    );
    if (ok) break;
  }
  return out;
}

function single(rng: Rng, w: Window, kind: FraudKind, n: number): Purchase {
  const home: MarketCode = rng.weighted(FRAUD_HOMES);
  const holder = personIn(rng, home);
  const at = when(rng, w, home);
  const crookName = personIn(rng, home).name;
  switch (kind) {
    case 'stolen_card_bare': {
      // A card number and CVC only: invented name and address near a parcel locker.
      const addr = addressIn(rng, home);
      const attempts = tries(rng, rng.int(1, 3), rng.pick(['US', 'GB', 'FR', 'DE', 'PL', home]), false, 0.7);
      return {
        at,
        fraud: true,
        kind,
        basket: basket(home, resale(rng)),
        buyer: rng.chance(0.5)
          ? { email: junkMail(rng), name: crookName }
          : { id: `cus_${n}`, email: junkMail(rng), name: crookName, createdAt: at - rng.int(1, 20) * MIN },
        billing: addr,
        shipping: rng.chance(0.6) ? packstation(rng, home) : addr,
        ip: crookIp(rng, home, 0.35, 0.25),
        device: crookDevice(rng, 'browser'),
        attempts,
        later: [...warning(rng, 0.35), ...chargeback(rng, 0.8)],
      };
    }
    case 'stolen_card_full': {
      // Phished details: the holder's name and address on billing, the goods to a drop or a locker.
      const attempts = tries(rng, rng.int(1, 2), home, true, 0.85);
      return {
        at,
        fraud: true,
        kind,
        basket: basket(home, resale(rng, rng.int(1, 3), 2)),
        buyer: rng.chance(0.4)
          ? { email: lookalike(rng, holder), name: holder.name }
          : {
              id: `cus_${n}`,
              email: lookalike(rng, holder),
              name: holder.name,
              createdAt: at - rng.int(1, 60) * MIN,
            },
        billing: holder.address,
        shipping: rng.chance(0.7)
          ? rng.chance(0.5)
            ? packstation(rng, home)
            : addressIn(rng, home)
          : holder.address,
        ip: crookIp(rng, home, 0.6, 0.15),
        device: crookDevice(rng, rng.chance(0.5) ? 'phone' : 'browser'),
        attempts,
        later: [...warning(rng, 0.25), ...chargeback(rng, 0.75, 15, 70)],
      };
    }
    case 'account_takeover': {
      // A subscriber's account opened with a leaked password: new device, elsewhere, the saved card, a new delivery address.
      const card = cardFrom(rng, home);
      const drop = rng.chance(0.6) ? packstation(rng, home) : addressIn(rng, rng.chance(0.8) ? home : 'DE');
      const changeLater = rng.chance(0.35);
      return {
        at,
        fraud: true,
        kind,
        basket: basket(home, resale(rng, rng.int(2, 4), 3)),
        buyer: {
          id: `cus_${n}`,
          email: holder.email,
          name: holder.name,
          createdAt: at - Math.floor(rng.float(200, 2000) * DAY),
        },
        billing: holder.address,
        shipping: changeLater ? holder.address : drop,
        ip: crookIp(rng, home, 0.45, 0.25),
        device: crookDevice(rng, rng.chance(0.5) ? 'phone' : 'browser'),
        attempts: [byCard(card, rng.chance(0.92), rng.int(3, 15) * 1000)],
        later: [
          ...(changeLater
            ? [{ type: 'order.updated' as const, afterMs: rng.float(2, 40) * MIN, shipping: drop }]
            : []),
          ...warning(rng, 0.15),
          ...chargeback(rng, 0.6, 12, 45),
        ],
      };
    }
    case 'friendly_fraud': {
      // A regular's ordinary order, disputed weeks later as unauthorised or never arrived.
      const card = cardFrom(rng, home);
      const b = basket(home, [...resale(rng, rng.int(1, 2), 2), [rng.pick(CHEAP), 1]]);
      return {
        at,
        fraud: true,
        kind,
        basket: b,
        buyer: {
          id: `cus_${n}`,
          email: holder.email,
          name: holder.name,
          createdAt: at - Math.floor(rng.float(60, 1500) * DAY),
        },
        billing: holder.address,
        shipping: holder.address,
        ip: homeIp(rng, home),
        device: crookDevice(rng, rng.chance(0.6) ? 'phone' : 'browser'),
        attempts: [byCard(card, true, rng.int(5, 30) * 1000)],
        later: [
          {
            type: 'dispute.created',
            afterMs: rng.float(20, 75) * DAY,
            reason: rng.pick(['fraudulent', 'product_not_received', 'unrecognized']),
          },
        ],
      };
    }
    case 'reshipper': {
      // Stolen German/Austrian cards with the holder's details, shipped to a forwarder just over the border.
      const src: MarketCode = rng.chance(0.75) ? 'DE' : 'AT';
      const h = personIn(rng, src);
      const fwd: Address = rng.chance(0.6)
        ? {
            country: 'PL',
            postalCode: `69-${rng.int(100, 110)}`,
            city: 'Słubice',
            line1: `ul. Transportowa ${rng.int(1, 20)}, c/o ${rng.token(2).toUpperCase()}${rng.digits(5)}`,
          }
        : {
            country: 'LT',
            postalCode: `LT-0${rng.int(2000, 3999)}`,
            city: 'Vilnius',
            line1: `Savanorių pr. ${rng.int(100, 200)}, box ${rng.digits(6)}`,
          };
      return {
        at: between(rng, w, src, 7, 23),
        fraud: true,
        kind,
        basket: basket(src, resale(rng, rng.int(2, 4), 4)),
        buyer: {
          id: `cus_${n}`,
          email: rng.chance(0.5) ? lookalike(rng, h) : junkMail(rng),
          name: h.name,
          createdAt: at - rng.int(1, 300) * MIN,
        },
        billing: h.address,
        shipping: fwd,
        ip: rng.chance(0.7) ? ipFrom(rng, ABROAD, rng.pick(['UA', 'MD', 'RS'])) : hostingIp(rng),
        device: crookDevice(rng, 'browser'),
        attempts: tries(rng, rng.int(1, 3), src, true, 0.8),
        later: [...warning(rng, 0.3), ...chargeback(rng, 0.75)],
      };
    }
    default: {
      // sanctioned_country: orders from (or for delivery to) countries the shop may not serve.
      const c = rng.pick(['CU', 'IR', 'KP', 'SY', 'RU', 'RU', 'BY', 'BY']);
      const local: Address = {
        country: c,
        city:
          { CU: 'La Habana', IR: 'Tehran', KP: 'Pyongyang', SY: 'Damascus', RU: 'Moskva', BY: 'Minsk' }[c] ??
          '',
        line1: `${rng.int(1, 200)} ${rng.pick(['Main St', 'Prospekt Mira', 'Vali-e Asr'])}`,
      };
      const viaDE = rng.chance(0.4);
      const card = cardFrom(rng, rng.pick(['DE', 'LT', 'FR', 'US']));
      const ok = rng.chance(0.75);
      return {
        at,
        fraud: true,
        kind: 'sanctioned_country',
        basket: basket('DE', [[rng.pick(RESALE), rng.int(1, 4)]]),
        buyer: {
          email: `${rng.token(8)}@${rng.pick(['mail.ru', 'yandex.ru', 'gmail.com'])}`,
          name: crookName,
        },
        billing: viaDE ? holder.address : local,
        shipping: local,
        ip: ipFrom(rng, SANCTIONED, c),
        device: crookDevice(rng, 'browser'),
        attempts: [byCard(card, ok, rng.int(5, 40) * 1000, avs(card, false))],
        later: ok
          ? [
              { type: 'order.cancelled', afterMs: rng.float(2, 30) * HOUR },
              { type: 'refund.created', afterMs: rng.float(1.5, 2) * DAY, reason: 'compliance' },
            ]
          : [],
      };
    }
  }
}

export function planFraud(rng: Rng, w: Window, total: number): Purchase[] {
  const counts = allocate(total);
  const out: Purchase[] = [...cardTesting(rng.fork('testing'), w, counts.card_testing)];
  out.push(...crewOrders(rng.fork('crews'), w, 'throwaway_resale', counts.throwaway_resale));
  out.push(...crewOrders(rng.fork('promo'), w, 'promo_abuse', counts.promo_abuse));
  let n = 900_000;
  for (const kind of [
    'stolen_card_bare',
    'stolen_card_full',
    'account_takeover',
    'friendly_fraud',
    'reshipper',
    'sanctioned_country',
  ] as const)
    for (let i = 0; i < counts[kind]; i++) out.push(single(rng.fork(`${kind}:${i}`), w, kind, n++));
  // Money never taken cannot be refunded, warned about or charged back.
  const money = new Set(['refund.created', 'dispute.created', 'fraud_warning.created']);
  return out.map((p) =>
    p.attempts.some((a) => a.ok) ? p : { ...p, later: p.later.filter((l) => !money.has(l.type)) },
  );
}
