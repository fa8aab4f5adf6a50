import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the shop sells, in Chilean pesos (CLP has no minor unit: amounts are whole pesos) with IVA included:
 * everyday Carménère, Cabernet, Sauvignon Blanc and País by the bottle and the six-bottle case, premium and
 * icon wines (the ones that resell), pisco from Elqui and Limarí, chicha and terremoto kits for the dieciocho,
 * gift boxes, club subscriptions, tasting tickets, glasses and gift cards. Abroad it charges US dollars (cents).
 */

export type Category =
  | 'wine'
  | 'case'
  | 'premium'
  | 'icon'
  | 'pisco'
  | 'fiestas'
  | 'gift_box'
  | 'club'
  | 'tasting'
  | 'accessory'
  | 'gift_card';

export type Line = BasketLine<Category>;

const p = (sku: string, name: string, category: Category, price: number) =>
  product<Category>(sku, name, category, price);

export const WINE = [
  p('W-CAR-RES', 'Carménère Reserva, Colchagua 750 ml', 'wine', 7_990),
  p('W-CAB-MAI', 'Cabernet Sauvignon Gran Reserva, Maipo 750 ml', 'wine', 11_990),
  p('W-SB-CAS', 'Sauvignon Blanc, Casablanca 750 ml', 'wine', 8_490),
  p('W-PAI-ITA', 'País Secano, Itata 750 ml', 'wine', 10_990),
  p('W-CIN-ITA', 'Cinsault, Itata 750 ml', 'wine', 12_490),
  p('W-PN-LEY', 'Pinot Noir, Leyda 750 ml', 'wine', 14_990),
  p('W-SYR-ELQ', 'Syrah, Valle del Elqui 750 ml', 'wine', 16_990),
  p('W-CHA-LIM', 'Chardonnay, Limarí 750 ml', 'wine', 13_990),
  p('W-ESP-BRU', 'Espumante Brut, Casablanca 750 ml', 'wine', 12_990),
];
export const CASES = [
  p('C-CAR-6', 'Caja 6 Carménère Reserva', 'case', 41_990),
  p('C-MIX-6', 'Caja mixta 6 tintos del Maipo y Colchagua', 'case', 59_990),
  p('C-SB-6', 'Caja 6 Sauvignon Blanc Casablanca', 'case', 44_990),
  p('C-ASA-12', 'Caja asado 12 tintos', 'case', 89_990),
];
export const PREMIUM = [
  p('P-VIGNO', 'Carignan VIGNO, Maule 750 ml', 'premium', 24_990),
  p('P-PURPLE', 'Montes Purple Angel 750 ml', 'premium', 59_990),
  p('P-CASAREAL', 'Santa Rita Casa Real 750 ml', 'premium', 79_990),
  p('P-LAPOSTOLLE', 'Cuvée Alexandre Cabernet 750 ml', 'premium', 21_990),
  p('P-ERRAZ-KAI', 'Errázuriz KAI Carménère 750 ml', 'premium', 74_990),
];
export const ICONS = [
  p('I-ALMAVIVA', 'Almaviva 2021 750 ml', 'icon', 189_990),
  p('I-SENA', 'Seña 2021 750 ml', 'icon', 134_990),
  p('I-DONMEL', 'Don Melchor 2021 750 ml', 'icon', 139_990),
  p('I-CLOSAPA', 'Clos Apalta 2020 750 ml', 'icon', 149_990),
  p('I-CHADWICK', 'Viñedo Chadwick 2021 750 ml', 'icon', 389_990),
  p('I-ALMA-MAG', 'Almaviva 2020 Magnum 1,5 l', 'icon', 429_990),
];
export const PISCO = [
  p('PI-MIS35', 'Pisco Mistral 35° 750 ml', 'pisco', 6_990),
  p('PI-ADC35', 'Pisco Alto del Carmen 35° 750 ml', 'pisco', 7_490),
  p('PI-MIS40', 'Pisco Mistral Gran Nobel 40° 750 ml', 'pisco', 16_990),
  p('PI-WAQAR', 'Pisco Waqar 40° 750 ml', 'pisco', 24_990),
  p('PI-KAPPA', 'Pisco Kappa 42° 750 ml', 'pisco', 22_990),
  p('PI-ESPIR', 'Pisco Espíritu de Elqui Reservado 40° 750 ml', 'pisco', 18_990),
  p('PI-ADC-CAJA', 'Caja 12 Pisco Alto del Carmen 35°', 'pisco', 84_990),
];
export const FIESTAS = [
  p('F-CHICHA', 'Chicha de Curicó 1 l', 'fiestas', 5_990),
  p('F-PIPENO', 'Pipeño del Itata 1 l', 'fiestas', 6_490),
  p('F-TERREMOTO', 'Kit terremoto (pipeño, granadina, helado de piña para 8)', 'fiestas', 19_990),
  p('F-CAJA18', 'Caja dieciochera (chicha, pipeño, pisco, 2 tintos)', 'fiestas', 39_990),
];
export const GIFTS = [
  p('G-DUO', 'Caja regalo Carménère + 2 copas', 'gift_box', 29_990),
  p('G-PISCO', 'Caja regalo pisco premium + limas de Pica', 'gift_box', 34_990),
  p('G-EJEC', 'Caja ejecutiva (Gran Reserva, pisco, chocolates)', 'gift_box', 49_990),
  p('G-ICONO', 'Caja ícono (Don Melchor + Seña)', 'gift_box', 269_990),
];
export const CLUB = [
  p('CLUB-3', 'Club Cava Andina, envío mensual 3 botellas', 'club', 39_900),
  p('CLUB-6', 'Club Cava Andina Reserva, envío mensual 6 botellas', 'club', 74_900),
];
export const TASTINGS = [
  p('T-CARMENERE', 'Cata de Carménère (jueves 19:30), entrada', 'tasting', 25_000),
  p('T-PISCO', 'Cata de piscos del Elqui, entrada', 'tasting', 22_000),
  p('T-ICONOS', 'Cata de vinos íconos, entrada', 'tasting', 85_000),
  p('T-MARIDAJE', 'Cena maridaje primavera, entrada', 'tasting', 65_000),
];
export const ACCESSORIES = [
  p('A-COPAS6', 'Set 6 copas Riedel Vinum', 'accessory', 89_990),
  p('A-SACA', 'Sacacorchos de garzón', 'accessory', 14_990),
  p('A-DECANT', 'Decantador', 'accessory', 32_990),
];
export const GIFT_CARDS = [
  p('GC-20', 'Gift card $20.000', 'gift_card', 20_000),
  p('GC-50', 'Gift card $50.000', 'gift_card', 50_000),
];

export { lineOf };

/** `n` distinct products of a list, one to `max` of each. */
export function some(rng: Rng, list: readonly Product<Category>[], n: number, max = 1): Line[] {
  return rng
    .shuffle(list)
    .slice(0, n)
    .map((x) => lineOf(x, rng.int(1, max)));
}

export type Currency = 'CLP' | 'USD';

/** A product's dollar price abroad: the peso price at about 950 to the dollar, in cents ending in 99. */
export const inDollars = (clp: number): number => Math.ceil(clp / 950) * 100 - 1;

export interface Basket {
  lines: Line[];
  currency: Currency;
  shippingFee: number;
  discount: number;
  code?: string;
  amount: number;
}

/** How an order leaves the shop. */
export type Fulfilment = 'courier' | 'same_day' | 'pickup' | 'e_ticket' | 'e_gift' | 'dhl_express' | 'club';

/**
 * A basket: lines repriced in dollars abroad, the delivery fee (Santiago $3.990, free from $59.990; regions
 * $7.990, free from $119.990; DHL Express abroad US$39–59) and a discount.
 */
export function basketOf(
  lines: Line[],
  o: {
    currency: Currency;
    fulfilment: Fulfilment;
    santiago?: boolean;
    country?: string;
    code?: string;
    off?: number;
  },
): Basket {
  const priced = o.currency === 'USD' ? lines.map((l) => ({ ...l, price: inDollars(l.price) })) : lines;
  const items = priced.reduce((s, l) => s + l.price * l.quantity, 0);
  let shippingFee = 0;
  if (o.fulfilment === 'dhl_express')
    shippingFee = o.country === 'US' ? 4_900 : o.country === 'BR' ? 5_900 : 3_900;
  else if (o.fulfilment === 'same_day') shippingFee = 5_990;
  else if (o.fulfilment === 'courier' || o.fulfilment === 'club')
    shippingFee = o.santiago ? (items >= 59_990 ? 0 : 3_990) : items >= 119_990 ? 0 : 7_990;
  const discount = o.off ? Math.round((items * o.off) / 100) : 0;
  return {
    lines: priced,
    currency: o.currency,
    shippingFee,
    discount,
    ...(o.code ? { code: o.code } : {}),
    amount: items + shippingFee - discount,
  };
}
