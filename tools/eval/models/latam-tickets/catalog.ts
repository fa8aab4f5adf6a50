import { type Rng } from '../kit/random.js';
import { type BasketLine } from '../kit/purchase.js';

/**
 * What the marketplace sells, per market: football and concert tickets, experiences and tours, hotel
 * vouchers, flight add-ons and gift vouchers. Europe sells in EUR, Mexico in MXN, Brazil in BRL; prices in
 * major units, converted to minor units (all three have two decimals).
 */

export type Market = 'EU' | 'MX' | 'BR';
export type Category = 'football' | 'concert' | 'experience' | 'hotel' | 'addon' | 'voucher';

interface Product {
  sku: string;
  name: string;
  category: Category;
  min: number;
  max: number;
  /** Where the event or stay is (a country code). */
  where: string;
  /** The headline concert whose general sale opens during the stream. */
  hot?: boolean;
}

const prod = (
  sku: string,
  name: string,
  category: Category,
  min: number,
  max: number,
  where: string,
  hot = false,
): Product => ({ sku, name, category, min, max, where, ...(hot ? { hot } : {}) });

export const CURRENCY: Readonly<Record<Market, string>> = { EU: 'EUR', MX: 'MXN', BR: 'BRL' };

const CATALOG: Readonly<Record<Market, readonly Product[]>> = {
  EU: [
    prod('FB-RMA-SEV', 'LaLiga: Real Madrid v Sevilla FC', 'football', 75, 260, 'ES'),
    prod('FB-BAR-ATM', 'LaLiga: FC Barcelona v Atlético', 'football', 89, 310, 'ES'),
    prod('FB-BEN-POR', 'Liga Portugal: Benfica v FC Porto', 'football', 45, 140, 'PT'),
    prod('FB-INT-JUV', "Serie A: Inter v Juventus (Derby d'Italia)", 'football', 65, 290, 'IT'),
    prod('CO-LUNA-MAD', 'Luna Serrano Tour 2027, Madrid (general sale)', 'concert', 55, 189, 'ES', true),
    prod('CO-LUNA-LIS', 'Luna Serrano Tour 2027, Lisboa (general sale)', 'concert', 49, 159, 'PT', true),
    prod('CO-JAZZ-ROM', 'Roma Summer Jazz, Cavea', 'concert', 35, 85, 'IT'),
    prod('EX-SAGF', 'Sagrada Família skip-the-line + towers', 'experience', 36, 47, 'ES'),
    prod('EX-COLO', 'Colosseum underground & arena tour', 'experience', 42, 69, 'IT'),
    prod('EX-VAT', 'Vatican Museums early entry', 'experience', 39, 78, 'IT'),
    prod('EX-FLAM', 'Flamenco show with dinner, Sevilla', 'experience', 45, 95, 'ES'),
    prod('EX-SINT', 'Sintra & Cascais day trip', 'experience', 59, 89, 'PT'),
    prod('HT-BCN', 'Hotel voucher, Barcelona (3 nights)', 'hotel', 290, 980, 'ES'),
    prod('HT-ALG', 'Resort voucher, Algarve (5 nights)', 'hotel', 520, 1850, 'PT'),
    prod('HT-AMA', 'Amalfi coast stay (4 nights)', 'hotel', 610, 2400, 'IT'),
    prod('AD-BAG', 'Flight add-on: checked bag 23 kg', 'addon', 25, 65, 'ES'),
    prod('AD-SEAT', 'Flight add-on: seat selection', 'addon', 9, 35, 'ES'),
    prod('AD-FAST', 'Airport fast track, Madrid-Barajas', 'addon', 8, 19, 'ES'),
    prod('GV-EUR', 'Gift voucher (e-mail delivery)', 'voucher', 50, 300, 'ES'),
  ],
  MX: [
    prod('FB-AME-CHI', 'Liga MX: América vs Chivas, Estadio Azteca', 'football', 650, 4800, 'MX'),
    prod('FB-TIG-MTY', 'Clásico Regio: Tigres vs Monterrey', 'football', 550, 3200, 'MX'),
    prod('CO-LUNA-CDMX', 'Luna Serrano Tour 2027, Foro Sol (general sale)', 'concert', 950, 4600, 'MX', true),
    prod('EX-XCAR', 'Xcaret park all-inclusive', 'experience', 2400, 3900, 'MX'),
    prod('EX-CHIC', 'Chichén Itzá day trip from Cancún', 'experience', 1400, 2600, 'MX'),
    prod('EX-LUCHA', 'Lucha libre night, Arena México', 'experience', 450, 1200, 'MX'),
    prod('HT-CUN', 'Hotel voucher, Cancún all-inclusive (4 nights)', 'hotel', 9500, 42000, 'MX'),
    prod('HT-OAX', 'Boutique hotel voucher, Oaxaca (3 nights)', 'hotel', 5200, 14000, 'MX'),
    prod('AD-MXBAG', 'Flight add-on: maleta documentada', 'addon', 450, 1200, 'MX'),
    prod('GV-MXN', 'Tarjeta de regalo (e-mail)', 'voucher', 500, 5000, 'MX'),
  ],
  BR: [
    prod('FB-FLA-PAL', 'Brasileirão: Flamengo x Palmeiras, Maracanã', 'football', 120, 950, 'BR'),
    prod('FB-COR-SAO', 'Brasileirão: Corinthians x São Paulo', 'football', 100, 780, 'BR'),
    prod(
      'CO-LUNA-SP',
      'Luna Serrano Tour 2027, Allianz Parque (general sale)',
      'concert',
      290,
      1450,
      'BR',
      true,
    ),
    prod('EX-CRIS', 'Cristo Redentor + Pão de Açúcar tour', 'experience', 180, 420, 'BR'),
    prod('EX-IGUA', 'Foz do Iguaçu falls day trip', 'experience', 260, 690, 'BR'),
    prod('HT-NOR', 'Fernando de Noronha pousada (4 nights)', 'hotel', 3200, 12500, 'BR'),
    prod('HT-SSA', 'Salvador beach hotel voucher (3 nights)', 'hotel', 1100, 3900, 'BR'),
    prod('AD-BRBAG', 'Flight add-on: bagagem despachada', 'addon', 90, 260, 'BR'),
    prod('GV-BRL', 'Vale-presente (e-mail)', 'voucher', 100, 1000, 'BR'),
  ],
};

export type Line = BasketLine<Category>;
export interface Basket {
  market: Market;
  currency: string;
  lines: Line[];
  amount: number;
}

const round = (rng: Rng, min: number, max: number) => {
  const major = rng.float(min, max);
  return Math.round(major * (major > 200 ? 1 : 100)) * (major > 200 ? 100 : 1);
};

const QTY = { one: 1, two: 2, three: 3, four: 4 } as const;

export interface BasketWish {
  categories: readonly Category[];
  /** Units per line, inclusive. */
  qty?: [number, number];
  lines?: number;
  hot?: boolean;
  /** Price position in the product's range, 0 cheapest to 1 dearest. */
  tier?: [number, number];
}

/** A basket in `market` from the wished categories; a hot wish picks the headline concert. */
export function basket(rng: Rng, market: Market, wish: BasketWish): Basket {
  const all = CATALOG[market];
  const pool = wish.hot ? all.filter((x) => x.hot) : all.filter((x) => wish.categories.includes(x.category));
  const lines: Line[] = [];
  const count = wish.lines ?? (rng.chance(0.18) ? 2 : 1);
  const [lo, hi] = wish.tier ?? [0, 1];
  for (let i = 0; i < count; i++) {
    const x = rng.pick(pool.length ? pool : all);
    if (lines.some((l) => l.sku === x.sku)) continue;
    const single = x.category === 'hotel' || x.category === 'voucher';
    // Unless told, tickets go mostly in pairs: 1 (30 %), 2 (45 %), 3 (10 %), 4 (15 %).
    const usual = rng.weighted({ one: 30, two: 45, three: 10, four: 15 });
    const [qmin, qmax] = wish.qty ?? (single ? [1, 1] : [QTY[usual], QTY[usual]]);
    const span = x.max - x.min;
    lines.push({
      sku: x.sku,
      name: x.name,
      category: x.category,
      quantity: rng.int(qmin, qmax),
      price: round(rng, x.min + span * lo, x.min + span * hi),
    });
  }
  return {
    market,
    currency: CURRENCY[market],
    lines,
    amount: lines.reduce((s, l) => s + l.price * l.quantity, 0),
  };
}

/** The country a market's events and stays are in (the first line's). */
export function venueOf(b: Basket): string {
  const sku = b.lines[0]?.sku;
  return CATALOG[b.market].find((x) => x.sku === sku)?.where ?? (b.market === 'EU' ? 'ES' : b.market);
}
