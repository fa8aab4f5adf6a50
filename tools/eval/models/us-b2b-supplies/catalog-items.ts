/**
 * What the store sells, with US list prices in cents (the Canadian storefront converts and rounds, catalog.ts).
 * `resale` marks what a fence pays well for: toner and ink, cordless tool kits and batteries, meters and lasers,
 * laptops, tablets, drives, headsets and earbuds.
 */

export type Category =
  | 'paper'
  | 'desk'
  | 'toner'
  | 'janitorial'
  | 'breakroom'
  | 'safety'
  | 'tools'
  | 'tech'
  | 'packaging'
  | 'furniture';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  /** US price in cents. */
  usd: number;
  resale: boolean;
}

type Row = readonly [sku: string, name: string, category: Category, usd: number, resale?: 'resale'];

const ROWS: readonly Row[] = [
  ['HM-CP10', 'Hammermill Copy Plus 8.5x11 paper, 10-ream case', 'paper', 5499],
  ['BX9-10', 'Boise X-9 multipurpose paper, 10-ream case', 'paper', 4999],
  ['HM-LGL10', 'Hammermill legal 8.5x14 paper, 10-ream case', 'paper', 6999],
  ['AV-5160', 'Avery 5160 address labels, 3,000', 'paper', 4299],
  ['PI-654-24', 'Post-it Notes 3x3, 24 pads', 'paper', 2799],
  ['BIC-RT60', 'BIC Round Stic pens, 60', 'desk', 1299],
  ['SH-36', 'Sharpie fine point markers, 36', 'desk', 2499],
  ['EXPO-12', 'Expo dry-erase markers, 12', 'desk', 1599],
  ['SW-747', 'Swingline 747 stapler', 'desk', 2199],
  ['FF-100', 'Letter file folders, 100', 'desk', 1899],
  ['BND-1-12', '1-inch view binders, 12', 'desk', 3999],
  ['SC-810-12', 'Scotch Magic tape, 12 rolls', 'desk', 2499],
  ['HP-58X', 'HP 58X high-yield black toner (CF258X)', 'toner', 28999, 'resale'],
  ['HP-26X', 'HP 26X high-yield black toner (CF226X)', 'toner', 26499, 'resale'],
  ['HP-414X-K', 'HP 414X black toner (W2020X)', 'toner', 26999, 'resale'],
  ['HP-414X-C', 'HP 414X cyan toner (W2021X)', 'toner', 31999, 'resale'],
  ['HP-58A', 'HP 58A black toner (CF258A)', 'toner', 18999, 'resale'],
  ['BR-TN760', 'Brother TN-760 high-yield toner', 'toner', 8499, 'resale'],
  ['BR-TN227-4', 'Brother TN-227 color toner, 4-pack', 'toner', 34999, 'resale'],
  ['CN-055H', 'Canon 055H black toner', 'toner', 15999, 'resale'],
  ['LX-58D-HA', 'Lexmark 58D0HA0 high-yield toner', 'toner', 41999, 'resale'],
  ['XR-106R', 'Xerox VersaLink extra-high-yield toner', 'toner', 23999, 'resale'],
  ['HP-962XL-C', 'HP 962XL ink, 3-color combo', 'toner', 11999, 'resale'],
  ['EP-812XL', 'Epson 812XL ink combo', 'toner', 12999, 'resale'],
  ['GP-MF4000', 'Georgia-Pacific multifold towels, 4,000', 'janitorial', 5499],
  ['TK-BT96', 'Tork bath tissue, 96 rolls', 'janitorial', 8999],
  ['CLX-WIPE6', 'Clorox disinfecting wipes, 6 canisters', 'janitorial', 3499],
  ['CB-55-100', '55-gallon contractor bags, 100', 'janitorial', 4999],
  ['LY-SPRAY12', 'Lysol disinfectant spray, 12 cans', 'janitorial', 7999],
  ['FS-REF2', 'Foam hand soap refills, 2 x 1,200 ml', 'janitorial', 3999],
  ['NIT-1000', 'Nitrile exam gloves, case of 1,000', 'janitorial', 8999],
  ['GM-KC96', 'Green Mountain K-Cups, 96', 'breakroom', 5499],
  ['CUP-1000', 'Paper hot cups, 1,000', 'breakroom', 3999],
  ['WTR-35', 'Bottled water, 35 pack', 'breakroom', 999],
  ['SNK-VAR', 'Snack variety box, 50', 'breakroom', 3299],
  ['3M-8210-20', '3M 8210 N95 respirators, 20', 'safety', 2499],
  ['HV-C2-10', 'Class 2 hi-vis vests, 10', 'safety', 5999],
  ['HH-V2', 'Type 1 hard hat, ratchet suspension', 'safety', 2499],
  ['SG-12', 'Safety glasses, clear, 12', 'safety', 2999],
  ['FAK-50', 'First aid kit, 50-person, ANSI B', 'safety', 6499],
  ['FE-5ABC', 'Fire extinguisher 5 lb ABC', 'safety', 5999],
  ['EP-200', 'Foam earplugs, 200 pairs', 'safety', 3999],
  ['CG-A4-12', 'Cut-resistant gloves A4, 12 pairs', 'safety', 7499],
  ['DW-DCK240', 'DeWalt 20V MAX drill/impact combo kit', 'tools', 19900, 'resale'],
  ['MW-3697', 'Milwaukee M18 FUEL 2-tool combo kit', 'tools', 59900, 'resale'],
  ['MK-XT281', 'Makita 18V LXT 2-piece kit', 'tools', 24900, 'resale'],
  ['DW-DCB205-2', 'DeWalt 20V 5.0Ah batteries, 2-pack', 'tools', 17900, 'resale'],
  ['MW-48-11-1852', 'Milwaukee M18 XC5.0 batteries, 2-pack', 'tools', 22900, 'resale'],
  ['FL-117', 'Fluke 117 electrician multimeter', 'tools', 27999, 'resale'],
  ['KL-80141', 'Klein 41-piece tool kit', 'tools', 14999],
  ['DW-LASER', 'DeWalt green cross-line laser', 'tools', 34900, 'resale'],
  ['ST-TAPE25', 'Stanley 25 ft tape measure', 'tools', 1999],
  ['LG-MX3S', 'Logitech MX Master 3S mouse', 'tech', 9999],
  ['LG-MK540', 'Logitech MK540 keyboard and mouse', 'tech', 4999],
  ['USBC-6', 'USB-C charging cable, 6 ft', 'tech', 1299],
  ['AK-HUB7', 'Anker 7-in-1 USB-C hub', 'tech', 3999],
  ['JB-E2-40', 'Jabra Evolve2 40 headset', 'tech', 15999, 'resale'],
  ['SS-T7-1TB', 'Samsung T7 1 TB portable SSD', 'tech', 10999, 'resale'],
  ['SD-64-5', 'SanDisk 64 GB USB drives, 5-pack', 'tech', 3499],
  ['DL-P2425H', 'Dell 24-inch monitor P2425H', 'tech', 21999, 'resale'],
  ['APC-1500', 'APC Back-UPS 1500VA', 'tech', 22999],
  ['NG-GS308', 'Netgear 8-port gigabit switch', 'tech', 2999],
  ['AP-IPAD11', 'Apple iPad 11-inch 128 GB', 'tech', 34900, 'resale'],
  ['LN-E14', 'Lenovo ThinkPad E14 laptop', 'tech', 89900, 'resale'],
  ['AP-APP2', 'Apple AirPods Pro 2', 'tech', 24900, 'resale'],
  ['HP-4101', 'HP LaserJet Pro MFP 4101fdw', 'tech', 49900, 'resale'],
  ['BR-L2460', 'Brother HL-L2460DW laser printer', 'tech', 16999],
  ['BOX-121212', 'Corrugated boxes 12x12x12, 25', 'packaging', 3999],
  ['BOX-181816', 'Corrugated boxes 18x18x16, 25', 'packaging', 6499],
  ['BW-175', 'Bubble wrap roll, 175 ft', 'packaging', 3499],
  ['PT-36', 'Packing tape, 36 rolls', 'packaging', 5999],
  ['SF-18-4', 'Stretch film 18 in, 4 rolls', 'packaging', 7999],
  ['PM-100', 'Poly mailers 10x13, 100', 'packaging', 2499],
  ['TL-4X6', 'Thermal labels 4x6, 2,000', 'packaging', 4999],
  ['HON-TASK', 'HON task chair', 'furniture', 24999],
  ['DSK-60', '60-inch office desk', 'furniture', 39999],
  ['FC-4D', '4-drawer vertical file cabinet', 'furniture', 32999],
  ['WB-46', 'Magnetic whiteboard 4x6 ft', 'furniture', 18999],
];

export const PRODUCTS: readonly Product[] = ROWS.map(([sku, name, category, usd, resale]) => ({
  sku,
  name,
  category,
  usd,
  resale: resale === 'resale',
}));

export const byCategory = (c: Category): readonly Product[] => PRODUCTS.filter((p) => p.category === c);
export const bySku = (sku: string): Product | undefined => PRODUCTS.find((p) => p.sku === sku);
