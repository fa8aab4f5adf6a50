import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What Lacefront sells, in US cents: general-release sneakers ($90–$220), limited and collaboration pairs
 * ($180–$450 retail, one per customer), apparel, accessories and gift cards ($25–$500, e-mailed or posted).
 */

export type Category = 'sneakers' | 'limited' | 'apparel' | 'accessories' | 'gift_card';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  price: number;
  /** Sneakers come in US men's sizes; apparel in S–XXL. */
  sized?: 'shoe' | 'clothing';
}

const p = (
  sku: string,
  name: string,
  category: Category,
  price: number,
  sized?: 'shoe' | 'clothing',
): Product => ({
  sku,
  name,
  category,
  price,
  ...(sized ? { sized } : {}),
});

export const GENERAL: readonly Product[] = [
  p('AF1-07-WHT', "Nike Air Force 1 '07 White", 'sneakers', 11500, 'shoe'),
  p('DUNK-LOW-PND', 'Nike Dunk Low Retro Black/White', 'sneakers', 11500, 'shoe'),
  p('AM1-86-OG', "Nike Air Max 1 '86 OG", 'sneakers', 15000, 'shoe'),
  p('AJ1-LOW-WLF', 'Air Jordan 1 Low Wolf Grey', 'sneakers', 12500, 'shoe'),
  p('NB-990V6-GRY', 'New Balance Made in USA 990v6 Grey', 'sneakers', 19999, 'shoe'),
  p('NB-9060-SEA', 'New Balance 9060 Sea Salt', 'sneakers', 15000, 'shoe'),
  p('NB-550-WGN', 'New Balance 550 White/Green', 'sneakers', 11000, 'shoe'),
  p('ASX-GK14-SLV', 'Asics Gel-Kayano 14 Silver', 'sneakers', 15000, 'shoe'),
  p('ADI-SAMBA-OG', 'Adidas Samba OG Cloud White', 'sneakers', 10000, 'shoe'),
  p('ADI-GAZ-IND', 'Adidas Gazelle Indoor', 'sneakers', 12000, 'shoe'),
  p('SAL-XT6-BLK', 'Salomon XT-6 Black', 'sneakers', 20000, 'shoe'),
  p('HOKA-CLF9', 'Hoka Clifton 9', 'sneakers', 14500, 'shoe'),
  p('CNV-C70-HI', 'Converse Chuck 70 Hi Parchment', 'sneakers', 9000, 'shoe'),
  p('PUMA-SPZ-RED', 'Puma Speedcat OG Red', 'sneakers', 10000, 'shoe'),
  p('ONR-CLD-X3', 'On Cloudmonster', 'sneakers', 17000, 'shoe'),
  p('AJ3-RETRO-WC', 'Air Jordan 3 Retro White Cement', 'sneakers', 21000, 'shoe'),
];

/** Limited and collaboration pairs: restocks, shock drops and the three drops of the fortnight. */
export const LIMITED: readonly Product[] = [
  p('AJ4-BRD', 'Air Jordan 4 Retro Bred Reimagined', 'limited', 21500, 'shoe'),
  p('TS-AJ1-LOW', 'Travis Scott x Air Jordan 1 Low OG Velvet Brown', 'limited', 18000, 'shoe'),
  p('JJJ-990V4', 'JJJJound x New Balance 990v4 Navy', 'limited', 24000, 'shoe'),
  p('UNION-AJ1-HI', 'Union LA x Air Jordan 1 High', 'limited', 20000, 'shoe'),
  p('SB-2002R-GRN', 'Salehe Bembury x New Balance 2002R', 'limited', 18000, 'shoe'),
  p('KITH-GL3', 'Kith x Asics Gel-Lyte III', 'limited', 18500, 'shoe'),
  p('SACAI-VWF', 'Sacai x Nike VaporWaffle', 'limited', 22000, 'shoe'),
  p('WB-SAMBA-CRM', 'Wales Bonner x Adidas Samba', 'limited', 20000, 'shoe'),
  p('AJ11-LGB', 'Air Jordan 11 Retro Legend Blue', 'limited', 23000, 'shoe'),
  p('FOG-ATH-86', 'Fear of God Athletics x Adidas 86 Hi', 'limited', 45000, 'shoe'),
  p('OFW-DUNK-LOT', 'Off-White x Nike Dunk Low Lot 33', 'limited', 18000, 'shoe'),
];

export const APPAREL: readonly Product[] = [
  p('LF-TEE-LOGO', 'Lacefront Logo Tee', 'apparel', 4200, 'clothing'),
  p('LF-TEE-MELROSE', 'Lacefront Melrose Tee', 'apparel', 4800, 'clothing'),
  p('LF-HOOD-HVY', 'Lacefront Heavyweight Hoodie', 'apparel', 11000, 'clothing'),
  p('LF-CREW-NY', 'Lacefront Lafayette Crewneck', 'apparel', 9500, 'clothing'),
  p('NK-TECH-FZ', 'Nike Tech Fleece Full-Zip', 'apparel', 13000, 'clothing'),
  p('STU-TEE-8B', 'Stüssy 8 Ball Tee', 'apparel', 5000, 'clothing'),
  p('CAR-JKT-DET', 'Carhartt WIP Detroit Jacket', 'apparel', 16500, 'clothing'),
  p('LF-CAP-6P', 'Lacefront Six-Panel Cap', 'apparel', 3800),
];

export const ACCESSORIES: readonly Product[] = [
  p('CRP-KIT', 'Crep Protect Cleaning Kit', 'accessories', 2000),
  p('CRP-SPRAY', 'Crep Protect Spray', 'accessories', 1800),
  p('LF-SOCK-3PK', 'Lacefront Crew Socks 3-Pack', 'accessories', 1800),
  p('LACE-RPL', 'Replacement Laces', 'accessories', 1000),
  p('CRS-GRD', 'Crease Guards', 'accessories', 1500),
  p('SNK-BOX-CLR', 'Drop-Front Sneaker Box', 'accessories', 2800),
];

export const GIFT_CARD_VALUES: readonly number[] = [2500, 5000, 10000, 15000, 20000, 25000, 50000];

export const giftCard = (value: number, e: boolean): Product =>
  p(
    `GC-${e ? 'E' : 'P'}${value / 100}`,
    `Lacefront ${e ? 'e-' : ''}gift card $${value / 100}`,
    'gift_card',
    value,
  );

export const product = (sku: string): Product => {
  const found = [...GENERAL, ...LIMITED].find((x) => x.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
};

const SHOE_SIZES = ['7', '7.5', '8', '8.5', '9', '9.5', '10', '10.5', '11', '11.5', '12', '13'];
const KID_SIZES = ['4Y', '5Y', '5.5Y', '6Y', '6.5Y', '7Y'];
const CLOTHING = ['S', 'M', 'L', 'XL', 'XXL'];

export type Line = BasketLine<Category>;

/** A basket line in a size (a size run draws several), at the product's price. */
export function line(rng: Rng, item: Product, quantity = 1, size?: string): Line {
  const s =
    size ??
    (item.sized === 'shoe'
      ? rng.weightedPick(SHOE_SIZES.map((x, i) => [x, i >= 3 && i <= 9 ? 3 : 1] as const))
      : item.sized === 'clothing'
        ? rng.pick(CLOTHING)
        : undefined);
  return {
    sku: s ? `${item.sku}-${s}` : item.sku,
    name: s ? `${item.name} (US ${s})` : item.name,
    category: item.category,
    quantity,
    price: item.price,
  };
}

export const kidSize = (rng: Rng): string => rng.pick(KID_SIZES);
export const sizeRun = (rng: Rng, n: number): string[] => rng.shuffle(SHOE_SIZES.slice(3, 11)).slice(0, n);

export type Fulfilment = 'ship' | 'ship_express' | 'pickup_la' | 'pickup_ny' | 'email';

export interface Basket {
  lines: Line[];
  subtotal: number;
  discount: number;
  code?: string;
  shippingFee: number;
  tax: number;
  amount: number;
  currency: 'USD';
}

/**
 * The basket's money: shipping free in the US from $150 ($8 ground, $25 express), $20 to Canada (free from
 * $250), $45 to Europe and $55 further (duties paid by the buyer); pickup and e-gift cards free. Sales tax on
 * the goods after the discount where the store collects it; none on gift cards.
 */
export function priced(
  lines: Line[],
  f: Fulfilment,
  shipTo: string,
  taxRate: number,
  code?: { code: string; percent: number },
): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const goods = lines.filter((l) => l.category !== 'gift_card').reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = code ? Math.round((goods * code.percent) / 100) : 0;
  let shippingFee = 0;
  if (f === 'ship' || f === 'ship_express') {
    if (shipTo === 'US') shippingFee = f === 'ship_express' ? 2500 : subtotal >= 15000 ? 0 : 800;
    else if (shipTo === 'CA') shippingFee = subtotal >= 25000 ? 0 : 2000;
    else shippingFee = ['GB', 'DE', 'FR', 'NL'].includes(shipTo) ? 4500 : 5500;
  }
  const tax = Math.round((goods - discount) * taxRate);
  return {
    lines,
    subtotal,
    discount,
    ...(code ? { code: code.code } : {}),
    shippingFee,
    tax,
    amount: subtotal - discount + shippingFee + tax,
    currency: 'USD',
  };
}
