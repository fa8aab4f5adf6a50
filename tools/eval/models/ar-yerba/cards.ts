import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store's gateway sees them: BIN, last four, brand, issuing country, a fingerprint, and (kept by
 * the model, never shown) how the card is funded. BINs are this model's own lists; no card number exists.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

type Bins = ReadonlyArray<
  readonly [brand: string, funding: Funding, bins: readonly string[], weight: number]
>;

/**
 * Argentine cards: Visa and Mastercard credit from the banks, American Express, Naranja (the provinces' card,
 * with its own plans) and Cabal; Visa Débito and Maestro; prepaid cards from the fintech wallets.
 */
const AR_BINS: Bins = [
  ['visa', 'credit', ['454631', '451766', '476520', '450799', '455617', '404025'], 30],
  ['mastercard', 'credit', ['517562', '528733', '552169', '540034', '519716'], 20],
  ['amex', 'credit', ['376654', '377795'], 5],
  ['naranja', 'credit', ['589562'], 7],
  ['cabal', 'credit', ['604220', '604244'], 3],
  ['visa', 'debit', ['402917', '455890', '446344', '491580'], 22],
  ['maestro', 'debit', ['501041', '589657'], 5],
  ['mastercard', 'prepaid', ['535610', '523798'], 8],
];

const ABROAD_BINS: Readonly<Record<string, Bins>> = {
  US: [
    ['visa', 'credit', ['414720', '426684', '440066', '473702'], 45],
    ['mastercard', 'credit', ['542418', '552433', '546616'], 25],
    ['amex', 'credit', ['371449', '379709'], 15],
    ['visa', 'debit', ['400022', '485246'], 15],
  ],
  ES: [
    ['visa', 'debit', ['454881', '491617', '476173'], 45],
    ['mastercard', 'credit', ['530129', '557889'], 35],
    ['visa', 'credit', ['455673'], 20],
  ],
  DE: [
    ['mastercard', 'credit', ['535520', '522210'], 40],
    ['visa', 'debit', ['492980', '410162'], 45],
    ['visa', 'credit', ['464926'], 15],
  ],
  UY: [
    ['visa', 'credit', ['432042', '446867'], 50],
    ['oca', 'credit', ['542991'], 30],
    ['mastercard', 'debit', ['516283'], 20],
  ],
  CL: [
    ['visa', 'credit', ['450601', '493190'], 50],
    ['mastercard', 'credit', ['520081'], 30],
    ['visa', 'debit', ['433512'], 20],
  ],
  BR: [
    ['mastercard', 'credit', ['546479', '516292'], 40],
    ['visa', 'credit', ['498407', '406655'], 35],
    ['elo', 'credit', ['636368', '504175'], 25],
  ],
  // Only the sanctioned_country kind holds these.
  RU: [['mir', 'debit', ['220070', '220220'], 1]],
  BY: [
    ['belkart', 'debit', ['911200'], 1],
    ['visa', 'debit', ['427950'], 1],
  ],
  IR: [['shetab', 'debit', ['603799'], 1]],
  // Third countries whose cards buy on behalf of sanctioned buyers.
  AE: [['visa', 'credit', ['474123'], 1]],
  TR: [['visa', 'credit', ['454360'], 1]],
  KZ: [['visa', 'debit', ['440563'], 1]],
  AM: [['visa', 'debit', ['408306'], 1]],
  LB: [['visa', 'credit', ['437733'], 1]],
};

const binsOf = (country: string): Bins => (country === 'AR' ? AR_BINS : (ABROAD_BINS[country] ?? AR_BINS));

/** A card with this BIN, a last four and a fingerprint. */
export function cardWith(rng: Rng, bin: string, brand: string, country: string, funding: Funding): HeldCard {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(20)}`, funding };
}

/** A card from `country`, of `funding` if given (any otherwise). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = binsOf(country);
  const fit = funding ? all.filter((b) => b[1] === funding) : all;
  const [brand, f, bins] = rng.weightedPick((fit.length > 0 ? fit : all).map((b) => [b, b[3]] as const));
  return cardWith(rng, rng.pick(bins), brand, country, f);
}

/** A BIN of `country` and `funding` for a tester's batch. */
export function batchBin(
  rng: Rng,
  country: string,
  funding?: Funding,
): { bin: string; brand: string; funding: Funding } {
  const c = newCard(rng, country, funding);
  return { bin: c.bin, brand: c.brand, funding: c.funding };
}

export type Decline =
  | 'insufficient_funds'
  | 'limit_exceeded'
  | 'installments_not_allowed'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'invalid_card'
  | 'card_expired'
  | 'stolen_card'
  | 'lost_card'
  | 'restricted_card'
  | 'authentication_failed'
  | 'high_risk'
  | 'processing_error'
  | 'expired';

/** How the card was entered: typed, saved on the account (no CVC asked), or through a wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

/** Whether the holder data given matches the card's: all of it, some, none given, or someone else's. */
export type Match = 'good' | 'partial' | 'unknown' | 'wrong';

/**
 * AVS as it comes back: US issuers answer on the address; Argentine acquirers validate the holder's data (DNI,
 * door number) on credit cards for some merchants, about half the time here; everyone else is unavailable.
 */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  const answers =
    card.country === 'US' || (card.country === 'AR' && card.funding === 'credit' && rng.chance(0.5));
  if (!answers) return 'unavailable';
  if (match === 'good') return rng.chance(0.94) ? 'pass' : 'partial';
  if (match === 'partial') return 'partial';
  if (match === 'unknown') return 'unavailable';
  return rng.chance(0.8) ? 'fail' : 'partial';
}

/** CVC: checked when typed, not asked for a saved card, not shown through a wallet. */
export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

/** Why an honest card payment fails: mostly limits and funds, with cuotas the purchase limit. */
export function honestDecline(rng: Rng, installments: number): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', 30],
    ['limit_exceeded', installments >= 6 ? 30 : 6],
    ['installments_not_allowed', installments > 1 ? 8 : 0],
    ['do_not_honor', 14],
    ['incorrect_cvc', 14],
    ['card_expired', 4],
    ['processing_error', 4],
  ]);
}

/** Why a stolen or tested card fails. */
export function fraudDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['do_not_honor', 30],
    ['insufficient_funds', 18],
    ['stolen_card', 10],
    ['lost_card', 6],
    ['invalid_card', 14],
    ['incorrect_cvc', 12],
    ['card_expired', 6],
    ['restricted_card', 4],
  ]);
}
