import { type Address, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline, type HeldCard } from './cards.js';
import { address, homeIp, hostingIp, network } from './networks.js';
import { homeIn, postal, type Country } from './places.js';
import { cardAttempt, type Attempt, firstAuth, type LaterEvent, type ThreeDS } from './purchase.js';
import { type Fulfilment } from './shipping.js';

/** What the fraud planners share: where fraudsters connect from, where goods go, how the stolen money ends. */

export type Origin = 'proxy' | 'hosting' | 'abroad';

/**
 * A fraudster's IP: a residential proxy in the victim's country, a hosting exit, or their own mobile connection
 * in Vietnam, Nigeria, Indonesia or (for Japanese cards) China.
 */
export function fraudIp(rng: Rng, victim: string, weights: readonly [number, number, number]): string {
  const origin = rng.weightedPick<Origin>([
    ['proxy', weights[0]],
    ['hosting', weights[1]],
    ['abroad', weights[2]],
  ]);
  if (origin === 'proxy') return homeIp(rng, victim, 0.25).ip;
  if (origin === 'hosting') return hostingIp(rng, [victim, 'US', 'NL', 'DE', 'SG', 'JP']).ip;
  const own =
    victim === 'JP' ? rng.pick(['cn-fixed', 'vn-mobile']) : rng.pick(['vn-mobile', 'ng-mobile', 'id-mobile']);
  return address(rng, network(own), false);
}

/** Reshipping mules in the US (tax-free Delaware and Oregon, New Jersey near the ports). */
const US_MULES: ReadonlyArray<readonly [string, string]> = [
  ['Wilmington', '198##'],
  ['Newark', '197##'],
  ['Dover', '199##'],
  ['Portland', '972##'],
  ['Beaverton', '970##'],
  ['Elizabeth', '072##'],
  ['Jersey City', '073##'],
];

/** A drop address where a mule takes in parcels: an apartment, often a unit number. */
export function muleAddress(rng: Rng, country: Country): Address {
  if (country === 'US') {
    const [city, pattern] = rng.pick(US_MULES);
    return {
      country,
      postalCode: postal(rng, pattern),
      city,
      line1: `${rng.int(10, 9800)} ${rng.pick(['Market St', 'Kirkwood Hwy', 'SE Division St', 'Broad St', 'Route 1'])} Apt ${rng.int(1, 30)}${rng.pick(['A', 'B', 'C', ''])}`,
    };
  }
  const home = homeIn(rng, country).address;
  return {
    ...home,
    line1:
      country === 'JP'
        ? `${home.line1 ?? ''} ${rng.pick(['ハイツ', 'コーポ', 'レジデンス'])}${rng.int(1, 5)}0${rng.int(1, 9)}号室`
        : `${home.line1 ?? ''}, Flat ${rng.int(1, 40)}`,
  };
}

/** Declines on stolen cards: the issuer already knows, or 3-D Secure stops it. */
export function stolenDecline(rng: Rng, jp: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['authentication_failed', jp ? 40 : 18],
    ['stolen_card', 14],
    ['lost_card', 6],
    ['do_not_honor', 22],
    ['fraudulent', 10],
    ['incorrect_cvc', 6],
    ['card_velocity_exceeded', 6],
  ]);
}

export interface StolenTry {
  cards: readonly HeldCard[];
  yen: number;
  /** The chance each card goes through. */
  pass: number;
  match: 'good' | 'wrong' | 'none';
  /** 3-D Secure of a charge that went through (a phished one-time password, a frictionless pass). */
  passedAs: () => ThreeDS;
  entry?: 'typed' | 'saved';
  /** Why a card is declined, when not the usual reasons for a stolen one. */
  decline?: () => Decline;
}

/** Stolen cards tried one after another until one goes through; the fraudster gives up after the last. */
export function tryStolen(rng: Rng, t: StolenTry): Attempt[] {
  const out: Attempt[] = [];
  t.cards.forEach((card, i) => {
    if (out.some((a) => a.ok)) return;
    const afterMs = i === 0 ? firstAuth(rng) : rng.int(20_000, 4 * MINUTE);
    if (rng.chance(t.pass)) {
      out.push(
        cardAttempt(rng, card, t.yen, {
          entry: t.entry ?? 'typed',
          match: t.match,
          ok: true,
          afterMs,
          threeDS: t.passedAs(),
        }),
      );
      return;
    }
    const decline = t.decline ? t.decline() : stolenDecline(rng, card.country === 'JP');
    out.push(
      cardAttempt(rng, card, t.yen, {
        entry: t.entry ?? 'typed',
        match: t.match,
        ok: false,
        decline,
        afterMs,
      }),
    );
  });
  return out;
}

export interface Ending {
  /** Caught in review or reported before dispatch: cancelled and refunded. */
  caught: number;
  /** An early fraud warning from the issuer after it shipped. */
  warning: number;
  /** A chargeback with reason `fraudulent`. */
  dispute: number;
  prepDays: readonly [number, number];
  fulfilment: Fulfilment;
  /** The reasons the shop gives when it cancels and refunds (`fraud_suspected`, `fraudulent` unless given). */
  cancelReason?: string;
  refundReason?: string;
}

/**
 * How fraud that got paid ends: cancelled and refunded before dispatch, or shipped and delivered, then an early
 * fraud warning (refunded half the time) and a `fraudulent` chargeback weeks later; some never come to light.
 */
export function fraudAfter(rng: Rng, e: Ending, paidAt: number): LaterEvent[] {
  const at = (ms: number) => paidAt + ms;
  if (rng.chance(e.caught)) {
    const when = rng.int(2, 40) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at(when), reason: e.cancelReason ?? 'fraud_suspected' },
      {
        type: 'refund.created',
        afterMs: at(when + rng.int(5, 90) * MINUTE),
        reason: e.refundReason ?? 'fraudulent',
      },
    ];
  }
  const prep = rng.int(e.prepDays[0] * 24, e.prepDays[1] * 24) * HOUR + rng.int(2, 10) * HOUR;
  const out: LaterEvent[] = [];
  if (e.fulfilment === 'pickup')
    out.push({ type: 'order.updated', afterMs: at(prep), status: 'ready_for_pickup' });
  else {
    const transit =
      e.fulfilment === 'yamato'
        ? rng.int(16, 44)
        : e.fulfilment === 'ems'
          ? rng.int(70, 200)
          : rng.int(40, 110);
    out.push({ type: 'order.updated', afterMs: at(prep), status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: at(prep + transit * HOUR), status: 'delivered' });
  }
  if (rng.chance(e.warning)) {
    const warned = rng.int(2, 18) * DAY;
    out.push({ type: 'fraud_warning.created', afterMs: at(warned), reason: 'fraudulent' });
    // Half the time the shop refunds on the warning, and the holder has nothing left to dispute.
    if (rng.chance(0.5)) {
      out.push({ type: 'refund.created', afterMs: at(warned + rng.int(2, 72) * HOUR), reason: 'fraudulent' });
      return out;
    }
  }
  if (rng.chance(e.dispute))
    out.push({ type: 'dispute.created', afterMs: at(rng.int(18, 75) * DAY), reason: 'fraudulent' });
  return out;
}
