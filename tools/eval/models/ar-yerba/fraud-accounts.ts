import { accountBuyer, type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { giftPicks, type Picks } from './baskets.js';
import { assemble, netFor, type World } from './build.js';
import { AR_TZ, HOME_HOURS, NIGHT_HOURS, placedAt } from './calendar.js';
import { cardWith, fraudDecline, newCard } from './cards.js';
import { BOMBILLAS, LEATHER, MATERO, MATES, SWEETS, YERBA } from './catalogue.js';
import {
  aftermath,
  cardRun,
  dropAddress,
  fastDelivery,
  freshEmail,
  resalePicks,
  someoneElse,
  throwaway,
} from './fraud-kit.js';
import { ipOn, mobileNetwork, type Network, network } from './networks.js';
import { type Account, argentine, arDevice, deviceOf, type Person } from './people.js';
import { AMBA_POINTS, arAddress, arCity, FORWARDERS, SANCTIONED_PLACES } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  HOUR,
  type LaterEvent,
  MINUTE,
  otherAttempt,
  type Purchase,
  retryGap,
} from './purchase.js';

/**
 * Fraud through accounts and payments other than a stolen card: phished Mercado Pago wallets, taken-over store
 * accounts, fake transfer receipts, buyers who claim the parcel never came, and buyers in sanctioned countries.
 */

/**
 * A phished Mercado Pago account (a fake "your account is blocked" message) pays: its balance, a card saved in it,
 * or Mercado Crédito taken out in the victim's name. The fraudster checks out as a guest or a fresh account under
 * a mule's name, on mobile data, to a pickup point, a locker or a motorbike to the suburbs; the victim's claim
 * reaches Mercado Pago within days.
 */
export function phishedMercadoPago(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const mule = argentine(rng);
    const at = placedAt(rng, w.window, AR_TZ, HOME_HOURS);
    const moto = rng.chance(0.25);
    const { shipping, point } = dropAddress(rng);
    const fulfilment = moto ? 'moto' : point ? 'pickup_point' : 'courier';
    const first = rng.weightedPick([
      ['account_money', 45],
      ['mercado_credito', 40],
      ['saved_card', 15],
    ] as const);
    return assemble(w, {
      kind: 'phished_mercado_pago',
      fraud: true,
      at,
      buyer: throwaway(rng, at, mule, 0.6),
      billing: arAddress(rng, arCity(rng, 0.6)),
      shipping,
      fulfilment,
      ip: ipOn(rng, mobileNetwork(rng, 'AR')),
      device: deviceOf(rng, rng.pick(['chromeAndroid', 'samsung', 'oldAndroid'] as const), 0.8),
      storefront: 'AR',
      document: { type: 'DNI', number: String(rng.int(20_000_000, 46_000_000)) },
      currency: 'ARS',
      picks: resalePicks(rng),
      pay: () => {
        const installments =
          first === 'mercado_credito' ? rng.pick([6, 9, 12]) : first === 'saved_card' ? rng.pick([6, 12]) : 1;
        const extra = { mpFunding: first, ...(installments > 1 ? { installments } : {}) };
        if (rng.chance(0.72)) return [otherAttempt('mercado_pago', true, firstAuth(rng), extra)];
        const out: Attempt[] = [
          otherAttempt('mercado_pago', false, firstAuth(rng), { ...extra, decline: 'high_risk' }),
        ];
        const works = rng.chance(0.55);
        out.push(
          otherAttempt('mercado_pago', works, retryGap(rng), {
            mpFunding: first === 'account_money' ? 'mercado_credito' : 'account_money',
            ...(works ? {} : { decline: 'high_risk' as const }),
          }),
        );
        return out;
      },
      later: () =>
        aftermath(rng, {
          warning: 0,
          dispute: 0.7,
          caught: 0.06,
          card: false,
          delivery: fastDelivery(rng, fulfilment),
        }).map((l) => (l.type === 'dispute.created' ? { ...l, afterMs: rng.int(2, 20) * DAY } : l)),
    });
  });
}

/**
 * Account takeover of loyal buyers (passwords reused from a leak): a new device and network (a VPN exit abroad,
 * or mobile data), often a changed e-mail, the saved card (no CVC asked) or Mercado Pago linked to the account,
 * resale goods, and the parcel to a locker or a far suburb, or the address changed minutes after checkout. The
 * owner notices the charge.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const loyal = w.customers.domestic.filter((a) => a.createdAt < w.window.start - 180 * DAY);
  const pool = loyal.length > 0 ? loyal : w.customers.domestic;
  return Array.from({ length: count }, () => {
    const a: Account = rng.pick(pool);
    const at = placedAt(rng, w.window, AR_TZ, rng.chance(0.5) ? NIGHT_HOURS : HOME_HOURS);
    const net: Network = rng.chance(0.35)
      ? network(rng.pick(['us-hosting', 'de-hosting'] as const))
      : mobileNetwork(rng, 'AR');
    const device = deviceOf(
      rng,
      rng.pick(['windows', 'firefoxLinux', 'chromeAndroid', 'oldAndroid'] as const),
      0.75,
    );
    const buyer = accountBuyer(a);
    const switchLater = rng.chance(0.35);
    const drop = dropAddress(rng);
    const shipping: Address = switchLater ? { ...a.home } : drop.shipping;
    const fulfilment = switchLater ? 'courier' : drop.point ? 'pickup_point' : 'courier';
    const how = rng.weightedPick([
      ['saved', 60],
      ['mp', 25],
      ['typed', 15],
    ] as const);
    const card = a.cards.find((c) => c.funding === 'credit') ?? a.cards[0] ?? newCard(rng, 'AR', 'credit');
    return assemble(w, {
      kind: 'account_takeover',
      fraud: true,
      at,
      buyer: rng.chance(0.3) ? { ...buyer, email: freshEmail(rng) } : buyer,
      billing: { ...a.home },
      shipping,
      fulfilment,
      ip: ipOn(rng, net),
      device,
      storefront: 'AR',
      document: { type: 'DNI', number: a.dni ?? String(rng.int(14_000_000, 46_000_000)) },
      ...(rng.chance(0.5) ? { recipient: someoneElse(rng) } : {}),
      currency: 'ARS',
      picks: resalePicks(rng),
      pay: (): Attempt[] => {
        if (how === 'mp')
          return [
            otherAttempt('mercado_pago', true, firstAuth(rng), { mpFunding: 'saved_card', installments: 6 }),
          ];
        if (how === 'saved') {
          const ok = rng.chance(0.85);
          return [
            cardAttempt(rng, card, {
              entry: 'saved',
              ok,
              ...(ok ? {} : { decline: 'do_not_honor' as const }),
              afterMs: rng.int(4_000, 25_000),
              installments: rng.pick([1, 6, 12]),
            }),
          ];
        }
        return cardRun(rng, [newCard(rng, 'AR', 'credit')], { works: 0.6, match: 'wrong' });
      },
      later: (): LaterEvent[] => {
        const moved: LaterEvent[] = switchLater
          ? [
              {
                type: 'order.updated',
                afterMs: rng.int(5, 60) * MINUTE,
                reason: 'address_changed',
                shipping: drop.shipping,
              },
            ]
          : [];
        return [
          ...moved,
          ...aftermath(rng, {
            warning: 0.3,
            dispute: 0.55,
            caught: 0.1,
            card: how !== 'mp',
            delivery: fastDelivery(rng, drop.point ? 'pickup_point' : 'courier'),
          }).map((l) => (l.type === 'dispute.created' ? { ...l, afterMs: rng.int(4, 30) * DAY } : l)),
        ];
      },
    });
  });
}

/**
 * A fake transfer receipt (or a doctored cash-voucher ticket) sent on WhatsApp; the shop's staff mark the order
 * paid and hand it over at the showroom or send a motorbike the same day. Reconciliation days later finds no
 * money: the store flags it.
 */
export function fakePaymentProof(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const p = argentine(rng);
    const at = placedAt(rng, w.window, AR_TZ, HOME_HOURS);
    const showroom = rng.chance(0.55);
    const shipping = showroom ? undefined : arAddress(rng, arCity(rng, 1));
    const transfer = rng.chance(0.75);
    const method = transfer ? 'bank_transfer' : 'cash_voucher';
    const fulfilment = showroom ? 'showroom' : 'moto';
    return assemble(w, {
      kind: 'fake_payment_proof',
      fraud: true,
      at,
      buyer: throwaway(rng, at, p, 0.5),
      billing: arAddress(rng, arCity(rng, 0.8)),
      ...(shipping ? { shipping } : {}),
      fulfilment,
      ip: ipOn(rng, mobileNetwork(rng, 'AR')),
      device: arDevice(rng),
      storefront: 'AR',
      document: { type: 'DNI', number: String(rng.int(20_000_000, 46_000_000)) },
      currency: 'ARS',
      picks: resalePicks(rng),
      off: transfer ? 0.1 : 0.05,
      pay: () => [
        otherAttempt(method, true, rng.int(8 * MINUTE, 2 * HOUR), {
          confirmation: 'receipt_upload',
          ...(transfer ? {} : { voucher: rng.chance(0.5) ? 'rapipago' : 'pago_facil' }),
        }),
      ],
      later: () => [
        ...fastDelivery(rng, fulfilment),
        {
          type: 'fraud_warning.created',
          afterMs: rng.int(1, 4) * DAY + rng.int(0, 12) * HOUR,
          reason: transfer ? 'transfer_not_received' : 'voucher_not_paid',
        },
      ],
    });
  });
}

/**
 * A chargeback-like claim after delivery: a known customer or a guest pays normally (Mercado Pago or a card),
 * the courier delivers, and the buyer tells Mercado Pago or the bank it never came, or that the charge is unknown.
 */
export function friendlyClaim(rng: Rng, w: World, count: number): Purchase[] {
  const known = w.customers.domestic.filter((a) => a.createdAt < w.window.start - 365 * DAY);
  return Array.from({ length: count }, () => {
    const a = rng.chance(0.7) && known.length > 0 ? rng.pick(known) : undefined;
    const p: Person = a?.person ?? argentine(rng);
    const home = a ? { ...a.home } : arAddress(rng, arCity(rng, 0.6));
    const device = a ? rng.pick(a.devices) : arDevice(rng);
    const net = netFor(rng, device, a?.homeNet ?? network('ar-cable-amba'), 'AR');
    const at = placedAt(rng, w.window, AR_TZ, HOME_HOURS);
    const mp = rng.chance(0.55);
    const card = a?.cards.find((c) => c.funding === 'credit') ?? newCard(rng, 'AR', 'credit');
    const picks: Picks = rng.chance(0.6)
      ? giftPicks(rng)
      : [[rng.pick([LEATHER[4], MATERO[1], MATERO[4]]), 1]];
    const reason = rng.weightedPick([
      ['product_not_received', 60],
      ['unrecognized', 25],
      ['not_as_described', 15],
    ] as const);
    return assemble(w, {
      kind: 'friendly_claim',
      fraud: true,
      at,
      buyer: a ? accountBuyer(a) : { email: freshEmail(rng, p), name: p.name },
      billing: home,
      shipping: home,
      fulfilment: 'courier',
      ip: ipOn(rng, net),
      device,
      storefront: 'AR',
      document: { type: 'DNI', number: a?.dni ?? String(rng.int(20_000_000, 45_000_000)) },
      currency: 'ARS',
      picks,
      pay: () =>
        mp
          ? [
              otherAttempt('mercado_pago', true, firstAuth(rng), {
                mpFunding: rng.chance(0.5) ? 'account_money' : 'saved_card',
              }),
            ]
          : [
              cardAttempt(rng, card, {
                ok: true,
                afterMs: firstAuth(rng),
                installments: rng.pick([1, 3, 6]),
              }),
            ],
      later: () => {
        const delivery = fastDelivery(rng, 'courier');
        const delivered = delivery[delivery.length - 1]?.afterMs ?? 3 * DAY;
        return [...delivery, { type: 'dispute.created', afterMs: delivered + rng.int(3, 25) * DAY, reason }];
      },
    });
  });
}

type Sanctioned = 'RU' | 'BY' | 'IR' | 'CU' | 'SY' | 'KP';

/**
 * Buyers the store may not serve: Russians at home (Mir cards refused abroad, then a Kazakh or Armenian card) and
 * Russian émigrés in Buenos Aires trying their Mir card first; Belarusians; Iranians and Syrians (yerba is a
 * daily drink in Syria and Lebanon) sending parcels through Dubai or Istanbul forwarders with a Gulf or Turkish
 * card; Cuban families connecting from Havana or paying from Miami for a parcel to Havana; now and then North
 * Korea. Most sanctioned cards fail; a paid order is usually stopped by the store's compliance check.
 */
export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const where = rng.weightedPick<Sanctioned | 'RU_AR'>([
      ['RU', 25],
      ['RU_AR', 20],
      ['BY', 10],
      ['IR', 12],
      ['SY', 16],
      ['CU', 14],
      ['KP', 3],
    ]);
    const p = argentine(rng);
    const pesos = where === 'RU_AR';
    const tz = { RU: 3, RU_AR: AR_TZ, BY: 3, IR: 3.5, SY: 3, CU: -4, KP: 9 }[where];
    const at = placedAt(rng, w.window, tz, HOME_HOURS);
    const place = SANCTIONED_PLACES[pesos ? 'RU' : where];
    const netName = {
      RU: rng.chance(0.5) ? 'ru-mobile' : 'ru-fixed',
      RU_AR: 'ar-mobile-a',
      BY: 'by-fixed',
      IR: 'ir-fixed',
      SY: 'sy-fixed',
      CU: rng.chance(0.6) ? 'cu-mobile' : 'us-cable',
      KP: 'kp-fixed',
    } as const;
    const net = network(netName[where]);
    const home: Address = pesos
      ? arAddress(rng, arCity(rng, 1))
      : net.country === 'US'
        ? { country: 'US', city: 'Hialeah', postalCode: '33012', line1: `${rng.int(100, 9000)} W 4th Ave` }
        : { ...place };
    const shipping: Address = pesos
      ? home
      : ['IR', 'SY'].includes(where) && rng.chance(0.5)
        ? { ...rng.pick(FORWARDERS) }
        : { ...place };
    const own = (() => {
      if (where === 'RU' || where === 'RU_AR')
        return cardWith(rng, rng.pick(['220070', '220220']), 'mir', 'RU', 'debit');
      if (where === 'BY') return newCard(rng, 'BY');
      if (where === 'IR') return newCard(rng, 'IR');
      if (where === 'CU') return newCard(rng, 'US', 'credit');
      return newCard(rng, rng.pick(['AE', 'LB', 'TR']));
    })();
    const fallback = newCard(
      rng,
      where === 'RU' || where === 'BY'
        ? rng.pick(['KZ', 'AM'])
        : where === 'RU_AR'
          ? 'AR'
          : rng.pick(['AE', 'TR']),
    );
    const picks: Picks = [[rng.pick(YERBA.slice(1, 7)), where === 'SY' ? rng.int(5, 12) : rng.int(1, 4)]];
    if (rng.chance(0.5))
      picks.push([rng.pick([MATES[0], MATES[2], MATES[3], BOMBILLAS[0], BOMBILLAS[2]]), 1]);
    if (rng.chance(0.3)) picks.push([rng.pick([LEATHER[0], LEATHER[1], SWEETS[1]]), 1]);
    const currency = pesos ? 'ARS' : 'USD';
    const fulfilment = pesos ? (rng.chance(0.5) ? 'courier' : 'pickup_point') : 'international';
    const to = fulfilment === 'pickup_point' ? { ...rng.pick(AMBA_POINTS) } : shipping;
    return assemble(w, {
      kind: 'sanctioned_country',
      fraud: true,
      at,
      buyer: { email: freshEmail(rng, rng.chance(0.5) ? p : undefined), name: p.name },
      billing: home,
      shipping: to,
      fulfilment,
      ip: ipOn(rng, net),
      device: pesos
        ? arDevice(rng)
        : deviceOf(rng, rng.pick(['chromeAndroid', 'windows', 'iphone'] as const)),
      storefront: pesos ? 'AR' : 'INTL',
      locale: pesos ? 'ru-RU' : rng.pick(['en-US', 'es-AR', 'ru-RU', 'ar-SY']),
      document: { type: 'passport', number: `${where.slice(0, 2)}${rng.digits(8)}` },
      currency,
      picks,
      pay: () => {
        const out: Attempt[] = [
          cardAttempt(rng, own, {
            ok: false,
            decline:
              where === 'CU' ? 'restricted_card' : rng.chance(0.6) ? 'restricted_card' : fraudDecline(rng),
            match: 'unknown',
            afterMs: firstAuth(rng),
          }),
        ];
        if (rng.chance(0.7)) {
          const ok = rng.chance(0.55);
          out.push(
            cardAttempt(rng, fallback, {
              ok,
              ...(ok ? {} : { decline: 'do_not_honor' as const }),
              match: 'unknown',
              afterMs: retryGap(rng),
            }),
          );
        }
        return out;
      },
      later: (): LaterEvent[] =>
        rng.chance(0.7)
          ? [
              { type: 'order.cancelled', afterMs: rng.int(2, 30) * HOUR, reason: 'compliance_review' },
              { type: 'refund.created', afterMs: rng.int(31, 48) * HOUR, reason: 'compliance_review' },
            ]
          : fastDelivery(rng, fulfilment === 'international' ? 'courier' : fulfilment),
    });
  });
}
