import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the store sells, in dong (the dong has no minor unit, so prices are whole dong, VAT included): phones
 * from a 690,000 ₫ feature phone to a 50,990,000 ₫ iPhone, laptops, tablets, watches, audio, accessories,
 * consoles, prepaid top-up and game cards delivered as codes, and extended warranty.
 */

export type Category =
  | 'phone'
  | 'refurbished'
  | 'laptop'
  | 'tablet'
  | 'watch'
  | 'audio'
  | 'accessory'
  | 'console'
  | 'topup'
  | 'service';

const P = product<Category>;

export const FLAGSHIP_IPHONES: readonly Product<Category>[] = [
  P('IP17PM-256', 'iPhone 17 Pro Max 256GB', 'phone', 37_990_000),
  P('IP17PM-512', 'iPhone 17 Pro Max 512GB', 'phone', 44_490_000),
  P('IP17PM-1T', 'iPhone 17 Pro Max 1TB', 'phone', 50_990_000),
  P('IP17P-256', 'iPhone 17 Pro 256GB', 'phone', 34_990_000),
  P('IPAIR-256', 'iPhone Air 256GB', 'phone', 31_990_000),
];
export const IPHONES: readonly Product<Category>[] = [
  P('IP17-256', 'iPhone 17 256GB', 'phone', 24_990_000),
  P('IP16-128', 'iPhone 16 128GB', 'phone', 19_490_000),
  P('IP16E-128', 'iPhone 16e 128GB', 'phone', 14_990_000),
  P('IP15-128', 'iPhone 15 128GB', 'phone', 15_990_000),
];
export const FLAGSHIP_ANDROID: readonly Product<Category>[] = [
  P('SS-S25U-256', 'Samsung Galaxy S25 Ultra 12/256GB', 'phone', 27_990_000),
  P('SS-ZF7-256', 'Samsung Galaxy Z Fold7 12/256GB', 'phone', 46_990_000),
  P('SS-ZFL7-256', 'Samsung Galaxy Z Flip7 12/256GB', 'phone', 26_990_000),
];
export const MID_PHONES: readonly Product<Category>[] = [
  P('SS-S25FE-128', 'Samsung Galaxy S25 FE 8/128GB', 'phone', 13_490_000),
  P('SS-A56-128', 'Samsung Galaxy A56 5G 8/128GB', 'phone', 9_490_000),
  P('SS-A36-128', 'Samsung Galaxy A36 5G 8/128GB', 'phone', 7_490_000),
  P('OP-RENO14-256', 'OPPO Reno14 5G 12/256GB', 'phone', 15_990_000),
  P('XM-15T-256', 'Xiaomi 15T 12/256GB', 'phone', 13_990_000),
  P('VV-V50-256', 'vivo V50 12/256GB', 'phone', 13_490_000),
  P('HN-X9C-256', 'HONOR X9c 5G 12/256GB', 'phone', 8_990_000),
];
export const BUDGET_PHONES: readonly Product<Category>[] = [
  P('SS-A17-128', 'Samsung Galaxy A17 4/128GB', 'phone', 4_990_000),
  P('SS-A07-64', 'Samsung Galaxy A07 4/64GB', 'phone', 2_990_000),
  P('OP-A5P-256', 'OPPO A5 Pro 8/256GB', 'phone', 6_490_000),
  P('OP-A3-128', 'OPPO A3 6/128GB', 'phone', 4_290_000),
  P('XM-RN14-256', 'Xiaomi Redmi Note 14 8/256GB', 'phone', 5_690_000),
  P('XM-R15C-128', 'Xiaomi Redmi 15C 4/128GB', 'phone', 3_290_000),
  P('VV-Y19S-128', 'vivo Y19s 6/128GB', 'phone', 3_990_000),
  P('RM-C75-256', 'realme C75 8/256GB', 'phone', 4_790_000),
];
export const FEATURE_PHONES: readonly Product<Category>[] = [
  P('NK-105-4G', 'Nokia 105 4G', 'phone', 690_000),
  P('NK-3210-4G', 'Nokia 3210 4G', 'phone', 1_490_000),
];
export const REFURBISHED: readonly Product<Category>[] = [
  P('RF-IP14PM-128', 'iPhone 14 Pro Max 128GB (cũ đẹp 99%)', 'refurbished', 16_490_000),
  P('RF-IP13-128', 'iPhone 13 128GB (cũ đẹp 99%)', 'refurbished', 9_290_000),
  P('RF-S23U-256', 'Samsung Galaxy S23 Ultra 256GB (cũ đẹp)', 'refurbished', 12_990_000),
];
export const LAPTOPS: readonly Product<Category>[] = [
  P('MBA-M4-13', 'MacBook Air 13 M4 16GB/256GB', 'laptop', 24_990_000),
  P('MBA-M4-15', 'MacBook Air 15 M4 16GB/512GB', 'laptop', 34_990_000),
  P('MBP-M5-14', 'MacBook Pro 14 M5 16GB/512GB', 'laptop', 42_990_000),
  P('AS-VIVO15', 'ASUS Vivobook 15 i5-13420H 16GB/512GB', 'laptop', 14_990_000),
  P('LN-LOQ15', 'Lenovo LOQ 15 i5/RTX 4050', 'laptop', 23_990_000),
  P('AC-NITROV15', 'Acer Nitro V 15 i5/RTX 4050', 'laptop', 21_490_000),
  P('DL-INS15', 'Dell Inspiron 15 3530 i5/16GB', 'laptop', 16_990_000),
  P('HP-PAV14', 'HP Pavilion 14 i5/16GB', 'laptop', 17_490_000),
  P('LN-IDEA3', 'Lenovo IdeaPad Slim 3 i3/8GB', 'laptop', 11_490_000),
];
export const TABLETS: readonly Product<Category>[] = [
  P('IPAD-A16-128', 'iPad (A16) Wi-Fi 128GB', 'tablet', 9_490_000),
  P('IPAD-AIR-M3', 'iPad Air 11 M3 Wi-Fi 128GB', 'tablet', 16_490_000),
  P('IPAD-PRO-M5', 'iPad Pro 11 M5 Wi-Fi 256GB', 'tablet', 28_990_000),
  P('SS-TABA9P', 'Samsung Galaxy Tab A9+ Wi-Fi 8/128GB', 'tablet', 4_690_000),
  P('XM-PAD7', 'Xiaomi Pad 7 8/128GB', 'tablet', 8_490_000),
];
export const WATCHES: readonly Product<Category>[] = [
  P('AW-S11-42', 'Apple Watch Series 11 GPS 42mm', 'watch', 10_990_000),
  P('AW-SE3-40', 'Apple Watch SE 3 GPS 40mm', 'watch', 6_490_000),
  P('AW-U3', 'Apple Watch Ultra 3', 'watch', 22_990_000),
  P('SS-GW8-40', 'Samsung Galaxy Watch8 40mm', 'watch', 6_990_000),
  P('XM-BAND10', 'Xiaomi Smart Band 10', 'watch', 990_000),
  P('KC-KIDS4G', 'Đồng hồ định vị trẻ em 4G', 'watch', 1_590_000),
];
export const AUDIO: readonly Product<Category>[] = [
  P('AP4', 'AirPods 4', 'audio', 3_490_000),
  P('AP4-ANC', 'AirPods 4 chống ồn', 'audio', 4_790_000),
  P('APP3', 'AirPods Pro 3', 'audio', 6_490_000),
  P('SS-BUDS3FE', 'Samsung Galaxy Buds3 FE', 'audio', 2_290_000),
  P('JBL-GO4', 'Loa JBL Go 4', 'audio', 990_000),
  P('JBL-FLIP7', 'Loa JBL Flip 7', 'audio', 3_490_000),
  P('SONY-XM6', 'Sony WH-1000XM6', 'audio', 9_990_000),
];
export const ACCESSORIES: readonly Product<Category>[] = [
  P('AC-APL20W', 'Củ sạc Apple USB-C 20W', 'accessory', 490_000),
  P('AC-CABLE-C', 'Cáp USB-C to USB-C 1m', 'accessory', 190_000),
  P('AC-PB10K', 'Pin sạc dự phòng 10.000mAh 22.5W', 'accessory', 390_000),
  P('AC-PB20K', 'Pin sạc dự phòng Anker 20.000mAh', 'accessory', 890_000),
  P('AC-CASE', 'Ốp lưng silicon', 'accessory', 190_000),
  P('AC-CASE-MS', 'Ốp lưng MagSafe iPhone 17 Pro Max', 'accessory', 1_290_000),
  P('AC-GLASS', 'Miếng dán cường lực', 'accessory', 150_000),
  P('AC-SS25W', 'Củ sạc nhanh Samsung 25W', 'accessory', 390_000),
  P('AC-MOUSE', 'Chuột không dây Logitech M331', 'accessory', 350_000),
  P('AC-SD128', 'Thẻ nhớ microSD 128GB', 'accessory', 290_000),
  P('SIM-5G', 'SIM 5G data 4GB/ngày (kích hoạt bằng CCCD)', 'accessory', 150_000),
];
export const CONSOLES: readonly Product<Category>[] = [
  P('PS5-SLIM-D', 'PlayStation 5 Slim Digital', 'console', 11_990_000),
  P('NSW2', 'Nintendo Switch 2', 'console', 12_490_000),
];
/** Prepaid top-up and game cards: the code is sent by SMS and e-mail once paid. */
export const TOPUP_SMALL: readonly Product<Category>[] = [
  P('TC-VT-10', 'Thẻ cào Viettel 10.000đ', 'topup', 10_000),
  P('TC-VT-20', 'Thẻ cào Viettel 20.000đ', 'topup', 20_000),
  P('TC-MB-20', 'Thẻ cào Mobifone 20.000đ', 'topup', 20_000),
  P('TC-GR-20', 'Thẻ Garena 20.000đ', 'topup', 20_000),
  P('TC-VT-50', 'Thẻ cào Viettel 50.000đ', 'topup', 50_000),
];
export const TOPUP: readonly Product<Category>[] = [
  P('TC-VT-100', 'Thẻ cào Viettel 100.000đ', 'topup', 100_000),
  P('TC-VN-100', 'Thẻ cào Vinaphone 100.000đ', 'topup', 100_000),
  P('TC-MB-100', 'Thẻ cào Mobifone 100.000đ', 'topup', 100_000),
  P('TC-VT-200', 'Thẻ cào Viettel 200.000đ', 'topup', 200_000),
  P('TC-GR-100', 'Thẻ Garena 100.000đ', 'topup', 100_000),
  P('TC-GR-200', 'Thẻ Garena 200.000đ', 'topup', 200_000),
  P('TC-ZING-100', 'Thẻ Zing 100.000đ', 'topup', 100_000),
];
export const TOPUP_BIG: readonly Product<Category>[] = [
  P('TC-VT-500', 'Thẻ cào Viettel 500.000đ', 'topup', 500_000),
  P('TC-GR-500', 'Thẻ Garena 500.000đ', 'topup', 500_000),
  P('TC-STEAM-500', 'Thẻ Steam Wallet 500.000đ', 'topup', 500_000),
];
export const WARRANTY: readonly Product<Category>[] = [
  P('SV-BH12-S', 'Bảo hành mở rộng 12 tháng (dưới 10 triệu)', 'service', 590_000),
  P('SV-BH12-L', 'Bảo hành mở rộng 12 tháng (trên 10 triệu)', 'service', 1_290_000),
  P('SV-RV12', 'Bảo hiểm rơi vỡ màn hình 12 tháng', 'service', 990_000),
];

export type Line = BasketLine<Category>;
export { lineOf };

export interface Basket {
  lines: Line[];
  /** Voucher or payment-partner promotion, whole dong. */
  code?: string;
  discount: number;
  shippingFee: number;
  amount: number;
  currency: 'VND';
}

export const itemsTotal = (lines: readonly Line[]): number =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);

/** A basket's money: items less the discount (never below a tenth of the items) plus the delivery fee. */
export function basketOf(
  lines: Line[],
  o: { code?: string; discount?: number; shippingFee?: number } = {},
): Basket {
  const items = itemsTotal(lines);
  const discount = Math.min(o.discount ?? 0, Math.floor(items * 0.9));
  const shippingFee = o.shippingFee ?? 0;
  return {
    lines,
    ...(o.code && discount > 0 ? { code: o.code } : {}),
    discount: o.code ? discount : 0,
    shippingFee,
    amount: items - (o.code ? discount : 0) + shippingFee,
    currency: 'VND',
  };
}

/** What a phone buyer adds at checkout: a case, a screen protector, a charger, now and then a warranty. */
export function addOns(rng: Rng, main: Product<Category>): Line[] {
  const out: Line[] = [];
  if (rng.chance(0.35)) out.push(lineOf(bySku(rng.chance(0.7) ? 'AC-CASE' : 'AC-CASE-MS')));
  if (rng.chance(0.3)) out.push(lineOf(bySku('AC-GLASS')));
  if (main.sku.startsWith('IP') && rng.chance(0.25)) out.push(lineOf(bySku('AC-APL20W')));
  if (rng.chance(0.12)) out.push(lineOf(bySku(main.price > 10_000_000 ? 'SV-BH12-L' : 'SV-BH12-S')));
  return out;
}

/** Delivery: free for phones and anything over 500,000 ₫, else 20,000 ₫ (30,000 ₫ for the two-hour courier). */
export function deliveryFee(lines: readonly Line[], express: boolean): number {
  if (itemsTotal(lines) >= 500_000 || lines.some((l) => l.category === 'phone' || l.category === 'laptop'))
    return 0;
  return express ? 30_000 : 20_000;
}

const EVERYTHING: readonly Product<Category>[] = [
  ...FLAGSHIP_IPHONES,
  ...IPHONES,
  ...FLAGSHIP_ANDROID,
  ...MID_PHONES,
  ...BUDGET_PHONES,
  ...FEATURE_PHONES,
  ...REFURBISHED,
  ...LAPTOPS,
  ...TABLETS,
  ...WATCHES,
  ...AUDIO,
  ...ACCESSORIES,
  ...CONSOLES,
  ...TOPUP_SMALL,
  ...TOPUP,
  ...TOPUP_BIG,
  ...WARRANTY,
];

/** A product by its SKU. */
export function bySku(sku: string): Product<Category> {
  const p = EVERYTHING.find((x) => x.sku === sku);
  if (!p) throw new Error(`no product ${sku}`);
  return p;
}
