import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Attempt, type Card, type Later, type Method, type Wallet } from './purchase.js';

/**
 * How payments settle. Cards answer in seconds (with 1–12 installments, "parcelado sem juros"); Pix is paid
 * from the bank app a minute or two after the QR code is shown and expires after 30 minutes; a boleto is paid
 * at a bank, lottery outlet or app one to three days later and cancelled unpaid after three business days;
 * wallets answer in seconds.
 */

/** Pix and boleto expire: the store cancels the order after this long. */
export const PIX_EXPIRY = 30 * MINUTE;
export const BOLETO_EXPIRY = 4 * DAY;

export const DECLINES = {
  funds: 'insufficient_funds',
  honor: 'do_not_honor',
  cvc: 'incorrect_cvc',
  expired: 'expired_card',
  blocked: 'card_blocked_for_online',
  fraud: 'suspected_fraud',
  invalid: 'invalid_card_number',
} as const;

/** Installments a shopper picks: none for small tickets, mostly the longest free plan for big ones. */
export function installments(rng: Rng, amount: number): number {
  const most = Math.max(1, Math.min(12, Math.floor(amount / 10_000)));
  if (most === 1) return 1;
  if (rng.chance(0.2)) return 1;
  if (rng.chance(0.55)) return most === 12 ? rng.pick([10, 12]) : most;
  return rng.int(2, most);
}

const checkOf = (card: Card) => (card.country === 'BR' ? 'unavailable' : 'pass');

export function cardAttempt(
  rng: Rng,
  card: Card,
  amount: number,
  opts: { ok: boolean; decline?: string; cvc?: 'pass' | 'fail'; afterMs?: number; parcelas?: number },
): Attempt {
  const cvc = opts.cvc ?? (opts.decline === DECLINES.cvc ? 'fail' : 'pass');
  return {
    method: 'credit_card',
    card,
    ok: opts.ok,
    avs: checkOf(card),
    cvc,
    installments: opts.parcelas ?? installments(rng, amount),
    afterMs: opts.afterMs ?? Math.round(rng.logNormal(4000, 0.5)),
    ...(opts.ok ? {} : { decline: opts.decline ?? DECLINES.honor }),
  };
}

/** A Pix QR code paid from the bank app. */
export const pixPaid = (rng: Rng): Attempt => ({
  method: 'pix',
  ok: true,
  avs: 'unchecked',
  cvc: 'unchecked',
  afterMs: Math.min(PIX_EXPIRY - MINUTE, Math.max(15_000, Math.round(rng.logNormal(100_000, 0.8)))),
});

/** A boleto paid at a bank or in an app, confirmed on the next clearing runs. */
export const boletoPaid = (rng: Rng): Attempt => ({
  method: 'boleto',
  ok: true,
  avs: 'unchecked',
  cvc: 'unchecked',
  afterMs: Math.round(rng.float(0.5, 3) * DAY),
});

export const walletAttempt = (rng: Rng, wallet: Wallet, ok = true, decline?: string): Attempt => ({
  method: 'wallet',
  wallet,
  ok,
  avs: 'unchecked',
  cvc: 'unchecked',
  afterMs: Math.round(rng.logNormal(6000, 0.5)),
  ...(ok ? {} : { decline: decline ?? 'wallet_balance_insufficient' }),
});

/** Left unpaid: the store cancels when the Pix code or boleto expires. */
export function expiry(rng: Rng, method: Method): Later {
  return method === 'pix'
    ? { type: 'order.cancelled', afterMs: PIX_EXPIRY + rng.int(0, 5) * MINUTE, reason: 'pix_expired' }
    : { type: 'order.cancelled', afterMs: BOLETO_EXPIRY + rng.int(0, 12) * HOUR, reason: 'boleto_unpaid' };
}

/** What an honest shopper pays with: cards, then Pix, wallets, boletos (more for small and Nordeste baskets). */
export function choose(rng: Rng, amount: number, opts: { wallet?: Wallet; nordeste?: boolean }): Method {
  return rng.weighted<Method>({
    credit_card: amount > 150_000 ? 55 : 40,
    pix: amount < 50_000 ? 42 : 30,
    boleto: opts.nordeste ? 10 : 5,
    wallet: opts.wallet ? 22 : 0,
  });
}

/**
 * An honest payment by `method`: cards sometimes fail once (limit, a blocked online purchase, a mistyped CVC)
 * and succeed on the same or the next card; a few Pix codes and boletos are never paid.
 */
export function honestPayment(
  rng: Rng,
  method: Method,
  amount: number,
  cards: readonly Card[],
  wallet?: Wallet,
): { attempts: Attempt[]; later: Later[] } {
  if (method === 'pix')
    return rng.chance(0.06)
      ? { attempts: [], later: [expiry(rng, 'pix')] }
      : { attempts: [pixPaid(rng)], later: [] };
  if (method === 'boleto')
    return rng.chance(0.25)
      ? { attempts: [], later: [expiry(rng, 'boleto')] }
      : { attempts: [boletoPaid(rng)], later: [] };
  if (method === 'wallet' && wallet) return { attempts: [walletAttempt(rng, wallet)], later: [] };
  const card = cards[0];
  if (!card) return { attempts: [pixPaid(rng)], later: [] };
  const parcelas = installments(rng, amount);
  if (!rng.chance(0.07))
    return { attempts: [cardAttempt(rng, card, amount, { ok: true, parcelas })], later: [] };
  const decline = rng.pick([DECLINES.funds, DECLINES.blocked, DECLINES.cvc, DECLINES.honor]);
  const failed = cardAttempt(rng, card, amount, { ok: false, decline, parcelas });
  const afterMs = rng.int(20_000, 180_000);
  const other = cards[1];
  if (decline === DECLINES.cvc || decline === DECLINES.blocked)
    return { attempts: [failed, cardAttempt(rng, card, amount, { ok: true, afterMs, parcelas })], later: [] };
  if (other)
    return {
      attempts: [failed, cardAttempt(rng, other, amount, { ok: true, afterMs, parcelas })],
      later: [],
    };
  return { attempts: [failed, { ...pixPaid(rng), afterMs: afterMs + rng.int(30_000, 240_000) }], later: [] };
}
