import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the store sells, in US cents: clubs (drivers, fairways and hybrids, iron sets, wedges, putters), custom-fit
 * clubs built to order, fittings, balls by the dozen (personalised and logo balls too), launch monitors and home
 * simulators, rangefinders and GPS watches, push carts, electric caddies and golf carts, bags, apparel and shoes,
 * accessories, and gift cards (e-mailed or mailed). A basket carries its discount (a code or a price match), a
 * trade-in credit, shipping and sales tax; the order's amount is items − discount − trade-in + shipping + tax.
 */

export type Category =
  | 'driver'
  | 'fairway'
  | 'irons'
  | 'wedge'
  | 'putter'
  | 'custom_club'
  | 'fitting'
  | 'balls'
  | 'launch_monitor'
  | 'simulator'
  | 'rangefinder'
  | 'gps'
  | 'push_cart'
  | 'golf_cart'
  | 'bag'
  | 'apparel'
  | 'shoes'
  | 'accessory'
  | 'gift_card';

export type Line = BasketLine<Category>;
type Item = Product<Category>;
const p = (sku: string, name: string, category: Category, price: number): Item =>
  product(sku, name, category, price);

export const DRIVERS: readonly Item[] = [
  p('DRV-TM-QI35', 'TaylorMade Qi35 Driver', 'driver', 59999),
  p('DRV-TM-QI35M', 'TaylorMade Qi35 Max Driver', 'driver', 59999),
  p('DRV-CW-ELYTE', 'Callaway Elyte Driver', 'driver', 59999),
  p('DRV-CW-ELYTETD', 'Callaway Elyte Triple Diamond Driver', 'driver', 62999),
  p('DRV-TI-GT3', 'Titleist GT3 Driver', 'driver', 64999),
  p('DRV-PG-G440', 'PING G440 Max Driver', 'driver', 64999),
  p('DRV-CB-DSX', 'Cobra DS-Adapt X Driver', 'driver', 54999),
];
export const FAIRWAYS: readonly Item[] = [
  p('FW-TM-QI35', 'TaylorMade Qi35 Fairway Wood', 'fairway', 34999),
  p('FW-TI-GT2', 'Titleist GT2 Fairway Metal', 'fairway', 37999),
  p('HY-CW-ELYTE', 'Callaway Elyte Hybrid', 'fairway', 27999),
  p('HY-PG-G440', 'PING G440 Hybrid', 'fairway', 29999),
];
export const IRONS: readonly Item[] = [
  p('IR-TI-T100', 'Titleist T100 Irons 4-PW (7 pc)', 'irons', 159999),
  p('IR-TM-P790', 'TaylorMade P790 Irons 4-PW (7 pc)', 'irons', 159999),
  p('IR-CW-APEX', 'Callaway Apex Ai200 Irons 5-PW (6 pc)', 'irons', 139999),
  p('IR-PG-G440', 'PING G440 Irons 5-PW, UW (7 pc)', 'irons', 119999),
  p('IR-MZ-JPX', 'Mizuno JPX925 Hot Metal Irons 5-GW (7 pc)', 'irons', 109999),
  p('IR-CB-DSA', 'Cobra DS-Adapt Irons 5-GW (7 pc)', 'irons', 89999),
  p('SET-ST-14', 'Strata 14-Piece Complete Set', 'irons', 49999),
];
export const WEDGES: readonly Item[] = [
  p('WG-TI-SM10', 'Titleist Vokey SM10 Wedge', 'wedge', 18999),
  p('WG-CL-RTZ', 'Cleveland RTZ Tour Rack Wedge', 'wedge', 16999),
  p('WG-CW-OPUS', 'Callaway Opus Wedge', 'wedge', 17999),
];
export const PUTTERS: readonly Item[] = [
  p('PT-SC-P55', 'Scotty Cameron Phantom 5.5 Putter', 'putter', 54999),
  p('PT-SC-NP2', 'Scotty Cameron Studio Style Newport 2 Putter', 'putter', 49999),
  p('PT-OD-AI1', 'Odyssey Ai-One Square 2 Square Jailbird Putter', 'putter', 34999),
  p('PT-PG-PLD', 'PING PLD Milled Anser Putter', 'putter', 44999),
  p('PT-TM-SPX', 'TaylorMade Spider Tour X Putter', 'putter', 39999),
  p('PT-LAB-MZ1', 'L.A.B. Golf Mezz.1 Max Putter', 'putter', 44900),
];
export const CUSTOM: readonly Item[] = [
  p('CF-TI-T150', 'Custom-Fit Titleist T150 Irons (7 pc, built to order)', 'custom_club', 179999),
  p('CF-TM-P770', 'Custom-Fit TaylorMade P770 Irons (7 pc, built to order)', 'custom_club', 169999),
  p('CF-MZ-PRO245', 'Custom-Fit Mizuno Pro 245 Irons (7 pc, built to order)', 'custom_club', 159999),
  p('CF-PG-I530', 'Custom-Fit PING i530 Irons (7 pc, built to order)', 'custom_club', 164999),
  p('CF-TI-GT2D', 'Custom-Fit Titleist GT2 Driver (built to order)', 'custom_club', 62999),
  p('CF-VK-WEDGE', 'Custom Vokey Wedge (stamped, built to order)', 'custom_club', 21999),
];
export const SHAFT_UPGRADE = p('CF-SHAFT', 'Premium shaft upgrade (per club)', 'custom_club', 5000);
export const GRIP_UPGRADE = p('CF-GRIP', 'Grip upgrade (per club)', 'custom_club', 1200);
export const FITTINGS: readonly Item[] = [
  p('FIT-FULL', 'Full-Bag Fitting Appointment', 'fitting', 25000),
  p('FIT-IRON', 'Iron Fitting Appointment', 'fitting', 15000),
  p('FIT-DRV', 'Driver Fitting Appointment', 'fitting', 10000),
];
export const BALLS: readonly Item[] = [
  p('BL-TI-PV1', 'Titleist Pro V1 (dozen)', 'balls', 5499),
  p('BL-TI-PV1X', 'Titleist Pro V1x (dozen)', 'balls', 5499),
  p('BL-TM-TP5', 'TaylorMade TP5 (dozen)', 'balls', 5499),
  p('BL-CW-CT', 'Callaway Chrome Tour (dozen)', 'balls', 5499),
  p('BL-BS-BXS', 'Bridgestone Tour B XS (dozen)', 'balls', 4999),
  p('BL-SX-ZS', 'Srixon Z-Star (dozen)', 'balls', 4499),
  p('BL-SX-SF', 'Srixon Soft Feel (dozen)', 'balls', 2499),
  p('BL-VC-PRO', 'Vice Pro (dozen)', 'balls', 3499),
];
export const PERSONALISED_BALLS = p('BL-TI-PV1-P', 'Titleist Pro V1 Personalized (dozen)', 'balls', 6499);
export const LOGO_BALLS: readonly Item[] = [
  p('BL-TI-PV1-L', 'Titleist Pro V1 Custom Logo (dozen)', 'balls', 6499),
  p('BL-CW-SS-L', 'Callaway Supersoft Custom Logo (dozen)', 'balls', 3299),
  p('BL-TM-TP5-L', 'TaylorMade TP5 Custom Logo (dozen)', 'balls', 6299),
];
export const LAUNCH_MONITORS: readonly Item[] = [
  p('LM-GA-R10', 'Garmin Approach R10 Launch Monitor', 'launch_monitor', 59999),
  p('LM-RP-MLM2', 'Rapsodo MLM2PRO Launch Monitor', 'launch_monitor', 69999),
  p('LM-BN-LP', 'Bushnell Launch Pro', 'launch_monitor', 199999),
  p('LM-FS-MEVO', 'FlightScope Mevo+', 'launch_monitor', 229999),
  p('LM-UN-MINI', 'Uneekor EYE MINI LITE', 'launch_monitor', 349999),
  p('LM-FS-KIT', 'Full Swing KIT Launch Monitor', 'launch_monitor', 499999),
  p('LM-FO-GC3', 'Foresight Sports GC3', 'launch_monitor', 699999),
];
export const SIMULATORS: readonly Item[] = [
  p('SIM-HOME', 'Home Simulator Bundle (enclosure, screen, mat, projector)', 'simulator', 399999),
  p('SIM-NET', 'Hitting Net & Fairway Mat Bundle', 'simulator', 89999),
];
export const RANGEFINDERS: readonly Item[] = [
  p('RF-BN-PX3', 'Bushnell Pro X3+ Rangefinder', 'rangefinder', 64999),
  p('RF-BN-V6S', 'Bushnell Tour V6 Shift Rangefinder', 'rangefinder', 39999),
  p('RF-GA-Z30', 'Garmin Approach Z30 Rangefinder', 'rangefinder', 39999),
  p('RF-PP-NX10', 'Precision Pro NX10 Slope Rangefinder', 'rangefinder', 24999),
  p('RF-VC-SL3', 'Voice Caddie SL3 Rangefinder', 'rangefinder', 39999),
];
export const GPS: readonly Item[] = [
  p('GPS-GA-S70', 'Garmin Approach S70 47mm GPS Watch', 'gps', 69999),
  p('GPS-GA-S50', 'Garmin Approach S50 GPS Watch', 'gps', 29999),
  p('GPS-GA-S44', 'Garmin Approach S44 GPS Watch', 'gps', 34999),
  p('GPS-SS-PLX', 'Shot Scope Pro LX+ Rangefinder & GPS', 'gps', 29999),
];
export const PUSH_CARTS: readonly Item[] = [
  p('PC-CG-40', 'Clicgear Model 4.0 Push Cart', 'push_cart', 27999),
  p('PC-BB-NIT', 'Bag Boy Nitron Push Cart', 'push_cart', 24999),
  p('PC-SM-PF3', 'Sun Mountain Pathfinder 3 Push Cart', 'push_cart', 22999),
  p('EC-MGI-ZIP', 'MGI Zip Navigator AT Electric Caddy', 'push_cart', 139999),
  p('EC-ST-QF', 'Stewart Golf Q Follow Electric Caddy', 'push_cart', 289999),
];
export const GOLF_CARTS: readonly Item[] = [
  p('GC-CC-ONWARD', 'Club Car Onward 4-Passenger Lithium Golf Cart', 'golf_cart', 1499500),
  p('GC-EV-C4P', 'Evolution Classic 4 Plus Golf Cart', 'golf_cart', 1099500),
  p('GC-EZ-LIB', 'E-Z-GO Liberty 4-Passenger Golf Cart', 'golf_cart', 1399500),
];
export const BAGS: readonly Item[] = [
  p('BG-TI-P4', 'Titleist Players 4 Stand Bag', 'bag', 27999),
  p('BG-SM-C130', 'Sun Mountain C-130 Cart Bag', 'bag', 29999),
  p('BG-VS-P4', 'Vessel Player IV Pro Stand Bag', 'bag', 49500),
  p('BG-CG-LAST', 'Club Glove Last Bag Travel Cover', 'bag', 30999),
];
export const APPAREL: readonly Item[] = [
  p('AP-PM-POLO', 'Peter Millar Performance Polo', 'apparel', 9800),
  p('AP-FJ-POLO', 'FootJoy ProDry Polo', 'apparel', 7500),
  p('AP-GR-QZ', 'Greyson Quarter-Zip', 'apparel', 14800),
  p('AP-TM-POLO', 'TravisMathew Polo', 'apparel', 8900),
  p('AP-NK-POLO', 'Nike Dri-FIT Victory Polo', 'apparel', 4500),
  p('AP-AD-SHORT', 'adidas Ultimate365 Shorts', 'apparel', 7000),
  p('AP-FJ-RAIN', 'FootJoy HydroLite Rain Jacket', 'apparel', 12500),
  p('AP-TI-CAP', 'Titleist Tour Performance Cap', 'apparel', 3500),
];
export const SHOES: readonly Item[] = [
  p('SH-FJ-PREM', 'FootJoy Premiere Series Shoes', 'shoes', 21999),
  p('SH-FJ-SLX', 'FootJoy Pro/SLX Shoes', 'shoes', 18999),
  p('SH-EC-H5', 'ECCO Biom H5 Shoes', 'shoes', 21999),
  p('SH-AD-360', 'adidas Tour360 24 Shoes', 'shoes', 19999),
  p('SH-NK-J1G', 'Nike Air Jordan 1 Low G', 'shoes', 15999),
];
export const GLOVES: readonly Item[] = [
  p('AC-FJ-GLOVE', 'FootJoy StaSof Glove', 'accessory', 2499),
  p('AC-TI-GLOVE', 'Titleist Players Glove', 'accessory', 2299),
];
export const ACCESSORIES: readonly Item[] = [
  p('AC-TEES', 'Wood Tees (100-pack)', 'accessory', 799),
  p('AC-MARKER', 'Ball Marker & Divot Tool', 'accessory', 1499),
  p('AC-TOWEL', 'Microfiber Golf Towel', 'accessory', 1999),
  p('AC-STICKS', 'Alignment Sticks (2-pack)', 'accessory', 1499),
  p('AC-UMB', 'Double-Canopy Golf Umbrella 68"', 'accessory', 4999),
  p('AC-SC-HC', 'Scotty Cameron Putter Headcover', 'accessory', 6999),
  p('AC-SCORE', 'Personalized Leather Scorecard Holder', 'accessory', 3999),
];
export const TEE_GIFT = p('CO-TEEGIFT', 'Tournament Tee Gift Pack (towel, tees, marker)', 'accessory', 4500);
export const LOGO_POLO = p('CO-POLO', 'Custom Embroidered Tournament Polo', 'apparel', 7999);

const giftCard = (value: number, email: boolean): Item =>
  p(
    `GC-${email ? 'E' : 'P'}${value}`,
    `${email ? 'e-Gift Card' : 'Gift Card (mailed)'} $${value}`,
    'gift_card',
    value * 100,
  );
export const E_GIFT_CARDS: readonly Item[] = [25, 50, 100, 150, 250, 500].map((v) => giftCard(v, true));
export const MAILED_GIFT_CARDS: readonly Item[] = [50, 100, 250].map((v) => giftCard(v, false));

/** A weighted pick of products. */
const some = (rng: Rng, items: readonly Item[]): Item => rng.pick(items);
export { lineOf, some };

export const isGiftCard = (l: { category: string }): boolean => l.category === 'gift_card';
export const onlyGiftCards = (lines: readonly Line[]): boolean => lines.every(isGiftCard);

/** What a golfer buys for themselves on an ordinary visit. */
export function everyday(rng: Rng): Line[] {
  const kind = rng.weightedPick<string>([
    ['balls', 28],
    ['glove_balls', 12],
    ['apparel', 14],
    ['shoes', 8],
    ['wedge', 7],
    ['putter', 6],
    ['driver', 9],
    ['fairway', 4],
    ['rangefinder', 5],
    ['push_cart', 3],
    ['bag', 3],
    ['irons', 1],
  ]);
  const out: Line[] = [];
  if (kind === 'balls')
    out.push(
      lineOf(
        some(rng, BALLS),
        rng.weightedPick([
          [1, 3],
          [2, 4],
          [3, 2],
          [4, 2],
          [6, 1],
        ]),
      ),
    );
  if (kind === 'glove_balls') {
    out.push(lineOf(some(rng, GLOVES), rng.int(1, 3)));
    out.push(lineOf(some(rng, BALLS), rng.int(1, 3)));
  }
  if (kind === 'apparel') {
    const picks = rng.shuffle(APPAREL).slice(0, rng.int(1, 3));
    for (const a of picks) out.push(lineOf(a, a.sku === 'AP-TI-CAP' ? 1 : rng.int(1, 2)));
  }
  if (kind === 'shoes') out.push(lineOf(some(rng, SHOES)));
  if (kind === 'wedge') out.push(lineOf(some(rng, WEDGES), rng.int(1, 2)));
  if (kind === 'putter') out.push(lineOf(some(rng, PUTTERS)));
  if (kind === 'driver') out.push(lineOf(some(rng, DRIVERS)));
  if (kind === 'fairway') out.push(lineOf(some(rng, FAIRWAYS)));
  if (kind === 'rangefinder') out.push(lineOf(some(rng, RANGEFINDERS)));
  if (kind === 'push_cart') out.push(lineOf(some(rng, PUSH_CARTS.slice(0, 3))));
  if (kind === 'bag') out.push(lineOf(some(rng, BAGS.slice(0, 3))));
  if (kind === 'irons') out.push(lineOf(some(rng, IRONS)));
  if (rng.chance(0.25)) out.push(lineOf(some(rng, [...GLOVES, ...ACCESSORIES.slice(0, 4)])));
  return merge(out);
}

/** A Father's Day present; personalised balls only while there is time to print them. */
export function present(rng: Rng, printing: boolean): Line[] {
  const kind = rng.weightedPick<string>([
    ['rangefinder', 16],
    ['gps', 11],
    ['putter', 8],
    ['personalised', printing ? 12 : 0],
    ['balls', 10],
    ['apparel', 12],
    ['launch_monitor', 6],
    ['driver', 6],
    ['gift_card', 10],
    ['accessory', 6],
    ['push_cart', 3],
  ]);
  const out: Line[] = [];
  if (kind === 'rangefinder') out.push(lineOf(some(rng, RANGEFINDERS)));
  if (kind === 'gps') out.push(lineOf(some(rng, GPS)));
  if (kind === 'putter') out.push(lineOf(some(rng, PUTTERS)));
  if (kind === 'personalised') out.push(lineOf(PERSONALISED_BALLS, rng.int(1, 3)));
  if (kind === 'balls') out.push(lineOf(some(rng, BALLS.slice(0, 6)), rng.int(1, 3)));
  if (kind === 'apparel') {
    out.push(lineOf(some(rng, APPAREL.slice(0, 4))));
    if (rng.chance(0.4)) out.push(lineOf(APPAREL[7] ?? some(rng, APPAREL)));
  }
  if (kind === 'launch_monitor') out.push(lineOf(some(rng, LAUNCH_MONITORS.slice(0, 2))));
  if (kind === 'driver') out.push(lineOf(some(rng, DRIVERS)));
  if (kind === 'gift_card') out.push(lineOf(some(rng, MAILED_GIFT_CARDS)));
  if (kind === 'accessory') out.push(lineOf(some(rng, ACCESSORIES.slice(4))));
  if (kind === 'push_cart') out.push(lineOf(some(rng, PUSH_CARTS.slice(0, 3))));
  if (rng.chance(0.2)) out.push(lineOf(some(rng, [...ACCESSORIES.slice(1, 3), ...GLOVES])));
  return merge(out);
}

/** A last-minute e-mailed gift card. */
export const eGift = (rng: Rng): Line[] => [
  lineOf(rng.weightedPick(E_GIFT_CARDS.map((c, i) => [c, [4, 10, 14, 6, 5, 1][i] ?? 1] as const))),
];

/** Restocking: balls by the dozen, gloves, tees. */
export function restock(rng: Rng): Line[] {
  const out: Line[] = [
    lineOf(
      some(rng, BALLS.slice(0, 6)),
      rng.weightedPick([
        [2, 3],
        [3, 3],
        [4, 4],
        [6, 2],
        [8, 1],
      ]),
    ),
  ];
  if (rng.chance(0.6)) out.push(lineOf(some(rng, GLOVES), rng.int(1, 4)));
  if (rng.chance(0.3)) out.push(lineOf(some(rng, ACCESSORIES.slice(0, 3))));
  if (rng.chance(0.15)) out.push(lineOf(some(rng, [...APPAREL, ...SHOES])));
  return merge(out);
}

/** A custom-fit build: the set or driver, shaft and grip upgrades per club, and the fitting when booked online. */
export function customBuild(rng: Rng, withFitting: boolean): Line[] {
  const club = rng.weightedPick(CUSTOM.map((c, i) => [c, [5, 5, 3, 4, 3, 2][i] ?? 1] as const));
  const clubs = club.name.includes('7 pc') ? 7 : 1;
  const out: Line[] = [lineOf(club)];
  if (rng.chance(0.45)) out.push(lineOf(SHAFT_UPGRADE, clubs));
  if (rng.chance(0.35)) out.push(lineOf(GRIP_UPGRADE, clubs));
  if (rng.chance(0.3)) out.push(lineOf(some(rng, WEDGES), rng.int(1, 2)));
  if (withFitting)
    out.push(lineOf(clubs === 7 ? (FITTINGS[1] ?? SHAFT_UPGRADE) : (FITTINGS[2] ?? SHAFT_UPGRADE)));
  return merge(out);
}

/** A fitting booked on its own (full bag before a new set). */
export const fittingOnly = (rng: Rng): Line[] => [lineOf(some(rng, FITTINGS))];

/** Big-ticket items people finance. */
export function financedGear(rng: Rng): Line[] {
  const kind = rng.weightedPick<string>([
    ['launch_monitor', 32],
    ['simulator', 12],
    ['irons', 24],
    ['electric_caddy', 10],
    ['golf_cart', 7],
    ['bundle', 15],
  ]);
  if (kind === 'launch_monitor') return [lineOf(some(rng, LAUNCH_MONITORS))];
  if (kind === 'simulator')
    return merge([lineOf(some(rng, SIMULATORS)), lineOf(some(rng, LAUNCH_MONITORS.slice(0, 4)))]);
  if (kind === 'irons') return [lineOf(some(rng, IRONS.slice(0, 6)))];
  if (kind === 'electric_caddy') return [lineOf(some(rng, PUSH_CARTS.slice(3)))];
  if (kind === 'golf_cart') return [lineOf(some(rng, GOLF_CARTS))];
  return merge([lineOf(some(rng, DRIVERS)), lineOf(some(rng, FAIRWAYS)), lineOf(some(rng, PUTTERS))]);
}

/** What goes ahead of a golf trip: balls, gloves, a rangefinder, new clubs to pick up at the bag room. */
export function tripGear(rng: Rng): Line[] {
  const out: Line[] = [lineOf(some(rng, BALLS.slice(0, 6)), rng.int(2, 4))];
  if (rng.chance(0.5)) out.push(lineOf(some(rng, GLOVES), rng.int(1, 3)));
  if (rng.chance(0.3)) out.push(lineOf(some(rng, [...DRIVERS, ...PUTTERS, ...WEDGES])));
  if (rng.chance(0.25)) out.push(lineOf(some(rng, RANGEFINDERS)));
  if (rng.chance(0.25)) out.push(lineOf(some(rng, APPAREL), rng.int(1, 3)));
  if (rng.chance(0.1)) out.push(lineOf(BAGS[3] ?? some(rng, BAGS)));
  return merge(out);
}

/** A corporate or charity tournament's order for `players`: logo balls, tee gifts, polos and prizes. */
export function tournament(rng: Rng, players: number): Line[] {
  // A dozen logo balls a player, or a dozen for every two or three players.
  const dozens = Math.round(
    players /
      rng.weightedPick([
        [1, 4],
        [2, 3],
        [3, 2],
      ]),
  );
  const out: Line[] = [lineOf(some(rng, LOGO_BALLS), dozens)];
  if (rng.chance(0.6)) out.push(lineOf(TEE_GIFT, players));
  if (rng.chance(0.3)) out.push(lineOf(LOGO_POLO, players));
  if (rng.chance(0.5)) out.push(lineOf(some(rng, RANGEFINDERS), rng.int(1, 4)));
  if (rng.chance(0.4)) out.push(lineOf(some(rng, [...DRIVERS, ...PUTTERS]), rng.int(1, 3)));
  if (rng.chance(0.3)) out.push(lineOf(some(rng, MAILED_GIFT_CARDS), rng.int(4, 12)));
  return merge(out);
}

/** An upgrade bought with a trade-in: a new driver or set. */
export function upgrade(rng: Rng): Line[] {
  const out: Line[] = [
    lineOf(
      rng.weightedPick<Item>([
        ...DRIVERS.map((d) => [d, 3] as const),
        ...IRONS.slice(0, 6).map((i) => [i, 2] as const),
        ...PUTTERS.map((x) => [x, 1] as const),
      ]),
    ),
  ];
  if (rng.chance(0.3)) out.push(lineOf(some(rng, BALLS.slice(0, 6)), rng.int(1, 2)));
  return merge(out);
}

/** What a trade-in is worth: the old club, its credit in cents. */
export function tradeInFor(rng: Rng, lines: readonly Line[]): { item: string; credit: number } {
  const irons = lines.some((l) => l.category === 'irons');
  const item = irons
    ? rng.pick([
        'Titleist T200 Irons (2021)',
        'TaylorMade P790 Irons (2021)',
        'PING G425 Irons',
        'Mizuno JPX921 Irons',
      ])
    : rng.pick([
        'TaylorMade Stealth 2 Driver',
        'Callaway Paradym Driver',
        'Titleist TSR2 Driver',
        'PING G430 Max Driver',
        'Scotty Cameron Special Select Putter',
      ]);
  return { item, credit: irons ? rng.int(30, 70) * 1000 : rng.int(9, 26) * 1000 };
}

/** The cheapest things in the shop: what card testers buy. */
export function cheapest(rng: Rng): Line[] {
  return [
    lineOf(
      rng.weightedPick<Item>([
        [ACCESSORIES[0] ?? GRIP_UPGRADE, 4],
        [ACCESSORIES[1] ?? GRIP_UPGRADE, 3],
        [GLOVES[1] ?? GRIP_UPGRADE, 2],
        [E_GIFT_CARDS[0] ?? GRIP_UPGRADE, 4],
        [BALLS[6] ?? GRIP_UPGRADE, 2],
      ]),
    ),
  ];
}

/** What resells fast: drivers, launch monitors, rangefinders, Scotty Camerons, GPS watches. */
export function resellable(rng: Rng, greedy: boolean): Line[] {
  const kind = rng.weightedPick<string>([
    ['driver', 26],
    ['launch_monitor', 20],
    ['rangefinder', 18],
    ['putter', 14],
    ['gps', 10],
    ['irons', 8],
    ['mixed', 14],
  ]);
  const n = greedy
    ? rng.weightedPick([
        [1, 4],
        [2, 4],
        [3, 1],
      ])
    : 1;
  const out: Line[] = [];
  if (kind === 'driver') out.push(lineOf(some(rng, DRIVERS), n));
  if (kind === 'launch_monitor')
    out.push(
      lineOf(some(rng, greedy ? LAUNCH_MONITORS.slice(0, 5) : LAUNCH_MONITORS.slice(0, 3)), Math.min(n, 2)),
    );
  if (kind === 'rangefinder') out.push(lineOf(some(rng, RANGEFINDERS.slice(0, 3)), n));
  if (kind === 'putter') out.push(lineOf(some(rng, PUTTERS.slice(0, 2)), n));
  if (kind === 'gps') out.push(lineOf(GPS[0] ?? some(rng, GPS), n));
  if (kind === 'irons') out.push(lineOf(some(rng, IRONS.slice(0, 4))));
  if (kind === 'mixed') {
    out.push(lineOf(some(rng, DRIVERS)));
    out.push(lineOf(some(rng, RANGEFINDERS.slice(0, 3))));
    if (greedy) out.push(lineOf(some(rng, PUTTERS.slice(0, 2))));
  }
  if (greedy && rng.chance(0.3)) out.push(lineOf(some(rng, BALLS.slice(0, 4)), rng.int(4, 10)));
  return merge(out);
}

/** E-mailed gift cards in large denominations, several at once: the cash-out. */
export function giftCardsToCash(rng: Rng): Line[] {
  const out: Line[] = [
    lineOf(rng.pick([E_GIFT_CARDS[4], E_GIFT_CARDS[5]].filter((c) => c !== undefined)), rng.int(1, 4)),
  ];
  if (rng.chance(0.3)) out.push(lineOf(E_GIFT_CARDS[3] ?? GRIP_UPGRADE, rng.int(1, 2)));
  return merge(out);
}

/** The same product twice becomes one line. */
function merge(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const same = out.find((o) => o.sku === l.sku);
    if (same) same.quantity += l.quantity;
    else out.push({ ...l });
  }
  return out;
}

/** How an order reaches the buyer. */
export type Shipping = 'ground' | 'express' | 'overnight' | 'freight' | 'pickup' | 'email' | 'international';

export interface Basket {
  lines: Line[];
  currency: 'USD';
  subtotal: number;
  discount: number;
  code?: string;
  /** The competitor whose lower price was matched (the difference is the discount). */
  priceMatch?: string;
  tradeIn?: { item: string; credit: number };
  shippingFee: number;
  tax: number;
  taxExempt: boolean;
  amount: number;
}

export type Code = 'DADSDAY25' | 'WELCOME10' | 'PROV1BOGO' | 'MILITARY10' | 'LSLPLAYER15';

/** What a code takes off (nothing when the basket does not qualify); gift cards never count. */
function discountOf(code: Code, lines: readonly Line[]): number {
  const goods = lines.filter((l) => !isGiftCard(l)).reduce((s, l) => s + l.price * l.quantity, 0);
  if (code === 'DADSDAY25') return goods >= 25_000 ? 2_500 : 0;
  if (code === 'WELCOME10') return Math.min(5_000, Math.round(goods * 0.1));
  if (code === 'MILITARY10') return Math.round(goods * 0.1);
  if (code === 'LSLPLAYER15') return Math.min(7_500, Math.round(goods * 0.15));
  const prov1 = lines.filter((l) => l.sku.startsWith('BL-TI-PV1')).reduce((s, l) => s + l.quantity, 0);
  return prov1 >= 4 ? 5_499 : 0;
}

export const COMPETITORS = [
  'PGA TOUR Superstore',
  'Golf Galaxy',
  'Global Golf',
  'Dick’s Sporting Goods',
  'Carl’s Golfland',
];

export interface BasketTerms {
  shipping: Shipping;
  /** The destination's sales-tax rate, percent. */
  taxRate: number;
  /** The destination country for international shipping. */
  country?: string;
  code?: Code;
  priceMatch?: { competitor: string; off: number };
  tradeIn?: { item: string; credit: number };
  taxExempt?: boolean;
}

const INTERNATIONAL_FEE: Readonly<Record<string, number>> = { CA: 3_999, MX: 4_999, GB: 6_999 };

/** Shipping: free ground from $99, two-day $24.99, overnight $44.99, freight for carts and simulators. */
function shippingFee(lines: readonly Line[], t: BasketTerms, goods: number): number {
  if (t.shipping === 'pickup' || t.shipping === 'email') return 0;
  if (t.shipping === 'international') return INTERNATIONAL_FEE[t.country ?? 'CA'] ?? 5_999;
  if (t.shipping === 'freight') return lines.some((l) => l.category === 'golf_cart') ? 49_500 : 19_900;
  if (t.shipping === 'express') return 2_499;
  if (t.shipping === 'overnight') return 4_499;
  return goods >= 9_900 ? 0 : 999;
}

/** A basket's money: discount, trade-in, shipping and destination sales tax (none on gift cards or abroad). */
export function basketOf(lines: Line[], t: BasketTerms): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const coded = t.code ? discountOf(t.code, lines) : 0;
  const matched = t.priceMatch ? Math.min(t.priceMatch.off, Math.round(subtotal * 0.2)) : 0;
  const discount = coded || matched;
  const credit = t.tradeIn ? Math.min(t.tradeIn.credit, subtotal - discount) : 0;
  const goods = lines.filter((l) => !isGiftCard(l)).reduce((s, l) => s + l.price * l.quantity, 0);
  const taxable = Math.max(0, goods - discount - credit);
  const tax = t.taxExempt || t.shipping === 'international' ? 0 : Math.round((taxable * t.taxRate) / 100);
  const fee = shippingFee(lines, t, goods - discount);
  return {
    lines,
    currency: 'USD',
    subtotal,
    discount,
    ...(coded > 0 && t.code ? { code: t.code } : {}),
    ...(matched > 0 && !coded && t.priceMatch ? { priceMatch: t.priceMatch.competitor } : {}),
    ...(credit > 0 && t.tradeIn ? { tradeIn: { item: t.tradeIn.item, credit } } : {}),
    shippingFee: fee,
    tax,
    taxExempt: t.taxExempt ?? false,
    amount: subtotal - discount - credit + fee + tax,
  };
}

/** Whether the lines need freight (golf carts, simulator enclosures). */
export const needsFreight = (lines: readonly Line[]): boolean =>
  lines.some((l) => l.category === 'golf_cart' || l.sku === 'SIM-HOME');
