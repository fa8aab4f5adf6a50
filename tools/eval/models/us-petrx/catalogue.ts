import { type BasketLine, lineOf, type Product as KitProduct, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * PawPantry's catalogue, prices in US cents: dry food bags, wet food cases, litter, treats, toys, beds,
 * aquarium and bird supplies, over-the-counter flea and tick products and supplements, and the pharmacy's
 * prescription flea/tick and heartworm packs (which wait for the vet's authorisation).
 */

export type Category =
  | 'dry_food'
  | 'wet_food'
  | 'litter'
  | 'treats'
  | 'toys'
  | 'beds'
  | 'aquarium'
  | 'bird'
  | 'flea_tick_otc'
  | 'supplements'
  | 'rx_flea_tick'
  | 'rx_heartworm';

export type Product = KitProduct<Category> & { pet: 'dog' | 'cat' | 'fish' | 'bird' | 'any' };

const p = (sku: string, name: string, category: Category, price: number, pet: Product['pet']): Product => ({
  ...product(sku, name, category, price),
  pet,
});

export const PRODUCTS: readonly Product[] = [
  p('DF-PPL-30', 'Purina Pro Plan Adult Chicken & Rice, 35 lb', 'dry_food', 6_998, 'dog'),
  p('DF-BLB-30', 'Blue Buffalo Life Protection Adult, 30 lb', 'dry_food', 6_798, 'dog'),
  p('DF-HSD-35', "Hill's Science Diet Large Breed, 35 lb", 'dry_food', 8_499, 'dog'),
  p('DF-RCV-30', 'Royal Canin Medium Adult, 30 lb', 'dry_food', 8_999, 'dog'),
  p('DF-RCG-30', 'Royal Canin German Shepherd Adult, 30 lb', 'dry_food', 10_999, 'dog'),
  p('DF-TOW-28', 'Taste of the Wild High Prairie, 28 lb', 'dry_food', 5_999, 'dog'),
  p('DF-DIA-40', 'Diamond Naturals Adult Lamb, 40 lb', 'dry_food', 4_799, 'dog'),
  p('DF-PED-18', 'Pedigree Complete Nutrition, 18 lb', 'dry_food', 1_898, 'dog'),
  p('DF-RCU-08', 'Royal Canin Veterinary Urinary SO Dog, 8.8 lb', 'dry_food', 6_299, 'dog'),
  p('CF-PPC-16', 'Purina Pro Plan Adult Cat Salmon, 16 lb', 'dry_food', 4_698, 'cat'),
  p('CF-HSC-16', "Hill's Science Diet Indoor Cat, 15.5 lb", 'dry_food', 6_199, 'cat'),
  p('CF-IAM-16', 'Iams ProActive Health Indoor, 16 lb', 'dry_food', 3_298, 'cat'),
  p('WF-FFC-24', 'Fancy Feast Classic Paté Variety, 24 × 3 oz', 'wet_food', 1_999, 'cat'),
  p('WF-FRK-24', 'Friskies Party Mix Variety, 32 × 5.5 oz', 'wet_food', 2_768, 'cat'),
  p('WF-RCC-24', 'Royal Canin Feline Care Loaf, 24 × 3 oz', 'wet_food', 4_788, 'cat'),
  p('WF-BLH-12', 'Blue Buffalo Homestyle Beef, 12 × 12.5 oz', 'wet_food', 4_248, 'dog'),
  p('WF-CES-24', 'Cesar Classic Loaf Variety, 24 × 3.5 oz', 'wet_food', 2_699, 'dog'),
  p('LT-TCL-40', 'Tidy Cats Lightweight Clumping, 38 lb', 'litter', 2_699, 'cat'),
  p('LT-ARM-40', 'Arm & Hammer Clump & Seal, 40 lb', 'litter', 2_399, 'cat'),
  p('LT-WGW-28', "World's Best Cat Litter Multiple Cat, 28 lb", 'litter', 3_599, 'cat'),
  p('TR-MLK-24', 'Milk-Bone Original Biscuits, 24 oz', 'treats', 598, 'dog'),
  p('TR-GRN-12', 'Greenies Dental Treats Regular, 12 oz', 'treats', 1_799, 'dog'),
  p('TR-TMP-06', 'Temptations Classic Tasty Chicken, 6.3 oz', 'treats', 398, 'cat'),
  p('TR-CHU-04', 'Churu Tuna Purée, 4 tubes', 'treats', 349, 'cat'),
  p('TR-BUL-06', 'Bully Sticks 6 in., 5 pack', 'treats', 1_499, 'dog'),
  p('TR-PUP-03', 'Pup-Peroni Original Beef, 5.6 oz', 'treats', 499, 'dog'),
  p('TR-JER-03', 'Chicken Jerky Strips, 3 oz', 'treats', 749, 'dog'),
  p('TY-KNG-LG', 'KONG Classic, Large', 'toys', 1_499, 'dog'),
  p('TY-CHK-LC', 'Chuckit! Ultra Ball, 2 pack', 'toys', 899, 'dog'),
  p('TY-CAT-WD', 'Da Bird Feather Wand', 'toys', 1_195, 'cat'),
  p('BD-ORT-XL', 'Orthopedic Memory Foam Dog Bed, XL', 'beds', 8_999, 'dog'),
  p('BD-DNT-MD', 'Calming Donut Bed, Medium', 'beds', 3_999, 'any'),
  p('BD-CTT-01', 'Cat Tree Condo, 52 in.', 'beds', 6_999, 'cat'),
  p('AQ-TTR-01', 'Tetra Tropical Flakes, 7.06 oz', 'aquarium', 1_199, 'fish'),
  p('AQ-FLX-20', 'Fluval Flex 20 gal Aquarium Kit', 'aquarium', 21_999, 'fish'),
  p('AQ-API-01', 'API Freshwater Master Test Kit', 'aquarium', 3_499, 'fish'),
  p('BR-KAY-05', 'Kaytee Forti-Diet Pro Health Parakeet, 5 lb', 'bird', 1_299, 'bird'),
  p('BR-CAG-01', 'Flight Cage with Stand, 31 in.', 'bird', 15_999, 'bird'),
  p('OT-SER-LG', 'Seresto Flea & Tick Collar, Large Dog', 'flea_tick_otc', 5_998, 'dog'),
  p('OT-SER-CT', 'Seresto Flea & Tick Collar, Cat', 'flea_tick_otc', 5_798, 'cat'),
  p('OT-ADV-06', 'K9 Advantix II Large Dog, 6 doses', 'flea_tick_otc', 7_499, 'dog'),
  p('OT-FRP-06', 'Frontline Plus Large Dog, 6 doses', 'flea_tick_otc', 6_299, 'dog'),
  p('OT-ADC-06', 'Advantage II Cat, 6 doses', 'flea_tick_otc', 6_699, 'cat'),
  p('SP-DSQ-60', 'Dasuquin Advanced Soft Chews, 150 ct', 'supplements', 7_999, 'dog'),
  p('SP-FOR-30', 'Purina FortiFlora Probiotic, 30 sachets', 'supplements', 3_299, 'any'),
  p('SP-FSH-16', 'Grizzly Salmon Oil, 16 oz', 'supplements', 1_999, 'any'),
  p('RX-NEX-06', 'NexGard Chewables 24.1–60 lb, 6 doses', 'rx_flea_tick', 14_999, 'dog'),
  p('RX-NEX-12', 'NexGard Chewables 24.1–60 lb, 12 doses', 'rx_flea_tick', 27_999, 'dog'),
  p('RX-SIM-06', 'Simparica Trio 44.1–88 lb, 6 doses', 'rx_flea_tick', 19_899, 'dog'),
  p('RX-SIM-12', 'Simparica Trio 44.1–88 lb, 12 doses', 'rx_flea_tick', 37_999, 'dog'),
  p('RX-BRV-02', 'Bravecto Chews 44–88 lb, 2 doses (6 months)', 'rx_flea_tick', 12_999, 'dog'),
  p('RX-REV-06', 'Revolution Plus Cat, 6 doses', 'rx_flea_tick', 14_499, 'cat'),
  p('RX-HGP-06', 'Heartgard Plus 51–100 lb, 6 doses', 'rx_heartworm', 5_999, 'dog'),
  p('RX-HGP-12', 'Heartgard Plus 51–100 lb, 12 doses', 'rx_heartworm', 11_499, 'dog'),
  p('RX-INT-12', 'Interceptor Plus 50.1–100 lb, 12 doses', 'rx_heartworm', 12_999, 'dog'),
  p('RX-SEN-12', 'Sentinel Spectrum 50.1–100 lb, 12 doses', 'rx_heartworm', 15_999, 'dog'),
  p('RX-PRH-12', 'ProHeart-style Monthly Chew 25–50 lb, 12 doses', 'rx_heartworm', 4_599, 'dog'),
];

export const RX: ReadonlySet<Category> = new Set<Category>(['rx_flea_tick', 'rx_heartworm']);
export const isRx = (c: Category): boolean => RX.has(c);

export const inCategory = (...cats: Category[]): Product[] =>
  PRODUCTS.filter((x) => cats.includes(x.category));
export const forPet = (pet: Product['pet'], ...cats: Category[]): Product[] =>
  inCategory(...cats).filter((x) => x.pet === pet || x.pet === 'any');

export type Line = BasketLine<Category>;
export const line: (x: Product, quantity?: number) => Line = lineOf;

/** Expensive pharmacy packs that resell well: 6–12 month flea/tick and heartworm, and Seresto collars. */
export const RESALE: readonly Product[] = PRODUCTS.filter(
  (x) => (isRx(x.category) && x.price >= 11_000) || x.sku.startsWith('OT-SER') || x.sku === 'OT-ADV-06',
);

export type Pet = 'dog' | 'cat' | 'both' | 'fish' | 'bird';

/** An everyday basket for a household's pets: food, maybe litter, treats, a toy, flea/tick in season. */
export function everyday(rng: Rng, pet: Pet, size: 'small' | 'usual' | 'big' = 'usual'): Line[] {
  const lines: Line[] = [];
  const animals: Array<'dog' | 'cat'> = pet === 'both' ? ['dog', 'cat'] : pet === 'cat' ? ['cat'] : ['dog'];
  if (pet === 'fish' || pet === 'bird') {
    lines.push(line(rng.pick(forPet(pet, pet === 'fish' ? 'aquarium' : 'bird'))));
    if (rng.chance(0.3)) lines.push(line(rng.pick(forPet(pet, pet === 'fish' ? 'aquarium' : 'bird'))));
    return dedupe(lines);
  }
  const bags = size === 'big' ? rng.int(2, 4) : size === 'small' || rng.chance(0.75) ? 1 : 2;
  for (const a of animals) {
    lines.push(line(rng.pick(forPet(a, 'dry_food')), bags));
    if (a === 'cat') {
      if (rng.chance(0.6))
        lines.push(line(rng.pick(inCategory('litter')), size === 'big' ? rng.int(2, 4) : 1));
      if (rng.chance(0.5))
        lines.push(line(rng.pick(forPet('cat', 'wet_food')), size === 'big' ? rng.int(2, 3) : 1));
    } else if (rng.chance(0.25)) lines.push(line(rng.pick(forPet('dog', 'wet_food'))));
    if (rng.chance(0.4)) lines.push(line(rng.pick(forPet(a, 'treats')), rng.int(1, 2)));
    if (rng.chance(0.12)) lines.push(line(rng.pick(forPet(a, 'toys'))));
    if (rng.chance(0.14)) lines.push(line(rng.pick(forPet(a, 'flea_tick_otc'))));
    if (rng.chance(0.07)) lines.push(line(rng.pick(forPet(a, 'supplements'))));
  }
  if (size !== 'small' && rng.chance(0.04)) lines.push(line(rng.pick(inCategory('beds'))));
  return dedupe(lines);
}

/** A pharmacy order: a prescription pack (or two pets' packs), sometimes with heartworm and food. */
export function pharmacy(rng: Rng, pet: Pet): Line[] {
  const a = pet === 'cat' ? 'cat' : 'dog';
  const lines = [
    line(rng.pick(forPet(a, 'rx_flea_tick', ...(a === 'dog' ? (['rx_heartworm'] as const) : [])))),
  ];
  if (a === 'dog' && rng.chance(0.3)) lines.push(line(rng.pick(inCategory('rx_heartworm'))));
  if (pet === 'both' && rng.chance(0.4)) lines.push(line(rng.pick(forPet('cat', 'rx_flea_tick'))));
  if (rng.chance(0.35)) lines.push(line(rng.pick(forPet(a, 'dry_food'))));
  return dedupe(lines);
}

/** Same product twice becomes one line with the quantities added. */
export function dedupe(lines: Line[]): Line[] {
  const out = new Map<string, Line>();
  for (const l of lines) {
    const had = out.get(l.sku);
    out.set(l.sku, had ? { ...had, quantity: had.quantity + l.quantity } : l);
  }
  return [...out.values()];
}

export const subtotal = (lines: readonly Line[]): number =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);
