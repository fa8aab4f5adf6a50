import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { LATAM } from './places.js';

/**
 * Cards as the shop sees them: BIN, last four, brand, issuing country, a fingerprint (and, kept to the model,
 * the funding). The BINs are this model's own lists; no card number exists anywhere. AVS is answered only by
 * British and US issuers; CVC is checked on a typed card, `unchecked` on a saved one, `unavailable` in a
 * wallet.
 */

export type Funding = 'debit' | 'credit' | 'prepaid';
export type HeldCard = Card & { funding: Funding };

type Bin = readonly [bin: string, funding: Funding, weight: number];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  ES: [
    ['454881', 'debit', 14],
    ['491801', 'debit', 10],
    ['417734', 'debit', 8],
    ['476602', 'debit', 6],
    ['446215', 'credit', 7],
    ['493719', 'credit', 5],
    ['547392', 'debit', 8],
    ['516824', 'debit', 6],
    ['552249', 'credit', 5],
    ['525698', 'credit', 4],
    ['376402', 'credit', 1],
  ],
  /** A neobank's cards, issued from Lithuania and carried by many young Spaniards (and resellers). */
  LT: [
    ['537100', 'debit', 6],
    ['459680', 'debit', 3],
    ['537104', 'prepaid', 1],
  ],
  FR: [
    ['497010', 'debit', 5],
    ['497355', 'debit', 4],
    ['513180', 'credit', 2],
    ['533317', 'debit', 3],
  ],
  DE: [
    ['416598', 'debit', 3],
    ['524318', 'credit', 4],
    ['549123', 'debit', 3],
    ['403589', 'credit', 2],
  ],
  IT: [
    ['453997', 'debit', 3],
    ['531104', 'credit', 3],
    ['479216', 'prepaid', 2],
    ['557845', 'debit', 2],
  ],
  PT: [
    ['421870', 'debit', 3],
    ['517692', 'debit', 2],
    ['451733', 'credit', 1],
  ],
  NL: [
    ['465881', 'debit', 3],
    ['539977', 'credit', 2],
  ],
  BE: [
    ['479658', 'debit', 3],
    ['546214', 'credit', 2],
  ],
  IE: [
    ['465942', 'debit', 3],
    ['539123', 'credit', 2],
  ],
  AT: [
    ['447218', 'debit', 3],
    ['524917', 'credit', 2],
  ],
  GB: [
    ['465858', 'debit', 5],
    ['475129', 'debit', 4],
    ['492181', 'credit', 3],
    ['535522', 'debit', 3],
    ['552188', 'credit', 3],
    ['374283', 'credit', 1],
  ],
  US: [
    ['447139', 'credit', 5],
    ['426587', 'debit', 4],
    ['483316', 'credit', 4],
    ['510984', 'credit', 3],
    ['524031', 'debit', 3],
    ['546892', 'credit', 3],
    ['376955', 'credit', 2],
    ['404538', 'prepaid', 1],
  ],
  MX: [
    ['491566', 'debit', 4],
    ['547091', 'credit', 3],
    ['415231', 'credit', 3],
    ['557910', 'debit', 2],
  ],
  AR: [
    ['450799', 'credit', 3],
    ['517562', 'credit', 3],
    ['454632', 'debit', 2],
  ],
  CO: [
    ['459918', 'credit', 3],
    ['530372', 'credit', 2],
    ['406139', 'debit', 2],
  ],
  CL: [
    ['451322', 'credit', 3],
    ['526743', 'debit', 2],
  ],
  PE: [
    ['421355', 'credit', 3],
    ['510741', 'debit', 2],
  ],
  BR: [
    ['498407', 'credit', 3],
    ['523284', 'credit', 2],
  ],
  // Cards issued where buyers in sanctioned countries get them; only that kind uses these and RU's.
  RU: [['220070', 'debit', 1]],
  KZ: [
    ['440563', 'debit', 3],
    ['517932', 'debit', 2],
  ],
  AM: [['408306', 'debit', 1]],
  KG: [['417583', 'debit', 1]],
  TR: [
    ['454360', 'credit', 2],
    ['540667', 'debit', 2],
  ],
  AE: [
    ['457012', 'debit', 2],
    ['529910', 'credit', 1],
  ],
  LB: [['462239', 'debit', 1]],
};

function brandOf(bin: string): string {
  if (bin.startsWith('3')) return 'amex';
  if (bin.startsWith('4')) return 'visa';
  if (/^220[0-4]/.test(bin)) return 'mir';
  return 'mastercard';
}

/**
 * A card issued in `country` (by its BINs' weights, or of one funding), with a fresh last four and
 * fingerprint.
 */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const bins = BINS[country];
  if (!bins) throw new Error(`no BINs for ${country}`);
  const usable = bins.filter((b) => !funding || b[1] === funding);
  const [bin, f] = rng.weightedPick((usable.length > 0 ? usable : bins).map((b) => [b, b[2]] as const));
  return { bin, last4: rng.digits(4), brand: brandOf(bin), country, fingerprint: rng.token(16), funding: f };
}

/** Another card of the same BIN: what a tester or a reseller with virtual cards runs through. */
export const sameBin = (rng: Rng, c: HeldCard): HeldCard => ({
  ...c,
  last4: rng.digits(4),
  fingerprint: rng.token(16),
});

/** How the card was presented. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** How the address typed matches the issuer's: all of it, the postcode only, none of it. */
export type Match = 'good' | 'zip_only' | 'bad';

const AVS_ISSUERS = new Set(['US', 'GB']);

export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'bad') return rng.chance(0.9) ? 'fail' : 'unavailable';
  if (match === 'zip_only') return rng.chance(0.7) ? 'fail' : 'pass';
  return rng.chance(0.95) ? 'pass' : 'unavailable';
}

export function cvc(entry: Entry, ok: boolean): CheckResult {
  if (entry === 'wallet') return 'unavailable';
  if (entry === 'saved') return 'unchecked';
  return ok ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'transaction_not_allowed'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'invalid_account'
  | 'generic_decline'
  | 'bizum_timeout'
  | 'paypal_declined'
  | 'klarna_declined';

/**
 * Why an honest card is declined: Spanish debit cards with online payments switched off or out of funds
 * before payday, a 3-D Secure prompt missed, a mistyped code; Latin American cards blocked for foreign
 * purchases.
 */
export function honestDecline(rng: Rng, country: string, big: boolean): Decline {
  if (LATAM.includes(country))
    return rng.weightedPick<Decline>([
      ['transaction_not_allowed', 35],
      ['do_not_honor', 30],
      ['insufficient_funds', 15],
      ['authentication_failed', 10],
      ['incorrect_cvc', 10],
    ]);
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 22],
    ['authentication_failed', 26],
    ['do_not_honor', 14],
    ['incorrect_cvc', 14],
    ['transaction_not_allowed', country === 'ES' ? 10 : 3],
    ['expired_card', 6],
    ['card_velocity_exceeded', big ? 4 : 1],
  ]);
}

/** Why a stolen card is declined. */
export const stolenDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['do_not_honor', 30],
    ['stolen_card', 14],
    ['lost_card', 8],
    ['insufficient_funds', 14],
    ['incorrect_cvc', 10],
    ['expired_card', 6],
    ['invalid_account', 8],
    ['pickup_card', 3],
    ['generic_decline', 7],
  ]);
