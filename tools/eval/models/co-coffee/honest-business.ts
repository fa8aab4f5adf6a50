import { DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { COT, when } from './calendar.js';
import { newCard } from './cards.js';
import {
  AMISTAD_SET,
  basketOf,
  BEANS,
  CAFE_BAG,
  CAPSULES_50,
  GREEN_5,
  GREEN_35,
  GREEN_70,
  HOUSE_KILO,
  line,
  type Line,
  OFFICE_SUBSCRIPTION,
  SECRET_FRIEND,
  shippingFee,
  TASTING_4,
} from './catalogue.js';
import { checkout } from './checkout.js';
import { shipmentTo } from './delivery.js';
import { newAccountId } from './honest-home.js';
import { ipOn, network } from './networks.js';
import { computerIn, emailFor, fold, nameIn } from './people.js';
import { BOGOTA, cityNamed, MEDELLIN, officeIn, zoneOf } from './places.js';
import { type Purchase } from './purchase.js';
import { nit, type World } from './world.js';

/** The honest business kinds: offices buying Amor y Amistad gifts, and cafés, hotels and roasters restocking. */

const COMPANY_HEADS = [
  'Inversiones',
  'Comercializadora',
  'Constructora',
  'Servicios',
  'Ingeniería',
  'Consultores',
  'Distribuidora',
  'Grupo',
  'Agencia',
  'Clínica',
  'Colegio',
  'Laboratorios',
  'Transportes',
  'Tecnologías',
];
const COMPANY_TAILS = [
  'del Valle',
  'Andina',
  'Montoya',
  'Aburrá',
  'Los Andes',
  'Horizonte',
  'El Nogal',
  'Santa Fe',
  'Pacífico',
  'Caribe',
  'La Ceiba',
  'Altavista',
  'Poblado',
];

/**
 * Amigo secreto and staff gifts bought by an office (human resources, purchasing, reception) on weekdays in
 * office hours: dozens of details, sets or tasting boxes to the office, on a 30-day invoice (known companies),
 * by PSE from the company's account or on a corporate card.
 */
export function officeGifts(rng: Rng, w: World): Purchase {
  const city = rng.weightedPick([
    [BOGOTA, 50],
    [MEDELLIN, 35],
    [cityNamed('Cali'), 10],
    [cityNamed('Barranquilla'), 5],
  ] as const);
  const head = rng.pick(COMPANY_HEADS);
  const tail = rng.pick(COMPANY_TAILS);
  const company = { name: `${head} ${tail} ${rng.pick(['S.A.S.', 'S.A.', 'Ltda.'])}`, nit: nit(rng) };
  const person = nameIn(rng, 'CO');
  const slug = `${fold(head).slice(0, 6)}${fold(tail)}`;
  const email = rng.chance(0.75)
    ? `${rng.pick(['compras', 'talentohumano', 'bienestar', 'recepcion', 'gerencia', emailFor(rng, person, 'CO').split('@')[0]])}@${slug}.com.co`
    : emailFor(rng, person, 'CO');
  const known = rng.chance(0.5);
  const at = when(rng, w.window, COT, 'office');
  const lines = rng.weightedPick<Line[]>([
    [[line(SECRET_FRIEND, rng.int(15, 80))], 50],
    [[line(AMISTAD_SET, rng.int(8, 40))], 35],
    [[line(TASTING_4, rng.int(10, 30))], 15],
  ]);
  if (rng.chance(0.08)) lines.push(line(OFFICE_SUBSCRIPTION));
  const office = officeIn(rng, city);
  const s = shipmentTo(rng, city, lines);
  const b = basketOf('COP', lines, shippingFee('COP', 'CO', zoneOf(city), lines));
  const method = known && rng.chance(0.5) ? 'invoice' : rng.chance(0.7) ? 'pse' : 'card';
  const { attempts, later } = checkout(rng, {
    payer: { cards: [newCard(rng, 'CO', 'credit')], signedIn: true },
    basket: b,
    method,
    fulfilment: s.fulfilment,
    placed: at,
  });
  return {
    at,
    fraud: false,
    kind: 'office_gifts',
    basket: b,
    billing: office,
    attempts,
    later,
    buyer: {
      id: newAccountId(rng),
      email,
      name: person,
      createdAt: known ? at - rng.int(60, 900) * DAY : at - rng.int(10, 90) * MINUTE,
    },
    shipping: office,
    ...s,
    ip: ipOn(rng, network('co-business-fibre')),
    device: computerIn(rng, 'CO'),
    locale: 'es-CO',
    channel: 'web',
    method,
    company,
    documentType: 'NIT',
  };
}

/**
 * Cafés, restaurants, hotels, coworkings and micro-roasters restocking on weekday mornings through the B2B
 * portal: 2.5 kg espresso bags, retail bags for the shelf, capsules for meeting rooms, green coffee by the sack;
 * on 30-day invoices when approved, else PSE from the business account or a card.
 */
export function wholesaleCafe(rng: Rng, w: World): Purchase {
  const biz = rng.pick(w.businesses);
  const at = when(rng, w.window, COT, 'business');
  const lines: Line[] = [];
  switch (biz.trade) {
    case 'cafe':
    case 'restaurant':
      lines.push(line(CAFE_BAG, rng.int(2, 8)));
      if (rng.chance(0.3)) lines.push(line(rng.pick(BEANS), rng.int(6, 24)));
      break;
    case 'hotel':
      lines.push(line(CAFE_BAG, rng.int(3, 10)), line(CAPSULES_50, rng.int(2, 6)));
      break;
    case 'coworking':
      lines.push(line(CAPSULES_50, rng.int(2, 5)), line(HOUSE_KILO, rng.int(3, 8)));
      break;
    case 'micro_roaster':
      {
        const size = rng.weighted({ sack: 35, half: 35, small: 30 });
        lines.push(
          size === 'sack'
            ? line(GREEN_70, rng.int(1, 2))
            : size === 'half'
              ? line(GREEN_35, rng.int(1, 3))
              : line(GREEN_5, rng.int(2, 6)),
        );
      }
      break;
  }
  const s = shipmentTo(rng, biz.city, lines);
  const b = basketOf('COP', lines, shippingFee('COP', 'CO', zoneOf(biz.city), lines));
  const method = biz.terms && rng.chance(0.6) ? 'invoice' : rng.chance(0.75) ? 'pse' : 'card';
  const { attempts, later } = checkout(rng, {
    payer: { cards: [biz.card], signedIn: true },
    basket: b,
    method,
    fulfilment: s.fulfilment,
    placed: at,
  });
  return {
    at,
    fraud: false,
    kind: 'wholesale_cafe',
    basket: b,
    billing: biz.address,
    attempts,
    later,
    buyer: { id: biz.id, email: biz.email, name: biz.buyer, createdAt: biz.createdAt },
    shipping: biz.address,
    ...s,
    ip: ipOn(rng, biz.network),
    device: biz.device,
    locale: 'es-CO',
    channel: 'b2b_portal',
    method,
    company: { name: biz.name, nit: biz.nit },
    documentType: 'NIT',
  };
}
