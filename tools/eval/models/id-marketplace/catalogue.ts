import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** The catalogue, in rupiah as minor units (sen: Rp 1 = 100). Digital goods (top-ups, vouchers) ship nothing. */

export type Category = 'fashion' | 'phones' | 'gadgets' | 'beauty' | 'household' | 'vouchers' | 'topup';

const rp = (rupiah: number) => rupiah * 100;

const P = (sku: string, name: string, c: Category, rupiah: number) => product(sku, name, c, rp(rupiah));

export const CATALOGUE = {
  fashion: [
    P('FSH-KAOS', 'Kaos polos cotton combed 30s', 'fashion', 35_000),
    P('FSH-HIJAB', 'Hijab segi empat voal', 'fashion', 45_000),
    P('FSH-DASTER', 'Daster rayon motif', 'fashion', 55_000),
    P('FSH-BATIK', 'Kemeja batik pria lengan panjang', 'fashion', 129_000),
    P('FSH-CHINO', 'Celana chino slim fit', 'fashion', 149_000),
    P('FSH-GAMIS', 'Gamis syari set khimar', 'fashion', 189_000),
    P('FSH-SNEAK', 'Sneakers lokal canvas', 'fashion', 329_000),
  ],
  phones: [
    P('PHN-INFHOT', 'Infinix Hot 40 8/256', 'phones', 1_799_000),
    P('PHN-OPA18', 'OPPO A18 4/128', 'phones', 1_599_000),
    P('PHN-RN13', 'Redmi Note 13 8/256', 'phones', 2_899_000),
    P('PHN-A55', 'Samsung Galaxy A55 5G 8/256', 'phones', 5_999_000),
    P('PHN-IP15', 'iPhone 15 128GB iBox', 'phones', 12_999_000),
    P('PHN-S24U', 'Samsung Galaxy S24 Ultra 12/256', 'phones', 19_999_000),
    P('PHN-IP16P', 'iPhone 16 Pro 256GB iBox', 'phones', 21_999_000),
  ],
  gadgets: [
    P('GDG-TWS', 'TWS earbuds bluetooth 5.3', 'gadgets', 129_000),
    P('GDG-CHG', 'Charger GaN 65W', 'gadgets', 149_000),
    P('GDG-PB', 'Powerbank 20000 mAh', 'gadgets', 199_000),
    P('GDG-WATCH', 'Smartwatch layar AMOLED', 'gadgets', 399_000),
    P('GDG-APP2', 'AirPods Pro 2 iBox', 'gadgets', 3_799_000),
    P('GDG-IPAD', 'iPad 10th gen 64GB Wi-Fi', 'gadgets', 6_799_000),
    P('GDG-LAPTOP', 'ASUS Vivobook 14 i5 16/512', 'gadgets', 8_499_000),
  ],
  beauty: [
    P('BTY-LIP', 'Lip cream matte', 'beauty', 45_000),
    P('BTY-SPF', 'Sunscreen SPF 50 PA++++', 'beauty', 65_000),
    P('BTY-PARF', 'Parfum lokal EDP 50 ml', 'beauty', 89_000),
    P('BTY-SERUM', 'Serum niacinamide 20 ml', 'beauty', 119_000),
    P('BTY-SET', 'Paket skincare 5 in 1', 'beauty', 249_000),
  ],
  household: [
    P('HH-MINYAK', 'Minyak goreng 2 L', 'household', 38_000),
    P('HH-DETER', 'Deterjen cair 1,6 L', 'household', 45_000),
    P('HH-BERAS', 'Beras premium 5 kg', 'household', 78_000),
    P('HH-SPREI', 'Sprei microtex 160x200', 'household', 129_000),
    P('HH-PANCI', 'Panci set 5 pcs', 'household', 199_000),
    P('HH-KIPAS', 'Kipas angin berdiri 16 inci', 'household', 249_000),
    P('HH-RICE', 'Rice cooker 1,8 L', 'household', 349_000),
    P('HH-DISP', 'Dispenser galon bawah', 'household', 899_000),
  ],
  vouchers: [
    P('VC-ML86', 'Mobile Legends 86 diamonds', 'vouchers', 24_000),
    P('VC-FF140', 'Free Fire 140 diamonds', 'vouchers', 20_000),
    P('VC-ML706', 'Mobile Legends 706 diamonds', 'vouchers', 190_000),
    P('VC-GP100', 'Google Play gift card Rp100.000', 'vouchers', 100_000),
    P('VC-STEAM', 'Steam Wallet Rp250.000', 'vouchers', 250_000),
    P('VC-GP500', 'Google Play gift card Rp500.000', 'vouchers', 500_000),
  ],
  topup: [
    P('TU-PLS5', 'Pulsa Rp5.000', 'topup', 6_500),
    P('TU-PLS10', 'Pulsa Rp10.000', 'topup', 11_500),
    P('TU-PLS25', 'Pulsa Rp25.000', 'topup', 26_000),
    P('TU-DATA', 'Paket data 25 GB 30 hari', 'topup', 85_000),
    P('TU-PLS100', 'Pulsa Rp100.000', 'topup', 99_000),
    P('TU-PLN', 'Token listrik PLN Rp100.000', 'topup', 102_500),
    P('TU-EWAL', 'Saldo e-wallet Rp200.000', 'topup', 201_500),
  ],
} as const satisfies Record<Category, readonly Product<Category>[]>;

export interface Basket {
  lines: BasketLine<Category>[];
  /** Items − discount + shipping, the order's amount. */
  amount: number;
  currency: 'IDR';
  shippingFee: number;
  discount: number;
  code?: string;
}

export const DIGITAL: ReadonlySet<Category> = new Set(['vouchers', 'topup']);

export const isDigital = (lines: ReadonlyArray<BasketLine<Category>>): boolean =>
  lines.every((l) => DIGITAL.has(l.category));

/** Products of a category up to a unit price. */
export const cheap = (c: Category, max: number) => CATALOGUE[c].filter((p) => p.price <= rp(max));
export const dear = (c: Category, min: number) => CATALOGUE[c].filter((p) => p.price >= rp(min));

/** A few everyday items, the typical basket: one to four lines, mostly cheap, quantity one to three. */
export function everyday(rng: Rng, cats: ReadonlyArray<readonly [Category, number]>): BasketLine<Category>[] {
  const n = rng.weightedPick([
    [1, 45],
    [2, 30],
    [3, 17],
    [4, 8],
  ] as const);
  const lines: BasketLine<Category>[] = [];
  for (let i = 0; i < n; i++) {
    const c = rng.weightedPick(cats);
    const p = rng.pick(CATALOGUE[c].filter((x) => x.price <= rp(c === 'gadgets' ? 400_000 : 900_000)));
    if (lines.some((l) => l.sku === p.sku)) continue;
    lines.push(
      lineOf(
        p,
        c === 'household' || c === 'beauty'
          ? rng.weightedPick([
              [1, 6],
              [2, 3],
              [3, 1],
            ] as const)
          : 1,
      ),
    );
  }
  return lines;
}

export const one = (p: Product<Category>, quantity = 1) => [lineOf(p, quantity)];

const itemsTotal = (lines: ReadonlyArray<BasketLine<Category>>) =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);

/** Shipping by region and weight in sen; free with the free-shipping voucher on orders from Rp30.000. */
export function shippingFor(rng: Rng, lines: ReadonlyArray<BasketLine<Category>>, far: boolean): number {
  if (isDigital(lines)) return 0;
  const heavy = lines.some((l) => ['HH-BERAS', 'HH-DISP', 'HH-KIPAS', 'HH-RICE', 'HH-PANCI'].includes(l.sku));
  return rp((far ? rng.int(22, 48) : rng.int(9, 18)) * 1000 + (heavy ? rng.int(10, 30) * 1000 : 0));
}

/** A basket: its lines, a voucher (a code and its discount), shipping; the amount adds up. */
export function basketOf(
  lines: BasketLine<Category>[],
  shippingFee: number,
  voucher?: { code: string; discount: number },
): Basket {
  const items = itemsTotal(lines);
  const discount = voucher ? Math.min(voucher.discount, Math.floor(items * 0.9)) : 0;
  return {
    lines,
    amount: items - discount + shippingFee,
    currency: 'IDR',
    shippingFee,
    discount,
    ...(voucher && discount > 0 ? { code: voucher.code } : {}),
  };
}

/** The sale's voucher codes and their face values. */
export const VOUCHERS = {
  newUser: { code: 'PENGGUNABARU1212', discount: rp(50_000) },
  cashback: { code: 'HARBOLNAS12', discount: rp(25_000) },
  flash: { code: 'FLASH1212', discount: rp(100_000) },
  shipping: { code: 'GRATISONGKIR', discount: rp(20_000) },
  gadget: { code: 'GADGET12JT', discount: rp(500_000) },
} as const;
