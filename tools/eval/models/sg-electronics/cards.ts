import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the gateway shows them: BIN, last four, brand, issuing country, a fingerprint, and the funding the
 * store never shows. BINs are this model's own lists by issuing country; no card number exists anywhere.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';
export type HeldCard = Card & { funding: Funding };

const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  SG: [
    ['455636', 'visa'],
    ['426588', 'visa'],
    ['489343', 'visa'],
    ['414009', 'visa'],
    ['540101', 'mastercard'],
    ['552188', 'mastercard'],
    ['518146', 'mastercard'],
    ['377963', 'amex'],
  ],
  MY: [
    ['421428', 'visa'],
    ['465878', 'visa'],
    ['520097', 'mastercard'],
    ['539923', 'mastercard'],
  ],
  PH: [
    ['438854', 'visa'],
    ['526473', 'mastercard'],
    ['404561', 'visa'],
  ],
  ID: [
    ['461700', 'visa'],
    ['524169', 'mastercard'],
    ['356760', 'jcb'],
  ],
  TH: [
    ['409632', 'visa'],
    ['542419', 'mastercard'],
  ],
  VN: [
    ['970436', 'napas'],
    ['422151', 'visa'],
    ['512341', 'mastercard'],
  ],
  AU: [
    ['456472', 'visa'],
    ['494052', 'visa'],
    ['516361', 'mastercard'],
    ['376012', 'amex'],
  ],
  US: [
    ['414720', 'visa'],
    ['426684', 'visa'],
    ['440066', 'visa'],
    ['517805', 'mastercard'],
    ['546616', 'mastercard'],
    ['371742', 'amex'],
  ],
  GB: [
    ['465901', 'visa'],
    ['475129', 'visa'],
    ['535522', 'mastercard'],
  ],
  CA: [
    ['450003', 'visa'],
    ['520588', 'mastercard'],
  ],
  DE: [
    ['492181', 'visa'],
    ['522681', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['513283', 'mastercard'],
  ],
  JP: [
    ['356899', 'jcb'],
    ['498802', 'visa'],
  ],
  HK: [
    ['451296', 'visa'],
    ['625010', 'unionpay'],
  ],
  CN: [
    ['622588', 'unionpay'],
    ['621483', 'unionpay'],
  ],
  IN: [
    ['438628', 'visa'],
    ['508227', 'rupay'],
  ],
  KR: [['536510', 'mastercard']],
  AE: [
    ['428671', 'visa'],
    ['531796', 'mastercard'],
  ],
  TR: [['454360', 'visa']],
  KZ: [['440563', 'visa']],
  RU: [
    ['622031', 'unionpay'],
    ['220220', 'mir'],
  ],
  IR: [['603799', 'shetab']],
};

/** Prepaid and virtual-card BINs (remittance and travel cards; what card testers and mules like). */
const PREPAID: Readonly<Record<string, string>> = { SG: '428454', MY: '410985', US: '403446', PH: '459918' };

export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const f = funding ?? (rng.chance(0.55) ? 'credit' : 'debit');
  const list = BINS[country] ?? BINS.US ?? [];
  const [bin, brand] = rng.pick(list);
  const prepaid = f === 'prepaid' ? PREPAID[country] : undefined;
  return {
    bin: prepaid ?? bin,
    last4: rng.digits(4),
    brand: prepaid ? 'visa' : brand,
    country,
    fingerprint: rng.token(16),
    funding: f,
  };
}

/** Another card from the same BIN (a tester's list, a batch from one breach). */
export function sameBin(rng: Rng, card: HeldCard): HeldCard {
  return { ...card, last4: rng.digits(4), fingerprint: rng.token(16) };
}

/** How a card reached the gateway: typed in, saved on the account, or from a phone's wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** How the billing address compares with the issuer's records. */
export type Match = 'good' | 'partial' | 'wrong';

/** Only American, British and Canadian issuers answer the address check; elsewhere it is unavailable. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!['US', 'GB', 'CA'].includes(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.94) ? 'pass' : 'unavailable';
  if (match === 'partial') return rng.chance(0.6) ? 'fail' : 'pass';
  return 'fail';
}

/** The card code: not asked again for a saved card, not shown for a wallet. */
export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'incorrect_cvc'
  | 'incorrect_number'
  | 'expired_card'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'generic_decline'
  | 'fraudulent'
  | 'provider_declined'
  | 'payment_timeout';

/** Why an honest card fails: a typo, the OTP not answered in time, a limit, a card the bank reissued. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['authentication_failed', 30],
    ['incorrect_cvc', 16],
    ['insufficient_funds', big ? 24 : 14],
    ['do_not_honor', big ? 16 : 8],
    ['expired_card', 6],
    ['incorrect_number', 6],
    ['card_velocity_exceeded', big ? 6 : 2],
  ]);
}

/** Why a stolen card fails. */
export function stolenDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['authentication_failed', 26],
    ['do_not_honor', 18],
    ['stolen_card', 8],
    ['lost_card', 5],
    ['pickup_card', 3],
    ['insufficient_funds', 10],
    ['incorrect_cvc', 10],
    ['fraudulent', 8],
    ['generic_decline', 8],
    ['expired_card', 4],
  ]);
}

/** Why a tested card fails: most of a list is dead. */
export function testingDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['incorrect_cvc', 20],
    ['incorrect_number', 14],
    ['expired_card', 14],
    ['do_not_honor', 18],
    ['insufficient_funds', 10],
    ['stolen_card', 6],
    ['lost_card', 4],
    ['card_velocity_exceeded', 6],
    ['generic_decline', 8],
  ]);
}
