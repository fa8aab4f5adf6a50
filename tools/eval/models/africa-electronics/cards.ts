import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Payment cards by issuing country: Nigerian Verve, Visa and Mastercard debit cards; Kenyan, South African and
 * Ghanaian bank cards; and the diaspora's (and stolen cards') UK, US, UAE and other foreign cards. Every
 * African issuer here authenticates online payments by OTP (3-D Secure) and answers no address check.
 */

export type { Card };

/** bin; brand; weight — per issuing country. BINs are illustrative, not a real issuer's. */
const BINS: Record<string, string> = {
  NG: '506105 verve 14|506118 verve 10|650002 verve 6|539983 mastercard 16|519911 mastercard 12|522145 mastercard 8|418745 visa 12|427876 visa 8',
  KE: '457621 visa 24|404939 visa 16|528053 mastercard 14|516732 mastercard 8',
  ZA: '474389 visa 18|490731 visa 16|552094 mastercard 14|520473 mastercard 10|405123 visa 12|376520 amex 2',
  GH: '421496 visa 14|535145 mastercard 10|414390 visa 6',
  GB: '465858 visa 16|475129 visa 14|535522 mastercard 12|539123 mastercard 10|492181 visa 10|374288 amex 3',
  US: '414720 visa 16|426684 visa 12|517805 mastercard 12|546616 mastercard 8|371234 amex 6|601100 discover 3',
  AE: '453245 visa 12|524370 mastercard 10|489317 visa 6',
  CA: '450644 visa 10|520588 mastercard 8',
  FR: '497010 visa 10|513691 mastercard 6',
  DE: '455600 visa 8|522206 mastercard 8',
  AU: '456445 visa 10|516361 mastercard 6',
};

const LOCAL: ReadonlySet<string> = new Set(['NG', 'KE', 'ZA', 'GH']);

/** Whether the issuer sits in one of the store's markets (OTP on every online payment, no AVS). */
export const isLocalCard = (c: Card): boolean => LOCAL.has(c.country);

/** A card issued in `country`: its BIN and brand, a last four and the processor's fingerprint of the number. */
export function issueCard(rng: Rng, country: string): Card {
  const rows = (BINS[country] ?? BINS.US ?? '').split('|').map((row) => row.split(' '));
  const [bin = '400000', brand = 'visa'] = rng.weightedPick(rows.map((r) => [r, Number(r[2])] as const));
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

/** Cards a BIN attack enumerates: one BIN, sequential-looking numbers, each its own fingerprint. */
export function enumeratedCard(rng: Rng, bin: string, brand: string, country: string): Card {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

/** A random BIN row of a country, for crews that buy one BIN's worth of numbers. */
export function binOf(rng: Rng, country: string): { bin: string; brand: string } {
  const card = issueCard(rng, country);
  return { bin: card.bin, brand: card.brand };
}

/** Issuers that return address checks: the UK, US and Canada. */
export const AVS_COUNTRIES: ReadonlySet<string> = new Set(['GB', 'US', 'CA']);
