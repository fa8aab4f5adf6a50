import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop sees them: BIN, last four, brand, issuing country and the processor's fingerprint (never a
 * number). The BINs are this model's own lists, by issuing country and kind; `funding` stays in the model.
 */

export type Funding = 'debit' | 'credit' | 'prepaid';
export interface HeldCard extends Card {
  funding: Funding;
  /** An app bank's card, often virtual: what resellers open by the dozen. */
  appBank: boolean;
}

interface Bin {
  bin: string;
  brand: 'visa' | 'mastercard' | 'amex';
  funding: Funding;
  appBank?: boolean;
  weight: number;
}

const b = (bin: string, brand: Bin['brand'], funding: Funding, weight: number, appBank = false): Bin => ({
  bin,
  brand,
  funding,
  weight,
  appBank,
});

/** British issuers: high-street debit cards first, then credit cards, app banks, prepaid. */
const GB_BINS: readonly Bin[] = [
  b('465858', 'visa', 'debit', 9),
  b('454313', 'visa', 'debit', 8),
  b('475127', 'visa', 'debit', 7),
  b('492181', 'visa', 'debit', 6),
  b('446291', 'visa', 'debit', 6),
  b('417564', 'visa', 'debit', 4),
  b('465902', 'visa', 'debit', 4),
  b('535522', 'mastercard', 'debit', 5),
  b('557843', 'mastercard', 'debit', 3),
  b('516001', 'mastercard', 'debit', 3),
  b('454742', 'visa', 'credit', 4),
  b('475183', 'visa', 'credit', 3),
  b('543460', 'mastercard', 'credit', 4),
  b('552213', 'mastercard', 'credit', 3),
  b('526500', 'mastercard', 'credit', 2),
  b('374288', 'amex', 'credit', 2),
  b('523757', 'mastercard', 'debit', 5, true),
  b('459675', 'visa', 'debit', 4, true),
  b('535575', 'mastercard', 'debit', 3, true),
  b('485107', 'visa', 'prepaid', 1),
  b('532785', 'mastercard', 'prepaid', 1),
];

const IE_BINS: readonly Bin[] = [
  b('476173', 'visa', 'debit', 6),
  b('455033', 'visa', 'debit', 5),
  b('539923', 'mastercard', 'debit', 4),
  b('517783', 'mastercard', 'debit', 2),
  b('554847', 'mastercard', 'credit', 2),
  b('450875', 'visa', 'credit', 2),
  b('489015', 'visa', 'debit', 3, true),
];

/** Abroad: expats' home cards, travellers' second cards, fraudsters' cards from elsewhere. */
const ABROAD_BINS: Readonly<Record<string, readonly Bin[]>> = {
  ES: [b('454881', 'visa', 'debit', 2), b('531050', 'mastercard', 'credit', 1)],
  US: [
    b('414720', 'visa', 'credit', 2),
    b('426684', 'visa', 'credit', 1),
    b('517805', 'mastercard', 'credit', 1),
  ],
  IN: [b('416021', 'visa', 'debit', 1), b('524193', 'mastercard', 'credit', 1)],
  PL: [b('427345', 'visa', 'debit', 1), b('535474', 'mastercard', 'debit', 1)],
  NG: [b('519863', 'mastercard', 'debit', 1)],
  AE: [b('428671', 'visa', 'credit', 1), b('537840', 'mastercard', 'credit', 1)],
  RO: [b('479083', 'visa', 'debit', 1)],
  ZA: [b('490703', 'visa', 'credit', 1)],
  PK: [b('410381', 'visa', 'debit', 1)],
  AU: [b('456462', 'visa', 'credit', 1)],
  FR: [b('497010', 'visa', 'debit', 1), b('513691', 'mastercard', 'debit', 1)],
  DE: [b('492942', 'visa', 'credit', 1), b('548843', 'mastercard', 'credit', 1)],
  PT: [b('418761', 'visa', 'debit', 1)],
  NL: [b('465901', 'visa', 'debit', 1)],
  HK: [b('451763', 'visa', 'credit', 1)],
  TR: [b('454360', 'visa', 'credit', 1)],
  KZ: [b('440043', 'visa', 'debit', 1), b('531091', 'mastercard', 'debit', 1)],
  AM: [b('408306', 'visa', 'debit', 1)],
};

function binsOf(country: string): readonly Bin[] {
  if (country === 'GB') return GB_BINS;
  if (country === 'IE') return IE_BINS;
  const found = ABROAD_BINS[country];
  if (!found) throw new Error(`no BINs for ${country}`);
  return found;
}

const fromBin = (rng: Rng, x: Bin, country: string): HeldCard => ({
  bin: x.bin,
  last4: rng.digits(4),
  brand: x.brand,
  country,
  fingerprint: `cf_${rng.token(16)}`,
  funding: x.funding,
  appBank: x.appBank === true,
});

/** A card issued in `country`, of any kind or of one funding. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = binsOf(country);
  const bins = funding ? all.filter((x) => x.funding === funding) : all;
  return fromBin(
    rng,
    rng.weightedPick((bins.length > 0 ? bins : all).map((x) => [x, x.weight] as const)),
    country,
  );
}

/** An app bank's card (GB unless told), as resellers and careful fraudsters like them. */
export function appBankCard(rng: Rng, country = 'GB'): HeldCard {
  const bins = binsOf(country).filter((x) => x.appBank);
  return fromBin(rng, rng.pick(bins.length > 0 ? bins : binsOf(country)), country);
}

/** Another card of the same BIN: the next card in a stolen batch, or a card-testing run. */
export function sameBin(rng: Rng, card: HeldCard): HeldCard {
  return { ...card, last4: rng.digits(4), fingerprint: `cf_${rng.token(16)}` };
}

/** What the cardholder's address check says: it works for British, Irish (mostly) and US issuers. */
export type Match = 'good' | 'partial' | 'bad';

export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  const answers =
    card.country === 'GB' || card.country === 'US' || (card.country === 'IE' && rng.chance(0.6));
  if (!answers) return 'unavailable';
  if (match === 'good') return rng.chance(0.93) ? 'pass' : rng.chance(0.7) ? 'partial' : 'unavailable';
  if (match === 'partial') return rng.chance(0.7) ? 'partial' : 'fail';
  return rng.chance(0.85) ? 'fail' : 'partial';
}

/** How the card was entered: typed (CVC checked), saved on the account (not asked), or a wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}
