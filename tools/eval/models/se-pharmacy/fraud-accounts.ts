import { accountBuyer, type Address, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { inKronor } from './basket.js';
import { ANYTIME, DAYTIME, HOUSEHOLD, LATE, placedAt } from './calendar.js';
import { fraudDevice } from './devices.js';
import {
  dropDelivery,
  foreignProxy,
  resaleCart,
  resaleItem,
  ring,
  stolenAfter,
  swedishProxy,
  type World,
} from './fraud-kit.js';
import { connect, deliveryIn, EVERYDAY_DELIVERY } from './honest-kit.js';
import { ipOn } from './networks.js';
import { type Account, ascii, burnerEmail, newAccount } from './people.js';
import { type Market, MARKETS } from './places.js';
import {
  type Attempt,
  cardAttempt,
  dispatchAfter,
  firstAuth,
  fulfilment,
  honestPay,
  type LaterEvent,
  other,
  type Purchase,
  purchaseOf,
  retryGap,
} from './purchase.js';
import { Cart, item } from './catalogue.js';

/** Fraud that works through identities and accounts: Klarna in a stranger's name, takeovers, and customers' own. */

const SE_TZ = MARKETS.SE.tz;

/**
 * Klarna in someone else's name: Swedish names, personal numbers and registered addresses are public, so a
 * ring buys on invoice as a stranger (often an older person in another town), with a new mailbox in the victim's
 * name, delivery to a locker the victim's address maps to (the locker code goes to the ring's number) or to a
 * "c/o" drop. Klarna turns some down; the victim's identity-theft claim arrives weeks later.
 */
export function klarnaIdentityFraud(rng: Rng, w: World, count: number): Purchase[] {
  const r = ring(rng, 'SE', 3);
  return Array.from({ length: count }, () => {
    const at = placedAt(rng, w.window, { curve: ANYTIME, tz: SE_TZ });
    const victim = newAccount(rng, 'SE', at, { senior: rng.chance(0.5) });
    const p = victim.person;
    const email = rng.chance(0.7)
      ? `${ascii(p.first)}.${ascii(p.last)}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'outlook.com', 'hotmail.com'])}`
      : burnerEmail(rng);
    const co = rng.chance(0.3);
    const drop = rng.pick(r.drops);
    const shipping: Address = co
      ? { ...drop, line1: `c/o ${rng.pick(['Ali', 'Nilsson', 'Hassan', 'Berg'])}, ${drop.line1}` }
      : victim.home;
    const d = co ? dropDelivery(rng, 'SE', shipping, 0.4) : dropDelivery(rng, 'SE', victim.home, 0.92);
    const fresh = rng.chance(0.6);
    return purchaseOf(
      {
        at,
        kind: 'klarna_identity_fraud',
        fraud: true,
        market: 'SE',
        buyer: fresh
          ? { id: `K${rng.digits(8)}`, email, name: victim.name, createdAt: at - rng.int(2, 30) * MINUTE }
          : { email, name: victim.name },
        billing: victim.home,
        shipping,
        ...d,
        cart: resaleCart(rng, 'SE', rng.int(1, 3)),
        ip: ipOn(
          rng,
          swedishProxy(rng, [
            ['se-mobile', 50],
            ['se-fibre-a', 12],
            ['se-cable', 13],
            ['se-vpn', 25],
          ]),
        ),
        device: rng.chance(0.75) ? rng.pick(r.devices) : fraudDevice(rng),
        locale: 'sv-SE',
        phone: rng.pick(r.phones),
      },
      () => {
        const first = rng.chance(0.7) ? 'klarna_invoice' : 'klarna_installments';
        const rejected = rng.chance(co ? 0.45 : 0.22);
        if (!rejected) return [other(first, true, firstAuth(rng, first))];
        const out = [other(first, false, firstAuth(rng, first), 'klarna_rejected')];
        if (rng.chance(0.5)) {
          const second = first === 'klarna_invoice' ? 'klarna_installments' : 'klarna_invoice';
          out.push(other(second, rng.chance(0.35), retryGap(rng), 'klarna_rejected'));
        }
        return out;
      },
      (b) =>
        stolenAfter(
          rng,
          { delivery: d.delivery, market: 'SE', basket: b },
          { review: 0.06, warning: 0, dispute: 0.75 },
        ),
    );
  });
}

/**
 * Account takeover. Credential stuffing: a password leaked elsewhere opens an old account from a rented server
 * or proxy and a fresh browser profile, at night; the goods go to the ring's drop, or to a locker near the
 * owner's home whose pickup code is texted to the ring's number,
 * paid with the saved card (3-D Secure stops many: the owner refuses the BankID prompt), else Klarna in the
 * owner's public personal number, or the account's gift-card balance. BankID phone scams: an older customer is
 * talked into signing, and the payment sails through in the daytime.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const r = ring(rng, 'SE', 3);
  const fi = ring(rng, 'FI', 2);
  const pool = [...w.customers.byMarket.SE, ...w.customers.byMarket.FI].filter(
    (a) => a.createdAt < w.window.start - 60 * DAY,
  );
  return Array.from({ length: count }, () => {
    const vishing = rng.chance(0.25);
    const candidates = vishing ? pool.filter((a) => a.senior && a.market === 'SE') : pool;
    const victim: Account = rng.pick(candidates.length > 0 ? candidates : pool);
    const market: Market = victim.market;
    const at = placedAt(rng, w.window, { curve: vishing ? DAYTIME : LATE, tz: MARKETS[market].tz });
    const drop = rng.pick(market === 'SE' ? r.drops : fi.drops);
    // Either the ring's drop, or the owner's own address with a locker whose code goes to the ring's number.
    const hijack = rng.chance(0.2);
    const shipping: Address = hijack ? victim.home : drop;
    const d = hijack ? dropDelivery(rng, market, victim.home, 1) : dropDelivery(rng, market, drop);
    const net = vishing || rng.chance(0.45) ? swedishProxy(rng) : foreignProxy(rng);
    const cart = resaleCart(rng, market, rng.int(1, 3));
    return purchaseOf(
      {
        at,
        kind: 'account_takeover',
        fraud: true,
        market,
        buyer: accountBuyer(victim),
        billing: victim.home,
        shipping,
        ...d,
        cart,
        ip: ipOn(rng, net),
        device: rng.chance(0.6) ? rng.pick(r.devices) : fraudDevice(rng),
        locale: victim.locale,
        phone: rng.pick(market === 'SE' ? r.phones : fi.phones),
        bankId: vishing,
      },
      (b) => {
        const kronor = inKronor(b.amount, b.currency);
        const card = rng.pick(victim.cards);
        const first = rng.int(8_000, 60_000);
        if (vishing)
          return rng.chance(0.5)
            ? [
                cardAttempt(rng, card, kronor, {
                  entry: 'saved',
                  ok: true,
                  afterMs: first,
                  threeDS: 'challenge_passed',
                }),
              ]
            : [other('klarna_invoice', true, first)];
        if (rng.chance(0.15)) return [other('gift_card', true, rng.int(3_000, 15_000))];
        const out: Attempt[] = [];
        const r3 = rng.weightedPick([
          ['frictionless', 35],
          ['refused', 50],
          ['declined', 15],
        ] as const);
        if (r3 === 'frictionless') {
          out.push(
            cardAttempt(rng, card, kronor, {
              entry: 'saved',
              ok: true,
              afterMs: first,
              threeDS: 'frictionless',
            }),
          );
          return out;
        }
        out.push(
          cardAttempt(rng, card, kronor, {
            entry: 'saved',
            ok: false,
            afterMs: first,
            decline: r3 === 'refused' ? 'authentication_failed' : 'do_not_honor',
          }),
        );
        if (market === 'SE' && rng.chance(0.55)) {
          const ok = rng.chance(0.55);
          out.push(other('klarna_invoice', ok, retryGap(rng), 'klarna_rejected'));
        }
        return out;
      },
      (b, attempts) => takeoverAfter(rng, d.delivery, market, b.amount, attempts),
    );
  });
}

function takeoverAfter(
  rng: Rng,
  delivery: Parameters<typeof fulfilment>[1],
  market: Market,
  amount: number,
  attempts: Attempt[],
): LaterEvent[] {
  // The owner gets the order confirmation e-mail and calls customer service.
  if (rng.chance(0.22))
    return [
      { type: 'order.cancelled', afterMs: rng.int(30, 600) * MINUTE, reason: 'account_compromised' },
      { type: 'refund.created', afterMs: rng.int(11, 14) * HOUR, reason: 'fraudulent', amount },
    ];
  const out = fulfilment(rng, delivery, market, dispatchAfter(rng, false));
  const paidBy = attempts.find((a) => a.ok)?.method;
  if (paidBy === 'card' && rng.chance(0.25))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(1, 5) * DAY, reason: 'fraudulent' });
  if (paidBy !== 'gift_card' && rng.chance(0.5))
    out.push({ type: 'dispute.created', afterMs: rng.int(10, 40) * DAY, reason: 'fraudulent' });
  return out;
}

/**
 * Friendly fraud: a long-standing customer orders a toothbrush, a hair dryer or serums as usual, collects or
 * receives them, and weeks later tells the bank or Klarna the parcel never came (now and then, that the purchase
 * was not theirs).
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  const pool = [...w.customers.byMarket.SE, ...w.customers.byMarket.FI].filter((a) => !a.senior);
  return Array.from({ length: count }, () => {
    const a = rng.pick(pool);
    const at = placedAt(rng, w.window, { curve: HOUSEHOLD, tz: MARKETS[a.market].tz });
    const cart = new Cart(a.market).add(resaleItem(rng));
    if (rng.chance(0.4)) cart.add(item(rng.pick(['SKN-6010', 'SKN-6005', 'BTY-7003', 'ORL-9001'])));
    const { ip, device } = connect(rng, a, 0.4);
    const d = deliveryIn(
      rng,
      a.market,
      [
        ['budbee_box', 30],
        ['instabox', 25],
        ['budbee_home_evening', 35],
        ['postnord_home', 10],
      ],
      a.home,
    );
    return purchaseOf(
      {
        at,
        kind: 'friendly_fraud',
        fraud: true,
        market: a.market,
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: a.home,
        ...d,
        cart,
        ip,
        device,
        locale: a.locale,
        phone: a.phone,
      },
      (b) => honestPay(rng, { market: a.market, country: a.market, cards: a.cards, signedIn: true }, b, 0.03),
      (_b, attempts) => {
        const out = fulfilment(rng, d.delivery, a.market, dispatchAfter(rng, false));
        const card = attempts.some((x) => x.ok && x.card);
        const reason = card && rng.chance(0.15) ? 'fraudulent' : 'product_not_received';
        out.push({ type: 'dispute.created', afterMs: rng.int(14, 45) * DAY, reason });
        return out;
      },
    );
  });
}

const CLAIMS = ['item_missing', 'empty_box', 'damaged', 'wrong_item'];

/**
 * Refund abuse: a few customers who order an expensive item and report it missing from the parcel, the box
 * empty or the device broken, again and again; the store refunds rather than argue (medicines cannot be
 * returned, devices are not worth collecting).
 */
export function refundAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const serial = w.customers.refunders;
  const pool = w.customers.byMarket.SE.filter((a) => a.createdAt < w.window.start - 90 * DAY);
  return Array.from({ length: count }, (_, i) => {
    const a =
      serial.length > 0 && i % 3 !== 2 ? (serial[i % serial.length] ?? rng.pick(pool)) : rng.pick(pool);
    const at = placedAt(rng, w.window, { curve: HOUSEHOLD, tz: SE_TZ });
    const cart = new Cart('SE').add(resaleItem(rng));
    if (rng.chance(0.3)) cart.add(item(rng.pick(['SKN-6009', 'HYG-8001', 'SKN-6004'])));
    const { ip, device } = connect(rng, a, 0.4);
    const d = deliveryIn(rng, 'SE', EVERYDAY_DELIVERY, a.home);
    return purchaseOf(
      {
        at,
        kind: 'refund_abuse',
        fraud: true,
        market: 'SE',
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: a.home,
        ...d,
        cart,
        ip,
        device,
        locale: a.locale,
        phone: a.phone,
      },
      (b) => honestPay(rng, { market: 'SE', country: 'SE', cards: a.cards, signedIn: true }, b, 0.03),
      (b) => {
        const out = fulfilment(rng, d.delivery, 'SE', dispatchAfter(rng, false));
        const done = Math.max(...out.map((l) => l.afterMs));
        const top = [...b.lines].sort((x, y) => y.price - x.price)[0];
        const claim = rng.pick(CLAIMS);
        out.push({
          type: 'refund.created',
          afterMs: done + rng.int(1, 6) * DAY,
          reason: claim,
          amount:
            claim === 'damaged' && rng.chance(0.4)
              ? Math.round((top?.price ?? b.amount) * 0.5)
              : (top?.price ?? b.amount),
        });
        return out;
      },
    );
  });
}

/** Gmail ignores dots and anything after a plus: one mailbox, many "new" customers. */
function aliasOf(rng: Rng, first: string, last: string, n: number): string {
  const f = ascii(first);
  const l = ascii(last);
  const dotted = [...`${f}${l}`].map((c, i) => (i > 0 && rng.chance(0.25) ? `.${c}` : c)).join('');
  return rng.chance(0.5) ? `${dotted}@gmail.com` : `${f}${l}+${n}${rng.token(2)}@gmail.com`;
}

/**
 * Promo abuse: a reseller opens account after account (dot and plus variants of one Gmail, the same phone and
 * browser, the same address written differently) to use the new-customer code again on premium skincare and
 * brush heads, paying with their own Swish or cards. The store cancels a few it catches.
 */
export function promoAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(3, 6));
    const market: Market = rng.chance(0.85) ? 'SE' : 'FI';
    const farmer = newAccount(rng, market, w.window.start);
    const devices = [farmer.devices[0] ?? fraudDevice(rng), fraudDevice(rng)];
    const net = farmer.home_net;
    const cards = farmer.cards;
    const base = farmer.home;
    for (let i = 0; i < size; i++) {
      const at = placedAt(rng, w.window, { curve: HOUSEHOLD, tz: MARKETS[market].tz });
      const first = rng.chance(0.6) ? farmer.person.first : newAccount(rng, market, at).person.first;
      const email = aliasOf(rng, first, farmer.person.last, i + 1);
      const line1 = (base.line1 ?? '').replace(/ lgh \d+/, '');
      const variant: Address = {
        ...base,
        line1: rng.pick([
          base.line1 ?? line1,
          line1,
          `${line1}${rng.pick(['A', 'B', ''])} lgh ${rng.int(1001, 1504)}`,
          line1.replace('gatan', 'g.'),
        ]),
      };
      const cart = new Cart(market);
      cart.some(
        rng,
        [item('SKN-6009'), item('SKN-6011'), item('SKN-6010'), item('SKN-6013'), item('BTY-7003')],
        rng.int(1, 3),
        () => rng.int(1, 2),
      );
      if (rng.chance(0.5)) cart.add(item('ORL-9001'), rng.int(2, 4));
      if (rng.chance(0.2)) cart.add(item('ORL-9004'));
      const d = deliveryIn(
        rng,
        market,
        [
          ['instabox', 40],
          ['budbee_box', 30],
          ['postnord_service_point', 30],
        ],
        base,
      );
      out.push(
        purchaseOf(
          {
            at,
            kind: 'promo_abuse',
            fraud: true,
            market,
            buyer: {
              id: `K${rng.digits(8)}`,
              email,
              name: `${first} ${farmer.person.last}`,
              createdAt: at - rng.int(2, 20) * MINUTE,
            },
            billing: variant,
            shipping: variant,
            ...d,
            cart,
            code: market === 'SE' ? 'VALKOMMEN15' : 'TERVETULOA15',
            ip: ipOn(rng, rng.chance(0.75) ? net : farmer.mobile_net),
            device: rng.pick(devices),
            locale: farmer.locale,
            phone: rng.chance(0.7) ? farmer.phone : `+467${rng.pick(['0', '3'])}${rng.digits(7)}`,
          },
          (b) => honestPay(rng, { market, country: market, cards, signedIn: false }, b, 0.04),
          (b) =>
            rng.chance(0.15)
              ? [
                  { type: 'order.cancelled', afterMs: rng.int(1, 8) * HOUR, reason: 'promo_abuse' },
                  {
                    type: 'refund.created',
                    afterMs: rng.int(9, 12) * HOUR,
                    reason: 'promo_abuse',
                    amount: b.amount,
                  },
                ]
              : fulfilment(rng, d.delivery, market, dispatchAfter(rng, false)),
        ),
      );
    }
  }
  return out;
}
