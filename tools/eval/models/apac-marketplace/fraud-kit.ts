import { type Rng } from '../kit/random.js';
import { batchCard, type Card } from './cards.js';
import { network, address, type Network } from './networks.js';
import { type Address, homeAddress, type Market, postalCode } from './places.js';
import {
  attempt,
  type Attempt,
  between,
  DAY,
  type Device,
  type Later,
  MIN,
  type Window,
} from './purchase.js';

/** Fraud shares (of fraud orders), the crews that share infrastructure, and the labels fraud earns later. */

export const FRAUD = {
  card_testing: 18,
  stolen_card_no_details: 12,
  stolen_card_full: 9,
  topup_cashout: 12,
  account_takeover: 11,
  cod_refusal_ring: 9,
  voucher_abuse: 12,
  reshipper: 7,
  friendly_fraud: 6,
  triangulation: 4,
} as const;
export type FraudKind = keyof typeof FRAUD;

/** Exact counts per kind for `count` fraud orders (largest remainder; every kind at least once from 10). */
export function allocate(count: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const total = kinds.reduce((s, k) => s + FRAUD[k], 0);
  const exact = kinds.map((k) => (count * FRAUD[k]) / total);
  const out = Object.fromEntries(kinds.map((k, i) => [k, Math.floor(exact[i] ?? 0)])) as Record<
    FraudKind,
    number
  >;
  if (count >= kinds.length) for (const k of kinds) out[k] = Math.max(1, out[k]);
  let left = count - kinds.reduce((s, k) => s + out[k], 0);
  const order = kinds
    .map((k, i) => ({ k, frac: (exact[i] ?? 0) - Math.floor(exact[i] ?? 0) }))
    .sort((a, b) => b.frac - a.frac);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) {
    const k = order[i]?.k;
    if (k) out[k] += 1;
  }
  for (let i = order.length - 1; left < 0; i = (i - 1 + order.length) % order.length) {
    const k = order[i]?.k;
    if (k && out[k] > 1) [out[k], left] = [out[k] - 1, left + 1];
  }
  return out;
}

/** A card-testing campaign: one BIN batch, one hosting network, one bot, one night. */
export interface Campaign {
  bin: string;
  brand: string;
  country: string;
  net: Network;
  userAgent: string;
  start: number;
  market: Market;
}

/** A ring of accounts (COD refusal, voucher abuse) sharing a few devices, addresses and an access network. */
export interface Ring {
  market: Market;
  devices: Device[];
  addresses: Address[];
  ipBase: string;
  mail: readonly string[];
}

export interface Crews {
  campaigns: Campaign[];
  codRings: Ring[];
  voucherRings: Ring[];
  forwarders: Address[];
}

const TEST_BINS: ReadonlyArray<readonly [string, string, string]> = [
  ['visa', '414720', 'US'],
  ['mastercard', '546616', 'US'],
  ['visa', '475129', 'GB'],
  ['visa', '455636', 'SG'],
  ['visa', '421456', 'MY'],
  ['mastercard', '545143', 'PH'],
];

function ring(rng: Rng, market: Market, devices: number, addresses: number, mail: readonly string[]): Ring {
  const emulator = rng.chance(0.6);
  return {
    market,
    devices: Array.from({ length: devices }, () => ({
      userAgent: emulator
        ? `MarketApp/6.${rng.int(20, 24)} (Android 11; sdk_gphone_x86_64)`
        : `MarketApp/6.${rng.int(20, 24)} (Android 13; ${rng.pick(['SM-A145F', 'RMX3710', 'CPH2591'])})`,
      id: `and_${rng.token(24)}`,
    })),
    addresses: Array.from({ length: addresses }, () => homeAddress(rng, market)),
    ipBase: address(rng, network(rng, market, rng.chance(0.5) ? 'home' : 'mobile')),
    mail,
  };
}

export function crews(rng: Rng, w: Window): Crews {
  const campaigns = Array.from({ length: rng.int(2, 3) }, () => {
    const [brand, bin, country] = rng.pick(TEST_BINS);
    const market = rng.pick(['SG', 'MY', 'PH'] as const);
    return {
      bin,
      brand,
      country,
      market,
      net: network(rng, rng.pick(['SG', 'US', 'NL', 'JP']), 'hosting'),
      userAgent: rng.chance(0.5)
        ? 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36'
        : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      start: between(rng, { start: w.start, end: Math.max(w.start + 1, w.end - 3 * 3_600_000) }, 8, 1, 5),
    };
  });
  const temp = ['mailinator.com', 'guerrillamail.com', 'yopmail.com', 'gmail.com'];
  const codRings = Array.from({ length: rng.int(2, 3) }, () =>
    ring(rng, rng.pick(['PH', 'PH', 'MY'] as const), rng.int(2, 4), rng.int(3, 6), [
      'gmail.com',
      'yahoo.com',
    ]),
  );
  const voucherRings = Array.from({ length: rng.int(2, 3) }, () =>
    ring(rng, rng.pick(['SG', 'MY', 'PH', 'KR'] as const), rng.int(2, 5), rng.int(1, 3), temp),
  );
  const forwarders: Address[] = [
    {
      country: 'SG',
      city: 'Singapore',
      postalCode: postalCode(rng, 'SG'),
      line1: '5 Changi South Lane #04-01 (ship-for-me hub)',
    },
    { country: 'MY', city: 'Sepang', postalCode: '64000', line1: 'Lot 2, KLIA Cargo Free Zone (forwarding)' },
    {
      country: 'JP',
      city: 'Chiba',
      postalCode: '272-0011',
      line1: '2-3-1 Takaya, Ichikawa (proxy shipping)',
    },
  ];
  return { campaigns, codRings, voucherRings, forwarders };
}

export const testCard = (rng: Rng, c: Campaign): Card => batchCard(rng, c.bin, c.brand, c.country);

/** An address next to the ring's own (same /24: one flat's broadband, or one carrier gateway). */
export function ringIp(rng: Rng, r: Ring): string {
  return `${r.ipBase.split('.').slice(0, 3).join('.')}.${rng.int(2, 254)}`;
}

/** What a stolen-card or taken-over purchase earns later: the issuer's warning, the holder's dispute, a refund. */
export function fraudLater(
  rng: Rng,
  {
    warning,
    dispute,
    reasons = ['fraudulent'],
  }: { warning: number; dispute: number; reasons?: readonly string[] },
): Later[] {
  const out: Later[] = [];
  const warned = rng.chance(warning);
  if (warned) out.push({ type: 'fraud_warning.created', afterMs: rng.int(Math.floor(0.5 * DAY), 9 * DAY) });
  if (warned && rng.chance(0.35))
    out.push({ type: 'refund.created', afterMs: rng.int(DAY, 10 * DAY), reason: 'fraudulent' });
  else if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(10 * DAY, 70 * DAY), reason: rng.pick(reasons) });
  return out;
}

/** A stolen card tried until it goes through or the fraudster gives up, swapping cards after a decline. */
export function stolenAttempts(rng: Rng, first: Card, decline: number, spare: () => Card): Attempt[] {
  const out: Attempt[] = [];
  let card = first;
  for (let i = 0; i < 4; i++) {
    const ok = !rng.chance(decline);
    out.push(
      attempt(
        card,
        ok,
        i === 0 ? rng.int(2_000, 25_000) : rng.int(20_000, 3 * MIN),
        rng.chance(0.15) ? 'fail' : 'pass',
      ),
    );
    if (ok || !rng.chance(0.55)) break;
    card = spare();
  }
  return out;
}
