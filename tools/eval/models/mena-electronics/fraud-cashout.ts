import { cardFrom, cardOfBin } from './cards.js';
import { basketOf, bySku, giftCards, inCategory, line, product } from './catalog.js';
import { type Rng } from '../kit/random.js';
import { type MarketCode } from './markets.js';
import { address, HOSTING, VPNS } from './networks.js';
import { nameIn, resident } from './people.js';
import { abroad, dropIn, homeIn, officeIn } from './places.js';
import { MIN, type Purchase, when, type Window } from './purchase.js';
import {
  crew,
  type Crew,
  crews,
  CREW_HOMES,
  foreignCardCountry,
  fraudWhen,
  freshBuyer,
  throwaway,
} from './fraud-kit.js';
import { assemble, sameBatch, stolenAttempts, unpaidOr, chargebackLater } from './fraud-money.js';

/** Stolen cards turned into codes, tested by bots, or charged by a fake corporate buyer. */

/** Stolen cards straight into PlayStation, Apple and Google Play codes, several orders a session. */
export function giftCardCashout(rng: Rng, w: Window, n: number): Purchase[] {
  const gangs = crews(rng, n, () =>
    crew(rng, rng.weighted({ AE: 45, SA: 35, KW: 10, QA: 10 }), { home: rng.weighted(CREW_HOMES) }),
  );
  const sessions = gangs.map((c) => ({ c, start: fraudWhen(rng, w, c.market) }));
  return Array.from({ length: n }, () => {
    const { c, start } = rng.pick(sessions);
    const at = Math.min(w.end - 1, Math.floor(start + rng.exp(25 * MIN)));
    const cc = rng.chance(0.5) ? foreignCardCountry(rng) : c.market;
    const card = cardFrom(rng, cc);
    const attempts = stolenAttempts(rng, card, sameBatch(rng, cc), {
      tries: rng.weightedPick([
        [1, 50],
        [2, 30],
        [3, 20],
      ] as const),
      success: 0.75,
      billingMatches: false,
    });
    return assemble(rng, {
      kind: 'gift_card_cashout',
      crew: c,
      at,
      buyer: freshBuyer(rng, at, throwaway(rng, c), 0.6),
      billing: cc === c.market ? homeIn(rng, c.market) : abroad(rng, cc),
      basket: giftCards(rng, c.market, rng.int(2, 10)),
      attempts,
      later: unpaidOr(rng, attempts, () => chargebackLater(rng, { warn: 0.5, dispute: 0.7, caught: 0.15 })),
    });
  });
}

const HEADLESS = (rng: Rng) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${rng.int(130, 142)}.0.0.0 Safari/537.36`;

/**
 * A bot tries fresh card numbers on the cheapest accessory or a small gift card: runs of six to twenty
 * orders a minute or two apart from rotating hosting and VPN addresses, one BIN per run, mostly declined.
 */
export function cardTesting(rng: Rng, w: Window, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(6, 20));
    const m = rng.weighted({ AE: 50, SA: 20, TR: 15, EG: 15 });
    const c: Crew = { ...crew(rng, m), nets: [rng.pick(HOSTING), rng.pick(VPNS), rng.pick(HOSTING)] };
    const agent = rng.chance(0.35) ? HEADLESS(rng) : (c.devices[0]?.userAgent ?? HEADLESS(rng));
    const fixedId = rng.chance(0.5) ? `wd_${rng.token(20)}` : undefined;
    const cc = rng.chance(0.7) ? foreignCardCountry(rng) : m;
    const base = cardFrom(rng, cc);
    const ship = homeIn(rng, m);
    const mail = rng.chance(0.2) ? `${rng.token(9)}@${c.mail}` : undefined;
    let t = Math.floor(rng.float(w.start, w.end - 30 * MIN));
    for (let i = 0; i < size; i++) {
      t += Math.floor(rng.exp(70_000));
      const codes = rng.chance(0.2);
      const basket = codes
        ? giftCards(rng, m, 1)
        : basketOf([line(bySku(rng.pick(['GEN-USBC-CBL', 'GEN-SCRN-GLS', 'APL-20W-USBC'])), m)], m, 'card');
      const attempts = stolenAttempts(rng, cardOfBin(rng, base), () => cardOfBin(rng, base), {
        tries: rng.int(1, 3),
        success: 0.14,
        billingMatches: false,
        cvcKnown: 0.4,
      });
      out.push({
        at: Math.min(t, w.end - 1),
        fraud: true,
        kind: 'card_testing',
        market: m,
        method: 'card',
        basket,
        billing: abroad(rng, cc),
        ...(codes ? {} : { shipping: ship }),
        buyer: {
          email: mail ?? `${rng.token(rng.int(6, 10))}${rng.digits(3)}@${c.mail}`,
          name: nameIn(rng, cc),
        },
        ip: address(rng, rng.pick(c.nets)),
        device: { userAgent: agent, ...(fixedId ? { id: fixedId } : {}) },
        attempts,
        later: unpaidOr(rng, attempts, () => chargebackLater(rng, { warn: 0.5, dispute: 0.3, caught: 0.35 })),
      });
    }
  }
  return out;
}

/** Office hours (Gulf time). */
const between = (rng: Rng, w: Window, m: MarketCode) => {
  for (let i = 0; i < 50; i++) {
    const t = when(rng, w, m);
    const h = new Date(t + 3 * 3_600_000).getUTCHours();
    if (h >= 8 && h < 18) return t;
  }
  return when(rng, w, m);
};

const LOOKALIKES = [
  'emaar-procurement.com',
  'aramco-supplies.net',
  'adnoc-group.co',
  'qatarenergy-ltd.com',
  'alshaya-group.net',
  'majidalfuttaim-it.com',
];

/** A "procurement officer" of a well-known company on a look-alike domain orders laptops and phones in bulk. */
export function corporateImpersonation(rng: Rng, w: Window, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const m = rng.weighted({ AE: 50, SA: 35, QA: 15 });
    const c = crew(rng, m, { home: rng.weighted(CREW_HOMES), drop: rng.chance(0.5) ? 'forwarder' : 'flat' });
    const officer = resident(rng, m);
    const foreign = rng.chance(0.5);
    const cc = foreign ? rng.pick(['US', 'GB']) : m;
    const card = cardFrom(rng, cc, { commercial: !foreign });
    const at = between(rng, w, m);
    const main = product(rng, inCategory('laptops', 'phones'));
    const attempts = stolenAttempts(rng, card, sameBatch(rng, cc), {
      tries: rng.int(1, 3),
      success: 0.6,
      billingMatches: false,
    });
    const email = `${rng.pick(['procurement', 'purchasing', 'it.department'])}@${rng.pick(LOOKALIKES)}`;
    return assemble(rng, {
      kind: 'corporate_impersonation',
      crew: {
        ...c,
        devices: [{ userAgent: c.devices[0]?.userAgent ?? HEADLESS(rng), id: `wd_${rng.token(20)}` }],
      },
      at,
      buyer: freshBuyer(rng, at, { email, name: officer.name }, 0.3),
      billing: foreign ? abroad(rng, cc) : officeIn(rng, m),
      shipping: rng.chance(0.5) ? rng.pick(c.drops) : dropIn(rng, m, 'forwarder'),
      basket: basketOf([line(main, m, rng.int(4, 12))], m, 'card'),
      attempts,
      later: unpaidOr(rng, attempts, () => chargebackLater(rng, { warn: 0.4, dispute: 0.8, caught: 0.2 })),
    });
  });
}
