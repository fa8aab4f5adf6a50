import { type Rng } from '../kit/random.js';
import {
  basket,
  CURRENCY,
  face,
  GAMES,
  giftCard,
  inRange,
  LAUNCH_EDITIONS,
  line,
  type Product,
  SOFTWARE,
} from './catalog.js';
import { avs, sameBin, SCA, strip } from './cards.js';
import {
  carderDecline,
  cashoutCards,
  chargebacks,
  fraudOrder,
  inRuns,
  ORIGINS,
  pickOrigin,
  pickVictimCountry,
  type Route,
  routeIp,
  stolen,
} from './fraud-kit.js';
import {
  antidetect,
  billingOf,
  botAgent,
  botDevice,
  emailFor,
  fullName,
  homeOf,
  throwawayEmail,
} from './people.js';
import { market } from './places.js';
import {
  accountId,
  type Attempt,
  atNight,
  declined,
  HOUR,
  LAUNCH,
  MINUTE,
  paid,
  type Purchase,
  when,
  within,
  type Window,
} from './purchase.js';

/** Fraud with stolen card numbers: testing them, cashing them out, and selling keys bought with them. */

const CHEAP: readonly Product[] = [...GAMES.filter((p) => p.usd < 5), ...CURRENCY.filter((p) => p.usd < 5)];

/**
 * Card testing: a script checks a list of card numbers on the cheapest things in the shop, one guest order
 * (or a throwaway account) after another, each trying one to three cards; most are refused.
 */
export function cardTesting(rng: Rng, w: Window, n: number): Purchase[] {
  return inRuns(
    rng,
    n,
    () => rng.int(6, 25),
    (r, count) => {
      const m = market(r.weighted({ US: 60, GB: 10, CA: 8, AU: 6, DE: 6, BR: 5, MX: 5 }));
      const route: Route = r.weighted({ hosting: 30, proxy: 50, vpn: 15, tor: 5 });
      const origin = pickOrigin(r);
      const agent = botAgent(r);
      const guest = r.chance(0.7);
      const batch = r.chance(0.5) ? sameBin(r, stolen(r, m.country).card, 40) : undefined;
      const item = r.chance(0.5)
        ? line(r.pick(CHEAP), m)
        : giftCard(r.pick(['Steam Wallet', 'Google Play', 'Xbox'] as const), face(r, m, 1, 10), m);
      let t = within(
        w,
        r.chance(0.6) ? atNight(r, w, ORIGINS[origin] ?? 0, 0, 6) : r.float(w.start, w.end),
        count * 4 * MINUTE,
      );
      let ip = routeIp(r, route, m.country, origin);
      return Array.from({ length: count }, () => {
        t += Math.floor(r.float(15_000, 4 * MINUTE));
        if (route !== 'hosting' || r.chance(0.5)) ip = routeIp(r, route, m.country, origin);
        const name = fullName(r, m);
        const billing = billingOf(r, homeOf(r, m));
        const attempts: Attempt[] = [];
        for (let k = 0, tries = r.int(1, 3); k < tries; k++) {
          const card = strip(batch ? r.pick(batch) : stolen(r, r.chance(0.8) ? m.country : 'US').card);
          const check = avs(card, billing, r.chance(0.3) ? 'yes' : 'no');
          const gap = k === 0 ? r.float(5_000, 30_000) : r.float(3_000, 20_000);
          if (r.chance(0.14)) {
            attempts.push(paid(gap, card, check));
            break;
          }
          const code = r.weighted({
            do_not_honor: 30,
            insufficient_funds: 15,
            incorrect_cvc: 15,
            expired_card: 10,
            stolen_card: 6,
            lost_card: 5,
            pickup_card: 4,
            incorrect_number: 8,
            generic_decline: 7,
          });
          attempts.push(declined(code, gap, card, check, code === 'incorrect_cvc' ? 'fail' : 'pass'));
        }
        return fraudOrder(r, {
          at: t,
          kind: 'card_testing',
          basket: basket(m, [item]),
          billing,
          attempts,
          later: chargebacks(r, 0.3, 0.12, 0.5),
          buyer: guest
            ? { email: throwawayEmail(r), name }
            : { id: accountId(r), email: throwawayEmail(r), name, createdAt: t - r.int(20, 200) * 1000 },
          method: 'card',
          ip,
          device: botDevice(r, agent),
        });
      });
    },
  );
}

/** What a carder buys: gift cards to cash out, or keys (often several of one) to sell on key marketplaces. */
function loot(r: Rng, resale: boolean, m: ReturnType<typeof market>, w: Window, at: number) {
  if (!resale) return cashoutCards(r, m, (min, max) => face(r, m, min, max));
  const launched = at >= w.start + LAUNCH;
  switch (r.weighted({ aaa: 45, software: 30, launch: launched ? 25 : 0 })) {
    case 'software':
      return [line(r.pick(SOFTWARE.filter((p) => p.usd > 100)), m, r.int(2, 6))];
    case 'launch':
      return [line(r.pick(LAUNCH_EDITIONS), m, r.int(2, 4))];
    default:
      return r.chance(0.6)
        ? [line(inRange(r, GAMES, 55), m, r.int(2, 5))]
        : Array.from({ length: r.int(3, 6) }, () => line(inRange(r, GAMES, 40), m));
  }
}

/**
 * Carders with full card details (name, address, CVC): a crew works a few cards per session through
 * residential proxies or VPN exits near the victims, anti-detect browsers, fresh or bought accounts. Cards
 * from strong-authentication countries mostly fail 3-D Secure. Resellers buy keys, a third of them in a cheap
 * region through its VPN exit.
 */
export function carded(
  rng: Rng,
  w: Window,
  n: number,
  kind: 'carded_gift_cards' | 'carded_keys_resale',
): Purchase[] {
  const resale = kind === 'carded_keys_resale';
  return inRuns(
    rng,
    n,
    () => rng.int(2, 9),
    (r, count) => {
      const origin = pickOrigin(r);
      const route: Route = r.weighted({ proxy: 50, vpn: 22, own: 12, hosting: 12, tor: 4 });
      const victim = pickVictimCountry(r);
      const arbitrage = resale && r.chance(0.3);
      const m = market(arbitrage ? r.pick(['TR', 'IN', 'BR']) : victim);
      const cards = Array.from({ length: r.int(2, 5) }, () => stolen(r, victim));
      const device = r.chance(0.25) ? antidetect(r) : undefined;
      let t = within(
        w,
        r.chance(0.6) ? atNight(r, w, ORIGINS[origin] ?? 0, 20, 4) : when(r, w, ORIGINS[origin] ?? 0),
        count * 12 * MINUTE,
      );
      let c = 0;
      return Array.from({ length: count }, () => {
        t += Math.floor(r.float(MINUTE, 12 * MINUTE));
        const first = cards[c % cards.length] ?? stolen(r, victim);
        const billing = billingOf(r, first.home);
        const attempts: Attempt[] = [];
        for (let k = 0; k < 3; k++) {
          const s = cards[(c + k) % cards.length] ?? first;
          const card = strip(s.card);
          const check = avs(
            card,
            k === 0 ? billing : billingOf(r, s.home),
            r.weighted({ yes: 80, street: 10, no: 10 }),
          );
          const gap = k === 0 ? r.float(20_000, 90_000) : r.float(30_000, 3 * MINUTE);
          const refused = SCA.has(card.country) ? r.chance(0.75) : r.chance(0.38);
          if (!refused) {
            attempts.push(paid(gap, card, check));
            break;
          }
          const code = SCA.has(card.country) && r.chance(0.7) ? 'authentication_required' : carderDecline(r);
          attempts.push(declined(code, gap, card, check, code === 'incorrect_cvc' ? 'fail' : 'pass'));
          c += 1;
          if (r.chance(0.4)) break;
        }
        if (attempts.at(-1)?.ok === true && r.chance(0.6)) c += 1;
        const age = r.weighted({ new: 60, recent: 20, guest: 20 });
        const name = r.chance(0.7) ? first.holder : fullName(r, first.m);
        const email = r.chance(0.4) ? emailFor(r, name, first.m, 'holder') : throwawayEmail(r);
        return fraudOrder(r, {
          at: t,
          kind,
          basket: basket(m, loot(r, resale, m, w, t)),
          billing,
          attempts,
          later: chargebacks(r, 0.45, 0.7),
          buyer:
            age === 'guest'
              ? { email, name }
              : {
                  id: accountId(r),
                  email,
                  name,
                  createdAt:
                    age === 'new' ? t - r.int(3, 50) * MINUTE : t - Math.floor(r.float(5, 200) * 24 * HOUR),
                },
          method: 'card',
          ip: routeIp(r, arbitrage ? 'vpn' : route, arbitrage ? m.country : victim, origin),
          device: device ?? antidetect(r),
        });
      });
    },
  );
}
