import { type Rng } from '../kit/random.js';
import { assemble, device, freshBuyer, type World, when } from './build.js';
import { type Decline, newCard, sibling } from './cards.js';
import { line, top } from './catalogue.js';
import { planCardFraud } from './fraud-cards.js';
import { planAccountFraud } from './fraud-accounts.js';
import { chargedBack, jig } from './fraud-kit.js';
import { address, ipOn, network } from './networks.js';
import { nameIn, throwawayEmail } from './people.js';
import { addressIn } from './places.js';
import { cardAttempt, MINUTE, type Purchase, retryGap } from './purchase.js';

/** The fraud kinds with their weights among fraudulent orders (README.md has what each looks like). */
export const FRAUD = {
  card_testing: 19,
  stolen_card_resale: 15,
  stolen_card_full_details: 10,
  account_takeover: 10,
  reshipping_mule: 8,
  triangulation: 7,
  allocation_bot: 7,
  promo_abuse: 6,
  friendly_fraud: 6,
  corporate_gift_fraud: 5,
  refund_abuse: 4,
  sanctioned_country: 3,
} as const;
export type FraudKind = keyof typeof FRAUD;

/** Exactly how many of each kind `count` fraudulent orders hold: one each, the rest by largest remainder. */
export function allocate(count: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const total = kinds.reduce((s, k) => s + FRAUD[k], 0);
  const rest = count - kinds.length;
  const raw = kinds.map((k) => (rest * FRAUD[k]) / total);
  const out = Object.fromEntries(kinds.map((k, i) => [k, 1 + Math.floor(raw[i] ?? 0)])) as Record<
    FraudKind,
    number
  >;
  let left = count - kinds.reduce((s, k) => s + out[k], 0);
  const order = kinds.map((k, i) => [k, (raw[i] ?? 0) % 1] as const).sort((a, b) => b[1] - a[1]);
  for (const [k] of order) if (left-- > 0) out[k] += 1;
  return out;
}

/**
 * Card testing: a run of guest checkouts seconds apart for the cheapest thing in the shop, each a new card
 * number from the same stolen range, from rotating hosting addresses, a scripted browser, throw-away inboxes.
 * Most are declined; the few that pass draw early fraud warnings.
 */
function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(4, 14));
    const start = when(rng, w, 'FR', 'night');
    const range = newCard(rng, rng.pick(['US', 'US', 'GB', 'FR', 'DE']));
    const net = network(rng.pick(['us-hosting', 'nl-hosting', 'de-hosting', 'sg-hosting']));
    const ua = device(rng, rng.chance(0.5) ? 'headless' : 'windows');
    const sku = rng.pick(['SM-MINI-CO', 'SM-TASTE-3', 'GC-CARD-50'] as const);
    const home = addressIn(
      rng,
      range.country === 'US' || range.country === 'GB' ? 'FR' : range.country === 'DE' ? 'DE' : 'FR',
    );
    let at = start;
    for (let i = 0; i < size; i++) {
      at += rng.int(8_000, 150_000);
      const card = sibling(rng, range);
      const ok = rng.chance(0.18);
      const why = rng.pick<Decline>([
        'invalid_number',
        'incorrect_cvc',
        'do_not_honor',
        'stolen_card',
        'insufficient_funds',
        'expired_card',
      ]);
      const name = nameIn(rng, rng.pick(['US', 'GB', 'FR']));
      out.push(
        assemble(rng, {
          kind: 'card_testing',
          fraud: true,
          at: Math.min(at, w.window.end - 1),
          buyer: freshBuyer(rng, 'FR', at, { guest: true, email: throwawayEmail(rng), name }),
          billing: { ...home, line1: jig(rng, home.line1 ?? '1 rue Nationale') },
          shipping: home,
          fulfilment: 'courier',
          lines: [line(rng, sku.startsWith('GC') ? 'gift_card' : 'sample', 1, sku)],
          ip: address(rng, net, rng.chance(0.2)),
          device: { userAgent: ua.userAgent, ...(rng.chance(0.3) && ua.id ? { id: ua.id } : {}) },
          locale: 'fr-FR',
          ageConfirmed: true,
          pay: (amount) => [
            cardAttempt(rng, card, amount, {
              ok,
              ...(ok ? {} : { decline: why }),
              afterMs: rng.int(2_000, 6_000),
              match: 'none',
              threeDS: ok ? 'exempt' : why === 'incorrect_cvc' ? 'exempt' : 'not_enrolled',
            }),
          ],
          after: (_, wasPaid) => (wasPaid ? chargedBack(rng, { warn: 0.7, dispute: 0.25, ship: false }) : []),
        }),
      );
    }
  }
  return out;
}

/**
 * Allocation bots: the moment a one-per-client allocation opens, scripted fresh accounts (seconds old, throw-away
 * or catch-all addresses) on hosting IPs each buy the limit with a different stolen card, to jigged variants of
 * one drop address. The careful ones run a real browser through residential addresses.
 */
function allocationBot(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(3, 9));
    const release = Math.min(w.window.end - 3 * 60 * MINUTE, when(rng, w, 'FR', 'office'));
    const careful = rng.chance(0.4);
    const drop = addressIn(rng, rng.pick(['FR', 'FR', 'BE', 'NL']));
    const domain = `${rng.token(6)}.${rng.pick(['fr', 'com', 'xyz'])}`;
    const sku = rng.chance(0.5) ? 'AL-BOURG-GC-22' : 'AL-POM-GARAGE-21';
    for (let i = 0; i < size; i++) {
      const at = release + rng.int(5_000, 20 * MINUTE);
      const card = newCard(rng, rng.pick(['US', 'GB', 'FR', 'DE', 'HK']));
      const name = nameIn(rng, drop.country ?? 'FR');
      const email = careful
        ? `${name.split(' ')[0]?.toLowerCase() ?? 'x'}${rng.digits(3)}@${domain}`
        : throwawayEmail(rng);
      out.push(
        assemble(rng, {
          kind: 'allocation_bot',
          fraud: true,
          at,
          buyer: { ...freshBuyer(rng, 'FR', at, { email, name }), createdAt: at - rng.int(20, 400) * 1000 },
          billing: { ...drop, line1: jig(rng, drop.line1 ?? '') },
          shipping: { ...drop, line1: jig(rng, drop.line1 ?? '') },
          fulfilment: 'courier',
          lines: [line(rng, 'allocation', 1, sku)],
          ip: careful
            ? ipOn(rng, drop.country ?? 'FR', 'home')
            : ipOn(rng, rng.pick(['US', 'NL', 'DE']), 'hosting'),
          device: device(rng, careful ? 'windows' : 'headless'),
          locale: 'fr-FR',
          pay: (amount) => {
            const ok = rng.chance(0.7);
            const first = cardAttempt(rng, card, amount, {
              ok,
              ...(ok ? {} : { decline: 'do_not_honor' as const }),
              afterMs: rng.int(1_500, 4_000),
              match: 'none',
            });
            return ok
              ? [first]
              : [
                  first,
                  cardAttempt(rng, sibling(rng, card), amount, {
                    ok: true,
                    afterMs: retryGap(rng) / 10,
                    match: 'none',
                  }),
                ];
          },
          after: (_, wasPaid) => (wasPaid ? chargedBack(rng, { dispute: 0.7 }) : []),
        }),
      );
    }
  }
  return out;
}

/** Every fraudulent purchase of a stream: `count` in all, allocated by kind. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const a = allocate(count);
  return [
    ...cardTesting(rng.fork('card_testing'), w, a.card_testing),
    ...allocationBot(rng.fork('allocation_bot'), w, a.allocation_bot),
    ...planCardFraud(rng.fork('cards'), w, a),
    ...planAccountFraud(rng.fork('accounts'), w, a),
  ];
}

export { top };
