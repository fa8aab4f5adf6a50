import { accountBuyer, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { fulfilment } from './after.js';
import { newCard } from './cards.js';
import { type Item, lineOf, pickLines, SCARVES, TAILORED, TIES } from './catalogue.js';
import { BANGKOK, CONSUMER, when } from './calendar.js';
import { type Draft, priced, purchaseOf } from './checkout.js';
import { cardRun, junkEmail, stolenEnd, toolDevice } from './fraud-kit.js';
import { dedupe, type World } from './shopping.js';
import { homeNetwork, HOSTING, ipOn, network, THAI_MOBILE } from './networks.js';
import { deviceOf, emailFor, foreignDevice, personName, pickAccount, thaiDevice } from './people.js';
import {
  addressIn,
  dropAddress,
  FOREIGN_WEIGHTS,
  forwarderAddress,
  homeIn,
  market,
  thaiCity,
} from './places.js';
import {
  type Attempt,
  cardTry,
  DAY,
  firstAuth,
  type LaterEvent,
  type Method,
  other,
  paid,
  type Purchase,
  retryGap,
} from './purchase.js';

/**
 * Fraud through people's own accounts and names: takeovers of aged accounts, buyers who charge back what
 * they received, and cash-on-delivery orders nobody means to take.
 */

/**
 * Account takeover: a stuffed password, a new device, a saved card (charged without the CVC) or a linked
 * PayPal, silk sent to a drop condo or a forwarder, at checkout or by changing the address afterwards. Saved
 * Thai cards still ask the owner for an OTP, so most Thai takeovers fail unless the OTP is phished too.
 */
export function accountTakeover(rng: Rng, w: World): Purchase {
  const foreign = rng.chance(0.65);
  const a = pickAccount(rng, w.base, (x) => x.thai !== foreign);
  const m = market(a.country);
  const at = when(rng, w.window, rng.chance(0.5) ? BANGKOK : a.tz, 'flat', CONSUMER);
  const newAddress = a.thai ? dropAddress(rng) : forwarderAddress(rng);
  const later = rng.chance(0.35);
  const currency = m.currency;
  const lines = dedupe(
    pickLines(
      rng,
      currency,
      ['stole', 'scarfIkat', 'bedspread', 'robe', 'tieSet', 'mtmJacket', 'shawl'],
      rng.int(2, 4),
      () => rng.int(1, 3),
    ),
  );
  const method: Method = a.paypal && rng.chance(0.7) ? 'paypal' : 'card';
  const d: Draft = {
    kind: 'account_takeover',
    fraud: true,
    at,
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: later ? a.home : newAddress,
    ip: rng.weightedPick([
      [() => ipOn(rng, network(rng.pick(HOSTING)), 0), 50],
      [() => ipOn(rng, network(rng.pick(THAI_MOBILE)), 0.2), 30],
      [() => ipOn(rng, homeNetwork(rng, rng.weightedPick(FOREIGN_WEIGHTS)), 0.1), 20],
    ] as const)(),
    device: toolDevice(rng),
    locale: a.locale,
    delivery: a.thai ? 'kerry' : 'dhl_express',
    method,
    currency,
    lines,
  };
  const card = rng.pick(a.cards);
  let attempts: Attempt[];
  if (method === 'paypal') attempts = [other('paypal', rng.chance(0.85), firstAuth(rng), 'paypal_declined')];
  else if (a.thai) {
    const phished = rng.chance(0.3);
    attempts = [
      cardTry(rng, card, {
        entry: 'saved',
        ok: phished,
        afterMs: firstAuth(rng),
        ...(phished ? {} : { decline: 'authentication_failed' as const }),
      }),
    ];
    if (!phished && rng.chance(0.5))
      attempts.push(
        cardTry(rng, card, {
          entry: 'saved',
          ok: false,
          decline: 'authentication_failed',
          afterMs: retryGap(rng),
        }),
      );
  } else
    attempts = cardRun(rng, {
      cards: [card],
      ok: 0.85,
      declines: [
        ['do_not_honor', 60],
        ['authentication_failed', 40],
      ],
      match: () => true,
      passed: (g) => (g.chance(0.85) ? 'frictionless' : 'attempted'),
    }).map((x) => ({ ...x, cvc: 'unchecked' as const }));
  const end = stolenEnd(rng, attempts, {
    delivery: d.delivery,
    provincial: true,
    caught: 0.08,
    warned: method === 'card' ? 0.25 : 0,
    refundOnWarning: 0.5,
    disputed: 0.6,
    disputeDays: [5, 40],
    ...(later ? { readdress: newAddress } : {}),
  });
  // The owner who writes to the shop instead of the bank gets a refund.
  if (
    paid({ attempts }) &&
    !end.some(
      (l) => l.type === 'dispute.created' || l.type === 'order.cancelled' || l.type === 'refund.created',
    )
  )
    end.push({ type: 'refund.created', afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' });
  return purchaseOf(d, priced(d), attempts, end);
}

const DISPUTES: ReadonlyArray<readonly [string, number]> = [
  ['product_not_received', 45],
  ['not_as_described', 25],
  ['unrecognized', 20],
  ['credit_not_processed', 10],
];

/**
 * Friendly fraud: a genuine buyer (often a customer of long standing), an ordinary order paid with their own
 * card or PayPal and delivered, then a chargeback: never arrived, not as described, not recognised.
 */
export function friendlyFraud(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.5) ? pickAccount(rng, w.base, (x) => !x.thai || rng.chance(0.4)) : undefined;
  const country = a?.country ?? (rng.chance(0.8) ? rng.weightedPick(FOREIGN_WEIGHTS) : 'TH');
  const m = market(country);
  const home = a
    ? { address: a.home, tz: a.tz }
    : country === 'TH'
      ? { address: addressIn(rng, 'TH', thaiCity(rng)), tz: BANGKOK }
      : homeIn(rng, country);
  const at = when(rng, w.window, home.tz, country === 'TH' ? 'thai' : 'abroad', CONSUMER);
  const name = a?.name ?? personName(rng, country);
  const buyer: Buyer = a ? accountBuyer(a) : { email: emailFor(rng, name, country), name };
  const currency = m.currency;
  const pool: Item[] = [...SCARVES, ...TIES, 'robe', 'bedspread', ...TAILORED];
  const lines = dedupe(
    pickLines(rng, currency, pool, rng.int(1, 3), () => (rng.chance(0.7) ? 1 : rng.int(2, 3))),
  );
  const thai = country === 'TH';
  const method: Method = !thai && (a?.paypal ?? rng.chance(0.2)) ? 'paypal' : 'card';
  const tailored = lines.some((l) => l.category === 'tailored');
  const d: Draft = {
    kind: 'friendly_fraud',
    fraud: true,
    at,
    buyer,
    billing: home.address,
    shipping: home.address,
    ip: a && rng.chance(0.85) ? ipOn(rng, a.network) : ipOn(rng, homeNetwork(rng, country)),
    device: a && rng.chance(0.85) ? a.device : thai ? thaiDevice(rng) : foreignDevice(rng),
    locale: m.locale,
    delivery: thai ? 'kerry' : rng.chance(0.6) ? 'ems_world' : 'dhl_express',
    method,
    currency,
    lines,
    ...(tailored ? { tailoring: a?.measured ? 'profile_on_file' : 'self_measured' } : {}),
  };
  const card = a?.cards[0] ?? newCard(rng, country);
  const attempts: Attempt[] =
    method === 'paypal'
      ? [other('paypal', true, firstAuth(rng))]
      : [
          cardTry(rng, card, {
            entry: a && rng.chance(0.5) ? 'saved' : 'typed',
            ok: true,
            afterMs: firstAuth(rng),
          }),
        ];
  const shipped = fulfilment(rng, {
    delivery: d.delivery,
    provincial: true,
    cod: false,
    ...(tailored ? { leadDays: [6, 14] as const } : {}),
  });
  const delivered = shipped[shipped.length - 1]?.afterMs ?? 0;
  const later: LaterEvent[] = [
    ...shipped,
    {
      type: 'dispute.created',
      afterMs: delivered + rng.int(10, 60) * DAY,
      reason: rng.weightedPick(DISPUTES),
    },
  ];
  return purchaseOf(d, priced(d), attempts, later);
}

/**
 * Cash-on-delivery orders nobody takes: fake names at real addresses (pranks, harassment, a rival shop), a
 * handful of scarves and pha sin up to the ฿10,000 COD limit from a phone that places several; refused at the
 * door and returned.
 */
export function codRefusal(rng: Rng, w: World, phones: readonly Device[]): Purchase {
  const at = when(rng, w.window, BANGKOK, 'thai', CONSUMER);
  const name = personName(rng, 'TH');
  const to = addressIn(rng, 'TH', thaiCity(rng, 0.35));
  const lines = dedupe(
    pickLines(
      rng,
      'THB',
      ['scarfSolid', 'scarfElephant', 'phaSin', 'robe', 'shirt', 'blouse', 'cushionElephant'],
      rng.int(2, 4),
      () => rng.int(1, 3),
    ),
  );
  while (lines.reduce((s, l) => s + l.price * l.quantity, 0) > 990_000 && lines.length > 1) lines.pop();
  if (lines.reduce((s, l) => s + l.price * l.quantity, 0) > 990_000)
    lines.splice(0, 1, lineOf('scarfSolid', 3, 'THB'));
  const d: Draft = {
    kind: 'cod_refusal',
    fraud: true,
    at,
    buyer: { email: rng.chance(0.6) ? junkEmail(rng, name) : emailFor(rng, name, 'TH'), name },
    billing: to,
    shipping: to,
    ip: ipOn(rng, network(rng.pick(THAI_MOBILE)), 0.25),
    device: rng.chance(0.6) ? rng.pick(phones) : deviceOf(rng, 'android', rng.chance(0.6)),
    locale: 'th-TH',
    delivery: rng.chance(0.5) ? 'flash' : 'kerry',
    method: 'cod',
    currency: 'THB',
    lines,
  };
  const later = fulfilment(rng, {
    delivery: d.delivery,
    provincial: to.city !== 'Bangkok',
    cod: true,
    refused: true,
  });
  return purchaseOf(d, priced(d), [], later);
}

/** The phones a COD prankster or rival uses, on Facebook's and LINE's in-app browsers. */
export const codPhones = (rng: Rng): Device[] =>
  Array.from({ length: rng.int(1, 3) }, () => deviceOf(rng, 'android', true));
