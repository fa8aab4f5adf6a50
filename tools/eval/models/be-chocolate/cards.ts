import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop sees them: BIN, last four, brand, issuing country and a fingerprint; the funding is the
 * model's own. Belgian debit cards are Bancontact (co-badged Maestro / Debit Mastercard, no CVC); Dutch buyers
 * rarely have a credit card. BINs are this model's own lists; no card number exists anywhere.
 */

export type Funding = 'debit' | 'credit' | 'prepaid' | 'commercial';
export type HeldCard = Card & { funding: Funding };

type Bin = readonly [bin: string, brand: string, funding: Funding];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  BE: [
    ['670302', 'bancontact', 'debit'],
    ['670315', 'bancontact', 'debit'],
    ['670348', 'bancontact', 'debit'],
    ['479242', 'visa', 'credit'],
    ['535410', 'mastercard', 'credit'],
    ['516840', 'mastercard', 'debit'],
    ['374588', 'amex', 'credit'],
    ['552213', 'mastercard', 'commercial'],
    ['485911', 'visa', 'commercial'],
  ],
  NL: [
    ['465858', 'visa', 'debit'],
    ['520416', 'mastercard', 'debit'],
    ['402360', 'visa', 'credit'],
    ['545545', 'mastercard', 'credit'],
    ['558812', 'mastercard', 'commercial'],
  ],
  FR: [
    ['497010', 'visa', 'debit'],
    ['513100', 'mastercard', 'debit'],
    ['497355', 'visa', 'credit'],
    ['535600', 'mastercard', 'credit'],
    ['533317', 'mastercard', 'prepaid'],
    ['486236', 'visa', 'commercial'],
  ],
  DE: [
    ['455600', 'visa', 'credit'],
    ['520000', 'mastercard', 'credit'],
    ['417600', 'visa', 'debit'],
    ['485620', 'visa', 'commercial'],
    ['531106', 'mastercard', 'prepaid'],
  ],
  LU: [
    ['474402', 'visa', 'debit'],
    ['522860', 'mastercard', 'credit'],
    ['489537', 'visa', 'commercial'],
  ],
  GB: [
    ['465942', 'visa', 'debit'],
    ['475129', 'visa', 'debit'],
    ['535522', 'mastercard', 'credit'],
    ['492181', 'visa', 'credit'],
    ['465550', 'visa', 'prepaid'],
    ['556677', 'mastercard', 'commercial'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['517805', 'mastercard', 'credit'],
    ['371449', 'amex', 'credit'],
    ['435880', 'visa', 'prepaid'],
    ['556789', 'mastercard', 'commercial'],
  ],
  ES: [['454881', 'visa', 'debit']],
  IT: [['532510', 'mastercard', 'credit']],
  CH: [['404159', 'visa', 'credit']],
  AE: [['458763', 'visa', 'credit']],
  TR: [['454360', 'visa', 'credit']],
  RU: [
    ['427600', 'visa', 'debit'],
    ['220220', 'mir', 'debit'],
  ],
  BY: [['424020', 'visa', 'debit']],
};

/** A card from a country's issuers, of a funding when it has one (else any, debit and credit first). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const bins = BINS[country] ?? BINS['BE'] ?? [];
  const fitting = bins.filter(([, , f]) => (funding ? f === funding : f === 'debit' || f === 'credit'));
  const [bin, brand, f] = rng.pick(fitting.length > 0 ? fitting : bins);
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding: f };
}

/** A specific BIN's card: the same stolen batch shares its BIN. */
export function cardOfBin(rng: Rng, country: string, bin: string): HeldCard {
  const found = (BINS[country] ?? []).find(([b]) => b === bin);
  const [, brand, funding] = found ?? [bin, 'visa', 'credit'];
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding };
}

/** The BINs of a country (for card-testing batches). */
export const binsOf = (country: string, funding?: Funding): string[] =>
  (BINS[country] ?? []).filter(([, , f]) => !funding || f === funding).map(([b]) => b);

/** How a card was entered: typed, saved on the account, or through Apple / Google Pay. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** Whether the billing address fits the card: the holder's own, or someone else's. */
export type Match = 'good' | 'bad';

/** AVS: only British and US issuers answer it. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (card.country !== 'GB' && card.country !== 'US') return 'unavailable';
  if (match === 'good') return rng.chance(0.93) ? 'pass' : 'unavailable';
  return rng.chance(0.6) ? 'fail' : rng.chance(0.5) ? 'partial' : 'unavailable';
}

/** CVC: checked when typed; not asked for a saved card; none through a wallet or on a Bancontact card. */
export function cvc(card: HeldCard, entry: Entry, right: boolean): CheckResult {
  if (card.brand === 'bancontact' || entry === 'wallet') return 'unavailable';
  if (entry === 'saved') return 'unchecked';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'card_velocity_exceeded'
  | 'invalid_number'
  | 'stolen_card'
  | 'lost_card'
  | 'transaction_not_allowed'
  | 'fraudulent';

/** Why an honest card is declined. */
export const honestDecline = (rng: Rng, big: boolean): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 22],
    ['authentication_failed', 30],
    ['incorrect_cvc', 14],
    ['do_not_honor', big ? 22 : 14],
    ['expired_card', 8],
  ]);
