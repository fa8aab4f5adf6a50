import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store's payment provider reports them: BIN, last four, brand, issuing country and a
 * fingerprint (no card number exists anywhere). French cards are mostly co-badged Cartes Bancaires, routed as
 * `cartes_bancaires` at checkout more often than not. Overseas-department customers bank with French banks, so
 * their cards are French. BINs are this model's own lists.
 */

export type Funding = 'debit' | 'credit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

type Bins = ReadonlyArray<readonly [string, string, Funding, number]>;

/** BIN, brand, funding, weight, by issuing country. */
const BINS: Readonly<Record<string, Bins>> = {
  FR: [
    ['497010', 'cartes_bancaires', 'debit', 14],
    ['497401', 'cartes_bancaires', 'debit', 10],
    ['513283', 'cartes_bancaires', 'debit', 10],
    ['535651', 'cartes_bancaires', 'debit', 6],
    ['497671', 'visa', 'debit', 8],
    ['455672', 'visa', 'credit', 5],
    ['533317', 'mastercard', 'debit', 6],
    ['520061', 'mastercard', 'credit', 3],
    ['537131', 'mastercard', 'debit', 4],
    ['376413', 'amex', 'credit', 1],
    ['479203', 'visa', 'prepaid', 1],
    ['535582', 'mastercard', 'prepaid', 1],
  ],
  BE: [
    ['479274', 'visa', 'debit', 4],
    ['670301', 'maestro', 'debit', 1],
    ['552145', 'mastercard', 'credit', 2],
    ['464502', 'visa', 'credit', 1],
  ],
  LU: [
    ['404129', 'visa', 'debit', 2],
    ['531207', 'mastercard', 'credit', 1],
  ],
  CH: [
    ['428813', 'visa', 'debit', 2],
    ['541236', 'mastercard', 'credit', 2],
    ['476134', 'visa', 'credit', 1],
  ],
  DE: [
    ['426451', 'visa', 'debit', 1],
    ['522871', 'mastercard', 'credit', 1],
  ],
  GB: [
    ['475129', 'visa', 'debit', 2],
    ['535522', 'mastercard', 'credit', 1],
  ],
  US: [
    ['414720', 'visa', 'credit', 3],
    ['440393', 'visa', 'debit', 2],
    ['546616', 'mastercard', 'credit', 2],
    ['371449', 'amex', 'credit', 1],
  ],
  CA: [['450605', 'visa', 'credit', 1]],
  IR: [['603799', 'visa', 'debit', 1]],
  CU: [['472912', 'visa', 'debit', 1]],
  SY: [['458311', 'visa', 'debit', 1]],
  /** Prepaid cards anyone can buy in a tobacconist's with a top-up voucher. */
  PREPAID_FR: [
    ['479203', 'visa', 'prepaid', 2],
    ['535582', 'mastercard', 'prepaid', 2],
    ['516795', 'mastercard', 'prepaid', 1],
  ],
};

export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const list = BINS[country] ?? BINS.FR ?? [];
  const fitting = funding ? list.filter((b) => b[2] === funding) : list;
  const [bin, brand, f] = rng.weightedPick(
    (fitting.length > 0 ? fitting : list).map((b) => [b, b[3]] as const),
  );
  return {
    bin,
    last4: rng.digits(4),
    brand,
    country: country === 'PREPAID_FR' ? 'FR' : country,
    fingerprint: `fp_${rng.token(16)}`,
    funding: f,
  };
}

/** The issuing country of a card held by someone living in `market`. */
export const issuerOf = (market: string): string => (market === 'RE' || market === 'GP' ? 'FR' : market);

/** Only North American and British issuers answer address checks; the rest report them unavailable. */
export function avs(rng: Rng, card: Card, matches: boolean): CheckResult {
  if (!['US', 'CA', 'GB'].includes(card.country)) return 'unavailable';
  if (!matches) return rng.chance(0.7) ? 'fail' : 'partial';
  return rng.chance(0.92) ? 'pass' : 'partial';
}

/** How the card was given: typed in, saved on the account (no code asked), or through Apple Pay. */
export type Entry = 'typed' | 'saved' | 'wallet';

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'card_velocity_exceeded'
  | 'invalid_number'
  | 'instalment_refused'
  | 'gift_card_balance';

/** Why an honest card is declined: 3-D Secure not answered in time, limits, a mistyped code. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['authentication_failed', 34],
    ['insufficient_funds', big ? 28 : 14],
    ['card_velocity_exceeded', big ? 12 : 4],
    ['incorrect_cvc', 14],
    ['expired_card', 6],
    ['do_not_honor', 10],
  ]);
}
