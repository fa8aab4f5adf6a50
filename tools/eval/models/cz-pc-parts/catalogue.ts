import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the shop sells, priced in haléře (CZK, VAT included) with its own euro price list for Slovakia and the
 * other countries (cents, ending in ,90). The new cards launched on 28 January are sold above the maker's
 * price while stock is short, one per customer; everything else is the shop's usual range.
 */

export type Category =
  | 'gpu'
  | 'cpu'
  | 'motherboard'
  | 'memory'
  | 'storage'
  | 'power'
  | 'case'
  | 'cooling'
  | 'prebuilt'
  | 'laptop'
  | 'console'
  | 'peripheral'
  | 'monitor'
  | 'accessory'
  | 'voucher';

export type Currency = 'CZK' | 'EUR';
export type Item = Product<Category>;
export type Line = BasketLine<Category>;

const kc = (crowns: number) => crowns * 100;
const p = (sku: string, name: string, category: Category, crowns: number): Item =>
  product(sku, name, category, kc(crowns));

/** The cards launched in the window: only on sale from the launch. */
export const LAUNCH_GPUS: readonly Item[] = [
  p('GPU-6090-32', 'GeForce RTX 6090 32GB (launch edition)', 'gpu', 74_990),
  p('GPU-6080-16', 'GeForce RTX 6080 16GB OC', 'gpu', 39_990),
  p('GPU-6080-16W', 'GeForce RTX 6080 16GB White', 'gpu', 41_490),
];

export const GPUS: readonly Item[] = [
  p('GPU-5090-32', 'GeForce RTX 5090 32GB', 'gpu', 69_990),
  p('GPU-5070TI-16', 'GeForce RTX 5070 Ti 16GB', 'gpu', 22_990),
  p('GPU-5070-12', 'GeForce RTX 5070 12GB', 'gpu', 15_990),
  p('GPU-5060TI-16', 'GeForce RTX 5060 Ti 16GB', 'gpu', 12_490),
  p('GPU-9070XT-16', 'Radeon RX 9070 XT 16GB', 'gpu', 17_490),
  p('GPU-9060XT-16', 'Radeon RX 9060 XT 16GB', 'gpu', 9_990),
];

export const CPUS: readonly Item[] = [
  p('CPU-9800X3D', 'Ryzen 7 9800X3D', 'cpu', 12_990),
  p('CPU-9950X3D', 'Ryzen 9 9950X3D', 'cpu', 17_990),
  p('CPU-9600X', 'Ryzen 5 9600X', 'cpu', 5_490),
  p('CPU-265K', 'Core Ultra 7 265K', 'cpu', 8_990),
  p('CPU-245K', 'Core Ultra 5 245K', 'cpu', 6_490),
];

const BOARDS = [
  p('MB-B850', 'B850 ATX motherboard', 'motherboard', 4_290),
  p('MB-X870E', 'X870E ATX motherboard', 'motherboard', 8_990),
  p('MB-Z890', 'Z890 ATX motherboard', 'motherboard', 6_490),
];
const MEMORY = [
  p('RAM-32-6000', 'DDR5 32GB (2x16) 6000 CL30', 'memory', 3_290),
  p('RAM-64-6000', 'DDR5 64GB (2x32) 6000 CL30', 'memory', 6_490),
];
export const STORAGE: readonly Item[] = [
  p('SSD-1TB', 'NVMe SSD 1TB PCIe 4.0', 'storage', 1_890),
  p('SSD-2TB', 'NVMe SSD 2TB PCIe 4.0', 'storage', 3_490),
  p('SSD-4TB', 'NVMe SSD 4TB PCIe 5.0', 'storage', 6_990),
];
const POWER = [
  p('PSU-850', '850W ATX 3.1 Gold power supply', 'power', 3_290),
  p('PSU-1200', '1200W ATX 3.1 Platinum power supply', 'power', 5_990),
];
const CASES = [
  p('CASE-MID', 'Mid-tower case, glass', 'case', 2_490),
  p('CASE-FULL', 'Full-tower case', 'case', 4_190),
];
const COOLING = [
  p('COOL-AIO360', '360 mm AIO liquid cooler', 'cooling', 3_490),
  p('COOL-AIR', 'Dual-tower air cooler', 'cooling', 1_190),
];
export const PREBUILT: readonly Item[] = [
  p('PC-R5-5070', 'Gaming PC Ryzen 5 / RTX 5070', 'prebuilt', 32_990),
  p('PC-R7-5070TI', 'Gaming PC Ryzen 7 9800X3D / RTX 5070 Ti', 'prebuilt', 49_990),
];
/** Sold only from the launch, built with the new cards. */
export const LAUNCH_PREBUILT: Item = p('PC-R7-6080', 'Gaming PC 9800X3D / RTX 6080', 'prebuilt', 84_990);
export const LAPTOPS: readonly Item[] = [
  p('NB-GAME-5060', 'Gaming laptop 15.6" RTX 5060', 'laptop', 29_990),
  p('NB-GAME-5080', 'Gaming laptop 16" RTX 5080', 'laptop', 64_990),
  p('NB-OFFICE-14', 'Business laptop 14" Core Ultra 5', 'laptop', 21_990),
  p('NB-ULTRA-13', 'Ultrabook 13" 16GB', 'laptop', 24_990),
  p('NB-MBA-13', 'MacBook Air 13" M4', 'laptop', 29_990),
];
export const CONSOLES: readonly Item[] = [
  p('CON-PS5PRO', 'PlayStation 5 Pro', 'console', 19_990),
  p('CON-PS5DIG', 'PlayStation 5 Digital Edition', 'console', 11_490),
  p('CON-XSX', 'Xbox Series X', 'console', 13_990),
  p('CON-SWITCH2', 'Nintendo Switch 2', 'console', 12_490),
  p('CON-DECK', 'Steam Deck OLED 1TB', 'console', 14_990),
];
export const PERIPHERALS: readonly Item[] = [
  p('PER-MOUSE', 'Wireless gaming mouse', 'peripheral', 1_290),
  p('PER-KEYB', 'Mechanical keyboard', 'peripheral', 2_990),
  p('PER-HEADSET', 'Wireless headset', 'peripheral', 2_490),
  p('PER-PAD', 'DualSense controller', 'peripheral', 1_690),
  p('PER-CAM', '1080p webcam', 'peripheral', 1_490),
  p('PER-DOCK', 'USB-C dock', 'peripheral', 3_290),
];
export const MONITORS: readonly Item[] = [
  p('MON-27QHD', '27" QHD 180 Hz monitor', 'monitor', 6_990),
  p('MON-27OLED', '27" QHD OLED 360 Hz monitor', 'monitor', 18_990),
  p('MON-24OFF', '24" office monitor', 'monitor', 3_290),
];
export const CHEAP: readonly Item[] = [
  p('ACC-PASTE', 'Thermal paste 4 g', 'accessory', 249),
  p('ACC-USBC', 'USB-C cable 2 m', 'accessory', 199),
  p('ACC-HDMI', 'HDMI 2.1 cable 2 m', 'accessory', 299),
  p('ACC-MPAD', 'Mousepad XL', 'accessory', 399),
  p('ACC-FANS', '120 mm fans, 3 pack', 'accessory', 749),
];
/** E-mailed gift vouchers: nothing to ship. */
export const VOUCHERS: readonly Item[] = [
  p('VOU-500', 'Gift voucher 500 Kč', 'voucher', 500),
  p('VOU-1000', 'Gift voucher 1 000 Kč', 'voucher', 1_000),
  p('VOU-3000', 'Gift voucher 3 000 Kč', 'voucher', 3_000),
];

/** The euro list: about 24.6 Kč to the euro, rounded up to a whole euro less ten cents. */
export const euroPrice = (haler: number): number => Math.max(90, Math.ceil(haler / 100 / 24.6) * 100 - 10);

/** A line in the checkout's currency. */
export function lineIn(item: Item, currency: Currency, quantity = 1): Line {
  const line = lineOf(item, quantity);
  return currency === 'EUR' ? { ...line, price: euroPrice(line.price) } : line;
}

/** A full build: CPU, board, memory, storage, power, case, cooling and a card (new ones only after launch). */
export function buildParts(rng: Rng, afterLaunch: boolean): Item[] {
  const gpu = afterLaunch && rng.chance(0.35) ? rng.pick(LAUNCH_GPUS) : rng.pick(GPUS);
  const parts = [rng.pick(CPUS), rng.pick(BOARDS), rng.pick(MEMORY), rng.pick(STORAGE), gpu];
  if (rng.chance(0.8)) parts.push(rng.pick(POWER));
  if (rng.chance(0.75)) parts.push(rng.pick(CASES));
  if (rng.chance(0.7)) parts.push(rng.pick(COOLING));
  return parts;
}

/** An everyday basket: one to three things from across the range. */
export function everydayItems(rng: Rng, afterLaunch: boolean): Item[] {
  const first = rng.weightedPick<readonly Item[]>([
    [PERIPHERALS, 26],
    [STORAGE, 14],
    [MEMORY, 6],
    [CPUS, 8],
    [GPUS, 10],
    [MONITORS, 10],
    [CONSOLES, 7],
    [LAPTOPS, 7],
    [CHEAP, 8],
    [COOLING, 4],
    [PREBUILT, 2],
    [afterLaunch ? LAUNCH_GPUS : GPUS, afterLaunch ? 3 : 0],
  ]);
  const out = [rng.pick(first)];
  if (rng.chance(0.35)) out.push(rng.pick([...PERIPHERALS, ...CHEAP]));
  if (rng.chance(0.12)) out.push(rng.pick(CHEAP));
  return out;
}

export { BOARDS, MEMORY };
