import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { HOURS, momentIn } from './calendar.js';
import { newCard } from './cards.js';
import { BLANKETS, line, priced, SWEATERS } from './catalogue.js';
import { accountTakeover, friendlyFraud, returnsAbuse, triangulation } from './fraud-accounts.js';
import { cardTesting, giftCardCashing, stolenCardForwarder, stolenIdentityPickup } from './fraud-cards.js';
import { DAY, fraudIp, fraudPurchase, freshDevice, gap, HOUR } from './fraud-kit.js';
import { network, vpnExit } from './networks.js';
import { personIn, phoneIn, plain } from './people.js';
import { addressIn, forwarder } from './places.js';
import { type Attempt, cardAttempt, fulfil, type LaterEvent, other, type Purchase } from './purchase.js';
import { type World } from './shopper.js';

/** The fraud kinds, their weights, the sanctioned-country kind, and how a seed's fraud is planned. */

export const FRAUD = {
  card_testing: 14,
  stolen_identity_pickup: 18,
  stolen_card_forwarder: 16,
  triangulation: 9,
  account_takeover: 11,
  gift_card_cashing: 7,
  friendly_fraud: 10,
  returns_abuse: 9,
  sanctioned_country: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

type Route = 'ru_direct' | 'ru_kazakh' | 'ru_finland' | 'belarus' | 'iran';

/**
 * Buyers in Russia, Belarus and Iran, whom export sanctions on luxury goods and the card schemes' exit keep
 * out: a Mir or Belkart card refused, then a Kazakh or Armenian card opened for the purpose, or PayPal; parcels
 * to Russia itself, or to forwarders in Lappeenranta and Imatra, Almaty, Vilnius, Istanbul or Dubai; from home
 * networks or a VPN. The shop's screening cancels many that do get paid.
 */
function sanctioned(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`sc${i}`);
    const route = r.weightedPick<Route>([
      ['ru_direct', 35],
      ['ru_kazakh', 20],
      ['ru_finland', 25],
      ['belarus', 12],
      ['iran', 8],
    ]);
    const home = route === 'belarus' ? 'BY' : route === 'iran' ? 'IR' : 'RU';
    const person = personIn(r, home);
    const billing =
      route === 'ru_kazakh'
        ? { country: 'KZ', postalCode: '050000', city: 'Almaty', line1: `ul. Dostyk ${r.int(1, 200)}` }
        : addressIn(r, home);
    let shipping: Address;
    if (route === 'ru_direct') shipping = addressIn(r, 'RU');
    else if (route === 'ru_kazakh') shipping = forwarder(r, 'KZ');
    else if (route === 'ru_finland') shipping = forwarder(r, 'FI');
    else if (route === 'belarus') shipping = forwarder(r, 'LT');
    else shipping = forwarder(r, r.pick(['TR', 'AE'] as const));
    const n =
      route === 'ru_finland'
        ? r.chance(0.6)
          ? vpnExit(r, 'FI')
          : network('fi_hosting')
        : network(home === 'BY' ? 'by_broadband' : home === 'IR' ? 'ir_broadband' : 'ru_broadband');
    const at = momentIn(r, w.window, { std: home === 'IR' ? 3.5 : 3, dst: 'none' }, HOURS.evening);
    const lines = Array.from({ length: r.int(1, 3) }, () =>
      line(r, r.chance(0.8) ? r.pick(SWEATERS) : r.pick(BLANKETS), 'EUR'),
    );
    const delivery = route === 'ru_direct' ? 'eu_post' : r.chance(0.4) ? 'dhl_express' : 'eu_post';
    const basket = priced(lines, 'EUR', delivery, shipping.country);
    const attempts: Attempt[] = [];
    const first = r.int(30_000, 120_000);
    if (home === 'RU' && r.chance(0.45))
      attempts.push(
        cardAttempt(r, newCard(r, 'RU'), {
          ok: false,
          decline: 'card_not_supported',
          afterMs: first,
          threeDS: 'not_enrolled',
        }),
      );
    if (home === 'BY' && r.chance(0.5))
      attempts.push(
        cardAttempt(r, newCard(r, 'BY'), {
          ok: false,
          decline: 'card_not_supported',
          afterMs: first,
          threeDS: 'not_enrolled',
        }),
      );
    if (home === 'IR') {
      attempts.push(
        cardAttempt(r, newCard(r, 'IR'), {
          ok: false,
          decline: 'card_not_supported',
          afterMs: first,
          threeDS: 'not_enrolled',
        }),
      );
      attempts.push(other('paypal', r.chance(0.2), gap(r), 'do_not_honor'));
    } else if (r.chance(0.25))
      attempts.push(other('paypal', r.chance(0.5), attempts.length ? gap(r) : first, 'do_not_honor'));
    else {
      const ok = r.chance(0.6);
      const card = newCard(r, r.chance(0.75) ? 'KZ' : 'AM');
      const after = attempts.length ? gap(r) : first;
      attempts.push(
        cardAttempt(r, card, {
          ok,
          afterMs: after,
          ...(ok ? {} : { decline: r.pick(['do_not_honor', 'card_not_supported'] as const) }),
        }),
      );
    }
    const later: LaterEvent[] = r.chance(0.4)
      ? [
          { type: 'order.cancelled', afterMs: r.float(3, 40) * HOUR, reason: 'export_restricted' },
          { type: 'refund.created', afterMs: r.float(41, 60) * HOUR, reason: 'export_restricted' },
        ]
      : fulfil(r, delivery, shipping.country).steps;
    if (!later.some((l) => l.type === 'order.cancelled') && r.chance(0.08))
      later.push({ type: 'dispute.created', afterMs: r.float(30, 60) * DAY, reason: 'product_not_received' });
    const mail =
      home === 'IR'
        ? r.pick(['gmail.com', 'yahoo.com'])
        : r.pick(['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru']);
    return fraudPurchase({
      kind: 'sanctioned_country',
      at,
      buyer: {
        email: `${plain(person.first)}.${plain(person.last)}${r.int(1, 99)}@${mail}`,
        name: person.name,
      },
      billing,
      shipping,
      delivery,
      storefront: 'INTL',
      basket,
      ip: fraudIp(r, n),
      device: freshDevice(r, ['windows', 'android', 'iphone', 'macChrome']),
      phone: phoneIn(r, home),
      attempts,
      later,
    });
  });
}

type Planner = (rng: Rng, w: World, count: number) => Purchase[];

const PLANNERS: Readonly<Record<FraudKind, Planner>> = {
  card_testing: (rng, w, n) => cardTesting(rng, w.window, n),
  stolen_identity_pickup: (rng, w, n) => stolenIdentityPickup(rng, w.window, n),
  stolen_card_forwarder: (rng, w, n) => stolenCardForwarder(rng, w.window, n),
  triangulation,
  account_takeover: accountTakeover,
  gift_card_cashing: (rng, w, n) => giftCardCashing(rng, w.window, n),
  friendly_fraud: friendlyFraud,
  returns_abuse: returnsAbuse,
  sanctioned_country: sanctioned,
};

/** `count` fraudulent purchases, allocated exactly across the kinds by weight, each kind on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    PLANNERS[kind](rng.fork(kind), w, counts[kind]),
  );
}
