import { type Rng } from '../kit/random.js';
import {
  assemble,
  device,
  freshBuyer,
  localeOf,
  payer,
  signedIn,
  someone,
  type World,
  when,
} from './build.js';
import { newCard } from './cards.js';
import { line, top } from './catalogue.js';
import { type FraudKind } from './fraud.js';
import { chargedBack, stopped } from './fraud-kit.js';
import { address, ipOn, network } from './networks.js';
import { emailFor, nameIn } from './people.js';
import { addressIn, FORWARDERS, type Market } from './places.js';
import {
  cardAttempt,
  DAY,
  firstAuth,
  HOUR,
  honestPay,
  type LaterEvent,
  other,
  type Purchase,
} from './purchase.js';

/** Fraud on and by accounts: takeovers, promo farms, friendly fraud, refund abuse, sanctioned buyers. */

export function planAccountFraud(rng: Rng, w: World, a: Record<FraudKind, number>): Purchase[] {
  const out: Purchase[] = [];

  // Account takeover: a collector's password from a breach; a new device, a residential proxy in the victim's
  // country (careful) or a hosting address (sloppy); the saved card (no CVC asked); grands crus and allocations
  // shipped to a new address or collected, or the address changed right after paying. The victim disputes.
  for (let i = 0; i < a.account_takeover; i++) {
    const r = rng.fork(`ato${i}`);
    const c = someone(r, w, ['FR', 'BE', 'CH', 'GB', 'LU', 'HK']);
    const at = when(r, w, c.market, r.chance(0.5) ? 'night' : 'household');
    const careful = r.chance(0.5);
    const drop = addressIn(r, r.pick<Market>(['FR', 'FR', 'BE', 'NL']));
    const change = r.chance(0.35);
    const card = c.cards[0] ?? newCard(r, c.market);
    out.push(
      assemble(r, {
        kind: 'account_takeover',
        fraud: true,
        at,
        buyer: signedIn(c),
        billing: c.home,
        shipping: change ? c.home : drop,
        fulfilment: r.chance(0.1) ? 'pickup' : 'courier',
        lines: [
          r.chance(0.5) ? line(r, 'allocation', 1) : line(r, 'grand_cru', r.pick([6, 12])),
          ...(r.chance(0.4) ? [top('champagne', 6)] : []),
        ],
        ip: careful ? ipOn(r, c.market, 'home') : ipOn(r, r.pick(['NL', 'DE', 'US']), 'hosting'),
        device: device(r, careful ? 'windows' : r.pick(['windows', 'android'] as const)),
        locale: localeOf(c.market),
        pay: (amount) => [
          cardAttempt(r, card, amount, {
            entry: 'saved',
            ok: r.chance(0.9),
            decline: 'do_not_honor',
            afterMs: firstAuth(r),
          }),
        ],
        after: (_, wasPaid): LaterEvent[] =>
          !wasPaid
            ? []
            : [
                ...(change
                  ? [
                      {
                        type: 'order.updated' as const,
                        afterMs: r.int(5, 90) * 60_000,
                        shipping: drop,
                        reason: 'shipping_address_changed',
                      },
                    ]
                  : []),
                ...(r.chance(0.25)
                  ? stopped(r, 'customer_reported_unauthorised')
                  : chargedBack(r, { warn: 0.3, dispute: 0.8 })),
              ],
      }),
    );
  }

  // Promo farms: one person opening account after account (dotted Gmail variants, yopmail) on the same phone
  // and home line, each using the welcome code or a leaked Christmas code, paying with their own one card.
  const farmers = Array.from({ length: Math.max(1, Math.ceil(a.promo_abuse / 5)) }, (_, k) => {
    const f = rng.fork(`farm${k}`);
    return {
      name: nameIn(f, 'FR'),
      home: addressIn(f, 'FR'),
      dev: device(f, 'android'),
      ip: ipOn(f, 'FR', 'home'),
      card: newCard(f, 'FR', 'debit'),
    };
  });
  for (let i = 0; i < a.promo_abuse; i++) {
    const r = rng.fork(`promo${i}`);
    const f = r.pick(farmers);
    const at = when(r, w, 'FR');
    const [first = 'x', last = 'y'] = f.name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(' ');
    const email = r.chance(0.5)
      ? `${first.split('').join(r.chance(0.5) ? '.' : '')}.${last}${r.digits(2)}@gmail.com`
      : `${first}${last}${r.digits(3)}@yopmail.com`;
    out.push(
      assemble(r, {
        kind: 'promo_abuse',
        fraud: true,
        at,
        buyer: freshBuyer(r, 'FR', at, { email, name: r.chance(0.6) ? f.name : nameIn(r, 'FR') }),
        billing: f.home,
        shipping: f.home,
        fulfilment: 'courier',
        lines: [line(r, r.chance(0.5) ? 'champagne' : 'mixed_case', r.chance(0.5) ? 6 : 1)],
        ip: r.chance(0.7) ? f.ip : ipOn(r, 'FR', 'mobile'),
        device: f.dev,
        locale: 'fr-FR',
        promo: r.chance(0.6) ? { code: 'BIENVENUE10', percent: 10 } : { code: 'NOEL25-VIP', percent: 25 },
        pay: (amount) => honestPay(r, payer([f.card], 'FR', false), amount),
        after: (_, wasPaid) =>
          wasPaid ? [{ type: 'order.updated', afterMs: r.int(20, 50) * HOUR, status: 'shipped' }] : [],
      }),
    );
  }

  // Friendly fraud: a real customer's ordinary order, delivered against a signature; a month later the card
  // company hears "never arrived" or "I don't recognise this".
  for (let i = 0; i < a.friendly_fraud; i++) {
    const r = rng.fork(`ff${i}`);
    const c = someone(r, w);
    const at = when(r, w, c.market);
    out.push(
      assemble(r, {
        kind: 'friendly_fraud',
        fraud: true,
        at,
        buyer: signedIn(c),
        billing: c.home,
        shipping: c.home,
        fulfilment: 'courier',
        lines: [line(r, r.pick(['champagne', 'cognac', 'gift_box', 'grand_cru'] as const), r.int(1, 6))],
        ip: ipOn(r, c.market, r.chance(0.3) ? 'mobile' : 'home'),
        device: r.pick(c.devices),
        locale: localeOf(c.market),
        pay: (amount) => [cardAttempt(r, r.pick(c.cards), amount, { ok: true, afterMs: firstAuth(r) })],
        after: (): LaterEvent[] => [
          { type: 'order.updated', afterMs: 30 * HOUR, status: 'shipped' },
          { type: 'order.updated', afterMs: r.int(50, 90) * HOUR, status: 'delivered' },
          {
            type: 'dispute.created',
            afterMs: r.int(25, 55) * DAY,
            reason: r.pick(['product_not_received', 'unrecognized', 'product_unacceptable']),
          },
        ],
      }),
    );
  }

  // Refund abuse: "two bottles arrived broken", "corked", "the parcel was empty" — with photos from the web;
  // the merchant refunds, in part or in full, to keep the customer.
  for (let i = 0; i < a.refund_abuse; i++) {
    const r = rng.fork(`ra${i}`);
    const c = someone(r, w, ['FR', 'BE', 'DE', 'NL', 'GB']);
    const at = when(r, w, c.market);
    out.push(
      assemble(r, {
        kind: 'refund_abuse',
        fraud: true,
        at,
        buyer: signedIn(c),
        billing: c.home,
        shipping: c.home,
        fulfilment: 'courier',
        lines: [line(r, r.pick(['grand_cru', 'champagne', 'mixed_case'] as const), r.pick([6, 12]))],
        ip: ipOn(r, c.market, 'home'),
        device: r.pick(c.devices),
        locale: localeOf(c.market),
        pay: (amount) => honestPay(r, payer(c.cards, c.market, true), amount),
        after: (amount, wasPaid): LaterEvent[] =>
          !wasPaid
            ? []
            : [
                { type: 'order.updated', afterMs: 30 * HOUR, status: 'shipped' },
                { type: 'order.updated', afterMs: r.int(50, 90) * HOUR, status: 'delivered' },
                {
                  type: 'refund.created',
                  afterMs: r.int(5, 12) * DAY,
                  reason: r.pick(['damaged_in_transit', 'item_not_as_described', 'package_empty']),
                  amount: r.chance(0.5) ? amount : Math.round(amount / 3),
                },
              ],
      }),
    );
  }

  // Sanctioned jurisdictions: Iranian and Syrian buyers billing at home behind a European VPN with a Turkish or
  // Emirati card, Cuban families' orders sent on to Havana, Crimean and Donbas addresses, now and then an IP
  // that leaks the country. Compliance stops most before dispatch; the cards that do not work never pay.
  for (let i = 0; i < a.sanctioned_country; i++) {
    const r = rng.fork(`sanc${i}`);
    const how = r.pick(['iran', 'syria', 'cuba', 'crimea', 'leak'] as const);
    const at = when(r, w, 'FR', 'any');
    const name = nameIn(r, r.pick(['GB', 'FR']));
    const vpn = ipOn(r, r.pick(['NL', 'DE', 'CH']), 'hosting');
    const plan = {
      iran: {
        billing: {
          country: 'IR',
          city: 'Tehran',
          postalCode: '19395',
          line1: `${r.int(1, 90)} Valiasr Street`,
        },
        shipping: { ...r.pick(FORWARDERS) },
        ip: vpn,
        card: newCard(r, 'TR'),
      },
      syria: {
        billing: { country: 'SY', city: 'Damascus', line1: `Abu Rummaneh ${r.int(1, 40)}` },
        shipping: addressIn(r, 'DE'),
        ip: vpn,
        card: newCard(r, 'AE'),
      },
      cuba: {
        billing: addressIn(r, 'US', 'Miami'),
        shipping: {
          country: 'CU',
          city: 'La Habana',
          line1: `Calle ${r.int(1, 30)} #${r.int(100, 999)}, Vedado`,
        },
        ip: ipOn(r, 'US', 'home'),
        card: newCard(r, 'US'),
      },
      crimea: {
        billing: {
          country: 'UA',
          city: r.pick(['Simferopol', 'Sevastopol', 'Donetsk', 'Luhansk']),
          postalCode: `29${r.digits(4)}`,
          line1: `ul. Lenina ${r.int(1, 80)}`,
        },
        shipping: addressIn(r, 'DE'),
        ip: vpn,
        card: newCard(r, 'AE'),
      },
      leak: {
        billing: addressIn(r, 'FR'),
        shipping: addressIn(r, 'FR'),
        ip: address(r, network(r.pick(['ir-home', 'sy-home', 'cu-home', 'kp-home'])), false),
        card: newCard(r, 'TR'),
      },
    }[how];
    out.push(
      assemble(r, {
        kind: 'sanctioned_country',
        fraud: true,
        at,
        buyer: freshBuyer(r, 'GB', at, { name, email: emailFor(r, name, 'GB') }),
        billing: plan.billing,
        shipping: plan.shipping,
        fulfilment: 'courier',
        lines: [r.chance(0.5) ? top('cognac', 1) : line(r, 'champagne', r.int(3, 12))],
        ip: plan.ip,
        device: device(r),
        locale: 'en-GB',
        pay: (amount) =>
          r.chance(0.3)
            ? [
                cardAttempt(r, plan.card, amount, {
                  ok: false,
                  decline: 'transaction_not_allowed',
                  afterMs: firstAuth(r),
                }),
                other('paypal', r.chance(0.5), 90_000, 'transaction_not_allowed'),
              ]
            : [cardAttempt(r, plan.card, amount, { ok: true, afterMs: firstAuth(r), match: 'none' })],
        after: (_, wasPaid) =>
          wasPaid
            ? r.chance(0.7)
              ? stopped(r, 'compliance_hold')
              : chargedBack(r, { warn: 0.2, dispute: 0.3 })
            : [],
      }),
    );
  }
  return out;
}
