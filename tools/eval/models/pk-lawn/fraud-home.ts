import { type Rng } from '../kit/random.js';
import { newcomer, purchaseOf, signedIn, type World } from './build.js';
import { EID, momentIn, RAMADAN_NIGHTS } from './calendar.js';
import { newCard } from './cards.js';
import { addFrom, basketOf, CATALOGUE, pickLines, RANGES } from './catalogue.js';
import { type NetworkName } from './networks.js';
import { accountIn, burnerEmail, deviceOf, person, phoneFor } from './people.js';
import { type Home, metroHome, townHome, vagueAddress } from './places.js';
import {
  cardAttempt,
  DAY,
  deliveryFor,
  fulfil,
  honestPay,
  HOUR,
  isPaid,
  lastOf,
  type LaterEvent,
  type Method,
  MINUTE,
  other,
  type Purchase,
  refusedAtDoor,
  unconfirmed,
} from './purchase.js';

/** Fraud at home: fake COD orders, hijacked wallets, forged transfer screenshots, formals worn and returned. */

const PK_NIGHTS = { profile: 'even' as const, tz: 5, hours: RAMADAN_NIGHTS };

/** A moment up to two days after `t0`, inside the window. */
const soonAfter = (rng: Rng, w: World, t0: number): number =>
  Math.min(w.window.end - 1, t0 + rng.int(0, 48 * 60) * MINUTE);

/**
 * Orders placed to be refused: pranksters, a rival's staff, serial refusers. Several from one phone under
 * different names, throwaway e-mails, landmark addresses in smaller towns, expensive baskets since cash on
 * delivery costs nothing; the call goes unanswered or the parcel is refused, and the label pays both ways.
 */
export function fakeCodOrders(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  for (let g = 0; out.length < n; g++) {
    const r = rng.fork(`c${g}`);
    const size = Math.min(
      n - out.length,
      r.weightedPick([
        [1, 40],
        [2, 25],
        [3, 20],
        [4, 10],
        [5, 5],
      ]),
    );
    const used = deviceOf(r, 'android', r.chance(0.4) ? 'instagram' : 'web');
    const network: NetworkName = r.pick(['pk_mobile_a', 'pk_mobile_b']);
    const phone = r.chance(0.15) ? '+92 300 1234567' : phoneFor(r, 'PK');
    const t0 = momentIn(r, w.window, PK_NIGHTS);
    for (let i = 0; i < size; i++) {
      const at = soonAfter(r, w, t0);
      const home: Home = r.chance(0.6) ? { address: vagueAddress(r), tz: 5, metro: false } : townHome(r);
      const who = newcomer(r, 'PK', at, { home, email: burnerEmail(r, person(r)) });
      const lines = pickLines(r, [...RANGES.launchLawn, ...RANGES.formalUnstitched], r.int(2, 4), 'PKR');
      if (r.chance(0.3)) addFrom(r, lines, RANGES.formal, 'PKR');
      const basket = basketOf(lines, 'PKR', 'courier', 'PK');
      const d = deliveryFor('courier', 'cod', home.address.city, false);
      const later = r.chance(0.45)
        ? unconfirmed(r)
        : refusedAtDoor(
            r,
            d,
            r.pick(['refused_by_customer', 'consignee_not_found', 'wrong_address']),
            r.chance(0.7),
          );
      out.push(
        purchaseOf(r, {
          at,
          kind: 'fake_cod_orders',
          fraud: true,
          who,
          basket,
          storefront: 'pk',
          method: 'cod',
          fulfilment: 'courier',
          attempts: [],
          later,
          used,
          network,
          ...(r.chance(0.5) ? { phone } : {}),
        }),
      );
    }
  }
  return out;
}

/**
 * A victim's JazzCash or Easypaisa wallet taken over by SIM swap or a "you have won a prize" call that gets
 * the OTP: spent within the wallet's limits on pret, formals and accessories sent to the fraudster's address.
 * Sometimes the operator reverses it or files a claim; mostly the victim bears it.
 */
export function walletHijack(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  for (let g = 0; out.length < n; g++) {
    const r = rng.fork(`h${g}`);
    const size = Math.min(n - out.length, r.int(1, 3));
    const used = deviceOf(r, 'android', 'web');
    const network: NetworkName = r.pick(['pk_mobile_a', 'pk_mobile_b']);
    const home = r.chance(0.6) ? townHome(r) : metroHome(r);
    const t0 = momentIn(r, w.window, PK_NIGHTS);
    const wallet: Method = r.chance(0.6) ? 'jazzcash' : 'easypaisa';
    for (let i = 0; i < size; i++) {
      const at = soonAfter(r, w, t0);
      const who = newcomer(r, 'PK', at, { home, register: r.chance(0.4) });
      const lines = pickLines(
        r,
        [...RANGES.pret, CATALOGUE.rawSilk, CATALOGUE.khussa, CATALOGUE.clutch],
        r.int(2, 4),
        'PKR',
      );
      const basket = basketOf(lines, 'PKR', 'courier', 'PK');
      const attempts = r.chance(0.15)
        ? [
            other(wallet, false, r.int(20, 60) * 1000, 'limit_exceeded'),
            other(wallet, true, r.int(60, 300) * 1000),
          ]
        : [other(wallet, true, r.int(15, 60) * 1000)];
      let later: LaterEvent[];
      if (r.chance(0.1))
        later = [{ type: 'order.cancelled', afterMs: r.int(2, 12) * HOUR, reason: 'payment_reversed' }];
      else {
        later = fulfil(r, deliveryFor('courier', wallet, home.address.city, false));
        if (r.chance(0.35))
          later.push({
            type: 'dispute.created',
            afterMs: lastOf(later) + r.int(4, 20) * DAY,
            reason: 'unauthorized',
          });
      }
      out.push(
        purchaseOf(r, {
          at,
          kind: 'wallet_hijack',
          fraud: true,
          who,
          basket,
          storefront: 'pk',
          method: wallet,
          fulfilment: 'courier',
          attempts,
          later,
          used,
          network,
        }),
      );
    }
  }
  return out;
}

/**
 * A big formal order by bank transfer, "paid" with a forged Raast screenshot on WhatsApp: in the rush staff
 * dispatch on the screenshot more often than not; reconciliation finds nothing and writes the order off.
 */
export function fakeTransferProof(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`p${i}`);
    const at = momentIn(r, w.window, { profile: 'pret', tz: 5, hours: RAMADAN_NIGHTS });
    const home = r.chance(0.6) ? metroHome(r) : townHome(r);
    const who = newcomer(r, 'PK', at, { home, register: r.chance(0.5) });
    const lines = pickLines(r, [...RANGES.bridal, ...RANGES.formal], r.int(1, 3), 'PKR');
    const basket = basketOf(lines, 'PKR', 'courier', 'PK');
    const proof = r.int(20, 120) * MINUTE;
    const later: LaterEvent[] = [{ type: 'order.updated', afterMs: proof, status: 'payment_proof_received' }];
    if (r.chance(0.4))
      later.push({
        type: 'order.cancelled',
        afterMs: proof + r.int(20, 50) * HOUR,
        reason: 'transfer_not_received',
      });
    else {
      const shipped = proof + r.int(10, 40) * HOUR;
      const courier = r.pick(['TCS', 'Leopards', 'M&P']);
      later.push(
        { type: 'order.updated', afterMs: shipped, status: 'shipped', courier },
        { type: 'order.updated', afterMs: shipped + r.int(2, 4) * DAY, status: 'delivered', courier },
        { type: 'order.cancelled', afterMs: shipped + r.int(5, 9) * DAY, reason: 'transfer_not_received' },
      );
    }
    return purchaseOf(r, {
      at,
      kind: 'fake_transfer_proof',
      fraud: true,
      who,
      basket,
      storefront: 'pk',
      method: 'bank_transfer',
      fulfilment: 'courier',
      attempts: [],
      later,
      used: deviceOf(r, r.chance(0.7) ? 'android' : 'iphone'),
      network: r.pick(['pk_mobile_a', 'pk_mobile_b', 'pk_home_dsl']),
    });
  });
}

/** Formals bought for Eid and the weddings after it, worn, and sent back "too small" or "not as pictured". */
export function wearAndReturn(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`r${i}`);
    const at = momentIn(r, w.window, { profile: 'pret', tz: 5, hours: RAMADAN_NIGHTS });
    const who = r.chance(0.7)
      ? signedIn(accountIn(r, w.customers, 'PK'))
      : newcomer(r, 'PK', at, { home: metroHome(r), register: true });
    const lines = pickLines(r, [...RANGES.formal, CATALOGUE.pret3, CATALOGUE.angrakha], r.int(1, 2), 'PKR');
    const basket = basketOf(lines, 'PKR', 'courier', 'PK');
    const method = r.weightedPick<Method>([
      ['card', 40],
      ['jazzcash', 20],
      ['cod', 40],
    ]);
    const cards = who.account?.cards.length ? who.account.cards : [newCard(r, 'PK')];
    let attempts = honestPay(r, method, { cards, storefront: 'pk', signedIn: !!who.account }, 0.03);
    if (attempts.length > 0 && !isPaid(attempts))
      attempts = [
        ...attempts,
        method === 'card'
          ? cardAttempt(r, cards[0] ?? newCard(r, 'PK'), 'pk', { ok: true, afterMs: 120_000 })
          : other(method, true, 120_000),
      ];
    const paid = attempts.find((a) => a.ok)?.method ?? method;
    const later = fulfil(r, deliveryFor('courier', paid, who.home.address.city, false));
    const worn = Math.max(lastOf(later) + 2 * DAY, EID - at + r.int(2, 6) * DAY);
    const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
    later.push(
      {
        type: 'order.updated',
        afterMs: worn,
        status: 'return_requested',
        reason: r.pick(['size_issue', 'fabric_defect', 'colour_not_as_pictured']),
      },
      {
        type: 'refund.created',
        afterMs: worn + r.int(3, 7) * DAY,
        reason: 'returned',
        amount: items - basket.discount,
      },
    );
    return purchaseOf(r, {
      at,
      kind: 'wear_and_return',
      fraud: true,
      who,
      basket,
      storefront: 'pk',
      method,
      fulfilment: 'courier',
      attempts,
      later,
      used: who.account ? r.pick(who.account.devices) : deviceOf(r, 'iphone'),
      network: r.pick(['pk_home_dsl', 'pk_fibre', 'pk_mobile_a']),
    });
  });
}
