import { accountBuyer, type Address, type Buyer, DAY, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { homeIp } from './networks.js';
import { honestAfter, honestPay, type LaterEvent, MINUTE, type Purchase, seasonTime } from './purchase.js';
import {
  type Account,
  anyUserAgent,
  basket,
  CATALOGUE,
  type Category,
  type Delivery,
  emailOf,
  homeAddress,
  ipAtHome,
  lineIn,
  locker,
  market,
  newAccount,
  newCard,
  newDevice,
  personName,
} from './world.js';

/** The store's honest customers, by the names the shop gives them. */

export const HONEST = {
  home_customer: 30,
  teething_parent: 8,
  palanga_pickup: 6,
  tourist_reorder: 14,
  holidaymaker_in_palanga: 6,
  scandi_gift_buyer: 7,
  diaspora_gift_home: 7,
  us_diaspora: 6,
  reseller_invoice: 4,
  collector_piece: 4,
  shared_family_tablet: 4,
} as const;
export type HonestKind = keyof typeof HONEST;

export interface World {
  window: Window;
  accounts: Account[];
}

const pickFrom = (rng: Rng, cats: Category[]) => rng.pick(CATALOGUE[rng.pick(cats)]);

function ordinaryLines(rng: Rng, a: { country: string }, cats: Category[]) {
  const cur = market(a.country).currency;
  return Array.from(
    {
      length: rng.weightedPick([
        [1, 6],
        [2, 3],
        [3, 1],
      ] as const),
    },
    () => lineIn(pickFrom(rng, cats), cur, rng.chance(0.1) ? 2 : 1),
  );
}

function homeDelivery(rng: Rng, country: string): Delivery {
  if (country === 'LT' || country === 'LV' || country === 'EE')
    return rng.weightedPick<Delivery>([
      ['omniva_locker', 5],
      ['lp_express_locker', 3],
      ['dpd_courier', 2],
    ]);
  return country === 'PL' || country === 'DE'
    ? rng.weightedPick<Delivery>([
        ['dpd_courier', 3],
        ['tracked_post', 2],
      ])
    : 'tracked_post';
}

const shipTo = (rng: Rng, d: Delivery, home: Address): Address | undefined =>
  d === 'palanga_pickup'
    ? undefined
    : d === 'omniva_locker' || d === 'lp_express_locker'
      ? home.country === 'LT'
        ? locker(rng, home.city)
        : home
      : home;

function pickAccount(rng: Rng, w: World, countries?: string[]): Account {
  const pool = countries ? w.accounts.filter((a) => countries.includes(a.country)) : w.accounts;
  return rng.pick(pool.length > 0 ? pool : w.accounts);
}

/** A purchase from an account: its own device, home network, cards and bank. */
function fromAccount(
  rng: Rng,
  w: World,
  kind: HonestKind,
  a: Account,
  o: { cats: Category[]; delivery?: Delivery; from?: number; to?: number },
): Purchase {
  const m = market(a.country);
  const at = seasonTime(rng, w.window, m.tz, o.from ?? 7, o.to ?? 23.5);
  const delivery = o.delivery ?? homeDelivery(rng, a.country);
  const b = basket(
    ordinaryLines(rng, a, o.cats),
    m.currency,
    delivery,
    rng.chance(0.08) ? ['JONINES10', 10] : undefined,
  );
  const attempts = honestPay(
    rng,
    { country: a.country, cards: a.cards, ...(a.bank ? { bank: a.bank } : {}), signedIn: true },
    b.amount,
  );
  const shipping = shipTo(rng, delivery, a.home);
  return {
    at,
    fraud: false,
    kind,
    basket: b,
    billing: { ...a.home },
    attempts,
    later: honestAfter(
      rng,
      delivery,
      b.amount,
      attempts.some((x) => x.ok),
    ),
    buyer: accountBuyer(a),
    ...(shipping ? { shipping } : {}),
    delivery,
    ip: ipAtHome(rng, a),
    device: rng.pick(a.devices),
    locale: m.locale,
  };
}

function guest(rng: Rng, country: string): { buyer: Buyer; home: Address; card: ReturnType<typeof newCard> } {
  const name = personName(rng, country);
  return {
    buyer: { email: emailOf(rng, name, country), name },
    home: homeAddress(rng, country),
    card: newCard(rng, country),
  };
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'home_customer':
      return fromAccount(rng, w, kind, pickAccount(rng, w, ['LT', 'LV', 'EE']), {
        cats: ['necklace', 'bracelet', 'earrings', 'ring', 'linen', 'gift'],
      });
    case 'teething_parent': {
      const a = pickAccount(rng, w, rng.chance(0.6) ? ['LT', 'LV'] : ['DE', 'PL', 'GB', 'SE', 'FI']);
      return fromAccount(rng, w, kind, a, { cats: ['teething'], from: 5, to: 24 });
    }
    case 'palanga_pickup': {
      const a = pickAccount(rng, w, ['LT']);
      const p = fromAccount(rng, w, kind, a, {
        cats: ['necklace', 'earrings', 'gift', 'linen'],
        delivery: 'palanga_pickup',
      });
      // Reserved online and paid in cash at the shop counter when collected (a few never come).
      const collected = rng.int(3, 48) * 60 * MINUTE;
      const later: LaterEvent[] = rng.chance(0.04)
        ? [{ type: 'order.cancelled', afterMs: 5 * DAY, reason: 'not_collected' }]
        : [
            { type: 'payment.succeeded', afterMs: collected },
            { type: 'order.updated', afterMs: collected + 60_000, status: 'collected' },
          ];
      return { ...p, attempts: [], later, settleBy: 'grynieji_atsiemant' };
    }
    case 'tourist_reorder': {
      // Bought at the Palanga shop in the summer, opened an account there, orders more from home.
      const country = rng.weightedPick<string>([
        ['DE', 4],
        ['PL', 4],
        ['LV', 3],
        ['SE', 1],
        ['FI', 1],
        ['GB', 1],
      ]);
      const a = newAccount(
        rng.fork('acct'),
        9000 + rng.int(0, 80_000),
        country,
        w.window.start - rng.int(0, 20) * DAY,
      );
      return fromAccount(rng, w, kind, a, { cats: ['necklace', 'bracelet', 'earrings', 'ring', 'gift'] });
    }
    case 'holidaymaker_in_palanga': {
      // A foreign visitor ordering from the hotel Wi-Fi or a Lithuanian SIM, card and billing at home.
      const country = rng.weightedPick<string>([
        ['DE', 4],
        ['PL', 3],
        ['SE', 1],
        ['NO', 1],
        ['GB', 1],
        ['US', 1],
      ]);
      const g = guest(rng, country);
      const cur = market(country).currency;
      const delivery: Delivery = rng.chance(0.6) ? 'palanga_pickup' : 'tracked_post';
      const b = basket(
        ordinaryLines(rng, { country }, ['necklace', 'bracelet', 'earrings', 'art']),
        cur,
        delivery,
      );
      const attempts = honestPay(rng, { country, cards: [g.card], signedIn: false }, b.amount);
      return {
        at: seasonTime(rng, w.window, 3, 9, 23.5),
        fraud: false,
        kind,
        basket: b,
        billing: g.home,
        attempts,
        later: honestAfter(
          rng,
          delivery,
          b.amount,
          attempts.some((x) => x.ok),
        ),
        buyer: g.buyer,
        ...(delivery === 'tracked_post' ? { shipping: g.home } : {}),
        delivery,
        ip: homeIp(rng, 'LT', rng.chance(0.5)),
        device: { userAgent: anyUserAgent(rng), ...(rng.chance(0.8) ? { id: newDevice(rng).id } : {}) },
        locale: market(country).locale,
      };
    }
    case 'scandi_gift_buyer': {
      const a = pickAccount(rng, w, ['SE', 'NO', 'DK', 'FI']);
      const p = fromAccount(rng, w, kind, a, { cats: ['necklace', 'gift', 'linen', 'art'] });
      return rng.chance(0.4) ? { ...p, shipping: homeAddress(rng, a.country), giftNote: 'Grattis!' } : p;
    }
    case 'diaspora_gift_home': {
      // Lithuanians in the UK, Norway or Germany sending amber and linen to family in Lithuania.
      const a = pickAccount(rng, w, ['GB', 'NO', 'DE']);
      const p = fromAccount(rng, w, kind, a, {
        cats: ['necklace', 'gift', 'linen', 'teething'],
        delivery: 'omniva_locker',
      });
      return { ...p, shipping: locker(rng), giftNote: 'Su gimtadieniu, mama!', locale: 'lt-LT' };
    }
    case 'us_diaspora': {
      const a = pickAccount(rng, w, ['US']);
      const p = fromAccount(rng, w, kind, a, {
        cats: ['necklace', 'art', 'linen', 'gift', 'collector'],
        delivery: 'tracked_post',
      });
      return rng.chance(0.3)
        ? { ...p, shipping: homeAddress(rng, 'LT'), delivery: 'dpd_courier', giftNote: 'Sveikinu!' }
        : p;
    }
    case 'reseller_invoice': {
      // Polish and German resellers, Lithuanian hotel gift shops: wholesale quantities on 14-day invoices.
      const country = rng.weightedPick<string>([
        ['PL', 4],
        ['DE', 3],
        ['LT', 3],
      ]);
      const a = pickAccount(rng, w, [country]);
      const m = market(country);
      const lines = Array.from({ length: rng.int(2, 5) }, () =>
        lineIn(
          pickFrom(rng, ['necklace', 'bracelet', 'earrings', 'teething', 'souvenir']),
          'EUR',
          rng.int(10, 60),
        ),
      );
      const delivery: Delivery = 'dpd_courier';
      const b = basket(lines, 'EUR', delivery);
      const paidAfter = rng.int(5, 21) * DAY;
      const vat =
        country === 'PL'
          ? `PL${rng.digits(10)}`
          : country === 'DE'
            ? `DE${rng.digits(9)}`
            : `LT${rng.digits(9)}`;
      return {
        at: seasonTime(rng, w.window, m.tz, 8, 17.5),
        fraud: false,
        kind,
        basket: b,
        billing: { ...a.home },
        attempts: [],
        later: [
          { type: 'order.updated', afterMs: rng.int(18, 60) * 60 * MINUTE, status: 'shipped' },
          { type: 'order.updated', afterMs: rng.int(3, 5) * DAY, status: 'delivered' },
          { type: 'payment.succeeded', afterMs: paidAfter },
        ],
        buyer: accountBuyer(a),
        shipping: { ...a.home },
        delivery,
        ip: homeIp(rng, country),
        device: rng.pick(a.devices),
        locale: m.locale,
        company: {
          name: `${a.name.split(' ')[1] ?? 'Amber'} ${rng.pick(['Bursztyn', 'Souvenirs', 'Viešbutis', 'Geschenke'])}`,
          vatId: vat,
        },
        settleBy: 'saskaita_faktura',
      };
    }
    case 'collector_piece': {
      const a = pickAccount(rng, w, ['DE', 'US', 'SE', 'LT', 'GB', 'NO']);
      const p = fromAccount(rng, w, kind, a, {
        cats: ['collector'],
        delivery: a.country === 'LT' ? 'dpd_courier' : 'tracked_post',
      });
      const lines = [lineIn(pickFrom(rng, ['collector', 'art']), market(a.country).currency)];
      const b = basket(lines, market(a.country).currency, p.delivery);
      const attempts = honestPay(
        rng,
        { country: a.country, cards: a.cards, ...(a.bank ? { bank: a.bank } : {}), signedIn: true },
        b.amount,
      );
      return {
        ...p,
        basket: b,
        attempts,
        later: honestAfter(
          rng,
          p.delivery,
          b.amount,
          attempts.some((x) => x.ok),
        ),
      };
    }
    case 'shared_family_tablet': {
      // Grandparents, parents and teenagers each with an account, all on the family iPad at home.
      const a = pickAccount(rng, w, ['LT']);
      const relative = pickAccount(rng, w, ['LT']);
      const p = fromAccount(rng, w, kind, a, { cats: ['earrings', 'bracelet', 'gift', 'teething'] });
      return { ...p, device: relative.devices[0] ?? p.device };
    }
  }
}
