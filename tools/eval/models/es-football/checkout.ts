import { type Rng } from '../kit/random.js';
import { type Delivery, type Line, personalisation } from './catalogue.js';
import { type Draft, purchaseOf, returnValue } from './build.js';
import { printed } from './names.js';
import { type Person } from './people.js';
import { type Currency } from './places.js';
import { honestAfter, honestPay, type Purchase } from './purchase.js';

/** What honest plans share: how an order reaches the buyer, printed shirts, and the end of an honest plan. */

/** How a Spanish order reaches its buyer: home, a pickup point, or the shop's counter for Madrid. */
export function deliveryIn(rng: Rng, p: Person): Delivery {
  if (p.country !== 'ES') return 'home';
  const madrid = p.home.city === 'Madrid';
  return rng.weightedPick<Delivery>([
    ['home', 68],
    ['pickup_point', 18],
    ['store_pickup', madrid ? 14 : 0],
  ]);
}

/** A shirt with the buyer's first name or surname and a number printed on it, now and then. */
export function maybePrinted(rng: Rng, p: Person, shirt: Line, currency: Currency, share: number): Line[] {
  if (!rng.chance(share)) return [shirt];
  const name = rng.chance(0.75) ? printed(p.name.first.split(' ')[0] ?? '') : printed(p.name.last);
  return [shirt, personalisation(currency, name, rng.int(1, 99), false, shirt.quantity)];
}

/** The common end of an honest plan: the draft priced, paid the way the payer pays, and what follows. */
export function honestPurchase(
  rng: Rng,
  d: Draft,
  payer: { person: Person; signedIn: boolean },
  o: { returns: number; declineShare?: number; method?: 'bank_transfer' } = { returns: 0.05 },
): Purchase {
  const personalised = d.lines.some((l) => l.category === 'personalisation');
  return purchaseOf(
    d,
    (amount, region) =>
      honestPay(
        rng,
        { cards: payer.person.cards, country: payer.person.country, region, signedIn: payer.signedIn },
        amount,
        o.declineShare,
        o.method,
      ),
    (amount, region) =>
      honestAfter(rng, {
        region,
        delivery: d.delivery,
        amount,
        personalised,
        returns: o.returns,
        returnValue: returnValue(d.lines),
      }),
  );
}
