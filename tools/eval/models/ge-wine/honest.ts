import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placeAt } from './calendar.js';
import {
  basketOf,
  CHACHA,
  type Currency,
  type Fulfilment,
  GIFTS,
  giftPicks,
  householdPicks,
  type Item,
  SWEETS,
  TASTING,
  WARE,
  WINES,
} from './catalogue.js';
import { HOME_NETWORKS, ipOn } from './networks.js';
import { type Account, newAccount, newDevice, type Segment } from './people.js';
import { addressIn, addressOf, currencyFor, TBILISI } from './places.js';
import { honestAfter, honestPay, type Purchase, released } from './purchase.js';
import { buyerOf, guestBuyer, purchase, usualIp, type World } from './world.js';

/** The shop's honest customers, by what the shop calls them. */
export const HONEST = {
  tbilisi_household: 29,
  regions_customer: 11,
  relocant: 14,
  harvest_tourist: 9,
  tourist_reorder: 6,
  diaspora_gift: 9,
  diaspora_abroad: 7,
  restaurant: 6,
  importer: 2,
  installment_buyer: 7,
} as const;
export type HonestKind = keyof typeof HONEST;

const HOTELS = [
  'Hotel Stamba',
  'Rooms Hotel',
  'Fabrika Hostel',
  'Hotel Brick',
  'Moxy Tbilisi',
  'Hotel Kisi',
  'Guesthouse Ana',
];
const GIFT_NOTES = [
  'Gilocav, deda!',
  'Rtveli greetings from Brooklyn',
  'Bebos, siyvarulit',
  'For Giorgoba, from all of us',
  'Gaumarjos!',
];

/** A signed-in account of the segment `share` of the time (a fresh one if the base has none), else a guest. */
function someone(rng: Rng, w: World, segment: Segment, share: number): Account & { signedIn: boolean } {
  const pool = w.by[segment];
  if (pool.length > 0 && rng.chance(share)) return { ...rng.pick(pool), signedIn: true };
  const created = w.window.start - rng.int(0, 3) * 86_400_000;
  return { ...newAccount(rng.fork('guest'), 'guest', segment, created), signedIn: false };
}

const localeOf = (a: Account): Purchase['locale'] =>
  a.community === 'russian'
    ? 'ru'
    : a.community === 'israeli'
      ? 'he'
      : a.community === 'polish'
        ? 'pl'
        : a.home.country === 'GE'
          ? 'ka'
          : 'en';

interface Plan {
  a: Account & { signedIn: boolean };
  at: number;
  picks: Array<[Item, number]>;
  currency: Currency;
  fulfilment: Fulfilment;
  shipping?: Address;
  ip: string;
  giftNote?: string;
  codOffered?: boolean;
  decline?: number;
  /** Pays by transfer against an invoice, this long after the order. */
  transfer?: number;
  /** Prefers the bank's instalments. */
  installment?: boolean;
}

function finish(rng: Rng, kind: HonestKind, p: Plan): Purchase {
  const { a } = p;
  const basket = basketOf(p.picks, p.currency, p.fulfilment);
  let attempts;
  let cod = false;
  if (p.transfer !== undefined)
    attempts = [{ method: 'sabanko_gadaritskhva' as const, ok: true, afterMs: p.transfer }];
  else if (p.installment && rng.chance(0.9))
    attempts = [{ method: 'bog_installment' as const, ok: true, afterMs: rng.int(8, 30) * 60_000 }];
  else {
    const paying = honestPay(
      rng,
      {
        cards: a.cards,
        signedIn: a.signedIn,
        currency: p.currency,
        codOffered: p.codOffered ?? false,
        amount: basket.amount,
      },
      p.decline,
    );
    attempts = paying.attempts;
    cod = paying.cod;
  }
  const paidNow = cod || attempts.some((x) => x.ok);
  const later = paidNow ? honestAfter(rng, p.fulfilment, basket.amount, cod) : [released(rng, attempts)];
  return purchase(kind, false, {
    at: p.at,
    buyer: a.signedIn ? buyerOf(a) : guestBuyer(a),
    phone: a.phone,
    billing: { ...a.home },
    shipping: p.fulfilment === 'winery_pickup' ? undefined : (p.shipping ?? { ...a.home }),
    fulfilment: p.fulfilment,
    ip: p.ip,
    device: a.signedIn ? rng.pick(a.devices) : (a.devices[0] ?? newDevice(rng)),
    locale: localeOf(a),
    basket,
    attempts,
    later,
    company: a.company,
    giftNote: p.giftNote,
    cod,
  });
}

const tbilisiOrPickup = (rng: Rng, a: Account): Fulfilment =>
  a.home.city === 'Tbilisi'
    ? rng.chance(0.85)
      ? 'van_tbilisi'
      : 'winery_pickup'
    : rng.chance(0.8)
      ? 'courier_georgia'
      : 'winery_pickup';

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const win = w.window;
  switch (kind) {
    case 'tbilisi_household': {
      const a = someone(rng, w, 'tbilisi', 0.6);
      const fulfilment = tbilisiOrPickup(rng, a);
      return finish(rng, kind, {
        a,
        at: placeAt(rng, win, 4, 'household'),
        picks: householdPicks(rng, rng.chance(0.2) ? 'small' : 'usual'),
        currency: 'GEL',
        fulfilment,
        ip: usualIp(rng, a),
        codOffered: fulfilment === 'van_tbilisi',
      });
    }
    case 'regions_customer': {
      const a = someone(rng, w, 'regions', 0.5);
      return finish(rng, kind, {
        a,
        at: placeAt(rng, win, 4, 'household'),
        picks: householdPicks(rng),
        currency: 'GEL',
        fulfilment: tbilisiOrPickup(rng, a),
        ip: usualIp(rng, a),
      });
    }
    case 'relocant': {
      const a = someone(rng, w, 'relocant', 0.65);
      const fulfilment = tbilisiOrPickup(rng, a);
      return finish(rng, kind, {
        a,
        at: placeAt(rng, win, 4, 'evening'),
        picks: householdPicks(rng, rng.chance(0.25) ? 'big' : 'usual'),
        currency: 'GEL',
        fulfilment,
        ip: usualIp(rng, a),
        codOffered: fulfilment === 'van_tbilisi',
        decline: 0.07,
      });
    }
    case 'harvest_tourist': {
      // In Georgia for Rtveli: a local SIM, hotel Wi-Fi or roaming; a home card in lari; a tasting at the winery
      // or a case sent to the hotel before the flight.
      const a = someone(rng, w, 'tourist', 0.15);
      const pickup = rng.chance(0.55);
      const ip = ipOn(
        rng,
        rng.weightedPick<string>([
          ['ge_mobile_b', 40],
          ['ge_office', 35],
          [rng.pick(HOME_NETWORKS[a.home.country] ?? ['ge_mobile_a']), 25],
        ]),
      );
      const hotel = addressIn(rng, 'GE', rng.pick(TBILISI));
      const picks = householdPicks(rng, 'usual');
      if (pickup) picks.push([TASTING, rng.int(1, 4)]);
      return finish(rng, kind, {
        a,
        at: placeAt(rng, win, 4, 'household'),
        picks,
        currency: 'GEL',
        fulfilment: pickup ? 'winery_pickup' : 'van_tbilisi',
        shipping: { ...hotel, line1: `${rng.pick(HOTELS)}, ${hotel.line1 ?? ''}` },
        ip,
        decline: 0.08,
      });
    }
    case 'tourist_reorder': {
      const a = someone(rng, w, 'tourist', 0.7);
      const currency = currencyFor(a.home.country);
      const picks = householdPicks(rng, 'usual');
      if (rng.chance(0.4)) picks.push([rng.pick(CHACHA), 1]);
      return finish(rng, kind, {
        a,
        at: placeAt(rng, win, a.tz, 'evening'),
        picks,
        currency,
        fulfilment: 'dhl',
        ip: usualIp(rng, a),
      });
    }
    case 'diaspora_gift': {
      const a = someone(rng, w, 'diaspora', 0.7);
      const to = addressOf(rng, 'GE', rng.chance(0.6));
      const r = addressOf(rng, 'GE', false);
      const shipping = to.city === 'Tbilisi' ? to : r;
      return finish(rng, kind, {
        a,
        at: placeAt(rng, win, a.tz, 'evening'),
        picks: giftPicks(rng),
        currency: 'GEL',
        fulfilment: shipping.city === 'Tbilisi' ? 'van_tbilisi' : 'courier_georgia',
        shipping,
        ip: usualIp(rng, a),
        giftNote: rng.pick(GIFT_NOTES),
        decline: 0.07,
      });
    }
    case 'diaspora_abroad': {
      const a = someone(rng, w, 'diaspora', 0.7);
      const picks = householdPicks(rng, rng.chance(0.3) ? 'big' : 'usual');
      picks.push([SWEETS[1] as Item, rng.int(1, 3)]);
      return finish(rng, kind, {
        a,
        at: placeAt(rng, win, a.tz, 'evening'),
        picks,
        currency: currencyFor(a.home.country),
        fulfilment: 'dhl',
        ip: usualIp(rng, a),
      });
    }
    case 'restaurant': {
      const a = someone(rng, w, 'restaurant', 1);
      const picks: Array<[Item, number]> = [[rng.pick(WINES.slice(7)), rng.int(1, 4)]];
      if (rng.chance(0.5)) picks.push([rng.pick(WINES.slice(7)), rng.int(1, 3)]);
      if (rng.chance(0.5)) picks.push([CHACHA[0] as Item, rng.int(6, 18)]);
      if (rng.chance(0.2)) picks.push([WARE[1] as Item, rng.int(2, 8)]);
      const byTransfer = rng.chance(0.6);
      return finish(rng, kind, {
        a,
        at: placeAt(rng, win, 4, 'office'),
        picks,
        currency: 'GEL',
        fulfilment: a.home.city === 'Tbilisi' ? 'van_tbilisi' : 'courier_georgia',
        ip: usualIp(rng, a),
        decline: 0.03,
        ...(byTransfer ? { transfer: rng.int(3, 48) * 3_600_000 } : {}),
      });
    }
    case 'importer': {
      const a = someone(rng, w, 'importer', 1);
      const picks: Array<[Item, number]> = [
        [WINES[7] as Item, rng.int(10, 40)],
        [WINES[8] as Item, rng.int(5, 25)],
      ];
      if (rng.chance(0.6)) picks.push([WINES[1] as Item, rng.int(24, 96)]);
      if (rng.chance(0.5)) picks.push([CHACHA[1] as Item, rng.int(12, 60)]);
      return finish(rng, kind, {
        a,
        at: placeAt(rng, win, a.tz, 'office'),
        picks,
        currency: currencyFor(a.home.country),
        fulfilment: 'freight',
        ip: ipOn(rng, rng.pick(HOME_NETWORKS[a.home.country] ?? ['de_home'])),
        transfer: rng.int(20, 120) * 3_600_000,
      });
    }
    case 'installment_buyer': {
      const a = someone(rng, w, rng.chance(0.7) ? 'tbilisi' : 'regions', 0.5);
      const picks: Array<[Item, number]> = rng.chance(0.4)
        ? [[WARE[4] as Item, 1]]
        : [
            [rng.pick(GIFTS.slice(0, 2)), rng.int(2, 4)],
            [WINES[6] as Item, rng.int(1, 3)],
          ];
      if (rng.chance(0.4)) picks.push([rng.pick(WARE.slice(2, 4)), 1]);
      return finish(rng, kind, {
        a,
        at: placeAt(rng, win, 4, 'evening'),
        picks,
        currency: 'GEL',
        fulfilment: a.home.city === 'Tbilisi' ? 'van_tbilisi' : 'courier_georgia',
        ip: usualIp(rng, a),
        installment: true,
      });
    }
  }
}
