import { DAY, HOUR, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline, type HeldCard, newCard, stolenDecline } from './cards.js';
import { ipIn } from './networks.js';
import { deviceOf, localPart, personIn } from './people.js';
import { type Attempt, cardAttempt, type LaterEvent, retryGap, type ThreeDS } from './purchase.js';
import { placeInCountry } from './places.js';
import { newcomer, type Who } from './shop.js';

/**
 * What fraud crews share: the Australian home and mobile connections residential-proxy services resell, the
 * browsers they run (current-looking for careful crews, stale or spoofed for sloppy ones), throw-away mail,
 * stolen "fullz" (name, address and card of a real Australian), and how stolen cards fare at the checkout.
 */

/** An Australian household or phone connection rented through a residential proxy. */
export function residentialProxy(rng: Rng): string {
  return ipIn(
    rng,
    rng.weightedPick([
      ['au-telstra-nbn', 30],
      ['au-tpg-nbn', 22],
      ['au-optus-nbn', 14],
      ['au-challenger-nbn', 8],
      ['au-telstra-mobile', 12],
      ['au-optus-mobile', 8],
      ['au-vodafone-mobile', 6],
    ]),
    0.15,
  );
}

/** Where a sloppy crew connects from: its own country, or a cloud server. */
export function sloppyExit(rng: Rng): string {
  return ipIn(
    rng,
    rng.weightedPick([
      ['vn-broadband', 18],
      ['vn-mobile', 12],
      ['ng-mobile', 15],
      ['au-cloud', 25],
      ['us-cloud', 18],
      ['sg-cloud', 12],
    ]),
    0.1,
  );
}

/** A stale Chrome on Windows, the way an old anti-detect profile or a script reports itself. */
export function staleBrowser(rng: Rng, withId = rng.chance(0.7)): Device {
  const v = rng.int(112, 131);
  const userAgent = rng.chance(0.15)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${v}.0.0.0 Safari/537.36`
    : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`;
  return withId ? { userAgent, id: `d_${rng.token(22)}` } : { userAgent };
}

/** A careful crew's browser: a current iPhone or Windows Chrome; the fingerprint spoofed fresh now and then. */
export function carefulBrowser(rng: Rng): Device {
  return deviceOf(rng, rng.chance(0.6) ? 'iphone' : 'windows', undefined, 0.8);
}

/** Mail for one order or one account, from a throw-away or free provider. */
export function dropEmail(rng: Rng, first: string, last: string, careful: boolean): string {
  if (careful)
    return `${localPart(rng, { first, last, name: '' })}${rng.int(1, 999)}@${rng.weightedPick([
      ['gmail.com', 70],
      ['outlook.com', 20],
      ['hotmail.com', 10],
    ])}`;
  return `${rng.token(rng.int(7, 12), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(0, 4))}@${rng.weightedPick(
    [
      ['gmail.com', 30],
      ['outlook.com', 20],
      ['proton.me', 15],
      ['mail.com', 10],
      ['gmx.com', 10],
      ['yopmail.com', 8],
      ['guerrillamail.com', 7],
    ],
  )}`;
}

/** A stolen identity: a real person's name, home address and card (phished or bought as "fullz"). */
export function fullz(rng: Rng, country: 'AU' | 'US' | 'GB' = 'AU'): Who & { card: HeldCard } {
  const who = newcomer(
    rng,
    country === 'US' ? 'US' : 'AU',
    country === 'GB' ? placeInCountry(rng, 'GB') : undefined,
  );
  const card = newCard(rng, country, rng.chance(0.55) ? 'credit' : 'debit');
  return { ...who, cards: [card], card };
}

export const randomName = (rng: Rng) => personIn(rng, 'AU', rng.chance(0.3));

export interface StolenTry {
  /** Chance each card goes through. */
  success: number;
  /** Cards to try at most. */
  cards: HeldCard[];
  /** The CVC is known (fullz) or guessed. */
  cvcKnown: boolean;
  /** The billing address matches the issuer's (for AVS where it is asked). */
  addressKnown: boolean;
}

/** 3-D Secure on a stolen card the shop challenged: some issuers wave it through, most challenges fail. */
function stolenThreeDS(rng: Rng, amount: number, ok: boolean): ThreeDS {
  if (amount < 25000) return 'not_requested';
  if (!ok) return rng.chance(0.6) ? 'challenge_failed' : 'not_requested';
  return rng.weightedPick<ThreeDS>([
    ['frictionless', 70],
    ['attempted', 30],
  ]);
}

/**
 * Card after card until one goes through or the list runs out: declines as the issuers give them (failed
 * 3-D Secure challenges above A$250), retries a few seconds to minutes apart.
 */
export function stolenAttempts(
  rng: Rng,
  amount: number,
  t: StolenTry,
  gap: () => number = () => retryGap(rng),
): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of t.cards.entries()) {
    const ok = rng.chance(t.success);
    const threeDS = stolenThreeDS(rng, amount, ok);
    const decline: Decline | undefined = ok
      ? undefined
      : threeDS === 'challenge_failed'
        ? 'authentication_failed'
        : !t.cvcKnown && rng.chance(0.4)
          ? 'incorrect_cvc'
          : stolenDecline(rng);
    out.push(
      cardAttempt(rng, card, amount, {
        entry: 'typed',
        match: t.addressKnown ? 'good' : 'bad',
        ok,
        afterMs: i === 0 ? rng.int(20_000, 90_000) : gap(),
        threeDS,
        ...(decline ? { decline } : {}),
      }),
    );
    if (ok) break;
  }
  return out;
}

export interface Chargebacks {
  /** Issuer fraud warning (TC40 / SAFE) share and delay in days. */
  warning: number;
  /** Cardholder dispute share (reason `fraudulent`). */
  dispute: number;
  /** The shop's own review cancels and refunds before dispatch. */
  caught?: number;
}

/** What follows a stolen-card sale: maybe the shop's review catches it, else warnings and chargebacks. */
export function chargebacks(rng: Rng, c: Chargebacks, fulfilled: LaterEvent[]): LaterEvent[] {
  if (c.caught && rng.chance(c.caught))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 10) * HOUR, reason: 'fraud_review' },
      { type: 'refund.created', afterMs: rng.int(10, 12) * HOUR, reason: 'fraudulent' },
    ];
  const out = [...fulfilled];
  if (rng.chance(c.warning))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(1, 12) * DAY + rng.int(0, 23) * HOUR,
      reason: rng.weightedPick([
        ['unauthorized_use_of_card', 55],
        ['made_with_stolen_card', 25],
        ['card_never_received', 5],
        ['misc', 15],
      ]),
    });
  if (rng.chance(c.dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(14, 60) * DAY, reason: 'fraudulent' });
  return out;
}
