import { type Address } from './addresses.js';
import { type Product } from './catalog.js';

/**
 * Prices, tax and shipping per storefront. Customers see the storefront of the country they ship to: USD
 * for the US (APO and forwarders included), CAD, GBP, AUD and MXN with local charm prices, and USD for
 * anywhere else. US sales tax follows the ship-to city; Canadian GST/HST/QST the province; UK prices include
 * VAT (delivered duty paid); Australia adds GST on imports and Mexico IVA.
 */

export interface Line {
  sku: string;
  quantity: number;
  /** Unit price in the currency's minor unit. */
  price: number;
}

export interface Basket {
  currency: string;
  lines: Line[];
  /** What the card is charged, minor units: goods less discount, plus shipping and tax. */
  amount: number;
  digital: boolean;
}

/** Reference rates to US dollars (store's price list and reporting), also used by the model's spec. */
export const USD_PER: Readonly<Record<string, number>> = {
  USD: 1,
  CAD: 0.73,
  GBP: 1.27,
  AUD: 0.66,
  MXN: 0.055,
};

const CURRENCY: Readonly<Record<string, string>> = { US: 'USD', CA: 'CAD', GB: 'GBP', AU: 'AUD', MX: 'MXN' };

export const currencyFor = (shipTo: string | undefined): string => CURRENCY[shipTo ?? 'US'] ?? 'USD';

/** Local list prices end like local list prices do (…9.99 in CAD, GBP and AUD, …9 pesos in MXN). */
export function localPrice(product: Product, currency: string): number {
  if (currency === 'USD') return Math.round(product.usd * 100);
  if (product.category === 'giftcard') return Math.round((product.usd / (USD_PER[currency] ?? 1)) * 100);
  const raw = product.usd / (USD_PER[currency] ?? 1);
  if (currency === 'MXN') return (Math.round(raw / 10) * 10 - 1) * 100;
  if (raw < 20) return Math.round((Math.floor(raw) + 0.99) * 100);
  return Math.round((Math.round(raw / 5) * 5 - 0.01) * 100);
}

const ZERO_TAX_CITIES = new Set([
  'Portland|972',
  'Bend',
  'Eugene',
  'Concord',
  'Missoula',
  'Bozeman',
  'Anchorage',
  'Tualatin',
  'New Castle',
  'Wilmington',
  'Corvallis',
]);
// prettier-ignore
const US_TAX: Readonly<Record<string, number>> = { 'New York': 0.08875, Brooklyn: 0.08875, Chicago: 0.1025, Seattle: 0.1035,
  Tacoma: 0.103, 'Los Angeles': 0.095, Oakland: 0.1025, 'San Francisco': 0.08625, Denver: 0.0881, Boulder: 0.0885, Boston: 0.0625,
  Nashville: 0.0925, Knoxville: 0.0925, Honolulu: 0.04712, Doral: 0.07, Miami: 0.07, Sunrise: 0.07, Laredo: 0.0825, 'El Paso': 0.0825 };
// Province from the first letter of the postal code: HST, GST+QST, GST+PST or GST alone.
const CA_TAX: Readonly<Record<string, number>> = {
  M: 0.13,
  K: 0.13,
  L: 0.13,
  H: 0.14975,
  G: 0.14975,
  B: 0.15,
  R: 0.12,
  S: 0.11,
  T: 0.05,
  V: 0.12,
};

function taxRate(shipTo: Address | undefined): number {
  if (!shipTo) return 0;
  switch (shipTo.country) {
    case 'US': {
      if (
        ZERO_TAX_CITIES.has(shipTo.city) ||
        ZERO_TAX_CITIES.has(`${shipTo.city}|${shipTo.postalCode.slice(0, 3)}`)
      )
        return 0;
      if (['APO', 'FPO', 'DPO'].includes(shipTo.city)) return 0;
      return US_TAX[shipTo.city] ?? 0.075;
    }
    case 'CA':
      return CA_TAX[shipTo.postalCode[0] ?? ''] ?? 0.13;
    case 'AU':
      return 0.1;
    case 'MX':
      return 0.16;
    default:
      return 0;
  }
}

/** Standard shipping, free above a threshold; oversize goods ride freight; express when the date is close. */
function shipping(currency: string, goods: number, oversize: boolean, express: boolean): number {
  const table: Readonly<Record<string, readonly [number, number, number]>> = {
    USD: [7500, 795, 2495],
    CAD: [15000, 1495, 3495],
    GBP: [20000, 1995, 2995],
    AUD: [30000, 3495, 5495],
    MXN: [400000, 39900, 69900],
  };
  const [freeOver, standard, expressFee] = table[currency] ?? [1e12, 4995, 7995];
  const freight = oversize ? Math.round(9900 / (USD_PER[currency] ?? 1)) : 0;
  if (express) return expressFee + freight;
  return (goods >= freeOver ? 0 : standard) + freight;
}

export interface BasketOptions {
  /** Share off the goods (a welcome or holiday code). */
  discount?: number;
  /** A fixed amount off the goods in minor units (a first-order voucher). */
  voucher?: number;
  express?: boolean;
}

/** Priced in the storefront of the ship-to country; e-gift cards (nothing ships) in the billing country's. */
export function priceBasket(
  items: ReadonlyArray<readonly [Product, number]>,
  shipTo: Address | undefined,
  billTo: Address,
  options: BasketOptions = {},
): Basket {
  const currency = currencyFor((shipTo ?? billTo).country);
  const lines = items.map(([item, quantity]) => ({
    sku: item.sku,
    quantity,
    price: localPrice(item, currency),
  }));
  const goods = lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  const digital = items.every(([item]) => item.category === 'giftcard');
  const off = Math.min(goods, Math.round(goods * (options.discount ?? 0)) + (options.voucher ?? 0));
  const taxable = items
    .filter(([item]) => item.category !== 'giftcard')
    .reduce((sum, [item, quantity]) => sum + localPrice(item, currency) * quantity, 0);
  const tax = Math.round(Math.max(0, taxable - off) * taxRate(shipTo));
  const oversize = items.some(([item]) => item.oversize === true);
  const ship = digital || !shipTo ? 0 : shipping(currency, goods - off, oversize, options.express ?? false);
  return { currency, lines, amount: goods - off + ship + tax, digital };
}

/** Minor units to US dollars at the reference rates (for shares and summaries). */
export const toUsd = (amount: number, currency: string) => (amount / 100) * (USD_PER[currency] ?? 1);
