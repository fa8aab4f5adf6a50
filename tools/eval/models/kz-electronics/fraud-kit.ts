import { type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Delivery } from './catalogue.js';
import { type Network, NETWORKS } from './networks.js';
import { type Gadget, newDevice } from './people.js';
import {
  type Attempt,
  DAY,
  fulfilment,
  HOUR,
  type LaterEvent,
  MINUTE,
  paid,
  unpaidRelease,
} from './purchase.js';

/** What the fraud planners share: runs in time, the tools fraudsters reuse, and what follows a fraud. */

/** `n` moments starting at `first`, each `gap()` ms after the one before, kept inside the window. */
export function run(w: Window, first: number, n: number, gap: () => number): number[] {
  const gaps = Array.from({ length: Math.max(0, n - 1) }, gap);
  const span = gaps.reduce((s, g) => s + g, 0);
  let t = Math.max(w.start, Math.min(first, w.end - 1 - span));
  const out = [Math.floor(t)];
  for (const g of gaps) out.push(Math.floor((t += g)));
  return out.map((x) => Math.min(w.end - 1, Math.max(w.start, x)));
}

/** Sizes of runs that add up to `n`, each between `min` and `max` (the last may be smaller). */
export function runSizes(rng: Rng, n: number, min: number, max: number): number[] {
  const out: number[] = [];
  let left = n;
  while (left > 0) {
    const k = Math.min(left, rng.int(min, max));
    out.push(k);
    left -= k;
  }
  return out;
}

/** An Android emulator or a cheap phone a ring keeps reusing with the store's app. */
export function ringPhone(rng: Rng): Gadget {
  if (rng.chance(0.45)) {
    const version = `6.${rng.int(9, 12)}.${rng.int(0, 4)}`;
    return {
      kind: 'app',
      ios: false,
      userAgent: `ShanyraqApp/${version} (Android ${rng.pick(['11', '12', '13'])}; ${rng.pick(['sdk_gphone64_x86_64', 'SM-G998B', 'Pixel 4 XL', 'ASUS_Z01QD'])})`,
      id: `a-${rng.token(8)}-${rng.token(4)}-${rng.token(12)}`,
    };
  }
  return newDevice(rng, rng.chance(0.6) ? 'app' : 'mobile_web', 0.1);
}

/** A scripted browser: headless or a stock desktop string, the fingerprint script mostly blocked. */
export function scriptedBrowser(rng: Rng): Gadget {
  const v = `${rng.int(124, 141)}.0.${rng.int(6300, 7300)}.${rng.int(40, 200)}`;
  const ua = rng.chance(0.35)
    ? `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${v} Safari/537.36`
    : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36`;
  return {
    kind: 'desktop',
    ios: false,
    userAgent: ua,
    ...(rng.chance(0.3) ? { id: `fp_${rng.token(20)}` } : {}),
  };
}

/** Hosting and VPN exits fraudsters connect through. */
export const EXITS: ReadonlyArray<readonly [Network, number]> = [
  [NETWORKS.nlHosting, 35],
  [NETWORKS.deHosting, 30],
  [NETWORKS.usHosting, 25],
  [NETWORKS.kzHosting, 10],
];

export interface Aftermath {
  /** Stopped by the store's manual review before dispatch (the payment is refunded). */
  review?: number;
  reviewReason?: string;
  /** Chance of the issuer's early fraud warning, and its delay in days. */
  warning?: number;
  warningDays?: readonly [number, number];
  warningReason?: string;
  /** Chance of a dispute, its delay in days and reason. */
  dispute?: number;
  disputeDays?: readonly [number, number];
  disputeReason?: string;
  busy?: boolean;
}

/**
 * What follows a fraudulent checkout: the release of an unpaid order; or the store's review cancelling it; or
 * delivery, then the issuer's early warning and the cardholder's (or lender's) dispute weeks later.
 */
export function fraudLater(
  rng: Rng,
  p: { delivery: Delivery; attempts: readonly Attempt[] },
  a: Aftermath,
): LaterEvent[] {
  if (!paid(p)) return unpaidRelease(rng, p.attempts);
  if (rng.chance(a.review ?? 0))
    return [
      {
        type: 'order.cancelled',
        afterMs: rng.int(30 * MINUTE, 6 * HOUR),
        reason: a.reviewReason ?? 'fraud_review',
      },
    ];
  const { steps, done } = fulfilment(rng, p.delivery, { ...(a.busy ? { busy: true } : {}) });
  const [w0, w1] = a.warningDays ?? [3, 20];
  const [d0, d1] = a.disputeDays ?? [20, 70];
  if (rng.chance(a.warning ?? 0))
    steps.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(w0, w1) * DAY + rng.int(0, 23) * HOUR,
      reason: a.warningReason ?? 'fraudulent',
    });
  if (rng.chance(a.dispute ?? 0))
    steps.push({
      type: 'dispute.created',
      afterMs: Math.max(done, rng.int(d0, d1) * DAY + rng.int(0, 23) * HOUR),
      reason: a.disputeReason ?? 'fraudulent',
    });
  return steps;
}
