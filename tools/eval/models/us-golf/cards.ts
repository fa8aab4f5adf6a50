import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store's processor shows them: BIN, last four, brand, issuing country and a fingerprint (never a
 * number). The BIN lists are this model's own. US, Canadian and British issuers answer AVS (British ones on the
 * postcode's digits and the house number, so a partial match is common); Mexican and other issuers do not. A saved
 * card is charged without its code; a wallet sends a cryptogram instead of one.
 */

export type Brand = 'visa' | 'mastercard' | 'amex' | 'discover';
export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
  /** A company card (corporate, purchasing or small-business). */
  commercial?: boolean;
}

/** How the card reached the checkout. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** How the billing address given matches the issuer's. */
export type Match = 'exact' | 'zip_only' | 'street_only' | 'none';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'incorrect_zip'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'generic_decline'
  | 'authentication_failed'
  | 'processing_error'
  | 'transaction_not_allowed'
  | 'application_declined'
  | 'fraudulent';

type Bin = readonly [bin: string, brand: Brand, funding: Funding, weight: number, commercial?: boolean];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  US: [
    ['414720', 'visa', 'credit', 9],
    ['426684', 'visa', 'credit', 6],
    ['443057', 'visa', 'credit', 4],
    ['471532', 'visa', 'credit', 3],
    ['485340', 'visa', 'credit', 3],
    ['400344', 'visa', 'debit', 6],
    ['414709', 'visa', 'debit', 4],
    ['440393', 'visa', 'debit', 3],
    ['483312', 'visa', 'debit', 3],
    ['517805', 'mastercard', 'credit', 5],
    ['524366', 'mastercard', 'credit', 3],
    ['546616', 'mastercard', 'credit', 3],
    ['552433', 'mastercard', 'credit', 2],
    ['530133', 'mastercard', 'debit', 3],
    ['516045', 'mastercard', 'debit', 2],
    ['372741', 'amex', 'credit', 6],
    ['379763', 'amex', 'credit', 3],
    ['601100', 'discover', 'credit', 3],
    ['601136', 'discover', 'credit', 1],
    ['403446', 'visa', 'prepaid', 0.6],
    ['435880', 'visa', 'prepaid', 0.4],
    ['533248', 'mastercard', 'prepaid', 0.3],
  ],
  CA: [
    ['450060', 'visa', 'credit', 5],
    ['451015', 'visa', 'credit', 4],
    ['454617', 'visa', 'debit', 2],
    ['520082', 'mastercard', 'credit', 4],
    ['550237', 'mastercard', 'credit', 2],
    ['372345', 'amex', 'credit', 2],
  ],
  MX: [
    ['415231', 'visa', 'credit', 5],
    ['477213', 'visa', 'credit', 3],
    ['455598', 'visa', 'debit', 2],
    ['557910', 'mastercard', 'credit', 3],
    ['548010', 'mastercard', 'credit', 2],
    ['376701', 'amex', 'credit', 2],
  ],
  GB: [
    ['465901', 'visa', 'debit', 5],
    ['475129', 'visa', 'debit', 4],
    ['492181', 'visa', 'credit', 3],
    ['535522', 'mastercard', 'credit', 3],
    ['522123', 'mastercard', 'debit', 2],
    ['374288', 'amex', 'credit', 1],
  ],
  /** Issuers the sanctioned-country kind pays through. */
  KZ: [
    ['440043', 'visa', 'debit', 3],
    ['530944', 'mastercard', 'debit', 1],
  ],
  AM: [['408306', 'visa', 'debit', 1]],
  AE: [
    ['457037', 'visa', 'credit', 2],
    ['512848', 'mastercard', 'credit', 1],
  ],
  TR: [['479227', 'visa', 'credit', 1]],
  RU: [['427601', 'visa', 'debit', 1]],
};

/** US company cards: corporate Amex, purchasing and small-business Visa and Mastercard. */
const COMMERCIAL: readonly Bin[] = [
  ['379720', 'amex', 'credit', 4, true],
  ['485620', 'visa', 'credit', 3, true],
  ['556911', 'mastercard', 'credit', 2, true],
  ['471618', 'visa', 'credit', 2, true],
];

const cardOn = (rng: Rng, [bin, brand, funding, , commercial]: Bin, country: string): HeldCard => ({
  bin,
  last4: rng.digits(4),
  brand,
  country,
  fingerprint: rng.token(16),
  funding,
  ...(commercial ? { commercial } : {}),
});

/** A card from an issuer in `country`, of a funding type when asked (and if that country's list has it). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const bins = BINS[country] ?? BINS.US ?? [];
  const wanted = funding ? bins.filter((b) => b[2] === funding) : bins.filter((b) => b[2] !== 'prepaid');
  const list = wanted.length > 0 ? wanted : bins;
  return cardOn(rng, rng.weightedPick(list.map((b) => [b, b[3]] as const)), country);
}

/** A US company card. */
export const companyCard = (rng: Rng): HeldCard =>
  cardOn(rng, rng.weightedPick(COMMERCIAL.map((b) => [b, b[3]] as const)), 'US');

/** Another card on the same BIN: what a card tester's list or a dump of one bank's cards looks like. */
export const sameBin = (rng: Rng, c: HeldCard): HeldCard => ({
  ...c,
  last4: rng.digits(4),
  fingerprint: rng.token(16),
});

/** A US BIN of a brand, for crews that buy cards by BIN. */
export function usBin(rng: Rng, funding: Funding = 'credit'): HeldCard {
  return newCard(rng, 'US', funding);
}

const AVS_ISSUERS = new Set(['US', 'CA', 'GB']);

/** The issuer's AVS answer for how the billing address given matches. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (card.funding === 'prepaid' && rng.chance(0.55)) return 'unavailable';
  if (rng.chance(0.01)) return 'unavailable';
  if (match === 'exact') {
    if (card.country === 'GB') return rng.chance(0.7) ? 'pass' : 'partial';
    return rng.chance(0.975) ? 'pass' : 'partial';
  }
  if (match === 'none') return rng.chance(0.9) ? 'fail' : 'partial';
  return 'partial';
}

/** The card code's check: typed (right or wrong), saved (not asked), or a wallet (none to check). */
export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

/** Why an honest customer's card is declined: mostly funds and the issuer's own caution on a big golf order. */
export function honestDecline(rng: Rng, amount: number): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', amount > 80_000 ? 34 : 26],
    ['do_not_honor', amount > 80_000 ? 28 : 18],
    ['expired_card', 12],
    ['incorrect_cvc', 12],
    ['incorrect_zip', 10],
    ['card_velocity_exceeded', 4],
    ['processing_error', 4],
    ['generic_decline', 4],
  ]);
}
