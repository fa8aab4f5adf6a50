import { cardFrom } from './cards.js';
import { basketOf, FLAGSHIPS, giftCards, inCategory, line, product, RESALEABLE } from './catalog.js';
import { type Rng } from '../kit/random.js';
import { type MarketCode } from './markets.js';
import { nameIn, resident } from './people.js';
import { abroad, homeIn } from './places.js';
import { type Purchase, type Window } from './purchase.js';
import {
  crew,
  crews,
  CREW_HOMES,
  foreignCardCountry,
  type FraudKind,
  fraudWhen,
  freshBuyer,
  throwaway,
} from './fraud-kit.js';
import { assemble, sameBatch, stolenAttempts, tries, unpaidOr, chargebackLater } from './fraud-money.js';

/** Devices bought with other people's cards: stolen abroad, or phished at home with the one-time password. */

/** Cards stolen abroad (breaches, skimming, phishing kits) spent on resaleable devices sent to drops. */
export function stolenCardForeign(
  rng: Rng,
  w: Window,
  n: number,
  kind: FraudKind = 'stolen_card_foreign',
): Purchase[] {
  const forwarder = kind === 'reshipper_export';
  const gangs = crews(rng, n, () => {
    const m: MarketCode = forwarder ? 'AE' : rng.weighted({ AE: 55, SA: 18, KW: 12, QA: 10, EG: 5 });
    return crew(rng, m, {
      home: rng.weighted(CREW_HOMES),
      ...(forwarder ? { drop: 'forwarder' as const } : {}),
    });
  });
  return Array.from({ length: n }, () => {
    const c = rng.pick(gangs);
    const cc = foreignCardCountry(rng);
    const card = cardFrom(rng, cc);
    const fullz = rng.chance(forwarder ? 0.6 : 0.45);
    const drop = rng.pick(c.drops);
    const at = fraudWhen(rng, w, c.market);
    const main = product(rng, rng.chance(0.6) ? inCategory('phones') : RESALEABLE);
    const lines = [line(main, c.market, forwarder ? rng.int(1, 3) : rng.chance(0.2) ? 2 : 1)];
    if (rng.chance(0.3)) lines.push(line(product(rng, FLAGSHIPS), c.market));
    const attempts = stolenAttempts(rng, card, sameBatch(rng, cc), {
      tries: tries(rng),
      success: 0.72,
      billingMatches: fullz,
    });
    const who = throwaway(rng, c);
    return assemble(rng, {
      kind,
      crew: c,
      at,
      buyer: freshBuyer(rng, at, rng.chance(0.7) ? { ...who, name: nameIn(rng, cc) } : who),
      billing: fullz ? abroad(rng, cc) : drop,
      shipping: drop,
      basket: basketOf(lines, c.market, 'card'),
      attempts,
      later: unpaidOr(rng, attempts, () => chargebackLater(rng, { warn: 0.45, dispute: 0.78 })),
    });
  });
}

/**
 * Local cards phished by "parcel on hold" and "unpaid toll" texts, with the one-time password: 3-D Secure
 * passes. Spent on phones and consoles sent to drops, or on gift-card codes.
 */
export function smishingLocalCard(rng: Rng, w: Window, n: number): Purchase[] {
  const gangs = crews(rng, n, () => {
    const m = rng.weighted({ AE: 45, SA: 25, KW: 12, QA: 10, JO: 4, EG: 4 });
    return crew(rng, m, { home: rng.chance(0.6) ? m : rng.weighted(CREW_HOMES) });
  });
  return Array.from({ length: n }, () => {
    const c = rng.pick(gangs);
    const victim = resident(rng, c.market);
    const card = cardFrom(rng, c.market);
    const at = fraudWhen(rng, w, c.market);
    const codes = rng.chance(0.3);
    const basket = codes
      ? giftCards(rng, c.market, rng.int(2, 5))
      : basketOf([line(product(rng, FLAGSHIPS), c.market)], c.market, 'card');
    const attempts = stolenAttempts(rng, card, () => cardFrom(rng, c.market), {
      tries: rng.weightedPick([
        [1, 70],
        [2, 20],
        [3, 10],
      ] as const),
      success: 0.85,
      billingMatches: true,
      cvcKnown: 0.97,
    });
    const who = throwaway(rng, c, victim.origin);
    return assemble(rng, {
      kind: 'smishing_local_card',
      crew: c,
      at,
      buyer: freshBuyer(rng, at, rng.chance(0.6) ? { ...who, name: victim.name } : who, 0.35),
      billing: homeIn(rng, c.market),
      ...(codes ? {} : { shipping: rng.pick(c.drops) }),
      basket,
      attempts,
      later: unpaidOr(rng, attempts, () => chargebackLater(rng, { warn: 0.25, dispute: 0.72, caught: 0.05 })),
    });
  });
}
