/**
 * What the store sells, in USD cents: tools, appliances, TVs, consoles, phones, smart-home gear, grills, paint,
 * lumber, holiday decor, small hardware and gift cards. Doorbuster skus (`-DB`) are the drop prices. `resale`
 * marks what moves fast on marketplaces and pawn counters.
 */

export type Category =
  | 'tools'
  | 'appliances'
  | 'tv'
  | 'gaming'
  | 'phones'
  | 'audio'
  | 'smart_home'
  | 'grills'
  | 'paint'
  | 'lumber'
  | 'hardware'
  | 'seasonal'
  | 'gift_card';

export interface Item {
  sku: string;
  name: string;
  category: Category;
  price: number;
  resale: boolean;
}

type Row = [string, string, Category, number, boolean?];

const ROWS: Row[] = [
  ['TL-DRILL-2PK', '20V brushless drill/driver + impact driver kit', 'tools', 22900, true],
  ['TL-DRILL-2PK-DB', 'DOORBUSTER 20V drill/impact 2-tool combo kit', 'tools', 9900, true],
  ['TL-M18-6PK', 'M18-class 6-tool combo kit, 2 batteries', 'tools', 89900, true],
  ['TL-BATT-2PK', '20V 5.0Ah battery 2-pack', 'tools', 19900, true],
  ['TL-MITER-12', '12 in. dual-bevel sliding miter saw', 'tools', 49900, true],
  ['TL-CIRC-7', '7-1/4 in. cordless circular saw', 'tools', 15900, true],
  ['TL-MECH-250', '250-piece mechanics tool set', 'tools', 11900, true],
  ['TL-CHEST-52', '52 in. rolling tool chest', 'tools', 69900],
  ['TL-SHOPVAC', '12 gal wet/dry shop vacuum', 'tools', 8900],
  ['TL-LASER', 'Self-leveling cross-line laser', 'tools', 12900, true],
  ['AP-FRIDGE-FD', '28 cu. ft. French-door refrigerator', 'appliances', 249900],
  ['AP-WASHER', 'Front-load washer, 4.5 cu. ft.', 'appliances', 89900],
  ['AP-DRYER', 'Electric dryer, 7.4 cu. ft.', 'appliances', 84900],
  ['AP-RANGE', '30 in. gas range, convection', 'appliances', 109900],
  ['AP-DISHW', '24 in. dishwasher, 3rd rack', 'appliances', 74900],
  ['AP-MICRO-OTR', 'Over-the-range microwave', 'appliances', 32900],
  ['AP-AIRFRY', '6 qt air fryer', 'appliances', 11900],
  ['AP-AIRFRY-DB', 'DOORBUSTER 6 qt air fryer', 'appliances', 4900],
  ['AP-STANDMIX', '5 qt stand mixer', 'appliances', 44900, true],
  ['SH-ROBOVAC', 'Robot vacuum with self-empty base', 'smart_home', 59900, true],
  ['SH-ROBOVAC-DB', 'DOORBUSTER robot vacuum, self-empty base', 'smart_home', 27900, true],
  ['SH-STICKVAC', 'Cordless stick vacuum', 'smart_home', 64900, true],
  ['TV-55-4K', '55 in. 4K LED smart TV', 'tv', 42900, true],
  ['TV-55-4K-DB', 'DOORBUSTER 55 in. 4K smart TV', 'tv', 22900, true],
  ['TV-65QLED', '65 in. QLED 4K smart TV', 'tv', 99900, true],
  ['TV-65QLED-DB', 'DOORBUSTER 65 in. QLED 4K TV', 'tv', 49900, true],
  ['TV-77OLED', '77 in. OLED 4K TV', 'tv', 279900, true],
  ['TV-85', '85 in. 4K LED smart TV', 'tv', 149900, true],
  ['TV-MOUNT', 'Full-motion TV wall mount', 'tv', 7900],
  ['GM-CONSOLE', 'Game console, 1 TB', 'gaming', 49900, true],
  ['GM-CONSOLE-BNDL', 'DOORBUSTER console + game bundle', 'gaming', 39900, true],
  ['GM-CONSOLE-PRO', 'Game console Pro, 2 TB', 'gaming', 74900, true],
  ['GM-HANDHELD', 'Handheld game console', 'gaming', 44900, true],
  ['GM-HANDHELD-DB', 'DOORBUSTER handheld console bundle', 'gaming', 39900, true],
  ['GM-CTRL', 'Wireless controller', 'gaming', 6900, true],
  ['GM-GAME', 'Video game, new release', 'gaming', 6999],
  ['PH-FLAGSHIP', 'Flagship smartphone 256 GB, unlocked', 'phones', 109900, true],
  ['PH-MIDRANGE', 'Smartphone 128 GB, unlocked', 'phones', 44900, true],
  ['PH-TABLET', '11 in. tablet 128 GB', 'phones', 59900, true],
  ['PH-WATCH', 'Smartwatch GPS 45 mm', 'phones', 42900, true],
  ['PH-EARBUDS', 'Noise-cancelling wireless earbuds', 'audio', 24900, true],
  ['PH-EARBUDS-DB', 'DOORBUSTER noise-cancelling earbuds', 'audio', 15900, true],
  ['AU-SOUNDBAR', 'Dolby Atmos soundbar with sub', 'audio', 49900, true],
  ['AU-HEADPHONE', 'Over-ear noise-cancelling headphones', 'audio', 34900, true],
  ['SH-DOORBELL', 'Video doorbell, battery', 'smart_home', 9999],
  ['SH-DOORBELL-DB', 'DOORBUSTER video doorbell', 'smart_home', 4999],
  ['SH-CAM-3PK', 'Outdoor security camera 3-pack', 'smart_home', 29900, true],
  ['SH-THERMO', 'Smart thermostat', 'smart_home', 17900],
  ['SH-SPEAKER', 'Smart speaker', 'smart_home', 4999],
  ['SH-BULBS-4', 'Smart color bulbs, 4-pack', 'smart_home', 3999],
  ['SH-LOCK', 'Smart deadbolt lock', 'smart_home', 22900],
  ['SH-MESH-3', 'Mesh Wi-Fi system, 3-pack', 'smart_home', 27900, true],
  ['GR-PELLET', 'Wood pellet grill/smoker', 'grills', 79900],
  ['GR-PELLET-DB', 'DOORBUSTER pellet grill', 'grills', 39900],
  ['GR-GAS-4', '4-burner gas grill', 'grills', 49900],
  ['GR-GRIDDLE', '36 in. outdoor griddle', 'grills', 32900],
  ['GR-COVER', 'Grill cover', 'grills', 3999],
  ['PT-INT-GAL', 'Interior paint & primer, 1 gal', 'paint', 4698],
  ['PT-INT-5GAL', 'Interior paint, 5 gal', 'paint', 19998],
  ['PT-EXT-GAL', 'Exterior paint, 1 gal', 'paint', 5298],
  ['PT-PRIMER', 'Stain-blocking primer, 1 gal', 'paint', 2998],
  ['PT-ROLLER-KIT', 'Roller & tray kit', 'paint', 1498],
  ['PT-TAPE', 'Painter’s tape, 3-pack', 'paint', 1597],
  ['LB-2X4-8', '2 in. x 4 in. x 8 ft. stud', 'lumber', 398],
  ['LB-2X6-10', '2 in. x 6 in. x 10 ft. lumber', 'lumber', 947],
  ['LB-PLY-34', '3/4 in. plywood sheet 4x8', 'lumber', 5498],
  ['LB-OSB-716', '7/16 in. OSB sheet 4x8', 'lumber', 1598],
  ['LB-DRYWALL', '1/2 in. drywall 4x8', 'lumber', 1548],
  ['LB-DECK-16', 'Composite deck board 16 ft.', 'lumber', 4998],
  ['HW-SCREWS', 'Construction screws, 5 lb', 'hardware', 3497],
  ['HW-KNOBS-10', 'Cabinet knobs, 10-pack', 'hardware', 1898],
  ['HW-SANDPAPER', 'Sandpaper assortment', 'hardware', 698],
  ['HW-BULB-LED', 'LED bulbs 60W eq., 4-pack', 'hardware', 497],
  ['HW-EXTCORD', '25 ft. extension cord', 'hardware', 1497],
  ['HW-BATTERY-AA', 'AA batteries, 24-pack', 'hardware', 1898],
  ['HW-HOOK', 'Adhesive hooks, 6-pack', 'hardware', 398],
  ['SE-TREE-75', '7.5 ft. pre-lit artificial tree', 'seasonal', 29900],
  ['SE-LIGHTS-LED', 'LED string lights, 100 ct', 'seasonal', 1998],
  ['SE-INFLATABLE', '8 ft. inflatable snowman', 'seasonal', 7998],
  ['SE-WREATH', '30 in. pre-lit wreath', 'seasonal', 4998],
  ['SE-FRESH-TREE', 'Fresh-cut Fraser fir, 7-8 ft.', 'seasonal', 7998],
  ['GC-PHYS', 'Gift card (physical)', 'gift_card', 0],
  ['GC-EGIFT', 'eGift card (by e-mail)', 'gift_card', 0],
];

export const ITEMS: readonly Item[] = ROWS.map(([sku, name, category, price, resale]) => ({
  sku,
  name,
  category,
  price,
  resale: resale ?? false,
}));

const bySku = new Map(ITEMS.map((i) => [i.sku, i]));

export function item(sku: string): Item {
  const found = bySku.get(sku);
  if (!found) throw new Error(`unknown sku ${sku}`);
  return found;
}

export const inCategory = (...cats: Category[]): Item[] => ITEMS.filter((i) => cats.includes(i.category));

/** Regular-price items (no doorbuster, no gift card) of the categories. */
export const regular = (...cats: Category[]): Item[] =>
  inCategory(...cats).filter((i) => !i.sku.endsWith('-DB') && i.category !== 'gift_card');
