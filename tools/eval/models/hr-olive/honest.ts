import { type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard, type HeldCard } from './cards.js';
import { basketOf, type Delivery, everydayWants, type Sku } from './catalogue.js';
import { HOSTING, homeNetworks, ipIn, address } from './networks.js';
import {
  type Account,
  buyerOf,
  type Customers,
  emailOf,
  nameFrom,
  newDevice,
  touristHome,
} from './people.js';
import { addressIn, type Currency, type Market, MARKETS, marinaAddress, stayAddress } from './places.js';
import {
  type Attempt,
  HOUSEHOLD,
  honestAfter,
  honestCard,
  honestWallet,
  type Method,
  momentIn,
  OFFICE,
  type Purchase,
  TOURIST,
} from './purchase.js';

/** The honest kinds, their weights, and how one of each is planned. */

export const HONEST = {
  local_regular: 18,
  tourist_to_stay: 15,
  tourist_ship_home: 13,
  returning_customer: 11,
  diaspora: 12,
  gift_sender: 8,
  shop_pickup: 8,
  yacht_charter: 5,
  horeca_case: 5,
  cruise_passenger: 5,
} as const;

export type HonestKind = keyof typeof HONEST;

export interface World {
  window: Window;
  customers: Customers;
}

/** Prices follow the delivery country: pounds to the UK, dollars to the US, euros everywhere else. */
export const currencyFor = (shipTo: string | undefined): Currency =>
  shipTo === 'GB' ? 'GBP' : shipTo === 'US' ? 'USD' : 'EUR';

const deliveryTo = (country: string): Delivery =>
  country === 'HR' ? 'hr_courier' : country === 'GB' || country === 'US' ? 'intl_courier' : 'eu_courier';

/** Where a buyer on holiday in Croatia connects from: home roaming, the apartment's Wi-Fi, a local SIM, a VPN. */
function holidayIp(rng: Rng, home: string): string {
  const roll = rng.next();
  if (roll < 0.45) return address(rng, rng.pick(homeNetworks(home).filter((n) => n.kind === 'mobile')));
  if (roll < 0.85) return ipIn(rng, rng.pick(['hr_tourist_wifi', 'hr_fixed_adsl_fibre', 'hr_fixed_alt']));
  if (roll < 0.95) return ipIn(rng, rng.pick(['hr_mobile', 'hr_mobile_alt']));
  return address(rng, rng.pick(HOSTING));
}

/** At home: the household's own network mostly, sometimes the phone, now and then a VPN. */
function homeIp(rng: Rng, country: string, own?: string): string {
  const roll = rng.next();
  if (own && roll < 0.7) return ipIn(rng, own);
  if (roll < 0.96) return address(rng, rng.pick(homeNetworks(country)));
  return address(rng, rng.pick(HOSTING));
}

interface Draft {
  kind: HonestKind;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  delivery: Delivery;
  wants: Array<[Sku, number]>;
  ip: string;
  device: Device;
  locale: string;
  tz: number;
  curve: readonly number[];
  methods: ReadonlyArray<readonly [Method, number]>;
  cards: readonly HeldCard[];
  saved: boolean;
  company?: { name: string; oib: string };
  note?: string;
  weekdays?: boolean;
  open?: boolean;
}

function build(rng: Rng, w: World, d: Draft): Purchase {
  const at = momentIn(rng, w.window, d.tz, d.curve, { weekdays: d.weekdays ?? false, open: d.open ?? false });
  const shipTo = d.shipping?.country;
  const currency = currencyFor(shipTo);
  const basket = basketOf(d.wants, currency, d.delivery, shipTo === 'US');
  const euro = basket.amount;
  const method = rng.weightedPick(d.methods);
  let attempts: Attempt[] = [];
  if (method === 'kartica')
    attempts = honestCard(rng, { country: d.billing.country, cards: d.cards, saved: d.saved }, euro);
  else if (method === 'keks_pay' || method === 'aircash' || method === 'paypal')
    attempts = honestWallet(rng, method);
  const paid = attempts.some((a) => a.ok);
  const later = honestAfter(rng, { method, delivery: d.delivery, paid, amount: basket.amount });
  return {
    at,
    fraud: false,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts,
    later,
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    delivery: d.delivery,
    method,
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    ...(d.company ? { company: d.company } : {}),
    ...(d.note ? { note: d.note } : {}),
  };
}

/** A guest at checkout: a name and e-mail typed in, a card from home, no account. */
function guest(rng: Rng, country: Market, croatian = false) {
  const name = nameFrom(rng, country, croatian);
  return {
    buyer: { email: emailOf(rng, name, country), name } as Buyer,
    home: addressIn(rng, country),
    cards: [newCard(rng, country, rng.chance(0.55) ? 'credit' : 'debit')],
    device: newDevice(rng),
  };
}

/** A known account's checkout: its own card(s), usually its own device, now and then a new phone. */
const known = (rng: Rng, a: Account) => ({
  buyer: buyerOf(a),
  home: a.home,
  cards: a.cards,
  device: rng.chance(0.88) ? rng.pick(a.devices) : newDevice(rng),
});

const HR_METHODS: ReadonlyArray<readonly [Method, number]> = [
  ['kartica', 36],
  ['keks_pay', 12],
  ['aircash', 5],
  ['paypal', 5],
  ['pouzece', 32],
  ['opca_uplatnica', 10],
];
const ABROAD_METHODS: ReadonlyArray<readonly [Method, number]> = [
  ['kartica', 74],
  ['paypal', 24],
  ['opca_uplatnica', 2],
];

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const c = w.customers;
  switch (kind) {
    case 'local_regular': {
      const a = rng.chance(0.6) ? rng.pick(c.of('local')) : undefined;
      const who = a ? known(rng, a) : guest(rng, 'HR');
      const elsewhere = rng.chance(0.1);
      return build(rng, w, {
        kind,
        ...who,
        billing: who.home,
        shipping: elsewhere ? addressIn(rng, 'HR') : who.home,
        delivery: 'hr_courier',
        wants: everydayWants(rng, rng.int(1, 5), 0.15),
        ip: a ? homeIp(rng, 'HR', a.network) : homeIp(rng, 'HR'),
        locale: 'hr-HR',
        tz: 2,
        curve: HOUSEHOLD,
        methods: HR_METHODS,
        saved: Boolean(a) && rng.chance(0.5),
        ...(elsewhere ? { note: 'Za mamu, molim nazvati prije dostave' } : {}),
      });
    }
    case 'tourist_to_stay': {
      const a = rng.chance(0.2) ? rng.pick(c.of('past_tourist')) : undefined;
      const home = a?.country ?? touristHome(rng);
      const who = a ? known(rng, a) : guest(rng, home);
      return build(rng, w, {
        kind,
        ...who,
        billing: who.home,
        shipping: stayAddress(rng),
        delivery: 'same_day_van',
        wants: everydayWants(rng, rng.int(2, 6), 0.3),
        ip: holidayIp(rng, home),
        locale: MARKETS[home].locale,
        tz: 2,
        curve: TOURIST,
        methods: [
          ['kartica', 72],
          ['paypal', 20],
          ['pouzece', 8],
        ],
        saved: Boolean(a) && rng.chance(0.4),
      });
    }
    case 'tourist_ship_home': {
      const a = rng.chance(0.15) ? rng.pick(c.of('past_tourist')) : undefined;
      const home = a?.country ?? touristHome(rng);
      const who = a ? known(rng, a) : guest(rng, home);
      const stillHere = rng.chance(0.7);
      return build(rng, w, {
        kind,
        ...who,
        billing: who.home,
        shipping: who.home,
        delivery: deliveryTo(home),
        wants: everydayWants(rng, rng.int(3, 8), 0.35),
        ip: stillHere ? holidayIp(rng, home) : homeIp(rng, home),
        locale: MARKETS[home].locale,
        tz: stillHere ? 2 : MARKETS[home].tz,
        curve: TOURIST,
        methods: ABROAD_METHODS,
        saved: false,
      });
    }
    case 'returning_customer': {
      const a = rng.pick(c.of('past_tourist'));
      const who = known(rng, a);
      return build(rng, w, {
        kind,
        ...who,
        billing: a.home,
        shipping: a.home,
        delivery: deliveryTo(a.country),
        wants: everydayWants(rng, rng.int(2, 6), 0.35),
        ip: homeIp(rng, a.country, a.network),
        locale: MARKETS[a.country].locale,
        tz: MARKETS[a.country].tz,
        curve: HOUSEHOLD,
        methods: [
          ['kartica', 70],
          ['paypal', 30],
        ],
        saved: rng.chance(0.6),
      });
    }
    case 'diaspora': {
      const a = rng.pick(c.of('diaspora'));
      const who = known(rng, a);
      const forFamily = rng.chance(0.4);
      const ship = forFamily ? addressIn(rng, 'HR') : a.home;
      return build(rng, w, {
        kind,
        ...who,
        billing: a.home,
        shipping: ship,
        delivery: deliveryTo(ship.country ?? 'HR'),
        wants: everydayWants(rng, rng.int(2, 7), 0.3),
        ip: rng.chance(0.2) ? holidayIp(rng, a.country) : homeIp(rng, a.country, a.network),
        locale: 'hr-HR',
        tz: MARKETS[a.country].tz,
        curve: HOUSEHOLD,
        methods: ABROAD_METHODS,
        saved: rng.chance(0.5),
        ...(forFamily ? { note: 'Poklon za roditelje' } : {}),
      });
    }
    case 'gift_sender': {
      const fromHr = rng.chance(0.45);
      const a = rng.chance(0.5) ? rng.pick(c.of(fromHr ? 'local' : 'past_tourist')) : undefined;
      const home: Market = a?.country ?? (fromHr ? 'HR' : touristHome(rng));
      const who = a ? known(rng, a) : guest(rng, home);
      const to: Market = rng.chance(0.5)
        ? home
        : rng.pick(['HR', 'DE', 'AT', 'GB', 'US', 'SI', 'IT'] as const);
      const ship = addressIn(rng, to);
      return build(rng, w, {
        kind,
        ...who,
        billing: who.home,
        shipping: ship,
        delivery: deliveryTo(to),
        wants: [
          [rng.pick(['basket', 'premium', 'truffleBox'] as const), rng.int(1, 2)],
          ...everydayWants(rng, 1),
        ],
        ip:
          home === 'HR'
            ? homeIp(rng, 'HR', a?.network)
            : rng.chance(0.5)
              ? holidayIp(rng, home)
              : homeIp(rng, home),
        locale: MARKETS[home].locale,
        tz: MARKETS[home].tz,
        curve: HOUSEHOLD,
        methods: home === 'HR' ? HR_METHODS.filter(([m]) => m !== 'pouzece' || to === 'HR') : ABROAD_METHODS,
        saved: Boolean(a) && rng.chance(0.5),
        note: rng.pick(['Sretan rođendan!', 'Happy anniversary!', 'Alles Gute!', 'Hvala na svemu']),
      });
    }
    case 'shop_pickup': {
      const local = rng.chance(0.55);
      const a = local && rng.chance(0.5) ? rng.pick(c.of('local')) : undefined;
      const home: Market = local ? 'HR' : touristHome(rng);
      const who = a ? known(rng, a) : guest(rng, home);
      return build(rng, w, {
        kind,
        ...who,
        billing: who.home,
        delivery: 'shop_pickup',
        wants: everydayWants(rng, rng.int(1, 5), 0.3),
        ip: local ? homeIp(rng, 'HR', a?.network) : holidayIp(rng, home),
        locale: MARKETS[home].locale,
        tz: 2,
        curve: HOUSEHOLD,
        methods: [
          ['placanje_u_trgovini', 65],
          ['kartica', 35],
        ],
        saved: false,
        open: true,
      });
    }
    case 'yacht_charter': {
      const home = rng.weightedPick<Market>([
        ['GB', 30],
        ['DE', 25],
        ['AT', 15],
        ['US', 15],
        ['FR', 8],
        ['SE', 7],
      ]);
      const who = guest(rng, home);
      const roll = rng.next();
      const ip =
        roll < 0.5
          ? ipIn(rng, rng.pick(['hr_mobile', 'hr_mobile_alt']))
          : roll < 0.8
            ? address(rng, rng.pick(homeNetworks(home).filter((n) => n.kind === 'mobile')))
            : ipIn(rng, 'hr_tourist_wifi');
      const wants: Array<[Sku, number]> = [
        [rng.pick(['plavac', 'posip', 'babic', 'dingac'] as const), rng.int(6, 18)],
        ['oil075', rng.int(1, 4)],
        ...everydayWants(rng, rng.int(2, 5), 0.4),
      ];
      return build(rng, w, {
        kind,
        ...who,
        billing: who.home,
        shipping: marinaAddress(rng),
        delivery: 'same_day_van',
        wants,
        ip,
        locale: MARKETS[home].locale,
        tz: 2,
        curve: TOURIST,
        methods: [
          ['kartica', 82],
          ['paypal', 18],
        ],
        saved: false,
      });
    }
    case 'horeca_case': {
      const a = rng.pick(c.of('horeca'));
      const who = known(rng, a);
      const van = a.home.city === 'Split' || rng.chance(0.3);
      return build(rng, w, {
        kind,
        ...who,
        billing: a.home,
        shipping: a.home,
        delivery: van ? 'same_day_van' : 'hr_courier',
        wants: [
          ['oilCase', rng.int(2, 8)],
          ...(rng.chance(0.5) ? ([['oilTin5', rng.int(1, 4)]] as Array<[Sku, number]>) : []),
          ...(rng.chance(0.3) ? ([['ninFlower', rng.int(6, 24)]] as Array<[Sku, number]>) : []),
        ],
        ip: rng.chance(0.8) ? ipIn(rng, a.network) : address(rng, rng.pick(homeNetworks('HR'))),
        locale: 'hr-HR',
        tz: 2,
        curve: OFFICE,
        methods: [
          ['opca_uplatnica', 60],
          ['kartica', 30],
          ['pouzece', 10],
        ],
        saved: rng.chance(0.5),
        ...(a.company ? { company: a.company } : {}),
        weekdays: true,
        open: true,
      });
    }
    case 'cruise_passenger': {
      const home = rng.weightedPick<Market>([
        ['US', 35],
        ['GB', 30],
        ['DE', 20],
        ['IT', 8],
        ['FR', 7],
      ]);
      const who = guest(rng, home);
      const pickup = rng.chance(0.5);
      return build(rng, w, {
        kind,
        ...who,
        billing: who.home,
        ...(pickup ? {} : { shipping: who.home }),
        delivery: pickup ? 'shop_pickup' : deliveryTo(home),
        wants: everydayWants(rng, rng.int(2, 6), 0.3),
        ip: address(rng, rng.pick(homeNetworks(home).filter((n) => n.kind === 'mobile'))),
        locale: MARKETS[home].locale,
        tz: 2,
        curve: OFFICE,
        methods: pickup
          ? [
              ['placanje_u_trgovini', 40],
              ['kartica', 60],
            ]
          : [
              ['kartica', 80],
              ['paypal', 20],
            ],
        saved: false,
        open: pickup,
      });
    }
  }
}
