import { MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, cardLines, type Delivery, resaleLines } from './basket.js';
import { localeOf, purchaseOf, sourceAt, type World } from './build.js';
import { drawTime, SAST } from './calendar.js';
import { CATALOGUE, lineIn } from './catalogue.js';
import { cardOfBin, challenges, type Decline, type HeldCard, newCard, type ThreeDS } from './cards.js';
import { aftermath, dropOf, type Ring, ringDevice } from './fraud-kit.js';
import { type Network, networksOf } from './networks.js';
import { deviceOf, emailOf, person, throwaway } from './people.js';
import { addressIn, cityIn, homeIn, LOCKERS, lockerAddress } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  HOUR,
  type LaterEvent,
  other,
  type Purchase,
  retryGap,
  step,
} from './purchase.js';

/** Fraud with stolen card details: card testing, South African cards with a phished OTP, foreign cards to drops. */

const TEST_BINS = ['403163', '435880', '414720', '480213', '517805', '404586', '419570'];

const testDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['do_not_honor', 35],
    ['insufficient_funds', 15],
    ['incorrect_cvc', 18],
    ['expired_card', 10],
    ['stolen_card', 5],
    ['lost_card', 5],
    ['invalid_account', 12],
  ]);

/**
 * Runs of checkouts in the small hours, a minute or so apart: one taster pack or a bag of biltong chips for
 * collection (no delivery fee), a guest with a made-up e-mail, cards from one or two BINs (US cards that
 * skip 3-D Secure, and South African ones that fail it), from hosting ranges or rotating residential proxies.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  for (let run = 0; left > 0; run++) {
    const r = rng.fork(`run${run}`);
    const size = Math.min(left, r.int(6, 18));
    left -= size;
    const bins = r.chance(0.5) ? [r.pick(TEST_BINS)] : [r.pick(TEST_BINS), r.pick(TEST_BINS)];
    const proxies = r.chance(0.5);
    const hosting: Network = r.pick([
      ...networksOf('ZA', 'hosting'),
      ...networksOf('US', 'hosting'),
      ...networksOf('NL', 'hosting'),
    ]);
    const ua = deviceOf(r, r.chance(0.6) ? 'windows' : 'android', 0).userAgent;
    const scripted = r.chance(0.6);
    let at = drawTime(r, w.window, SAST, 'night');
    for (let k = 0; k < size; k++) {
      at += Math.floor(r.exp(70_000)) + 5_000;
      const card = cardOfBin(r, r.pick(bins));
      const p = person(r);
      const billing =
        card.country === 'US' && r.chance(0.5) ? homeIn(r, 'US').address : homeIn(r, 'ZA').address;
      const item = r.chance(0.7) ? CATALOGUE.taster : CATALOGUE.chips;
      const delivery: Delivery = r.chance(0.75) ? 'collect' : 'locker';
      const basket = basketOf([lineIn(item, 'ZAR')], 'ZAR', delivery);
      const attempts: Attempt[] = [];
      const tries = r.weightedPick([
        [1, 6],
        [2, 3],
        [3, 1],
      ]);
      for (let i = 0; i < tries; i++) {
        const c: HeldCard = i === 0 ? card : cardOfBin(r, card.bin);
        const sa = c.country === 'ZA';
        const ok = !sa && r.chance(0.14);
        attempts.push(
          cardAttempt(r, c, {
            ok,
            afterMs: i === 0 ? r.int(4_000, 20_000) : r.int(3_000, 15_000),
            match: billing.country === c.country ? 'partial' : 'wrong',
            ...(ok ? { threeDS: r.chance(0.5) ? 'not_enrolled' : 'frictionless' } : {}),
            ...(!ok ? { decline: sa ? 'authentication_failed' : testDecline(r) } : {}),
          }),
        );
        if (ok) break;
      }
      const paidNow = attempts.some((a) => a.ok);
      const later: LaterEvent[] = paidNow
        ? r.chance(0.5)
          ? [
              step('order.cancelled', r.int(3, 14) * HOUR, { reason: 'suspected_fraud' }),
              step('refund.created', r.int(15, 20) * HOUR, { reason: 'fraudulent' }),
            ]
          : r.chance(0.6)
            ? [step('fraud_warning.created', r.int(1, 6) * 24 * HOUR, { reason: 'fraudulent' })]
            : [step('order.updated', r.int(2, 20) * HOUR, { status: 'ready_for_collection' })]
        : [];
      const net = proxies ? r.pick(networksOf('ZA', 'mobile', 'fixed')) : hosting;
      const device = { userAgent: ua, ...(scripted ? {} : { id: `dv_${r.token(20)}` }) };
      out.push(
        purchaseOf(
          r,
          {
            kind: 'card_testing',
            at,
            buyer: { email: r.chance(0.6) ? throwaway(r) : emailOf(r, p), name: p.name },
            billing,
            ...(delivery === 'locker' ? { shipping: lockerAddress(r.pick(LOCKERS)) } : {}),
            delivery,
            basket,
            net,
            v6: 0,
            device,
            locale: 'en-ZA',
            source: 'direct',
          },
          true,
          attempts,
          later,
        ),
      );
    }
  }
  return out;
}

/**
 * Stolen South African cards with the OTP phished or talked out of the victim ("this is your bank's fraud
 * department…"): the victim's name and address as billing, a guest or a minutes-old account, goods that
 * resell sent to the ring's lockers and drops or e-gift cards; the victim who does not give the OTP fails the
 * challenge, so rings try card after card. Some pay by Instant EFT from a hijacked banking profile.
 */
export function stolenCardOtp(rng: Rng, w: World, count: number, rings: readonly Ring[]): Purchase[] {
  return Array.from({ length: count }, (_, k) => {
    const r = rng.fork(`o${k}`);
    const crew = r.pick(rings);
    const at = drawTime(r, w.window, SAST, 'evening');
    const victim = person(r);
    const mule = person(r);
    const { address: billing } = homeIn(r, 'ZA');
    const where = dropOf(
      r,
      crew,
      { locker: 45, drop: 30, email: 15, collect: 4, door: 6 },
      addressIn(r, 'ZA', cityIn(r, 'ZA')),
    );
    const lines = where.delivery === 'email' ? cardLines(r, r.int(2, 5)) : resaleLines(r, r.int(1, 3));
    const basket = basketOf(lines, 'ZAR', where.delivery);
    const signUp = r.chance(0.35);
    const attempts: Attempt[] = [];
    if (r.chance(0.15)) {
      attempts.push(
        other('instant_eft', r.chance(0.85), firstAuth(r, 'instant_eft'), 'bank_session_timeout'),
      );
    } else {
      const tries = r.weightedPick([
        [1, 5],
        [2, 3],
        [3, 2],
        [4, 1],
      ]);
      for (let i = 0; i < tries; i++) {
        const card = newCard(r, 'ZA');
        const x = r.next();
        const ok = x < 0.45 || (i === tries - 1 && x < 0.7);
        const decline: Decline = r.chance(0.7)
          ? 'authentication_failed'
          : r.pick(['do_not_honor', 'suspected_fraud', 'insufficient_funds'] as const);
        attempts.push(
          cardAttempt(r, card, {
            ok,
            afterMs: i === 0 ? firstAuth(r) : retryGap(r),
            ...(ok ? { threeDS: 'challenge_passed' as ThreeDS } : { decline }),
          }),
        );
        if (ok) break;
      }
    }
    const named = r.chance(0.6) ? victim : mule;
    return purchaseOf(
      r,
      {
        kind: 'stolen_card_otp',
        at,
        buyer: {
          ...(signUp ? { id: `cus_${r.token(14)}`, createdAt: at - r.int(2, 40) * MINUTE } : {}),
          email: r.chance(0.5) ? throwaway(r) : emailOf(r, named),
          name: named.name,
        },
        billing,
        ...(where.shipping ? { shipping: where.shipping } : {}),
        delivery: where.delivery,
        basket,
        net: r.chance(0.85) ? r.pick(crew.nets) : r.pick(networksOf('ZA', 'hosting')),
        device: ringDevice(r, crew),
        locale: localeOf(r, 'ZA'),
        source: sourceAt(r, at, false),
      },
      true,
      attempts,
      aftermath(
        r,
        { attempts, delivery: where.delivery },
        { caught: 0.08, warn: 0.45, dispute: 0.3, recall: 0.4 },
      ),
    );
  });
}

/**
 * Stolen foreign cards bought in bulk (full details: the holder's name and address abroad) spent on goods
 * delivered to drops and lockers in South Africa, in rand: like a gift home from the diaspora, but a guest,
 * a fresh e-mail, a locker in Gauteng. Cards whose issuer challenges fail 3-D Secure; US, Canadian and
 * Australian ones often go through without it. Some rings use a residential proxy in the card's country.
 */
export function foreignCardDrop(rng: Rng, w: World, count: number, rings: readonly Ring[]): Purchase[] {
  return Array.from({ length: count }, (_, k) => {
    const r = rng.fork(`o${k}`);
    const crew = r.pick(rings);
    const country = r.weightedPick<string>([
      ['US', 45],
      ['GB', 20],
      ['CA', 12],
      ['AU', 13],
      ['IE', 4],
      ['NL', 6],
    ]);
    const holder = person(r, true);
    const fullz = r.chance(0.7);
    const billing = fullz ? homeIn(r, country).address : homeIn(r, 'ZA').address;
    const at = drawTime(r, w.window, SAST, 'evening');
    const where = dropOf(
      r,
      crew,
      { locker: 40, drop: 35, email: 15, door: 10 },
      addressIn(r, 'ZA', cityIn(r, 'ZA')),
    );
    const lines = where.delivery === 'email' ? cardLines(r, r.int(1, 4)) : resaleLines(r, r.int(1, 3));
    const basket = basketOf(lines, 'ZAR', where.delivery);
    const attempts: Attempt[] = [];
    const tries = r.weightedPick([
      [1, 5],
      [2, 3],
      [3, 2],
    ]);
    for (let i = 0; i < tries; i++) {
      const card = i === 0 || r.chance(0.6) ? newCard(r, country) : newCard(r, 'US');
      const sca = challenges(card);
      const ok = sca ? r.chance(0.15) : r.chance(0.55);
      const decline: Decline = sca
        ? 'authentication_failed'
        : r.pick(['do_not_honor', 'stolen_card', 'incorrect_cvc', 'insufficient_funds'] as const);
      attempts.push(
        cardAttempt(r, card, {
          ok,
          afterMs: i === 0 ? firstAuth(r) : retryGap(r),
          match: fullz && billing.country === card.country ? 'good' : 'wrong',
          ...(ok
            ? {
                threeDS: (sca
                  ? 'challenge_passed'
                  : r.pick(['frictionless', 'not_enrolled', 'attempted'])) as ThreeDS,
              }
            : { decline }),
        }),
      );
      if (ok) break;
    }
    const proxy = r.next();
    const net: Network =
      proxy < 0.5
        ? r.pick(crew.nets)
        : proxy < 0.8
          ? r.pick(networksOf(country, 'fixed', 'mobile'))
          : r.pick(networksOf(country === 'US' ? 'US' : 'NL', 'hosting'));
    return purchaseOf(
      r,
      {
        kind: 'foreign_card_drop',
        at,
        buyer: {
          email: r.chance(0.55) ? throwaway(r) : emailOf(r, holder, country, 'gmail.com'),
          name: holder.name,
        },
        billing,
        ...(where.shipping ? { shipping: where.shipping } : {}),
        delivery: where.delivery,
        basket,
        net,
        device: ringDevice(r, crew),
        locale: r.chance(0.7) ? 'en-ZA' : localeOf(r, country),
        source: sourceAt(r, at, false),
        ...(r.chance(0.3) ? { giftNote: 'Merry Christmas, enjoy' } : {}),
      },
      true,
      attempts,
      aftermath(r, { attempts, delivery: where.delivery }, { caught: 0.06, warn: 0.45, dispute: 0.65 }),
    );
  });
}
