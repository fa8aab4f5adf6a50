import { type Rng } from '../kit/random.js';
import { basket, GAMES, inRange, LAUNCH_EDITIONS, line } from './catalog.js';
import { avs, cardFrom, sameBin, strip } from './cards.js';
import { fraudOrder, inRuns, routeIp } from './fraud-kit.js';
import { address, network } from './networks.js';
import { billingOf, deviceFor, emailFor, fullName, throwawayEmail } from './people.js';
import { market } from './places.js';
import {
  accountId,
  DAY,
  declined,
  type Later,
  LAUNCH,
  MINUTE,
  paid,
  type Purchase,
  SALE_OPENS,
  when,
  within,
  type Window,
} from './purchase.js';

/** Gmail ignores dots and anything after a plus: one mailbox, many "different" addresses (or plainly numbered ones). */
function variant(rng: Rng, local: string, k: number): string {
  if (rng.chance(0.4)) return `${local}+${rng.token(3)}${k}@gmail.com`;
  if (rng.chance(0.5)) {
    const at = rng.int(1, Math.max(1, local.length - 1));
    return `${local.slice(0, at)}.${local.slice(at)}@gmail.com`;
  }
  return `${local}${k + rng.int(1, 90)}@gmail.com`;
}

/**
 * A reseller ring: one person with many accounts (opened over the past weeks, one mailbox behind them) on one
 * or two computers and one connection, each account buying the sale's per-customer limit of a hot deal or a
 * launch edition, paid with a fistful of virtual cards from one BIN. Keys go to a grey marketplace.
 */
export function resellers(rng: Rng, w: Window, n: number): Purchase[] {
  return inRuns(
    rng,
    n,
    () => rng.int(6, 20),
    (r, count) => {
      const m = market(r.pick(['PL', 'TR', 'BR', 'ID', 'IN', 'US', 'DE', 'PH', 'MX']));
      const tz = r.pick(m.tz);
      const boss = fullName(r, m);
      const local = emailFor(r, boss, m, 'holder').split('@')[0] ?? 'keys';
      const devices = [
        deviceFor(r, m.country, false),
        deviceFor(r, m.country, false),
        deviceFor(r, m.country, true),
      ];
      const home = network(r, 'home', m.country);
      const homeIp = address(r, home, r.chance(m.v6));
      const cards = sameBin(
        r,
        r.chance(0.5) ? cardFrom(r, 'LT', 'prepaid') : cardFrom(r, m.country),
        r.int(2, 6),
      ).map(strip);
      const accounts = Array.from({ length: r.int(4, 12) }, (_, k) => ({
        id: accountId(r),
        email: variant(r, local, k),
        name: r.chance(0.5) ? boss : fullName(r, m),
        createdAt: w.start - Math.floor(r.float(1, 45) * DAY),
      }));
      const saleOpen = w.start + SALE_OPENS < w.end;
      const deals = [inRange(r, GAMES, 30), inRange(r, GAMES, 30)];
      const launch = w.start + LAUNCH < w.end && r.chance(0.3);
      let t = within(
        w,
        launch
          ? w.start + LAUNCH
          : saleOpen
            ? w.start + SALE_OPENS + r.float(0, 6 * 60 * MINUTE)
            : when(r, w, tz),
        count * 8 * MINUTE,
      );
      return Array.from({ length: count }, (_, k) => {
        t += Math.floor(r.float(40_000, 8 * MINUTE));
        const buyer = accounts[k % accounts.length] ??
          accounts[0] ?? { email: throwawayEmail(r), name: boss };
        const card = cards[k % cards.length] ?? cards[0];
        const billing = billingOf(r, { country: m.country });
        const lines = launch
          ? [line(r.pick(LAUNCH_EDITIONS), m, r.int(1, 2))]
          : [line(r.pick(deals), m, r.int(1, 2), saleOpen ? 0.75 : 0.2)];
        const later: Later[] = r.chance(0.08)
          ? [{ type: 'refund.created', afterMs: r.float(1 * DAY, 6 * DAY), reason: 'policy_violation' }]
          : r.chance(0.05)
            ? [
                {
                  type: 'dispute.created',
                  afterMs: r.float(15 * DAY, 50 * DAY),
                  reason: 'product_not_received',
                },
              ]
            : [];
        const gap = r.float(6_000, 30_000);
        return fraudOrder(r, {
          at: t,
          kind: 'reseller_accounts',
          basket: basket(m, lines),
          billing,
          attempts: [
            r.chance(0.95)
              ? paid(gap, card, avs(card ?? cardFrom(r, m.country), billing, 'yes'))
              : declined('insufficient_funds', gap, card),
          ],
          later,
          buyer,
          method: 'card',
          ip: r.chance(0.75) ? homeIp : routeIp(r, r.chance(0.5) ? 'vpn' : 'own', m.country, m.country),
          device: r.pick(devices),
        });
      });
    },
  );
}
