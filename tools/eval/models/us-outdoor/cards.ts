import { type CheckResult } from '@vigil/contracts';
import { type Rng } from '../kit/random.js';

/**
 * Payment cards by issuing country and network. BINs are plausible issuer prefixes per country (no test
 * numbers); a card carries only what a processor reports: BIN, last four, brand, issuing country and a stable
 * fingerprint. Prepaid and commercial cards have their own ranges because fraud and corporate buyers use them.
 */

export type Brand = 'visa' | 'mastercard' | 'amex' | 'discover';
export type Funding = 'credit' | 'debit' | 'prepaid' | 'commercial';

export interface Card {
  bin: string;
  last4: string;
  brand: Brand;
  country: string;
  fingerprint: string;
  funding: Funding;
}

// prettier-ignore
const BINS: Readonly<Record<string, Partial<Record<Brand, readonly string[]>>>> = {
  US: { visa: ['414720', '426684', '440066', '446542', '473702', '480011', '485932', '491277', '403766', '434257', '417903'],
    mastercard: ['517805', '542418', '546616', '552433', '524364', '531106', '222300'], amex: ['371593', '372741', '374283', '376728', '377935'],
    discover: ['601128', '601152', '644564', '650052'] },
  CA: { visa: ['450060', '451015', '452087', '453091', '454537', '450644'], mastercard: ['520305', '524510', '543155', '545207', '519123'],
    amex: ['373951', '375219'] },
  GB: { visa: ['465901', '475129', '454313', '492182', '446291', '475132'], mastercard: ['535522', '522123', '539123', '557347'], amex: ['374588'] },
  AU: { visa: ['456472', '406587', '494053', '433610'], mastercard: ['516361', '552031', '530786'], amex: ['376012'] },
  MX: { visa: ['415231', '491566', '477213', '455511'], mastercard: ['547156', '557910', '520416'], amex: ['376663'] },
  NZ: { visa: ['456469', '450915'], mastercard: ['515783'] }, IS: { visa: ['454599'], mastercard: ['523718'] },
  CR: { visa: ['410863', '493105'], mastercard: ['526498'] }, IE: { visa: ['476173', '402360'], mastercard: ['539970'] },
  PT: { visa: ['450698'], mastercard: ['518882'] }, NG: { visa: ['418742'], mastercard: ['539983', '519911'] },
  VN: { visa: ['422155', '469173'] }, ID: { visa: ['455633'], mastercard: ['524261'] }, PK: { visa: ['428671'] },
  BR: { visa: ['498406'], mastercard: ['516292', '552289'] }, RU: { visa: ['427601'], mastercard: ['546938'] },
  UA: { visa: ['414939'], mastercard: ['516874'] }, PH: { visa: ['433521'] }, TR: { visa: ['454360'], mastercard: ['540667'] },
  AE: { visa: ['404090'], mastercard: ['529415'] }, DE: { visa: ['455952'], mastercard: ['522688'] }, JP: { visa: ['498817'], mastercard: ['540435'] },
  CU: { visa: ['402766'] }, IR: { visa: ['451864'] }, SY: { visa: ['428398'] }, KP: { visa: ['402841'] },
};

/** Gift-style prepaid cards (bought at a pharmacy, anonymous) and corporate purchasing cards, US and CA. */
// prettier-ignore
const SPECIAL: Readonly<Record<'prepaid' | 'commercial', Readonly<Record<string, ReadonlyArray<readonly [Brand, string]>>>>> = {
  prepaid: { US: [['visa', '411773'], ['visa', '432465'], ['mastercard', '516648'], ['visa', '485340']], CA: [['visa', '453596'], ['mastercard', '537210']] },
  commercial: { US: [['visa', '455699'], ['visa', '471589'], ['mastercard', '556733'], ['amex', '379812']], CA: [['visa', '451290'], ['mastercard', '556731']] },
};

const BRAND_MIX: Readonly<Record<string, Readonly<Record<Brand, number>>>> = {
  US: { visa: 52, mastercard: 25, amex: 15, discover: 8 },
  CA: { visa: 55, mastercard: 38, amex: 7, discover: 0 },
  GB: { visa: 70, mastercard: 27, amex: 3, discover: 0 },
};

export function issueCard(rng: Rng, country: string, funding: Funding = 'credit'): Card {
  const special = funding === 'prepaid' || funding === 'commercial' ? SPECIAL[funding][country] : undefined;
  if (special) {
    const [brand, bin] = rng.pick(special);
    return { bin, last4: rng.digits(4), brand, country, fingerprint: rng.token(16), funding };
  }
  const bins = BINS[country] ?? BINS['US'] ?? {};
  const mix = BRAND_MIX[country] ?? { visa: 58, mastercard: 38, amex: 4, discover: 0 };
  const available = (Object.keys(mix) as Brand[]).filter((brand) => (bins[brand]?.length ?? 0) > 0);
  const brand = rng.weightedPick(available.map((b) => [b, mix[b]] as const));
  return {
    bin: rng.pick(bins[brand] ?? []),
    last4: rng.digits(4),
    brand,
    country,
    fingerprint: rng.token(16),
    funding,
  };
}

export interface Checks {
  avs: CheckResult;
  cvc: CheckResult;
}

/** AVS is a US, Canadian and British system; elsewhere issuers mostly answer "unavailable". */
const avsCountry = (country: string) => country === 'US' || country === 'CA' || country === 'GB';

/**
 * An honest cardholder's checks. `moved` means the bank still has an old address; `wallet` is Apple or
 * Google Pay, which sends no CVC and often no address.
 */
export function honestChecks(
  rng: Rng,
  card: Card,
  options: { moved?: boolean; wallet?: boolean } = {},
): Checks {
  if (options.wallet) return { avs: rng.chance(0.8) ? 'pass' : 'unavailable', cvc: 'unchecked' };
  const cvc: CheckResult = rng.chance(0.994) ? 'pass' : 'unchecked';
  if (!avsCountry(card.country)) return { avs: rng.chance(0.85) ? 'unavailable' : 'pass', cvc };
  if (options.moved) return { avs: rng.chance(0.6) ? 'fail' : 'partial', cvc };
  const avs = rng.weighted({ pass: 88, partial: 7, fail: 2.5, unavailable: 2, unchecked: 0.5 });
  return { avs, cvc };
}

/** A thief with the full card record (number, CVV, billing address) passes most checks. */
export function fullzChecks(rng: Rng, card: Card): Checks {
  const avs = avsCountry(card.country)
    ? rng.weighted({ pass: 55, partial: 18, fail: 14, unavailable: 13 })
    : 'unavailable';
  return { avs, cvc: rng.weighted({ pass: 85, fail: 5, unchecked: 10 }) };
}

/** A tester with bare numbers and guessed addresses. */
export function testerChecks(rng: Rng, card: Card, ok: boolean): Checks {
  const avs = avsCountry(card.country)
    ? rng.weighted({ pass: 10, partial: 12, fail: 43, unavailable: 35 })
    : 'unavailable';
  return {
    avs,
    cvc: ok ? rng.weighted({ pass: 85, unchecked: 15 }) : rng.weighted({ fail: 45, pass: 40, unchecked: 15 }),
  };
}
