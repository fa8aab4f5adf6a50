import { accountBuyer, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  ACCESSORIES,
  allDigital,
  CHAIRS,
  CONSOLES,
  CONTROLLERS,
  type Fulfilment,
  GAMES,
  HEADSETS,
  type Line,
  lineIn,
  PC,
  some,
  SUBSCRIPTIONS,
  WALLET,
} from './catalogue.js';
import { type Draft } from './draft.js';
import { type Account } from './people.js';
import { type Currency, nearestShop, type Region } from './places.js';
import { localeFor, type Payer } from './purchase.js';
import { connectionOf, deviceOfAccount } from './shopper.js';

/** The honest kinds' weights and what their planners share (an account's ordinary order, its payer, a basket). */

export const HONEST = {
  regular_gamer: 22,
  bundle_launch: 10,
  release_day: 12,
  digital_codes: 10,
  parent_on_kid_account: 8,
  gift_elsewhere: 7,
  click_and_collect: 8,
  student_revolut: 6,
  vpn_gamer: 5,
  border_shopper: 5,
  trade_in_credit: 5,
  lan_cafe_bulk: 1.5,
} as const;

export type HonestKind = keyof typeof HONEST;

/** An account's payer: its cards, wallets and home region. */
export const payerOf = (a: Account, device: Draft['device'], extra: Partial<Payer> = {}): Payer => ({
  cards: a.cards,
  region: a.region,
  signedIn: true,
  device,
  wallets: a.wallets,
  ...extra,
});

/** A gamer's everyday basket: games, a pad or headset, a code, now and then a console, a chair or PC kit. */
export function gamerLines(rng: Rng, c: Currency, pcLeaning = false): Line[] {
  const r = rng.next();
  if (r < (pcLeaning ? 0.25 : 0.42)) {
    const lines = some(
      rng,
      GAMES,
      rng.weightedPick([
        [1, 70],
        [2, 25],
        [3, 5],
      ] as const),
    ).map((g) => lineIn(c, g));
    if (rng.chance(0.2)) lines.push(lineIn(c, rng.pick(ACCESSORIES)));
    return lines;
  }
  if (r < 0.62) {
    const lines = [lineIn(c, rng.pick(rng.chance(0.55) ? CONTROLLERS : HEADSETS))];
    if (rng.chance(0.35)) lines.push(lineIn(c, rng.pick(GAMES)));
    return lines;
  }
  if (r < 0.72) return [lineIn(c, rng.pick([...WALLET, ...SUBSCRIPTIONS])), lineIn(c, rng.pick(GAMES))];
  if (r < (pcLeaning ? 0.9 : 0.8)) return some(rng, PC, rng.int(1, 2)).map((p) => lineIn(c, p));
  if (r < 0.88) {
    const lines = [lineIn(c, rng.pick(CONSOLES))];
    if (rng.chance(0.6)) lines.push(lineIn(c, rng.pick(GAMES)));
    if (rng.chance(0.3)) lines.push(lineIn(c, rng.pick(CONTROLLERS)));
    return lines;
  }
  if (r < 0.93) return [lineIn(c, rng.pick(CHAIRS))];
  return some(rng, ACCESSORIES, rng.int(1, 3)).map((a) => lineIn(c, a));
}

/** Codes by e-mail; otherwise An Post, DPD next day, or collection from the nearest shop in Ireland. */
export function fulfilmentFor(rng: Rng, lines: readonly Line[], region: Region, collect = 0.07): Fulfilment {
  if (allDigital(lines)) return 'email';
  if (region === 'IE' && rng.chance(collect)) return 'click_collect';
  return rng.chance(region === 'EU' ? 0 : 0.18) ? 'express' : 'delivery';
}

/** An account's ordinary order: its own device and connection, its home, its cards. */
export function accountDraft(
  rng: Rng,
  a: Account,
  kind: HonestKind,
  at: number,
  lines: Line[],
  f: Fulfilment,
): Draft {
  const device = deviceOfAccount(rng, a);
  return {
    kind,
    fraud: false,
    at,
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: a.home,
    fulfilment: f,
    shop: nearestShop(a.place.city),
    ip: connectionOf(rng, a, device),
    device,
    region: a.region,
    currency: a.currency,
    lines,
    locale: localeFor(rng, a.home.country, a.region),
    ...(a.createdAt > at - 20 * DAY && rng.chance(0.4) ? { code: 'WELCOME5' } : {}),
  };
}
