import { accountBuyer, type Address, DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard } from './cards.js';
import { COT, when } from './calendar.js';
import {
  basketOf,
  BEANS,
  type Code,
  type Currency,
  EXPORT_BEANS,
  EXPORT_OTHER,
  GIFT_SETS,
  HOLIDAY,
  line,
  type Line,
  priced,
  shippingFee,
  some,
  TASTING,
} from './catalogue.js';
import { abroadMethod, checkout, connectionOf, homeMethod, ipIn } from './checkout.js';
import { shipmentTo } from './delivery.js';
import { ipOn, network } from './networks.js';
import { type Account, emailFor, nameIn, newPerson, phoneIn } from './people.js';
import { addressIn, type City, CO_CITIES, cityOf, MARKETS, marketCity, MEDELLIN, zoneOf } from './places.js';
import { type Purchase } from './purchase.js';
import { newAccountId } from './honest-home.js';
import { type World } from './world.js';

/** The honest kinds abroad: tourists reordering, Colombians abroad, holiday pre-orders, travellers and nomads. */

/** Export beans, a tasting box, capsules or a mug: what people take home from the tasting room. */
function exportBasket(rng: Rng, currency: Currency): Line[] {
  const lines = some(
    rng,
    EXPORT_BEANS,
    rng.weightedPick([
      [1, 25],
      [2, 40],
      [3, 25],
      [4, 10],
    ] as const),
  ).map((b) => line(priced(b, currency), rng.chance(0.25) ? 2 : 1));
  if (rng.chance(0.3)) lines.push(line(priced(rng.pick(EXPORT_OTHER), currency)));
  return lines;
}

const FAR_AWAY = [
  'Todo listo para tu regreso',
  'Un pedacito de Colombia',
  'Para mi mamá ❤️',
  'Feliz día, los extraño',
  'De parte de su hijo en el exterior',
];

/**
 * A tourist who tasted at the roastery (their account opened there, on the shop's Wi-Fi) reorders from home in
 * their own hours: dollars or euros, DHL or post; a few still in Medellín at the end of their trip.
 */
export function touristReorder(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.tourists);
  const stillHere = rng.chance(0.06);
  const at = when(rng, w.window, stillHere ? COT : a.city.tz, 'abroad');
  const lines = exportBasket(rng, a.currency);
  const code: Code | undefined = rng.chance(0.12)
    ? 'TASTINGROOM'
    : rng.chance(0.05)
      ? 'WELCOME10'
      : undefined;
  const s = shipmentTo(rng, a.city, lines);
  const b = basketOf(
    a.currency,
    lines,
    shippingFee(a.currency, a.home.country ?? 'US', 'national', lines),
    code,
  );
  const conn = stillHere ? { ip: ipIn(rng, 'CO', 'hotel'), device: a.phone } : connectionOf(rng, a);
  const method = abroadMethod(rng, conn.device);
  const { attempts, later } = checkout(rng, {
    payer: { cards: a.cards, signedIn: true },
    basket: b,
    method,
    fulfilment: s.fulfilment,
    placed: at,
    abroad: true,
  });
  return {
    at,
    fraud: false,
    kind: 'tourist_reorder',
    basket: b,
    billing: a.home,
    attempts,
    later,
    buyer: accountBuyer(a),
    shipping: a.home,
    ...s,
    ...conn,
    locale: a.locale,
    channel: 'web',
    method,
  };
}

/**
 * Colombians abroad: coffee from home for themselves in dollars or euros, or a gift to the family in Colombia
 * paid in pesos with a foreign card (or PayPal) from an IP abroad.
 */
export function diaspora(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.7);
  const a: Account | undefined = known ? rng.pick(w.customers.diaspora) : undefined;
  const country = a?.home.country ?? rng.weighted({ US: 55, ES: 30, CA: 15 });
  const p = a ? undefined : newPerson(rng, country);
  const name = a?.name ?? nameIn(rng, 'CO');
  const email = a?.email ?? emailFor(rng, name, 'CO');
  const city = (a?.city ?? p?.city) as City;
  const home = (a?.home ?? p?.home) as Address;
  const cards = a?.cards ?? p?.cards ?? [];
  const conn = a
    ? connectionOf(rng, a)
    : { ip: ipOn(rng, (p as NonNullable<typeof p>).network), device: (p as NonNullable<typeof p>).device };
  const buyer = a ? accountBuyer(a) : { email, name };
  const forFamily = rng.chance(0.45);
  const at = when(rng, w.window, city.tz, forFamily ? 'gift' : 'abroad');
  if (forFamily) {
    const to = cityOf(rng, CO_CITIES);
    const lines = rng.weightedPick<Line[]>([
      [[line(rng.pick(GIFT_SETS))], 45],
      [[line(rng.pick(TASTING))], 25],
      [some(rng, BEANS, rng.int(2, 3)).map((x) => line(x)), 30],
    ]);
    const shipping = addressIn(rng, to);
    const s = shipmentTo(rng, to, lines);
    const b = basketOf('COP', lines, shippingFee('COP', 'CO', zoneOf(to), lines));
    const method = rng.weighted({ card: 60, paypal: 25, pse: 15 } as const);
    const payer = { cards: method === 'pse' ? [newCard(rng, 'CO')] : cards, signedIn: known };
    const { attempts, later } = checkout(rng, {
      payer,
      basket: b,
      method,
      fulfilment: s.fulfilment,
      placed: at,
    });
    return {
      at,
      fraud: false,
      kind: 'diaspora',
      basket: b,
      billing: home,
      attempts,
      later,
      buyer,
      shipping,
      ...s,
      ...conn,
      locale: 'es-CO',
      channel: 'web',
      method,
      giftNote: rng.pick(FAR_AWAY),
      documentType: 'CC',
    };
  }
  const currency = (MARKETS[country]?.currency ?? 'USD') as Currency;
  const lines = exportBasket(rng, currency);
  const s = shipmentTo(rng, city, lines);
  const b = basketOf(currency, lines, shippingFee(currency, country, 'national', lines));
  const method = abroadMethod(rng, conn.device);
  const { attempts, later } = checkout(rng, {
    payer: { cards, signedIn: known },
    basket: b,
    method,
    fulfilment: s.fulfilment,
    placed: at,
    abroad: true,
  });
  return {
    at,
    fraud: false,
    kind: 'diaspora',
    basket: b,
    billing: home,
    attempts,
    later,
    buyer,
    shipping: home,
    ...s,
    ...conn,
    locale: 'es-CO',
    channel: 'web',
    method,
  };
}

/**
 * Holiday boxes pre-ordered abroad from 21 September, shipped on 16 November: tourists and Colombians abroad,
 * and people who were given the coffee last year; several boxes for gifts, an early-bird code.
 */
export function holidayPreorder(rng: Rng, w: World): Purchase {
  const from = rng.weighted({ tourist: 40, diaspora: 30, fresh: 30 });
  const a =
    from === 'tourist'
      ? rng.pick(w.customers.tourists)
      : from === 'diaspora'
        ? rng.pick(w.customers.diaspora)
        : undefined;
  const country = a?.home.country ?? rng.weighted({ US: 50, CA: 12, ES: 12, DE: 10, FR: 6, NL: 5, GB: 5 });
  const p = a ? undefined : newPerson(rng, country);
  const city = (a?.city ?? p?.city) as City;
  const home = (a?.home ?? p?.home) as Address;
  const currency = (MARKETS[country]?.currency ?? 'USD') as Currency;
  const at = when(rng, w.window, city.tz, 'preorder');
  const lines = [
    line(
      priced(rng.pick(HOLIDAY), currency),
      rng.weightedPick([
        [1, 45],
        [2, 25],
        [3, 15],
        [4, 8],
        [6, 7],
      ] as const),
    ),
  ];
  if (rng.chance(0.25)) lines.push(line(priced(rng.pick(EXPORT_BEANS), currency)));
  const code: Code | undefined = rng.chance(0.4) ? 'HOLIDAY15' : undefined;
  const b = basketOf(currency, lines, shippingFee(currency, country, 'national', lines), code);
  const conn = a
    ? connectionOf(rng, a)
    : { ip: ipOn(rng, (p as NonNullable<typeof p>).network), device: (p as NonNullable<typeof p>).device };
  const method = abroadMethod(rng, conn.device);
  const signup = !a && rng.chance(0.6);
  const { attempts, later } = checkout(rng, {
    payer: { cards: a?.cards ?? (p as NonNullable<typeof p>).cards, signedIn: !!a || signup },
    basket: b,
    method,
    fulfilment: 'preorder',
    placed: at,
    abroad: true,
  });
  const buyer = a
    ? accountBuyer(a)
    : signup
      ? {
          id: newAccountId(rng),
          email: (p as NonNullable<typeof p>).email,
          name: (p as NonNullable<typeof p>).name,
          createdAt: at - rng.int(2, 30) * MINUTE,
        }
      : { email: (p as NonNullable<typeof p>).email, name: (p as NonNullable<typeof p>).name };
  return {
    at,
    fraud: false,
    kind: 'holiday_preorder',
    basket: b,
    billing: home,
    attempts,
    later,
    buyer,
    shipping: home,
    fulfilment: 'preorder',
    carrier: 'DHL Express',
    ...conn,
    locale: MARKETS[country]?.locale ?? 'en-US',
    channel: 'web',
    method,
  };
}

const NOMAD_HOMES = { US: 45, CA: 10, DE: 10, NL: 8, GB: 10, FR: 7, ES: 10 } as const;
const NOMAD_LOCALES: Readonly<Record<string, string>> = {
  US: 'en-US',
  CA: 'en-CA',
  DE: 'de-DE',
  NL: 'nl-NL',
  GB: 'en-GB',
  FR: 'fr-FR',
  ES: 'es-ES',
};

/**
 * Colombians ordering for home while travelling (hotel Wi-Fi in Miami or Madrid, a US eSIM) or behind a VPN;
 * and remote workers living in Medellín who pay in pesos with a card from home, from coworking Wi-Fi, their
 * rental's fibre or a local SIM, for delivery to the flat.
 */
export function travellerOrNomad(rng: Rng, w: World): Purchase {
  const variant = rng.weighted({ travelling: 45, vpn: 30, nomad: 25 });
  if (variant !== 'nomad') {
    const a = rng.pick(w.customers.co);
    const where = rng.weighted({ us_hotel: 40, es_hotel: 25, us_esim: 35 });
    const hosting = rng.pick(['us-cloud', 'us-vps', 'de-hosting', 'fr-hosting', 'fi-hosting']);
    const ip =
      variant === 'vpn'
        ? ipOn(rng, network(hosting))
        : ipOn(
            rng,
            network(
              where === 'us_hotel' ? 'us-hotel-wifi' : where === 'es_hotel' ? 'es-hotel-wifi' : 'us-mobile',
            ),
          );
    const tz = variant === 'vpn' ? COT : where === 'es_hotel' ? 2 : -4;
    const at = when(rng, w.window, tz, 'home');
    const lines = some(rng, BEANS, rng.int(1, 3)).map((x) => line(x));
    const s = shipmentTo(rng, a.city, lines);
    const b = basketOf('COP', lines, shippingFee('COP', 'CO', zoneOf(a.city), lines));
    const method = homeMethod(
      rng,
      a.prefers === 'cod' ? 'pse' : a.prefers,
      b,
      undefined,
      s.fulfilment,
      false,
    );
    const device: Device = variant === 'vpn' ? a.device : a.phone;
    const { attempts, later } = checkout(rng, {
      payer: { cards: a.cards, signedIn: true },
      basket: b,
      method,
      fulfilment: s.fulfilment,
      placed: at,
    });
    return {
      at,
      fraud: false,
      kind: 'traveller_or_nomad',
      basket: b,
      billing: a.home,
      attempts,
      later,
      buyer: accountBuyer(a),
      shipping: a.home,
      ...s,
      ip,
      device,
      locale: 'es-CO',
      channel: 'web',
      method,
      documentType: a.documentType,
    };
  }
  const country = rng.weighted<string>(NOMAD_HOMES);
  const name = nameIn(rng, country);
  const flat = addressIn(rng, { ...MEDELLIN, postal: ['050021', '050022', '050031'] });
  const homeAbroad = addressIn(rng, marketCity(rng, country));
  const signup = rng.chance(0.6);
  const at = when(rng, w.window, COT, 'home');
  const lines = some(rng, BEANS, rng.int(1, 3)).map((x) => line(x));
  if (rng.chance(0.2)) lines.push(line(rng.pick(TASTING)));
  const s = shipmentTo(rng, MEDELLIN, lines);
  const b = basketOf('COP', lines, shippingFee('COP', 'CO', 'metro', lines));
  const device = phoneIn(rng, country);
  const ip = ipIn(rng, 'CO', rng.weighted({ hotel: 50, fixed: 30, mobile: 20 }));
  const method = rng.chance(0.7) ? 'card' : 'paypal';
  const { attempts, later } = checkout(rng, {
    payer: { cards: [newCard(rng, country)], signedIn: signup, match: 'partial' },
    basket: b,
    method,
    fulfilment: s.fulfilment,
    placed: at,
  });
  const email = emailFor(rng, name, country);
  return {
    at,
    fraud: false,
    kind: 'traveller_or_nomad',
    basket: b,
    billing: rng.chance(0.6) ? homeAbroad : flat,
    attempts,
    later,
    buyer: signup
      ? { id: newAccountId(rng), email, name, createdAt: at - rng.int(5, 120) * DAY }
      : { email, name },
    shipping: flat,
    ...s,
    ip,
    device,
    locale: NOMAD_LOCALES[country] ?? 'en-US',
    channel: 'web',
    method,
    documentType: rng.chance(0.5) ? 'CE' : 'PP',
  };
}
