import { accountBuyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { anyDay, HOURS, placeAt, soonAfter, tradeDay } from './calendar.js';
import { newCard } from './cards.js';
import { bySku, type Delivery, type Line, line, pick, voucher } from './catalogue.js';
import { resaleLines } from './fraud-cards.js';
import {
  crews,
  fraudPurchase,
  identityEmail,
  junkEmail,
  shippedAndDelivered,
  stolenAftermath,
} from './fraud-kit.js';
import { ipOn, network, officeNetwork, vpnExit } from './networks.js';
import { companyDomain, companyFor, customerId, fullName, newDevice, originIn } from './people.js';
import { type Country, anyPackstation, buildingSite, homeAddress } from './places.js';
import { cardAttempt, inEuros, type LaterEvent, other, type Purchase, retryGap } from './purchase.js';
import { type World } from './shopper.js';

/** Fraud with someone else's identity: account takeover, debit and invoice fraud, fake trade accounts. */

/**
 * Account takeover: a phished or reused password on an account with years of history. A new device, an IP
 * that is not the holder's, the saved card or PayPal (or a firm's invoice terms), premium kit, and the goods
 * sent to a locker: directly, or by changing the address minutes after checkout. A third of holders notice
 * the confirmation e-mail and call in time.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const aged = w.accounts.filter((a) => a.orders >= 2 && a.createdAt < w.window.start - 60 * DAY);
  const pool = aged.length > 0 ? aged : w.accounts;
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`t${i}`);
    // Accounts with something saved to pay with are worth more; most takeovers pick one.
    const rich = pool.filter((x) => x.cards.length > 0 || x.company);
    const a = o.pick(rich.length > 0 && o.chance(0.7) ? rich : pool);
    const at = placeAt(o, w.window, o.chance(0.5) ? HOURS.night : HOURS.evening, anyDay);
    const device = newDevice(o, o.chance(0.5) ? 'phone' : 'desktop');
    const net = o.weightedPick([
      ['vpn', 35],
      ['mobile', 40],
      ['proxy', 25],
    ] as const);
    const ip = ipOn(
      o,
      net === 'vpn'
        ? vpnExit(o)
        : net === 'mobile'
          ? network(o.chance(0.5) ? 'de-mobile-a' : 'de-mobile-b')
          : network('de-dsl-incumbent'),
    );
    const lines = resaleLines(o, a.country, 1, 2);
    const freight = lines.some((l) => l.freight);
    // A locker in another town, or (abroad, or for freight) a street address where someone takes it in.
    const drop = a.country === 'DE' && !freight ? anyPackstation(o) : homeAddress(o, a.country);
    const late = o.chance(0.45);
    const delivery: Delivery = freight ? 'freight' : !late && a.country === 'DE' ? 'packstation' : 'parcel';
    const noticed = o.chance(0.3);
    let byCard = false;
    return fraudPurchase({
      kind: 'account_takeover',
      at,
      buyer: accountBuyer(a),
      billing: a.address,
      shipping: late ? a.address : drop,
      ...(late ? {} : { recipient: fullName(o, 'DE') }),
      site: a.country,
      ip,
      device,
      locale: a.locale,
      lines,
      delivery,
      ...(a.company ? { company: a.company } : {}),
      attempts: (b) => {
        const euros = inEuros(b, a.country);
        if (a.company) return [other('invoice', true, o.int(2_000, 12_000))];
        const card = a.cards[0];
        if (card) {
          // The issuer's challenge goes to the holder's phone: it fails, and the saved PayPal or Klarna is used.
          if (o.chance(0.35))
            return [
              cardAttempt(o, card, euros, {
                ok: false,
                entry: 'saved',
                decline: 'authentication_failed',
                afterMs: o.int(20_000, 120_000),
              }),
              other(o.chance(0.6) ? 'paypal' : 'klarna_invoice', true, retryGap(o)),
            ];
          byCard = true;
          return [
            cardAttempt(o, card, euros, {
              ok: true,
              entry: 'saved',
              threeDS: 'frictionless',
              afterMs: o.int(5_000, 25_000),
            }),
          ];
        }
        return [other(o.chance(0.6) ? 'paypal' : 'klarna_invoice', true, o.int(20_000, 90_000))];
      },
      later: (b) => {
        const out: LaterEvent[] = [];
        if (late)
          out.push({
            type: 'order.updated',
            afterMs: o.int(4, 55) * MINUTE,
            status: 'address_changed',
            shipping: drop,
          });
        if (noticed) {
          const at2 = o.int(2, 14) * HOUR;
          out.push({ type: 'order.cancelled', afterMs: at2, reason: 'fraud_reported' });
          out.push({
            type: 'refund.created',
            afterMs: at2 + o.int(10, 90) * MINUTE,
            reason: 'fraudulent',
            amount: b.amount,
          });
          return out;
        }
        return [
          ...out,
          ...stolenAftermath(o, at, delivery, {
            warning: byCard ? 0.35 : 0,
            dispute: 0.65,
            disputeReason: byCard ? 'fraudulent' : 'unauthorized',
          }),
        ];
      },
    });
  });
}

/**
 * SEPA direct-debit fraud: someone else's name, address and IBAN, a fresh mailbox and often a fresh account,
 * a phone on German mobile data, batteries, kits, robot mowers or e-mailed vouchers to a Packstation or a
 * mailbox; crews run a few identities from the same phone. The account holder has the debit returned weeks
 * later.
 */
export function sepaDebitFraud(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  crews(rng, n, 1, 4).forEach((size, c) => {
    const crew = rng.fork(`crew${c}`);
    const phone = newDevice(crew, 'phone');
    const net = network(
      crew.weightedPick([
        ['de-mobile-a', 45],
        ['de-mobile-b', 40],
        ['de-cable', 15],
      ] as const),
    );
    let at = placeAt(crew, w.window, HOURS.evening, anyDay);
    const country: Country = crew.chance(0.85) ? 'DE' : 'AT';
    for (let i = 0; i < size; i++) {
      const o = crew.fork(`o${i}`);
      if (i > 0) at = soonAfter(o, w.window, at, 30 * MINUTE, 4 * DAY);
      const victim = fullName(o, originIn(o, country));
      const billing = homeAddress(o, country);
      const email = identityEmail(o, victim);
      const vouchers = o.chance(0.25);
      const lines: Line[] = vouchers
        ? [line(voucher(o, 'EUR', o.pick([10000, 20000, 25000])), country, o.int(1, 3))]
        : resaleLines(o, country, 1, 2);
      const delivery: Delivery = vouchers
        ? 'email'
        : lines.some((l) => l.freight)
          ? 'freight'
          : country === 'DE'
            ? 'packstation'
            : 'parcel';
      const shipping =
        delivery === 'packstation'
          ? anyPackstation(o)
          : delivery === 'email'
            ? undefined
            : homeAddress(o, country);
      out.push(
        fraudPurchase({
          kind: 'sepa_debit_fraud',
          at,
          buyer: o.chance(0.6)
            ? { id: customerId(o), email, name: victim, createdAt: at - o.int(2, 40) * MINUTE }
            : { email, name: victim },
          billing,
          ...(shipping ? { shipping } : {}),
          ...(delivery === 'parcel' ? { recipient: fullName(o, 'DE') } : {}),
          ...(vouchers ? { recipientEmail: junkEmail(o) } : {}),
          site: country,
          ip: ipOn(o, net),
          device: o.chance(0.8) ? phone : newDevice(o, 'phone'),
          locale: country === 'DE' ? 'de-DE' : 'de-AT',
          lines,
          delivery,
          attempts: () =>
            o.chance(0.2)
              ? [
                  other('sepa_debit', false, o.int(10_000, 40_000), 'invalid_account', {
                    bankCountry: country,
                  }),
                  other('sepa_debit', true, retryGap(o), undefined, { bankCountry: country }),
                ]
              : [other('sepa_debit', true, o.int(10_000, 40_000), undefined, { bankCountry: country })],
          later: () => {
            const { steps } = shippedAndDelivered(o, at, delivery);
            return o.chance(0.88)
              ? [
                  ...steps,
                  { type: 'dispute.created', afterMs: o.int(5, 40) * DAY, reason: 'debit_not_authorized' },
                ]
              : steps;
          },
        }),
      );
    }
  });
  return out;
}

/**
 * Invoice fraud in someone else's name: Klarna's invoice or instalments checked against a real person's
 * address, the goods sent there and taken from the doorstep or redirected, or straight to a Packstation
 * (which Klarna turns down more often). The victim's dunning letters, and the claim, come weeks later.
 */
export function invoiceIdentityTheft(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`k${i}`);
    const country: Country = o.chance(0.85) ? 'DE' : 'AT';
    const victim = fullName(o, originIn(o, country));
    const billing = homeAddress(o, country);
    const at = placeAt(o, w.window, HOURS.evening, anyDay);
    const toLocker = country === 'DE' && o.chance(0.4);
    const lines = o.chance(0.7)
      ? resaleLines(o, country, 1, 2)
      : [line(pick(o, o.pick(['robot_mower', 'pressure_washer', 'chainsaw'] as const)), country)];
    const delivery: Delivery = lines.some((l) => l.freight) ? 'freight' : toLocker ? 'packstation' : 'parcel';
    const shipping = delivery === 'packstation' ? anyPackstation(o) : billing;
    return fraudPurchase({
      kind: 'invoice_identity_theft',
      at,
      buyer: o.chance(0.5)
        ? {
            id: customerId(o),
            email: identityEmail(o, victim),
            name: victim,
            createdAt: at - o.int(3, 30) * MINUTE,
          }
        : { email: identityEmail(o, victim), name: victim },
      billing,
      shipping,
      site: country,
      ip: ipOn(o, o.chance(0.7) ? network(o.chance(0.5) ? 'de-mobile-a' : 'de-mobile-b') : vpnExit(o)),
      device: newDevice(o, 'phone'),
      locale: country === 'DE' ? 'de-DE' : 'de-AT',
      lines,
      delivery,
      attempts: (b) => {
        const big = inEuros(b, country) > 600;
        const m = big && o.chance(0.6) ? 'klarna_installments' : 'klarna_invoice';
        const extra = m === 'klarna_installments' ? { installments: o.pick([12, 24, 36]) } : {};
        const rejected = o.chance(toLocker ? 0.45 : 0.15);
        if (!rejected) return [other(m, true, o.int(15_000, 90_000), undefined, extra)];
        const second = o.chance(0.5);
        return second
          ? [
              other(m, false, o.int(15_000, 90_000), 'provider_declined', extra),
              other(
                m === 'klarna_invoice' ? 'klarna_installments' : 'klarna_invoice',
                o.chance(0.35),
                retryGap(o),
                'provider_declined',
                { installments: 12 },
              ),
            ]
          : [other(m, false, o.int(15_000, 90_000), 'provider_declined', extra)];
      },
      later: () => {
        const { steps } = shippedAndDelivered(o, at, delivery);
        return o.chance(0.6)
          ? [...steps, { type: 'dispute.created', afterMs: o.int(25, 60) * DAY, reason: 'fraudulent' }]
          : steps;
      },
    });
  });
}

/**
 * Fake trade accounts: a real firm's name and VAT number copied from its website, a new trade account opened
 * the same week under a look-alike domain or a free mailbox, office hours on a workday, a first order of
 * several kits, batteries by the box and a generator on 30-day invoice terms, sent to a "building site" in
 * another town. The B2B provider takes the loss back to the shop when the real firm denies it.
 */
export function fakeTradeAccount(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`b${i}`);
    const country: Country = o.weightedPick([
      ['DE', 80],
      ['AT', 12],
      ['NL', 8],
    ] as const);
    const owner = fullName(o, country);
    const company = companyFor(o, country, owner);
    const billing = homeAddress(o, country);
    const at = placeAt(o, w.window, HOURS.office, tradeDay);
    const domain = companyDomain(company, country).replace(
      /\.(de|at|nl)$/,
      o.pick(['-gmbh.de', '-online.de', '.com', '-bau.de']),
    );
    const email = o.chance(0.6)
      ? `${o.pick(['einkauf', 'buchhaltung', 'info', 'bestellung'])}@${domain}`
      : identityEmail(o, owner);
    const kits = resaleLines(o, country, 2, 3).map((l) => ({
      ...l,
      quantity: l.category === 'battery' ? o.int(4, 8) : o.int(2, 4),
    }));
    const lines: Line[] = o.chance(0.4)
      ? [...kits, line(bySku(o.pick(['HON-EU22I', 'END-ESE608', 'EIN-TCIG1100'])), country, o.int(1, 2))]
      : kits;
    const delivery: Delivery = lines.some((l) => l.freight) ? 'freight' : 'parcel';
    return fraudPurchase({
      kind: 'fake_trade_account',
      at,
      buyer: { id: customerId(o), email, name: owner, createdAt: at - o.int(20 * 60, 5 * 24 * 60) * MINUTE },
      billing,
      shipping:
        country === 'NL' || o.chance(0.7)
          ? buildingSite(o, country)
          : {
              ...homeAddress(o, country),
              line1: `Lagerhalle ${o.int(1, 9)}, Gewerbepark ${o.pick(['Nord', 'Süd', 'Ost', 'West'])}`,
            },
      recipient: fullName(o, o.chance(0.6) ? 'DE' : 'PL'),
      site: country,
      ip: ipOn(
        o,
        o.chance(0.5) ? officeNetwork(o, country) : o.chance(0.5) ? vpnExit(o) : network('de-mobile-b'),
      ),
      device: newDevice(o, 'desktop'),
      locale: country === 'NL' ? 'nl-NL' : country === 'AT' ? 'de-AT' : 'de-DE',
      lines,
      delivery,
      company,
      attempts: (b) => {
        if (!o.chance(0.2)) return [other('invoice', true, o.int(2_000, 15_000))];
        // The B2B provider says no; a card is tried and declined, and the crew moves on.
        const card = newCard(o, 'DE', 'credit');
        return [
          other('invoice', false, o.int(2_000, 15_000), 'provider_declined'),
          cardAttempt(o, card, inEuros(b, country), {
            ok: false,
            decline: 'do_not_honor',
            afterMs: retryGap(o),
          }),
        ];
      },
      later: () => {
        const { steps } = shippedAndDelivered(o, at, delivery);
        return o.chance(0.75)
          ? [...steps, { type: 'dispute.created', afterMs: o.int(30, 70) * DAY, reason: 'fraudulent' }]
          : steps;
      },
    });
  });
}
