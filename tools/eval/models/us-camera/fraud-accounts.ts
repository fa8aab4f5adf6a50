import { type Address, DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterWork, placedAt } from './calendar.js';
import { type HeldCard } from './cards.js';
import {
  businessBasket,
  type Fulfilment,
  giftCardLine,
  hobbyBasket,
  type Line,
  price,
  resaleBasket,
} from './catalogue.js';
import { chargebacks, fraudEmail, proxyIp, spoofedDevice, stateAt } from './fraud-kit.js';
import { ipIn, network, pickNetwork } from './networks.js';
import { type Account, companyName, deviceId, localPart, person } from './people.js';
import { DROPS, stateOf } from './places.js';
import { cardAttempt, honestPay, type LaterEvent, type Purchase, step } from './purchase.js';
import { accountConnection, aged, asBuyer, onPhone, purchaseOf, type World } from './world.js';

/** Fraud through accounts: takeovers of long-standing accounts, a fake company's net-terms bust-out, and friendly fraud. */

/** An account aged at least `days` at `at`, or any when none is. */
function agedAccount(rng: Rng, accounts: readonly Account[], at: number, days: number): Account | undefined {
  const old = accounts.filter((a) => aged(a, at, days));
  return old.length > 0 ? rng.pick(old) : accounts.length > 0 ? rng.pick(accounts) : undefined;
}

const TAKEOVER_NETS = [
  ['residential', 55],
  ['hosting', 25],
  ['abroad', 20],
] as const;

/**
 * Account takeover: a long-standing customer's password from another site's breach; a new browser on a proxy,
 * a data centre or abroad, the saved card (no code asked), and either resale-grade gear to a new address (some
 * placed to the home address and re-addressed by chat before it ships), a pickup by someone else, or
 * $500 e-gift cards to a new inbox. The holder notices on the statement.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const at = placedAt(rng, w.window, -5, rng.chance(0.5) ? 'night' : 'evening');
    const a = agedAccount(rng, w.base.personal, at, 90);
    if (!a) break;
    const card = a.cards.find((c) => c.brand !== 'store_card') ?? a.cards[0];
    if (!card) break;
    const how = rng.weightedPick(TAKEOVER_NETS);
    const ip =
      how === 'residential'
        ? proxyIp(rng)
        : how === 'hosting'
          ? ipIn(rng, pickNetwork(rng, rng.pick(['US', 'NL', 'DE']), 'hosting'), 0)
          : ipIn(rng, network(rng.pick(['ng-mobile', 'vn-broadband'])), 0);
    const device: Device = spoofedDevice(rng);
    const shape = rng.weightedPick([
      ['reship', 50],
      ['redirect', 15],
      ['pickup', 12],
      ['egift', 23],
    ] as const);
    let lines: Line[];
    let fulfilment: Fulfilment;
    let shipping: Address | undefined;
    if (shape === 'egift') {
      lines = [giftCardLine(rng, ['EGIFT250', 'EGIFT500', 'EGIFT500'], rng.int(1, 4))];
      fulfilment = 'email';
    } else {
      lines = resaleBasket(rng);
      fulfilment = shape === 'pickup' ? 'pickup' : rng.chance(0.4) ? 'overnight' : 'expedited';
      shipping = shape === 'reship' ? rng.pick(DROPS) : shape === 'redirect' ? a.home : undefined;
    }
    const to = shipping ? (stateAt(shipping) ?? a.state) : undefined;
    const basket = price(lines, { fulfilment, ...(to ? { state: to } : {}) }, rng);
    const attempts = [
      cardAttempt(rng, card as HeldCard, basket.amount, {
        entry: 'saved',
        match: 'good',
        ok: rng.chance(0.9),
        decline: 'do_not_honor',
        afterMs: rng.int(3_000, 20_000),
      }),
    ];
    const drop = rng.pick(DROPS);
    const recipient = fraudEmail(rng, person(rng), 'noise');
    out.push(
      purchaseOf(
        {
          at,
          fraud: true,
          kind: 'account_takeover',
          basket,
          billing: a.home,
          ...(shipping ? { shipping } : {}),
          fulfilment,
          buyer: asBuyer(a),
          ip,
          device,
          locale: 'en-US',
          attempts,
          ...(shape === 'egift' ? { extra: { giftRecipient: recipient } } : {}),
          ...(shape === 'pickup' ? { extra: { pickupPerson: person(rng).name } } : {}),
        },
        (p) =>
          chargebacks(rng, p, {
            caught: 0.12,
            warning: 0.4,
            dispute: 0.7,
            warningReason: 'unauthorized_use_of_card',
            ...(shape === 'redirect'
              ? {
                  also: (placed: number): LaterEvent[] => [
                    step(placed, 'order.updated', placed + rng.int(8, 50) * MINUTE, {
                      status: 'address_changed',
                      shipping: drop,
                    }),
                  ],
                }
              : {}),
          }),
      ),
    );
  }
  return out;
}

/**
 * A net-terms bust-out: a "production company" opened months ago with a new domain and a registered-agent
 * address, a few small paid orders behind it and net-30 terms approved, now places several big orders in a
 * few days (office hours, the same laptop), collected at the counter or shipped to the virtual office. The
 * invoices go unpaid: past due after 30 days, to collections after 60.
 */
export function netTermsBustOut(rng: Rng, w: World, count: number): Purchase[] {
  const companies = Array.from({ length: Math.max(1, Math.ceil(count / 4)) }, () => {
    const who = person(rng);
    const name = companyName(rng);
    const domain = `${name
      .toLowerCase()
      .replace(/ (llc|inc\.|co\.)$/, '')
      .replace(/[^a-z]/g, '')}${rng.pick(['media', 'prod', 'nyc', 'studio'])}.com`;
    return {
      who,
      name,
      ein: `**-***${rng.digits(4)}`,
      email: `${rng.pick([localPart(rng, who), 'purchasing', 'admin'])}@${domain}`,
      id: `cus_${rng.token(10)}`,
      createdAt: w.window.start - rng.int(60, 200) * DAY,
      office: rng.pick(DROPS.filter((d) => /Ste/.test(d.line1 ?? ''))),
      device: {
        userAgent:
          'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
        id: deviceId(rng),
      } as Device,
      ip: proxyIp(rng),
      from: placedAt(rng, w.window, -5, 'office', true),
    };
  });
  return Array.from({ length: count }, (_, i) => {
    const c = companies[i % companies.length] ?? (companies[0] as (typeof companies)[number]);
    const at = Math.max(
      w.window.start,
      Math.min(w.window.end - 1, c.from + rng.int(0, 4) * DAY + rng.int(-90, 90) * MINUTE),
    );
    const lines = businessBasket(rng);
    const fulfilment: Fulfilment = rng.chance(0.5) ? 'pickup' : 'expedited';
    const state = stateAt(c.office) ?? stateOf('NY');
    const basket = price(lines, fulfilment === 'pickup' ? { fulfilment } : { fulfilment, state }, rng);
    const approvedAfter = afterWork(at, rng.int(15, 120) * MINUTE) - at;
    return purchaseOf(
      {
        at,
        fraud: true,
        kind: 'net_terms_bust_out',
        basket,
        billing: c.office,
        ...(fulfilment === 'pickup' ? {} : { shipping: c.office }),
        fulfilment,
        buyer: { id: c.id, email: c.email, name: c.who.name, createdAt: c.createdAt },
        ip: rng.chance(0.8) ? c.ip : proxyIp(rng),
        device: c.device,
        locale: 'en-US',
        attempts: [{ method: 'net_terms', ok: true, afterMs: approvedAfter }],
        extra: {
          accountType: 'business',
          company: { name: c.name, ein: c.ein },
          ...(fulfilment === 'pickup' ? { pickupPerson: person(rng).name } : {}),
        },
      },
      (p) =>
        chargebacks(rng, p, {
          caught: 0.08,
          warning: 0,
          dispute: 0,
          also: (placed) => [
            step(placed, 'order.updated', placed + rng.int(31, 36) * DAY, { status: 'invoice_past_due' }),
            step(placed, 'order.updated', placed + rng.int(61, 70) * DAY, { status: 'sent_to_collections' }),
          ],
        }),
    );
  });
}

const FRIENDLY_REASONS = [
  ['product_not_received', 45],
  ['fraudulent', 30],
  ['product_unacceptable', 15],
  ['credit_not_processed', 10],
] as const;

/**
 * Friendly fraud: a genuine customer, from home, with their own card and device, buys and receives the goods,
 * then tells the bank the parcel never came, the charge was not theirs, the item was not as described, or a
 * return was never credited.
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const a = agedAccount(rng, w.base.personal, w.window.start, 30);
    if (!a) break;
    const { device, ip } = accountConnection(rng, a);
    const at = placedAt(rng, w.window, a.state.tz, 'evening');
    const lines = rng.chance(0.55)
      ? hobbyBasket(rng)
      : rng.chance(0.6)
        ? resaleBasket(rng, 1)
        : [giftCardLine(rng, ['EGIFT100', 'EGIFT250'])];
    const email = lines[0]?.category === 'gift_card';
    const fulfilment: Fulfilment = email ? 'email' : rng.chance(0.1) ? 'overnight' : 'expedited';
    const basket = price(lines, email ? { fulfilment } : { fulfilment, state: a.state }, rng);
    const attempts = honestPay(
      rng,
      {
        cards: a.cards.filter((c) => c.brand !== 'store_card'),
        country: 'US',
        signedIn: true,
        phone: onPhone(device),
      },
      at,
      basket.amount,
      0,
    );
    const reason = rng.weightedPick(FRIENDLY_REASONS);
    out.push(
      purchaseOf(
        {
          at,
          fraud: true,
          kind: 'friendly_fraud',
          basket,
          billing: a.home,
          ...(email ? {} : { shipping: a.home }),
          fulfilment,
          buyer: asBuyer(a),
          ip,
          device,
          locale: 'en-US',
          attempts,
        },
        (p) =>
          chargebacks(rng, p, {
            caught: 0,
            warning: reason === 'fraudulent' ? 0.4 : 0,
            warningReason: 'unauthorized_use_of_card',
            refundOnWarning: 0,
            dispute: 1,
            disputeReason: reason,
          }),
      ),
    );
  }
  return out;
}
