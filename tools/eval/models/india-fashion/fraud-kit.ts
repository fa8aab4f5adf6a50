import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Card, type Decline } from './cards.js';
import { type Category, priced } from './catalog.js';
import { cardAttempt } from './payments.js';
import { type Buyer, fullName, type Person } from './people.js';
import { type Address, type City, pickCity, type Tier } from './places.js';
import {
  type Attempt,
  DAY,
  type Device,
  HOUR,
  type Later,
  type Method,
  MIN,
  type Purchase,
} from './purchase.js';

/** The fraud kinds, their shares of fraudulent orders, and what the fraud planners share. */

export const FRAUD = {
  cod_fake_orders: 19,
  promo_referral_abuse: 17,
  stolen_foreign_card: 12,
  return_fraud: 10,
  otp_phished_card: 9,
  account_takeover: 9,
  reseller_bulk: 8,
  card_testing: 6,
  friendly_fraud: 6,
  gift_card_cashout: 4,
} as const;

export type FraudKind = keyof typeof FRAUD;

/** Fraudulent orders per kind: the shares of `count`, by largest remainder (deterministic). */
export function allocate(count: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const total = kinds.reduce((s, k) => s + FRAUD[k], 0);
  const exact = kinds.map((k) => [k, (count * FRAUD[k]) / total] as const);
  const out = Object.fromEntries(exact.map(([k, x]) => [k, Math.floor(x)])) as Record<FraudKind, number>;
  let left = count - kinds.reduce((s, k) => s + out[k], 0);
  const byRemainder = [...exact].sort((a, b) => b[1] - Math.floor(b[1]) - (a[1] - Math.floor(a[1])));
  for (const [k] of byRemainder) {
    if (left <= 0) break;
    out[k] += 1;
    left -= 1;
  }
  return out;
}

/** Splits `count` orders into crews of `min`–`max`. */
export function crews(rng: Rng, count: number, min: number, max: number): number[] {
  const out: number[] = [];
  let left = count;
  while (left > 0) {
    const size = Math.min(left, rng.int(min, max));
    out.push(size);
    left -= size;
  }
  return out;
}

export interface FraudDraft {
  kind: FraudKind;
  at: number;
  buyer: Buyer;
  lines: BasketLine<Category>[];
  method: Method;
  attempts: Attempt[];
  later: Later[];
  ip: string;
  device: Device;
  billing: Address;
  shipping?: Address;
  coupon?: { code: string; off: number };
}

export const fraudOrder = (d: FraudDraft): Purchase => ({
  at: d.at,
  fraud: true,
  kind: d.kind,
  basket: priced(d.lines, { cod: d.method === 'cod', ...(d.coupon ? { coupon: d.coupon } : {}) }),
  billing: d.billing,
  attempts: d.attempts,
  later: d.later,
  buyer: d.buyer,
  method: d.method,
  ...(d.shipping ? { shipping: d.shipping } : {}),
  ip: d.ip,
  device: d.device,
});

/**
 * Card after card until one goes through or the fraudster stops: each works with chance `hit`, seconds apart
 * (a script) or a minute or two (by hand). Returns the attempts and the card that paid, if any.
 */
export function cycleCards(
  rng: Rng,
  cards: readonly Card[],
  hit: number,
  declines: ReadonlyArray<readonly [Decline, number]>,
  {
    gapMs = [40_000, 150_000],
    avsMatch = () => true,
  }: { gapMs?: [number, number]; avsMatch?: () => boolean } = {},
): { attempts: Attempt[]; paid?: Card } {
  const attempts: Attempt[] = [];
  for (const card of cards) {
    const ok = rng.chance(hit);
    const afterMs = rng.int(gapMs[0], gapMs[1]);
    attempts.push(
      cardAttempt(card, ok, afterMs, ok ? undefined : rng.weightedPick(declines), { avsMatch: avsMatch() }),
    );
    if (ok) return { attempts, paid: card };
  }
  return { attempts };
}

/** The unpaid order is cancelled by the store a quarter of an hour later. */
export const unpaid = (rng: Rng): Later[] => [
  { type: 'order.cancelled', afterMs: rng.int(15, 35) * MIN, reason: 'payment_failed' },
];

/** What follows a stolen card's charge: the issuer's early warning, then the cardholder's dispute. */
export function chargeback(rng: Rng, card: Card, { warning = 0.6, dispute = 0.85 } = {}): Later[] {
  const out: Later[] = [];
  const warns = card.brand !== 'rupay' && rng.chance(warning);
  if (warns)
    out.push({ type: 'fraud_warning.created', afterMs: rng.float(1.5, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.float(15, 70) * DAY, reason: 'fraudulent' });
  return out;
}

/** The store's review cancels a suspicious paid order before dispatch and refunds it. */
export function reviewCancel(rng: Rng, reason = 'fraud_suspected'): Later[] {
  const afterMs = rng.float(0.5, 10) * HOUR;
  return [
    { type: 'order.cancelled', afterMs, reason },
    { type: 'refund.created', afterMs: afterMs + rng.int(2, 30) * MIN, reason },
  ];
}

/** A throwaway e-mail: random letters and digits at Gmail or a disposable domain. */
export function burnerEmail(rng: Rng, p?: Person): string {
  const domain = rng.weightedPick<string>([
    ['gmail.com', 70],
    ['yopmail.com', 10],
    ['outlook.com', 8],
    ['mailinator.com', 6],
    ['1secmail.com', 6],
  ]);
  const local =
    p && rng.chance(0.6)
      ? `${p.first.toLowerCase()}${rng.digits(rng.int(3, 5))}`
      : `${rng.token(rng.int(6, 9), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}`;
  return `${local}@${domain}`;
}

/** A fresh account opened `minutes` before `at` (or a guest). */
export function freshBuyer(rng: Rng, p: Person, at: number, email: string, guestShare = 0): Buyer {
  if (rng.chance(guestShare)) return { email, name: fullName(p) };
  return {
    id: `u${rng.int(1, 9)}${rng.digits(8)}`,
    email,
    name: fullName(p),
    createdAt: Math.floor(at - rng.float(1, 240) * MIN),
  };
}

/** A drop address: a relative's house, a shop counter, a rented room, in the crew's town. */
export function dropAddress(rng: Rng, city: City): Address {
  const postalCode = `${city.pin}${rng.pick(['0', '1'])}${rng.digits(2)}`;
  const forms = [
    `C/O ${rng.pick(['Ramesh', 'Sonu', 'Pappu', 'Vicky', 'Raju'])}, ${rng.pick(['Mobile Shop', 'Kirana Store', 'Tailor Shop'])}, ${rng.pick(['Main Road', 'Station Road', 'Bazar'])}`,
    `Room ${rng.int(1, 12)}, ${rng.pick(['PG', 'Lodge', 'Rented House'])} near ${rng.pick(['Bus Stand', 'Railway Station', 'ITI College'])}`,
  ];
  if (city.tier === 3)
    forms.push(
      `Village ${rng.pick(['Karmatand', 'Narayanpur', 'Sikri', 'Punhana', 'Kaman'])}, ${rng.pick(['near Panchayat Bhawan', 'near School', 'Ward 3'])}`,
    );
  const line1 = rng.pick(forms);
  return { country: 'IN', postalCode, city: city.name, line1 };
}

/** A town for a crew: tier-2/3 mostly. */
export const crewTown = (rng: Rng, tiers: readonly Tier[] = [2, 3]): City => pickCity(rng, tiers);
