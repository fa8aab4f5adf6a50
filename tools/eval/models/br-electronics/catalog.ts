import { type Rng } from '../kit/random.js';
import { type BasketLine } from '../kit/purchase.js';

/** What the store sells, at Black Friday prices in centavos (R$ 4.299,00 is `429900`). */

export type Category =
  | 'smartphone'
  | 'notebook'
  | 'tv'
  | 'console'
  | 'air_conditioner'
  | 'fridge'
  | 'washer'
  | 'small_appliance'
  | 'accessory'
  | 'gift_card';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  /** Centavos. */
  price: number;
  /** Freight by carrier, not by Correios (TVs over 50", white goods, ACs). */
  bulky?: boolean;
  /** Easy to resell: what stolen cards and takeovers go for. */
  hot?: boolean;
}

const R = (reais: number) => Math.round(reais * 100);

export const PRODUCTS: readonly Product[] = [
  { sku: 'CEL-SAM-A15', name: 'Samsung Galaxy A15 128GB', category: 'smartphone', price: R(999) },
  { sku: 'CEL-SAM-A55', name: 'Samsung Galaxy A55 5G 256GB', category: 'smartphone', price: R(2199) },
  { sku: 'CEL-SAM-S24', name: 'Samsung Galaxy S24 256GB', category: 'smartphone', price: R(4299), hot: true },
  {
    sku: 'CEL-SAM-S24U',
    name: 'Samsung Galaxy S24 Ultra 512GB',
    category: 'smartphone',
    price: R(7499),
    hot: true,
  },
  { sku: 'CEL-APL-IP15', name: 'iPhone 15 128GB', category: 'smartphone', price: R(5299), hot: true },
  {
    sku: 'CEL-APL-IP16PM',
    name: 'iPhone 16 Pro Max 256GB',
    category: 'smartphone',
    price: R(10499),
    hot: true,
  },
  { sku: 'CEL-MOT-G84', name: 'Motorola Moto G84 5G 256GB', category: 'smartphone', price: R(1399) },
  { sku: 'CEL-XIA-RN13', name: 'Xiaomi Redmi Note 13 256GB', category: 'smartphone', price: R(1299) },
  { sku: 'NB-ACE-A5', name: 'Notebook Acer Aspire 5 i5 8GB 512GB', category: 'notebook', price: R(2999) },
  { sku: 'NB-DEL-I15', name: 'Notebook Dell Inspiron 15 i7 16GB', category: 'notebook', price: R(3899) },
  { sku: 'NB-LEN-IP3', name: 'Notebook Lenovo IdeaPad 3 Ryzen 5', category: 'notebook', price: R(2599) },
  { sku: 'NB-APL-MBA', name: 'MacBook Air 13 M3 256GB', category: 'notebook', price: R(9499), hot: true },
  { sku: 'NB-SAM-BK4', name: 'Samsung Galaxy Book4 i5', category: 'notebook', price: R(3499) },
  {
    sku: 'NB-ACE-NIT',
    name: 'Notebook Gamer Acer Nitro V15 RTX 4050',
    category: 'notebook',
    price: R(5199),
    hot: true,
  },
  { sku: 'TV-SAM-50', name: 'Smart TV Samsung 50" Crystal UHD 4K', category: 'tv', price: R(2199) },
  { sku: 'TV-LG-55', name: 'Smart TV LG 55" 4K ThinQ AI', category: 'tv', price: R(2599), bulky: true },
  { sku: 'TV-TCL-65', name: 'Smart TV TCL 65" QLED Google TV', category: 'tv', price: R(3799), bulky: true },
  { sku: 'TV-SAM-75', name: 'Smart TV Samsung 75" Crystal UHD', category: 'tv', price: R(5999), bulky: true },
  { sku: 'TV-LG-OLED55', name: 'Smart TV LG OLED 55" evo', category: 'tv', price: R(5499), bulky: true },
  { sku: 'GAM-SNY-PS5', name: 'Console PlayStation 5 Slim', category: 'console', price: R(3599), hot: true },
  { sku: 'GAM-MS-XSS', name: 'Console Xbox Series S 512GB', category: 'console', price: R(2299), hot: true },
  { sku: 'GAM-NIN-SWO', name: 'Nintendo Switch OLED', category: 'console', price: R(2199), hot: true },
  { sku: 'GAM-SNY-DS5', name: 'Controle DualSense', category: 'console', price: R(399) },
  {
    sku: 'AC-SPL-9K',
    name: 'Ar-condicionado Split Inverter 9.000 BTUs',
    category: 'air_conditioner',
    price: R(1999),
    bulky: true,
  },
  {
    sku: 'AC-SPL-12K',
    name: 'Ar-condicionado Split Inverter 12.000 BTUs',
    category: 'air_conditioner',
    price: R(2499),
    bulky: true,
  },
  {
    sku: 'AC-SPL-18K',
    name: 'Ar-condicionado Split Inverter 18.000 BTUs',
    category: 'air_conditioner',
    price: R(3499),
    bulky: true,
  },
  {
    sku: 'GEL-BRA-375',
    name: 'Geladeira Brastemp Frost Free 375L',
    category: 'fridge',
    price: R(3299),
    bulky: true,
  },
  {
    sku: 'GEL-ELE-454',
    name: 'Geladeira Electrolux Inverse 454L',
    category: 'fridge',
    price: R(4199),
    bulky: true,
  },
  {
    sku: 'GEL-CON-300',
    name: 'Geladeira Consul Frost Free 300L',
    category: 'fridge',
    price: R(2299),
    bulky: true,
  },
  {
    sku: 'GEL-SAM-SBS',
    name: 'Geladeira Samsung Side by Side 602L',
    category: 'fridge',
    price: R(8999),
    bulky: true,
  },
  { sku: 'LAV-BRA-12', name: 'Lavadora Brastemp 12kg', category: 'washer', price: R(2399), bulky: true },
  { sku: 'LAV-ELE-13', name: 'Lavadora Electrolux 13kg', category: 'washer', price: R(2199), bulky: true },
  { sku: 'LAV-SAM-LS11', name: 'Lava e Seca Samsung 11kg', category: 'washer', price: R(3999), bulky: true },
  { sku: 'PEQ-MON-AF', name: 'Air Fryer Mondial 4L', category: 'small_appliance', price: R(349) },
  { sku: 'PEQ-PHI-AF', name: 'Air Fryer Philco 5,5L', category: 'small_appliance', price: R(299) },
  { sku: 'PEQ-OST-LIQ', name: 'Liquidificador Oster 1400W', category: 'small_appliance', price: R(159.9) },
  {
    sku: 'PEQ-NES-CAF',
    name: 'Cafeteira Nespresso Essenza Mini',
    category: 'small_appliance',
    price: R(499),
  },
  { sku: 'PEQ-ELE-MO', name: 'Micro-ondas Electrolux 31L', category: 'small_appliance', price: R(699) },
  { sku: 'PEQ-XIA-ROB', name: 'Robô Aspirador Xiaomi', category: 'small_appliance', price: R(1299) },
  { sku: 'PEQ-ARN-VEN', name: 'Ventilador Arno 40cm', category: 'small_appliance', price: R(199.9) },
  { sku: 'ACE-JBL-T520', name: 'Fone JBL Tune 520BT', category: 'accessory', price: R(299) },
  { sku: 'ACE-APL-APP2', name: 'AirPods Pro 2', category: 'accessory', price: R(1899), hot: true },
  { sku: 'ACE-SAM-W6', name: 'Galaxy Watch6 40mm', category: 'accessory', price: R(1299) },
  { sku: 'ACE-JBL-FLP6', name: 'Caixa de Som JBL Flip 6', category: 'accessory', price: R(699) },
  { sku: 'ACE-CAR-25W', name: 'Carregador Turbo 25W USB-C', category: 'accessory', price: R(99.9) },
  { sku: 'ACE-CAP-CEL', name: 'Capa Protetora para Celular', category: 'accessory', price: R(59.9) },
  { sku: 'GC-VOL-100', name: 'Gift Card Voltaria R$ 100', category: 'gift_card', price: R(100) },
  { sku: 'GC-VOL-500', name: 'Gift Card Voltaria R$ 500', category: 'gift_card', price: R(500), hot: true },
  {
    sku: 'GC-PSN-250',
    name: 'Gift Card PlayStation Store R$ 250',
    category: 'gift_card',
    price: R(250),
    hot: true,
  },
  { sku: 'GC-GPL-30', name: 'Gift Card Google Play R$ 30', category: 'gift_card', price: R(30) },
  { sku: 'GC-GPL-50', name: 'Gift Card Google Play R$ 50', category: 'gift_card', price: R(50) },
  { sku: 'GC-XBX-100', name: 'Gift Card Xbox R$ 100', category: 'gift_card', price: R(100) },
];

export interface Basket {
  lines: Array<BasketLine<Category>>;
  /** Items, plus freight, less the discount: what the order costs, centavos. */
  amount: number;
  currency: 'BRL';
  freight: number;
  discount: number;
}

export const productsIn = (...categories: Category[]): Product[] =>
  PRODUCTS.filter((p) => categories.includes(p.category));

export const HOT = PRODUCTS.filter((p) => p.hot);

export const line = (p: Product, quantity = 1): BasketLine<Category> => ({
  sku: p.sku,
  name: p.name,
  category: p.category,
  quantity,
  price: p.price,
});

/** What honest shoppers put in the basket, by category. */
const SHARE: Readonly<Record<Category, number>> = {
  smartphone: 20,
  notebook: 8,
  tv: 10,
  console: 4,
  air_conditioner: 5,
  fridge: 4,
  washer: 4,
  small_appliance: 24,
  accessory: 16,
  gift_card: 5,
};

export function everydayProduct(rng: Rng): Product {
  return rng.pick(productsIn(rng.weighted(SHARE)));
}

/** A big-ticket item: the Black Friday TV, fridge, AC, notebook or flagship phone. */
export const bigTicket = (rng: Rng): Product => rng.pick(PRODUCTS.filter((p) => p.price >= R(2199)));
