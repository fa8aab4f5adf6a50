import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store's processor reports them: brand, the first six digits, issuing country, last four and the
 * processor's fingerprint of the number. BIN lists are this model's own: commercial (corporate, purchasing and
 * fleet) cards, consumer credit and debit, and a few foreign issuers. AVS is answered by US, Canadian and UK
 * issuers only; CVC by everyone when it is sent (a saved card is charged without it).
 */

export { type Card };

export type Use = 'commercial' | 'consumer' | 'prepaid';
export type Brand = 'Visa' | 'Mastercard' | 'American Express' | 'Discover';

const list = (text: string): readonly string[] => text.split(' ');

/** BINs by issuing country, use and brand. */
const BINS: Readonly<Record<string, Partial<Record<Brand, readonly string[]>>>> = {
  'US commercial': {
    Visa: list('471563 448539 415982 486511 405530 455648 471550'),
    Mastercard: list('552433 556921 557552 540183 553158'),
    'American Express': list('378734 379741 377925 371285'),
    Discover: list('601136'),
  },
  'US consumer': {
    Visa: list('414720 426684 440066 473702 479126 434769 403216 459500'),
    Mastercard: list('542418 517805 546616 522135 510510 222300'),
    'American Express': list('371449 374245 376211'),
    Discover: list('601100 601120 650035 644564'),
  },
  'US prepaid': { Visa: list('411773 435880'), Mastercard: list('530133 516648') },
  'CA commercial': {
    Visa: list('450644 451210 453799'),
    Mastercard: list('551280 552288'),
    'American Express': list('373953'),
  },
  'CA consumer': {
    Visa: list('450060 451015 453734 452088 454617'),
    Mastercard: list('519123 520315 549193 530068'),
    'American Express': list('371502'),
  },
  'GB consumer': { Visa: list('465858 475129 454313'), Mastercard: list('535522 522123') },
  'MX consumer': { Visa: list('415231 477213'), Mastercard: list('547400') },
  'DE consumer': { Visa: list('492942'), Mastercard: list('525412') },
  'AU consumer': { Visa: list('456443'), Mastercard: list('516310') },
  'BR consumer': { Visa: list('498406'), Mastercard: list('544828') },
};

const BRAND_MIX: Readonly<Record<string, ReadonlyArray<readonly [Brand, number]>>> = {
  'US commercial': [
    ['Visa', 44],
    ['Mastercard', 30],
    ['American Express', 24],
    ['Discover', 2],
  ],
  'US consumer': [
    ['Visa', 52],
    ['Mastercard', 26],
    ['American Express', 13],
    ['Discover', 9],
  ],
  'CA commercial': [
    ['Visa', 50],
    ['Mastercard', 35],
    ['American Express', 15],
  ],
  'CA consumer': [
    ['Visa', 52],
    ['Mastercard', 40],
    ['American Express', 8],
  ],
};

/** A card of `country` and `use`; fraud crews often hold several cards of one BIN (`bin`). */
export function newCard(rng: Rng, country: string, use: Use = 'consumer', bin?: string): Card {
  const table = BINS[`${country} ${use}`] ?? BINS[`${country} consumer`] ?? BINS['US consumer'] ?? {};
  const mix = BRAND_MIX[`${country} ${use}`] ?? [
    ['Visa', 60],
    ['Mastercard', 40],
  ];
  const usable = mix.filter(([b]) => (table[b]?.length ?? 0) > 0);
  const brand = rng.weightedPick(usable.length > 0 ? usable : mix);
  const chosen = bin ?? rng.pick(table[brand] ?? ['400000']);
  return {
    bin: chosen,
    last4: rng.digits(4),
    brand: brandOf(chosen),
    country,
    fingerprint: `fp_${rng.token(16)}`,
  };
}

export function brandOf(bin: string): Brand {
  if (bin.startsWith('34') || bin.startsWith('37')) return 'American Express';
  if (bin.startsWith('6')) return 'Discover';
  if (bin.startsWith('4')) return 'Visa';
  return 'Mastercard';
}

/** Issuers that answer address verification. */
const AVS_COUNTRIES = new Set(['US', 'CA', 'GB']);

/**
 * The address check for a billing address typed by someone: `match` is how well it fits the issuer's records
 * (`full`, `zip` only — the street differs, as on a company card billed to head office —, or `none`).
 */
export function avs(card: Card, match: 'full' | 'zip' | 'none'): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  return match === 'full' ? 'pass' : match === 'zip' ? 'partial' : 'fail';
}

/** Processor decline codes the store sees. */
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'generic_decline'
  | 'card_velocity_exceeded'
  | 'transaction_not_allowed'
  | 'incorrect_cvc'
  | 'incorrect_zip'
  | 'expired_card'
  | 'incorrect_number'
  | 'lost_card'
  | 'stolen_card'
  | 'pickup_card'
  | 'fraudulent'
  | 'processing_error';

/** Why an honest buyer's card is declined: limits, blocks, typos, a stale card on file. */
const pickDecline = (rng: Rng, table: Partial<Record<Decline, number>>): Decline =>
  rng.weightedPick(Object.entries(table) as Array<[Decline, number]>);

export const honestDecline = (rng: Rng, use: Use): Decline =>
  pickDecline(
    rng,
    use === 'commercial'
      ? {
          card_velocity_exceeded: 30,
          transaction_not_allowed: 18,
          do_not_honor: 16,
          incorrect_cvc: 10,
          expired_card: 12,
          incorrect_zip: 8,
          processing_error: 6,
        }
      : {
          insufficient_funds: 34,
          do_not_honor: 20,
          incorrect_cvc: 16,
          expired_card: 10,
          incorrect_zip: 8,
          generic_decline: 8,
          processing_error: 4,
        },
  );

/** Why a stolen or made-up card is declined. */
export const fraudDecline = (rng: Rng, tested = false): Decline =>
  pickDecline(
    rng,
    tested
      ? {
          incorrect_cvc: 22,
          incorrect_number: 14,
          expired_card: 14,
          do_not_honor: 16,
          generic_decline: 14,
          insufficient_funds: 8,
          lost_card: 4,
          stolen_card: 4,
          pickup_card: 4,
        }
      : {
          do_not_honor: 26,
          insufficient_funds: 18,
          generic_decline: 14,
          stolen_card: 10,
          lost_card: 6,
          fraudulent: 10,
          incorrect_zip: 8,
          pickup_card: 4,
          card_velocity_exceeded: 4,
        },
  );
