import { type Rng } from '../kit/random.js';
import { basket, face, GAMES, giftCard, inRange, line } from './catalog.js';
import { avs, SCA, strip } from './cards.js';
import {
  carderDecline,
  chargebacks,
  fraudOrder,
  ORIGINS,
  pickOrigin,
  pickVictimCountry,
  type Route,
  routeIp,
  stolen,
} from './fraud-kit.js';
import { antidetect, billingOf, botAgent, botDevice, emailFor, fullName } from './people.js';
import { market } from './places.js';
import { accountId, declined, MINUTE, paid, type Purchase, when, type Window } from './purchase.js';

/**
 * Triangulation: a fraudster sells cheap keys on a marketplace, and fills each sale by buying the key here with
 * a stolen card, sending it to the real buyer's e-mail. The customer is a real gamer anywhere; the card and
 * billing are someone else's; the orders come from the fraudster's server or proxies.
 */
export function triangulation(rng: Rng, w: Window, n: number): Purchase[] {
  const origin = pickOrigin(rng);
  const route: Route = rng.chance(0.5) ? 'hosting' : 'proxy';
  const agent = rng.chance(0.5) ? botAgent(rng) : undefined;
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`tri${i}`);
    const victim = pickVictimCountry(r);
    const s = stolen(r, victim);
    const m = s.m;
    const buyerMarket = market(r.pick(['US', 'GB', 'DE', 'FR', 'PL', 'BR', 'CA', 'AU', 'TR', 'MX']));
    const name = fullName(r, buyerMarket);
    const at = when(r, w, ORIGINS[origin] ?? 0);
    const billing = billingOf(r, s.home);
    const card = strip(s.card);
    const check = avs(card, billing, 'yes');
    const ok = !SCA.has(card.country) && r.chance(0.8);
    const item = r.chance(0.6)
      ? line(inRange(r, GAMES, 25), m)
      : giftCard('Steam Wallet', face(r, m, 20, 55), m);
    return fraudOrder(r, {
      at,
      kind: 'triangulation',
      basket: basket(m, [item]),
      billing,
      attempts: [
        ok
          ? paid(r.float(8_000, 30_000), card, check)
          : declined(
              SCA.has(card.country) ? 'authentication_required' : carderDecline(r),
              r.float(8_000, 30_000),
              card,
              check,
            ),
      ],
      later: chargebacks(r, 0.4, 0.7, 0.3),
      buyer: r.chance(0.5)
        ? { email: emailFor(r, name, buyerMarket, r.chance(0.6) ? 'adult' : 'young'), name }
        : {
            id: accountId(r),
            email: emailFor(r, name, buyerMarket, 'adult'),
            name,
            createdAt: at - r.int(1, 6) * MINUTE,
          },
      method: 'card',
      ip: routeIp(r, route, victim, origin),
      device: agent ? botDevice(r, agent) : antidetect(r),
    });
  });
}
