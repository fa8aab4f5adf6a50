import { type Rng } from '../kit/random.js';
import { billingAt, fixedIp, homeIp, mobileIp, phLocale, signedIn, type World } from './build.js';
import { HOUSEHOLD, momentIn, PLAYER, SMALL_HOURS, within } from './calendar.js';
import { newCard } from './cards.js';
import {
  basketOf,
  byEmail,
  gameBetween,
  gameTopUp,
  type Line,
  lineTo,
  mlPlayer,
  mobileOn,
  playerId,
  resaleCode,
  telcoOf,
  topGiftCard,
} from './catalogue.js';
import { fraudAfter, fraudPurchase, hostingIp } from './fraud-kit.js';
import { type Account, androidPhone, emailOf, filipino, pickFrom, throwawayEmail } from './people.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  type LaterEvent,
  MINUTE,
  otherPay,
  otpTime,
  type Purchase,
  walletApproval,
} from './purchase.js';

/**
 * Fraud through accounts: takeovers of aged accounts (phished passwords and SIM swaps, so the OTP is the
 * fraudster's), farms of new accounts milking the first-order code, and players whose parents dispute the diamonds
 * bought on their card.
 */

/**
 * Account takeover: an aged account reached with a phished password or a swapped SIM, on a phone it never used,
 * from Philippine mobile data or a VPN, often in the small hours, spending on codes and gift cards sent to a new
 * inbox or diamonds for another player: with the saved card (its OTP now goes to the fraudster's SIM, or the
 * challenge fails) or the linked GCash. The card's holder disputes; GCash asks for the money back.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const a = pickFrom(rng, w.customers.takeable);
    const at = momentIn(rng, w.window, { tz: 8, curve: rng.chance(0.4) ? SMALL_HOURS : HOUSEHOLD });
    const drop = rng.chance(0.5) ? throwawayEmail(rng) : emailOf(rng, filipino(rng), 'gmail.com');
    const lines: Line[] = rng.chance(0.5)
      ? Array.from({ length: rng.int(1, 3) }, () =>
          lineTo(
            rng.chance(0.5)
              ? resaleCode(rng)
              : topGiftCard(rng.pick(['sm', 'lazada', 'google', 'grab'] as const)),
            drop,
          ),
        )
      : [lineTo(gameTopUp(rng, 'ml', 'big'), mlPlayer(rng), rng.int(1, 2))];
    const basket = basketOf(lines);
    const card = a.cards[0];
    const attempts: Attempt[] = [];
    let paidByCard = false;
    if (card && (a.wallets.length === 0 || rng.chance(0.6))) {
      const r = rng.next();
      if (r < 0.45) {
        attempts.push(
          cardAttempt(rng, card, {
            ok: true,
            afterMs: otpTime(rng),
            entry: 'saved',
            threeDS: 'challenge_passed',
          }),
        );
        paidByCard = true;
      } else if (r < 0.6) {
        attempts.push(
          cardAttempt(rng, card, {
            ok: true,
            afterMs: rng.int(5_000, 20_000),
            entry: 'saved',
            threeDS: 'frictionless',
          }),
        );
        paidByCard = true;
      } else {
        attempts.push(
          cardAttempt(rng, card, {
            ok: false,
            afterMs: otpTime(rng),
            entry: 'saved',
            decline: 'authentication_failed',
          }),
        );
        if (a.wallets.includes('gcash') && rng.chance(0.5))
          attempts.push(
            otherPay(rng, 'gcash', rng.chance(0.7), walletApproval(rng), 'authorization_timeout'),
          );
      }
    } else {
      const wallet = a.wallets[0] ?? 'gcash';
      const ok = rng.chance(0.85);
      attempts.push(otherPay(rng, wallet, ok, walletApproval(rng), 'authorization_timeout'));
    }
    const reversal: LaterEvent[] =
      !paidByCard && rng.chance(0.3)
        ? [{ type: 'refund.created', afterMs: rng.int(2, 10) * DAY, reason: 'unauthorized_transaction' }]
        : [];
    const exit = rng.next();
    return fraudPurchase({
      kind: 'account_takeover',
      at,
      buyer: signedIn(a),
      phone: a.phone,
      ip:
        exit < 0.6
          ? mobileIp(rng, telcoOf(rng))
          : exit < 0.85
            ? hostingIp(rng, ['SG', 'US', 'NL'])
            : fixedIp(rng),
      device: androidPhone(rng, 0.5),
      locale: phLocale(rng),
      basket,
      billing: billingAt(rng, a.home, false),
      attempts,
      later: [...fraudAfter(rng, basket, paidByCard ? 0.35 : 0, paidByCard ? 0.6 : 0), ...reversal],
    });
  });
}

/** How a farm names its accounts: dots in one Gmail address, or a stem with a counter. */
function farmEmail(rng: Rng, stem: string, i: number): string {
  if (rng.chance(0.5) && stem.length > 4) {
    const cut = 1 + ((i * 3 + rng.int(0, 2)) % (stem.length - 2));
    return `${stem.slice(0, cut)}.${stem.slice(cut)}@gmail.com`;
  }
  return `${stem}${String(i + rng.int(1, 9)).padStart(2, '0')}@${rng.chance(0.8) ? 'gmail.com' : 'yahoo.com'}`;
}

/**
 * Promo farms: one phone (the app, the same device id) opening account after account minutes apart, each with a
 * fresh SIM and a fresh GCash or Maya wallet, each spending just over ₱500 on codes that resell (diamonds, Steam,
 * Google Play) with the first-order code. Nothing bounces: the store just pays the discount over and over.
 */
export function promoAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  while (left > 0) {
    const size = Math.min(left, rng.int(4, 10));
    left -= size;
    const device = androidPhone(rng, 1);
    const telco = telcoOf(rng);
    const stem = `${filipino(rng)
      .first.toLowerCase()
      .replace(/[^a-z]/g, '')}${rng.pick(['load', 'ml', 'shop', 'store', ''])}`;
    let t = momentIn(rng, w.window, { tz: 8, curve: PLAYER });
    for (let i = 0; i < size; i++) {
      t = within(w.window, t + rng.int(2, 15) * MINUTE);
      const n = filipino(rng);
      const r = rng.next();
      const email = farmEmail(rng, stem, i);
      const line =
        r < 0.5
          ? lineTo(gameBetween(rng, 'ml', 50_000, 100_000), mlPlayer(rng))
          : r < 0.75
            ? lineTo(gameBetween(rng, 'steam', 50_000, 100_000), email)
            : lineTo(topGiftCard('google'), email);
      const basket = basketOf([line], 10_000, 'PASKO100');
      out.push(
        fraudPurchase({
          kind: 'promo_abuse',
          at: t,
          buyer: { id: `u${rng.digits(9)}`, email, name: n.name, createdAt: t - rng.int(1, 20) * MINUTE },
          phone: mobileOn(rng, telco),
          ip: mobileIp(rng, telco),
          device,
          locale: phLocale(rng),
          basket,
          billing: billingAt(rng, { country: 'PH', city: 'Caloocan', postalCode: '1400', tz: 8 }, false),
          attempts: [
            otherPay(
              rng,
              rng.chance(0.8) ? 'gcash' : 'maya',
              rng.chance(0.95),
              walletApproval(rng),
              'insufficient_balance',
            ),
          ],
          later: fraudAfter(rng, basket, 0, 0),
        }),
      );
    }
  }
  return out;
}

/**
 * Friendly fraud: a player tops up with a parent's card (saved on the account, or typed; the OTP read off the
 * parent's phone), and the parent disputes the charge weeks later as unauthorised, unrecognised or never received.
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const a: Account = pickFrom(rng, w.customers.players);
    const at = momentIn(rng, w.window, { tz: 8, curve: PLAYER, games: true });
    const title = a.player?.title ?? 'ml';
    const to = byEmail(title) ? a.email : (a.player?.id ?? playerId(rng, title));
    const lines = [lineTo(gameTopUp(rng, title, rng.chance(0.4) ? 'big' : 'any'), to)];
    if (rng.chance(0.3)) lines.push(lineTo(gameTopUp(rng, title, 'any'), to));
    const basket = basketOf(lines);
    const saved = a.cards[0];
    const card = saved ?? newCard(rng, 'PH', rng.chance(0.7) ? 'credit' : 'debit');
    const attempts = [
      cardAttempt(rng, card, {
        ok: true,
        afterMs: otpTime(rng),
        entry: saved ? 'saved' : 'typed',
        threeDS: rng.chance(0.85) ? 'challenge_passed' : 'frictionless',
      }),
    ];
    const reason = rng.weightedPick<string>([
      ['fraudulent', 55],
      ['unrecognized', 30],
      ['product_not_received', 15],
    ]);
    return fraudPurchase({
      kind: 'friendly_fraud',
      at,
      buyer: signedIn(a),
      phone: a.phone,
      ip: homeIp(rng, a),
      device: rng.pick(a.devices),
      locale: phLocale(rng),
      basket,
      billing: billingAt(rng, a.home, rng.chance(0.4)),
      attempts,
      later: fraudAfter(rng, basket, 0.08, 1, reason),
    });
  });
}
