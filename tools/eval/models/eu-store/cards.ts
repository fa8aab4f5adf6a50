import { hash32, type Rng, type Weighted } from './random.js';
import type { AvsResult, Card, CvcResult } from './types.js';

/**
 * Card issuers per country (real bank names; BIN prefixes derived from the name so one issuer always has the
 * same few BINs, with the brand's real leading digits), neobanks whose cards carry another country than the
 * holder's address, and how AVS and CVC checks come back in practice.
 */

type Brand = Card['brand'];

interface Issuer {
  name: string;
  country: string;
  brands: Weighted<Brand>;
  weight: number;
}

const V: Weighted<Brand> = [['visa', 1]];
const M: Weighted<Brand> = [['mastercard', 1]];
const VM: Weighted<Brand> = [
  ['visa', 1],
  ['mastercard', 1],
];
const A: Weighted<Brand> = [['amex', 1]];

const issuer = (country: string, name: string, brands: Weighted<Brand>, weight: number): Issuer => ({
  name,
  country,
  brands,
  weight,
});

const ISSUERS: Record<string, Issuer[]> = {
  DE: [
    issuer('DE', 'Sparkasse', VM, 30),
    issuer('DE', 'Volksbank Raiffeisenbank', VM, 15),
    issuer('DE', 'ING-DiBa', V, 12),
    issuer('DE', 'DKB', V, 9),
    issuer('DE', 'Deutsche Bank', M, 8),
    issuer('DE', 'Commerzbank', M, 7),
    issuer('DE', 'comdirect', V, 4),
    issuer('DE', 'Barclays Deutschland', V, 4),
    issuer('DE', 'American Express Europe', A, 4),
    issuer('DE', 'Hanseatic Bank', M, 3),
    issuer('DE', 'Postbank', M, 4),
  ],
  AT: [
    issuer('AT', 'Erste Bank', VM, 30),
    issuer('AT', 'Raiffeisen', VM, 30),
    issuer('AT', 'BAWAG', M, 18),
    issuer('AT', 'Bank Austria', VM, 17),
    issuer('AT', 'American Express Europe', A, 5),
  ],
  CH: [
    issuer('CH', 'UBS', VM, 35),
    issuer('CH', 'PostFinance', VM, 25),
    issuer('CH', 'Raiffeisen Schweiz', VM, 15),
    issuer('CH', 'Cornèr Bank', VM, 10),
    issuer('CH', 'Swisscard', A, 8),
    issuer('CH', 'Zürcher Kantonalbank', M, 7),
  ],
  FR: [
    issuer('FR', 'Crédit Agricole', VM, 22),
    issuer('FR', 'BNP Paribas', VM, 16),
    issuer('FR', 'Société Générale', VM, 13),
    issuer('FR', 'Banque Populaire', VM, 10),
    issuer('FR', "Caisse d'Epargne", VM, 10),
    issuer('FR', 'La Banque Postale', V, 9),
    issuer('FR', 'LCL', VM, 6),
    issuer('FR', 'Crédit Mutuel', M, 8),
    issuer('FR', 'Boursorama', V, 5),
    issuer('FR', 'American Express Carte France', A, 2),
  ],
  BE: [
    issuer('BE', 'BNP Paribas Fortis', VM, 30),
    issuer('BE', 'KBC', VM, 25),
    issuer('BE', 'Belfius', M, 20),
    issuer('BE', 'ING Belgium', VM, 20),
  ],
  LU: [
    issuer('LU', 'Spuerkeess', VM, 40),
    issuer('LU', 'BGL BNP Paribas', VM, 35),
    issuer('LU', 'ING Luxembourg', V, 25),
  ],
  NL: [
    issuer('NL', 'ING', VM, 38),
    issuer('NL', 'Rabobank', VM, 27),
    issuer('NL', 'ABN AMRO', VM, 20),
    issuer('NL', 'International Card Services', VM, 10),
    issuer('NL', 'SNS', M, 5),
  ],
  IT: [
    issuer('IT', 'Intesa Sanpaolo', VM, 26),
    issuer('IT', 'UniCredit', VM, 18),
    issuer('IT', 'Poste Italiane', V, 20),
    issuer('IT', 'Nexi', VM, 12),
    issuer('IT', 'Fineco', V, 6),
    issuer('IT', 'Banco BPM', M, 8),
    issuer('IT', 'Banca Sella', VM, 4),
    issuer('IT', 'American Express Italia', A, 2),
  ],
  ES: [
    issuer('ES', 'Santander', VM, 24),
    issuer('ES', 'BBVA', VM, 22),
    issuer('ES', 'CaixaBank', VM, 26),
    issuer('ES', 'Banco Sabadell', VM, 10),
    issuer('ES', 'ING España', M, 8),
    issuer('ES', 'Bankinter', VM, 6),
    issuer('ES', 'American Express España', A, 2),
  ],
  PT: [
    issuer('PT', 'Caixa Geral de Depósitos', VM, 35),
    issuer('PT', 'Millennium bcp', VM, 30),
    issuer('PT', 'Novo Banco', VM, 20),
    issuer('PT', 'Santander Totta', VM, 15),
  ],
  PL: [
    issuer('PL', 'PKO BP', VM, 32),
    issuer('PL', 'Bank Pekao', VM, 18),
    issuer('PL', 'mBank', VM, 18),
    issuer('PL', 'ING Bank Śląski', VM, 15),
    issuer('PL', 'Santander Bank Polska', VM, 12),
    issuer('PL', 'Alior Bank', M, 5),
  ],
  CZ: [
    issuer('CZ', 'Česká spořitelna', VM, 35),
    issuer('CZ', 'ČSOB', VM, 30),
    issuer('CZ', 'Komerční banka', VM, 25),
    issuer('CZ', 'Air Bank', M, 10),
  ],
  GB: [
    issuer('GB', 'Barclays', V, 18),
    issuer('GB', 'HSBC UK', VM, 14),
    issuer('GB', 'Lloyds Bank', VM, 16),
    issuer('GB', 'NatWest', VM, 14),
    issuer('GB', 'Santander UK', VM, 8),
    issuer('GB', 'Nationwide', V, 8),
    issuer('GB', 'Monzo', M, 7),
    issuer('GB', 'Starling', M, 4),
    issuer('GB', 'American Express UK', A, 6),
    issuer('GB', 'Revolut Ltd', VM, 5),
  ],
  IE: [
    issuer('IE', 'AIB', VM, 38),
    issuer('IE', 'Bank of Ireland', VM, 38),
    issuer('IE', 'PTSB', VM, 16),
    issuer('IE', 'An Post Money', M, 8),
  ],
  SE: [
    issuer('SE', 'Swedbank', VM, 30),
    issuer('SE', 'Handelsbanken', VM, 22),
    issuer('SE', 'SEB', VM, 22),
    issuer('SE', 'Nordea', VM, 20),
    issuer('SE', 'Klarna Bank', V, 6),
  ],
  DK: [
    issuer('DK', 'Danske Bank', VM, 40),
    issuer('DK', 'Nordea Danmark', VM, 25),
    issuer('DK', 'Jyske Bank', VM, 20),
    issuer('DK', 'Nykredit', M, 15),
  ],
  NO: [
    issuer('NO', 'DNB', VM, 50),
    issuer('NO', 'SpareBank 1', VM, 35),
    issuer('NO', 'Nordea Norge', VM, 15),
  ],
  FI: [
    issuer('FI', 'OP', VM, 45),
    issuer('FI', 'Nordea Finland', VM, 35),
    issuer('FI', 'Danske Bank Finland', VM, 20),
  ],
  GR: [
    issuer('GR', 'National Bank of Greece', VM, 30),
    issuer('GR', 'Alpha Bank', VM, 25),
    issuer('GR', 'Eurobank', VM, 25),
    issuer('GR', 'Piraeus Bank', VM, 20),
  ],
  RO: [issuer('RO', 'Banca Transilvania', VM, 40), issuer('RO', 'BCR', VM, 30), issuer('RO', 'BRD', VM, 30)],
  BG: [issuer('BG', 'DSK Bank', VM, 50), issuer('BG', 'UniCredit Bulbank', VM, 50)],
  LT: [
    issuer('LT', 'Revolut Bank UAB', VM, 60),
    issuer('LT', 'Swedbank Lietuva', VM, 25),
    issuer('LT', 'SEB Lietuva', VM, 15),
  ],
  LV: [issuer('LV', 'Swedbank Latvija', VM, 60), issuer('LV', 'Citadele', VM, 40)],
  EE: [issuer('EE', 'LHV', VM, 50), issuer('EE', 'Swedbank Eesti', VM, 50)],
  US: [
    issuer('US', 'JPMorgan Chase', VM, 24),
    issuer('US', 'Bank of America', VM, 18),
    issuer('US', 'Capital One', VM, 16),
    issuer('US', 'Citibank', VM, 14),
    issuer('US', 'Wells Fargo', VM, 12),
    issuer('US', 'American Express', A, 12),
    issuer('US', 'Discover-issued Visa', V, 4),
  ],
  CA: [
    issuer('CA', 'RBC Royal Bank', VM, 40),
    issuer('CA', 'TD Canada Trust', VM, 35),
    issuer('CA', 'Scotiabank', VM, 25),
  ],
  UA: [issuer('UA', 'PrivatBank', VM, 55), issuer('UA', 'monobank (Universal Bank)', M, 45)],
  TR: [
    issuer('TR', 'Garanti BBVA', VM, 35),
    issuer('TR', 'İş Bankası', VM, 35),
    issuer('TR', 'Akbank', VM, 30),
  ],
  AE: [issuer('AE', 'Emirates NBD', VM, 55), issuer('AE', 'ADCB', VM, 45)],
  BR: [
    issuer('BR', 'Itaú Unibanco', VM, 40),
    issuer('BR', 'Nubank', M, 35),
    issuer('BR', 'Bradesco', VM, 25),
  ],
  MX: [issuer('MX', 'BBVA México', VM, 60), issuer('MX', 'Banorte', VM, 40)],
  IN: [issuer('IN', 'HDFC Bank', VM, 50), issuer('IN', 'ICICI Bank', VM, 50)],
  KZ: [issuer('KZ', 'Kaspi Bank', VM, 60), issuer('KZ', 'Halyk Bank', VM, 40)],
  AM: [issuer('AM', 'Ameriabank', VM, 100)],
  GE: [issuer('GE', 'TBC Bank', VM, 60), issuer('GE', 'Bank of Georgia', VM, 40)],
  AU: [issuer('AU', 'Commonwealth Bank', VM, 50), issuer('AU', 'Westpac', VM, 50)],
};

/** Neobanks licensed in one country and used all over the EEA: the card country is theirs, not the holder's. */
const NEOBANKS: Issuer[] = [
  issuer('LT', 'Revolut Bank UAB', VM, 55),
  issuer('DE', 'N26', M, 18),
  issuer('NL', 'bunq', M, 9),
  issuer('BE', 'Wise Europe', V, 12),
  issuer('FR', 'Qonto', M, 3),
  issuer('LT', 'Paysera', V, 3),
];

/** Per-issuer BIN list: stable across seeds, with the brand's real leading digits. */
function binsOf(iss: Issuer, brand: Brand): string[] {
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    const h = hash32(i, `${iss.country}/${iss.name}/${brand}`);
    const tail = String(h % 100000).padStart(5, '0');
    if (brand === 'visa') out.push(`4${tail}`);
    else if (brand === 'amex') out.push(`${h % 2 === 0 ? '37' : '34'}${tail.slice(1)}`);
    else if (h % 5 === 0) out.push(`2${String(221 + (h % 500)).padStart(3, '0')}${tail.slice(3)}`);
    else out.push(`5${1 + (h % 5)}${tail.slice(1)}`);
  }
  return out;
}

function cardFrom(rng: Rng, iss: Issuer): Card {
  const brand = rng.weighted(iss.brands);
  return {
    bin: rng.pick(binsOf(iss, brand)),
    last4: rng.digits(4),
    brand,
    country: iss.country,
    fingerprint: `fp_${rng.base62(16)}`,
    issuer: iss.name,
  };
}

/** A card from one of the country's banks. */
export function domesticCard(rng: Rng, country: string): Card {
  const list = ISSUERS[country] ?? ISSUERS['US'] ?? [];
  return cardFrom(rng, rng.weighted(list.map((i) => [i, i.weight] as const)));
}

export function neobankCard(rng: Rng, residence: string): Card {
  // UK customers of Revolut hold cards from Revolut Ltd (GB), not the Lithuanian bank.
  if (residence === 'GB') return domesticCard(rng, 'GB');
  return cardFrom(rng, rng.weighted(NEOBANKS.map((i) => [i, i.weight] as const)));
}

/** Countries whose issuers actually verify the street and postcode (AVS is a US/UK/Canada thing). */
const AVS_COUNTRIES = new Set(['GB', 'US', 'CA']);

export type AddressMatch = 'match' | 'partial' | 'mismatch';

/** What the issuer answers when the billing address is right, half right or wrong. */
export function avsResult(rng: Rng, cardCountry: string, match: AddressMatch): AvsResult {
  if (AVS_COUNTRIES.has(cardCountry)) {
    if (match === 'match')
      return rng.weighted<AvsResult>([
        ['pass', 88],
        ['partial', 6],
        ['unavailable', 4],
        ['fail', 2],
      ]);
    if (match === 'partial')
      return rng.weighted<AvsResult>([
        ['partial', 70],
        ['fail', 18],
        ['pass', 7],
        ['unavailable', 5],
      ]);
    return rng.weighted<AvsResult>([
      ['fail', 65],
      ['partial', 20],
      ['unavailable', 10],
      ['pass', 5],
    ]);
  }
  if (cardCountry === 'IE') {
    if (match === 'match')
      return rng.weighted<AvsResult>([
        ['pass', 45],
        ['unavailable', 42],
        ['partial', 6],
        ['unchecked', 5],
        ['fail', 2],
      ]);
    return rng.weighted<AvsResult>([
      ['unavailable', 42],
      ['fail', 25],
      ['partial', 20],
      ['unchecked', 5],
      ['pass', 8],
    ]);
  }
  // Most continental issuers do not run AVS at all; the few that do mostly answer on the postcode.
  if (match === 'match')
    return rng.weighted<AvsResult>([
      ['unavailable', 55],
      ['unchecked', 20],
      ['pass', 20],
      ['partial', 4],
      ['fail', 1],
    ]);
  if (match === 'partial')
    return rng.weighted<AvsResult>([
      ['unavailable', 55],
      ['unchecked', 20],
      ['partial', 12],
      ['fail', 8],
      ['pass', 5],
    ]);
  return rng.weighted<AvsResult>([
    ['unavailable', 55],
    ['unchecked', 20],
    ['fail', 17],
    ['partial', 5],
    ['pass', 3],
  ]);
}

export type CvcSituation = 'typed' | 'typo' | 'wrong' | 'saved' | 'wallet';

export function cvcResult(rng: Rng, situation: CvcSituation): CvcResult {
  switch (situation) {
    case 'typed':
      return rng.weighted<CvcResult>([
        ['pass', 97],
        ['unavailable', 2],
        ['unchecked', 1],
      ]);
    case 'typo':
      return 'fail';
    case 'wrong':
      return rng.weighted<CvcResult>([
        ['fail', 85],
        ['unavailable', 10],
        ['unchecked', 5],
      ]);
    case 'saved':
      // Many stores re-ask the CVC for stored cards, many do not.
      return rng.weighted<CvcResult>([
        ['unchecked', 55],
        ['pass', 40],
        ['unavailable', 5],
      ]);
    case 'wallet':
      return rng.weighted<CvcResult>([
        ['unchecked', 60],
        ['unavailable', 40],
      ]);
  }
}

/** Apple Pay / Google Pay: the issuer authenticates the device, no address or CVC check is sent. */
export function walletAvs(rng: Rng): AvsResult {
  return rng.weighted<AvsResult>([
    ['unavailable', 60],
    ['unchecked', 35],
    ['pass', 5],
  ]);
}

/** Countries whose cards show up in stolen-card dumps sold to testers: mostly US, then Europe and LatAm. */
export const DUMP_COUNTRIES: Weighted<string> = [
  ['US', 38],
  ['GB', 10],
  ['DE', 7],
  ['FR', 7],
  ['BR', 6],
  ['ES', 5],
  ['IT', 5],
  ['CA', 4],
  ['NL', 3],
  ['MX', 3],
  ['AU', 3],
  ['IN', 2],
  ['PL', 2],
  ['BE', 2],
  ['TR', 2],
  ['AE', 1],
];
