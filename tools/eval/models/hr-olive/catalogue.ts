import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/** What the shop sells (euro cents, Croatian VAT included) and how a basket is priced in its three currencies. */

export type Category =
  | 'olive_oil'
  | 'wine'
  | 'prosek'
  | 'rakija'
  | 'lavender'
  | 'truffle'
  | 'jam'
  | 'sea_salt'
  | 'souvenir'
  | 'gift_box';

const p = product<Category>;

export const CATALOGUE = {
  oil05: p('ULJ-OBL-050', 'Ekstra djevičansko maslinovo ulje Oblica 0,5 l', 'olive_oil', 1650),
  oil075: p('ULJ-OBL-075', 'Ekstra djevičansko maslinovo ulje Oblica 0,75 l', 'olive_oil', 2290),
  oilLev: p('ULJ-LEV-050', 'Levantinka, Šolta, 0,5 l', 'olive_oil', 1890),
  oilTin3: p('ULJ-LIM-3', 'Maslinovo ulje u limenci 3 l', 'olive_oil', 7900),
  oilTin5: p('ULJ-LIM-5', 'Maslinovo ulje u limenci 5 l', 'olive_oil', 12_500),
  oilCase: p('ULJ-HORECA-6', 'HoReCa karton 6 × 0,75 l Oblica', 'olive_oil', 11_900),
  plavac: p('VIN-PLAVAC-HV', 'Plavac mali, Hvar, 0,75 l', 'wine', 1890),
  dingac: p('VIN-DINGAC', 'Dingač, Pelješac, 0,75 l', 'wine', 3900),
  posip: p('VIN-POSIP', 'Pošip, Korčula, 0,75 l', 'wine', 1590),
  babic: p('VIN-BABIC', 'Babić, Primošten, 0,75 l', 'wine', 2290),
  crljenak: p('VIN-CRLJENAK', 'Crljenak kaštelanski, 0,75 l', 'wine', 2690),
  prosek: p('PRO-HEKT-050', 'Prošek, 0,5 l', 'prosek', 3400),
  prosekSmall: p('PRO-0375', 'Prošek, 0,375 l', 'prosek', 2200),
  travarica: p('RAK-TRAV-050', 'Travarica, 0,5 l', 'rakija', 1490),
  maraschino: p('RAK-MARAS-070', 'Maraschino, 0,7 l', 'rakija', 2190),
  lavSachet: p('LAV-VRECICA', 'Vrećica lavande s Hvara', 'lavender', 350),
  lavOil: p('LAV-ULJE-10', 'Eterično ulje lavande 10 ml', 'lavender', 890),
  lavBundle: p('LAV-BUKET', 'Suhi buket lavande', 'lavender', 1200),
  tartufata: p('TAR-TARTUFATA', 'Tartufata, Istra, 130 g', 'truffle', 1290),
  truffleOil: p('TAR-ULJE-100', 'Maslinovo ulje s bijelim tartufom 100 ml', 'truffle', 1690),
  truffleWhole: p('TAR-CRNI-30', 'Crni ljetni tartuf, cijeli, 30 g', 'truffle', 4900),
  truffleBox: p('TAR-POKLON', 'Istarski tartufi, poklon kutija', 'truffle', 8900),
  figJam: p('DZM-SMOKVA', 'Džem od smokava 250 g', 'jam', 690),
  smokvenjak: p('DZM-SMOKVENJAK', 'Smokvenjak 300 g', 'jam', 890),
  ninFlower: p('SOL-NIN-CVIJET', 'Cvijet soli, Solana Nin, 125 g', 'sea_salt', 790),
  ninSalt: p('SOL-NIN-1KG', 'Morska sol, Solana Nin, 1 kg', 'sea_salt', 450),
  licitarSmall: p('SUV-LICITAR-S', 'Licitarsko srce, malo', 'souvenir', 390),
  licitarBig: p('SUV-LICITAR-L', 'Licitarsko srce, veliko', 'souvenir', 1290),
  magnet: p('SUV-MAGNET', 'Magnet Split, Dioklecijanova palača', 'souvenir', 490),
  basket: p('POK-KOSARICA', 'Dalmatinska košarica (ulje, smokve, sol, lavanda)', 'gift_box', 5900),
  premium: p('POK-PREMIUM', 'Premium kutija: ulje, prošek, tartufi', 'gift_box', 11_900),
} as const satisfies Record<string, Product<Category>>;

export type Sku = keyof typeof CATALOGUE;

/** Categories the shop does not post to the US (alcohol needs a licensed importer there). */
export const ALCOHOL: ReadonlySet<Category> = new Set(['wine', 'prosek', 'rakija']);

export interface Basket {
  lines: Array<BasketLine<Category>>;
  shippingFee: number;
  amount: number;
  currency: Currency;
}

/** The shop's price lists in pounds and dollars, rounded to the ten cents. */
const RATE: Readonly<Record<Currency, number>> = { EUR: 1, GBP: 0.87, USD: 1.12 };

export const priceIn = (euroCents: number, c: Currency): number =>
  c === 'EUR' ? euroCents : Math.round((euroCents * RATE[c]) / 10) * 10;

export type Delivery = 'hr_courier' | 'same_day_van' | 'eu_courier' | 'intl_courier' | 'shop_pickup';

/**
 * Postage in euro cents: pickup free; the van to an apartment, hotel or marina around Split €5 (free from €40);
 * a Croatian courier €4.50 (free from €60); EU parcels €14.90 (free from €150); the UK £26 and the US $39 by
 * express courier with duties paid by the buyer.
 */
function postage(d: Delivery, items: number): number {
  if (d === 'shop_pickup') return 0;
  if (d === 'same_day_van') return items >= 4000 ? 0 : 500;
  if (d === 'hr_courier') return items >= 6000 ? 0 : 450;
  if (d === 'eu_courier') return items >= 15_000 ? 0 : 1490;
  return 3490;
}

export function basketOf(
  wanted: ReadonlyArray<readonly [Sku, number]>,
  currency: Currency,
  delivery: Delivery,
  toUs = false,
): Basket {
  const lines = wanted
    .filter(([sku]) => !(toUs && ALCOHOL.has(CATALOGUE[sku].category)))
    .map(([sku, q]) => {
      const l = lineOf<Category>(CATALOGUE[sku], q);
      return { ...l, price: priceIn(l.price, currency) };
    });
  if (lines.length === 0)
    lines.push({ ...lineOf<Category>(CATALOGUE.oil05, 2), price: priceIn(1650, currency) });
  const itemsEur = wanted.reduce((s, [sku, q]) => s + CATALOGUE[sku].price * q, 0);
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const shippingFee = priceIn(postage(delivery, itemsEur), currency);
  return { lines, shippingFee, amount: items + shippingFee, currency };
}

const EVERYDAY: readonly Sku[] = [
  'oil05',
  'oil075',
  'oilLev',
  'plavac',
  'posip',
  'babic',
  'figJam',
  'smokvenjak',
  'ninFlower',
  'ninSalt',
  'lavSachet',
  'lavOil',
  'lavBundle',
  'tartufata',
  'truffleOil',
  'licitarSmall',
  'licitarBig',
  'magnet',
  'travarica',
  'prosekSmall',
];
const SPECIAL: readonly Sku[] = [
  'dingac',
  'crljenak',
  'prosek',
  'maraschino',
  'truffleWhole',
  'truffleBox',
  'basket',
  'premium',
  'oilTin3',
];

/** An ordinary basket: a few everyday lines, sometimes a special. */
export function everydayWants(rng: Rng, size: number, specials = 0.25): Array<[Sku, number]> {
  const out = new Map<Sku, number>();
  for (let i = 0; i < size; i++) {
    const sku = rng.chance(specials) ? rng.pick(SPECIAL) : rng.pick(EVERYDAY);
    out.set(sku, (out.get(sku) ?? 0) + (rng.chance(0.3) ? 2 : 1));
  }
  return [...out];
}

/** Resale-grade goods a fraudster wants: truffles, premium boxes, Dingač, prošek, oil tins. */
export function resaleWants(rng: Rng): Array<[Sku, number]> {
  const out: Array<[Sku, number]> = [
    [rng.pick(['truffleBox', 'premium', 'truffleWhole'] as const), rng.int(1, 3)],
    [rng.pick(['dingac', 'prosek', 'oilTin5', 'oilTin3'] as const), rng.int(2, 6)],
  ];
  if (rng.chance(0.5)) out.push(['oil075', rng.int(2, 6)]);
  return out;
}
