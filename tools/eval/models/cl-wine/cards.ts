import { type Card as ShownCard } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop sees them: BIN, last four, brand, issuing country and the gateway's fingerprint, never a
 * card number. The funding (credit, Redcompra debit, prepaid) and the issuer stay on the model's side. BINs are
 * this model's own lists of the issuers' ranges, written from general knowledge (not checked against a BIN
 * database).
 */

export type Funding = 'credit' | 'debit' | 'prepaid';

export interface Card extends ShownCard {
  funding: Funding;
  issuer: string;
}

type Range = readonly [issuer: string, bin: string, brand: string, funding: Funding, weight: number];

const RANGES: Readonly<Record<string, readonly Range[]>> = {
  CL: [
    ['Banco de Chile', '455630', 'visa', 'credit', 9],
    ['Banco de Chile', '527611', 'mastercard', 'credit', 5],
    ['Banco de Chile', '450757', 'visa', 'debit', 6],
    ['Santander Chile', '493841', 'visa', 'credit', 7],
    ['Santander Chile', '552284', 'mastercard', 'credit', 5],
    ['Santander Chile', '402917', 'visa', 'debit', 6],
    ['BancoEstado CuentaRUT', '457035', 'visa', 'debit', 10],
    ['BCI', '456336', 'visa', 'credit', 5],
    ['BCI', '536511', 'mastercard', 'debit', 3],
    ['Scotiabank Chile', '450601', 'visa', 'credit', 3],
    ['Itaú Chile', '520394', 'mastercard', 'credit', 3],
    ['Banco Falabella CMR', '549138', 'mastercard', 'credit', 7],
    ['Banco Ripley', '526752', 'mastercard', 'credit', 3],
    ['Banco de Chile', '377825', 'amex', 'credit', 2],
    ['Tenpo', '535657', 'mastercard', 'prepaid', 3],
    ['MACH (BCI)', '455186', 'visa', 'prepaid', 3],
  ],
  US: [
    ['Chase', '414720', 'visa', 'credit', 6],
    ['Chase', '426684', 'visa', 'credit', 4],
    ['Capital One', '517805', 'mastercard', 'credit', 4],
    ['Bank of America', '481582', 'visa', 'credit', 4],
    ['Citi', '542418', 'mastercard', 'credit', 3],
    ['Wells Fargo', '446542', 'visa', 'debit', 3],
    ['American Express', '379764', 'amex', 'credit', 3],
  ],
  BR: [
    ['Nubank', '516292', 'mastercard', 'credit', 6],
    ['Itaú Unibanco', '406655', 'visa', 'credit', 4],
    ['Bradesco', '422061', 'visa', 'credit', 3],
    ['Banco do Brasil', '498407', 'visa', 'credit', 3],
  ],
  AR: [
    ['Banco Galicia', '450995', 'visa', 'credit', 4],
    ['BBVA Argentina', '404025', 'visa', 'credit', 3],
    ['Santander Argentina', '546553', 'mastercard', 'credit', 3],
  ],
  PE: [
    ['BCP', '455788', 'visa', 'credit', 4],
    ['Interbank', '422311', 'visa', 'credit', 3],
  ],
  UY: [['Itaú Uruguay', '476154', 'visa', 'credit', 3]],
  ES: [
    ['CaixaBank', '454881', 'visa', 'debit', 4],
    ['BBVA España', '491618', 'visa', 'credit', 3],
    ['Santander España', '540007', 'mastercard', 'credit', 3],
  ],
  RU: [
    ['Sberbank', '427630', 'visa', 'debit', 5],
    ['Tinkoff', '521324', 'mastercard', 'credit', 4],
    ['Alfa-Bank', '548673', 'mastercard', 'credit', 2],
  ],
  BY: [['Belarusbank', '425553', 'visa', 'debit', 3]],
};

/** Prepaid and virtual ranges that card testers run their lists on (US and Brazilian). */
export const TESTER_RANGES: readonly Range[] = [
  ['Sutton Bank (prepaid)', '440393', 'visa', 'prepaid', 1],
  ['Pathward (prepaid)', '511563', 'mastercard', 'prepaid', 1],
  ['Nubank', '516292', 'mastercard', 'credit', 1],
  ['Chase', '414720', 'visa', 'credit', 1],
  ['Capital One', '517805', 'mastercard', 'credit', 1],
];

function cardOfRange(rng: Rng, country: string, [issuer, bin, brand, funding]: Range): Card {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding, issuer };
}

/** A card issued in `country`, of a given funding when asked. */
export function newCard(rng: Rng, country: string, funding?: Funding): Card {
  const ranges = (RANGES[country] ?? RANGES.US ?? []).filter((r) => !funding || r[3] === funding);
  const pool = ranges.length > 0 ? ranges : (RANGES[country] ?? []);
  return cardOfRange(rng, country, rng.weightedPick(pool.map((r) => [r, r[4]] as const)));
}

/** A card on one tester range. */
export function testerCard(rng: Rng, range: Range): Card {
  return cardOfRange(rng, range[0].includes('Nubank') ? 'BR' : 'US', range);
}

export type TesterRange = Range;

/** A card as the bodies show it (nothing of the funding or issuer). */
export const shown = (c: Card): ShownCard => ({
  bin: c.bin,
  last4: c.last4,
  brand: c.brand,
  country: c.country,
  fingerprint: c.fingerprint,
});
