import { accountBuyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { CONSUMER, momentIn, OFFICE } from './calendar.js';
import { newCard } from './cards.js';
import { type Category, linesOf } from './catalogue.js';
import { fraudAfter } from './fraud-kit.js';
import { tradeLines } from './honest-trade.js';
import { ipOn, type NetworkName } from './networks.js';
import { type Account, emailFor, fullName, newDevice, townFor, vehicleFor } from './people.js';
import { FORWARDERS, homeIn } from './places.js';
import { cardAttempt, DAY, HOUR, type LaterEvent, MINUTE, other, type Purchase } from './purchase.js';
import { assemble, branchNear, type World } from './world.js';

/** Fraud through accounts: trade-account takeover, refund abuse by real customers, promo farms. */

const TAKEOVER_GOODS: ReadonlyArray<readonly [Category, number]> = [
  ['diagnostic', 40],
  ['catalytic_converter', 25],
  ['turbo', 15],
  ['ecu', 10],
  ['headlight', 10],
];

/**
 * A garage's trade login phished or bought: the thief orders in office hours on the trade portal, mixes a few
 * ordinary parts with diagnostic tablets and catalytic converters, and has it sent to a new address (at checkout,
 * or by changing the delivery address an hour later); on 30-day terms nobody pays until the invoice is chased.
 */
function takeover(rng: Rng, w: World): Purchase {
  const t = rng.pick(w.people.trade);
  const at = momentIn(rng, w.window, OFFICE, 0, true);
  const drop = rng.chance(0.75) ? homeIn(rng, townFor(rng, 'GB')) : rng.pick(FORWARDERS);
  const redirectLater = rng.chance(0.45);
  const card = t.cards[0] ?? newCard(rng, 'GB_COMMERCIAL');
  const net = rng.weightedPick<NetworkName>([
    ['gb_mobile', 35],
    ['gb_hosting', 25],
    ['gb_fibre_b', 20],
    ['gb_cable', 10],
    ['nl_hosting', 10],
  ]);
  return assemble(rng, {
    at,
    fraud: true,
    kind: 'trade_account_takeover',
    lines: [
      ...tradeLines(rng, rng.int(1, 3)),
      ...linesOf(rng, TAKEOVER_GOODS, rng.int(1, 3)).map((l) => ({ ...l, quantity: rng.int(1, 3) })),
    ].filter((l, i, all) => all.findIndex((x) => x.sku === l.sku) === i),
    fulfilment: 'workshop_delivery',
    buyer: { id: t.id, email: t.email, name: t.name, createdAt: t.createdAt },
    billing: t.workshop,
    shipping: redirectLater ? t.workshop : drop,
    recipient: redirectLater ? t.company : fullName(rng),
    ip: ipOn(rng, net, 0),
    device: rng.chance(0.8)
      ? newDevice(rng, rng.pick(['windows', 'android', 'iphone']))
      : rng.pick(t.devices),
    channel: 'trade_portal',
    company: { name: t.company, vatId: t.vatId, terms: t.terms },
    vehicle: vehicleFor(rng, t.region),
    attempts: (amount) =>
      t.terms
        ? [other('trade_account', true, rng.int(2_000, 12_000))]
        : [cardAttempt(rng, card, amount, { entry: 'saved', ok: true, afterMs: rng.int(2_000, 12_000) })],
    later: () => {
      const out: LaterEvent[] = [];
      if (redirectLater)
        out.push({
          type: 'order.updated',
          afterMs: rng.int(15, 120) * MINUTE,
          status: 'address_changed',
          shipping: drop,
        });
      const ship = rng.int(3, 20) * HOUR;
      out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
      out.push({ type: 'order.updated', afterMs: ship + rng.int(16, 40) * HOUR, status: 'delivered' });
      if (!t.terms) {
        if (rng.chance(0.3))
          out.push({
            type: 'fraud_warning.created',
            afterMs: rng.int(3, 12) * DAY,
            reason: 'unauthorized_use_of_card',
          });
        if (rng.chance(0.8))
          out.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'fraudulent' });
      }
      return out;
    },
  });
}

const ABUSED: ReadonlyArray<readonly [Category, number]> = [
  ['turbo', 25],
  ['ecu', 20],
  ['catalytic_converter', 20],
  ['headlight', 15],
  ['diagnostic', 10],
  ['performance', 10],
];

/**
 * A real customer buys an expensive part, fits it, and sends the old one back in the new box ("doesn't fit"):
 * refunded in full once the return is scanned. Some claim it never came instead.
 */
function refundAbuse(rng: Rng, w: World): Purchase {
  const pool = w.people.accounts.filter((a) => a.region !== 'EU');
  const a: Account = rng.pick(pool.length > 0 ? pool : w.people.accounts);
  const at = momentIn(rng, w.window, CONSUMER);
  const dispute = rng.chance(0.3);
  return assemble(rng, {
    at,
    fraud: true,
    kind: 'refund_abuse',
    lines: linesOf(rng, ABUSED, 1),
    fulfilment: 'home_delivery',
    buyer: accountBuyer(a),
    billing: a.home,
    ip: rng.chance(0.7)
      ? ipOn(rng, a.homeNet)
      : ipOn(rng, a.home.country === 'IE' ? 'ie_mobile' : 'gb_mobile'),
    device: rng.pick(a.devices),
    vehicle: rng.pick(a.vehicles),
    payer: { cards: a.cards, country: a.cards[0]?.country ?? 'GB', signedIn: true },
    later: (amount) => {
      const ship = rng.int(4, 24) * HOUR;
      const delivered = ship + rng.int(16, 48) * HOUR;
      return [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        { type: 'order.updated', afterMs: delivered, status: 'delivered' },
        dispute
          ? {
              type: 'dispute.created',
              afterMs: delivered + rng.int(10, 40) * DAY,
              reason: rng.pick(['product_not_received', 'product_unacceptable']),
            }
          : {
              type: 'refund.created',
              afterMs: delivered + rng.int(6, 25) * DAY,
              reason: 'part_does_not_fit',
              amount,
            },
      ];
    },
  });
}

const PROMOS = [
  { code: 'FIRSTORDER15', percent: 15 },
  { code: 'WINTER20', percent: 20 },
] as const;

/** Farms of fresh accounts on one phone, each with the new-customer code, paying with prepaid and debit cards. */
function promoFarms(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(3, 6));
    const device = newDevice(rng, rng.pick(['iphone', 'android', 'app']));
    const town = townFor(rng, 'GB');
    const home = homeIn(rng, town);
    const net = rng.pick<NetworkName>(['gb_fibre_a', 'gb_cable', 'gb_mobile']);
    const promo = rng.pick(PROMOS);
    const goods: ReadonlyArray<readonly [Category, number]> = [
      ['battery', 25],
      ['dash_cam', 30],
      ['tool', 30],
      ['tyre', 15],
    ];
    let at = momentIn(rng, w.window, CONSUMER);
    for (let i = 0; i < size; i++) {
      at = Math.min(w.window.end - 1, at + rng.int(2, 90) * MINUTE);
      const name = fullName(rng);
      const base = emailFor(rng, name).split('@')[0] ?? 'x';
      const buyer = accountBuyer({
        id: `cus_${rng.token(11)}`,
        email: `${base}${rng.int(1, 99)}@gmail.com`,
        name,
        createdAt: at - rng.int(1, 20) * MINUTE,
      });
      const collect = rng.chance(0.4);
      const card = newCard(rng, 'GB', rng.chance(0.5) ? ['498824', 'visa', 'prepaid'] : undefined);
      out.push(
        assemble(rng, {
          at,
          fraud: true,
          kind: 'promo_abuse',
          lines: linesOf(rng, goods, 1),
          fulfilment: collect ? 'click_collect' : 'home_delivery',
          ...(collect
            ? { branch: branchNear(rng, w, home) }
            : {
                shipping: {
                  ...home,
                  line1: rng.chance(0.5) ? (home.line1 ?? '') : `Flat ${rng.int(1, 9)}, ${home.line1 ?? ''}`,
                },
              }),
          buyer,
          billing: home,
          ip: ipOn(rng, net, 0.1),
          device,
          promo,
          attempts: (amount) => [
            cardAttempt(rng, card, amount, { ok: true, afterMs: rng.int(5_000, 40_000), match: 'good' }),
          ],
          later: () =>
            fraudAfter(rng, collect ? 'click_collect' : 'home_delivery', { warning: 0, dispute: 0 }),
        }),
      );
    }
  }
  return out;
}

export const accountFraud = {
  trade_account_takeover: (rng: Rng, w: World, n: number) =>
    Array.from({ length: n }, () => takeover(rng, w)),
  refund_abuse: (rng: Rng, w: World, n: number) => Array.from({ length: n }, () => refundAbuse(rng, w)),
  promo_abuse: promoFarms,
};

export { fullName };
