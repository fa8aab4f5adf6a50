import { type Address, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline, fraudDecline, type HeldCard, type Match, newCard, sameBin } from './cards.js';
import { fraudDevice, newDevice } from './devices.js';
import { HOSTING, homeNetwork, ipIn, mobileNetwork, type Network } from './networks.js';
import { LAGOS_DROPS } from './places.js';
import { type Attempt, cardAttempt, deliverySteps, type LaterEvent, type ThreeDS } from './purchase.js';
import { type Fulfilment } from './catalogue.js';

/**
 * What the fraud kinds share: rings (a few drop addresses, devices and a way of hiding their IP, working a
 * batch of stolen cards from a few issuers), the attempts a stolen card sees, and how stores learn of it: the
 * issuer's early fraud warning days later, the cardholder's dispute weeks later, a refund the store makes on
 * the warning, or nothing at all.
 */

export type IpMode = 'ng_mobile' | 'proxy' | 'hosting';

export interface Ring {
  drops: Address[];
  devices: Device[];
  mode: IpMode;
  /** The ring's card batch: a few BINs of one country. */
  cards: HeldCard[];
  country: string;
  /** Exit networks it keeps using. */
  exits: Network[];
}

export const lagosDrop = (line1: string): Address => ({ country: 'NG', city: 'Lagos', line1 });

export function newRing(rng: Rng, country: string, drops: readonly Address[]): Ring {
  const mode = rng.weightedPick<IpMode>([
    ['ng_mobile', 45],
    ['proxy', 35],
    ['hosting', 20],
  ]);
  const exits: Network[] =
    mode === 'ng_mobile'
      ? [mobileNetwork(rng, 'NG'), mobileNetwork(rng, 'NG')]
      : mode === 'proxy'
        ? [homeNetwork(rng, country), homeNetwork(rng, country), mobileNetwork(rng, country)]
        : [rng.pick(HOSTING), rng.pick(HOSTING)];
  return {
    drops: rng.shuffle(drops).slice(0, rng.int(2, 3)),
    devices: Array.from({ length: rng.int(1, 3) }, () =>
      rng.chance(0.7) ? newDevice(rng, 'nigeria') : fraudDevice(rng, false),
    ),
    mode,
    cards: Array.from({ length: rng.int(2, 4) }, () =>
      newCard(rng, country, rng.chance(0.8) ? 'credit' : undefined),
    ),
    country,
    exits,
  };
}

export const lagosDrops = (): Address[] => LAGOS_DROPS.map(lagosDrop);

/** A session of the ring: one of its devices (now and then a fresh one) and an exit address. */
export function ringSession(rng: Rng, r: Ring): { ip: string; device: Device } {
  const device = rng.chance(0.3) ? newDevice(rng, 'nigeria') : rng.pick(r.devices);
  return { ip: ipIn(rng, rng.pick(r.exits)), device };
}

/** A stolen card from the ring's batch: a card of one of its BINs. */
export const stolenCard = (rng: Rng, r: Ring): HeldCard => sameBin(rng, rng.pick(r.cards));

/** How often a stolen card's last try goes through: UK cards meet strong authentication they cannot pass. */
const GETS_THROUGH: Record<string, number> = { US: 0.75, CA: 0.7, GB: 0.45, NG: 0.6 };

/**
 * A stolen card's tries: one, or a few cards of the batch a minute or two apart, the last through or not;
 * UK issuers challenge and the fraudster fails the challenge.
 */
export function stolenAttempts(rng: Rng, r: Ring, match: Match, through?: number): Attempt[] {
  const tries = rng.chance(0.45) ? rng.int(2, 4) : 1;
  const ok = rng.chance(through ?? GETS_THROUGH[r.country] ?? 0.6);
  const out: Attempt[] = [];
  for (let i = 0; i < tries; i++) {
    const card = stolenCard(rng, r);
    const last = i === tries - 1;
    const good = last && ok;
    const decline: Decline =
      card.country === 'GB' && rng.chance(0.5) ? 'authentication_failed' : fraudDecline(rng, card.country);
    const threeDS: ThreeDS | undefined = good && card.country === 'GB' ? 'frictionless' : undefined;
    out.push(
      cardAttempt(rng, card, {
        ok: good,
        afterMs: i === 0 ? rng.int(15_000, 90_000) : rng.int(20_000, 150_000),
        match,
        ...(good ? {} : { decline }),
        ...(threeDS ? { threeDS } : {}),
      }),
    );
  }
  return out;
}

/**
 * How a stolen card's order is found out: the issuer's early warning in days for some, the cardholder's
 * `fraudulent` dispute in weeks for most, the store refunding on a warning rather than waiting, and a share
 * never reported to anyone.
 */
export function stolenLabels(rng: Rng): LaterEvent[] {
  const out: LaterEvent[] = [];
  const warned = rng.chance(0.35);
  if (warned) out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 9) * DAY, reason: 'fraudulent' });
  const disputed = rng.chance(warned ? 0.55 : 0.72);
  if (disputed)
    out.push({
      type: 'dispute.created',
      afterMs: rng.int(12, 60) * DAY + rng.int(0, DAY),
      reason: 'fraudulent',
    });
  else if (warned && rng.chance(0.6))
    out.push({ type: 'refund.created', afterMs: rng.int(10, 12) * DAY, reason: 'fraudulent' });
  return out;
}

/** The goods go out fast (a rider collects the same day), then whatever labels follow. */
export function shippedThenLabelled(
  rng: Rng,
  f: Fulfilment,
  to: Address | undefined,
  at: number,
): LaterEvent[] {
  return [...deliverySteps(rng, f, to, at), ...stolenLabels(rng)];
}

/** A released basket after a run of failed tries, 20–60 minutes later. */
export function releasedAfter(rng: Rng, attempts: readonly Attempt[]): LaterEvent {
  const took = attempts.reduce((s, a) => s + Math.max(1000, Math.floor(a.afterMs)), 0);
  return { type: 'order.cancelled', afterMs: took + rng.int(20, 60) * MINUTE, reason: 'payment_failed' };
}

/** Hours, as ms. */
export const hours = (rng: Rng, lo: number, hi: number): number => Math.floor(rng.float(lo, hi) * HOUR);
