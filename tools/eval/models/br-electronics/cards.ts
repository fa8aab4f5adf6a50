import { cyrb128, type Rng } from '../kit/random.js';
import { type Card } from './purchase.js';

/**
 * Credit cards as the processor reports them. Brazilian issuers (Nubank, Itaú, Bradesco, Banco do Brasil,
 * Caixa, Santander, Inter) run no address check, so AVS is `unavailable`; the CVC is checked. BINs are
 * illustrative, not a real issuer's. Foreign cards (Brazilians abroad) are address-checked.
 */

export type Brand = 'visa' | 'mastercard' | 'elo' | 'hipercard' | 'amex';

const BR_BINS: ReadonlyArray<readonly [string, Brand, number]> = [
  ['516292', 'mastercard', 16],
  ['539083', 'mastercard', 9],
  ['552640', 'mastercard', 8],
  ['498401', 'visa', 10],
  ['422061', 'visa', 9],
  ['476332', 'visa', 7],
  ['650487', 'elo', 7],
  ['636368', 'elo', 5],
  ['606282', 'hipercard', 3],
  ['376449', 'amex', 2],
];

const FOREIGN_BINS: Readonly<Record<string, ReadonlyArray<readonly [string, Brand]>>> = {
  US: [
    ['414720', 'visa'],
    ['546616', 'mastercard'],
  ],
  PT: [
    ['459454', 'visa'],
    ['523912', 'mastercard'],
  ],
};

const fingerprint = (bin: string, last4: string, salt: string) =>
  `fp_${cyrb128(`${bin}${last4}${salt}`)
    .map((n) => n.toString(36))
    .join('')
    .slice(0, 20)}`;

/** A Brazilian card; `bin` forces the issuer (card testers walk one BIN). */
export function brCard(rng: Rng, bin?: string): Card {
  const [b, brand] = bin
    ? (BR_BINS.find(([x]) => x === bin) ?? BR_BINS[0] ?? ['516292', 'mastercard'])
    : rng.weightedPick(BR_BINS.map((e) => [e, e[2]] as const));
  const last4 = rng.digits(4);
  return { bin: b, last4, brand, country: 'BR', fingerprint: fingerprint(b, last4, rng.token(6)) };
}

export function foreignCard(rng: Rng, country: 'US' | 'PT'): Card {
  const [bin, brand] = rng.pick(FOREIGN_BINS[country] ?? []);
  const last4 = rng.digits(4);
  return { bin, last4, brand, country, fingerprint: fingerprint(bin, last4, rng.token(6)) };
}

export const BR_BIN_LIST: readonly string[] = BR_BINS.map(([b]) => b);
