import { type Address, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { COT, when } from './calendar.js';
import { newCard } from './cards.js';
import {
  AMISTAD_SET,
  BEANS,
  BIG_GEAR,
  basketOf,
  type Currency,
  EXPORT_BEANS,
  EXPORT_OTHER,
  GIFT_SETS,
  GREEN_70,
  line,
  type Line,
  priced,
  shippingFee,
  some,
} from './catalogue.js';
import { ipIn } from './checkout.js';
import { deliverySteps, shipmentTo } from './delivery.js';
import { fraudLater } from './fraud-kit.js';
import { newAccountId } from './honest-home.js';
import { ipOn, network } from './networks.js';
import { computerIn, emailFor, nameIn, phoneIn } from './people.js';
import { addressIn, BOGOTA, CUBA_AGENCY, MEDELLIN, marketCity, officeIn, WAREHOUSES } from './places.js';
import {
  abroadPay,
  type Attempt,
  cardAttempt,
  firstAuth,
  type LaterEvent,
  type Method,
  type Purchase,
  retryGap,
  unlessUnpaid,
} from './purchase.js';
import { type World } from './world.js';

/** Fraud without a card of one's own: fake purchase orders in a real company's name, and sanctioned buyers. */

/** Companies whose names are borrowed, their real domains and the look-alikes the fraudsters write from. */
const VICTIM_COMPANIES = [
  {
    name: 'Grupo Empresarial Andino S.A.',
    domain: 'grupoandino.com.co',
    fakes: ['grupoandino-co.com', 'grupo-andino.com.co', 'gruposndino.com.co'],
  },
  {
    name: 'Constructora Palmas del Norte S.A.S.',
    domain: 'palmasdelnorte.com.co',
    fakes: ['palmasdelnorte-sas.com', 'palmasdeinorte.com.co'],
  },
  {
    name: 'Clínica Santa Lucía del Valle S.A.',
    domain: 'clinicasantalucia.com.co',
    fakes: ['clinicasantalucia-co.com', 'clinlcasantalucia.com.co'],
  },
  {
    name: 'Almacenes La Sabana S.A.',
    domain: 'lasabana.com.co',
    fakes: ['lasabana-compras.com', 'iasabana.com.co'],
  },
  {
    name: 'Petroandina Servicios S.A.S.',
    domain: 'petroandina.co',
    fakes: ['petroandina-co.com', 'petro-andina.co'],
  },
  { name: 'Universidad del Nogal', domain: 'unogal.edu.co', fakes: ['unogal-edu.co', 'unogal.edu.com.co'] },
];

/**
 * Purchase-order fraud: someone writes as the purchasing department of a well-known company (a look-alike
 * domain, the real NIT, a real head-office address), opens a business account, and orders gift sets by the
 * hundred, green coffee by the sack or grinders on a 30-day invoice, to a warehouse in Bogotá's industrial west,
 * in a hurry, in office hours. The shop checks some with the company and cancels; the rest ship and are never paid.
 */
export function fakePurchaseOrder(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`po${i}`);
    const victim = o.pick(VICTIM_COMPANIES);
    const person = nameIn(o, 'CO');
    const email = o.chance(0.75)
      ? `${o.pick(['compras', 'suministros', 'compras.corporativas', 'bienestar'])}@${o.pick(victim.fakes)}`
      : `compras.${victim.domain.split('.')[0]}@${o.pick(['outlook.com', 'gmail.com'])}`;
    const at = when(o, w.window, COT, 'office');
    const lines: Line[] = o.weightedPick<Line[]>([
      [[line(AMISTAD_SET, o.int(40, 150))], 40],
      [[line(GIFT_SETS[1] as (typeof GIFT_SETS)[number], o.int(20, 60))], 20],
      [[line(GREEN_70, o.int(2, 6))], 20],
      [
        [
          line(BIG_GEAR[6] as (typeof BIG_GEAR)[number], o.int(4, 10)),
          line(BIG_GEAR[5] as (typeof BIG_GEAR)[number], o.int(4, 10)),
        ],
        20,
      ],
    ]);
    const shipping = { ...o.pick(WAREHOUSES) };
    const s = shipmentTo(o, BOGOTA, lines);
    const b = basketOf('COP', lines, shippingFee('COP', 'CO', 'national', lines));
    const later: LaterEvent[] = o.chance(0.35)
      ? [{ type: 'order.cancelled', afterMs: o.int(2, 30) * HOUR, reason: 'unverified_purchase_order' }]
      : deliverySteps(o, s.fulfilment, at, o.int(2, 10) * HOUR).steps;
    const ip = o.chance(0.4)
      ? ipOn(o, network(o.pick(['us-cloud', 'us-vps'])))
      : ipIn(o, 'CO', o.chance(0.75) ? 'mobile' : 'business');
    return {
      at,
      fraud: true,
      kind: 'fake_purchase_order',
      basket: b,
      billing: officeIn(o, o.chance(0.6) ? BOGOTA : MEDELLIN),
      attempts: [],
      later,
      buyer: { id: newAccountId(o), email, name: person, createdAt: at - o.int(1, 72) * 60 * MINUTE },
      shipping,
      ...s,
      ip,
      device: computerIn(o, 'CO'),
      locale: 'es-CO',
      channel: 'b2b_portal',
      method: 'invoice',
      company: { name: victim.name, nit: `8${o.digits(8)}-${o.int(0, 9)}` },
      documentType: 'NIT',
      giftNote: 'URGENTE: entregar antes del viernes en bodega, favor confirmar despacho',
    };
  });
}

type Sanctioned = 'CU' | 'RU' | 'BY' | 'IR' | 'SY';

const HOMES: Readonly<Record<Sanctioned, Address & { tz: number; net: readonly string[] }>> = {
  CU: {
    country: 'CU',
    postalCode: '10400',
    city: 'La Habana',
    line1: 'Calle 23 # 1052 e/ 12 y 14, Vedado',
    tz: -4,
    net: ['cu-etecsa'],
  },
  RU: {
    country: 'RU',
    postalCode: '125009',
    city: 'Moskva',
    line1: 'ul. Tverskaya 12, kv. 45',
    tz: 3,
    net: ['ru-broadband', 'ru-mobile'],
  },
  BY: {
    country: 'BY',
    postalCode: '220030',
    city: 'Minsk',
    line1: 'vul. Niezaliežnasci 18, kv. 7',
    tz: 3,
    net: ['by-broadband'],
  },
  IR: {
    country: 'IR',
    postalCode: '1513743411',
    city: 'Tehran',
    line1: 'Vali Asr St, No. 2104',
    tz: 3.5,
    net: ['ir-broadband'],
  },
  SY: {
    country: 'SY',
    postalCode: '0100',
    city: 'Damascus',
    line1: 'Abu Rummaneh, Al-Jalaa St 14',
    tz: 3,
    net: ['sy-broadband'],
  },
};

/**
 * Buyers in sanctioned jurisdictions: a Cuban on ETECSA paying with a relative's US or Spanish card for a parcel
 * to a Hialeah agency that forwards to Cuba; Russians and Belarusians with home cards the networks refuse,
 * sending to relatives in Spain, Germany or Lithuania (some Russians living in Medellín); Iranians and Syrians
 * paying with a relative's German card. Screening cancels and refunds most that get paid.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`x${i}`);
    const from = o.weighted<Sanctioned>({ CU: 30, RU: 35, BY: 15, IR: 15, SY: 5 });
    const home = HOMES[from];
    const inMedellin = from === 'RU' && o.chance(0.3);
    const name = nameIn(o, from);
    const billing: Address = {
      country: home.country,
      postalCode: home.postalCode,
      city: home.city,
      line1: home.line1,
    };
    const dest =
      from === 'CU'
        ? CUBA_AGENCY
        : inMedellin
          ? addressIn(o, { ...MEDELLIN, postal: ['050021', '050022'] })
          : from === 'BY'
            ? { country: 'LT', postalCode: 'LT-01108', city: 'Vilnius', line1: 'Gedimino pr. 28-4' }
            : addressIn(o, marketCity(o, from === 'RU' ? o.pick(['ES', 'DE']) : 'DE'));
    const currency: Currency = inMedellin ? 'COP' : from === 'CU' ? 'USD' : 'EUR';
    const lines: Line[] =
      currency === 'COP'
        ? some(o, BEANS, o.int(1, 3)).map((x) => line(x))
        : [
            ...some(o, EXPORT_BEANS, o.int(2, 4)).map((x) => line(priced(x, currency))),
            ...(o.chance(0.3) ? [line(priced(o.pick(EXPORT_OTHER), currency))] : []),
          ];
    const s = shipmentTo(o, inMedellin ? MEDELLIN : undefined, lines);
    const b = basketOf(
      currency,
      lines,
      shippingFee(currency, dest.country ?? 'DE', inMedellin ? 'metro' : 'national', lines),
    );
    const at = when(o, w.window, inMedellin ? COT : home.tz, 'abroad');
    let method: Method = 'card';
    let attempts: Attempt[];
    if (from === 'RU' || from === 'BY') {
      const own = newCard(o, from);
      attempts = [
        cardAttempt(o, own, b, {
          ok: own.brand === 'unionpay' && o.chance(0.5),
          decline: o.pick(['restricted_card', 'do_not_honor', 'transaction_not_allowed'] as const),
          afterMs: firstAuth(o),
        }),
      ];
      if (!attempts[0]?.ok && o.chance(0.5))
        attempts.push(
          cardAttempt(o, newCard(o, from), b, {
            ok: false,
            decline: 'restricted_card',
            afterMs: retryGap(o),
          }),
        );
    } else {
      const relative = newCard(o, from === 'CU' ? o.pick(['US', 'ES']) : 'DE');
      method = o.chance(0.35) ? 'paypal' : 'card';
      attempts = abroadPay(o, { cards: [relative], signedIn: false, match: 'none' }, b, method);
    }
    const screened: LaterEvent[] = o.chance(0.7)
      ? [{ type: 'order.cancelled', afterMs: o.int(2, 24) * HOUR, reason: 'sanctions_screening' }]
      : fraudLater(o, { fulfilment: s.fulfilment, placed: at, caught: 0, warning: 0.05, dispute: 0.05 });
    const net = network(o.pick(home.net));
    return {
      at,
      fraud: true,
      kind: 'sanctioned_country',
      basket: b,
      billing,
      attempts,
      later: unlessUnpaid(o, attempts, screened),
      buyer: { email: emailFor(o, name, from), name },
      shipping: dest,
      ...s,
      ip: inMedellin ? ipIn(o, 'CO', 'fixed') : ipOn(o, net),
      device: phoneIn(o, from === 'CU' ? 'CO' : 'US'),
      locale: from === 'CU' || inMedellin ? 'es-CO' : 'en-US',
      channel: 'web',
      method,
      ...(currency === 'COP' ? { documentType: 'PP' } : {}),
    };
  });
}
