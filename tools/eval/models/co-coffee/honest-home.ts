import { accountBuyer, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { COT, renewalAt, when } from './calendar.js';
import {
  AMISTAD_SET,
  basketOf,
  BEANS,
  BIG_GEAR,
  CAPSULES,
  type Code,
  FILTERS,
  GIFT_CARDS,
  GIFT_SETS,
  GROUND,
  line,
  type Line,
  MUG,
  shippingFee,
  SMALL_GEAR,
  some,
  SUBSCRIPTIONS,
  TASTING,
} from './catalogue.js';
import { checkout, connectionOf, homeMethod } from './checkout.js';
import { deliverySteps, officePickup, shipmentTo } from './delivery.js';
import { ipOn } from './networks.js';
import { newPerson } from './people.js';
import { addressIn, carrierOfficeIn, type City, CO_CITIES, cityOf, officeIn, zoneOf } from './places.js';
import { attemptsEnd, cardAttempt, type Attempt, type LaterEvent, type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The honest kinds at home: regulars, Amor y Amistad gifts, renewals, first orders and gear. */

/** Coffee for the house: a bag or three, ground or capsules now and then, filters or a mug on the side. */
function homeBasket(rng: Rng): Line[] {
  const lines = some(
    rng,
    BEANS,
    rng.weightedPick([
      [1, 55],
      [2, 35],
      [3, 10],
    ] as const),
  ).map((b) => line(b, rng.chance(0.2) ? 2 : 1));
  if (rng.chance(0.15)) lines.push(line(rng.pick(GROUND)));
  if (rng.chance(0.12)) lines.push(line(rng.pick(CAPSULES), rng.int(1, 3)));
  if (rng.chance(0.1)) lines.push(line(FILTERS));
  if (rng.chance(0.04)) lines.push(line(rng.pick(SMALL_GEAR)));
  return lines;
}

/** Someone's new account id (the pool's run below 100,000). */
export const newAccountId = (rng: Rng): string => String(rng.int(400_000, 999_999));

export function homeRegular(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.co);
  const at = when(rng, w.window, COT, 'home');
  const lines = homeBasket(rng);
  const pickup = a.city.metro === true && rng.chance(0.06);
  let shipping = pickup ? undefined : rng.chance(0.1) ? officeIn(rng, a.city) : a.home;
  let s = shipmentTo(rng, a.city, lines, pickup);
  if (!a.city.metro && rng.chance(0.05)) {
    s = officePickup(rng);
    shipping = carrierOfficeIn(rng, a.city, s.carrier ?? '');
  }
  const code: Code | undefined = rng.chance(0.08) ? 'CAFEFIEL' : undefined;
  const b = basketOf('COP', lines, pickup ? 0 : shippingFee('COP', 'CO', zoneOf(a.city), lines), code);
  const method = homeMethod(rng, a.prefers, b, a.city, s.fulfilment, false);
  const { ip, device } = connectionOf(rng, a);
  const { attempts, later } = checkout(rng, {
    payer: { cards: a.cards, signedIn: true },
    basket: b,
    method,
    fulfilment: s.fulfilment,
    placed: at,
  });
  return {
    at,
    fraud: false,
    kind: 'home_regular',
    basket: b,
    billing: a.home,
    attempts,
    later,
    buyer: accountBuyer(a),
    ...(shipping ? { shipping } : {}),
    ...s,
    ip,
    device,
    locale: 'es-CO',
    channel: 'web',
    method,
    documentType: a.documentType,
  };
}

const GIFT_NOTES = [
  'Feliz día de amor y amistad 💛',
  'Para mi amigo secreto, con cariño',
  'Gracias por tanto, parce',
  'Con todo mi amor',
  'Feliz día, amiga. Te quiero mucho',
  'Para que nos tomemos un tintico juntos',
  'De tu amigo secreto 🤫',
];

/** An Amor y Amistad gift: a set, a tasting box, a mug and a bag, or a gift card, sent to someone else. */
export function amorAmistadGift(rng: Rng, w: World): Purchase {
  const guest = rng.chance(0.45);
  const a = guest ? undefined : rng.pick(w.customers.co);
  const p = a ? undefined : newPerson(rng, 'CO');
  const from = (a?.city ?? p?.city) as City;
  const at = when(rng, w.window, COT, 'gift');
  const giftCard = rng.chance(0.1);
  const lines: Line[] = giftCard
    ? [line(rng.pick(GIFT_CARDS))]
    : rng.weightedPick<Line[]>([
        [[line(rng.pick(GIFT_SETS))], 45],
        [[line(rng.pick(TASTING))], 20],
        [[line(MUG), line(rng.pick(BEANS))], 15],
        [[line(AMISTAD_SET, rng.int(2, 4))], 12],
        [[line(rng.pick(BEANS)), line(rng.pick(BEANS))], 8],
      ]);
  const to = rng.chance(0.55) ? from : cityOf(rng, CO_CITIES);
  const shipping = giftCard ? undefined : addressIn(rng, to);
  const s = shipmentTo(rng, to, lines);
  const code: Code | undefined = rng.chance(0.25) ? 'AMISTAD10' : undefined;
  const b = basketOf('COP', lines, shippingFee('COP', 'CO', zoneOf(to), lines), code);
  const method = homeMethod(rng, a?.prefers, b, to, s.fulfilment, guest);
  const conn = a
    ? connectionOf(rng, a)
    : { ip: ipOn(rng, (p as NonNullable<typeof p>).network), device: (p as NonNullable<typeof p>).device };
  const readdress = shipping && rng.chance(0.04) ? addressIn(rng, to) : undefined;
  const payer = { cards: a?.cards ?? p?.cards ?? [], signedIn: !guest };
  const { attempts, later } = checkout(rng, {
    payer,
    basket: b,
    method,
    fulfilment: s.fulfilment,
    placed: at,
    ...(readdress ? { readdress } : {}),
  });
  const buyer = a
    ? accountBuyer(a)
    : { email: (p as NonNullable<typeof p>).email, name: (p as NonNullable<typeof p>).name };
  return {
    at,
    fraud: false,
    kind: 'amor_amistad_gift',
    basket: b,
    billing: a?.home ?? (p as NonNullable<typeof p>).home,
    attempts,
    later,
    buyer,
    ...(shipping ? { shipping } : {}),
    ...s,
    ...conn,
    locale: 'es-CO',
    channel: 'web',
    method,
    giftNote: rng.pick(GIFT_NOTES),
    documentType: 'CC',
  };
}

/**
 * A monthly renewal charged by the billing job on the saved card, off-session (no checkout, no IP, no CVC):
 * a few are declined, retried a day and three days later, and the subscription paused if they still fail.
 */
export function subscriptionRenewal(rng: Rng, w: World): Purchase {
  const subs = w.customers.subscribers;
  const a = subs[w.renewals.next++ % subs.length] ?? rng.pick(w.customers.co);
  const plan = a.subscription ?? (SUBSCRIPTIONS[0] as NonNullable<typeof a.subscription>);
  const at = renewalAt(rng, w.window);
  const b = basketOf(a.currency, [line(plan)], 0);
  const card = a.cards[0] as (typeof a.cards)[number];
  const off = { entry: 'off_session', installments: 1 } as const;
  const attempts: Attempt[] = [];
  if (!rng.chance(0.09))
    attempts.push(cardAttempt(rng, card, b, { ...off, ok: true, afterMs: rng.int(2_000, 40_000) }));
  else {
    const why = rng.weighted({ insufficient_funds: 50, expired_card: 25, do_not_honor: 25 } as const);
    attempts.push(
      cardAttempt(rng, card, b, { ...off, ok: false, decline: why, afterMs: rng.int(2_000, 40_000) }),
    );
    const second = why !== 'expired_card' && rng.chance(0.55);
    attempts.push(
      cardAttempt(rng, card, b, { ...off, ok: second, ...(second ? {} : { decline: why }), afterMs: DAY }),
    );
    if (!second) {
      const third = why !== 'expired_card' && rng.chance(0.45);
      attempts.push(
        cardAttempt(rng, card, b, {
          ...off,
          ok: third,
          ...(third ? {} : { decline: why }),
          afterMs: 2 * DAY,
        }),
      );
    }
  }
  const abroad = a.currency !== 'COP';
  const s = abroad
    ? rng.chance(0.6)
      ? ({ fulfilment: 'international_post', carrier: '4-72' } as const)
      : ({ fulfilment: 'international_express', carrier: 'DHL Express' } as const)
    : shipmentTo(rng, a.city, b.lines);
  const { steps } = deliverySteps(rng, s.fulfilment, at, attemptsEnd(attempts));
  const paused: LaterEvent = {
    type: 'order.cancelled',
    afterMs: attemptsEnd(attempts) + rng.int(1, 5) * MINUTE,
    reason: 'renewal_failed',
  };
  const later = attempts.some((x) => x.ok) ? steps : [paused];
  return {
    at,
    fraud: false,
    kind: 'subscription_renewal',
    basket: b,
    billing: a.home,
    attempts,
    later,
    buyer: accountBuyer(a),
    shipping: a.home,
    ...s,
    locale: a.locale,
    channel: 'subscription',
    method: 'card',
    documentType: a.documentType,
    renewal: true,
  };
}

/**
 * A first order from someone new, often from an Instagram ad or a barista's code: a new account or a guest, a bag
 * or two, a tasting box or a first subscription box; Efecty vouchers and cash on delivery are common.
 */
export function firstOrder(rng: Rng, w: World): Purchase {
  const p = newPerson(rng, 'CO');
  const signup = rng.chance(0.6);
  const at = when(rng, w.window, COT, 'home');
  const kind = rng.weighted({ bags: 60, tasting: 20, capsules: 10, subscription: 10 });
  const lines =
    kind === 'bags'
      ? some(rng, BEANS, rng.int(1, 2)).map((x) => line(x))
      : kind === 'tasting'
        ? [line(rng.pick(TASTING))]
        : kind === 'capsules'
          ? [line(rng.pick(CAPSULES), rng.int(1, 2))]
          : [line(rng.pick(SUBSCRIPTIONS))];
  const code: Code | undefined =
    kind === 'subscription' && signup && rng.chance(0.6)
      ? 'SUSCRIBE50'
      : signup && rng.chance(0.35)
        ? 'BIENVENIDA15'
        : rng.chance(0.15)
          ? rng.pick(['LAURA10', 'BARISTAPIPE'] as const)
          : undefined;
  const atOffice = !p.city.metro && rng.chance(0.06);
  const s = atOffice ? officePickup(rng) : shipmentTo(rng, p.city, lines);
  const shipping = atOffice ? carrierOfficeIn(rng, p.city, s.carrier ?? '') : p.home;
  const b = basketOf('COP', lines, shippingFee('COP', 'CO', zoneOf(p.city), lines), code);
  const codOk = p.city.cod === true && !atOffice;
  const method = rng.weightedPick<Purchase['method']>([
    ['efecty', 14],
    ['cod', codOk ? 16 : 0],
    ['pse', 26],
    ['nequi', 24],
    ['card', 18],
    ['daviplata', 2],
  ]);
  const { attempts, later } = checkout(rng, {
    payer: { cards: p.cards, signedIn: signup },
    basket: b,
    method,
    fulfilment: s.fulfilment,
    placed: at,
  });
  const buyer = signup
    ? { id: newAccountId(rng), email: p.email, name: p.name, createdAt: at - rng.int(1, 20) * MINUTE }
    : { email: p.email, name: p.name };
  return {
    at,
    fraud: false,
    kind: 'first_order',
    basket: b,
    billing: p.home,
    attempts,
    later,
    buyer,
    shipping,
    ...s,
    ip: ipOn(rng, p.network),
    device: p.device,
    locale: 'es-CO',
    channel: 'web',
    method,
    documentType: 'CC',
  };
}

/**
 * Gear: a grinder, a Chemex, a kettle or a scale with a bag or two, mostly on a credit card in 6 to 36 cuotas;
 * regulars and new accounts alike, some declined on the credit limit and paid by PSE instead.
 */
export function gearUpgrade(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.6);
  const a = known ? rng.pick(w.customers.co) : undefined;
  const p = a ? undefined : newPerson(rng, 'CO');
  const signup = !a && rng.chance(0.5);
  const city = (a?.city ?? p?.city) as City;
  const home = a?.home ?? (p as NonNullable<typeof p>).home;
  const at = when(rng, w.window, COT, 'home');
  const lines = [line(rng.pick(BIG_GEAR))];
  if (rng.chance(0.35)) lines.push(line(rng.pick(SMALL_GEAR.slice(2))));
  lines.push(
    ...some(rng, BEANS, rng.int(0, 2))
      .slice(0, rng.int(0, 2))
      .map((x) => line(x)),
  );
  const s = shipmentTo(rng, city, lines);
  const b = basketOf('COP', lines, shippingFee('COP', 'CO', zoneOf(city), lines));
  const codOk = city.cod === true && b.amount <= 80_000_000;
  const method = rng.weightedPick<Purchase['method']>([
    ['card', 60],
    ['pse', 30],
    ['nequi', 5],
    ['cod', codOk ? 5 : 0],
  ]);
  const cards = a?.cards ?? (p as NonNullable<typeof p>).cards;
  const { attempts, later } = checkout(rng, {
    payer: { cards, signedIn: known || signup },
    basket: b,
    method,
    fulfilment: s.fulfilment,
    placed: at,
  });
  const conn = a
    ? connectionOf(rng, a)
    : { ip: ipOn(rng, (p as NonNullable<typeof p>).network), device: (p as NonNullable<typeof p>).device };
  const buyer = a
    ? accountBuyer(a)
    : signup
      ? {
          id: newAccountId(rng),
          email: (p as NonNullable<typeof p>).email,
          name: (p as NonNullable<typeof p>).name,
          createdAt: at - rng.int(2, 40) * MINUTE,
        }
      : { email: (p as NonNullable<typeof p>).email, name: (p as NonNullable<typeof p>).name };
  return {
    at,
    fraud: false,
    kind: 'gear_upgrade',
    basket: b,
    billing: home,
    attempts,
    later,
    buyer,
    shipping: home,
    ...s,
    ...conn,
    locale: 'es-CO',
    channel: 'web',
    method,
    documentType: 'CC',
  };
}
