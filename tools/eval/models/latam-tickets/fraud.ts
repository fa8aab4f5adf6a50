import { type Market } from './catalog.js';
import { addressIn, hostingIp, ipIn } from './geo.js';
import { cardFrom, deviceFor, uaNamed, type Card } from './devices.js';
import { personIn } from './people.js';
import { fraudLater, fraudPurchase, junkEmail, type LonePlanner } from './fraud-kit.js';
import { ACCOUNT_FRAUD } from './fraud-accounts.js';
import { CARD_FRAUD } from './fraud-cards.js';
import { atLocalHours, avsFor, DAY, HOUR, MINUTE, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** Fraud: card-testing runs and resale-bot crews here, the one-at-a-time kinds in fraud-more.ts. */

/** Share of fraudulent orders (by count) per kind. */
export const FRAUD_SHARES: Readonly<Record<string, number>> = {
  card_testing: 28,
  resale_bot: 14,
  stolen_card_full_details: 10,
  stolen_card_bare: 9,
  throwaway_account: 9,
  friendly_fraud: 9,
  account_takeover: 8,
  voucher_cashout: 5,
  triangulation: 4,
  sanctioned_country: 4,
};

/** Whole counts per kind summing to `total` (largest remainders). */
export function allocate(total: number, shares: Readonly<Record<string, number>>): Record<string, number> {
  const sum = Object.values(shares).reduce((s, x) => s + x, 0);
  const rows = Object.entries(shares).map(([k, w]) => ({ k, exact: (total * w) / sum }));
  const out: Record<string, number> = Object.fromEntries(rows.map((r) => [r.k, Math.floor(r.exact)]));
  let left = total - Object.values(out).reduce((s, x) => s + x, 0);
  for (const r of [...rows].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)))) {
    if (left-- <= 0) break;
    out[r.k] = (out[r.k] ?? 0) + 1;
  }
  return out;
}

/** One run of card testing: a fast night burst from scripts, or a slow daytime drip through home proxies. */
function testingRun(rng: Rng, w: World, size: number): Purchase[] {
  const slow = rng.chance(0.4);
  const market = rng.weighted<Market>({ EU: 5, BR: 3, MX: 2 });
  const venue = market === 'EU' ? 'ES' : market;
  const issuer = rng.pick(['US', 'US', 'BR', 'MX', 'GB']);
  const [bin, brand] = [
    cardFrom(rng, issuer).bin,
    issuer === 'BR' ? 'elo' : rng.pick(['visa', 'mastercard']),
  ];
  const script = rng.pick(['python', 'headless'] as const);
  const scriptDevice = rng.chance(0.5) ? `dv_${rng.token(20)}` : undefined;
  const gaps = Array.from({ length: size }, () =>
    slow ? rng.float(6 * MINUTE, 40 * MINUTE) : rng.float(12_000, 100_000),
  );
  const width = w.clock.end - w.clock.start;
  const squeeze = Math.min(1, (0.8 * width) / gaps.reduce((s, g) => s + g, 0));
  const first = slow ? atLocalHours(rng, w.clock, venue, 9, 18) : atLocalHours(rng, w.clock, venue, 1, 5);
  let t = Math.max(
    w.clock.start,
    Math.min(first, w.clock.end - gaps.reduce((s, g) => s + g * squeeze, 0) - MINUTE),
  );
  const out: Purchase[] = [];
  for (let i = 0; i < size; i++) {
    t += Math.floor((gaps[i] ?? 0) * squeeze);
    const card: Card = { ...cardFrom(rng, issuer, [bin, brand]), last4: rng.digits(4) };
    const ok = rng.chance(slow ? 0.22 : 0.12);
    const person = personIn(rng, venue);
    out.push(
      fraudPurchase(rng, {
        at: t,
        kind: 'card_testing',
        market,
        wish: { categories: ['addon'], qty: [1, 1], lines: 1, tier: [0, 0.15] },
        buyer: {
          email: slow ? person.email : junkEmail(rng),
          name: slow
            ? person.name
            : `${person.name.split(' ')[0] ?? 'A'} ${rng.token(5, 'abcdefghijklmnopqrstuvwxyz')}`,
        },
        billing: addressIn(rng, venue),
        ip: slow
          ? ipIn(rng, venue)
          : rng.chance(0.6)
            ? hostingIp(rng).ip
            : ipIn(rng, rng.pick(['BR', 'VN', 'NG', 'US'])),
        device: slow
          ? deviceFor(rng, venue)
          : { ...(scriptDevice ? { id: scriptDevice } : {}), userAgent: uaNamed(script) },
        attempts: [
          {
            card,
            ok,
            avs: avsFor(card, rng.chance(0.3)),
            cvc: ok ? 'pass' : rng.pick(['fail', 'fail', 'pass', 'unavailable']),
            afterMs: rng.int(1_500, 6_000),
          },
        ],
        later: (a) => fraudLater(rng, a, { warn: 0.5, dispute: 0.35 }),
      }),
    );
  }
  return out;
}

/**
 * A scalper crew at the headline concert's general sale: accounts made weeks ago in one sitting, one
 * residential proxy exit per order in the venue's country, an anti-detect browser, prepaid virtual cards
 * from one BIN, billing addresses jigged from one flat, the per-order ticket limit every time.
 */
function botCrew(rng: Rng, w: World, size: number): Purchase[] {
  const market = rng.weighted<Market>({ EU: 5, MX: 3, BR: 3 });
  const venue = market === 'EU' ? rng.pick(['ES', 'PT']) : market;
  const domain = `${rng.pick(['tix', 'entradas', 'eventos', 'ingresso', 'boxoffice'])}${rng.token(4, 'abcdefghijklmnopqrstuvwxyz')}.${rng.pick(['es', 'com', 'net', 'com.br'])}`;
  const madeAt = w.clock.start - Math.floor(rng.float(8 * DAY, 50 * DAY));
  const flat = addressIn(rng, venue);
  const bin = rng.pick(['535522', '459954', '516740', '428837']);
  const cardCountry = rng.pick(['LT', 'GB', 'IE', venue]);
  const out: Purchase[] = [];
  for (let i = 0; i < size; i++) {
    const person = personIn(rng, venue);
    const local = person.name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z ]/g, '')
      .split(' ')
      .slice(0, 2)
      .join('.');
    const at = Math.min(
      w.clock.end - 1,
      Math.floor(w.clock.onSale + rng.float(-20_000, 0) + Math.min(rng.exp(9 * MINUTE), 2 * HOUR)),
    );
    const card: Card = {
      bin,
      last4: rng.digits(4),
      brand: bin.startsWith('4') ? 'visa' : 'mastercard',
      country: cardCountry,
      fingerprint: `fp_${rng.token(16)}`,
    };
    const jig = `${flat.line1}${rng.pick(['', ', 3ºB', ' 3B', ' piso 3', ', bajo', ` ${rng.token(3, 'ABCDEFGHJK')}`])}`;
    const ok = rng.chance(0.9);
    out.push(
      fraudPurchase(rng, {
        at,
        kind: 'resale_bot',
        market,
        wish: { categories: ['concert'], hot: true, qty: [4, 6], lines: 1, tier: [0.5, 1] },
        buyer: {
          id: w.nextCustomerId(),
          email: rng.chance(0.7)
            ? `${local}${rng.int(1, 99)}@${domain}`
            : `${local.replace('.', rng.pick(['', '.', '..']))}@gmail.com`,
          name: person.name,
          createdAt: madeAt + Math.floor(rng.float(0, 3 * HOUR)),
        },
        billing: { ...flat, line1: jig },
        ip: ipIn(rng, venue),
        device: {
          ...(rng.chance(0.7) ? { id: `dv_${rng.token(20)}` } : {}),
          userAgent: uaNamed(rng.pick(['windows', 'edge', 'mac'] as const)),
        },
        attempts: [{ card, ok, avs: avsFor(card, true), cvc: 'pass', afterMs: rng.int(1_200, 5_000) }],
        later: (a) =>
          a.some((x) => x.ok) && rng.chance(0.3)
            ? [{ type: 'order.cancelled', afterMs: rng.float(1 * DAY, 6 * DAY) }]
            : [],
      }),
    );
  }
  return out;
}

export function planFraud(rng: Rng, world: World, total: number): Purchase[] {
  const counts = allocate(total, FRAUD_SHARES);
  const out: Purchase[] = [];
  for (let left = counts['card_testing'] ?? 0, r = 0; left > 0; r++) {
    const size = Math.min(left, rng.int(6, 38));
    out.push(...testingRun(rng.fork(`testing#${r}`), world, size));
    left -= size;
  }
  for (let left = counts['resale_bot'] ?? 0, c = 0; left > 0; c++) {
    const size = Math.min(left, rng.int(12, 40));
    out.push(...botCrew(rng.fork(`bots#${c}`), world, size));
    left -= size;
  }
  for (const [kind, plan] of Object.entries({ ...CARD_FRAUD, ...ACCOUNT_FRAUD }) as Array<
    [string, LonePlanner]
  >) {
    const r = rng.fork(kind);
    const made = plan(r, world, counts[kind] ?? 0);
    out.push(...made);
  }
  return out;
}
