import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the gateways see them: BIN and last four (never a number), brand, issuing country, a fingerprint,
 * and what the model keeps beside them (funding, issuer). Colombian credit cards are paid in cuotas; many
 * Colombian debit cards must be enabled for online purchases before they work. The peso gateway checks no
 * addresses; the dollar and euro gateway gets AVS answers from US, Canadian and British issuers only.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
  issuer: string;
}

type Bin = readonly [bin: string, brand: string, funding: Funding, issuer: string];

/** BINs by issuing country: this model's own lists, from general knowledge of each country's issuers. */
export const BINS: Readonly<Record<string, readonly Bin[]>> = {
  CO: [
    ['491268', 'visa', 'credit', 'Bancolombia'],
    ['530371', 'mastercard', 'credit', 'Bancolombia'],
    ['450799', 'visa', 'debit', 'Bancolombia'],
    ['377813', 'amex', 'credit', 'Bancolombia'],
    ['459418', 'visa', 'credit', 'Davivienda'],
    ['526458', 'mastercard', 'debit', 'Davivienda'],
    ['456468', 'visa', 'credit', 'Banco de Bogotá'],
    ['410164', 'visa', 'credit', 'BBVA Colombia'],
    ['540625', 'mastercard', 'credit', 'Scotiabank Colpatria'],
    ['543422', 'mastercard', 'credit', 'Banco Falabella'],
    ['518551', 'mastercard', 'credit', 'Nu Colombia'],
    ['476134', 'visa', 'credit', 'Banco de Occidente'],
    ['552327', 'mastercard', 'credit', 'Itaú Colombia'],
    ['455624', 'visa', 'debit', 'Banco AV Villas'],
    ['493117', 'visa', 'debit', 'Lulo Bank'],
    ['404279', 'visa', 'credit', 'RappiCard · Davivienda'],
  ],
  US: [
    ['414720', 'visa', 'credit', 'JPMorgan Chase'],
    ['440066', 'visa', 'credit', 'Bank of America'],
    ['517805', 'mastercard', 'credit', 'Capital One'],
    ['542418', 'mastercard', 'credit', 'Citibank'],
    ['446542', 'visa', 'debit', 'Wells Fargo'],
    ['379764', 'amex', 'credit', 'American Express'],
    ['601120', 'discover', 'credit', 'Discover'],
    ['403784', 'visa', 'debit', 'U.S. Bank'],
    ['485246', 'visa', 'prepaid', 'Prepaid program bank'],
  ],
  CA: [
    ['451015', 'visa', 'credit', 'RBC Royal Bank'],
    ['452088', 'visa', 'credit', 'TD Canada Trust'],
    ['450060', 'visa', 'credit', 'CIBC'],
    ['453738', 'visa', 'credit', 'Scotiabank'],
    ['519123', 'mastercard', 'credit', 'BMO'],
    ['453046', 'visa', 'credit', 'Desjardins'],
  ],
  ES: [
    ['454881', 'visa', 'debit', 'Banco Santander'],
    ['491391', 'visa', 'credit', 'BBVA'],
    ['455962', 'visa', 'debit', 'CaixaBank'],
    ['520416', 'mastercard', 'credit', 'Bankinter'],
  ],
  DE: [
    ['535110', 'mastercard', 'debit', 'Sparkasse'],
    ['492181', 'visa', 'debit', 'DKB'],
    ['535522', 'mastercard', 'debit', 'N26'],
  ],
  FR: [
    ['497010', 'visa', 'debit', 'BNP Paribas'],
    ['497401', 'visa', 'debit', 'Crédit Agricole'],
    ['513691', 'mastercard', 'debit', 'Société Générale'],
  ],
  NL: [
    ['446200', 'visa', 'debit', 'ING'],
    ['526076', 'mastercard', 'credit', 'ABN AMRO'],
  ],
  IT: [
    ['403299', 'visa', 'debit', 'Intesa Sanpaolo'],
    ['525500', 'mastercard', 'credit', 'UniCredit'],
  ],
  PT: [['474613', 'visa', 'debit', 'Millennium bcp']],
  CH: [
    ['514856', 'mastercard', 'credit', 'UBS'],
    ['401840', 'visa', 'debit', 'PostFinance'],
  ],
  GB: [
    ['465901', 'visa', 'credit', 'Barclaycard'],
    ['454313', 'visa', 'debit', 'HSBC UK'],
    ['475131', 'visa', 'debit', 'Lloyds Bank'],
  ],
  // Only the sanctioned-country kind draws these.
  RU: [
    ['427600', 'visa', 'debit', 'Sberbank'],
    ['553691', 'mastercard', 'credit', 'T-Bank'],
    ['621354', 'unionpay', 'debit', 'Gazprombank'],
  ],
  BY: [['458410', 'visa', 'debit', 'Belarusbank']],
};

/** A card from a BIN, with a fresh last four and fingerprint. */
export const cardFrom = (rng: Rng, [bin, brand, funding, issuer]: Bin, country: string): HeldCard => ({
  bin,
  last4: rng.digits(4),
  brand,
  country,
  fingerprint: `fp_${rng.token(16)}`,
  funding,
  issuer,
});

/** A card issued in `country`, of a funding type when asked (and the country issues it). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = BINS[country] ?? BINS['US'] ?? [];
  const fit = funding ? all.filter((b) => b[2] === funding) : all.filter((b) => b[2] !== 'prepaid');
  return cardFrom(rng, rng.pick(fit.length > 0 ? fit : all), country);
}

/** BINs of a country (for card-testing batches). */
export const binsOf = (country: string): readonly Bin[] => BINS[country] ?? [];

/** How a card was presented: typed at checkout, saved on the account, an Apple Pay token, or charged off-session. */
export type Entry = 'typed' | 'saved' | 'wallet' | 'off_session';

/** What the buyer knows of the cardholder's address: all of it, part, or nothing. */
export type Match = 'good' | 'partial' | 'none';

const AVS_ISSUERS = new Set(['US', 'CA', 'GB']);

/** AVS: only on the dollar and euro gateway, and only US, Canadian and British issuers answer. */
export function avs(rng: Rng, card: HeldCard, gateway: 'COP' | 'INTL', match: Match): CheckResult {
  if (gateway === 'COP' || !AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.96) ? 'pass' : 'unavailable';
  if (match === 'partial') return rng.chance(0.45) ? 'pass' : 'fail';
  return rng.chance(0.85) ? 'fail' : 'unavailable';
}

/** CVC: checked when typed, not asked for a saved card or an off-session charge, not applicable to a wallet. */
export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'wallet') return 'unavailable';
  if (entry === 'saved' || entry === 'off_session') return 'unchecked';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'authentication_failed'
  | 'card_velocity_exceeded'
  | 'transaction_not_allowed'
  | 'restricted_card'
  | 'processing_error'
  | 'pse_rejected'
  | 'pse_abandoned'
  | 'wallet_timeout'
  | 'paypal_declined';

/** Why an honest Colombian card is declined: often a debit card not enabled for online purchases. */
export function homeDecline(rng: Rng, card: HeldCard): Decline {
  return rng.weighted({
    insufficient_funds: 30,
    transaction_not_allowed: card.funding === 'debit' ? 30 : 4,
    do_not_honor: 22,
    incorrect_cvc: 10,
    expired_card: 4,
    processing_error: 4,
  });
}

/** Why an honest foreign card is declined. */
export function abroadDecline(rng: Rng): Decline {
  return rng.weighted({
    do_not_honor: 30,
    insufficient_funds: 20,
    authentication_failed: 25,
    incorrect_cvc: 15,
    expired_card: 5,
    processing_error: 5,
  });
}

/** Why a stolen or tested card is declined. */
export function fraudDecline(rng: Rng): Decline {
  return rng.weighted({
    do_not_honor: 30,
    insufficient_funds: 18,
    stolen_card: 12,
    lost_card: 6,
    invalid_number: 10,
    incorrect_cvc: 10,
    expired_card: 6,
    card_velocity_exceeded: 4,
    restricted_card: 4,
  });
}

/** Cuotas on a Colombian credit card: more for bigger baskets; debit cards and foreign cards pay at once. */
export function cuotas(rng: Rng, card: HeldCard, amount: number): number {
  if (card.country !== 'CO' || card.funding !== 'credit') return 1;
  const pesos = amount / 100;
  if (pesos < 100_000)
    return rng.weightedPick([
      [1, 75],
      [2, 10],
      [3, 10],
      [6, 5],
    ] as const);
  if (pesos < 500_000)
    return rng.weightedPick([
      [1, 45],
      [2, 10],
      [3, 15],
      [6, 15],
      [12, 12],
      [24, 3],
    ] as const);
  return rng.weightedPick([
    [1, 25],
    [3, 10],
    [6, 20],
    [12, 25],
    [24, 12],
    [36, 8],
  ] as const);
}
