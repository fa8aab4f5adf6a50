import { type Address, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { EVERYDAY_HOURS, NIGHT_HOURS, placeAt } from './calendar.js';
import { newCard } from './cards.js';
import {
  AVALANCHE,
  basketOf,
  BOOTS,
  CLOTHING,
  type Fulfilment,
  giftCard,
  GOGGLES,
  HELMETS,
  line,
  SKIS,
  SNOWBOARD,
} from './catalogue.js';
import {
  fraudAfter,
  fraudDevice,
  fraudIp,
  hostingIp,
  proxyIp,
  stolenAttempts,
  throwawayEmail,
} from './fraud-kit.js';
import { ipOn, networksOf } from './networks.js';
import { homeAddress, type Market, muleAddress, packstation, withNote } from './places.js';
import { pickAccount, personOf, type World } from './people.js';
import { type Attempt, cardAttempt, honestAfter, type LaterEvent, other, type Purchase } from './purchase.js';
import { localeOf, member, purchaseOf } from './shop.js';

/** Fraud that rides on someone's identity: Club account takeover, Klarna on stolen identities, friendly fraud. */

/**
 * A Bergwerk Club login bought from a credential-stuffing list: a new browser on a VPS, a proxy in the
 * member's country or the attacker's own line; the saved card (no CVC asked; the issuer sometimes
 * challenges, which the attacker fails), the points redeemed, and the goods sent somewhere new or turned into
 * e-gift cards; some change the account's e-mail first. Members notice and call; some orders are stopped.
 */
export function accountTakeover(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: rng.chance(0.5) ? NIGHT_HOURS : EVERYDAY_HOURS, sale: 0.5 });
  const a = pickAccount(rng, w, 90 * DAY);
  const gifts = rng.chance(0.3);
  const currency = a.country === 'CH' && !gifts ? 'CHF' : 'EUR';
  const lines = gifts
    ? Array.from({ length: rng.int(1, 3) }, () =>
        line(rng, giftCard(rng.pick([150, 200, 250, 300, 500])), at, 'EUR'),
      )
    : rng
        .shuffle([
          AVALANCHE[0],
          AVALANCHE[1],
          AVALANCHE[4],
          GOGGLES[1],
          GOGGLES[0],
          CLOTHING[0],
          CLOTHING[1],
          SKIS[8],
          SKIS[1],
          HELMETS[4],
        ])
        .slice(0, rng.int(1, 3))
        .map((i) =>
          line(
            rng,
            i,
            at,
            currency,
            i.category === 'avalanche' || i.category === 'goggles' ? rng.int(1, 2) : 1,
          ),
        );
  const where = gifts
    ? 'email'
    : rng.weightedPick([
        ['mule', 45],
        ['packstation', 20],
        ['collect', 15],
        ['home_redirect', 20],
      ] as const);
  const fulfilment: Fulfilment =
    where === 'email'
      ? 'email'
      : where === 'collect'
        ? rng.pick(['store_innsbruck', 'resort_ischgl', 'resort_soelden'] as const)
        : where === 'packstation'
          ? 'dhl'
          : rng.pick(['dhl', 'dpd', 'dhl_express'] as const);
  const shipping: Address | undefined =
    where === 'mule'
      ? muleAddress(rng)
      : where === 'packstation'
        ? packstation(rng)
        : where === 'home_redirect'
          ? { ...a.address }
          : undefined;
  const redirect =
    where === 'home_redirect' ? (rng.chance(0.5) ? packstation(rng) : muleAddress(rng)) : undefined;
  const points = a.points >= 100 && rng.chance(0.55) ? a.points - (a.points % 100) : 0;
  const to = shipping?.country ?? a.country;
  const basket = basketOf(lines, currency, {
    fulfilment,
    to,
    ...(points ? { code: 'CLUB-PUNKTE', fixed: points * 5 } : {}),
  });
  const attempts: Attempt[] = [];
  for (const card of a.cards) {
    const challenged = rng.chance(0.35);
    attempts.push(
      cardAttempt(rng, card, basket.amount, {
        entry: 'saved',
        ok: !challenged,
        afterMs: attempts.length === 0 ? rng.int(5_000, 30_000) : rng.int(20_000, 90_000),
        ...(challenged
          ? { decline: 'authentication_failed' as const }
          : { threeDS: 'frictionless' as const }),
      }),
    );
    if (!challenged) break;
  }
  const email = rng.chance(0.2) ? throwawayEmail(rng) : a.email;
  const ip = rng.weightedPick([
    ['hosting', 35],
    ['proxy', 40],
    ['own', 25],
  ] as const);
  return purchaseOf({
    kind: 'account_takeover',
    fraud: true,
    at,
    buyer: { ...member(a), email },
    billing: { ...a.address },
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip:
      ip === 'hosting'
        ? hostingIp(rng)
        : ip === 'proxy'
          ? proxyIp(rng, a.country)
          : fraudIp(rng, a.country, [0, 0, 1]),
    device: fraudDevice(rng),
    locale: localeOf(a.country),
    basket,
    attempts,
    later: fraudAfter(rng, {
      fulfilment,
      caught: 0.25,
      warning: 0.3,
      dispute: 0.55,
      ...(redirect ? { redirect } : {}),
    }),
    ...(points ? { extra: { pointsRedeemed: points } } : {}),
  });
}

/**
 * Klarna "pay later" with someone else's identity: the victim's name and real address (from a data leak), a new
 * e-mail and account, delivery to a Packstation, a mule's flat in the victim's name, the victim's own door
 * (redirected in transit) or a counter; Klarna turns many down, and the ones it approves come back as
 * chargebacks once the victim gets the dunning letter.
 */
export function klarnaIdentity(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: EVERYDAY_HOURS, sale: 0.8 });
  const country = rng.weightedPick<Market>([
    ['DE', 55],
    ['AT', 35],
    ['NL', 10],
  ]);
  const victim = personOf(rng, country);
  const billing = homeAddress(rng, country);
  const where = rng.weightedPick([
    ['door_redirect', 30],
    ['packstation', country === 'DE' ? 30 : 5],
    ['mule', 25],
    ['collect', 10],
  ] as const);
  const fulfilment: Fulfilment =
    where === 'collect' ? rng.pick(['store_innsbruck', 'resort_soelden'] as const) : courierFor(rng, country);
  const shipping: Address | undefined =
    where === 'door_redirect'
      ? { ...billing }
      : where === 'packstation'
        ? packstation(rng)
        : where === 'mule'
          ? withNote(muleAddress(rng, country), `bei ${victim.last}`)
          : undefined;
  const redirect =
    where === 'door_redirect' ? (rng.chance(0.6) ? packstation(rng) : muleAddress(rng, country)) : undefined;
  const lines = rng
    .shuffle([
      ...SKIS.slice(0, 6),
      ...BOOTS,
      ...CLOTHING.slice(0, 4),
      ...SNOWBOARD.slice(0, 3),
      GOGGLES[1],
      HELMETS[4],
    ])
    .slice(0, rng.int(1, 3))
    .map((i) => line(rng, i, at, 'EUR'));
  const basket = basketOf(lines, 'EUR', { fulfilment, to: shipping?.country ?? country });
  const method = basket.amount >= 15_000 && rng.chance(0.35) ? 'klarna_instalments' : 'klarna_invoice';
  const attempts: Attempt[] = [];
  if (rng.chance(0.45)) {
    attempts.push(other(method, false, rng.int(15_000, 60_000), 'klarna_declined'));
    if (rng.chance(0.5))
      attempts.push(
        other(
          method === 'klarna_invoice' ? 'klarna_instalments' : 'klarna_invoice',
          rng.chance(0.3),
          rng.int(30_000, 3 * MINUTE),
          'klarna_declined',
        ),
      );
    else if (rng.chance(0.3))
      attempts.push(
        ...stolenAttempts(rng, [newCard(rng, country)], basket.amount, { passes: 0.3, cards: 1 }),
      );
  } else attempts.push(other(method, true, rng.int(15_000, 60_000)));
  const registers = rng.chance(0.7);
  const email = throwawayEmail(rng, victim);
  const phone = rng.chance(0.6);
  return purchaseOf({
    kind: 'klarna_identity',
    fraud: true,
    at,
    buyer: registers
      ? { id: `cus_${rng.token(14)}`, email, name: victim.name, createdAt: at - rng.int(3, 40) * MINUTE }
      : { email, name: victim.name },
    billing,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: fraudIp(rng, country, [60, 25, 15]),
    device: phone
      ? {
          ...fraudDevice(rng),
          userAgent:
            'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
        }
      : fraudDevice(rng),
    locale: localeOf(country),
    basket,
    attempts,
    later: fraudAfter(rng, {
      fulfilment,
      caught: 0.1,
      warning: 0,
      dispute: 0.4,
      ...(redirect ? { redirect } : {}),
    }),
  });
}

const courierFor = (rng: Rng, country: string): Fulfilment =>
  country === 'AT' ? rng.pick(['post', 'dpd'] as const) : 'dhl';

/**
 * A real, long-standing customer who keeps the goods and claims otherwise: "never arrived" on a signed-for
 * parcel, "not authorised" on their own card, "not as described" on skis that were used; paid and delivered
 * normally, the dispute a month or two later.
 */
export function friendlyFraud(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: EVERYDAY_HOURS });
  const a = pickAccount(rng, w, 365 * DAY);
  const currency = a.country === 'CH' ? 'CHF' : 'EUR';
  const lines = rng
    .shuffle([...SKIS, ...BOOTS, ...CLOTHING.slice(0, 5), ...GOGGLES, ...SNOWBOARD.slice(0, 3), AVALANCHE[0]])
    .slice(0, rng.int(1, 2))
    .map((i) => line(rng, i, at, currency));
  const fulfilment: Fulfilment = courierFor(rng, a.country);
  const basket = basketOf(lines, currency, { fulfilment, to: a.country });
  const method = rng.weightedPick([
    ['card', 55],
    ['paypal', 30],
    ['klarna_invoice', a.country === 'CH' || a.country === 'IT' || a.country === 'SI' ? 0 : 15],
  ] as const);
  const attempts: Attempt[] =
    method === 'card'
      ? [
          cardAttempt(rng, rng.pick(a.cards), basket.amount, {
            entry: rng.chance(0.6) ? 'saved' : 'typed',
            ok: true,
            afterMs: rng.int(5_000, 30_000),
          }),
        ]
      : [other(method, true, rng.int(5_000, 30_000))];
  const delivered = honestAfter(rng, {
    fulfilment,
    amount: basket.amount,
    abroad: a.country !== 'AT',
    returns: 0,
    cash: false,
  }).filter((l) => l.type === 'order.updated');
  const reason = rng.weightedPick([
    ['product_not_received', 50],
    ['fraudulent', 20],
    ['product_unacceptable', 30],
  ] as const);
  const later: LaterEvent[] = [
    ...delivered,
    { type: 'dispute.created', afterMs: rng.int(25, 70) * DAY, reason },
  ];
  return purchaseOf({
    kind: 'friendly_fraud',
    fraud: true,
    at,
    buyer: member(a),
    billing: { ...a.address },
    shipping: { ...a.address },
    fulfilment,
    ip: rng.chance(0.85)
      ? ipOn(rng, a.net, 0.3)
      : ipOn(rng, networksOf(a.country, 'mobile')[0]?.name ?? a.net),
    device: rng.pick(a.devices),
    locale: localeOf(a.country),
    basket,
    attempts,
    later,
  });
}
