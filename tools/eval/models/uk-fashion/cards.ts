import { type CheckResult } from '@vigil/contracts';
import { type Attempt, type Card } from './purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Payment cards by issuing country. The BINs are plausible six-digit prefixes of the right brand, not a
 * claim about any real issuer. UK issuers run AVS (street number and postcode); Irish and most foreign
 * issuers answer `unavailable`.
 */

const BINS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  GB: [
    ['visa', '465942'],
    ['visa', '475131'],
    ['visa', '492182'],
    ['visa', '454634'],
    ['visa', '446272'],
    ['mastercard', '535580'],
    ['mastercard', '522371'],
    ['mastercard', '557843'],
    ['amex', '374391'],
  ],
  IE: [
    ['visa', '402368'],
    ['visa', '489451'],
    ['mastercard', '539924'],
    ['mastercard', '516732'],
  ],
  JE: [
    ['visa', '476173'],
    ['mastercard', '543460'],
  ],
  US: [
    ['visa', '414721'],
    ['visa', '426685'],
    ['mastercard', '546616'],
    ['amex', '371449'],
  ],
  FR: [
    ['visa', '497010'],
    ['mastercard', '513691'],
  ],
  ES: [
    ['visa', '454881'],
    ['mastercard', '540618'],
  ],
  DE: [
    ['visa', '455600'],
    ['mastercard', '520424'],
  ],
  LT: [
    ['visa', '459666'],
    ['mastercard', '535523'],
  ],
  CN: [
    ['unionpay', '622848'],
    ['visa', '436742'],
  ],
  IN: [
    ['visa', '416644'],
    ['mastercard', '524193'],
  ],
  NG: [
    ['mastercard', '539983'],
    ['visa', '418745'],
  ],
  AE: [
    ['visa', '401795'],
    ['mastercard', '512345'],
  ],
  HK: [['visa', '456351']],
  CY: [['visa', '402360']],
  RU: [
    ['mir', '220220'],
    ['visa', '427601'],
  ],
  BY: [['visa', '425790']],
  IR: [['visa', '603799']],
  CU: [['visa', '409920']],
};

export function cardFrom(rng: Rng, country: string, bin?: string): Card {
  const options = BINS[country] ?? BINS.GB ?? [];
  const chosen = bin ? (options.find(([, b]) => b === bin) ?? ['visa', bin]) : rng.pick(options);
  return {
    bin: chosen[1],
    last4: rng.digits(4),
    brand: chosen[0],
    country,
    fingerprint: `fp_${rng.token(16)}`,
  };
}

/** What AVS says for an honest cardholder whose billing address is on file with the issuer. */
export function honestAvs(rng: Rng, card: Card | undefined): CheckResult {
  if (!card || card.country !== 'GB') return rng.chance(0.9) ? 'unavailable' : 'unchecked';
  return rng.weighted({ pass: 0.78, partial: 0.15, unavailable: 0.05, fail: 0.02 });
}

export function attempt(
  rng: Rng,
  card: Card | undefined,
  ok: boolean,
  checks: { avs?: CheckResult; cvc?: CheckResult } = {},
): Attempt {
  return {
    afterMs: Math.round(rng.logNormal(5_000, 0.7)),
    ok,
    ...(card ? { card } : {}),
    avs: checks.avs ?? (card ? honestAvs(rng, card) : 'unavailable'),
    cvc: checks.cvc ?? (card ? 'pass' : 'unavailable'),
  };
}
