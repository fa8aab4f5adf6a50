import { basket, CATALOG, everyday, SUPPLEMENTS, type Product } from './catalog.js';
import { homeIp, hostingIp, type MarketCode } from './geo.js';
import { addressIn, cardFrom, deviceFor, emailFor, personIn, RELAY, type Person } from './people.js';
import { DAY, HOUR, MINUTE as MIN, type Later, type Window } from '../kit/purchase.js';
import { avs, byCard, byInvoice, when, between, type Attempt, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';

/** Honest customers, by kind, with their weights (shares of honest orders). */
export const HONEST = {
  subscriber_autopay: 20,
  returning_customer: 24,
  new_customer: 12,
  guest_checkout: 8,
  click_and_collect: 6,
  cross_border_ch_de: 4,
  polish_czech_buyer: 4,
  carer_for_relative: 5,
  family_account: 4,
  privacy_vpn: 3,
  commuter: 3,
  declined_then_retried: 5,
  stock_up: 2,
} as const;
export type HonestKind = keyof typeof HONEST;

const HOMES = { DE: 55, AT: 16, CH: 13, PL: 9, CZ: 7 } as const;

/** A pharmacy partner's counter for click-and-collect. */
const pharmacy = (rng: Rng, c: MarketCode, city: string) => ({
  ...addressIn(rng, c),
  city,
  line1: `${rng.pick(['Stadt', 'Löwen', 'Rathaus', 'Bahnhof', 'Linden'])}-Apotheke, ${rng.pick(['Marktplatz', 'Hauptstraße', 'Bahnhofplatz'])} ${rng.int(1, 30)}`,
});

function pay(rng: Rng, p: Person, older: boolean, invoiceShare: number): Attempt {
  if (rng.chance(invoiceShare)) return byInvoice(rng.int(2, 25) * 1000);
  const card = cardFrom(rng, p.home);
  return byCard(
    card,
    true,
    rng.int(4, 40) * 1000,
    avs(card, true),
    older && rng.chance(0.03) ? 'unavailable' : 'pass',
  );
}

function later(rng: Rng, amount: number): Later[] {
  if (rng.chance(0.03))
    return [
      {
        type: 'refund.created',
        afterMs: rng.float(1, 12) * DAY,
        reason: rng.pick(['requested_by_customer', 'returned_goods', 'damaged_in_transit']),
        amount: rng.chance(0.5) ? amount : Math.round(amount * rng.float(0.2, 0.8)),
      },
    ];
  if (rng.chance(0.003))
    return [
      {
        type: 'dispute.created',
        afterMs: rng.float(20, 60) * DAY,
        reason: rng.pick(['product_not_received', 'duplicate']),
      },
    ];
  if (rng.chance(0.001)) return [{ type: 'fraud_warning.created', afterMs: rng.float(2, 9) * DAY }];
  return [];
}

/** Account age at the order: long-standing (subscribers, regulars) or made at checkout. */
const old = (rng: Rng, at: number) => at - Math.floor(rng.float(120, 2400) * DAY);

export function honest(rng: Rng, w: Window, kind: HonestKind, n: number): Purchase {
  let home: MarketCode = rng.weighted(HOMES);
  if (kind === 'cross_border_ch_de') home = 'CH';
  if (kind === 'polish_czech_buyer') home = rng.chance(0.55) ? 'PL' : 'CZ';
  const older = rng.chance(kind === 'carer_for_relative' || kind === 'subscriber_autopay' ? 0.6 : 0.35);
  const p = personIn(rng, home);
  let at = when(rng, w, home);
  let picks: Array<[Product, number]> = everyday(rng);
  let currencyHome: MarketCode = home;
  let shipping = p.address;
  let billing = p.address;
  let ip: string | undefined = homeIp(rng, home);
  let device = deviceFor(rng, older);
  let buyer: Purchase['buyer'] = { id: `cus_${n}`, email: p.email, name: p.name, createdAt: old(rng, at) };
  let attempts: Attempt[] = [
    pay(rng, p, older, home === 'PL' ? 0.5 : home === 'DE' || home === 'AT' ? 0.4 : 0.2),
  ];
  let discount = 0;

  switch (kind) {
    case 'subscriber_autopay': {
      // Renewals charged by the server in the early-morning batch: no IP, no device, the saved card or SEPA.
      at = between(rng, w, home, 4, 7);
      picks = [
        [rng.pick(SUPPLEMENTS), rng.int(1, 2)],
        ...(rng.chance(0.4) ? [[rng.pick(SUPPLEMENTS), 1] as [Product, number]] : []),
      ];
      ip = undefined;
      device = { userAgent: 'ApothekeSubscriptions/2.4 (renewal-batch)' };
      discount = 10;
      const declinedFirst = rng.chance(0.06);
      const card = cardFrom(rng, home);
      attempts = rng.chance(0.35)
        ? [byInvoice(rng.int(1, 5) * 1000)]
        : declinedFirst
          ? [
              byCard(card, false, 3000, 'unavailable', 'unchecked'),
              byCard(card, rng.chance(0.6), rng.float(2, 6) * HOUR, 'unavailable', 'unchecked'),
            ]
          : [byCard(card, true, 3000, 'unavailable', 'unchecked')];
      break;
    }
    case 'new_customer':
      buyer = { ...buyer, createdAt: at - rng.int(2, 30) * MIN };
      discount = rng.chance(0.6) ? 15 : 0;
      break;
    case 'guest_checkout':
      buyer = { email: p.email, name: p.name };
      break;
    case 'click_and_collect':
      shipping = pharmacy(rng, home, p.address.city ?? '');
      break;
    case 'cross_border_ch_de': {
      // Swiss shoppers order in euros to a German parcel shop over the border (Konstanz, Lörrach, Waldshut).
      currencyHome = 'DE';
      shipping = {
        ...addressIn(
          rng,
          'DE',
          rng.pick([
            ['Konstanz', '78'],
            ['Lörrach', '79'],
            ['Waldshut-Tiengen', '79'],
          ] as const),
        ),
        line1: `Paketshop ${rng.pick(['Grenzpaket', 'Abholstation', 'Paket-Depot'])} ${rng.int(1, 40)}`,
      };
      break;
    }
    case 'polish_czech_buyer':
      // Ordering the German shop's prices in euros, delivered home; sometimes a German card from work.
      currencyHome = 'DE';
      if (rng.chance(0.25)) attempts = [byCard(cardFrom(rng, 'DE'), true, 20_000)];
      break;
    case 'carer_for_relative': {
      // Ordering for a parent in another town (or over the AT/DE border): different name and address on delivery.
      const parentHome: MarketCode = rng.chance(0.15) ? (home === 'AT' ? 'DE' : 'AT') : home;
      shipping = addressIn(rng, parentHome);
      picks = [
        [rng.pick(CATALOG.filter((x) => x.category === 'care' || x.category === 'devices')), 1],
        ...everyday(rng, 1),
      ];
      break;
    }
    case 'family_account': {
      // One household account, a spouse's or grown child's card and phone.
      const other = personIn(rng, home);
      const card = cardFrom(rng, home);
      device = deviceFor(rng, false);
      attempts = [byCard(card, true, 15_000)];
      billing = { ...p.address };
      buyer = { ...buyer, name: rng.chance(0.5) ? `${other.first} ${p.last}` : p.name };
      break;
    }
    case 'privacy_vpn':
      buyer = { ...buyer, email: `${rng.token(10)}@${rng.pick(RELAY)}` };
      ip = rng.chance(0.7) ? hostingIp(rng) : ip;
      if (rng.chance(0.5)) device = { userAgent: device.userAgent };
      break;
    case 'commuter': {
      // Cross-border commuters (CZ/PL into Germany, Germans into Switzerland) order on the works network or phone.
      const work: MarketCode = home === 'DE' ? 'CH' : home === 'CH' ? 'DE' : 'DE';
      ip = homeIp(rng, work);
      device = deviceFor(rng, false);
      at = between(rng, w, home, 11, 14);
      break;
    }
    case 'declined_then_retried': {
      // Insufficient funds or a failed 3-D Secure, then the same card again or another payment method.
      const card = cardFrom(rng, home);
      const second = rng.weighted({ same: 4, other: 3, invoice: 3 });
      attempts = [
        byCard(card, false, 20_000, avs(card, true), rng.chance(0.2) ? 'fail' : 'pass'),
        second === 'same'
          ? byCard(card, true, rng.float(1, 8) * MIN)
          : second === 'other'
            ? byCard(cardFrom(rng, home), true, rng.float(1, 10) * MIN)
            : byInvoice(rng.float(1, 10) * MIN),
      ];
      break;
    }
    case 'stock_up':
      // A winter stock-up for the family: many items, some in quantity.
      picks = [...everyday(rng, 6), [rng.pick(SUPPLEMENTS), rng.int(2, 4)]];
      break;
    case 'returning_customer':
      if (rng.chance(0.2)) buyer = { ...buyer, email: emailFor(rng, p.first, p.last, home) };
      break;
  }
  const b = basket(currencyHome, picks, discount, kind !== 'click_and_collect');
  return {
    at,
    fraud: false,
    kind,
    basket: b,
    buyer,
    billing,
    shipping,
    ...(ip ? { ip } : {}),
    device,
    attempts,
    later: attempts.some((a) => a.ok) ? later(rng, b.amount) : [],
  };
}
