import { type Rng } from '../kit/random.js';
import { basket, CURRENCY, face, GAMES, giftCard, inRange, line } from './catalog.js';
import { avs, SCA, strip } from './cards.js';
import { fraudOrder, inRuns } from './fraud-kit.js';
import { billingOf } from './people.js';
import { pickMarket } from './places.js';
import {
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
import { household, shopper } from './shoppers.js';

/** Fraud by the people whose accounts and cards they are: a child on a parent's card, a serial refunder. */

/**
 * A child on a parent's saved card: a binge of in-game currency and gift cards one evening on the family's
 * computer or tablet and home connection; weeks later the parent sees the statement and disputes, or asks for
 * the money back.
 */
export function teenBinge(rng: Rng, w: Window, n: number): Purchase[] {
  return inRuns(
    rng,
    n,
    () => rng.int(2, 6),
    (r, count) => {
      const h = household(r, pickMarket(r), w.start);
      const kid = r.pick(h.kids);
      const card = strip(h.card);
      const billing = billingOf(r, h.home);
      const device = r.pick(h.devices);
      const outcome = r.weighted({ unrecognized: 45, fraudulent: 25, refund: 20, none: 10 });
      let t = within(w, atNight(r, w, h.tz, 20, 3), count * 40 * MINUTE);
      return Array.from({ length: count }, (_, k) => {
        t += Math.floor(r.float(4 * MINUTE, 40 * MINUTE));
        const lines = r.chance(0.6)
          ? [line(inRange(r, CURRENCY, k < 2 ? 0 : 20, k < 2 ? 25 : 100), h.m)]
          : r.chance(0.75)
            ? [
                giftCard(
                  r.pick(['Roblox', 'Steam Wallet', 'PlayStation Store', 'Xbox'] as const),
                  face(r, h.m, 10, 60),
                  h.m,
                ),
              ]
            : [line(inRange(r, GAMES, 20), h.m)];
        const later: Later[] =
          outcome === 'refund'
            ? [
                {
                  type: 'refund.created',
                  afterMs: r.float(1 * DAY, 8 * DAY),
                  reason: 'requested_by_customer',
                },
              ]
            : outcome === 'none'
              ? []
              : [{ type: 'dispute.created', afterMs: r.float(7 * DAY, 40 * DAY), reason: outcome }];
        const gap = r.float(5_000, 20_000);
        const saved = r.chance(0.7);
        return fraudOrder(r, {
          at: t,
          kind: 'teen_parent_card',
          basket: basket(h.m, lines),
          billing,
          // Under 3-D Secure the parent's phone has to approve: often it is lying about, or the sum is exempt.
          attempts: [
            r.chance(SCA.has(card.country) ? 0.65 : 0.92)
              ? paid(gap, card, avs(card, billing, 'yes'), saved ? 'unchecked' : 'pass')
              : declined(
                  SCA.has(card.country) ? 'authentication_required' : 'insufficient_funds',
                  gap,
                  card,
                  avs(card, billing, 'yes'),
                ),
          ],
          later,
          buyer: {
            ...(kid.id ? { id: kid.id } : {}),
            email: kid.email,
            name: kid.name,
            ...(kid.createdAt ? { createdAt: kid.createdAt } : {}),
          },
          method: 'card',
          ip: h.ip,
          device,
        });
      });
    },
  );
}

/**
 * Refund abuse: a regular-looking customer (sometimes with a second account on the same computer) who redeems
 * the key, then says it was already used or never worked — a refund, or a "not received" dispute.
 */
export function refundAbuse(rng: Rng, w: Window, n: number): Purchase[] {
  return inRuns(
    rng,
    n,
    () => rng.int(1, 4),
    (r, count) => {
      const m = pickMarket(r);
      const tz = r.pick(m.tz);
      const main = shopper(r, m, { age: 'old', at: w.start, start: w.start, tz });
      const second = shopper(r, m, { age: 'recent', at: w.start, start: w.start, tz });
      return Array.from({ length: count }, () => {
        const s = r.chance(0.3) ? { ...second, ip: main.ip, device: main.device, card: main.card } : main;
        const at = when(r, w, tz);
        const card = strip(s.card);
        const billing = billingOf(r, s.home);
        const lines = r.chance(0.6)
          ? [line(inRange(r, GAMES, 20), m)]
          : [giftCard('Steam Wallet', face(r, m, 20, 60), m)];
        const later: Later[] = r.chance(0.6)
          ? [
              {
                type: 'refund.created',
                afterMs: r.float(6 * 60 * MINUTE, 6 * DAY),
                reason: r.chance(0.5) ? 'key_already_redeemed' : 'product_not_working',
              },
            ]
          : [
              {
                type: 'dispute.created',
                afterMs: r.float(10 * DAY, 45 * DAY),
                reason: 'product_not_received',
              },
            ];
        const viaPaypal = s.method === 'paypal';
        const gap = r.float(6_000, 40_000);
        return fraudOrder(r, {
          at,
          kind: 'refund_abuse',
          basket: basket(m, lines),
          billing,
          attempts: [viaPaypal ? paid(gap) : paid(gap, card, avs(card, billing, 'yes'))],
          later,
          buyer: {
            ...(s.id ? { id: s.id } : {}),
            email: s.email,
            name: s.name,
            ...(s.createdAt ? { createdAt: s.createdAt } : {}),
          },
          method: viaPaypal ? 'paypal' : 'card',
          ip: s.ip,
          device: s.device,
        });
      });
    },
  );
}
