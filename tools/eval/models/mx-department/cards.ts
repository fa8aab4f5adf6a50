import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store's gateway reports them: BIN, last four, brand, country, a fingerprint; never a number.
 * Mexican issuers almost never answer AVS; US issuers do. The BINs are this model's own lists.
 */

export type Funding = 'credit' | 'debit' | 'prepaid' | 'store';
export type HeldCard = Card & { funding: Funding };

type Bins = ReadonlyArray<readonly [string, string]>;

const BINS: Readonly<Record<string, Partial<Record<Funding, Bins>>>> = {
  MX: {
    credit: [
      ['481516', 'visa'],
      ['455511', 'visa'],
      ['402766', 'visa'],
      ['547400', 'mastercard'],
      ['522121', 'mastercard'],
      ['557910', 'mastercard'],
      ['376600', 'amex'],
    ],
    debit: [
      ['415231', 'visa'],
      ['406181', 'visa'],
      ['465828', 'visa'],
      ['528843', 'mastercard'],
      ['517726', 'mastercard'],
      ['534381', 'mastercard'],
    ],
    prepaid: [
      ['425982', 'visa'],
      ['516594', 'mastercard'],
    ],
    // The store's own credit card.
    store: [['639148', 'alameda']],
  },
  US: {
    credit: [
      ['414720', 'visa'],
      ['426684', 'visa'],
      ['546616', 'mastercard'],
      ['371704', 'amex'],
    ],
    debit: [
      ['440066', 'visa'],
      ['542418', 'mastercard'],
    ],
    prepaid: [['403446', 'visa']],
  },
  ES: { credit: [['454881', 'visa']], debit: [['540311', 'mastercard']] },
  CA: { credit: [['450644', 'visa']], debit: [['520588', 'mastercard']] },
  RU: { debit: [['220070', 'mir']] },
};

/** A card of `country` and `funding` (falling back to credit), with a fresh last four and fingerprint. */
export function newCard(rng: Rng, country: string, funding: Funding, bin?: string): HeldCard {
  const byFunding = BINS[country] ?? BINS.MX ?? {};
  const list = byFunding[funding] ?? byFunding.credit ?? byFunding.debit ?? [];
  const found = bin ? list.find(([b]) => b === bin) : undefined;
  const [b, brand] = found ?? rng.pick(list);
  return { bin: b, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding };
}

/** One BIN of a country's list, for card testers who work one batch of numbers. */
export const binOf = (rng: Rng, country: string, funding: Funding): string =>
  newCard(rng, country, funding).bin;

/** How well the buyer knows the billing address the issuer holds. */
export type Match = 'good' | 'partial' | 'wrong';

/** AVS as the issuer answers it: only US and Canadian issuers take part. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (card.country !== 'US' && card.country !== 'CA') return 'unavailable';
  if (match === 'good') return rng.chance(0.95) ? 'pass' : 'unavailable';
  if (match === 'partial') return rng.chance(0.5) ? 'fail' : 'pass';
  return 'fail';
}

/** How the card was entered: typed (CVC checked), saved on the account (no CVC asked), a wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';
