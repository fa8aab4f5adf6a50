import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards by issuing country. Saudi debit cards are mada (co-badged, mada on the event), Kuwaiti debit is KNET
 * (a PIN on the bank's page, so no CVC), Egypt has Meeza and Turkey Troy next to Visa and Mastercard. BINs
 * are made up in each brand's range; what matters is that one issuer's cards share them.
 */

export { type Card };

interface Issuer {
  bank: string;
  brand: string;
  bins: readonly string[];
  weight: number;
  /** Corporate/purchasing cards. */
  commercial?: boolean;
}

const i = (bank: string, brand: string, bins: string[], weight: number, commercial = false): Issuer => ({
  bank,
  brand,
  bins,
  weight,
  ...(commercial ? { commercial } : {}),
});

const ISSUERS: Readonly<Record<string, readonly Issuer[]>> = {
  AE: [
    i('Emirates NBD', 'visa', ['428671', '446219'], 26),
    i('FAB', 'mastercard', ['539983', '517869'], 18),
    i('ADCB', 'visa', ['464156'], 12),
    i('Mashreq', 'mastercard', ['528769'], 10),
    i('Dubai Islamic Bank', 'visa', ['421332'], 10),
    i('Emirates NBD', 'amex', ['376655'], 4),
    i('RAKBANK', 'mastercard', ['522061'], 6),
    i('Liv/Wio', 'visa', ['484730'], 8),
    i('Emirates NBD Business', 'visa', ['485991'], 3, true),
  ],
  SA: [
    i('Al Rajhi', 'mada', ['588845', '446404'], 34),
    i('SNB', 'mada', ['484783', '588848'], 22),
    i('Riyad Bank', 'mada', ['409201'], 10),
    i('Al Rajhi', 'visa', ['410685'], 12),
    i('SNB', 'mastercard', ['543357'], 10),
    i('SAB', 'amex', ['377519'], 4),
    i('STC Bank', 'visa', ['474491'], 8),
    i('Riyad Bank Corporate', 'mastercard', ['556070'], 2, true),
  ],
  QA: [
    i('QNB', 'visa', ['462881', '419593'], 50),
    i('Commercial Bank of Qatar', 'mastercard', ['530905'], 25),
    i('QIB', 'visa', ['421118'], 20),
    i('QNB Corporate', 'visa', ['485127'], 5, true),
  ],
  KW: [
    i('NBK', 'knet', ['526416'], 30),
    i('KFH', 'knet', ['450605'], 20),
    i('NBK', 'visa', ['464452'], 20),
    i('Gulf Bank', 'mastercard', ['531644'], 14),
    i('Boubyan', 'visa', ['437541'], 14),
    i('NBK Corporate', 'visa', ['485366'], 2, true),
  ],
  EG: [
    i('National Bank of Egypt', 'meeza', ['507803'], 20),
    i('Banque Misr', 'meeza', ['507808'], 10),
    i('CIB', 'visa', ['423620', '468542'], 30),
    i('National Bank of Egypt', 'mastercard', ['512622'], 20),
    i('QNB Alahli', 'visa', ['427828'], 12),
    i('Banque Misr', 'visa', ['441030'], 8),
  ],
  JO: [
    i('Arab Bank', 'visa', ['445579'], 40),
    i('Housing Bank', 'mastercard', ['522285'], 30),
    i('Jordan Kuwait Bank', 'visa', ['405870'], 30),
  ],
  MA: [
    i('Attijariwafa', 'visa', ['456821'], 40),
    i('Bank of Africa', 'mastercard', ['514048'], 30),
    i('CIH', 'visa', ['422035'], 30),
  ],
  TR: [
    i('Garanti BBVA', 'mastercard', ['554960', '520019'], 26),
    i('İş Bankası', 'visa', ['454360', '418342'], 22),
    i('Akbank', 'visa', ['435508'], 18),
    i('Yapı Kredi', 'mastercard', ['540061'], 18),
    i('Ziraat', 'troy', ['979202'], 16),
  ],
  IN: [
    i('HDFC', 'visa', ['436381', '489377'], 35),
    i('ICICI', 'mastercard', ['524193'], 25),
    i('SBI', 'visa', ['421324'], 25),
    i('Federal Bank', 'visa', ['441244'], 15),
  ],
  PK: [
    i('HBL', 'visa', ['442860'], 40),
    i('Meezan', 'mastercard', ['519628'], 35),
    i('UBL', 'visa', ['425891'], 25),
  ],
  PH: [i('BDO', 'mastercard', ['522934'], 50), i('BPI', 'visa', ['448710'], 50)],
  GB: [
    i('Barclays', 'visa', ['465901', '475129'], 30),
    i('HSBC UK', 'mastercard', ['543460'], 25),
    i('Monzo', 'mastercard', ['535522'], 20),
    i('Revolut', 'visa', ['426684'], 15),
    i('Amex UK', 'amex', ['374288'], 10),
  ],
  US: [
    i('Chase', 'visa', ['414720', '433610'], 35),
    i('Capital One', 'mastercard', ['517805', '546604'], 30),
    i('Bank of America', 'visa', ['481582'], 20),
    i('American Express', 'amex', ['371449', '379254'], 15),
  ],
  DE: [i('Deutsche Bank', 'mastercard', ['535110'], 50), i('Sparkasse', 'visa', ['492940'], 50)],
  FR: [i('BNP Paribas', 'visa', ['497010'], 60), i('Société Générale', 'mastercard', ['513691'], 40)],
  CA: [i('RBC', 'visa', ['451014'], 60), i('TD', 'mastercard', ['520082'], 40)],
  ES: [i('Santander', 'visa', ['454617'], 60), i('BBVA', 'mastercard', ['525678'], 40)],
  LB: [i('Bank Audi', 'visa', ['433181'], 100)],
};

export const CARD_COUNTRIES = Object.keys(ISSUERS);

/** A card issued in `country`; `commercial` draws a company's card where the country has them. */
export function cardFrom(
  rng: Rng,
  country: string,
  opts: { commercial?: boolean; brand?: string } = {},
): Card {
  const all = ISSUERS[country];
  if (!all) throw new Error(`no issuers in ${country}`);
  const fit = all.filter(
    (x) => (opts.commercial ? x.commercial : !x.commercial) && (!opts.brand || x.brand === opts.brand),
  );
  const issuer = rng.weightedPick((fit.length > 0 ? fit : all).map((x) => [x, x.weight] as const));
  return {
    bin: rng.pick(issuer.bins),
    last4: rng.digits(4),
    brand: issuer.brand,
    country,
    fingerprint: `fp_${rng.token(16)}`,
  };
}

/** A card of a known BIN (card-testing runs walk one BIN's numbers). */
export const cardOfBin = (rng: Rng, model: Card): Card => ({
  ...model,
  last4: rng.digits(4),
  fingerprint: `fp_${rng.token(16)}`,
});

/** Issuers that answer AVS: the US, UK and Canada; the region's issuers return `unavailable`. */
export const answersAvs = (card: Card): boolean => ['US', 'GB', 'CA'].includes(card.country);

/** KNET is paid with a PIN on the bank's page: no CVC to check. */
export const checksCvc = (card: Card): boolean => card.brand !== 'knet';

/** The AVS answer for a card whose billing address is right (or not). */
export function avsFor(rng: Rng, card: Card, matches: boolean): CheckResult {
  if (!answersAvs(card)) return 'unavailable';
  if (matches) return rng.chance(0.94) ? 'pass' : 'unavailable';
  return rng.chance(0.8) ? 'fail' : 'unavailable';
}

/** The CVC answer when the right CVC is typed (or not). */
export function cvcFor(rng: Rng, card: Card, right: boolean): CheckResult {
  if (!checksCvc(card)) return 'unavailable';
  return right ? (rng.chance(0.985) ? 'pass' : 'unavailable') : 'fail';
}

/** Why an issuer or the gateway turns an authorisation down, as the gateway reports it. */
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'transaction_not_permitted'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'limit_exceeded';

/** An honest shopper's decline: mostly funds, online purchases not enabled on a debit card, or 3-D Secure. */
export const honestDecline = (rng: Rng): Decline =>
  rng.weighted({
    insufficient_funds: 30,
    transaction_not_permitted: 18,
    authentication_failed: 22,
    do_not_honor: 14,
    limit_exceeded: 8,
    expired_card: 5,
    incorrect_cvc: 3,
  });

/** A stolen or tested card's decline: the issuer already blocked it, the data is stale, or 3-D Secure stops it. */
export const fraudDecline = (rng: Rng): Decline =>
  rng.weighted({
    do_not_honor: 34,
    stolen_card: 10,
    lost_card: 6,
    authentication_failed: 18,
    insufficient_funds: 10,
    invalid_number: 8,
    expired_card: 6,
    incorrect_cvc: 8,
  });
