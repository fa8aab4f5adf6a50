import { type Rng } from '../kit/random.js';
import { basket, CURRENCY, face, GAMES, inRange, line } from './catalog.js';
import { avs, SCA, strip } from './cards.js';
import { cashoutCards, fraudOrder, inRuns, ORIGINS, pickOrigin, type Route, routeIp } from './fraud-kit.js';
import { antidetect, billingOf, emailFor, fullName, phoneAgent, throwawayEmail } from './people.js';
import { market, type Market, pickMarket } from './places.js';
import {
  accountId,
  atNight,
  DAY,
  declined,
  type Later,
  MINUTE,
  paid,
  type Purchase,
  when,
  within,
  type Window,
} from './purchase.js';
import { shopper } from './shoppers.js';

/** Taken-over accounts: the store account with its saved card, or a PayPal login. */

const bigLoot = (r: Rng, m: Market) =>
  r.chance(0.6)
    ? cashoutCards(r, m, (min, max) => face(r, m, min, max))
    : r.chance(0.5)
      ? [line(inRange(r, CURRENCY, 45), m, r.int(1, 2))]
      : [line(inRange(r, GAMES, 40), m, r.int(1, 3))];

/**
 * Account takeover by credential stuffing: a years-old account with a saved card (no CVC asked), reached from
 * a proxy or VPN on a new browser, spent on resellable gift cards and currency within the hour; a third of the
 * time the attacker first changed the account's e-mail. The owner asks for a refund or disputes.
 */
export function takeover(rng: Rng, w: Window, n: number): Purchase[] {
  return inRuns(
    rng,
    n,
    () => rng.int(1, 3),
    (r, count) => {
      const m = pickMarket(r);
      const tz = r.pick(m.tz);
      const owner = shopper(r, m, { age: 'old', at: w.start, start: w.start, tz });
      const origin = pickOrigin(r);
      const route: Route = r.weighted({ proxy: 45, vpn: 30, own: 15, hosting: 10 });
      const device = r.chance(0.8) ? antidetect(r) : { userAgent: phoneAgent(r, m.country) };
      const email = r.chance(0.35) ? throwawayEmail(r) : owner.email;
      const viaPaypal = r.chance(0.2);
      const card = strip(owner.card);
      const billing = billingOf(r, owner.home);
      let t = within(
        w,
        r.chance(0.6) ? atNight(r, w, tz, 0, 6) : r.float(w.start, w.end),
        count * 20 * MINUTE,
      );
      const outcome = r.weighted({ refund: 35, dispute: 45, none: 20 });
      return Array.from({ length: count }, () => {
        t += Math.floor(r.float(2 * MINUTE, 20 * MINUTE));
        // European, British and Indian issuers ask for 3-D Secure the attacker cannot pass, bar exemptions.
        const sca = !viaPaypal && SCA.has(card.country);
        const ok = r.chance(sca ? 0.35 : 0.9);
        const later: Later[] = [];
        if (outcome === 'refund')
          later.push({ type: 'refund.created', afterMs: r.float(DAY / 2, 5 * DAY), reason: 'fraudulent' });
        if (outcome === 'dispute')
          later.push({
            type: 'dispute.created',
            afterMs: r.float(5 * DAY, 45 * DAY),
            reason: r.chance(0.5) ? 'unrecognized' : 'fraudulent',
          });
        if (!viaPaypal && r.chance(0.15))
          later.push({
            type: 'fraud_warning.created',
            afterMs: r.float(2 * DAY, 8 * DAY),
            reason: 'unauthorized_use_of_card',
          });
        const gap = r.float(5_000, 25_000);
        return fraudOrder(r, {
          at: t,
          kind: 'account_takeover',
          basket: basket(m, bigLoot(r, m)),
          billing,
          attempts: viaPaypal
            ? [ok ? paid(gap) : declined('instrument_declined', gap)]
            : [
                ok
                  ? paid(gap, card, avs(card, billing, 'yes'), 'unchecked')
                  : declined(
                      sca ? 'authentication_required' : r.chance(0.6) ? 'insufficient_funds' : 'do_not_honor',
                      gap,
                      card,
                      avs(card, billing, 'yes'),
                      'unchecked',
                    ),
              ],
          later,
          buyer: {
            id: owner.id ?? accountId(r),
            email,
            name: owner.name,
            createdAt: owner.createdAt ?? w.start - 400 * DAY,
          },
          method: viaPaypal ? 'paypal' : 'card',
          ip: routeIp(r, route, m.country, origin),
          device,
        });
      });
    },
  );
}

/** Stolen PayPal logins: a fresh account, a VPN or proxy, gift cards; PayPal's buyer then claims it unauthorised. */
export function paypalTakeover(rng: Rng, w: Window, n: number): Purchase[] {
  return inRuns(
    rng,
    n,
    () => rng.int(1, 4),
    (r, count) => {
      const m = market(r.weighted({ US: 40, GB: 15, DE: 15, AU: 8, CA: 8, FR: 7, PL: 7 }));
      const origin = pickOrigin(r);
      const route: Route = r.chance(0.6) ? 'vpn' : 'proxy';
      let t = within(w, when(r, w, ORIGINS[origin] ?? 0), count * 15 * MINUTE);
      const name = fullName(r, m);
      return Array.from({ length: count }, () => {
        t += Math.floor(r.float(3 * MINUTE, 15 * MINUTE));
        const gap = r.float(20_000, 80_000);
        const later: Later[] = r.chance(0.65)
          ? [{ type: 'dispute.created', afterMs: r.float(3 * DAY, 25 * DAY), reason: 'unrecognized' }]
          : r.chance(0.35)
            ? [{ type: 'refund.created', afterMs: r.float(1 * DAY, 6 * DAY), reason: 'fraudulent' }]
            : [];
        return fraudOrder(r, {
          at: t,
          kind: 'paypal_takeover',
          basket: basket(m, bigLoot(r, m)),
          billing: { country: m.country },
          attempts: [r.chance(0.88) ? paid(gap) : declined('instrument_declined', gap)],
          later,
          buyer: {
            id: accountId(r),
            email: r.chance(0.5) ? throwawayEmail(r) : emailFor(r, name, m, 'holder'),
            name,
            createdAt: t - r.int(2, 30) * MINUTE,
          },
          method: 'paypal',
          ip: routeIp(r, route, m.country, origin),
          device: antidetect(r),
        });
      });
    },
  );
}
