import { type Address, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { build, type World } from './build.js';
import { momentIn, within } from './calendar.js';
import { binOf, newCard } from './cards.js';
import { CATALOGUE, type Line, linesOf } from './catalogue.js';
import { address, network, type NetworkName } from './networks.js';
import { deviceOf, emailOf, fullName, newAccount } from './people.js';
import { cityOf, homeIn } from './places.js';
import { cardAttempt, honestAfter, oxxo, type Purchase } from './purchase.js';
import { lineOf } from '../kit/purchase.js';
import { stolenMoneyLater, throwaway } from './fraud-kit.js';

/** The fraud that comes in runs: card testers on e-gift cards and phone cases, and promo farms. */

/**
 * Card testing: guests at night, runs of four to twelve checkouts a minute or two apart from one server (or a
 * rotating pool), each on a $100 or $200 e-gift card or a $99 phone case, cards from one BIN per run; most
 * declined, a few through (then spent before the issuer warns).
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(4, 12));
    let t = momentIn(rng, w.window, -6, 'night');
    const net = network(
      rng.weightedPick<NetworkName>([
        ['us-hosting', 4],
        ['nl-hosting', 2],
        ['us-residential-proxy', 3],
      ]),
    );
    const ip = address(rng, net);
    const rotate = rng.chance(0.35);
    const device = deviceOf(rng, 'computer');
    const funding = rng.chance(0.6) ? 'debit' : 'prepaid';
    const bin = binOf(rng, 'MX', funding);
    for (let i = 0; i < size; i++) {
      t = within(w.window, t + rng.int(20_000, 150_000));
      const item = rng.weightedPick<Line>([
        [lineOf(CATALOGUE.gift_card[0]), 5],
        [lineOf(CATALOGUE.gift_card[1]), 2],
        [lineOf(CATALOGUE.accessories[0]), 3],
      ]);
      const name = fullName(rng);
      out.push(
        build(rng, {
          at: t,
          kind: 'card_testing',
          fraud: true,
          buyer: { email: rng.chance(0.6) ? throwaway(rng) : emailOf(rng, name), name },
          billing: homeIn(rng, cityOf(rng)),
          shipTo: homeIn(rng, cityOf(rng)),
          wanted: 'home',
          lines: [item],
          network: net,
          ...(rotate ? {} : { ip }),
          device: rotate ? deviceOf(rng, 'computer') : device,
          pay: (amount) => {
            const tries = rng.int(1, 3);
            const attempts = [];
            for (let k = 0; k < tries; k++) {
              const ok = rng.chance(0.1);
              const card = newCard(rng, 'MX', funding, bin);
              attempts.push(
                cardAttempt(rng, card, amount, {
                  ok,
                  ...(ok
                    ? {}
                    : {
                        decline: rng.pick([
                          'invalid_card',
                          'do_not_honor',
                          'insufficient_funds',
                          'incorrect_cvc',
                        ] as const),
                      }),
                  afterMs: k === 0 ? rng.int(3_000, 12_000) : rng.int(2_000, 9_000),
                }),
              );
              if (ok) break;
            }
            return attempts;
          },
          later: (f, b) => [
            ...honestAfter(rng, f, b.amount).filter((l) => l.type === 'order.updated'),
            ...stolenMoneyLater(rng, 0.5, 0.15),
          ],
        }),
      );
    }
  }
  return out;
}

/**
 * Promo farms: fresh accounts opened minutes before checkout from a handful of phones, each taking the welcome
 * code on goods that resell (perfume, earbuds, building sets), paid with real money (debit cards, some reused
 * across accounts, or OXXO cash) and shipped to two or three addresses. Nothing is charged back; the store
 * loses the discount and the stock to resale.
 */
export function promoFarms(rng: Rng, w: World, count: number): Purchase[] {
  const farms = Array.from({ length: rng.int(2, 3) }, () => {
    const city = cityOf(rng);
    const base = newAccount(rng, w.window.start, 0, city);
    return {
      city,
      devices: Array.from({ length: rng.int(1, 2) }, () => deviceOf(rng, rng.chance(0.5) ? 'app' : 'phone')),
      homes: Array.from({ length: rng.int(2, 3) }, () => homeIn(rng, city)),
      cards: Array.from({ length: rng.int(2, 4) }, () => newCard(rng, 'MX', 'debit')),
      handle:
        base.name
          .split(' ')[0]
          ?.normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase() ?? 'ventas',
      net: rng.chance(0.6) ? ('mx-mobile' as const) : ('mx-cable' as const),
      session: momentIn(rng, w.window, city.tz, 'late'),
    };
  });
  return Array.from({ length: count }, (_, i) => {
    const farm = rng.pick(farms);
    farm.session = rng.chance(0.7)
      ? within(w.window, farm.session + rng.int(2, 25) * MINUTE)
      : momentIn(rng, w.window, farm.city.tz, 'late');
    const at = farm.session;
    const a = newAccount(rng, at, rng.int(2, 15) * MINUTE, farm.city);
    const email = `${farm.handle}.${rng.pick(['ventas', 'shop', 'mx', 'tienda'])}${String(i + rng.int(1, 60)).padStart(2, '0')}@${rng.pick(['gmail.com', 'outlook.com'])}`;
    let lines = linesOf(rng, rng.int(1, 2), { perfume: 4, accessories: 3, toys: 3 });
    if (lines.reduce((s, l) => s + l.price * l.quantity, 0) < 80_000)
      lines = [...lines, lineOf(CATALOGUE.perfume[0])];
    const ship: Address = rng.pick(farm.homes);
    return build(rng, {
      at,
      kind: 'promo_farm',
      fraud: true,
      buyer: { id: a.id, email, name: a.name, createdAt: a.createdAt },
      billing: ship,
      shipTo: ship,
      wanted: rng.chance(0.8) ? 'home' : 'pickup_point',
      lines,
      code: 'BIENVENIDA150',
      network: network(farm.net),
      device: rng.pick(farm.devices),
      pay: (amount) =>
        rng.chance(0.3) && amount <= 1_000_000
          ? [oxxo(rng, rng.chance(0.9))]
          : [
              cardAttempt(rng, rng.pick(farm.cards), amount, {
                ok: !rng.chance(0.06),
                decline: 'insufficient_funds',
                afterMs: rng.int(5_000, 30_000),
              }),
            ],
      later: (f, b) => honestAfter(rng, f, b.amount),
    });
  });
}
