import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market, MARKETS } from './places.js';

/**
 * What the pharmacy sells, priced in Swedish öre including VAT; the other sites show their own rounded prices
 * (`localPrice`). Medicines (over the counter and on prescription) are never discounted; painkillers are limited
 * at checkout to two packs an order. Prescription lines are priced after the high-cost protection.
 */

export type Category =
  | 'otc_pain'
  | 'otc_cold'
  | 'otc_other'
  | 'prescription'
  | 'vitamins'
  | 'skincare'
  | 'beauty'
  | 'hygiene'
  | 'oral_care'
  | 'hair_tools'
  | 'baby'
  | 'travel'
  | 'health_devices'
  | 'incontinence'
  | 'sexual_health'
  | 'first_aid'
  | 'gift_card';

export type Item = Product<Category>;
export type Line = BasketLine<Category>;

const p = (sku: string, name: string, category: Category, kronor: number): Item =>
  product(sku, name, category, Math.round(kronor * 100));

export const PAIN: readonly Item[] = [
  p('OTC-1001', 'Alvedon 500 mg 20 tabletter', 'otc_pain', 39),
  p('OTC-1002', 'Ipren 400 mg 30 tabletter', 'otc_pain', 59),
  p('OTC-1003', 'Treo brustabletter 20 st', 'otc_pain', 69),
  p('OTC-1004', 'Pronaxen 250 mg 10 tabletter', 'otc_pain', 65),
  p('OTC-1005', 'Alvedon 24 mg/ml oral suspension 100 ml', 'otc_pain', 79),
  p('OTC-1006', 'Ipren 200 mg 20 kapslar', 'otc_pain', 49),
];

export const COLD: readonly Item[] = [
  p('OTC-2001', 'Nezeril 0,5 mg/ml nässpray 10 ml', 'otc_cold', 59),
  p('OTC-2002', 'Otrivin Comp nässpray 10 ml', 'otc_cold', 79),
  p('OTC-2003', 'Bafucin sugtabletter 30 st', 'otc_cold', 59),
  p('OTC-2004', 'Strepsils Honung & Citron 24 st', 'otc_cold', 65),
  p('OTC-2005', 'Mollipect hostmixtur 200 ml', 'otc_cold', 89),
  p('OTC-2006', 'Zink sugtabletter 40 st', 'otc_cold', 79),
  p('OTC-2007', 'Koksaltlösning nässpray 30 ml', 'otc_cold', 45),
  p('OTC-2008', 'Näsdukar balsam 4-pack', 'otc_cold', 35),
  p('OTC-2009', 'Halstabletter ingefära 24 st', 'otc_cold', 49),
  p('OTC-2010', 'Hostmedicin Desoximukol 100 ml', 'otc_cold', 95),
];

export const OTHER_OTC: readonly Item[] = [
  p('OTC-3001', 'Nicorette Fruktmint 4 mg 105 st', 'otc_other', 329),
  p('OTC-3002', 'Nicorette Invisi plåster 25 mg 7 st', 'otc_other', 299),
  p('OTC-3003', 'Canesten kräm 20 g', 'otc_other', 129),
  p('OTC-3004', 'Lusmedel Hedrin lösning 100 ml', 'otc_other', 169),
  p('OTC-3005', 'Loratadin 10 mg 30 tabletter', 'otc_other', 69),
  p('OTC-3006', 'Omeprazol 20 mg 14 kapslar', 'otc_other', 89),
  p('OTC-3007', 'Hemorrojdkräm 25 g', 'otc_other', 119),
];

export const RX: readonly Item[] = [
  p('RX-4001', 'Recept: Levaxin 100 mikrog 100 tabletter', 'prescription', 120),
  p('RX-4002', 'Recept: Metformin 500 mg 100 tabletter', 'prescription', 95),
  p('RX-4003', 'Recept: Atorvastatin 20 mg 100 tabletter', 'prescription', 110),
  p('RX-4004', 'Recept: Omeprazol 20 mg 100 kapslar', 'prescription', 98),
  p('RX-4005', 'Recept: Ventoline 0,1 mg inhalator', 'prescription', 165),
  p('RX-4006', 'Recept: Enalapril 10 mg 100 tabletter', 'prescription', 89),
  p('RX-4007', 'Recept: p-piller 3x28 tabletter', 'prescription', 150),
  p('RX-4008', 'Recept: Ozempic 1 mg injektionspenna', 'prescription', 1150),
  p('RX-4009', 'Recept: Amoxicillin 500 mg 20 kapslar', 'prescription', 75),
  p('RX-4010', 'Recept: Sertralin 50 mg 98 tabletter', 'prescription', 115),
  p('RX-4011', 'Recept: Eliquis 5 mg 168 tabletter', 'prescription', 1300),
];

export const VITAMINS: readonly Item[] = [
  p('VIT-5001', 'D-vitamin 50 mikrog 120 kapslar', 'vitamins', 89),
  p('VIT-5002', 'C-vitamin 1000 mg 60 tabletter', 'vitamins', 99),
  p('VIT-5003', 'Multivitamin 100 tabletter', 'vitamins', 149),
  p('VIT-5004', 'Omega-3 120 kapslar', 'vitamins', 199),
  p('VIT-5005', 'Järn 60 tabletter', 'vitamins', 79),
  p('VIT-5006', 'Magnesium 100 tabletter', 'vitamins', 119),
  p('VIT-5007', 'B12 + folsyra 90 tabletter', 'vitamins', 109),
];

export const SKINCARE: readonly Item[] = [
  p('SKN-6001', 'La Roche-Posay Cicaplast Baume B5 40 ml', 'skincare', 149),
  p('SKN-6002', 'La Roche-Posay Effaclar Duo+ 40 ml', 'skincare', 229),
  p('SKN-6003', 'Vichy Minéral 89 50 ml', 'skincare', 339),
  p('SKN-6004', 'CeraVe Moisturising Cream 454 g', 'skincare', 239),
  p('SKN-6005', 'Eucerin Hyaluron-Filler dagkräm 50 ml', 'skincare', 399),
  p('SKN-6006', 'ACO Face Moisture dagkräm 50 ml', 'skincare', 149),
  p('SKN-6007', 'Decubal Original Cream 250 g', 'skincare', 159),
  p('SKN-6008', 'Avène Cicalfate+ 40 ml', 'skincare', 169),
  p('SKN-6009', 'Estée Lauder Advanced Night Repair 50 ml', 'skincare', 1190),
  p('SKN-6010', 'Clinique Moisture Surge 100H 75 ml', 'skincare', 499),
  p('SKN-6011', 'SkinCeuticals C E Ferulic 30 ml', 'skincare', 1795),
  p('SKN-6012', 'La Roche-Posay Anthelios ansikte SPF50 50 ml', 'skincare', 229),
  p('SKN-6013', 'Kiehl’s Ultra Facial Cream 125 ml', 'skincare', 489),
  p('SKN-6014', 'Bioderma Sensibio H2O 500 ml', 'skincare', 219),
];

export const BEAUTY: readonly Item[] = [
  p('BTY-7001', 'Maybelline Lash Sensational mascara', 'beauty', 169),
  p('BTY-7002', 'L’Oréal True Match foundation', 'beauty', 189),
  p('BTY-7003', 'Olaplex No.3 Hair Perfector 100 ml', 'beauty', 349),
  p('BTY-7004', 'Schampo torr hårbotten 250 ml', 'beauty', 89),
  p('BTY-7005', 'Nagellack gel-effekt', 'beauty', 119),
  p('BTY-7006', 'Eau de Parfum 50 ml', 'beauty', 895),
  p('BTY-7007', 'Läppbalsam SPF15', 'beauty', 29),
  p('BTY-7008', 'Cerat original 4,8 g', 'beauty', 25),
  p('BTY-7009', 'Clinique Happy EdP 50 ml', 'beauty', 749),
];

export const HYGIENE: readonly Item[] = [
  p('HYG-8001', 'Tandkräm fluor 75 ml', 'hygiene', 39),
  p('HYG-8002', 'Deodorant roll-on 50 ml', 'hygiene', 59),
  p('HYG-8003', 'Tamponger 32 st', 'hygiene', 69),
  p('HYG-8004', 'Handsprit 500 ml', 'hygiene', 79),
  p('HYG-8005', 'Munskölj 500 ml', 'hygiene', 59),
  p('HYG-8006', 'Tandtråd 50 m', 'hygiene', 35),
  p('HYG-8007', 'Nitrilhandskar 100 st', 'hygiene', 89),
];

/** Brush heads and electric toothbrushes: the most resold thing a pharmacy ships. */
export const ORAL: readonly Item[] = [
  p('ORL-9001', 'Oral-B iO borsthuvuden 4-pack', 'oral_care', 389),
  p('ORL-9002', 'Oral-B CrossAction borsthuvuden 8-pack', 'oral_care', 499),
  p('ORL-9003', 'Philips Sonicare C3 borsthuvuden 4-pack', 'oral_care', 369),
  p('ORL-9004', 'Oral-B iO Series 9 eltandborste', 'oral_care', 2990),
  p('ORL-9005', 'Oral-B iO Series 5 eltandborste', 'oral_care', 1490),
  p('ORL-9006', 'Philips Sonicare DiamondClean 9000', 'oral_care', 2490),
  p('ORL-9007', 'Oral-B Pro 3 3500 eltandborste', 'oral_care', 549),
  p('ORL-9008', 'Waterpik munsköljare', 'oral_care', 799),
];

export const HAIR: readonly Item[] = [
  p('HAR-9501', 'Dyson Supersonic hårtork', 'hair_tools', 4990),
  p('HAR-9502', 'Dyson Airwrap Multi-styler Complete', 'hair_tools', 6490),
  p('HAR-9503', 'ghd Platinum+ plattång', 'hair_tools', 2799),
  p('HAR-9504', 'Philips hårtork 2100 W', 'hair_tools', 349),
  p('HAR-9505', 'BaByliss Air Power hårtork', 'hair_tools', 599),
];

export const BABY: readonly Item[] = [
  p('BAB-1101', 'Libero Comfort 5 blöjor 46 st', 'baby', 149),
  p('BAB-1102', 'Libero Touch 3 blöjor 72 st', 'baby', 239),
  p('BAB-1103', 'Libero Up&Go 6 byxblöjor 38 st', 'baby', 159),
  p('BAB-1104', 'Våtservetter sensitive 4-pack', 'baby', 89),
  p('BAB-1105', 'Semper modersmjölksersättning 800 g', 'baby', 149),
  p('BAB-1106', 'NAN Pro 1 800 g', 'baby', 219),
  p('BAB-1107', 'Nappflaska 2-pack', 'baby', 169),
  p('BAB-1108', 'Nässug för spädbarn', 'baby', 199),
  p('BAB-1109', 'Barnkoksalt nässpray', 'baby', 49),
  p('BAB-1110', 'Babyolja 200 ml', 'baby', 79),
];

export const TRAVEL: readonly Item[] = [
  p('TRV-1201', 'Reseapotek kit', 'travel', 299),
  p('TRV-1202', 'Solkräm SPF50 200 ml', 'travel', 199),
  p('TRV-1203', 'After sun 200 ml', 'travel', 129),
  p('TRV-1204', 'Postafen 25 mg åksjuketabletter 10 st', 'travel', 79),
  p('TRV-1205', 'Loperamid 2 mg 16 kapslar', 'travel', 69),
  p('TRV-1206', 'Myggmedel Djungelolja 60 ml', 'travel', 119),
  p('TRV-1207', 'Resestorlekar set', 'travel', 99),
  p('TRV-1208', 'Vätskeersättning 10 påsar', 'travel', 89),
  p('TRV-1209', 'Solkräm barn SPF50+ 150 ml', 'travel', 179),
];

export const DEVICES: readonly Item[] = [
  p('DEV-1301', 'Febertermometer digital', 'health_devices', 129),
  p('DEV-1302', 'Braun ThermoScan 7 örontermometer', 'health_devices', 549),
  p('DEV-1303', 'Omron blodtrycksmätare M3', 'health_devices', 899),
  p('DEV-1304', 'Pulsoximeter', 'health_devices', 349),
  p('DEV-1305', 'Covid/influensa snabbtest 5 st', 'health_devices', 149),
  p('DEV-1306', 'Veckodosett', 'health_devices', 89),
  p('DEV-1307', 'Stödstrumpor klass 1', 'health_devices', 299),
];

export const INCONTINENCE: readonly Item[] = [
  p('INC-1401', 'TENA Lady Normal 24 st', 'incontinence', 119),
  p('INC-1402', 'TENA Pants Plus M 14 st', 'incontinence', 149),
  p('INC-1403', 'TENA Men Level 2 20 st', 'incontinence', 129),
];

export const SEXUAL_HEALTH: readonly Item[] = [
  p('SXH-1501', 'Graviditetstest 2 st', 'sexual_health', 99),
  p('SXH-1502', 'ellaOne 30 mg akut-p-piller', 'sexual_health', 239),
  p('SXH-1503', 'Kondomer 10 st', 'sexual_health', 99),
  p('SXH-1504', 'Glidmedel 100 ml', 'sexual_health', 129),
  p('SXH-1505', 'Klamydia självtest', 'sexual_health', 299),
  p('SXH-1506', 'Ägglossningstest 10 st', 'sexual_health', 189),
];

export const FIRST_AID: readonly Item[] = [
  p('AID-1601', 'Plåster mix 40 st', 'first_aid', 45),
  p('AID-1602', 'Första hjälpen-kit', 'first_aid', 249),
  p('AID-1603', 'Skavsårsplåster 6 st', 'first_aid', 69),
  p('AID-1604', 'Sårtvätt 100 ml', 'first_aid', 59),
];

/** E-mailed gift cards, by currency: the face value is the price. */
export const GIFT_CARDS: Readonly<Record<string, readonly number[]>> = {
  SEK: [250, 500, 1000, 2000],
  EUR: [25, 50, 100, 200],
  NOK: [250, 500, 1000, 2000],
  DKK: [200, 400, 750, 1500],
};

export function giftCard(currency: string, value: number): Line {
  return {
    sku: `GC-${currency}-${value}`,
    name: `Presentkort ${value} ${currency}`,
    category: 'gift_card',
    quantity: 1,
    price: value * 100,
  };
}

/** A price on another site: euros end in ,45 / ,95; kroner in 9 (Norway) or ,95 (Denmark). */
export function localPrice(sek: number, currency: string): number {
  const kr = sek / 100;
  switch (currency) {
    case 'EUR':
      return Math.max(95, Math.round(kr / 11.2 / 0.5) * 50 - 5);
    case 'NOK':
      return Math.max(1900, (Math.ceil((kr * 1.03) / 10) * 10 - 1) * 100);
    case 'DKK':
      return Math.max(1495, Math.round((kr * 0.66) / 5) * 500 - 5);
    default:
      return sek;
  }
}

/** `quantity` of an item as a basket line on `market`'s site, at its price there. */
export function line(item: Item, quantity: number, market: Market): Line {
  const l = lineOf(item, quantity);
  return { ...l, price: localPrice(item.price, MARKETS[market].currency) };
}

export const MAX_PAINKILLERS = 2;
export const MEDICINE: ReadonlySet<Category> = new Set(['otc_pain', 'otc_cold', 'otc_other', 'prescription']);

/**
 * A basket being filled: adds lines, merging repeats, and keeps the painkiller limit the checkout enforces
 * (further painkiller packs are dropped, as the site refuses them).
 */
export class Cart {
  readonly lines: Line[] = [];
  constructor(readonly market: Market) {}

  add(item: Item, quantity = 1): this {
    let q = quantity;
    if (item.category === 'otc_pain') {
      const held = this.lines.filter((l) => l.category === 'otc_pain').reduce((s, l) => s + l.quantity, 0);
      q = Math.min(q, MAX_PAINKILLERS - held);
    }
    if (q <= 0) return this;
    const found = this.lines.find((l) => l.sku === item.sku);
    if (found) found.quantity += q;
    else this.lines.push(line(item, q, this.market));
    return this;
  }

  /** `n` distinct items from `items`, each `quantity()` times. */
  some(rng: Rng, items: readonly Item[], n: number, quantity: () => number = () => 1): this {
    for (const item of rng.shuffle(items).slice(0, n)) this.add(item, quantity());
    return this;
  }

  gift(value: number, quantity = 1): this {
    const l = giftCard(MARKETS[this.market].currency, value);
    this.lines.push({ ...l, quantity });
    return this;
  }

  get total(): number {
    return this.lines.reduce((s, l) => s + l.price * l.quantity, 0);
  }
}

const ALL: readonly Item[] = [
  ...PAIN,
  ...COLD,
  ...OTHER_OTC,
  ...RX,
  ...VITAMINS,
  ...SKINCARE,
  ...BEAUTY,
  ...HYGIENE,
  ...ORAL,
  ...HAIR,
  ...BABY,
  ...TRAVEL,
  ...DEVICES,
  ...INCONTINENCE,
  ...SEXUAL_HEALTH,
  ...FIRST_AID,
];

/** A catalogue item by SKU. */
export function item(sku: string): Item {
  const found = ALL.find((i) => i.sku === sku);
  if (!found) throw new Error(`no item ${sku}`);
  return found;
}

export const items = (...skus: string[]): Item[] => skus.map(item);
