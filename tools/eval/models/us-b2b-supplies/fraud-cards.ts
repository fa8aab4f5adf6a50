import { type Rng } from '../kit/random.js';
import { between, when } from './calendar.js';
import { avs, fraudDecline, newCard } from './cards.js';
import { basket } from './catalog.js';
import { forwarder, muleHome, type Drop } from './drops.js';
import {
  type Context,
  type Crew,
  crew,
  crewDevice,
  crewIp,
  dropEmail,
  stolenAttempts,
  stolenLater,
  victim,
} from './fraud-kit.js';
import { person } from './names.js';
import { ipOf } from './networks.js';
import { cityIn, type Market, siteAddress, taxAt } from './places.js';
import {
  type Attempt,
  charge,
  desktop,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  type Purchase,
  userId,
  type Window,
} from './purchase.js';

/** Stolen-card fraud: card testing, goods to freight forwarders and to mules, and triangulation. */

/** Split `n` into groups of `lo`–`hi`. */
export function groups(rng: Rng, n: number, lo: number, hi: number): number[] {
  const out: number[] = [];
  let left = n;
  while (left > 0) {
    const k = Math.min(left, rng.int(lo, hi));
    out.push(k);
    left -= k;
  }
  return out;
}

/** When a crew works: abroad crews in their daytime (the US night and morning), others around the clock. */
export function sessionStart(rng: Rng, w: Window, c: Crew, span: number): number {
  const t = c.reach === 'abroad' ? between(rng, w, 'ET', 1, 13) : when(rng, w, 'ET', 'household');
  return Math.min(t, Math.max(w.start, w.end - span));
}

const market = (rng: Rng): Market => (rng.chance(0.85) ? 'US' : 'CA');
const clamp = (t: number, w: Window) => Math.min(Math.floor(t), w.end - 1);

/**
 * Card testing: a script runs cards from one BIN through the cheapest item as a guest, a few cards per order,
 * in bursts through rotating proxies; nearly all are declined.
 */
export function cardTesting(rng: Rng, ctx: Context, n: number): Purchase[] {
  return groups(rng, n, 4, 14).flatMap((size) => {
    const m = market(rng);
    const headless = rng.chance(0.25);
    const device: Device = headless
      ? {
          userAgent:
            'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/139.0.0.0 Safari/537.36',
        }
      : desktop(rng, 0.35);
    const bin = newCard(rng, m, rng.chance(0.4) ? 'prepaid' : 'consumer').bin;
    const c = crew(rng, m, { vpn: 45, proxy: 40, abroad: 15, mobile: 0 });
    const billing = siteAddress(rng, cityIn(rng, m), 'home');
    let t = rng.chance(0.7)
      ? between(rng, ctx.window, 'ET', 22, 7)
      : rng.float(ctx.window.start, ctx.window.end);
    t = Math.min(t, ctx.window.end - size * 3 * MINUTE);
    return Array.from({ length: size }, () => {
      t += rng.int(15_000, 4 * MINUTE);
      const who = person(rng);
      const tries = rng.int(1, 3);
      const attempts: Attempt[] = [];
      for (let i = 0; i < tries && !attempts.some((a) => a.ok); i++) {
        const card = newCard(rng, m, 'consumer', bin);
        const ok = rng.chance(0.12);
        const decline = fraudDecline(rng, true);
        const cvc = !ok && decline === 'incorrect_cvc' ? 'fail' : 'pass';
        const match = rng.chance(0.3) ? 'zip' : 'none';
        attempts.push(charge(card, ok, rng.int(3_000, 30_000), avs(card, match), cvc, decline));
      }
      const b = basket(rng, 'cheap', { market: m, taxRate: taxAt(billing) });
      const paid = attempts.some((a) => a.ok);
      const later: Later[] = paid
        ? stolenLater(rng, { caught: 0.25, warning: 0.3, dispute: 0.15 })
        : [
            {
              type: 'order.cancelled',
              afterMs: rng.int(30 * MINUTE, 120 * MINUTE),
              reason: 'payment_failed',
            },
          ];
      return {
        at: clamp(t, ctx.window),
        fraud: true,
        kind: 'card_testing',
        basket: b,
        billing: rng.chance(0.6) ? billing : siteAddress(rng, cityIn(rng, m), 'home'),
        attempts,
        later,
        market: m,
        buyer: { email: dropEmail(rng, who.name, m), name: who.name },
        method: 'card',
        shipping: billing,
        ip: crewIp(rng, c),
        device: headless || rng.chance(0.7) ? device : desktop(rng, 0.35),
      } satisfies Purchase;
    });
  });
}

interface Resale {
  kind: string;
  ship: (rng: Rng, m: Market) => Drop;
  /** Orders per crew. */
  size: readonly [number, number];
  scale: readonly [number, number];
  /** Chance the order first ships to the cardholder and is re-routed after checkout. */
  reroute: number;
}

/** Crews that buy resale goods with stolen cards and send them on: via forwarders abroad or via mules. */
function resale(rng: Rng, ctx: Context, n: number, r: Resale): Purchase[] {
  return groups(rng, n, r.size[0], r.size[1]).flatMap((size) => {
    const m = market(rng);
    const c = crew(rng, m);
    const drops = Array.from({ length: rng.int(1, 3) }, () => r.ship(rng, m));
    let t = sessionStart(rng, ctx.window, c, size * 40 * MINUTE);
    return Array.from({ length: size }, (): Purchase => {
      t += rng.chance(0.3) ? rng.int(6 * HOUR, 30 * HOUR) : rng.int(3 * MINUTE, 45 * MINUTE);
      const v = victim(rng, m, rng.chance(0.35) ? 'commercial' : 'consumer');
      const deadCards = rng.weightedPick<number>([
        [0, 70],
        [1, 20],
        [2, 10],
      ]);
      const dead = Array.from({ length: deadCards }, () => victim(rng, m).card);
      const drop = rng.pick(drops);
      const reroute = rng.chance(r.reroute) && v.billing.city !== undefined;
      const signup = rng.chance(0.45);
      const at = clamp(t, ctx.window);
      const later: Later[] = [
        ...(reroute
          ? [{ type: 'order.updated' as const, afterMs: rng.int(HOUR, 6 * HOUR), shipping: drop.address }]
          : []),
        ...stolenLater(rng),
      ];
      return {
        at,
        fraud: true,
        kind: r.kind,
        basket: basket(rng, 'fence', {
          market: m,
          taxRate: reroute ? taxAt(v.billing) : drop.tax,
          scale: rng.float(r.scale[0], r.scale[1]),
        }),
        billing: v.billing,
        attempts: stolenAttempts(rng, [...dead, v.card]),
        later,
        market: m,
        buyer: {
          ...(signup ? { id: userId(rng), createdAt: at - rng.int(2 * MINUTE, 300 * MINUTE) } : {}),
          email: dropEmail(rng, v.name, m),
          name: v.name,
        },
        method: 'card',
        shipping: reroute ? v.billing : drop.address,
        ip: crewIp(rng, c),
        device: crewDevice(rng, c),
      };
    });
  });
}

export const stolenCardForwarder = (rng: Rng, ctx: Context, n: number): Purchase[] =>
  resale(rng, ctx, n, {
    kind: 'stolen_card_forwarder',
    ship: forwarder,
    size: [2, 7],
    scale: [0.8, 1.8],
    reroute: 0.12,
  });

export const reshippingMule = (rng: Rng, ctx: Context, n: number): Purchase[] =>
  resale(rng, ctx, n, {
    kind: 'reshipping_mule',
    ship: muleHome,
    size: [2, 6],
    scale: [0.5, 1.2],
    reroute: 0.05,
  });

/**
 * Triangulation: the crew sells goods on a marketplace and fills each sale here with a stolen card, shipping
 * to the real buyer's home: ordinary-looking orders, one operator's device, many cardholders.
 */
export function triangulation(rng: Rng, ctx: Context, n: number): Purchase[] {
  return groups(rng, n, 3, 10).flatMap((size) => {
    const m = market(rng);
    const c = crew(rng, m, { proxy: 55, vpn: 30, abroad: 15, mobile: 0 });
    const device = c.device ?? desktop(rng, 0.9);
    return Array.from({ length: size }, (): Purchase => {
      const v = victim(rng, m);
      const shopper = siteAddress(rng, cityIn(rng, m), 'home');
      const at = when(rng, ctx.window, 'ET', 'household');
      return {
        at,
        fraud: true,
        kind: 'triangulation',
        basket: basket(rng, rng.chance(0.6) ? 'home' : 'personal', { market: m, taxRate: taxAt(shopper) }),
        billing: v.billing,
        attempts: stolenAttempts(rng, [v.card], 0.9, 0.85),
        later: stolenLater(rng, { caught: 0.04, warning: 0.4, dispute: 0.65 }),
        market: m,
        buyer: { email: dropEmail(rng, v.name, m), name: v.name },
        method: 'card',
        shipping: shopper,
        ip: c.reach === 'proxy' ? ipOf(rng, m, 'residential') : crewIp(rng, c),
        device: rng.chance(0.8) ? device : desktop(rng),
      };
    });
  });
}
