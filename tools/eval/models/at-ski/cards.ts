import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as Bergwerk's payment provider reports them: BIN, last four, brand, issuing country and a fingerprint
 * that is the same every time the same card is used. The BINs are this model's own lists, grouped by issuing
 * country; no card number exists anywhere. AVS is answered only by British, US and Canadian issuers.
 */

type Brand = 'visa' | 'mastercard' | 'amex';

const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, Brand]>>> = {
  AT: [
    ['402360', 'visa'],
    ['418236', 'visa'],
    ['455673', 'visa'],
    ['476154', 'visa'],
    ['516329', 'mastercard'],
    ['522093', 'mastercard'],
    ['535310', 'mastercard'],
    ['548901', 'mastercard'],
    ['377591', 'amex'],
  ],
  DE: [
    ['404137', 'visa'],
    ['417631', 'visa'],
    ['449631', 'visa'],
    ['492910', 'visa'],
    ['520036', 'mastercard'],
    ['528057', 'mastercard'],
    ['542561', 'mastercard'],
    ['553809', 'mastercard'],
    ['375034', 'amex'],
  ],
  CH: [
    ['404588', 'visa'],
    ['426684', 'visa'],
    ['479255', 'visa'],
    ['512311', 'mastercard'],
    ['530124', 'mastercard'],
    ['545600', 'mastercard'],
    ['376712', 'amex'],
  ],
  IT: [
    ['402076', 'visa'],
    ['453997', 'visa'],
    ['479307', 'visa'],
    ['523947', 'mastercard'],
    ['531307', 'mastercard'],
    ['535622', 'mastercard'],
  ],
  SI: [
    ['405869', 'visa'],
    ['450903', 'visa'],
    ['518936', 'mastercard'],
    ['536614', 'mastercard'],
  ],
  NL: [
    ['410862', 'visa'],
    ['446293', 'visa'],
    ['485955', 'visa'],
    ['517863', 'mastercard'],
    ['534587', 'mastercard'],
  ],
  BE: [
    ['403781', 'visa'],
    ['447862', 'visa'],
    ['480203', 'visa'],
    ['514732', 'mastercard'],
    ['544406', 'mastercard'],
  ],
  GB: [
    ['446291', 'visa'],
    ['454313', 'visa'],
    ['465901', 'visa'],
    ['475129', 'visa'],
    ['522112', 'mastercard'],
    ['535522', 'mastercard'],
  ],
  US: [
    ['414720', 'visa'],
    ['426428', 'visa'],
    ['440066', 'visa'],
    ['473702', 'visa'],
    ['517805', 'mastercard'],
    ['546616', 'mastercard'],
    ['371449', 'amex'],
  ],
  CA: [
    ['450644', 'visa'],
    ['451015', 'visa'],
    ['520588', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['497401', 'visa'],
    ['513100', 'mastercard'],
  ],
  KZ: [
    ['440043', 'visa'],
    ['400303', 'visa'],
    ['539545', 'mastercard'],
  ],
  KG: [
    ['417888', 'visa'],
    ['526960', 'mastercard'],
  ],
  AE: [
    ['428671', 'visa'],
    ['458263', 'visa'],
    ['557631', 'mastercard'],
  ],
  TR: [
    ['454360', 'visa'],
    ['540667', 'mastercard'],
  ],
  GE: [
    ['420422', 'visa'],
    ['512058', 'mastercard'],
  ],
};

/** A BIN of `country` (a few countries' own lists; elsewhere a German one would be wrong, so it throws). */
export function binOf(rng: Rng, country: string): readonly [string, Brand] {
  const list = BINS[country];
  if (!list) throw new Error(`no BINs for ${country}`);
  return rng.pick(list);
}

/** A card issued in `country`, optionally on a given BIN. */
export function newCard(rng: Rng, country: string, bin?: readonly [string, Brand]): Card {
  const [number, brand] = bin ?? binOf(rng, country);
  return {
    bin: number,
    last4: rng.digits(4),
    brand,
    country,
    fingerprint: `fp_${rng.token(20)}`,
  };
}

/** How the card reached the checkout: typed in, saved on the account, or in a phone wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'limit_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'card_velocity_exceeded'
  | 'klarna_declined'
  | 'bank_login_abandoned'
  | 'paypal_declined'
  | 'twint_timeout';

/** Why an honest customer's card is declined. */
export const honestDecline = (rng: Rng, big: boolean): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 22],
    ['do_not_honor', 18],
    ['authentication_failed', 28],
    ['incorrect_cvc', 14],
    ['expired_card', 6],
    ['limit_exceeded', big ? 14 : 2],
  ]);

/** AVS: only British, US and Canadian issuers check the address; `good` details pass, others fail or half-match. */
export type Match = 'good' | 'partial' | 'bad';

const AVS_ISSUERS: ReadonlySet<string> = new Set(['GB', 'US', 'CA']);

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.95) ? 'pass' : 'partial';
  if (match === 'partial') return 'partial';
  return rng.chance(0.8) ? 'fail' : 'unavailable';
}

/** CVC: checked when typed, not re-checked on a saved card, not there in a wallet. */
export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';
