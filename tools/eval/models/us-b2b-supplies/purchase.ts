import { type CheckResult } from '@vigil/contracts';
import {
  type Buyer,
  type CardAttempt,
  type Device,
  type Later,
  MINUTE,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Card, type Decline } from './cards.js';
import { type Basket } from './catalog.js';
import { type Address, type Market } from './places.js';

/** One planned purchase, before events.ts renders it, and the device and payment helpers the planners share. */

export { type Buyer, DAY, type Device, HOUR, type Later, MINUTE, type Window } from '../kit/purchase.js';

export interface Attempt extends CardAttempt {
  decline?: Decline;
}

/** Card at checkout, or the company's net-30 terms against a purchase order (no card, no payment event yet). */
export type Method = 'card' | 'invoice';

export interface Purchase extends PurchaseCore<Basket, Attempt, Later> {
  market: Market;
  buyer: Buyer;
  /** The company account the buyer orders under. */
  account?: string;
  /** The buyer's purchase-order number. */
  po?: string;
  method: Method;
  shipping: Address;
  ip: string;
  device: Device;
}

const chrome = (rng: Rng) => `${rng.int(138, 143)}.0.${rng.int(7000, 7499)}.${rng.int(40, 199)}`;

/** A desktop browser: offices run Chrome and Edge on Windows, some Macs. */
export function desktop(rng: Rng, idShare = 0.88): Device {
  const v = chrome(rng);
  const userAgent = rng.weightedPick<string>([
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36`,
      52,
    ],
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36 Edg/${v}`,
      28,
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
      12,
    ],
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${rng.int(140, 143)}.0) Gecko/20100101 Firefox/${rng.int(140, 143)}.0`,
      8,
    ],
  ]);
  return { userAgent, ...(rng.chance(idShare) ? { id: `dv_${rng.token(22)}` } : {}) };
}

/** A phone's browser (the store has no app): site supers and owners ordering from the truck. */
export function phone(rng: Rng, idShare = 0.8): Device {
  const userAgent = rng.chance(0.55)
    ? `Mozilla/5.0 (iPhone; CPU iPhone OS 18_${rng.int(3, 6)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.${rng.int(3, 6)} Mobile/15E148 Safari/604.1`
    : `Mozilla/5.0 (Linux; Android ${rng.int(13, 16)}; ${rng.pick(['SM-S931U', 'SM-A166U', 'Pixel 9', 'moto g 5G - 2025', 'SM-S938W'])}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome(rng)} Mobile Safari/537.36`;
  return { userAgent, ...(rng.chance(idShare) ? { id: `dv_${rng.token(22)}` } : {}) };
}

/** A device of its own for a person: mostly a work computer, sometimes a phone. */
export const ownDevice = (rng: Rng, phoneShare = 0.15): Device =>
  rng.chance(phoneShare) ? phone(rng) : desktop(rng);

export const userId = (rng: Rng): string => `u${rng.digits(7)}`;

/** A purchase-order number in one of the formats buyers' systems produce. */
export function poNumber(rng: Rng): string {
  return rng.weightedPick<string>([
    [`PO-${rng.int(24, 26)}${rng.digits(4)}`, 35],
    [`45${rng.digits(8)}`, 20],
    [`${rng.pick(['SCH', 'FAC', 'MNT', 'OPS'])}-${rng.digits(5)}`, 20],
    [`${rng.digits(6)}`, 15],
    [`${rng.pick(['JOB', 'PRJ'])}${rng.digits(4)}-${rng.int(1, 40)}`, 10],
  ]);
}

/** A card authorisation. */
export const charge = (
  card: Card,
  ok: boolean,
  afterMs: number,
  avs: CheckResult,
  cvc: CheckResult,
  decline?: Decline,
): Attempt => ({ card, ok, avs, cvc, afterMs, ...(!ok && decline ? { decline } : {}) });

/** Time from placing the order to the first authorisation: a few seconds. */
export const firstAuth = (rng: Rng): number => rng.int(2_000, 9_000);

/** Time before a retry with another card or corrected details. */
export const retry = (rng: Rng): number => rng.int(25_000, 6 * MINUTE);
