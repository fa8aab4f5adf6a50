import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency, type Market, USD_FACES } from './places.js';

/**
 * What the store sells, all delivered by e-mail or to the account at once: game keys and DLC for Steam, the
 * consoles and launchers; platform gift cards; in-game currency; prepaid subscriptions; software licences.
 * Prices are the US list price in dollars; each storefront converts at its regional price level and rounds
 * the way its shop does (…,99; whole lira, rupees and pesos; thousands of rupiah; hundreds of naira). Gift
 * cards are sold at face value in the local currency (Nigeria's store sells US-dollar cards in naira).
 */

export type Category = 'game' | 'dlc' | 'gift_card' | 'currency' | 'subscription' | 'software';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  usd: number;
}

export interface Basket {
  lines: Array<BasketLine<Category>>;
  /** Minor units. */
  amount: number;
  currency: Currency;
}

const products = (category: Category, text: string): Product[] =>
  text
    .trim()
    .split('\n')
    .map((row) => {
      const [sku = '', name = '', usd = '0'] = row.trim().split('|');
      return { sku, name, category, usd: Number(usd) };
    });

export const GAMES = products(
  'game',
  `stm-eldenring|ELDEN RING (Steam)|59.99
  stm-bg3|Baldur's Gate 3 (Steam)|59.99
  stm-cp2077|Cyberpunk 2077 (Steam)|59.99
  rsg-rdr2|Red Dead Redemption 2 (Rockstar)|59.99
  stm-mhwilds|Monster Hunter Wilds (Steam)|69.99
  stm-hd2|HELLDIVERS 2 (Steam)|39.99
  stm-wukong|Black Myth: Wukong (Steam)|59.99
  ea-fc27|EA SPORTS FC 27 (EA app)|69.99
  xbx-fh5|Forza Horizon 5 (Xbox / PC)|59.99
  psn-gt7|Gran Turismo 7 (PS5)|69.99
  nsw-totk|Zelda: Tears of the Kingdom (Switch)|69.99
  ns2-mkworld|Mario Kart World (Switch 2)|79.99
  stm-palworld|Palworld (Steam)|29.99
  stm-hades2|Hades II (Steam)|29.99
  mc-javabedrock|Minecraft: Java & Bedrock (PC)|29.99
  stm-silksong|Hollow Knight: Silksong (Steam)|19.99
  stm-balatro|Balatro (Steam)|14.99
  stm-stardew|Stardew Valley (Steam)|14.99
  stm-terraria|Terraria (Steam)|9.99
  stm-lethal|Lethal Company (Steam)|9.99
  stm-vampsurv|Vampire Survivors (Steam)|4.99
  stm-mystery|Mystery Indie Key (Steam)|1.49`,
);

/** The launch of the window: pre-loaded, unlocked worldwide on launch night. */
export const LAUNCH_EDITIONS = products(
  'game',
  `stm-ashfall-std|Ashfall: Dominion — Standard Edition (Steam)|69.99
  stm-ashfall-dlx|Ashfall: Dominion — Deluxe Edition (Steam)|99.99
  stm-ashfall-ult|Ashfall: Dominion — Ultimate Edition (Steam)|119.99`,
);

export const DLC = products(
  'dlc',
  `stm-erdtree|ELDEN RING Shadow of the Erdtree|39.99
  stm-phantomlib|Cyberpunk 2077: Phantom Liberty|29.99
  stm-mhw-pass|Monster Hunter Wilds Expansion Pass|39.99
  stm-hd2-warbond|HELLDIVERS 2 Super Citizen Upgrade|19.99`,
);

export const CURRENCY = products(
  'currency',
  `fn-vb1000|Fortnite 1,000 V-Bucks|8.99
  fn-vb2800|Fortnite 2,800 V-Bucks|22.99
  fn-vb5000|Fortnite 5,000 V-Bucks|36.99
  fn-vb13500|Fortnite 13,500 V-Bucks|89.99
  rbx-400|Roblox 400 Robux|4.99
  rbx-800|Roblox 800 Robux|9.99
  rbx-1700|Roblox 1,700 Robux|19.99
  rbx-4500|Roblox 4,500 Robux|49.99
  rbx-10000|Roblox 10,000 Robux|99.99
  val-1000|VALORANT 1,000 VP|9.99
  val-5350|VALORANT 5,350 VP|49.99
  fc-2800|FC 27 2,800 FC Points|24.99
  fc-12000|FC 27 12,000 FC Points|99.99
  gi-980|Genshin Impact 980 Genesis Crystals|14.99
  gi-6480|Genshin Impact 6,480 Genesis Crystals|99.99
  cod-2400|Call of Duty 2,400 COD Points|19.99
  mc-1720|Minecraft 1,720 Minecoins|9.99`,
);

export const SUBSCRIPTIONS = products(
  'subscription',
  `xgp-ult-1m|Xbox Game Pass Ultimate — 1 month|29.99
  xgp-pc-1m|PC Game Pass — 1 month|16.49
  psp-ess-3m|PlayStation Plus Essential — 3 months|24.99
  psp-ess-12m|PlayStation Plus Essential — 12 months|79.99
  psp-ext-12m|PlayStation Plus Extra — 12 months|134.99
  nso-12m|Nintendo Switch Online — 12 months|19.99
  nso-exp-12m|Nintendo Switch Online + Expansion Pack — 12 months|49.99
  nitro-1m|Discord Nitro — 1 month|9.99
  nitro-12m|Discord Nitro — 12 months|99.99
  eaplay-12m|EA Play — 12 months|39.99
  spotify-3m|Spotify Premium — 3 months|35.97`,
);

export const SOFTWARE = products(
  'software',
  `win11-home|Windows 11 Home|139
  win11-pro|Windows 11 Pro|199.99
  m365-personal|Microsoft 365 Personal — 12 months|99.99
  m365-family|Microsoft 365 Family — 12 months|129.99
  office-hs24|Office Home 2024|149.99
  norton-360|Norton 360 Deluxe — 1 year|49.99
  bitdefender-ts|Bitdefender Total Security — 1 year|44.99
  nordvpn-1y|NordVPN — 1 year|59.99`,
);

export const PLATFORMS = [
  'Steam Wallet',
  'PlayStation Store',
  'Xbox',
  'Nintendo eShop',
  'Apple Gift Card',
  'Google Play',
  'Roblox',
  'Razer Gold',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Major units to the storefront's minor units, rounded as its prices are. */
export function nice(value: number, currency: Currency): number {
  const v = Math.max(value, 0.5);
  switch (currency) {
    case 'BRL':
      return Math.max(1, Math.round(v)) * 100 - 10;
    case 'TRY':
    case 'INR':
    case 'MXN':
      if (v < 100) return Math.round(v) * 100;
      return (v < 1000 ? Math.round(v / 10) * 10 - 1 : Math.round(v / 100) * 100 - 1) * 100;
    case 'PHP':
      return Math.max(5, Math.round(v / 5) * 5) * 100;
    case 'IDR':
      return Math.max(1000, Math.round(v / 1000) * 1000) * 100;
    case 'NGN':
      return Math.max(100, Math.round(v / 100) * 100) * 100;
    default:
      return Math.max(1, Math.round(v)) * 100 - 1;
  }
}

/** The product's price on this storefront, after an optional discount (0–1). */
export const priceOf = (p: Product, m: Market, discount = 0): number =>
  nice(p.usd * (1 - discount) * m.regional * m.perUsd, m.currency);

export const line = (p: Product, m: Market, quantity = 1, discount = 0): BasketLine<Category> => ({
  sku: p.sku,
  name: discount > 0 ? `${p.name} (−${Math.round(discount * 100)} %)` : p.name,
  category: p.category,
  quantity,
  price: priceOf(p, m, discount),
});

/** A gift-card face's worth in US dollars. */
export const faceUsd = (face: number, m: Market): number =>
  USD_FACES.has(m.country) ? face : face / m.perUsd;

/** A platform gift card of `face` (the storefront's major units; US dollars in Nigeria). */
export function giftCard(platform: Platform, face: number, m: Market, quantity = 1): BasketLine<Category> {
  const usdFaced = USD_FACES.has(m.country);
  const slug = platform.toLowerCase().replace(/[^a-z]+/g, '-');
  return {
    sku: `gc-${slug}-${usdFaced ? 'usd' : m.currency.toLowerCase()}-${face}`,
    name: `${platform} ${usdFaced ? 'USD' : m.currency} ${face}`,
    category: 'gift_card',
    quantity,
    price: usdFaced ? nice(face * m.perUsd * 1.04, m.currency) : face * 100,
  };
}

/** A face in the band (US-dollar worth), or the nearest the storefront sells. */
export function face(rng: Rng, m: Market, minUsd: number, maxUsd: number): number {
  const fit = m.faces.filter((f) => faceUsd(f, m) >= minUsd && faceUsd(f, m) <= maxUsd);
  if (fit.length > 0) return rng.pick(fit);
  const mid = (minUsd + maxUsd) / 2;
  return [...m.faces].sort((a, b) => Math.abs(faceUsd(a, m) - mid) - Math.abs(faceUsd(b, m) - mid))[0] ?? 10;
}

/** A product of the list priced between `minUsd` and `maxUsd` (US list), or any of the list. */
export function inRange(rng: Rng, list: readonly Product[], minUsd = 0, maxUsd = Infinity): Product {
  const fit = list.filter((p) => p.usd >= minUsd && p.usd <= maxUsd);
  return rng.pick(fit.length > 0 ? fit : list);
}

export function basket(m: Market, lines: Array<BasketLine<Category>>): Basket {
  return { lines, currency: m.currency, amount: lines.reduce((s, l) => s + l.price * l.quantity, 0) };
}
