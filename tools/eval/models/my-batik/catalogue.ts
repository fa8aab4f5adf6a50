import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/**
 * What the house sells, in sen (ringgit minor units): ready-to-wear baju kurung and baju Melayu, kain samping
 * and handwoven songket, hand-drawn (lukis) and block-printed (cap) batik, matching family sets (sedondon),
 * children's sets, songkok, tanjak, capal and brooches, shawls, made-to-measure orders (tempahan), corporate
 * Raya gifts and e-vouchers. Singapore and Brunei pay in Singapore dollars (the Brunei dollar is at par), the
 * rest of the world in US dollars, from the ringgit list at the house's own rounded rates.
 */

export type Category =
  | 'baju_kurung'
  | 'baju_melayu'
  | 'songket'
  | 'batik'
  | 'family_set'
  | 'kids'
  | 'accessories'
  | 'tudung'
  | 'tailoring'
  | 'corporate'
  | 'gift_card';

const p = product<Category>;

export const CATALOGUE = {
  kurungModen: p('BK-MOD-CRP', 'Baju Kurung Moden Crepe Sulam', 'baju_kurung', 189_00),
  kurungKedah: p('BK-KDH-CTN', 'Baju Kurung Kedah Cotton Batik', 'baju_kurung', 159_00),
  kurungPahang: p('BK-PHG-SAT', 'Baju Kurung Pahang Satin Silk', 'baju_kurung', 289_00),
  kurungTelukBelanga: p('BK-TLB-CHF', 'Kurung Teluk Belanga Chiffon Lace', 'baju_kurung', 249_00),
  kurungRiau: p('BK-RIAU-BTK', 'Kurung Riau Batik Terengganu', 'baju_kurung', 219_00),
  kebaya: p('BK-KEB-NYN', 'Kebaya Nyonya Sulam Tangan', 'baju_kurung', 329_00),
  melayuCekak: p('BM-CKM-CTN', 'Baju Melayu Cekak Musang Cotton', 'baju_melayu', 169_00),
  melayuTeluk: p('BM-TLB-SLK', 'Baju Melayu Teluk Belanga Silk Blend', 'baju_melayu', 259_00),
  melayuSlim: p('BM-SLIM-MOD', 'Baju Melayu Moden Slim Fit', 'baju_melayu', 199_00),
  melayuPremium: p('BM-CKM-PRM', 'Baju Melayu Cekak Musang Premium Linen', 'baju_melayu', 349_00),
  sampingMesin: p('SK-SMP-MSN', 'Kain Samping Songket Tenun Mesin', 'songket', 229_00),
  sampingTabur: p('SK-SMP-TBR', 'Samping Songket Bunga Tabur', 'songket', 390_00),
  sampingTangan: p('SK-SMP-TRG', 'Samping Songket Tenunan Tangan Terengganu', 'songket', 2400_00),
  songketEmas: p('SK-EMS-HRL', 'Songket Benang Emas Penuh, Tenunan Tangan', 'songket', 5800_00),
  songketSarung: p('SK-SRG-WNT', 'Kain Songket Sarung Wanita Tenunan Tangan', 'songket', 3200_00),
  songketSet: p('SK-SET-LLK', 'Set Songket Lelaki: Baju, Samping, Tanjak', 'songket', 1190_00),
  batikSarung: p('BT-SRG-CAP', 'Kain Batik Sarung Cap', 'batik', 55_00),
  batikLepas: p('BT-LPS-LKS', 'Kain Batik Lepas Lukis Kelantan', 'batik', 120_00),
  batikScarf: p('BT-SCF-SLK', 'Selendang Batik Sutera Lukis Tangan', 'batik', 289_00),
  batikScarfPremium: p('BT-SCF-PRM', 'Selendang Batik Sutera Crepe de Chine', 'batik', 590_00),
  batikShirt: p('BT-KMJ-LPG', 'Kemeja Batik Lelaki Lengan Panjang', 'batik', 179_00),
  batikShirtSilk: p('BT-KMJ-SLK', 'Kemeja Batik Sutera Lukis Lelaki', 'batik', 450_00),
  batikDress: p('BT-DRS-MOD', 'Dress Batik Moden', 'batik', 229_00),
  batikKaftan: p('BT-KFT-SLK', 'Kaftan Batik Sutera Lukis Tangan', 'batik', 690_00),
  sedondonPair: p('FS-PSG-2', 'Set Sedondon Pasangan', 'family_set', 399_00),
  sedondon4: p('FS-SDN-4', 'Set Sedondon Keluarga 4 Orang', 'family_set', 799_00),
  sedondon6: p('FS-SDN-6', 'Set Sedondon Keluarga 6 Orang', 'family_set', 1099_00),
  sedondonSongket: p('FS-SDN-SKT', 'Set Sedondon Premium Songket, 4 Orang', 'family_set', 1890_00),
  kidsMelayu: p('KD-BM', 'Baju Melayu Kanak-Kanak', 'kids', 79_00),
  kidsKurung: p('KD-BK', 'Baju Kurung Kanak-Kanak', 'kids', 79_00),
  kidsSet: p('KD-SET-ABG', 'Set Budak Sedondon Abang Adik', 'kids', 139_00),
  songkok: p('AC-SKK-BLD', 'Songkok Baldu Hitam', 'accessories', 45_00),
  songkokPremium: p('AC-SKK-PRM', 'Songkok Premium 4 Inci', 'accessories', 85_00),
  tanjak: p('AC-TNJ-SKT', 'Tanjak Songket', 'accessories', 159_00),
  kerongsang: p('AC-KRS-TMB', 'Kerongsang Tembaga, Set 3', 'accessories', 69_00),
  butang: p('AC-BTG-PRK', 'Butang Baju Melayu Perak', 'accessories', 49_00),
  capal: p('AC-CPL-KLT', 'Capal Kulit Lelaki', 'accessories', 139_00),
  clutch: p('AC-CLT-SKT', 'Clutch Songket', 'accessories', 229_00),
  bawal: p('TD-BWL-CTN', 'Tudung Bawal Cotton Voile', 'tudung', 39_00),
  shawl: p('TD-SHL-CHF', 'Shawl Chiffon Corak Batik', 'tudung', 59_00),
  shawlSilk: p('TD-SHL-SLK', 'Shawl Sutera Batik Lukis', 'tudung', 149_00),
  tailorKurung: p('TL-BK', 'Tempahan Baju Kurung, Jahitan Ukuran', 'tailoring', 380_00),
  tailorMelayu: p('TL-BM', 'Tempahan Baju Melayu, Jahitan Ukuran', 'tailoring', 360_00),
  tailorSilk: p('TL-BK-SLK', 'Tempahan Baju Kurung Sutera atau Songket', 'tailoring', 980_00),
  tailorFamily: p('TL-SET-4', 'Tempahan Set Keluarga, 4 Pasang', 'tailoring', 1480_00),
  corporateShirt: p('CP-KMJ-LOGO', 'Kemeja Batik Korporat, Logo Sulaman', 'corporate', 139_00),
  giftScarf: p('CP-BOX-SCF', 'Kotak Hadiah Raya: Selendang Batik', 'corporate', 129_00),
  giftTie: p('CP-BOX-TIE', 'Set Hadiah Tali Leher dan Sapu Tangan Batik', 'corporate', 89_00),
  giftSongket: p('CP-BOX-SKT', 'Kotak Hadiah Premium: Songket Mini dan Kerongsang', 'corporate', 199_00),
  voucher50: p('GC-050', 'E-Baucar Hadiah RM50', 'gift_card', 50_00),
  voucher100: p('GC-100', 'E-Baucar Hadiah RM100', 'gift_card', 100_00),
  voucher200: p('GC-200', 'E-Baucar Hadiah RM200', 'gift_card', 200_00),
  voucher500: p('GC-500', 'E-Baucar Hadiah RM500', 'gift_card', 500_00),
} as const;

export type Item = Product<Category>;
const C = CATALOGUE;

export const WOMENS: readonly Item[] = [
  C.kurungModen,
  C.kurungKedah,
  C.kurungPahang,
  C.kurungTelukBelanga,
  C.kurungRiau,
  C.kebaya,
  C.batikDress,
];
export const MENS: readonly Item[] = [C.melayuCekak, C.melayuTeluk, C.melayuSlim, C.melayuPremium];
export const SAMPING: readonly Item[] = [C.sampingMesin, C.sampingTabur];
export const HANDWOVEN: readonly Item[] = [C.sampingTangan, C.songketEmas, C.songketSarung, C.songketSet];
export const FAMILY: readonly Item[] = [C.sedondonPair, C.sedondon4, C.sedondon6, C.sedondonSongket];
export const KIDS: readonly Item[] = [C.kidsMelayu, C.kidsKurung, C.kidsSet];
export const SMALL: readonly Item[] = [
  C.songkok,
  C.songkokPremium,
  C.kerongsang,
  C.butang,
  C.bawal,
  C.shawl,
  C.shawlSilk,
  C.batikSarung,
  C.batikLepas,
];
export const PREMIUM_BATIK: readonly Item[] = [
  C.batikScarfPremium,
  C.batikKaftan,
  C.batikShirtSilk,
  C.batikScarf,
];
export const TAILORING: readonly Item[] = [C.tailorKurung, C.tailorMelayu, C.tailorSilk, C.tailorFamily];
export const CORPORATE: readonly Item[] = [C.corporateShirt, C.giftScarf, C.giftTie, C.giftSongket];
export const VOUCHERS: readonly Item[] = [C.voucher50, C.voucher100, C.voucher200, C.voucher500];
/** What resells fastest on marketplaces and Facebook groups: handwoven songket, silk batik, family sets, vouchers. */
export const RESALEABLE: readonly Item[] = [
  C.sampingTangan,
  C.songketSarung,
  C.songketSet,
  C.songketEmas,
  C.batikKaftan,
  C.batikScarfPremium,
  C.sedondonSongket,
  C.sedondon6,
];

/** A price in the buyer's currency: Singapore dollars ending in .90, US dollars whole, from the ringgit price. */
export function priceIn(currency: Currency, sen: number): number {
  if (sen <= 0) return 0;
  if (currency === 'SGD') return Math.ceil(sen / 325) * 100 - 10;
  if (currency === 'USD') return Math.ceil(sen / 420) * 100;
  return sen;
}

/** How an order reaches the buyer. */
export type Delivery =
  | 'standard'
  | 'east_malaysia'
  | 'same_day'
  | 'pickup'
  | 'email'
  | 'singapore'
  | 'brunei'
  | 'indonesia'
  | 'international';

/** Fee and free-shipping threshold, in the currency of the order (ringgit rules converted for foreign buyers). */
function shippingRule(delivery: Delivery, currency: Currency): readonly [fee: number, freeFrom: number] {
  switch (delivery) {
    case 'standard':
      return [priceIn(currency, 8_00), priceIn(currency, 150_00)];
    case 'east_malaysia':
      return [priceIn(currency, 15_00), priceIn(currency, 300_00)];
    case 'same_day':
      return [priceIn(currency, 20_00), Number.POSITIVE_INFINITY];
    case 'singapore':
      return [12_00, 150_00];
    case 'brunei':
      return [22_00, 250_00];
    case 'indonesia':
      return [15_00, 150_00];
    case 'international':
      return [38_00, 350_00];
    default:
      return [0, 0];
  }
}

/** The codes the house runs this season. */
export type Code = 'RAYA10' | 'SEDONDON15' | 'SALAMRAYA20' | 'KORPORAT12' | 'SGRAYA10';

export interface Basket {
  currency: Currency;
  lines: BasketLine<Category>[];
  subtotal: number;
  code?: Code;
  discount: number;
  shippingFee: number;
  /** Cash on delivery costs RM5, paid to the rider with the rest. */
  codFee: number;
  amount: number;
}

function discountOf(
  code: Code | undefined,
  lines: readonly BasketLine<Category>[],
  subtotal: number,
  currency: Currency,
) {
  if (!code) return 0;
  switch (code) {
    case 'RAYA10':
      return subtotal >= priceIn(currency, 200_00) ? Math.round(subtotal * 0.1) : 0;
    case 'SEDONDON15': {
      const sets = lines.filter((l) => l.category === 'family_set');
      return Math.round(sets.reduce((s, l) => s + l.price * l.quantity, 0) * 0.15);
    }
    case 'SALAMRAYA20':
      return subtotal >= priceIn(currency, 150_00) ? priceIn(currency, 20_00) : 0;
    case 'KORPORAT12':
      return lines.reduce((s, l) => s + l.quantity, 0) >= 20 ? Math.round(subtotal * 0.12) : 0;
    case 'SGRAYA10':
      return currency === 'SGD' && subtotal >= 120_00 ? 10_00 : 0;
  }
}

/** A basket of `[item, quantity]` in a currency, for a delivery, with a code (dropped if it gives nothing). */
export function basketOf(
  items: ReadonlyArray<readonly [Item, number]>,
  currency: Currency,
  delivery: Delivery,
  opts: { code?: Code; cod?: boolean } = {},
): Basket {
  const merged = new Map<string, BasketLine<Category>>();
  for (const [item, quantity] of items) {
    const line = merged.get(item.sku);
    if (line) line.quantity += quantity;
    else merged.set(item.sku, { ...lineOf(item, quantity), price: priceIn(currency, item.price) });
  }
  const lines = [...merged.values()];
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = discountOf(opts.code, lines, subtotal, currency);
  const [fee, freeFrom] = shippingRule(delivery, currency);
  const shippingFee = subtotal - discount >= freeFrom ? 0 : fee;
  const codFee = opts.cod ? 5_00 : 0;
  return {
    currency,
    lines,
    subtotal,
    ...(discount > 0 && opts.code ? { code: opts.code } : {}),
    discount,
    shippingFee,
    codFee,
    amount: subtotal - discount + shippingFee + codFee,
  };
}

/** One to `max` of an item, mostly one. */
export const qty = (rng: Rng, max = 2): number => (rng.chance(0.8) ? 1 : rng.int(2, max));
