import { type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Shipping } from './catalogue.js';
import { type Network, pickNetwork } from './networks.js';
import { plain, type Person } from './people.js';
import { type Where } from './places.js';
import { DAY, HOUR, type LaterEvent, MINUTE } from './purchase.js';

/** What the fraud planners share: throwaway e-mails, the crews' browsers, where they connect from, what follows. */

/** An address made for one job: name and digits, or letters, at a free provider. */
export function throwaway(rng: Rng, p: Person): string {
  const f = plain(p.first);
  const l = plain(p.last);
  return rng.weightedPick<() => string>([
    [() => `${f}${l}${rng.digits(rng.int(3, 5))}@gmail.com`, 30],
    [() => `${f}.${l}.${rng.digits(2)}@outlook.com`, 12],
    [() => `${rng.token(rng.int(8, 11))}@gmail.com`, 14],
    [() => `${f}${rng.digits(4)}@yahoo.com`, 10],
    [() => `${rng.token(7)}${rng.digits(2)}@mail.com`, 8],
    [() => `${f}${l.charAt(0)}${rng.digits(3)}@proton.me`, 8],
    [() => `${l}${f}${rng.digits(2)}@hotmail.com`, 10],
    [() => `${rng.token(6)}.${rng.token(4)}@gmx.com`, 8],
  ])();
}

/** A fresh-looking address for a careful crew: the cardholder's own name at Gmail or Yahoo, a plausible number. */
export function lookalike(rng: Rng, p: Person): string {
  const f = plain(p.first);
  const l = plain(p.last);
  return rng.weightedPick<() => string>([
    [() => `${f}.${l}${rng.int(1, 99)}@gmail.com`, 40],
    [() => `${f}${l}${rng.int(60, 99)}@gmail.com`, 20],
    [() => `${f.charAt(0)}${l}${rng.int(1, 9)}@yahoo.com`, 15],
    [() => `${f}.${l}@icloud.com`, 10],
    [() => `${f}${l}@outlook.com`, 15],
  ])();
}

const SLOPPY_UA = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
];
const HEADLESS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/149.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Safari/537.36',
];

/** An anti-detect or out-of-date browser; the fingerprint script sometimes blocked. */
export function sloppyDevice(rng: Rng): Device {
  const userAgent = rng.pick(SLOPPY_UA);
  return rng.chance(0.75) ? { id: `dv_${rng.token(20)}`, userAgent } : { userAgent };
}

/** A scripted checkout: headless or a plain current Chrome string, mostly without the fingerprint. */
export function botDevice(rng: Rng): Device {
  const userAgent = rng.pick(HEADLESS);
  return rng.chance(0.35) ? { id: `dv_${rng.token(20)}`, userAgent } : { userAgent };
}

/** Where a sloppy crew connects from: a US VPN on a hosting range, abroad, or a residential proxy. */
export function sloppyNetwork(rng: Rng): Network {
  const where = rng.weightedPick<'hosting' | 'abroad' | 'proxy' | 'mobile'>([
    ['hosting', 40],
    ['abroad', 22],
    ['proxy', 28],
    ['mobile', 10],
  ]);
  if (where === 'hosting') return pickNetwork(rng, 'US', 'hosting');
  if (where === 'abroad')
    return pickNetwork(
      rng,
      rng.weightedPick([
        ['NG', 4],
        ['VN', 3],
        ['NL', 2],
        ['DE', 2],
      ]),
      rng.chance(0.5) ? 'mobile' : 'residential',
    );
  if (where === 'mobile') return pickNetwork(rng, 'US', 'mobile');
  return pickNetwork(rng, 'US', 'residential');
}

/** A signed-up-minutes-ago account: id, e-mail, name and when it was opened. */
export const freshAccount = (
  rng: Rng,
  at: number,
  p: Person,
  email: string,
  before = 20 * MINUTE,
): Buyer => ({
  id: `cus_${rng.digits(9)}`,
  email,
  name: p.name,
  createdAt: at - rng.int(60_000, before),
});

export interface FraudAfter {
  /** Chance of an issuer's early fraud warning. */
  warning: number;
  /** Chance of a dispute (reason `fraudulent` unless given). */
  dispute: number;
  disputeReason?: string;
  /** Chance the store refunds after a warning that no dispute followed. */
  refundOnWarning?: number;
  /** A new delivery address asked for before it ships. */
  reroute?: Where;
}

/** What follows a fraudulent order that was paid: delivery as usual, then the cardholder's bank. */
export function fraudAfter(rng: Rng, f: Shipping, o: FraudAfter): LaterEvent[] {
  const out: LaterEvent[] = [];
  let delivered: number;
  if (f === 'email') {
    delivered = rng.int(1, 10) * MINUTE;
    out.push({ type: 'order.updated', afterMs: delivered, status: 'emailed' });
  } else if (f === 'pickup') {
    delivered = rng.int(2, 30) * HOUR;
    out.push({ type: 'order.updated', afterMs: rng.int(1, 2) * HOUR, status: 'ready_for_pickup' });
    out.push({ type: 'order.updated', afterMs: delivered, status: 'picked_up' });
  } else {
    if (o.reroute)
      out.push({
        type: 'order.updated',
        afterMs: rng.int(20, 180) * MINUTE,
        reason: 'address_change',
        shipping: o.reroute,
      });
    const ship = rng.int(f === 'ground' ? 6 : 3, 30) * HOUR;
    delivered =
      ship +
      (f === 'overnight'
        ? rng.int(14, 28) * HOUR
        : f === 'express'
          ? rng.int(36, 54) * HOUR
          : rng.int(2, 5) * DAY);
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: delivered, status: 'delivered' });
  }
  const warned = rng.chance(o.warning);
  const disputed = rng.chance(o.dispute);
  const warnedAt = rng.int(2, 18) * DAY;
  if (warned)
    out.push({
      type: 'fraud_warning.created',
      afterMs: warnedAt,
      reason: rng.chance(0.7) ? 'made_with_stolen_card' : 'unauthorized_use_of_card',
    });
  if (disputed)
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(10, 60) * DAY,
      reason: o.disputeReason ?? 'fraudulent',
    });
  else if (warned && rng.chance(o.refundOnWarning ?? 0))
    out.push({ type: 'refund.created', afterMs: warnedAt + rng.int(3, 40) * HOUR, reason: 'fraudulent' });
  return out;
}
