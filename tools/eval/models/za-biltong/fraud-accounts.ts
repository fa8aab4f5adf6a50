import { accountBuyer, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, cardLines, type Delivery, hamperLines, resaleLines } from './basket.js';
import { localeOf, purchaseOf, type World } from './build.js';
import { drawTime, SAST } from './calendar.js';
import { type Decline, newCard, type ThreeDS } from './cards.js';
import { aftermath, dropOf, type Ring, ringDevice } from './fraud-kit.js';
import { networksOf } from './networks.js';
import { deviceOf, person, throwaway } from './people.js';
import { addressIn, cityIn } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  type LaterEvent,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';

/** Fraud through accounts and companies: SIM-swap takeovers and fake corporate buyers. */

/**
 * SIM-swap account takeover: the victim's number moved to the ring's SIM, the password reset by SMS, then
 * two or three quick orders on the saved card (the 3-D Secure OTP now arrives on the ring's phone) or by
 * Instant EFT from the victim's bank, gift cards e-mailed and goods to the ring's lockers, from a new phone.
 */
export function simSwapTakeover(rng: Rng, w: World, count: number, rings: readonly Ring[]): Purchase[] {
  const out: Purchase[] = [];
  const victims = w.customers.local.filter((a) => a.createdAt < w.window.start - 60 * DAY);
  for (let k = 0; out.length < count; k++) {
    const r = rng.fork(`v${k}`);
    const a = r.pick(victims.length > 0 ? victims : w.customers.local);
    const crew = r.pick(rings);
    const device = ringDevice(r, crew);
    const net = r.chance(0.85) ? r.pick(crew.nets) : r.pick(networksOf('ZA', 'hosting'));
    const email = r.chance(0.35) ? throwaway(r) : a.email;
    let at = drawTime(r, w.window, SAST, 'evening');
    const orders = Math.min(
      count - out.length,
      r.weightedPick([
        [1, 4],
        [2, 4],
        [3, 2],
      ]),
    );
    for (let i = 0; i < orders; i++) {
      at += i === 0 ? 0 : r.int(10, 240) * MINUTE;
      const where = dropOf(r, crew, { locker: 45, drop: 25, email: 25, door: 5 }, a.home);
      const lines = where.delivery === 'email' ? cardLines(r, r.int(2, 5)) : resaleLines(r, r.int(1, 3));
      const basket = basketOf(lines, 'ZAR', where.delivery);
      const card = r.pick(a.cards);
      const attempts: Attempt[] = [];
      const how = r.next();
      if (how < 0.3) attempts.push(other('instant_eft', true, firstAuth(r, 'instant_eft')));
      else {
        const blocked = r.chance(0.2);
        attempts.push(
          cardAttempt(r, card, {
            entry: how < 0.85 ? 'saved' : 'typed',
            ok: !blocked,
            afterMs: firstAuth(r),
            ...(blocked
              ? { decline: 'suspected_fraud' as Decline }
              : { threeDS: 'challenge_passed' as ThreeDS }),
          }),
        );
        if (blocked && r.chance(0.6))
          attempts.push(other('instant_eft', r.chance(0.7), retryGap(r), 'bank_session_timeout'));
      }
      out.push(
        purchaseOf(
          r,
          {
            kind: 'sim_swap_takeover',
            at,
            buyer: { ...accountBuyer(a), email },
            billing: a.home,
            ...(where.shipping ? { shipping: where.shipping } : {}),
            delivery: where.delivery,
            basket,
            net,
            device,
            locale: localeOf(r, 'ZA', a.person),
            source: 'direct',
          },
          true,
          attempts,
          aftermath(
            r,
            { attempts, delivery: where.delivery },
            { caught: 0.15, warn: 0.55, dispute: 0.35, recall: 0.35 },
          ),
        ),
      );
    }
  }
  return out;
}

const IMPERSONATED = [
  ['Sasol Limited', 'sasol-group.co', 'Sandton', '4540106006'],
  ['Discovery Limited', 'discovery-za.com', 'Sandton', '4760238371'],
  ['Shoprite Holdings', 'shoprite-holdings.net', 'Brackenfell', '4240120437'],
  ['Vodacom Group', 'vodacom-group.co', 'Midrand', '4520130849'],
  ['MTN Group', 'mtn-sa.net', 'Randburg', '4790223493'],
  ['Old Mutual', 'oldmutual-procurement.co.za', 'Cape Town', '4220108893'],
] as const;

/**
 * A well-known company impersonated by a look-alike domain: a same-day account on a weekday, dozens to hundreds
 * of executive hampers, the real head office as billing and a business-park unit or the buyer's own courier
 * for delivery. Paid with stolen business cards, by Instant EFT from a hijacked company profile, or promised by
 * transfer with a forged proof of payment that never reflects (the order lapses).
 */
export function fakeCorporate(rng: Rng, w: World, count: number, rings: readonly Ring[]): Purchase[] {
  return Array.from({ length: count }, (_, k) => {
    const r = rng.fork(`o${k}`);
    const crew = r.pick(rings);
    const [company, domain, town, vat] = r.pick(IMPERSONATED);
    const at = drawTime(r, w.window, SAST, 'office', () => 1, true);
    const p = person(r);
    const hampers = Math.max(30, Math.min(240, Math.round(r.logNormal(80, 0.5))));
    const collect = r.chance(0.2);
    const delivery: Delivery = collect ? 'collect' : 'bulk';
    const basket = basketOf(hamperLines(r, hampers), 'ZAR', delivery, { rate: 0.1 });
    const hq = {
      ...addressIn(r, 'ZA', cityIn(r, 'ZA')),
      city: town,
      line1: `${company}, 1 ${r.pick(['Sturdee Avenue', 'Oxford Road', 'William Nicol Drive'])}`,
    };
    const how = r.next();
    const attempts: Attempt[] = [];
    if (how < 0.4) {
      const tries = r.int(1, 3);
      for (let i = 0; i < tries; i++) {
        const ok = r.chance(i === tries - 1 ? 0.6 : 0.3);
        attempts.push(
          cardAttempt(r, newCard(r, 'ZA', 'business'), {
            ok,
            afterMs: i === 0 ? firstAuth(r) : retryGap(r),
            ...(ok
              ? { threeDS: 'challenge_passed' as ThreeDS }
              : { decline: r.pick(['limit_exceeded', 'suspected_fraud', 'authentication_failed'] as const) }),
          }),
        );
        if (ok) break;
      }
    } else if (how < 0.65) attempts.push(other('instant_eft', true, firstAuth(r, 'instant_eft')));
    const later: LaterEvent[] =
      how >= 0.65
        ? []
        : aftermath(r, { attempts, delivery }, { caught: 0.15, warn: 0.6, dispute: 0.4, recall: 0.45 });
    return purchaseOf(
      r,
      {
        kind: 'fake_corporate',
        at,
        buyer: {
          id: `cus_${r.token(14)}`,
          createdAt: at - r.int(5, 300) * MINUTE,
          email: `${r.pick(['procurement', 'accounts', 'events', 'purchasing'])}@${domain}`,
          name: p.name,
        },
        billing: hq,
        ...(collect ? {} : { shipping: r.pick(crew.drops) }),
        delivery,
        basket,
        net: r.chance(0.75) ? r.pick(crew.nets) : r.pick(networksOf('ZA', 'hosting')),
        device: deviceOf(r, 'windows', 0.9),
        locale: 'en-ZA',
        source: r.pick(['google', 'direct']),
        company: { name: company, vatNumber: vat },
      },
      true,
      attempts,
      later,
    );
  });
}
