import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store's gateway sees them: domestic ATM cards over Napas (BIN 9704 and the bank's code, no CVC,
 * an SMS or app OTP), Vietnamese-issued international cards, and cards from abroad. The BIN lists are this
 * model's own; no card number exists anywhere (BIN and last four only).
 */

export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'card_declined'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_card'
  | 'card_not_supported'
  | 'limit_exceeded'
  | 'online_payment_not_registered'
  | 'otp_timeout'
  | 'otp_incorrect'
  | 'insufficient_balance'
  | 'user_cancelled'
  | 'payment_timeout'
  | 'qr_expired'
  | 'application_declined';

/** Domestic ATM cards: 9704 and the bank's Napas code. */
const NAPAS = [
  '970436',
  '970415',
  '970418',
  '970407',
  '970422',
  '970423',
  '970432',
  '970405',
  '970403',
  '970416',
  '970441',
  '970443',
  '970448',
  '970437',
];

type Bin = readonly [bin: string, funding: Funding];

/** International cards by issuing country. */
const BINS: Readonly<Record<string, readonly Bin[]>> = {
  VN: [
    ['422151', 'credit'],
    ['436438', 'credit'],
    ['455376', 'credit'],
    ['462881', 'credit'],
    ['470545', 'credit'],
    ['489516', 'credit'],
    ['437758', 'debit'],
    ['445093', 'debit'],
    ['486265', 'debit'],
    ['512454', 'credit'],
    ['524394', 'credit'],
    ['540237', 'credit'],
    ['552318', 'credit'],
    ['516620', 'debit'],
    ['530570', 'debit'],
    ['356281', 'credit'],
    ['356843', 'credit'],
    ['376659', 'credit'],
  ],
  US: [
    ['414720', 'credit'],
    ['426684', 'credit'],
    ['440066', 'credit'],
    ['446542', 'credit'],
    ['471618', 'credit'],
    ['485932', 'credit'],
    ['400022', 'debit'],
    ['408540', 'debit'],
    ['438857', 'debit'],
    ['517805', 'credit'],
    ['524363', 'credit'],
    ['546604', 'credit'],
    ['552433', 'credit'],
    ['371449', 'credit'],
    ['379606', 'credit'],
    ['403446', 'prepaid'],
  ],
  AU: [
    ['456471', 'credit'],
    ['494052', 'debit'],
    ['450605', 'credit'],
    ['516361', 'credit'],
    ['552033', 'debit'],
    ['532663', 'credit'],
  ],
  CA: [
    ['450060', 'credit'],
    ['451015', 'credit'],
    ['452088', 'credit'],
    ['520588', 'credit'],
    ['548150', 'credit'],
  ],
  FR: [
    ['497010', 'debit'],
    ['497658', 'debit'],
    ['456139', 'credit'],
    ['513691', 'debit'],
    ['535316', 'credit'],
  ],
  DE: [
    ['492942', 'credit'],
    ['426335', 'debit'],
    ['455600', 'credit'],
    ['535110', 'credit'],
    ['522593', 'debit'],
  ],
  GB: [
    ['465858', 'debit'],
    ['475129', 'debit'],
    ['492181', 'credit'],
    ['454313', 'credit'],
    ['539123', 'credit'],
    ['535522', 'debit'],
  ],
  JP: [
    ['353011', 'credit'],
    ['354912', 'credit'],
    ['358900', 'credit'],
    ['356600', 'credit'],
    ['498758', 'credit'],
    ['421319', 'credit'],
  ],
  KR: [
    ['433290', 'credit'],
    ['404825', 'credit'],
    ['465887', 'debit'],
    ['540926', 'credit'],
    ['552576', 'debit'],
  ],
  TW: [
    ['425803', 'credit'],
    ['437360', 'credit'],
    ['491018', 'debit'],
    ['356776', 'credit'],
    ['552199', 'credit'],
  ],
  CZ: [
    ['419295', 'debit'],
    ['476138', 'credit'],
    ['535604', 'debit'],
    ['516782', 'credit'],
  ],
  SG: [
    ['455568', 'credit'],
    ['414009', 'credit'],
    ['520045', 'debit'],
  ],
  // Sanctioned issuers: only the sanctioned_country kind carries these.
  RU: [
    ['220220', 'debit'],
    ['220070', 'debit'],
    ['220001', 'credit'],
    ['623446', 'debit'],
    ['621649', 'credit'],
    ['427644', 'debit'],
    ['546938', 'credit'],
  ],
  BY: [
    ['427744', 'debit'],
    ['425609', 'credit'],
    ['518374', 'debit'],
  ],
};

/** A BIN's scheme. */
export function brandOf(bin: string): string {
  if (bin.startsWith('9704')) return 'napas';
  if (bin.startsWith('220')) return 'mir';
  if (bin.startsWith('62')) return 'unionpay';
  if (bin.startsWith('34') || bin.startsWith('37')) return 'amex';
  if (bin.startsWith('35')) return 'jcb';
  if (bin.startsWith('4')) return 'visa';
  return 'mastercard';
}

const cardFrom = (rng: Rng, bin: string, country: string, funding: Funding): HeldCard => ({
  bin,
  last4: rng.digits(4),
  brand: brandOf(bin),
  country,
  fingerprint: `fp_${rng.token(16)}`,
  funding,
});

/** A new international card issued in `country`, of the funding asked for when its list has one. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const list = BINS[country] ?? BINS.US ?? [];
  const fitting = funding ? list.filter(([, f]) => f === funding) : list;
  const [bin, f] = rng.pick(fitting.length > 0 ? fitting : list);
  return cardFrom(rng, bin, country, f);
}

/** A domestic ATM card (debit) of one of the banks on Napas. */
export const napasCard = (rng: Rng): HeldCard => cardFrom(rng, rng.pick(NAPAS), 'VN', 'debit');

/** Cards from one issuer's BIN: what a batch of stolen numbers or a tester's list looks like. */
export function cardOnBin(rng: Rng, bin: string, country: string): HeldCard {
  const found = (BINS[country] ?? []).find(([b]) => b === bin);
  return cardFrom(rng, bin, country, found?.[1] ?? 'credit');
}

/** A BIN of `country`'s list (testers work through a few). */
export const binOf = (rng: Rng, country: string): string => rng.pick(BINS[country] ?? BINS.US ?? [])[0];

/** How a card reached the checkout: typed in, saved on the account, or through Apple/Google Pay. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** How the billing address compares with the issuer's record. */
export type Match = 'good' | 'wrong' | 'none';

/** AVS: answered only by US, Canadian and British issuers through the store's acquirer. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (card.brand === 'napas' || !['US', 'CA', 'GB'].includes(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.94) ? 'pass' : 'partial';
  if (match === 'none') return 'unavailable';
  return rng.chance(0.7) ? 'fail' : 'partial';
}

/** CVC: none on a Napas ATM card or a wallet token; not asked again for a saved card. */
export function cvc(card: HeldCard, entry: Entry, right: boolean): CheckResult {
  if (card.brand === 'napas' || entry === 'wallet') return 'unavailable';
  if (entry === 'saved') return 'unchecked';
  return right ? 'pass' : 'fail';
}

/** Why an honest international-card payment fails. */
export function honestCardDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 18],
    ['limit_exceeded', big ? 22 : 6],
    ['authentication_failed', 26],
    ['do_not_honor', 14],
    ['incorrect_cvc', 10],
    ['expired_card', 4],
  ]);
}

/** Why an honest Napas payment fails: most often the card was never registered for online payment. */
export function honestNapasDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['online_payment_not_registered', 34],
    ['otp_timeout', 26],
    ['otp_incorrect', 12],
    ['insufficient_funds', 22],
    ['limit_exceeded', 6],
  ]);
}

/** Why a wallet or QR payment fails. */
export function honestWalletDecline(rng: Rng, qr: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_balance', qr ? 10 : 40],
    ['user_cancelled', 30],
    ['payment_timeout', 18],
    ['qr_expired', qr ? 30 : 0],
  ]);
}
