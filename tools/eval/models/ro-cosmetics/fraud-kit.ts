import { type Buyer, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline } from './cards.js';
import { type LaterEvent } from './purchase.js';

/** What the fraud planners share: throw-away identities, the tools' browsers, and how stolen money comes back. */

export { DAY, HOUR, MINUTE };

const JUNK_FIRST = ['Ion', 'Maria', 'Ana', 'Test', 'Gigel', 'Vasile', 'Elena', 'Andreea', 'Cristi', 'Ionela'];
const JUNK_LAST = ['Ion', 'Popescu', 'Test', 'Ionescu', 'Marin', 'Pop', 'Georgescu', 'Vasilescu', 'Dumitru'];

/** A made-up name and a throw-away address, for an order nobody means to take. */
export function fakeIdentity(rng: Rng): { name: string; email: string } {
  const first = rng.pick(JUNK_FIRST);
  const last = rng.chance(0.25) ? first : rng.pick(JUNK_LAST);
  const email = rng.chance(0.5)
    ? `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz0123456789')}@${rng.pick(['yahoo.com', 'gmail.com'])}`
    : `${first.toLowerCase()}${last.toLowerCase()}${rng.int(1, 9999)}@${rng.pick(['yahoo.com', 'gmail.com', 'outlook.com'])}`;
  return { name: `${first} ${last}`, email };
}

/** A fraudster's e-mail: a fresh Gmail or Outlook box, or a disposable one. */
export const burnerEmail = (rng: Rng, name: string): string => {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return rng.chance(0.2)
    ? `${rng.token(10)}@${rng.pick(['mailinator.com', 'tempmail.plus', 'guerrillamail.com'])}`
    : `${local}${rng.int(100, 9999)}@${rng.pick(['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com'])}`;
};

export const guest = (name: string, email: string): Buyer => ({ name, email });

/** An anti-detect browser: a plain Windows Chrome whose fingerprint is new for each session. */
export function antiDetect(rng: Rng): Device {
  return {
    id: `dev_${rng.token(20)}`,
    userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(124, 131)}.0.0.0 Safari/537.36`,
  };
}

/** A card-testing script's headless browser; the fingerprint script rarely runs in it. */
export function headless(rng: Rng): Device {
  const userAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${rng.int(120, 131)}.0.0.0 Safari/537.36`;
  return rng.chance(0.3) ? { id: `dev_${rng.token(20)}`, userAgent } : { userAgent };
}

/** Why a stolen card is refused. */
export const stolenDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['stolen_card', 20],
    ['authentication_failed', 30],
    ['do_not_honor', 25],
    ['insufficient_funds', 15],
    ['lost_card', 10],
  ]);

/** A tested card's answer. */
export const testDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['invalid_number', 25],
    ['incorrect_cvc', 25],
    ['expired_card', 15],
    ['do_not_honor', 20],
    ['insufficient_funds', 10],
    ['authentication_failed', 5],
  ]);

/**
 * A stolen card's consequences once goods left: shipped and delivered, then the issuer's early warning, and
 * the holder's dispute weeks later (some still to come after the season).
 */
export function stolenAfter(rng: Rng, digital: boolean): LaterEvent[] {
  const ship = digital ? rng.int(1, 4) * MINUTE : rng.int(6, 30) * HOUR;
  const out: LaterEvent[] = [{ type: 'order.updated', afterMs: ship, status: digital ? 'sent' : 'shipped' }];
  if (!digital)
    out.push({ type: 'order.updated', afterMs: ship + rng.int(14, 50) * HOUR, status: 'delivered' });
  if (rng.chance(0.45))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(0.7))
    out.push({ type: 'dispute.created', afterMs: rng.int(12, 50) * DAY, reason: 'fraudulent' });
  return out;
}

/** The store catching it first: cancelled before dispatch (the payment refunded with it). */
export const caught = (rng: Rng): LaterEvent[] => [
  { type: 'order.cancelled', afterMs: rng.int(1, 8) * HOUR, reason: 'suspected_fraud' },
];
