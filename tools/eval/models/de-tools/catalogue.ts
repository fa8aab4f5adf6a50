import { type BasketLine, type Product, lineOf, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Country, type Currency, MARKETS } from './places.js';

/**
 * What the shop sells, in euro cents with German VAT: cordless kits and their batteries, solo tools, robot and
 * petrol mowers, chainsaws, garden machines, pressure washers, workshop machines, generators, tool sets,
 * consumables and e-mailed gift vouchers. Machines over 31.5 kg go by freight (kerbside delivery by
 * appointment) or are collected at the shop.
 */

export type Category =
  | 'cordless_kit'
  | 'battery'
  | 'power_tool'
  | 'robot_mower'
  | 'lawn_mower'
  | 'chainsaw'
  | 'garden_power'
  | 'garden_tool'
  | 'pressure_washer'
  | 'workshop_machine'
  | 'generator'
  | 'tool_set'
  | 'consumable'
  | 'voucher';

export type Item = Product<Category> & { freight?: boolean };

const p = (sku: string, name: string, category: Category, price: number, freight = false): Item => ({
  ...product(sku, name, category, price),
  ...(freight ? { freight: true } : {}),
});

// prettier-ignore
export const CATALOGUE: readonly Item[] = [
  p('MAK-DHP485-SET', 'Makita DHP485 18V Akku-Schlagbohrschrauber, 2× 3,0 Ah, Koffer', 'cordless_kit', 25900),
  p('BOS-GSR18V55-SET', 'Bosch Professional GSR 18V-55 Set, 2× 4,0 Ah, L-BOXX', 'cordless_kit', 29900),
  p('MIL-M18FPP2A3', 'Milwaukee M18 FPP2A3 Powerpack, 2 Geräte, 2× 5,0 Ah', 'cordless_kit', 57900),
  p('DEW-DCK266P2', 'DeWalt DCK266P2 Kombi-Set 18V, 2× 5,0 Ah', 'cordless_kit', 39900),
  p('MET-COMBO31', 'Metabo Combo Set 3.1 18V, 3 Geräte, 3× 4,0 Ah', 'cordless_kit', 64900),
  p('FES-TSC55-PLUS', 'Festool TSC 55 KEBI-Plus Akku-Tauchsäge, 2× 5,2 Ah', 'cordless_kit', 104900),
  p('EIN-PXC-STARTER', 'Einhell Power X-Change Bohrschrauber Starter-Kit 18V', 'cordless_kit', 8995),
  p('BOS-PSR18-SET', 'Bosch PSR 18 LI-2 Akku-Bohrschrauber, 2× 2,0 Ah', 'cordless_kit', 13999),
  p('MAK-BL1850B', 'Makita BL1850B Akku 18V 5,0 Ah', 'battery', 8990),
  p('MAK-DC18RD-2X', 'Makita Power Source Kit, DC18RD + 2× BL1850B', 'battery', 24900),
  p('BOS-PROCORE8', 'Bosch ProCORE18V 8,0 Ah Akku', 'battery', 17900),
  p('MIL-M18HB12', 'Milwaukee M18 HB12 High Output 12,0 Ah', 'battery', 25900),
  p('EIN-PXC-4AH', 'Einhell Power X-Change 18V 4,0 Ah Plus', 'battery', 4995),
  p('BOS-GWS18V10', 'Bosch Professional GWS 18V-10 Winkelschleifer solo', 'power_tool', 16900),
  p('MAK-DHR243Z', 'Makita DHR243Z Akku-Bohrhammer SDS-Plus solo', 'power_tool', 21900),
  p('MET-KS18LTX66', 'Metabo KS 18 LTX 66 BL Akku-Handkreissäge solo', 'power_tool', 32900),
  p('FES-DF500', 'Festool Domino DF 500 Q-Plus Dübelfräse', 'power_tool', 119900),
  p('BOS-PST700E', 'Bosch PST 700 E Stichsäge', 'power_tool', 6499),
  p('MAK-DTD153Z', 'Makita DTD153Z Akku-Schlagschrauber solo', 'power_tool', 11900),
  p('HUS-AM305', 'Husqvarna Automower 305 Mähroboter bis 600 m²', 'robot_mower', 129900),
  p('HUS-AM435XAWD', 'Husqvarna Automower 435X AWD Mähroboter', 'robot_mower', 429900),
  p('GAR-SILENO500', 'Gardena Sileno city 500 Mähroboter', 'robot_mower', 69900),
  p('WOR-L2000', 'Worx Landroid L2000 Mähroboter', 'robot_mower', 119900),
  p('SEG-I105E', 'Segway Navimow i105E Mähroboter ohne Begrenzungsdraht', 'robot_mower', 89900),
  p('HUS-GARAGE', 'Husqvarna Automower Garage', 'garden_tool', 14900),
  p('BOS-ROTAK36', 'Bosch AdvancedRotak 36-750 Akku-Rasenmäher', 'lawn_mower', 37900),
  p('EIN-GECM3643', 'Einhell GE-CM 36/43 Li M Akku-Rasenmäher', 'lawn_mower', 29900),
  p('HON-HRX476', 'Honda HRX 476 VY Benzin-Rasenmäher mit Radantrieb', 'lawn_mower', 99900, true),
  p('MAK-DLM462Z', 'Makita DLM462Z 2×18V Akku-Rasenmäher solo', 'lawn_mower', 39900),
  p('GAR-SPINDEL400', 'Gardena Handspindelmäher 400 Classic', 'lawn_mower', 12999),
  p('HUS-135MKII', 'Husqvarna 135 Mark II Benzin-Kettensäge 35 cm', 'chainsaw', 39900),
  p('HUS-450II', 'Husqvarna 450 II Benzin-Kettensäge 45 cm', 'chainsaw', 64900),
  p('MAK-DUC353Z', 'Makita DUC353Z 2×18V Akku-Kettensäge solo', 'chainsaw', 37900),
  p('EIN-GELC18KIT', 'Einhell GE-LC 18 Li Akku-Kettensäge Kit', 'chainsaw', 13900),
  p('STI-MSA220-SET', 'Stihl MSA 220 C-B Akku-Kettensäge Set', 'chainsaw', 69900),
  p('BOS-UHC18V50', 'Bosch UniversalHedgeCut 18V-50 Akku-Heckenschere', 'garden_power', 14900),
  p('BOS-AXT25TC', 'Bosch AXT 25 TC Leisehäcksler', 'garden_power', 44900, true),
  p('EIN-GCSA1231', 'Einhell GC-SA 1231 Elektro-Vertikutierer', 'garden_power', 12900),
  p('MAK-DUR181Z', 'Makita DUR181Z Akku-Rasentrimmer solo', 'garden_power', 8990),
  p('STI-BGA57', 'Stihl BGA 57 Akku-Laubbläser Set', 'garden_power', 27900),
  p('GAR-ROLLUP35', 'Gardena Schlauchbox 35 RollUp', 'garden_tool', 21900),
  p('GAR-SCHERE', 'Gardena Comfort Gartenschere', 'garden_tool', 2499),
  p('FIS-SPATEN', 'Fiskars Xact Spaten', 'garden_tool', 4999),
  p('GAR-SCHLAUCH25', 'Gardena Comfort FLEX Schlauch 25 m', 'garden_tool', 3999),
  p('FIS-AXT-X21', 'Fiskars Spaltaxt X21', 'garden_tool', 5999),
  p('KAE-K2', 'Kärcher K 2 Universal Hochdruckreiniger', 'pressure_washer', 11900),
  p('KAE-K5PC', 'Kärcher K 5 Power Control Home', 'pressure_washer', 39900),
  p('KAE-K7SMART', 'Kärcher K 7 Premium Smart Control Home', 'pressure_washer', 72900),
  p('KAE-T5', 'Kärcher T 5 Flächenreiniger', 'pressure_washer', 7900),
  p('NIL-CORE140', 'Nilfisk Core 140 Hochdruckreiniger', 'pressure_washer', 17900),
  p('SCH-HS105', 'Scheppach HS 105 Tischkreissäge', 'workshop_machine', 27900, true),
  p('MET-KGS305M', 'Metabo KGS 305 M Kapp- und Gehrungssäge', 'workshop_machine', 49900, true),
  p('BOS-GTS10XC', 'Bosch Professional GTS 10 XC Tischkreissäge', 'workshop_machine', 109900, true),
  p('EIN-TCAC270', 'Einhell TC-AC 270/50/8 Kompressor', 'workshop_machine', 19900, true),
  p('SCH-HMS1080', 'Scheppach HMS 1080 Abricht- und Dickenhobel', 'workshop_machine', 64900, true),
  p('FES-CTL26E', 'Festool CTL 26 E Absaugmobil', 'workshop_machine', 69900),
  p('OPT-B23', 'Optimum B 23 Pro Vario Ständerbohrmaschine', 'workshop_machine', 64900, true),
  p('HON-EU22I', 'Honda EU 22i Inverter-Stromerzeuger', 'generator', 159900, true),
  p('EIN-TCIG1100', 'Einhell TC-IG 1100 Inverter-Stromerzeuger', 'generator', 34900),
  p('END-ESE608', 'Endress ESE 608 DBG Baustellen-Generator', 'generator', 229000, true),
  p('DEN-DQ2100', 'Denqbar DQ-2100 Inverter-Stromerzeuger', 'generator', 49900, true),
  p('WER-KK60', 'Wera Kraftform Kompakt 60 Bit-Set', 'tool_set', 5990),
  p('KNI-ZANGEN3', 'Knipex Zangenset 3-tlg.', 'tool_set', 8900),
  p('HAZ-WAGEN179', 'Hazet Werkstattwagen Assistent, 179-tlg. bestückt', 'tool_set', 89900, true),
  p('BOS-111TLG', 'Bosch 111-tlg. Bit- und Bohrer-Set', 'tool_set', 3999),
  p('STA-NUSS-1/2', 'Stahlwille Steckschlüsselsatz 1/2", 28-tlg.', 'tool_set', 19900),
  p('BOS-STICH10', 'Bosch Stichsägeblätter-Set, 10-tlg.', 'consumable', 1499),
  p('MAK-BIT31', 'Makita Bit-Set 31-tlg.', 'consumable', 1990),
  p('HOLZBOHR8', 'Holzspiralbohrer-Set, 8-tlg.', 'consumable', 1295),
  p('SPAX-4X40-1000', 'SPAX Universalschrauben 4×40, 1000 Stück', 'consumable', 2490),
  p('TRENN125-10', 'Trennscheiben INOX 125 mm, 10 Stück', 'consumable', 999),
  p('KETTOEL-5L', 'Bio-Kettenhaftöl, 5 l', 'consumable', 1999),
  p('HANDSCH-12', 'Arbeitshandschuhe Nitril, 12 Paar', 'consumable', 1590),
  p('SCHLEIF-50', 'Schleifpapier-Set Klett 125 mm, 50 Stück', 'consumable', 799),
  p('BEGRENZ-150', 'Begrenzungsdraht 150 m mit 200 Haken', 'consumable', 4999),
  p('SAEGEBL-254', 'Kreissägeblatt 254×30 mm, 60 Zähne', 'consumable', 3490),
  p('DUEBEL-FIX', 'Fischer Dübel-Sortiment FIXtainer, 210-tlg.', 'consumable', 1899),
];

/** E-mailed vouchers, in each currency's own denominations (no VAT until redeemed). */
const VOUCHERS: Readonly<Record<Currency, readonly number[]>> = {
  EUR: [2500, 5000, 10000, 15000, 20000, 25000],
  CHF: [5000, 10000, 20000],
  PLN: [10000, 20000, 50000, 100000],
};

export const voucher = (rng: Rng, currency: Currency, value?: number): Item => {
  const face = value ?? rng.pick(VOUCHERS[currency]);
  const label = currency === 'EUR' ? `${face / 100} €` : `${face / 100} ${currency}`;
  return p(`GUTSCHEIN-${currency}-${face / 100}`, `Geschenkgutschein ${label} (E-Mail)`, 'voucher', face);
};

const inCategory = (c: Category): Item[] => CATALOGUE.filter((i) => i.category === c);
const BY_CATEGORY = new Map<Category, Item[]>(
  [...new Set(CATALOGUE.map((i) => i.category))].map((c) => [c, inCategory(c)]),
);

/** A product of a category; cheaper ones a little more often. */
export function pick(rng: Rng, c: Category): Item {
  const items = BY_CATEGORY.get(c) ?? [];
  return rng.weightedPick(items.map((i) => [i, 1 / Math.sqrt(i.price / 1000 + 1)] as const));
}

export const bySku = (sku: string): Item => {
  const found = CATALOGUE.find((i) => i.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
};

/** A product's price in a market's currency: euros as listed, francs and złoty from the net price. */
export function localPrice(i: Item, country: Country): number {
  const m = MARKETS[country];
  if (i.category === 'voucher' || m.currency === 'EUR') return i.price;
  const gross = (i.price / 1.19) * (1 + m.vat) * m.rate;
  return m.currency === 'CHF'
    ? Math.max(90, Math.round(gross / 100) * 100 - 10)
    : Math.max(99, Math.round(gross / 100) * 100 - 1);
}

export type Delivery = 'parcel' | 'packstation' | 'freight' | 'collection' | 'email';

export interface Line extends BasketLine<Category> {
  freight?: boolean;
}

export interface Basket {
  lines: Line[];
  currency: Currency;
  subtotal: number;
  discount: number;
  code?: string;
  shippingFee: number;
  amount: number;
  delivery: Delivery;
}

/** `quantity` of a product at its price in `country`. */
export const line = (i: Item, country: Country, quantity = 1): Line => ({
  ...lineOf({ ...i, price: localPrice(i, country) }, quantity),
  ...(i.freight ? { freight: true } : {}),
});

/** Parcels are free above a threshold; freight and Swiss parcels (customs clearance) never are. */
export function shippingFee(delivery: Delivery, country: Country, subtotal: number): number {
  if (delivery === 'collection' || delivery === 'email') return 0;
  const cur = MARKETS[country].currency;
  if (delivery === 'freight')
    return cur === 'CHF' ? 14900 : cur === 'PLN' ? 34900 : country === 'DE' ? 4900 : 9900;
  if (cur === 'CHF') return 2490;
  if (cur === 'PLN') return subtotal >= 99900 ? 0 : 4900;
  if (country === 'DE') return subtotal >= 9900 ? 0 : 495;
  return subtotal >= 19900 ? 0 : 995;
}

/** The season's codes: 10 % off garden machines (not robot mowers), and the newsletter's welcome discount. */
export type Code = 'FRUEHLING24' | 'NEWSLETTER5' | 'PROFI3';
const GARDEN: ReadonlySet<Category> = new Set([
  'lawn_mower',
  'chainsaw',
  'garden_power',
  'garden_tool',
  'pressure_washer',
]);

function discountFor(
  code: Code | undefined,
  lines: readonly Line[],
  currency: Currency,
  subtotal: number,
): number {
  if (!code) return 0;
  if (code === 'FRUEHLING24')
    return Math.round(
      lines.filter((l) => GARDEN.has(l.category)).reduce((s, l) => s + l.price * l.quantity, 0) * 0.1,
    );
  if (code === 'PROFI3') return Math.round(subtotal * 0.03);
  const welcome = currency === 'EUR' ? 500 : currency === 'CHF' ? 500 : 2000;
  return subtotal >= welcome * 10 ? welcome : 0;
}

/** A basket: its lines, the code if it took anything off, the delivery's fee, the total. */
export function basketOf(lines: Line[], country: Country, delivery: Delivery, code?: Code): Basket {
  const currency = MARKETS[country].currency;
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = Math.min(subtotal - 1, discountFor(code, lines, currency, subtotal));
  const fee = shippingFee(delivery, country, subtotal - discount);
  return {
    lines,
    currency,
    subtotal,
    discount: discount > 0 ? discount : 0,
    ...(code && discount > 0 ? { code } : {}),
    shippingFee: fee,
    amount: subtotal - (discount > 0 ? discount : 0) + fee,
    delivery,
  };
}

/** Whether any line must go by freight. */
export const needsFreight = (lines: readonly Line[]): boolean => lines.some((l) => l.freight);
export const onlyVouchers = (lines: readonly Line[]): boolean => lines.every((l) => l.category === 'voucher');

/** What people add to a main item: a spare battery, chain oil, blades, boundary wire. */
export function addOns(rng: Rng, main: Item, country: Country): Line[] {
  const out: Line[] = [];
  const add = (sku: string, chance: number, q = 1) => {
    if (rng.chance(chance)) out.push(line(bySku(sku), country, q));
  };
  switch (main.category) {
    case 'cordless_kit':
    case 'power_tool':
      add('MAK-BL1850B', main.sku.startsWith('MAK') ? 0.25 : 0);
      add('MAK-BIT31', 0.15);
      add('HOLZBOHR8', 0.1);
      break;
    case 'chainsaw':
      add('KETTOEL-5L', 0.55);
      add('HANDSCH-12', 0.15);
      break;
    case 'robot_mower':
      if (main.sku !== 'HUS-GARAGE' && main.sku !== 'SEG-I105E') add('BEGRENZ-150', 0.35);
      if (main.sku.startsWith('HUS-AM')) add('HUS-GARAGE', 0.2);
      break;
    case 'workshop_machine':
      add('SAEGEBL-254', main.sku.includes('HS105') || main.sku.includes('GTS') ? 0.4 : 0);
      break;
    case 'pressure_washer':
      add('KAE-T5', main.sku.startsWith('KAE-K') ? 0.25 : 0);
      break;
    case 'garden_power':
    case 'lawn_mower':
      add('GAR-SCHERE', 0.12);
      add('EIN-PXC-4AH', main.sku.startsWith('EIN') ? 0.3 : 0);
      break;
    default:
      break;
  }
  return out;
}
